"""Broken rate limiting."""

from __future__ import annotations

import time

from contract_tests.selftest.middleware import Forward, Mode, Reply, Request


class RetryAfterMissing(Mode):
    rule = "ratelimit.429"
    description = "429 without the Retry-After header"
    needs_rate_limit = True

    def response(self, request: Request, reply: Reply) -> Reply:
        return reply.without_header("retry-after") if reply.status == 429 else reply


class SharedBucket(Mode):
    rule = "ratelimit.429"
    variant = "shared-bucket"
    description = "one bucket for every account: one account's burst limits the others"
    needs_rate_limit = True

    def __init__(self, primary_token: str, second_token: str) -> None:
        super().__init__(primary_token, second_token)
        self.limited_until = 0.0

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if time.monotonic() < self.limited_until:
            reply = Reply(429, [(b"retry-after", b"1")])
            return reply.with_json({"errors": [{"code": "rate_limited", "message": "Slow down."}]})
        reply = await forward(request)
        if reply.status == 429:
            self.limited_until = time.monotonic() + 1.0
        return reply


MODES = (RetryAfterMissing, SharedBucket)

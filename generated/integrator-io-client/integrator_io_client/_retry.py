# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.
"""Retries and rate limiting, as httpx transports.

Living in the transport means the low-level `api` functions get the same behaviour as the
resource methods when they are called with `client.low_level`.

What is retried:
* 429 always: the server refused before doing anything, so even a POST is safe to resend;
* 5xx and lost connections only for idempotent methods (GET, PUT, DELETE, ...): a POST that
  reached the server may have been applied, and sending it again could create a duplicate;
* a connection that could not be opened (refused, connect timeout, pool timeout) for every
  method: the server never saw the request.

The delay is the server's `Retry-After` when it gives one, else exponential backoff with
jitter. The number of retries comes from the client or, per call, from the request
extension `MAX_RETRIES_EXTENSION`.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
import time
from dataclasses import dataclass

import httpx

from ._constants import DEFAULT_MAX_RETRIES, INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY
from ._limiter import LeakyBucket
from ._logging import logger

MAX_RETRIES_EXTENSION = "integrator_io_client.max_retries"
ATTEMPTS_EXTENSION = "integrator_io_client.attempts"

NON_IDEMPOTENT_METHODS = frozenset({"POST", "PATCH"})
RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
# Failures that happen before the request left this machine.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_RETRYABLE_EXCEPTIONS = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY

    def retries_for(self, request: httpx.Request) -> int:
        value = request.extensions.get(MAX_RETRIES_EXTENSION)
        return self.max_retries if value is None else max(0, int(value))

    def should_retry_status(self, request: httpx.Request, status: int) -> bool:
        if status == 429:
            return True
        return status in RETRYABLE_STATUS and request.method not in NON_IDEMPOTENT_METHODS

    def should_retry_exception(self, request: httpx.Request, exc: Exception) -> bool:
        if isinstance(exc, _NOT_SENT):
            return True
        return isinstance(exc, _RETRYABLE_EXCEPTIONS) and request.method not in NON_IDEMPOTENT_METHODS

    def backoff(self, retry: int) -> float:
        """Exponential backoff, jittered down by up to 25% so that clients spread out."""
        delay = min(self.initial_delay * 2.0**retry, self.max_delay)
        return delay * (1.0 - 0.25 * random.random())

    def delay(self, retry: int, response: httpx.Response | None) -> float:
        if response is not None:
            after = retry_after(response)
            if after is not None:
                return after
        return self.backoff(retry)


def retry_after(response: httpx.Response) -> float | None:
    """Seconds from `Retry-After` (delta-seconds or HTTP date) or `retry-after-ms`, capped."""
    headers = response.headers
    value: float | None = None
    if "retry-after-ms" in headers:
        try:
            value = float(headers["retry-after-ms"]) / 1000.0
        except ValueError:
            value = None
    if value is None and "retry-after" in headers:
        raw = headers["retry-after"].strip()
        try:
            value = float(raw)
        except ValueError:
            try:
                value = email.utils.parsedate_to_datetime(raw).timestamp() - time.time()
            except (ValueError, TypeError, IndexError, OverflowError):
                value = None  # unparseable: fall back to our own backoff
    if value is None:
        return None
    return min(max(value, 0.0), MAX_RETRY_AFTER)


def _hold_for(response: httpx.Response) -> float:
    """How long a 429 pauses the whole client: the server's Retry-After, else one second."""
    after = retry_after(response)
    return 1.0 if after is None else after


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


class RetryTransport(httpx.BaseTransport):
    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        limiter: LeakyBucket | None,
    ) -> None:
        self._inner = inner
        self.policy = policy
        self.limiter = limiter

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        retries = self.policy.retries_for(request)
        attempt = 0
        while True:
            if self.limiter is not None:
                wait = self.limiter.reserve()
                if wait > 0:
                    time.sleep(wait)
            started = time.monotonic()
            try:
                response = self._inner.handle_request(request)
            except Exception as exc:
                if attempt < retries and self.policy.should_retry_exception(request, exc):
                    delay = self.policy.delay(attempt, None)
                    _log_retry(request, attempt, retries, delay, _describe(exc))
                    time.sleep(delay)
                    attempt += 1
                    continue
                raise
            _log_response(request, response, started, attempt)
            if response.status_code == 429 and self.limiter is not None:
                self.limiter.hold(_hold_for(response))
            if attempt < retries and self.policy.should_retry_status(request, response.status_code):
                delay = self.policy.delay(attempt, response)
                response.read()
                response.close()
                _log_retry(request, attempt, retries, delay, f"HTTP {response.status_code}")
                time.sleep(delay)
                attempt += 1
                continue
            response.extensions[ATTEMPTS_EXTENSION] = attempt + 1
            return response

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        limiter: LeakyBucket | None,
    ) -> None:
        self._inner = inner
        self.policy = policy
        self.limiter = limiter

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        retries = self.policy.retries_for(request)
        attempt = 0
        while True:
            if self.limiter is not None:
                wait = self.limiter.reserve()
                if wait > 0:
                    await asyncio.sleep(wait)
            started = time.monotonic()
            try:
                response = await self._inner.handle_async_request(request)
            except Exception as exc:
                if attempt < retries and self.policy.should_retry_exception(request, exc):
                    delay = self.policy.delay(attempt, None)
                    _log_retry(request, attempt, retries, delay, _describe(exc))
                    await asyncio.sleep(delay)
                    attempt += 1
                    continue
                raise
            _log_response(request, response, started, attempt)
            if response.status_code == 429 and self.limiter is not None:
                self.limiter.hold(_hold_for(response))
            if attempt < retries and self.policy.should_retry_status(request, response.status_code):
                delay = self.policy.delay(attempt, response)
                await response.aread()
                await response.aclose()
                _log_retry(request, attempt, retries, delay, f"HTTP {response.status_code}")
                await asyncio.sleep(delay)
                attempt += 1
                continue
            response.extensions[ATTEMPTS_EXTENSION] = attempt + 1
            return response

    async def aclose(self) -> None:
        await self._inner.aclose()


def _url(request: httpx.Request) -> str:
    return str(request.url.copy_with(query=None))


def _log_response(request: httpx.Request, response: httpx.Response, started: float, attempt: int) -> None:
    # Checked first: building the arguments (a URL copy) costs more than the call itself.
    if not logger.isEnabledFor(logging.DEBUG):
        return
    logger.debug(
        "%s %s -> %d in %.0f ms (attempt %d)",
        request.method,
        _url(request),
        response.status_code,
        (time.monotonic() - started) * 1000.0,
        attempt + 1,
    )


def _log_retry(request: httpx.Request, attempt: int, retries: int, delay: float, reason: str) -> None:
    logger.info(
        "%s %s failed (%s); retry %d of %d in %.2f s",
        request.method,
        _url(request),
        reason,
        attempt + 1,
        retries,
        delay,
    )

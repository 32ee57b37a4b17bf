"""Files the mock hands out by signed URL, outside the spec (like the vendor's S3 links):
`GET /files/job-errors/{account}/{jobId}?expires=...&signature=...`, a job's errors, one
JSON object per line. No Authorization header: the signature is the credential. An
altered or expired URL is 403 `invalid_signature`; a job that is gone is 404."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

from mock_api.errors import api_error, not_found
from mock_api.handlers.jobs import error_file_claim
from mock_api.responses import NDJSON, Reply
from mock_api.runs.view import errors_at
from mock_api.world import World

PREFIX = "/files/"


def serve_file(world: World, path: str, query_string: bytes) -> Reply:
    parts = path[len(PREFIX) :].split("/")
    if len(parts) != 3 or parts[0] != "job-errors":
        return not_found().reply()
    _, account, job_id = parts
    query = parse_qs(query_string.decode("latin-1"))
    expires_text = (query.get("expires") or [""])[0]
    signature = (query.get("signature") or [""])[0]
    if not expires_text.isdigit() or not world.signer.verify(
        error_file_claim(account, job_id, int(expires_text)), signature
    ):
        return api_error(
            403, "invalid_signature", "The signature of this URL does not match."
        ).reply()
    if int(expires_text) < world.clock():
        return api_error(
            403, "invalid_signature", "This URL has expired; ask for a new one."
        ).reply()
    raw = world.store.job(account, job_id)
    if raw is None:
        return not_found().reply()
    plan = json.loads(raw)
    children = [json.loads(child) for child in world.store.child_jobs(account, job_id)]
    lines = errors_at(plan, children, int(world.clock() * 1000))
    body = "".join(json.dumps(line, separators=(",", ":")) + "\n" for line in lines)
    return Reply(200, body.encode("utf-8"), (), NDJSON)

"""One load generator for both servers: wrk, with a Lua script that reports JSON."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

_REPORT = """
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH {"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"bad_status":%d,"socket_errors":%d}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    e.status, e.connect + e.read + e.write + e.timeout))
end
"""


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    url: str
    headers: dict[str, str]
    body: str | None = None


@dataclass(frozen=True, slots=True)
class Measurement:
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    requests: int
    bad_status: int
    socket_errors: int


def wrk_path() -> str:
    path = shutil.which("wrk")
    if path is None:
        raise RuntimeError("wrk is not installed (Debian: apt-get install -y wrk)")
    return path


# Follows `Link: <...>; rel="next"` from the first page and starts over after the last, so
# every request asks for the page the previous answer named (with several connections, the
# answer that arrived last).
_FOLLOW_LINK = """
local first = wrk.path
local next_path = first
request = function()
  return wrk.format(nil, next_path)
end
response = function(status, headers, body)
  next_path = first
  local link = headers["link"] or headers["Link"]
  if link then
    local url = string.match(link, '<([^>]*)>; rel="next"')
    if url then
      next_path = string.match(url, "^https?://[^/]+(/.*)$") or first
    end
  end
end
"""


def script_for(request: Request, folder: Path, name: str, follow_link: bool = False) -> Path:
    lines = [f"wrk.method = {json.dumps(request.method)}"]
    for key, value in request.headers.items():
        lines.append(f"wrk.headers[{json.dumps(key)}] = {json.dumps(value)}")
    if request.body is not None:
        # A Lua long string keeps the JSON body byte for byte.
        lines.append(f"wrk.body = [==[{request.body}]==]")
    if follow_link:
        lines.append(_FOLLOW_LINK)
    path = folder / f"{name}.lua"
    path.write_text("\n".join(lines) + "\n" + _REPORT, encoding="utf-8")
    return path


def run_wrk(
    request: Request, script: Path, seconds: float, connections: int, threads: int = 1
) -> Measurement:
    command = [
        wrk_path(),
        f"-t{threads}",
        f"-c{connections}",
        f"-d{max(1, round(seconds))}s",
        "--timeout",
        "10s",
        "-s",
        str(script),
        request.url,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60, check=True)
    for line in done.stdout.splitlines():
        if line.startswith("BENCH "):
            data = json.loads(line[len("BENCH ") :])
            seconds_run = data["duration_us"] / 1e6
            return Measurement(
                requests_per_second=data["requests"] / seconds_run if seconds_run else 0.0,
                p50_ms=data["p50_us"] / 1000,
                p99_ms=data["p99_us"] / 1000,
                requests=data["requests"],
                bad_status=data["bad_status"],
                socket_errors=data["socket_errors"],
            )
    raise RuntimeError(f"wrk printed no report:\n{done.stdout}\n{done.stderr}")

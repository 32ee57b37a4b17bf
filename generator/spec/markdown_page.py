"""Read a vendor resource page (Markdown): its endpoint table, its field table and its
numbered examples, each with the line it starts on so that errors can point at it.

The format, as the vendor publishes it (specs/docs/*.md other than connectors.md):

    | Relative URI | Method | Success Code | Description |      <- endpoint table
    |/flows/{_id}|GET|200|Get a specific flow.|

    | Field | Description |                                      <- field table
    | **oauth2.clientId** | ... |

    #### 1.  Get a specific flow.                                <- numbered example
    ```
    GET /v1/flows/55ea78c6b751843c37b7b367 HTTP/1.1             <- request block
    Host: api.integrator.io

    {"optional": "JSON body"}
    ```
    Sample Response:
    ```
    {"_id": "..."}                                              <- response block (JSON or text,
    ```                                                            optionally after a status line)
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from generator.errors import IngestError

HTTP_METHODS = ("get", "put", "post", "delete", "patch")

_FENCE = re.compile(r"^\s*```")
_HEADING = re.compile(r"^(?P<level>#{1,6})\s*(?P<text>.*?)\s*#*\s*$")
_NUMBERED = re.compile(r"^(?P<number>\d+)\.\s+(?P<title>.+)$")
_SEPARATOR_CELL = re.compile(r"^:?-{3,}:?$")
_REQUEST_LINE = re.compile(
    r"^(?P<method>GET|PUT|POST|DELETE|PATCH)\s+(?P<target>/\S*)\s+HTTP/\d(?:\.\d)?$"
)
_STATUS_LINE = re.compile(r"^HTTP/\d(?:\.\d)?\s+(?P<status>\d{3})\b")
_HEADER_LINE = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:\s")
_COLON_PARAM = re.compile(r":(?P<name>[A-Za-z_][A-Za-z0-9_]*)")

ENDPOINT_COLUMNS = ("relative uri", "method", "success code", "description")


@dataclass(frozen=True)
class EndpointRow:
    """One row of the endpoint table: an operation the page documents."""

    method: str  # lower case
    path: str  # with the /v1 prefix and {name} parameters
    status: str
    description: str
    line: int


@dataclass(frozen=True)
class FieldRow:
    name: str  # dotted, e.g. `oauth2.clientId`
    description: str
    line: int


@dataclass(frozen=True)
class Sample:
    """One request of an example and the sample response that follows it."""

    number: str  # "3", or "7.2" for the second request of example 7
    title: str
    line: int  # of the request block
    method: str  # lower case
    path: str  # the concrete path, without the query string
    request_body: Any  # a JSON value, or NO_BODY
    status: str | None  # from a status line in the response block, if there is one
    response: Any  # a JSON value, or the text of a text answer
    response_media: str  # application/json or text/plain
    response_line: int


class _NoBody:
    def __repr__(self) -> str:
        return "NO_BODY"


NO_BODY: Any = _NoBody()


@dataclass
class Page:
    name: str
    endpoints: list[EndpointRow] = field(default_factory=list)
    fields: list[FieldRow] = field(default_factory=list)
    fields_line: int | None = None
    samples: list[Sample] = field(default_factory=list)


@dataclass(frozen=True)
class _Block:
    line: int  # of the first line inside the fence
    lines: list[str]
    heading: str
    heading_line: int


def parse_markdown_page(name: str, text: str) -> Page:
    """Everything the page documents; IngestError naming the page and line otherwise."""
    page = Page(name)
    lines = text.splitlines()
    blocks: list[_Block] = []
    heading, heading_line = "", 0
    index = 0
    while index < len(lines):
        line = lines[index]
        if _FENCE.match(line):
            start = index + 1
            index = start
            while index < len(lines) and not _FENCE.match(lines[index]):
                index += 1
            if index == len(lines):
                raise IngestError(f"{name} line {start}: code block is never closed")
            blocks.append(_Block(start + 1, lines[start:index], heading, heading_line))
        elif _is_table_start(lines, index):
            index = _read_table(page, lines, index)
            continue
        else:
            match = _HEADING.match(line)
            if match:
                heading, heading_line = match.group("text"), index + 1
        index += 1
    page.samples = _pair_samples(name, blocks)
    return page


def _cells(line: str) -> list[str]:
    stripped = line.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|"):
        stripped = stripped[:-1]
    return [cell.strip() for cell in stripped.split("|")]


def _is_table_start(lines: list[str], index: int) -> bool:
    if "|" not in lines[index] or index + 1 >= len(lines):
        return False
    separator = _cells(lines[index + 1])
    return len(separator) > 1 and all(_SEPARATOR_CELL.match(cell) for cell in separator)


def _plain(cell: str) -> str:
    """Table text without Markdown emphasis and escapes (`**mode**`, `\\_id`)."""
    return cell.replace("**", "").replace("\\_", "_").strip()


def _read_table(page: Page, lines: list[str], index: int) -> int:
    header = [_plain(cell).lower() for cell in _cells(lines[index])]
    header_line = index + 1
    rows: list[tuple[int, list[str]]] = []
    index += 2
    while index < len(lines) and "|" in lines[index]:
        rows.append((index + 1, _cells(lines[index])))
        index += 1
    for line, cells in rows:
        if len(cells) != len(header):
            raise IngestError(
                f"{page.name} line {line}: table row has {len(cells)} cells, "
                f"the header (line {header_line}) has {len(header)}"
            )
    if tuple(header) == ENDPOINT_COLUMNS:
        page.endpoints.extend(_endpoint(page.name, line, cells) for line, cells in rows)
    elif header[0] == "field" and header[-1] == "description":
        if page.fields_line is not None:
            raise IngestError(
                f"{page.name} line {header_line}: a second field table "
                f"(the first is at line {page.fields_line})"
            )
        page.fields_line = header_line
        page.fields.extend(
            FieldRow(_plain(cells[0]), _plain(cells[-1]), line) for line, cells in rows
        )
    else:
        raise IngestError(
            f"{page.name} line {header_line}: unknown table {' | '.join(header)!r}; expected "
            f"an endpoint table ({' | '.join(ENDPOINT_COLUMNS)}) or a field table "
            "(field | ... | description)"
        )
    return index


def _endpoint(page: str, line: int, cells: list[str]) -> EndpointRow:
    path, method, status, description = (_plain(cell) for cell in cells)
    where = f"{page} line {line}"
    if method.lower() not in HTTP_METHODS:
        raise IngestError(f"{where}: {method!r} is not an HTTP method")
    if not path.startswith("/") or " " in path:
        raise IngestError(f"{where}: {path!r} is not a relative URI")
    if not re.fullmatch(r"[1-5]\d\d", status):
        raise IngestError(f"{where}: success code {status!r} is not an HTTP status")
    return EndpointRow(method.lower(), api_path(path), status, description, line)


def api_path(relative: str) -> str:
    """`/exports/:_id/distributed` -> `/v1/exports/{_id}/distributed`."""
    path = _COLON_PARAM.sub(lambda m: "{" + m.group("name") + "}", relative)
    return path if path.startswith("/v1/") else "/v1" + path


def _pair_samples(page: str, blocks: list[_Block]) -> list[Sample]:
    """Each request block is answered by the next block; nothing else may stand alone."""
    samples: list[Sample] = []
    pending: _Block | None = None
    count: dict[str, int] = {}
    for block in blocks:
        if _request_line(block) is not None:
            if pending is not None:
                raise IngestError(
                    f"{page} line {pending.line}: request without a sample response "
                    f"(the next code block, line {block.line}, is another request)"
                )
            pending = block
            continue
        if pending is None:
            raise IngestError(
                f"{page} line {block.line}: code block is neither a request "
                "(`METHOD /path HTTP/1.1`) nor the sample response of one"
            )
        number, title = _example_name(pending, len(samples) + 1)
        count[number] = count.get(number, 0) + 1
        if count[number] > 1:
            number = f"{number}.{count[number]}"
        samples.append(_sample(page, number, title, pending, block))
        pending = None
    if pending is not None:
        raise IngestError(f"{page} line {pending.line}: request without a sample response")
    return samples


def _request_line(block: _Block) -> re.Match[str] | None:
    first = next((line.strip() for line in block.lines if line.strip()), "")
    return _REQUEST_LINE.match(first)


def _example_name(block: _Block, ordinal: int) -> tuple[str, str]:
    match = _NUMBERED.match(block.heading)
    if match:
        return match.group("number"), match.group("title").strip()
    return str(ordinal), block.heading


def _sample(page: str, number: str, title: str, request: _Block, response: _Block) -> Sample:
    match = _request_line(request)
    assert match is not None
    target = match.group("target")
    first = next(i for i, line in enumerate(request.lines) if line.strip())
    rest = request.lines[first + 1 :]
    # Headers run to the first blank line; what follows is the body.
    blank = next((i for i, line in enumerate(rest) if not line.strip()), len(rest))
    body_offset = first + 1 + blank + 1
    body_text = "\n".join(rest[blank + 1 :]).strip()
    request_body: Any = NO_BODY
    if body_text:
        if not body_text.startswith(("{", "[")):
            raise IngestError(f"{page} line {request.line + body_offset}: request body is not JSON")
        request_body = parse_json(page, request.line + body_offset, "\n".join(rest[blank + 1 :]))
    status, media, value = _response(page, response)
    return Sample(
        number=number,
        title=title,
        line=request.line,
        method=match.group("method").lower(),
        path=target.split("?", 1)[0],
        request_body=request_body,
        status=status,
        response=value,
        response_media=media,
        response_line=response.line,
    )


def _response(page: str, block: _Block) -> tuple[str | None, str, Any]:
    lines = list(block.lines)
    offset = 0
    while offset < len(lines) and not lines[offset].strip():
        offset += 1
    status = None
    if offset < len(lines):
        match = _STATUS_LINE.match(lines[offset].strip())
        if match:
            status = match.group("status")
            offset += 1
            while offset < len(lines) and _HEADER_LINE.match(lines[offset].strip()):
                offset += 1
    text = "\n".join(lines[offset:])
    if not text.strip():
        raise IngestError(f"{page} line {block.line}: the sample response is empty")
    if text.strip().startswith(("{", "[")):
        return status, "application/json", parse_json(page, block.line + offset, text)
    return status, "text/plain", text.strip()


def parse_json(page: str, first_line: int, text: str) -> Any:
    """The vendor's samples are JSON, a few with `//` comments: JSON5 reads those."""
    try:
        return json.loads(text)
    except ValueError:
        pass
    import json5  # only for the few samples that need it: it is slow

    try:
        return json5.loads(text)
    except ValueError as exc:
        message = str(exc)
        match = re.match(r"<string>:(\d+)\s*(.*)", message)
        if match:
            line = first_line + int(match.group(1)) - 1
            message = match.group(2)
        else:
            line = first_line
        raise IngestError(f"{page} line {line}: sample is not valid JSON: {message}") from None

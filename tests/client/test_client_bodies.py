"""Request bodies other than one JSON body, end to end: a client generated from a small spec
sends form-urlencoded, multipart (with files), a JSON-or-form choice and binary bodies to a
local server (Starlette over uvicorn), which answers with what it parsed."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from generated_client import render_spec, run_with_client
from starlette.applications import Starlette
from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

OBJECT = {"type": "object", "additionalProperties": True}
ECHO = {
    "200": {
        "description": "what the server parsed",
        "content": {"application/json": {"schema": OBJECT}},
    }
}
BINARY = {"type": "string", "format": "binary"}
META = {"type": "object", "properties": {"a": {"type": "integer"}}}


def _op(
    operation_id: str, sdk_method: str, content: dict[str, Any], required: bool = True
) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "tags": ["Forms"],
        "x-sdk-method": sdk_method,
        "requestBody": {"required": required, "content": content},
        "responses": ECHO,
    }


def _object(required: list[str], **properties: Any) -> dict[str, Any]:
    return {"type": "object", "required": required, "properties": properties}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Forms", "version": "1.0.0"},
    "servers": [{"url": "https://api.example.test"}],
    "paths": {
        "/login": {
            "post": _op(
                "login",
                "auth.login",
                {
                    "application/x-www-form-urlencoded": {
                        "schema": _object(
                            ["username"],
                            username={"type": "string"},
                            remember={"type": "boolean"},
                            scopes={"type": "array", "items": {"type": "string"}},
                            meta=META,
                        )
                    }
                },
            )
        },
        "/uploads": {
            "post": _op(
                "upload",
                "files.upload",
                {
                    "multipart/form-data": {
                        "schema": _object(
                            ["file"],
                            file=BINARY,
                            description={"type": "string"},
                            count={"type": "integer"},
                            tags={"type": "array", "items": {"type": "string"}},
                            attachments={"type": "array", "items": BINARY},
                            meta=META,
                        )
                    }
                },
            )
        },
        "/notes": {
            "post": _op(
                "createNote",
                "notes.create",
                {
                    "application/x-www-form-urlencoded": {
                        "schema": {"$ref": "#/components/schemas/NoteInput"}
                    },
                    "application/json": {"schema": {"$ref": "#/components/schemas/NoteInput"}},
                },
            )
        },
        "/avatar": {
            "put": _op(
                "setAvatar",
                "profile.set_avatar",
                {
                    "application/json": {"schema": _object(["url"], url={"type": "string"})},
                    "multipart/form-data": {"schema": _object(["image"], image=BINARY)},
                },
            )
        },
        "/scans": {
            "post": _op(
                "addScan",
                "files.add_scan",
                {
                    "multipart/form-data": {
                        "schema": _object(
                            [],
                            scan={"type": ["string", "null"], "format": "binary"},
                            contentType={"type": "string"},
                        )
                    }
                },
            )
        },
        "/docs": {
            "put": _op(
                "putDoc",
                "files.put_doc",
                {
                    "application/json": {"schema": {"$ref": "#/components/schemas/NoteInput"}},
                    "application/octet-stream": {"schema": BINARY},
                },
            )
        },
        "/raw": {
            "put": _op(
                "putRaw",
                "files.put_raw",
                {
                    "application/json": {"schema": {}},
                    "application/octet-stream": {"schema": BINARY},
                },
            )
        },
        "/blobs": {
            "put": _op(
                "putBlob", "files.put_blob", {"application/octet-stream": {"schema": BINARY}}
            )
        },
    },
    "components": {
        "schemas": {
            "NoteInput": _object(["text"], text={"type": "string"}, pinned={"type": "boolean"}),
        }
    },
}


async def _echo(request: Request) -> JSONResponse:
    """What arrived: the media type, and the fields as the server's form parser reads them
    (files with name, type and content), or the JSON, or the raw bytes."""
    media = request.headers.get("content-type", "").split(";")[0]
    seen: dict[str, Any] = {"media_type": media, "attempt": request.headers.get("x-attempt")}
    raw = await request.body()  # read first: the form parser then reads the cached bytes
    if media in {"multipart/form-data", "application/x-www-form-urlencoded"}:
        fields: dict[str, list[Any]] = {}
        async with request.form() as form:
            for name, value in form.multi_items():
                if isinstance(value, UploadFile):
                    entry: Any = {
                        "filename": value.filename,
                        "content_type": value.content_type,
                        "content": (await value.read()).decode(),
                    }
                else:
                    entry = value
                fields.setdefault(name, []).append(entry)
        seen["fields"] = fields
        if media == "multipart/form-data":
            seen["part_types"] = _part_types(raw, request.headers["content-type"])
    elif media == "application/json":
        seen["json"] = await request.json()
    else:
        seen["bytes"] = raw.decode()
    return JSONResponse(seen)


def _part_types(body: bytes, content_type: str) -> dict[str, str]:
    """The Content-Type of each multipart part that has one (a JSON field's, a file's)."""
    from email import policy
    from email.message import EmailMessage
    from email.parser import BytesParser

    message = BytesParser(_class=EmailMessage, policy=policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + body
    )
    types = {}
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if part.get("content-type") is not None:
            types[str(name)] = part.get_content_type()
    return types


class _FailOnce:
    """Answers 429 (Retry-After: 0) to the first request of each `x-attempt` key, so that
    the client retries and the second attempt's body can be compared with the first."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    async def handle(self, request: Request) -> JSONResponse:
        key = request.headers.get("x-attempt")
        if key and key not in self.seen:
            self.seen.add(key)
            await request.body()
            return JSONResponse(
                {"message": "slow down"}, status_code=429, headers={"Retry-After": "0"}
            )
        return await _echo(request)


@pytest.fixture(scope="module")
def client_tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render_spec(SPEC, tmp_path_factory.mktemp("bodies"))


@pytest.fixture(scope="module")
def server(serve_app: Callable[[Any], Any]) -> Iterator[str]:
    echo = _FailOnce()
    routes = [Route(path, echo.handle, methods=["POST", "PUT"]) for path in SPEC["paths"]]
    with serve_app(Starlette(routes=routes)) as url:
        yield url


def _run(client_tree: Path, server: str, body: str) -> Any:
    """Run `body` with `client` (sync) and `aclient` (async) against the server; it prints
    one JSON document, which is returned."""
    script = (
        "import asyncio, io, json, os\n"
        "from integrator_io_client import AsyncIntegratorClient, IntegratorClient\n"
        "from integrator_io_client.types import File\n"
        f"client = IntegratorClient('t', base_url={server!r})\n"
        f"aclient = AsyncIntegratorClient('t', base_url={server!r})\n" + body
    )
    return json.loads(run_with_client(client_tree, script))


def test_a_form_body_is_sent_form_urlencoded(client_tree: Path, server: str) -> None:
    seen = _run(
        client_tree,
        server,
        "print(json.dumps(client.auth.login(username='ann', remember=True, scopes=['a', 'b'], "
        "meta={'a': 1}).to_dict()))\n",
    )
    assert seen["media_type"] == "application/x-www-form-urlencoded"
    assert seen["fields"] == {
        "username": ["ann"],
        "remember": ["true"],
        "scopes": ["a", "b"],
        "meta": ['{"a": 1}'],
    }


def test_a_multipart_body_sends_files_and_fields(client_tree: Path, server: str) -> None:
    seen = _run(
        client_tree,
        server,
        "print(json.dumps(client.files.upload(\n"
        "    file=('report.csv', b'a,b\\n1,2\\n', 'text/csv'),\n"
        "    description='monthly', count=2, tags=['x', 'y'],\n"
        "    attachments=[b'one', io.BytesIO(b'two')], meta={'a': 1},\n"
        ").to_dict()))\n",
    )
    assert seen["media_type"] == "multipart/form-data"
    fields = seen["fields"]
    assert fields["file"] == [
        {"filename": "report.csv", "content_type": "text/csv", "content": "a,b\n1,2\n"}
    ]
    assert fields["description"] == ["monthly"]
    assert fields["count"] == ["2"]
    assert fields["tags"] == ["x", "y"]
    assert [a["content"] for a in fields["attachments"]] == ["one", "two"]
    assert fields["meta"] == ['{"a": 1}']
    assert seen["part_types"]["meta"] == "application/json"
    assert "description" not in seen["part_types"]  # plain fields are text, like a browser's


def test_a_multipart_model_with_a_file_object_is_sent_whole_on_a_retry(
    client_tree: Path, server: str, tmp_path: Path
) -> None:
    """A model body with the low-level `File`, and a pipe (which cannot be rewound) as a
    second file: the server refuses the first attempt (429), the retry carries both again."""
    data = tmp_path / "photo.png"
    data.write_bytes(b"not really a png")
    seen = _run(
        client_tree,
        server,
        "from integrator_io_client.models import UploadBody\n"
        "read_end, write_end = os.pipe()\n"
        "os.write(write_end, b'from a pipe'); os.close(write_end)\n"
        f"with open({str(data)!r}, 'rb') as photo, os.fdopen(read_end, 'rb') as pipe:\n"
        "    body = UploadBody(file=File(payload=photo, file_name='photo.png', mime_type='image/png'))\n"
        "    answer = client.files.upload(body, attachments=[('p.txt', pipe, 'text/plain')],\n"
        "                                 extra_headers={'x-attempt': 'model'})\n"
        "print(json.dumps(answer.to_dict()))\n",
    )
    assert seen["attempt"] == "model"
    assert seen["fields"]["file"] == [
        {"filename": "photo.png", "content_type": "image/png", "content": "not really a png"}
    ]
    assert seen["fields"]["attachments"] == [
        {"filename": "p.txt", "content_type": "text/plain", "content": "from a pipe"}
    ]


def test_json_is_the_default_where_json_and_form_are_offered(
    client_tree: Path, server: str
) -> None:
    seen = _run(
        client_tree,
        server,
        "import typing, inspect\n"
        "json_answer = client.notes.create(text='hi', pinned=True).to_dict()\n"
        "form_answer = client.notes.create({'text': 'hi'}, pinned=False,\n"
        "                                  content_type='application/x-www-form-urlencoded').to_dict()\n"
        "try:\n"
        "    client.notes.create(text='hi', content_type='text/plain')\n"
        "    refused = None\n"
        "except ValueError as exc:\n"
        "    refused = str(exc)\n"
        "hint = inspect.signature(client.notes.create).parameters['content_type'].annotation\n"
        "print(json.dumps([json_answer, form_answer, refused, hint]))\n",
    )
    json_answer, form_answer, refused, hint = seen
    assert json_answer["media_type"] == "application/json"
    assert json_answer["json"] == {"text": "hi", "pinned": True}
    assert form_answer["media_type"] == "application/x-www-form-urlencoded"
    assert form_answer["fields"] == {"text": ["hi"], "pinned": ["false"]}
    assert refused is not None and "application/x-www-form-urlencoded" in refused, refused
    assert "Literal['application/json', 'application/x-www-form-urlencoded']" in hint, hint


def test_the_async_client_sends_the_same_bodies(client_tree: Path, server: str) -> None:
    seen = _run(
        client_tree,
        server,
        "async def main():\n"
        "    upload = await aclient.files.upload(file=b'raw bytes', count=3)\n"
        "    login = await aclient.auth.login({'username': 'bo'})\n"
        "    note = await aclient.notes.with_raw_response.create(\n"
        "        text='t', content_type='application/x-www-form-urlencoded')\n"
        "    return [upload.to_dict(), login.to_dict(), note.parse().to_dict()]\n"
        "print(json.dumps(asyncio.run(main())))\n",
    )
    upload, login, note = seen
    assert upload["fields"]["file"] == [
        {"filename": "upload", "content_type": "application/octet-stream", "content": "raw bytes"}
    ]
    assert upload["fields"]["count"] == ["3"]
    assert login["fields"] == {"username": ["bo"]}
    assert note["fields"] == {"text": ["t"]}


def test_a_binary_body_is_sent_as_its_bytes(client_tree: Path, server: str) -> None:
    seen = _run(
        client_tree,
        server,
        "print(json.dumps([client.files.put_blob(b'\\x00raw').to_dict(),\n"
        "                  client.files.put_blob(io.BytesIO(b'stream')).to_dict()]))\n",
    )
    assert [s["media_type"] for s in seen] == ["application/octet-stream"] * 2
    assert [s["bytes"] for s in seen] == ["\x00raw", "stream"]


def test_a_file_field_refuses_what_is_not_a_file(client_tree: Path, server: str) -> None:
    seen = _run(
        client_tree,
        server,
        "class AsyncFile:\n"
        "    async def read(self, size=-1): return b''\n"
        "errors = []\n"
        "for wrong in (12, AsyncFile()):\n"
        "    try:\n"
        "        client.files.upload(file=wrong)\n"
        "    except TypeError as exc:\n"
        "        errors.append(str(exc))\n"
        "print(json.dumps(errors))\n",
    )
    assert len(seen) == 2, seen
    assert "'file' takes a file" in seen[0], seen
    assert "an async file object cannot be sent" in seen[1], seen


def test_the_generated_readme_examples_send_these_bodies(client_tree: Path, server: str) -> None:
    """Each operation's example in the generated README runs against the server as written."""
    readme = (client_tree / "README.md").read_text(encoding="utf-8")
    operations = readme.split("## Operations", 1)[1]
    examples = re.findall(r"```python\n(.*?)```", operations, flags=re.DOTALL)
    assert len(examples) == len(SPEC["paths"]), examples
    for example in examples:
        printed = run_with_client(
            client_tree, example, INTEGRATOR_API_TOKEN="t", INTEGRATOR_BASE_URL=server
        )
        assert "media_type" in printed, example + printed


def test_bodies_of_different_schemas_are_chosen_by_content_type(
    client_tree: Path, server: str
) -> None:
    """JSON or multipart with a schema each: no keyword fields (they would belong to one of
    the two), `body` as either model or a mapping, files known from the multipart schema."""
    seen = _run(
        client_tree,
        server,
        "import inspect\n"
        "parameters = list(inspect.signature(client.profile.set_avatar).parameters)\n"
        "as_json = client.profile.set_avatar({'url': 'https://example.test/a.png'}).to_dict()\n"
        "as_file = client.profile.set_avatar({'image': ('a.png', b'png!', 'image/png')},\n"
        "                                    content_type='multipart/form-data').to_dict()\n"
        "print(json.dumps([parameters, as_json, as_file]))\n",
    )
    parameters, as_json, as_file = seen
    assert parameters == ["body", "content_type", "timeout", "max_retries", "extra_headers"]
    assert as_json["json"] == {"url": "https://example.test/a.png"}
    assert as_file["fields"] == {
        "image": [{"filename": "a.png", "content_type": "image/png", "content": "png!"}]
    }


TYPED_USAGE = """
import io
from integrator_io_client import IntegratorClient
from integrator_io_client.models import UploadBody
from integrator_io_client.types import File


def calls(client: IntegratorClient) -> None:
    client.files.upload(file=("a.csv", b"x", "text/csv"), tags=["a"], attachments=[b"1", io.BytesIO(b"2")])
    client.files.upload(UploadBody(file=File(payload=io.BytesIO(b"x"), file_name="f")))
    client.notes.create(text="t", content_type="application/x-www-form-urlencoded")
    client.profile.set_avatar({"image": b"png"}, content_type="multipart/form-data")
    client.files.put_blob(b"raw")
    client.files.put_doc(b"raw", content_type="application/octet-stream")
    client.files.add_scan(scan=None, content_type="pdf")
    client.auth.login(username="u", remember=True)
"""

MISTYPED_USAGE = """
from integrator_io_client import IntegratorClient


def calls(client: IntegratorClient) -> None:
    client.notes.create(text="t", content_type="text/plain")
    client.files.upload(file=12)
"""


def test_the_generated_package_and_calls_with_bodies_type_check(
    client_tree: Path, tmp_path: Path
) -> None:
    """mypy --strict on the package (the low-level modules included) and on calls that use
    every kind of body; a media type the operation does not offer, or a number for a file,
    is a type error."""
    good, bad = tmp_path / "good.py", tmp_path / "bad.py"
    good.write_text(TYPED_USAGE, encoding="utf-8")
    bad.write_text(MISTYPED_USAGE, encoding="utf-8")

    def mypy(*targets: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "c")]
        return subprocess.run(
            [*command, *targets], cwd=client_tree, capture_output=True, text=True, check=False
        )

    checked = mypy("integrator_io_client", str(good))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    refused = mypy(str(bad))
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert 'bad.py:6: error: Argument "content_type"' in refused.stdout, refused.stdout
    assert 'bad.py:7: error: Argument "file"' in refused.stdout, refused.stdout


def test_the_body_sets_its_own_content_type_over_client_defaults(
    client_tree: Path, server: str
) -> None:
    """A client-wide Content-Type (`with_options(headers=...)`) does not leave a multipart
    body without its boundary, nor a form body mislabelled; a call's own extra_headers win,
    whatever their case, with one header sent."""
    seen = _run(
        client_tree,
        server,
        "json_default = client.with_options(headers={'Content-Type': 'application/json'})\n"
        "upload = json_default.files.upload(file=b'x', description='d').to_dict()\n"
        "login = json_default.auth.login(username='u').to_dict()\n"
        "raw = client.with_raw_response.auth.login(username='u',\n"
        "    extra_headers={'content-type': 'application/x-www-form-urlencoded; charset=utf-8'})\n"
        "sent = raw.http_response.request.headers.get_list('content-type')\n"
        "print(json.dumps([upload, login, sent]))\n",
    )
    upload, login, sent = seen
    assert upload["media_type"] == "multipart/form-data"
    assert upload["fields"]["description"] == ["d"]
    assert login["media_type"] == "application/x-www-form-urlencoded"
    assert sent == ["application/x-www-form-urlencoded; charset=utf-8"]


def test_files_where_the_schema_allows_null_or_says_nothing(client_tree: Path, server: str) -> None:
    """A nullable binary field is a file field; a field called `contentType` keeps its
    keyword where the operation has one media type; a file in a free-form mapping is a file;
    JSON-or-binary operations take bytes with `content_type=`."""
    seen = _run(
        client_tree,
        server,
        "scan = client.files.add_scan(scan=('s.pdf', b'%PDF', 'application/pdf'),\n"
        "                             content_type='pdf').to_dict()\n"
        "loose = client.files.add_scan({'scan': io.BytesIO(b'loose')}).to_dict()\n"
        "doc = client.files.put_doc(b'raw doc', content_type='application/octet-stream').to_dict()\n"
        "raw = client.files.put_raw({'any': 'json'}).to_dict()\n"
        "print(json.dumps([scan, loose, doc, raw]))\n",
    )
    scan, loose, doc, raw = seen
    assert scan["fields"]["scan"] == [
        {"filename": "s.pdf", "content_type": "application/pdf", "content": "%PDF"}
    ]
    assert scan["fields"]["contentType"] == ["pdf"]
    assert loose["fields"]["scan"][0]["content"] == "loose"
    assert (doc["media_type"], doc["bytes"]) == ("application/octet-stream", "raw doc")
    assert raw["json"] == {"any": "json"}

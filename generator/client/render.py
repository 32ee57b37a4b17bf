"""Render the client package into an empty folder: openapi-python-client, our templates, ruff.

openapi-python-client parses the spec and renders its own modules (with our overrides from
generator/client/templates/ taking precedence); our extra files
(generator/client/templates/integrator/) are rendered with the same Jinja environment and the
same parsed spec, so both layers agree on every name. Finally ruff fixes imports and formats the whole tree.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import subprocess
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

from generator.client.examples import example_for, waiter_example
from generator.client.names import pythonic_names
from generator.client.sdk import CodegenError, Options, build_sdk, text

OWN_TEMPLATES = "integrator"
RESOURCES = "resources"
_BUILTIN_TYPES = (
    "list",
    "dict",
    "set",
    "frozenset",
    "tuple",
    "type",
    "str",
    "int",
    "float",
    "bool",
    "bytes",
    "object",
)
_ERROR_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}


def load_config(path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(openapi-python-client's options, ours) from generator/client/config.yaml."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise CodegenError(f"{path}: cannot read the generator config: {exc}") from exc
    if not isinstance(data, dict):
        raise CodegenError(f"{path}: the generator config must be a mapping")
    ours = data.pop("integrator", None) or {}
    return data, ours


def _one_line(value: Any) -> str:
    raw = text(value)
    cleaned = "".join(c if not unicodedata.category(c).startswith("C") else " " for c in raw)
    return " ".join(cleaned.split())


def _filters() -> dict[str, Any]:
    from openapi_python_client.strings import safe_for_docstring

    def pyrepr(value: Any) -> str:
        return repr(text(value))

    def docline(value: Any) -> str:
        line = str(safe_for_docstring(_one_line(value)))
        # A last `"` would run into the closing quotes of a docstring written right after it
        # (`"""...road""""`); escaped, it reads the same. One already escaped (an odd run of
        # backslashes before it, as in `\"\"\"`) is left alone.
        backslashes = len(line[:-1]) - len(line[:-1].rstrip("\\"))
        return line[:-1] + '\\"' if line.endswith('"') and backslashes % 2 == 0 else line

    def comment(value: Any) -> str:
        return _one_line(value)

    def qualify(type_string: str, shadowed: list[str]) -> str:
        names = [n for n in _BUILTIN_TYPES if n in shadowed]
        if not names:
            return type_string
        return re.sub(rf"(?<![\w.])({'|'.join(names)})\b", r"builtins.\1", type_string)

    def error_class(status: int) -> str:
        return _ERROR_CLASSES.get(status) or ("ServerError" if status >= 500 else "ApiError")

    return {
        "pyrepr": pyrepr,
        "docline": docline,
        "comment": comment,
        "qualify": qualify,
        "error_class": error_class,
    }


def _add_template_imports(data: Any) -> None:
    """Our date-time template calls the package's _datetime helpers; give every model and
    endpoint module the import (ruff drops it where unused), and `Unset` where needed."""
    for model in data.models:
        model.relative_imports = {
            *(model.relative_imports or ()),
            "from .._datetime import format_datetime, parse_datetime",
        }
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            endpoint.relative_imports.add(
                "from ..._datetime import format_datetime, parse_datetime"
            )
            # openapi-python-client 0.29.1 types the body of an operation that offers several
            # media types `A | B | Unset` without importing Unset: the low-level module would
            # not import.
            endpoint.relative_imports.add("from ...types import Unset")


class _Settings(dict[str, Any]):
    """Our config section, readable as `settings.env.token` in templates."""

    def __getattr__(self, name: str) -> Any:
        try:
            value = self[name]
        except KeyError as exc:
            raise AttributeError(name) from exc
        return _Settings(value) if isinstance(value, dict) else value


def _ruff(args: list[str], cwd: Path) -> None:
    from ruff.__main__ import find_ruff_bin

    # The binary itself: `python -m ruff` would start an interpreter just to exec it.
    result = subprocess.run(
        [find_ruff_bin(), *args, "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise CodegenError(
            f"ruff {' '.join(args)} failed on the generated code:\n{result.stdout}{result.stderr}"
        )


def render_tree(
    spec_path: Path,
    target: Path,
    *,
    config_path: Path,
    templates: Path,
    allow_dropped: bool = False,
) -> None:
    """Write the whole project (pyproject, README, package) into the empty folder `target`.

    What openapi-python-client would leave out (a schema or response it cannot parse) stops
    the render, each with the parser's reason; with `allow_dropped` the client is generated
    without them and its README lists them."""
    from openapi_python_client import Project
    from openapi_python_client.config import ConfigFile
    from openapi_python_client.parser.errors import ErrorLevel
    from pydantic import ValidationError

    options, ours = load_config(config_path)
    try:
        config_file = ConfigFile(**options)
    except ValidationError as exc:
        raise CodegenError(f"{config_path}: invalid openapi-python-client option: {exc}") from exc
    try:
        spec = json.loads(spec_path.read_bytes())
    except (OSError, ValueError) as exc:
        raise CodegenError(f"{spec_path}: cannot read the spec: {exc}") from exc
    config, data = _parse(spec, config_file, spec_path, target)
    dropped = _dropped(data)
    if dropped and not allow_dropped:
        raise CodegenError(
            "openapi-python-client would leave out parts of the spec:\n"
            + _bulleted(dropped)
            + "\nFix the spec, or generate without them (`--allow-dropped`; the generated "
            "README then lists them)."
        )
    dangling = _dangling_models(data)
    if dangling:
        raise CodegenError(
            "openapi-python-client removed models that other parts still use, so the client "
            "would not import even without the dropped parts:\n"
            + _bulleted(dangling)
            + "\nWhy they were removed:\n"
            + _bulleted(dropped)
        )
    pythonic_names(data, config.field_prefix)
    _add_template_imports(data)
    sdk = build_sdk(data, spec, Options.from_config(ours), allow_dropped=allow_dropped)
    models_with_required = {
        str(m.class_info.name): bool(m.required_properties) for m in data.models
    }
    enums = {str(e.class_info.name) for e in data.enums}
    extras = ours.get("example_arguments") or {}
    examples = {
        op.sdk_method: example_for(
            op, models_with_required, enums, extra=str(extras.get(op.operation_id) or "")
        )
        for op in sdk.operations
    }
    for waiter in sdk.waiters:
        example = waiter_example(waiter)
        examples[example.call.split("(", 1)[0].removeprefix("client.")] = example

    project = Project(openapi=data, config=config, custom_template_path=templates)
    project.env.filters.update(_filters())
    project.env.globals.update(
        sdk=sdk, settings=_Settings(ours), examples=examples, dropped=dropped
    )
    with contextlib.redirect_stdout(io.StringIO()):
        errors = project.build()
    fatal = [e for e in errors if e.level == ErrorLevel.ERROR]
    if fatal:
        details = _bulleted(f"{e.header or 'error'}: {e.detail or ''}".rstrip() for e in fatal)
        raise CodegenError(f"openapi-python-client could not generate the client:\n{details}")
    warnings = [e for e in errors if e.level != ErrorLevel.ERROR]
    if warnings and not allow_dropped:
        # A skipped schema or endpoint would silently be missing from the client.
        details = _bulleted(f"{e.header or 'warning'}: {e.detail or ''}".rstrip() for e in warnings)
        raise CodegenError(f"openapi-python-client skipped parts of the spec:\n{details}")

    # Our own files: integrator/*.jinja into the package, integrator/project/* next to it.
    own = templates / OWN_TEMPLATES
    for folder, destination in ((own, project.package_dir), (own / "project", project.project_dir)):
        for template_path in sorted(folder.glob("*.jinja")):
            relative = template_path.relative_to(templates).as_posix()
            output = destination / template_path.name.removesuffix(".jinja")
            output.write_text(project.env.get_template(relative).render(), encoding="utf-8")
    _render_resources(project.env, own / RESOURCES, project.package_dir / RESOURCES, sdk)

    _normalise(target)
    _ruff(["check", "--fix-only", "--quiet", "--exit-zero", "."], cwd=target)
    try:
        # Not --quiet: that also hides the reason when ruff cannot format a file.
        _ruff(["format", "."], cwd=target)
    except CodegenError:
        # Ruff stops at code that does not parse; say where, in Python's words. Only on
        # failure: compiling every module costs a fifth of a cold render.
        _require_valid_python(target)
        raise


# openapi-python-client's error when two schemas would become one model name.
_DUPLICATE_MODEL = "Attempted to generate duplicate models with name"


def _parse(spec: Any, config_file: Any, spec_path: Path, target: Path) -> tuple[Any, Any]:
    """(config, parsed data). Models are named by their titles alone where the config says
    so (`Connector`, not `ListConnectorsResponse200Item`); where two schemas share a title,
    that would drop one of them, so the spec is parsed again with path prefixes (the
    parser's default) rather than lose a model."""
    from openapi_python_client.config import Config, MetaType
    from openapi_python_client.parser import GeneratorData
    from openapi_python_client.parser.errors import GeneratorError

    def parse(config_file: Any) -> tuple[Any, Any]:
        config = Config.from_sources(
            config_file,
            MetaType.PDM,
            document_source=spec_path,
            file_encoding="utf-8",
            overwrite=True,
            output_path=target,
        )
        try:
            data = GeneratorData.from_dict(spec, config=config)
        except Exception as exc:  # the parser's own bug on this input: say what and where
            raise CodegenError(
                f"{spec_path}: openapi-python-client failed to parse the spec: "
                f"{type(exc).__name__}: {exc}"
            ) from exc
        if isinstance(data, GeneratorError):
            raise CodegenError(f"openapi-python-client: {data.header}\n{data.detail or ''}")
        return config, data

    spec = _component_titles_unique(spec)
    config, data = parse(config_file)
    clash = any(_DUPLICATE_MODEL in str(error.detail or "") for error in data.errors)
    if clash and not config_file.use_path_prefixes_for_title_model_names:
        return parse(
            config_file.model_copy(update={"use_path_prefixes_for_title_model_names": True})
        )
    return config, data


def _component_titles_unique(spec: Any) -> Any:
    """Component schemas that share a `title` are named by their keys instead: a title
    names a model alone (path prefixes do not apply to components), so one would be lost."""
    schemas = (spec.get("components") or {}).get("schemas") if isinstance(spec, dict) else None
    if not isinstance(schemas, dict):
        return spec
    titles = [s.get("title") for s in schemas.values() if isinstance(s, dict)]
    shared = {t for t in titles if isinstance(t, str) and titles.count(t) > 1}
    if not shared:
        return spec
    renamed = {
        key: {k: v for k, v in schema.items() if k != "title"}
        if isinstance(schema, dict) and schema.get("title") in shared
        else schema
        for key, schema in schemas.items()
    }
    return {**spec, "components": {**spec["components"], "schemas": renamed}}


def _require_valid_python(target: Path) -> None:
    """Every generated module must compile; a template that writes broken Python is named
    by the file, line and reason, instead of a bare tool failure further on."""
    problems = []
    for path in sorted(target.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        try:
            compile(source, str(path), "exec", dont_inherit=True)
        except SyntaxError as exc:
            where = path.relative_to(target).as_posix()
            text = (exc.text or "").strip()
            problems.append(
                f"{where}, line {exc.lineno}: {exc.msg}" + (f": {text}" if text else "")
            )
    if problems:
        # Files under api/ and models/ come from openapi-python-client's templates, which
        # write invalid Python for some specs (a path parameter with a default before one
        # without); the rest from ours.
        raise CodegenError(
            "the generated code is not valid Python (a template wrote it: ours in "
            "generator/client/templates, or openapi-python-client's for api/ and models/ "
            "from what this spec says):\n" + _bulleted(problems)
        )


def _bulleted(items: Iterable[str]) -> str:
    """Lines of an error message, one item each."""
    return "\n".join(f"  - {item}" for item in items)


def _dropped(data: Any) -> list[str]:
    """What the parser leaves out, one line each: the parse warnings of every endpoint and
    of the component schemas."""
    found = [*data.errors]
    for collection in data.endpoint_collections_by_tag.values():
        found.extend(collection.parse_errors)
    return [_describe(error) for error in found]


_MODEL_IMPORT = re.compile(r"from \.+models\.(\w+) import (\w+)")


def _dangling_models(data: Any) -> list[str]:
    """Models and operations that import a model module the parser did not keep (it
    removes a schema it cannot process, but not every reference to it)."""
    kept = {str(m.class_info.module_name) for m in [*data.models, *data.enums]}
    found = []
    # (who, the parsed object, its attributes holding import lines)
    users: list[tuple[str, Any, tuple[str, ...]]] = [
        (f"model {m.class_info.name}", m, ("relative_imports", "lazy_imports")) for m in data.models
    ]
    users += [
        (f"operation {e.method.upper()} {text(e.path)}", e, ("relative_imports",))
        for collection in data.endpoint_collections_by_tag.values()
        for e in collection.endpoints
    ]
    for name, user, attributes in users:
        imports = sorted({i for a in attributes for i in (getattr(user, a, None) or ())})
        for module, model in (m.groups() for i in imports if (m := _MODEL_IMPORT.search(i))):
            if module not in kept:
                found.append(f"{name} uses {model}, which was not generated")
    return sorted(set(found))


# openapi-python-client 0.29.1 formats a response's status code as the repr of an
# UntrustedString (`<...UntrustedString object at 0x7f...>`), which says nothing.
_UNNAMED_STATUS = re.compile(r" for status code <[^<>]*UntrustedString object at 0x[0-9a-f]+>")


def _describe(error: Any) -> str:
    described = " ".join(_one_line(part) for part in (error.header, error.detail) if part)
    return _UNNAMED_STATUS.sub("", described)


def _render_resources(env: Any, templates: Path, out: Path, sdk: Any) -> None:
    """The package's `resources` folder: `__init__.py`, and one module per top-level
    resource plus `_root.py`, each from the same template."""
    out.mkdir()
    folder = f"{OWN_TEMPLATES}/{RESOURCES}"
    init = env.get_template(f"{folder}/__init__.py.jinja").render()
    (out / "__init__.py").write_text(init, encoding="utf-8")
    template = env.get_template(f"{folder}/module.py.jinja")
    for module in sdk.modules:
        (out / f"{module.module}.py").write_text(template.render(module=module), encoding="utf-8")


GENERATED_HEADER = b"# Generated from the OpenAPI spec by `make generate`; edit generator/client/templates instead.\n"


def _normalise(target: Path) -> None:
    """LF line endings everywhere (Path.write_text would write CRLF on Windows) and a
    do-not-edit header on every Python module."""
    for path in sorted(p for p in target.rglob("*") if p.is_file()):
        data = path.read_bytes().replace(b"\r\n", b"\n")
        if path.suffix == ".py" and not data.startswith(GENERATED_HEADER):
            data = GENERATED_HEADER + data
        path.write_bytes(data)

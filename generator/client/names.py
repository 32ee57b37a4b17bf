"""Pythonic attribute names for wire names with a leading underscore.

openapi-python-client turns `_id` into `field_id` (a leading underscore would make the
attribute private). integrator.io marks every reference with a leading underscore, so the
raw names would be everywhere: `connector.field_integration_id`. This pass renames them to
`id` / `integration_id` on the parsed model, before any template runs, so the low-level
modules and our own templates agree on one name. The wire name (`prop.name`) is untouched.
"""

from __future__ import annotations

import keyword
from collections.abc import Iterable
from typing import Any

from openapi_python_client.parser import GeneratorData
from openapi_python_client.schema.untrusted_string import UntrustedString
from openapi_python_client.strings import PythonIdentifier

# Attributes and methods every generated model already has; a field must not shadow them.
_MODEL_RESERVED = frozenset(
    {
        "additional_properties",
        "additional_keys",
        "to_dict",
        "from_dict",
        "to_multipart",
        "get",
    }
)
# Argument names the low-level endpoint functions use for themselves.
_ENDPOINT_RESERVED = frozenset({"client", "body", "kwargs", "response"})


def _pythonic(name: str, prefix: str) -> str | None:
    """`_integrationId` -> `integration_id`, or None if stripping does not give a clean name."""
    stripped = name.lstrip("_")
    if not stripped:
        return None
    candidate = str(PythonIdentifier(stripped, prefix))
    if not candidate.isidentifier() or keyword.iskeyword(candidate):
        return None
    return candidate


def _wire_name(prop: Any) -> str:
    name = prop.name
    return str(name.get_untrusted_value() if isinstance(name, UntrustedString) else name)


def _rename(props: Iterable[Any], prefix: str, reserved: frozenset[str]) -> dict[str, str]:
    """Rename in place; returns old python name -> new python name."""
    props = list(props)
    renamed: dict[str, str] = {}
    taken = {str(p.python_name) for p in props}
    for prop in props:
        wire = _wire_name(prop)
        if not wire.startswith("_"):
            continue
        candidate = _pythonic(wire, prefix)
        if candidate is None or candidate in reserved or candidate in taken:
            continue
        taken.discard(str(prop.python_name))
        renamed[str(prop.python_name)] = candidate
        object.__setattr__(prop, "python_name", PythonIdentifier(candidate, prefix))
        taken.add(candidate)
    return renamed


def pythonic_names(data: GeneratorData, prefix: str) -> None:
    """Rename leading-underscore fields and parameters in place (see module docstring)."""
    for model in data.models:
        _rename(
            [*(model.required_properties or []), *(model.optional_properties or [])],
            prefix,
            _MODEL_RESERVED,
        )
    for tag in sorted(data.endpoint_collections_by_tag):
        for endpoint in data.endpoint_collections_by_tag[tag].endpoints:
            renamed = _rename(endpoint.list_all_parameters(), prefix, _ENDPOINT_RESERVED)
            # The parser already rewrote the path template to the old python names.
            path = endpoint.path.get_untrusted_value()
            for old, new in renamed.items():
                path = path.replace(f"{{{old}}}", f"{{{new}}}")
            endpoint.path = UntrustedString(path)
            # Endpoints hold deep copies of their body models; the SDK reads their fields.
            for body in endpoint.bodies:
                members = [
                    *(getattr(body.prop, "required_properties", None) or []),
                    *(getattr(body.prop, "optional_properties", None) or []),
                ]
                _rename(members, prefix, _MODEL_RESERVED)

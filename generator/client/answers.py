"""What an operation's success answers become in the high-level client: a decoded model or
list, plain text, a yes / no flag (`state.put` -> whether it created the key), nothing (a
204, or a plain-text `OK`), or one field of the answer (`state.list_keys()` -> the keys)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty

from generator.client.common import CodegenError, text


@dataclass(frozen=True)
class Success:
    """One success status of an operation and how its answer becomes the method's result.

    kind: `empty` (no body, or a plain-text body with one possible value: nothing to read),
    `decode` (JSON, decoded by the property's templates), `text` (a plain-text body, as
    `str`), `flag` (a plain-text body that says yes or no: True when it is `flag_text`).
    """

    status: int
    prop: Any  # the openapi-python-client property, for its `construct` macro
    source: str  # what the body is read with: `response.json()`, `response.text`, ...
    kind: str
    flag_text: str = ""

    @property
    def has_content(self) -> bool:
        return self.kind != "empty"

    @property
    def type_string(self) -> str:
        if self.kind == "text":
            return "str"
        if self.kind == "flag":
            return "bool"
        return str(self.prop.get_type_string().as_unembedded_code())

    @property
    def model_item(self) -> str | None:
        """The model class when the answer is one model or a list of models (these are
        built by `_from_wire`, decoding each field when it is first read)."""
        if self.kind != "decode":
            return None
        prop = self.prop.inner_property if isinstance(self.prop, ListProperty) else self.prop
        return str(prop.class_info.name) if isinstance(prop, ModelProperty) else None

    @property
    def is_list(self) -> bool:
        return self.kind == "decode" and isinstance(self.prop, ListProperty)


@dataclass(frozen=True)
class Unwrap:
    """A method that returns one field of its answer's model (`state.list_keys()` returns
    the `keys` of `{"keys": [...]}`); an empty answer (204) is an empty list."""

    model: str
    attribute: str
    type: str


def success_kind(prop: Any, source: str, flag_text: str | None) -> tuple[str, str]:
    """(kind, flag text) of one success answer; see `Success`."""
    if source == "None":
        return "empty", ""
    if source != "response.text":
        return "decode", ""
    values = [str(v) for v in prop.values.values()] if isinstance(prop, EnumProperty) else []
    if flag_text is not None:
        if flag_text not in values:
            raise CodegenError(
                f"config flag_results: {flag_text!r} is not one of the answer's texts {values}"
            )
        return "flag", flag_text
    if len(values) == 1:
        return "empty", ""  # `OK`: the status already said it
    return ("decode", "") if values else ("text", "")


def successes(endpoint: Endpoint, flag_text: str | None) -> list[Success]:
    found = []
    for response in endpoint.responses.patterns:
        if response.status_code.range is None:
            continue
        low, high = response.status_code.range
        if low >= 200 and high < 300:
            source = str(response.source["attribute"])
            kind, flag = success_kind(response.prop, source, flag_text)
            for status in range(low, high + 1):
                found.append(Success(status, response.prop, source, kind, flag))
    return sorted(found, key=lambda s: s.status)


def return_type(successes: list[Success]) -> tuple[str, list[int]]:
    with_content = [s for s in successes if s.has_content]
    types = sorted({s.type_string for s in with_content})
    if not types:
        return "None", []
    empty = [s.status for s in successes if not s.has_content]
    is_list = all(s.is_list for s in with_content)
    joined = " | ".join(types)
    if not empty:
        return joined, []
    if is_list and len(types) == 1:
        # A list endpoint answering 204 means "no items", not "no answer".
        return joined, empty
    return f"{joined} | None", []


def unwrap(operation_id: str, wire: str | None, successes: list[Success]) -> Unwrap | None:
    if wire is None:
        return None
    models = [s for s in successes if s.has_content]
    model = models[0].prop if len(models) == 1 and models[0].model_item else None
    members = [*(model.required_properties or [])] if model is not None else []
    member = next((m for m in members if text(m.name) == wire), None)
    if model is None or member is None or not isinstance(member, ListProperty):
        raise CodegenError(
            f"config unwrap_results.{operation_id}: the answer must be one model with a "
            f"required list field {wire!r}"
        )
    type_string = str(member.get_type_string(no_optional=True).as_unembedded_code())
    return Unwrap(str(model.class_info.name), str(member.python_name), type_string)

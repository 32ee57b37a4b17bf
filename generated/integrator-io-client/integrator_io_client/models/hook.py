# Generated from the OpenAPI spec by `make generate`; edit generator/templates instead.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Hook")


@_attrs_define
class Hook:
    """A script or stack function called at a point of the flow.

    Attributes:
        script_id (None | str | Unset): Script that holds the function.
        stack_id (None | str | Unset): Stack that runs the function.
        function (None | str | Unset): Name of the function.
    """

    script_id: None | str | Unset = UNSET
    stack_id: None | str | Unset = UNSET
    function: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        script_id: None | str | Unset
        if isinstance(self.script_id, Unset):
            script_id = UNSET
        else:
            script_id = self.script_id

        stack_id: None | str | Unset
        if isinstance(self.stack_id, Unset):
            stack_id = UNSET
        else:
            stack_id = self.stack_id

        function: None | str | Unset
        if isinstance(self.function, Unset):
            function = UNSET
        else:
            function = self.function

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if script_id is not UNSET:
            field_dict["_scriptId"] = script_id
        if stack_id is not UNSET:
            field_dict["_stackId"] = stack_id
        if function is not UNSET:
            field_dict["function"] = function

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        script_id = cast("None | str | Unset", d.get("_scriptId", UNSET))

        stack_id = cast("None | str | Unset", d.get("_stackId", UNSET))

        function = cast("None | str | Unset", d.get("function", UNSET))

        _instance = cls.__new__(cls)
        _instance.script_id = script_id
        _instance.stack_id = stack_id
        _instance.function = function

        d = (
            {}
            if src_dict.keys() <= _WIRE_NAMES
            else {key: value for key, value in src_dict.items() if key not in _WIRE_NAMES}
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The wire names of the declared fields; every other key is an additional property.
_WIRE_NAMES: frozenset[str] = frozenset(
    (
        "_scriptId",
        "_stackId",
        "function",
    )
)

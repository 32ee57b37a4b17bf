"""What the client generator's modules share: its error, and reading the spec's text."""

from __future__ import annotations

from typing import Any

from openapi_python_client.schema.untrusted_string import UntrustedString

from generator.errors import SpecError


class CodegenError(SpecError):
    """The spec cannot be turned into a client (e.g. two operations with one SDK name)."""


def text(value: Any) -> str:
    if isinstance(value, UntrustedString):
        return value.get_untrusted_value()
    return "" if value is None else str(value)


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word

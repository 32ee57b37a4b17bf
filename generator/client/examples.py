"""A runnable example call per operation, for the generated README.

Values are placeholders chosen from the argument's type; required body fields are filled
in so that the call is a valid request, IDs are dummies (a real server answers 404).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from generator.client.sdk import Arg, Operation
from generator.client.waiters import Waiter

PLACEHOLDER_ID = "5f0c1a2b3c4d5e6f7a8b9c0d"


@dataclass(frozen=True)
class Example:
    imports: list[str]  # extra `from integrator_io_client.models import X` names
    needs_datetime: bool
    call: str  # e.g. `client.connectors.get("5f0c...")`


def _value(
    arg: Arg, models: Mapping[str, bool], enums: set[str]
) -> tuple[str, set[str], bool] | None:
    """(literal, model names used, needs datetime) or None if no simple value exists."""
    kind = arg.type.split(" | ")[0]  # `Model | Mapping[...]`: show the model
    if kind == "str":
        if arg.name == "id" or arg.name.endswith("_id"):
            return repr(PLACEHOLDER_ID), set(), False
        return repr("user@example.com" if "email" in arg.name else "example"), set(), False
    simple = {
        "int": "1",
        "float": "1.0",
        "bool": "True",
        "Any": "None",
        "FileInput": '("example.txt", b"example", "text/plain")',
    }
    if kind in simple:
        return simple[kind], set(), False
    if kind == "datetime.datetime":
        return "datetime.datetime(2030, 1, 1, tzinfo=datetime.timezone.utc)", set(), True
    if kind == "datetime.date":
        return "datetime.date(2030, 1, 1)", set(), True
    if kind.startswith(("list[", "Sequence[")):
        return "[]", set(), False
    if kind.startswith("dict["):
        return "{}", set(), False
    if kind in enums:
        return f"next(iter({kind}))", {kind}, False
    if kind in models and not models[kind]:
        return f"{kind}()", {kind}, False
    return None


def example_for(
    op: Operation,
    models_with_required: Mapping[str, bool],
    enums: set[str],
    client: str = "client",
    extra: str = "",
) -> Example:
    """`extra`: keyword arguments (Python source, from generator/client/config.yaml) that
    the call needs to be answered, such as the one filter `client.jobs.list` requires."""
    positional: list[str] = []
    keywords: list[str] = []
    used: set[str] = set()
    needs_datetime = False
    wanted = [*op.path_args, *[a for a in op.query_args + op.header_args if a.required]]
    for arg in wanted:
        found = _value(arg, models_with_required, enums)
        literal = found[0] if found else repr("example")
        if found:
            used |= found[1]
            needs_datetime |= found[2]
        (positional if arg in op.path_args else keywords).append(
            literal if arg in op.path_args else f"{arg.name}={literal}"
        )
    for field in op.body.fields:
        if not field.required_on_wire:
            continue
        found = _value(field, models_with_required, enums)
        if found is None:
            continue
        keywords.append(f"{field.name}={found[0]}")
        used |= found[1]
        needs_datetime |= found[2]
    if op.body.present and op.body.model is not None and not op.body.fields:
        keywords.append('body={"key": "value"}')
    if op.body.present and op.body.kind == "binary" and op.body.required:
        positional.append('b"example"')
    elif op.body.present and op.body.model is None and op.body.required:
        positional.append('{"key": "value"}')  # a free-form value: `state.put(key, value)`
    if extra:
        keywords.append(extra)
    arguments = ", ".join([*positional, *keywords])
    call = f"{client}.{op.sdk_method}({arguments})"
    return Example(imports=sorted(used), needs_datetime=needs_datetime, call=call)


def waiter_example(waiter: Waiter, client: str = "client") -> Example:
    """`client.jobs.wait("5f0c...", timeout=60, poll_interval=1)`."""
    method = ".".join((*waiter.read.path_in_tree[:-1], waiter.name))
    call = f"{client}.{method}({PLACEHOLDER_ID!r}, timeout=60, poll_interval=1)"
    return Example(imports=[], needs_datetime=False, call=call)

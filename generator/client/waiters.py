"""Client-side methods that read a resource until its status is final
(`client.jobs.wait(id, timeout=...)`), declared in generator/client/config.yaml."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from generator.client.common import CodegenError, singular, text

if TYPE_CHECKING:
    from generator.client.sdk import Operation, Resource


@dataclass(frozen=True)
class Waiter:
    """A client-side method that reads a resource until it reaches a final status
    (`client.jobs.wait(id, timeout=...)`), declared in generator/client/config.yaml."""

    name: str  # the method's name
    read: Operation  # the operation that reads one (its only path argument is the id)
    status_attribute: str  # the model's attribute holding the status
    done: tuple[str, ...]  # the final statuses, as on the wire
    timeout: float  # default seconds to wait in all
    poll_interval: float  # default seconds between reads
    noun: str  # what is waited for, in messages: `job`


def attach_waiters(root: Resource, declared: Mapping[str, Any]) -> None:
    """Attach the config's waiters to their resources. A waiter reads with the operation its
    `read` names by operationId; a spec without that operation gets none (the config serves
    the integrator.io spec: a test spec, or another API's `jobs`, is left alone)."""
    for resource_path, settings in sorted(declared.items()):
        node: Resource | None = root
        for part in str(resource_path).split("."):
            node = node.children.get(part) if node is not None else None
        if node is None:
            continue
        name = str(settings.get("method", "wait"))
        read = next((o for o in node.operations if o.operation_id == settings.get("read")), None)
        if read is None:
            continue
        where = f"config waiters.{resource_path}"
        if len(read.path_args) != 1 or read.optional_path_arg is not None:
            raise CodegenError(f"{where}: no read method with one path argument")
        model = next((s.prop for s in read.successes if s.model_item and not s.is_list), None)
        if model is None:
            raise CodegenError(f"{where}: {read.sdk_method} does not answer one model")
        wire_status = str(settings.get("status_field", "status"))
        members = [*(model.required_properties or []), *(model.optional_properties or [])]
        attribute = next((str(m.python_name) for m in members if text(m.name) == wire_status), None)
        done = tuple(str(v) for v in settings.get("done") or [])
        if attribute is None or not done:
            raise CodegenError(f"{where}: needs status_field on {read.return_type} and done")
        if name in {o.name for o in node.operations} or name in node.children:
            raise CodegenError(f"{where}: {name!r} is already an SDK name of {resource_path}")
        try:
            timeout = float(settings.get("default_timeout", 600))
            poll_interval = float(settings.get("default_poll_interval", 2))
        except (TypeError, ValueError) as exc:
            raise CodegenError(f"{where}: default_timeout / default_poll_interval: {exc}") from exc
        if timeout <= 0 or poll_interval <= 0:
            raise CodegenError(f"{where}: default_timeout and default_poll_interval must be > 0")
        noun = singular(node.path[-1])
        node.waiters.append(Waiter(name, read, attribute, done, timeout, poll_interval, noun))

"""Integrations. An install of a connector (handlers/integrations.py) is an integration the
store records as installed from that connector; removing one updates its `numInstalls`."""

from __future__ import annotations

from mock_api.calls import Call
from mock_api.engine.crud import serve
from mock_api.engine.resource import Operations, Resource, Write
from mock_api.errors import ApiError, unprocessable
from mock_api.resources.common import drops_its_state


def update_in_progress() -> ApiError:
    return unprocessable(
        "update_in_progress",
        "Settings cannot be changed while an update is in progress.",
        "settings",
    )


def settings_locked_while_updating(write: Write) -> None:
    """While `updateInProgress` is set, `settings` may be resent unchanged or left out (then
    kept), so that the flag itself can still be cleared with a PUT."""
    current, document = write.current, write.document
    if write.kind != "update" or current is None or current.get("updateInProgress") is not True:
        return
    if "settings" not in document:
        if "settings" in current:
            document["settings"] = current["settings"]
    elif document["settings"] != current.get("settings"):
        raise update_in_progress()


def copy_is_not_updating(write: Write) -> None:
    write.document["updateInProgress"] = False


def remove_install_aware(call: Call, integration_id: str) -> bool:
    """Delete an integration; an install also stops counting for its connector."""
    source = call.store.installed_from(call.owner, integration_id)
    if not call.store.delete("integrations", call.owner, integration_id):
        return False
    if source is not None:
        call.store.refresh_install_count(call.owner, source)
    return True


INTEGRATIONS = serve(
    Resource(
        name="integrations",
        schema="Integration",
        operations=Operations(
            list="listIntegrations",
            create="createIntegration",
            get="getIntegrationById",
            update="updateIntegration",
            delete="deleteIntegration",
            clone="cloneIntegration",
        ),
        checks=(settings_locked_while_updating,),
        on_clone=(copy_is_not_updating,),
        remove=remove_install_aware,
        after_delete=(drops_its_state("integrations"),),
    )
)


def delete_integration(call: Call, integration_id: str) -> None:
    """What DELETE /v1/integrations/{_id} does, for the last uninstaller call."""
    remove_install_aware(call, integration_id)
    for after in INTEGRATIONS.after_delete:
        after(call, integration_id)

"""Licenses of a connector, each issued to a registered integrator.io user."""

from __future__ import annotations

from typing import Any

from mock_api.engine.crud import serve
from mock_api.engine.resource import Operations, Parent, Resource, Write
from mock_api.errors import unprocessable
from mock_api.seed import find_user


def resolve_user(email: Any, field: str = "email") -> dict[str, str]:
    user = find_user(email) if isinstance(email, str) else None
    if user is None:
        raise unprocessable("invalid_user", "No integrator.io user has this email.", field)
    return {"email": user.email, "_id": user.id, "name": user.name}


def issued_to_a_registered_user(write: Write) -> None:
    """A new license is the request's `expires` and `opts`, issued now to the user the
    email names."""
    if write.kind != "create":
        return
    request = dict(write.document)
    write.document.clear()
    write.document.update(
        {
            "_id": request["_id"],
            "created": write.call.now(),
            "expires": request["expires"],
            "opts": request["opts"],
            "user": resolve_user(request.get("email")),
        }
    )


def user_kept_unless_another_is_named(write: Write) -> None:
    """A PUT keeps `created` and the licensed user unless `user.email` names another one."""
    if write.kind != "update" or write.current is None:
        return
    document, current = write.document, write.current
    user = document.get("user")
    if isinstance(user, dict) and "email" in user:
        document["user"] = resolve_user(user["email"], "user.email")
    else:
        document["user"] = current["user"]
    document.setdefault("created", current["created"])


LICENSES = serve(
    Resource(
        name="licenses",
        schema="License",
        operations=Operations(
            list="listConnectorLicenses",
            create="createConnectorLicense",
            get="getConnectorLicenseById",
            update="updateConnectorLicense",
            delete="deleteConnectorLicense",
        ),
        id_param="_licenseId",
        parent=Parent(resource="connectors", param="_id", column="connector_id"),
        on_create=(issued_to_a_registered_user,),
        checks=(user_kept_unless_another_is_named,),
    )
)

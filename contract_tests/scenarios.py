"""Documented behaviour that random generation reaches rarely or never, as explicit scenarios.

Every request goes through `Session.send`, i.e. through all schemathesis and custom checks;
`Session.expect` adds the scenario's own expectation (a status, a code).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from contract_tests import http, spec
from contract_tests.formats import is_object_id
from contract_tests.session import Session

UNKNOWN_ID = "0123456789abcdef01234567"
BAD_TOKEN = "not-a-valid-token"


@dataclass(frozen=True)
class Scenario:
    name: str
    run: Callable[[Session], None]
    # Settings a live target must provide (see Settings.skip_reasons); the mock has them all.
    needs: tuple[str, ...] = ()
    in_process_only: str | None = None
    # Runs against a mock whose rate limiter is on (the fuzzing runs switch it off).
    rate_limited: bool = False


def _body_for(operation: spec.Operation, email: str | None) -> Any:
    """A schema-valid body, so the answer depends on auth and existence, not validation."""
    if operation.request_schema() is None:
        return None
    if operation.operation_id == "createConnectorLicense":
        return {
            "email": email or "someone@example.com",
            "expires": "2030-01-01T00:00:00.000Z",
            "opts": {},
        }
    if operation.operation_id in {
        "updateConnector",
        "createConnector",
        "updateIntegration",
        "createIntegration",
    }:
        return {"name": "contract"}
    return {}


def _path_for(operation: spec.Operation, ids: dict[str, str]) -> dict[str, str]:
    values = {}
    for name in operation.path_parameters:
        if name == "function":
            values[name] = "installerFunction"
        elif name == "_licenseId":
            values[name] = ids.get("license", UNKNOWN_ID)
        elif operation.path.startswith("/v1/integrations"):
            values[name] = ids.get("integration", UNKNOWN_ID)
        else:
            values[name] = ids.get("connector", UNKNOWN_ID)
    return values


def _json(response: Any) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _error_codes(response: Any) -> list[Any]:
    return http.error_codes(_json(response))


def _create(
    s: Session,
    operation_id: str,
    what: str,
    body: dict[str, Any],
    *,
    token: str | None = "",
    path: dict[str, str] | None = None,
) -> dict[str, Any] | None:
    """Send a create request; the created document, or None (recorded as a failure) unless 201."""
    response = s.send(operation_id, token=token, path=path, body=body)
    if not s.expect(
        response.status_code == 201,
        f"{what}: expected 201, got {response.status_code}",
        response,
        operation_id,
    ):
        return None
    created: dict[str, Any] = response.json()
    return created


def create_connector(s: Session, token: str | None = "", **fields: Any) -> dict[str, Any] | None:
    body = {"name": "contract connector", **fields}
    return _create(s, "createConnector", "create connector", body, token=token)


def create_integration(s: Session, token: str | None = "") -> dict[str, Any] | None:
    body = {"name": "contract integration"}
    return _create(s, "createIntegration", "create integration", body, token=token)


def create_license(s: Session, connector_id: str) -> dict[str, Any] | None:
    body = {
        "email": s.target.settings.registered_email,
        "expires": "2030-01-01T00:00:00.000Z",
        "opts": {"connectorEdition": "standard"},
    }
    return _create(
        s,
        "createConnectorLicense",
        "create license for a registered email",
        body,
        path={"_id": connector_id},
    )


def missing_header_is_401_unauthorized(s: Session) -> None:
    for operation in s.operations():
        response = s.send(
            operation.operation_id,
            token=None,
            path=_path_for(operation, {}),
            body=_body_for(operation, None),
        )
        s.expect(
            response.status_code == 401,
            f"no Authorization header: expected 401, got {response.status_code}",
            response,
            operation.operation_id,
        )


def bad_token_is_401_failed(s: Session) -> None:
    for operation in s.operations():
        response = s.send(
            operation.operation_id,
            token=BAD_TOKEN,
            path=_path_for(operation, {}),
            body=_body_for(operation, None),
        )
        s.expect(
            response.status_code == 401,
            f"unknown token: expected 401, got {response.status_code}",
            response,
            operation.operation_id,
        )


def unknown_id_is_404_invalid_ref(s: Session) -> None:
    email = s.target.settings.registered_email
    connector = create_connector(s)
    ids = {"connector": connector["_id"]} if connector else {}
    for operation in s.operations():
        if not operation.path_parameters or operation.operation_id == "getTokenInfo":
            continue
        if operation.path_parameters == ("key",) and operation.method == "put":
            continue  # a PUT of a global state key creates it: there is no id to be unknown
        # The innermost id is unknown; parents exist, so the 404 is about the right object.
        path = _path_for(operation, {} if "_licenseId" not in operation.path_parameters else ids)
        response = s.send(operation.operation_id, path=path, body=_body_for(operation, email))
        s.expect(
            response.status_code == 404 and "invalid_ref" in _error_codes(response),
            f"unknown id: expected 404 invalid_ref, got {response.status_code} {_error_codes(response)}",
            response,
            operation.operation_id,
        )


def malformed_json_is_400(s: Session) -> None:
    connector = create_connector(s)
    integration = create_integration(s)
    ids = {
        "connector": connector["_id"] if connector else UNKNOWN_ID,
        "integration": integration["_id"] if integration else UNKNOWN_ID,
    }
    for operation in s.operations():
        # Every operation that documents a 400, with a body or without: a JSON body parser
        # runs before the routes. Elsewhere a 400 would be an undocumented status.
        if "400" not in operation.status_codes:
            continue
        response = s.send(
            operation.operation_id,
            path=_path_for(operation, ids),
            raw_body=b'{"name": "unterminated',
        )
        s.expect(
            response.status_code == 400,
            f"malformed JSON: expected 400, got {response.status_code}",
            response,
            operation.operation_id,
        )


def missing_required_field_is_422(s: Session) -> None:
    response = s.send("createConnector", body={"description": "no name"})
    s.expect(
        response.status_code == 422 and "missing_required_field" in _error_codes(response),
        f"create without name: expected 422 missing_required_field, got {response.status_code} {_error_codes(response)}",
        response,
        "createConnector",
    )
    body = _json(response)
    fields = [e.get("field") for e in body.get("errors", [])] if isinstance(body, dict) else []
    s.expect(
        "name" in fields,
        f"missing_required_field must name the field `name`, got {fields}",
        response,
        "createConnector",
    )


def empty_lists_are_204(s: Session) -> None:
    for operation_id in ("listConnectors", "listIntegrations"):
        response = s.send(operation_id)
        s.expect(
            response.status_code == 204,
            f"empty account: expected 204, got {response.status_code}",
            response,
            operation_id,
        )


def crud_round_trip(s: Session) -> None:
    connector = create_connector(s, description="before")
    if connector is None:
        return
    path = {"_id": connector["_id"]}
    response = s.send("getConnectorById", path=path)
    s.expect(
        response.status_code == 200 and _json(response).get("description") == "before",
        "created connector must be readable as created",
        response,
        "getConnectorById",
    )
    response = s.send(
        "updateConnector", path=path, body={"name": "contract connector", "description": "after"}
    )
    s.expect(
        response.status_code == 200,
        f"update: expected 200, got {response.status_code}",
        response,
        "updateConnector",
    )
    response = s.send("getConnectorById", path=path)
    s.expect(
        response.status_code == 200 and _json(response).get("description") == "after",
        "update must be visible to a later read",
        response,
        "getConnectorById",
    )
    response = s.send("listConnectors")
    listed = (
        [item.get("_id") for item in _json(response) or []] if response.status_code == 200 else []
    )
    s.expect(
        connector["_id"] in listed,
        "created connector must appear in the list",
        response,
        "listConnectors",
    )
    response = s.send("deleteConnector", path=path)
    s.expect(
        response.status_code == 204,
        f"delete: expected 204, got {response.status_code}",
        response,
        "deleteConnector",
    )
    response = s.send("getConnectorById", path=path)
    s.expect(
        response.status_code == 404,
        f"deleted connector: expected 404, got {response.status_code}",
        response,
        "getConnectorById",
    )


def read_only_fields_are_system_set(s: Session) -> None:
    sent: dict[str, Any] = {
        "_id": UNKNOWN_ID,
        "lastModified": "2001-01-01T00:00:00.000Z",
        "handle": "client-chosen",
        "numInstalls": 7,
    }
    connector = create_connector(s, **sent)
    if connector is None:
        return
    response = s.send("getConnectorById", path={"_id": connector["_id"]})
    stored = _json(response) or {}
    for name, value in sent.items():
        s.expect(
            stored.get(name) != value,
            f"read-only `{name}` must be system-set, the client's {value!r} was stored",
            response,
            "getConnectorById",
        )
    s.expect(
        is_object_id(stored.get("_id")),
        f"`_id` must be an objectId, got {stored.get('_id')!r}",
        response,
        "getConnectorById",
    )


def license_email_must_be_registered(s: Session) -> None:
    connector = create_connector(s)
    if connector is None:
        return
    create_license(s, connector["_id"])
    body = {
        "email": "nobody.registered@example.invalid",
        "expires": "2030-01-01T00:00:00.000Z",
        "opts": {},
    }
    response = s.send("createConnectorLicense", path={"_id": connector["_id"]}, body=body)
    s.expect(
        response.status_code == 422 and "invalid_user" in _error_codes(response),
        f"unregistered email: expected 422 invalid_user, got {response.status_code} {_error_codes(response)}",
        response,
        "createConnectorLicense",
    )


def other_account_sees_404_everywhere(s: Session) -> None:
    """Object-level authorization: every operation on another account's object is a 404."""
    second = s.second
    assert second is not None
    connector = create_connector(s)
    integration = create_integration(s)
    if connector is None or integration is None:
        return
    license_ = create_license(s, connector["_id"])
    ids = {"connector": connector["_id"], "integration": integration["_id"]}
    if license_ is not None:
        ids["license"] = license_["_id"]
    email = s.target.settings.registered_email
    for operation in s.operations():
        if "_id" not in operation.path_parameters:
            continue
        response = s.send(
            operation.operation_id,
            token=second,
            path=_path_for(operation, ids),
            body=_body_for(operation, email),
        )
        s.expect(
            response.status_code == 404 and "invalid_ref" in _error_codes(response),
            f"another account's object: expected 404 invalid_ref, got {response.status_code}",
            response,
            operation.operation_id,
        )
    # Nothing the other account sent may have changed or removed the owner's objects.
    for operation_id, path, original in (
        ("getConnectorById", {"_id": connector["_id"]}, connector),
        ("getIntegrationById", {"_id": integration["_id"]}, integration),
    ):
        response = s.send(operation_id, path=path)
        current = _json(response) or {}
        s.expect(
            response.status_code == 200 and current.get("name") == original.get("name"),
            f"owner's object changed after the other account's requests: {response.status_code}",
            response,
            operation_id,
        )
    response = s.send("listConnectors", token=second)
    listed = (
        [item.get("_id") for item in _json(response) or []] if response.status_code == 200 else []
    )
    s.expect(
        connector["_id"] not in listed,
        "another account's list shows the owner's connector",
        response,
        "listConnectors",
    )


def _drain_bucket(s: Session) -> Any:
    """Send unchecked requests until the limiter answers 429; return that answer (or the last)."""
    response = None
    for _ in range(400):
        response = s.send("getTokenInfo", validate=False)
        if response.status_code == 429:
            break
    return response


def rate_limit_answers_429_with_retry_after(s: Session) -> None:
    """Burst past the bucket (100, refilled at 30/s): the overflow is 429 with Retry-After."""
    response = _drain_bucket(s)
    limited = response.status_code == 429
    # The 429 goes through every check (envelope, Retry-After, documented headers).
    s.validate(s.last_case, response, {"Authorization": f"Bearer {s.primary}"})
    if not s.expect(limited, "400 requests in a burst never got a 429", response, "getTokenInfo"):
        return
    s.expect("retry-after" in response.headers, "429 without Retry-After", response, "getTokenInfo")
    # The bucket is per token, not per operation: with it empty, every operation answers 429.
    for operation in s.operations():
        # The bucket leaks a slot every ~33 ms, so the operation itself keeps the bucket empty:
        # it is re-sent (unchecked) until answered 429, and that answer is checked.
        _drain_bucket(s)
        for _ in range(50):
            response = s.send(
                operation.operation_id,
                path=_path_for(operation, {}),
                body=_body_for(operation, None),
                validate=False,
            )
            if response.status_code == 429:
                break
        s.validate(s.last_case, response, {"Authorization": f"Bearer {s.primary}"})
        s.expect(
            response.status_code == 429,
            f"with the token's bucket empty: expected 429, got {response.status_code}",
            response,
            operation.operation_id,
        )


def integration_app_life_cycle(s: Session) -> None:
    """Preview, install, installer -> settings, push update, uninstall: each documented step."""
    plain = create_connector(s)
    if plain is not None:
        response = s.send("previewConnectorInstall", path={"_id": plain["_id"]})
        s.expect(
            response.status_code == 422 and "invalid_integration_app" in _error_codes(response),
            f"preview of a connector without an integration app: expected 422 invalid_integration_app, "
            f"got {response.status_code} {_error_codes(response)}",
            response,
            "previewConnectorInstall",
        )
    source = create_integration(s)
    if source is None:
        return
    response = s.send("uninstallIntegration", path={"_id": source["_id"]})
    s.expect(
        response.status_code == 422,
        f"uninstall of an integration not installed from a connector: expected 422, got {response.status_code}",
        response,
        "uninstallIntegration",
    )
    connector = create_connector(
        s,
        _integrationId=source["_id"],
        installerFunction="installStore",
        uninstallerFunction="uninstallStore",
    )
    if connector is None:
        return
    cid = {"_id": connector["_id"]}
    response = s.send("previewConnectorInstall", path=cid)
    s.expect(
        response.status_code == 200,
        f"preview: expected 200, got {response.status_code}",
        response,
        "previewConnectorInstall",
    )
    response = s.send("installConnector", path=cid, body={})
    s.expect(
        response.status_code == 200,
        f"install: expected 200, got {response.status_code}",
        response,
        "installConnector",
    )
    response = s.send("installConnectorIntegration", path=cid, body={})
    if not s.expect(
        response.status_code == 200 and (_json(response) or {}).get("mode") == "install",
        f"install as integration: expected 200 in `install` mode, got {response.status_code}",
        response,
        "installConnectorIntegration",
    ):
        return
    installed = response.json()
    iid = {"_id": installed["_id"]}
    response = s.send("getConnectorInstallBase", path=cid)
    base = (
        [entry.get("_integrationId") for entry in _json(response) or []]
        if response.status_code == 200
        else []
    )
    s.expect(
        installed["_id"] in base,
        "the install must be in the connector's install base",
        response,
        "getConnectorInstallBase",
    )
    response = s.send(
        "invokeIntegrationSettings", path={**iid, "function": "saveSettings"}, body={"region": "eu"}
    )
    s.expect(
        response.status_code == 422,
        f"settings during install: expected 422, got {response.status_code}",
        response,
        "invokeIntegrationSettings",
    )
    response = s.send(
        "invokeIntegrationInstaller", path={**iid, "function": "installStore"}, body={}
    )
    s.expect(
        response.status_code == 200 and (_json(response) or {}).get("mode") == "settings",
        f"completing the only install step: expected 200 in `settings` mode, got {response.status_code} {(_json(response) or {}).get('mode')}",
        response,
        "invokeIntegrationInstaller",
    )
    response = s.send(
        "invokeIntegrationSettings", path={**iid, "function": "saveSettings"}, body={"region": "eu"}
    )
    s.expect(
        response.status_code == 200,
        f"settings: expected 200, got {response.status_code}",
        response,
        "invokeIntegrationSettings",
    )
    response = s.send("pushConnectorUpdate", path=cid, body={"_integrationIds": [installed["_id"]]})
    s.expect(
        response.status_code == 200,
        f"push update: expected 200, got {response.status_code}",
        response,
        "pushConnectorUpdate",
    )
    response = s.send("getIntegrationById", path=iid)
    s.expect(
        (_json(response) or {}).get("updateInProgress") is True,
        "push update must set updateInProgress",
        response,
        "getIntegrationById",
    )
    response = s.send(
        "invokeIntegrationSettings", path={**iid, "function": "saveSettings"}, body={"region": "us"}
    )
    s.expect(
        response.status_code == 422,
        f"settings during an update: expected 422, got {response.status_code}",
        response,
        "invokeIntegrationSettings",
    )
    response = s.send("uninstallIntegration", path=iid)
    s.expect(
        response.status_code == 200 and (_json(response) or {}).get("mode") == "uninstall",
        f"uninstall: expected 200 in `uninstall` mode, got {response.status_code}",
        response,
        "uninstallIntegration",
    )
    response = s.send(
        "invokeIntegrationUninstaller", path={**iid, "function": "uninstallStore"}, body={}
    )
    s.expect(
        response.status_code == 200,
        f"uninstaller: expected 200, got {response.status_code}",
        response,
        "invokeIntegrationUninstaller",
    )


SCENARIOS: tuple[Scenario, ...] = (
    Scenario("missing_header_is_401_unauthorized", missing_header_is_401_unauthorized),
    Scenario("bad_token_is_401_failed", bad_token_is_401_failed),
    Scenario(
        "unknown_id_is_404_invalid_ref", unknown_id_is_404_invalid_ref, needs=("registered_email",)
    ),
    Scenario("malformed_json_is_400", malformed_json_is_400),
    Scenario("missing_required_field_is_422", missing_required_field_is_422),
    Scenario(
        "empty_lists_are_204",
        empty_lists_are_204,
        in_process_only="a live account is not empty, so its lists answer 200",
    ),
    Scenario("crud_round_trip", crud_round_trip),
    Scenario("integration_app_life_cycle", integration_app_life_cycle),
    Scenario("read_only_fields_are_system_set", read_only_fields_are_system_set),
    Scenario(
        "license_email_must_be_registered",
        license_email_must_be_registered,
        needs=("registered_email",),
    ),
    Scenario(
        "other_account_sees_404_everywhere",
        other_account_sees_404_everywhere,
        needs=("second_token", "registered_email"),
    ),
    Scenario(
        "rate_limit_answers_429_with_retry_after",
        rate_limit_answers_429_with_retry_after,
        in_process_only="live runs are throttled below the limit on purpose; every 429 seen is still checked",
        rate_limited=True,
    ),
)

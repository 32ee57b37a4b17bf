"""Connectors and licenses: trials, registered users, what can be installed."""

from __future__ import annotations

from typing import Any

from contract_tests.scenarios.base import (
    UNKNOWN_ID,
    declare,
    described,
    error_codes,
    error_fields,
    unique,
)
from contract_tests.scenarios.listings import INSTALLER
from contract_tests.scenarios.resources import CONNECTOR, INTEGRATION, LICENSE, adopt, make
from contract_tests.session import Session

TRIAL: dict[str, Any] = {"trialPeriod": 30, "_trialLicenseId": UNKNOWN_ID}


def trial_needs_period_and_license(s: Session) -> None:
    for missing in (("trialPeriod",), ("_trialLicenseId",), ("trialPeriod", "_trialLicenseId")):
        body = {"name": unique("trial connector"), "trialEnabled": True}
        body |= {name: value for name, value in TRIAL.items() if name not in missing}
        response = s.send(CONNECTOR.create, body=body)
        adopt(s, CONNECTOR, response)
        s.expect(
            response.status_code == 422
            and "missing_required_field" in error_codes(response)
            and bool(set(missing) & set(error_fields(response))),
            f"trialEnabled without {', '.join(missing)}: expected 422 missing_required_field "
            f"naming it, got {described(response)} fields {error_fields(response)}",
            response,
            CONNECTOR.create,
        )
    make(s, CONNECTOR, trialEnabled=True, trialPeriod=30, _trialLicenseId=UNKNOWN_ID)
    plain = make(s, CONNECTOR, trialEnabled=False)
    if plain is None:
        return
    response = s.send(
        UPDATE, path=plain.path, body={"name": plain.sent["name"], "trialEnabled": True}
    )
    s.expect(
        response.status_code == 422 and "missing_required_field" in error_codes(response),
        f"an update to trialEnabled without trialPeriod and _trialLicenseId: expected 422 "
        f"missing_required_field, got {described(response)}",
        response,
        UPDATE,
    )


def license_email_must_be_registered(s: Session) -> None:
    registered = make(s, LICENSE)
    if registered is None:
        return
    body = {**LICENSE.body(s), "email": "nobody.registered@example.invalid"}
    response = s.send(LICENSE.create, path=registered.parent_path, body=body)
    adopt(s, LICENSE, response, registered.parent)
    s.expect(
        response.status_code == 422
        and "invalid_user" in error_codes(response)
        and "email" in error_fields(response),
        f"an email no user has: expected 422 invalid_user with field `email`, got "
        f"{described(response)} fields {error_fields(response)}",
        response,
        LICENSE.create,
    )


def _not_installable(s: Session, connector_id: str, why: str) -> None:
    for operation_id, body in (("previewConnectorInstall", None), ("installConnector", {})):
        response = s.send(operation_id, path={"_id": connector_id}, body=body)
        s.expect(
            response.status_code == 422 and "invalid_integration_app" in error_codes(response),
            f"{why}: expected 422 invalid_integration_app, got {described(response)}",
            response,
            operation_id,
        )


def install_needs_integration_app(s: Session) -> None:
    plain = make(s, CONNECTOR)
    if plain is not None:
        _not_installable(s, plain.id, "a connector tied to no integration")
    source = make(s, INTEGRATION)
    if source is None:
        return
    no_installer = make(s, CONNECTOR, _integrationId=source.id)
    if no_installer is not None:
        _not_installable(s, no_installer.id, "a connector without an installer function")
    elsewhere = make(s, CONNECTOR, _integrationId=UNKNOWN_ID, installerFunction=INSTALLER)
    if elsewhere is not None:
        _not_installable(s, elsewhere.id, "a connector tied to an integration the account lacks")
    ready = make(s, CONNECTOR, _integrationId=source.id, installerFunction=INSTALLER)
    if ready is None:
        return
    for operation_id, body in (("previewConnectorInstall", None), ("installConnector", {})):
        response = s.send(operation_id, path={"_id": ready.id}, body=body)
        s.expect(
            response.status_code == 200,
            f"a connector tied to an integration with an installer: expected 200, got "
            f"{described(response)}",
            response,
            operation_id,
        )


assert CONNECTOR.update is not None
UPDATE = CONNECTOR.update
CONNECTOR_OPS = CONNECTOR.crud | {UPDATE}
declare(
    "trial_needs_period_and_license",
    trial_needs_period_and_license,
    ("connectors.trial",),
    CONNECTOR_OPS,
)
declare(
    "license_email_must_be_registered",
    license_email_must_be_registered,
    ("licenses.registered-user",),
    LICENSE.crud,
    needs=("registered_email",),
)
declare(
    "install_needs_integration_app",
    install_needs_integration_app,
    ("connectors.install-needs-app",),
    CONNECTOR.crud | INTEGRATION.crud | {"previewConnectorInstall", "installConnector"},
)

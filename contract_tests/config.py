"""The schemathesis configuration every run of the suite uses."""

from __future__ import annotations

from dataclasses import dataclass

from schemathesis.config import SchemathesisConfig

from contract_tests.target import Target

ALL_PHASES = frozenset({"examples", "coverage", "fuzzing", "stateful"})
FUZZ_PHASES = frozenset({"examples", "coverage", "fuzzing"})

# Schema-valid requests that the documented business rules still reject with 422, so
# `positive_data_acceptance` must accept a 422 there (the schema cannot express these rules).
SEMANTIC_422 = {
    "createConnector": "trialEnabled: true requires trialPeriod and _trialLicenseId",
    "updateConnector": "trialEnabled: true requires trialPeriod and _trialLicenseId",
    "createConnectorLicense": "the email must belong to a registered user (invalid_user)",
    "updateConnectorLicense": "license updates follow the create rules",
    "installConnector": "invalid_integration_app unless tied to an integration with an installer",
    "previewConnectorInstall": "invalid_integration_app unless tied to an integration with an installer",
    "installConnectorIntegration": "invalid_integration_app unless the connector has an installer",
    "uninstallIntegration": "only integrations installed from a connector can be uninstalled",
    "invokeIntegrationInstaller": "the integration must be in `install` mode with that step pending",
    "invokeIntegrationSettings": "the integration must be in `settings` mode, no update in progress",
    "invokeIntegrationUninstaller": "the integration must be in `uninstall` mode",
    "updateIntegration": "updateInProgress blocks settings changes",
    "createConnection": "_iClientId / _integrationId must name resources of the account (invalid_ref)",
    "updateConnection": "_iClientId / _integrationId must name resources of the account (invalid_ref)",
    "createExport": "_connectionId / _integrationId must name resources of the account (invalid_ref)",
    "updateExport": "_connectionId / _integrationId must name resources of the account (invalid_ref)",
    "createImport": "_connectionId / _integrationId must name resources of the account (invalid_ref)",
    "updateImport": "_connectionId / _integrationId must name resources of the account (invalid_ref)",
    "createFlow": "the flow's exports, imports and integration must exist (invalid_ref); steps name them",
    "updateFlow": "the flow's exports, imports and integration must exist (invalid_ref); steps name them",
    "virtualExport": "an offline connection cannot export (connection_offline)",
    "virtualExportPage": "a pagedExportState the mock did not hand out (invalid_paged_export_state)",
}
POSITIVE_EXPECTED = ["2xx", "3xx", "401", "403", "404", "409", "429", "5xx"]


def semantic_400() -> dict[str, str]:
    """Operations where schema-valid query parameters can still be 400 by a documented
    rule the schema cannot state (it spans two parameters)."""
    from contract_tests import spec

    found = {
        op.operation_id: "include and exclude together are 400 invalid_query_params"
        for op in spec.operations()
        if op.definition.get("x-projection") is True
    }
    if any(op.operation_id == "listJobs" for op in spec.operations()):
        found["listJobs"] = (
            "parent jobs need a filter, child jobs a flow job or resource (400 invalid_query)"
        )
    return found


def extra_expected_statuses() -> dict[str, list[str]]:
    """operationId -> statuses `positive_data_acceptance` must also accept there."""
    extra: dict[str, list[str]] = {}
    for operation_id in SEMANTIC_422:
        extra.setdefault(operation_id, []).append("422")
    for operation_id in semantic_400():
        extra.setdefault(operation_id, []).append("400")
    return extra


@dataclass(frozen=True)
class Plan:
    phases: frozenset[str]
    operation_ids: tuple[str, ...] | None = None
    max_examples: int = 25
    stateful_steps: int = 40
    seed: int = 0
    # Shrinking makes failures readable but is the slowest part of a failing run.
    shrink: bool = True
    # Keep testing an operation after its first failure, so a report lists all deviations.
    continue_on_failure: bool = True


def build(target: Target, plan: Plan, base_url: str | None = None) -> SchemathesisConfig:
    """The configuration of one run; `base_url` serves the in-process mock over HTTP (live
    targets have theirs in the settings)."""
    settings = target.settings
    data: dict[str, object] = {
        "seed": plan.seed,
        "headers": {"Authorization": f"Bearer {settings.token}"},
        "generation": {
            "mode": "all",
            "max-examples": plan.max_examples,
            "no-shrink": not plan.shrink,
            # Reproduction goes through the printed seed, not a local example database.
            "database": "none",
        },
        "phases": {
            "examples": {"enabled": "examples" in plan.phases},
            "coverage": {"enabled": "coverage" in plan.phases},
            "fuzzing": {"enabled": "fuzzing" in plan.phases},
            "stateful": {
                "enabled": "stateful" in plan.phases,
                "max-steps": plan.stateful_steps,
                # Only the spec's own links: inferred ones guess that `/integrations/{_id}/install`
                # takes an integration id, while it takes a connector id.
                "inference": {"algorithms": []},
            },
        },
        # Every built-in check is on; custom ones registered with @schemathesis.check join them.
        "checks": {"enabled": True},
        "operations": [
            {
                "include-operation-id": operation_id,
                "checks": {
                    "positive_data_acceptance": {
                        "expected-statuses": [*POSITIVE_EXPECTED, *sorted(statuses)]
                    }
                },
            }
            for operation_id, statuses in sorted(extra_expected_statuses().items())
        ],
        "request-timeout": 30,
        "continue-on-failure": plan.continue_on_failure,
        # Runs must depend on the seed alone, not on what an earlier run left in `.schemathesis/`.
        "cache": {"enabled": False},
    }
    url = settings.base_url if settings.live else base_url
    if url is not None:
        # Pacing and waiting out 429s: throttle.py, for every request schemathesis sends.
        data["base-url"] = url
    return SchemathesisConfig.from_dict(data)

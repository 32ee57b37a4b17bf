"""An export's distributed configuration: `{}` until a PUT stores one; GET answers it."""

from __future__ import annotations

from contract_tests.scenarios.base import declare, described, json_of
from contract_tests.scenarios.resources import EXPORT, make
from contract_tests.session import Session

CONFIGURATIONS = (
    {"recordType": "salesorder", "executionContext": ["userinterface", "webservices"]},
    {"recordType": "customer", "disabled": True},
)


def distributed_config_round_trips(s: Session) -> None:
    made = make(s, EXPORT)
    if made is None:
        return
    response = s.send("getExportDistributed", path=made.path)
    s.expect(
        response.status_code == 200 and json_of(response) == {},
        f"a new export's distributed configuration is {{}}, got {described(response)} {json_of(response)}",
        response,
        "getExportDistributed",
    )
    for configuration in CONFIGURATIONS:
        response = s.send("updateExportDistributed", path=made.path, body=configuration)
        s.expect(
            response.status_code == 200 and json_of(response) == configuration,
            f"PUT answers the stored configuration {configuration}, got {described(response)} {json_of(response)}",
            response,
            "updateExportDistributed",
        )
        response = s.send("getExportDistributed", path=made.path)
        s.expect(
            json_of(response) == configuration,
            f"GET answers what the last PUT stored ({configuration}), got {json_of(response)}",
            response,
            "getExportDistributed",
        )


declare(
    "distributed_config_round_trips",
    distributed_config_round_trips,
    ("exports.distributed",),
    EXPORT.crud | {"getExportDistributed", "updateExportDistributed"},
)

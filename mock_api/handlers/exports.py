"""An export's distributed configuration (the settings kept in the source application):
`{}` until a PUT stores one."""

from __future__ import annotations

from mock_api.calls import Call, document_reply, exists, operation, require
from mock_api.responses import Reply, json_reply
from mock_api.storage import dumps

# Names of the server's own fields; a configuration never holds them (they would read as
# the export's).
SYSTEM_FIELDS = ("_id", "createdAt", "lastModified")


@operation("getExportDistributed")
def get_distributed(call: Call) -> Reply:
    export_id = require(call, "exports", call.params["_id"])
    return json_reply(200, call.store.distributed(call.owner, export_id) or b"{}")


@operation("updateExportDistributed", found=exists("exports"))
def update_distributed(call: Call) -> Reply:
    configuration = {k: v for k, v in call.body.items() if k not in SYSTEM_FIELDS}
    text = dumps(configuration)
    with call.store.transaction():
        export_id = require(call, "exports", call.params["_id"])
        call.store.put_distributed(call.owner, export_id, text)
    return document_reply(200, text)

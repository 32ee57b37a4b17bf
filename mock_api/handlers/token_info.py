"""GET /v1/tokenInfo."""

from __future__ import annotations

from mock_api.calls import Call, document_reply, operation
from mock_api.responses import Reply


@operation("getTokenInfo")
def token_info(call: Call) -> Reply:
    return document_reply(200, {"_userId": call.account.user.id, "scope": "*"})

"""Broken rules of the connector, license, integration and tokenInfo resources, and of clone."""

from __future__ import annotations

from dataclasses import replace

from contract_tests.selftest.middleware import Forward, Mode, Reply, Request

CLONES = {"cloneIntegration", "cloneExport", "cloneImport", "cloneFlow"}
REGISTERED_STAND_IN = "user@example.com"


class CloneDropsSettings(Mode):
    rule = "clone.copy"
    description = "the copy keeps only its name: the source's settings are not copied"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        reply = await forward(request)
        copy = reply.json()
        if request.operation not in CLONES or reply.status != 201 or not isinstance(copy, dict):
            return reply
        path = "/".join(request.path.split("/")[:3]) + f"/{copy['_id']}"
        stripped = {"name": copy.get("name", "copy")}
        updated = await forward(
            replace(request, method="PUT", path=path, query="").with_json(stripped)
        )
        return replace(updated, status=201) if updated.status == 200 else reply


class CloneIsTheSource(Mode):
    rule = "clone.copy"
    variant = "same-id"
    description = "clone answers the source itself instead of a copy"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.operation not in CLONES:
            return await forward(request)
        source = await forward(
            replace(request, method="GET", path=request.path.rsplit("/", 1)[0], body=b"")
        )
        return replace(source, status=201) if source.status == 200 else source


class TrialRuleIgnored(Mode):
    rule = "connectors.trial"
    description = "trialEnabled is accepted without trialPeriod and _trialLicenseId"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        body = request.json()
        trial = request.operation in ("createConnector", "updateConnector") and isinstance(
            body, dict
        )
        if not trial or body.get("trialEnabled") is not True:
            return await forward(request)
        reply = await forward(
            request.with_json({k: v for k, v in body.items() if k != "trialEnabled"})
        )
        answer = reply.json()
        return (
            reply.with_json({**answer, "trialEnabled": True}) if isinstance(answer, dict) else reply
        )


class AnyEmailLicensed(Mode):
    rule = "licenses.registered-user"
    description = "a license is issued to any email, registered or not"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        body = request.json()
        if request.operation != "createConnectorLicense" or not isinstance(body, dict):
            return await forward(request)
        return await forward(request.with_json({**body, "email": REGISTERED_STAND_IN}))


class InstallWithoutApp(Mode):
    rule = "connectors.install-needs-app"
    description = "install and preview of a connector without an integration app succeed"

    def response(self, request: Request, reply: Reply) -> Reply:
        if (
            request.operation in ("installConnector", "previewConnectorInstall")
            and reply.status == 422
        ):
            return replace(reply, status=200).with_json({"status": "initiated"})
        return reply


class InstallerDoesNothing(Mode):
    rule = "integrations.install-flow"
    description = "installer function calls answer 200 but complete no step"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.operation != "invokeIntegrationInstaller":
            return await forward(request)
        path = "/".join(request.path.split("/")[:4])
        return await forward(replace(request, method="GET", path=path, body=b""))


class PushUpdateDoesNothing(Mode):
    rule = "integrations.update-in-progress"
    description = "push update answers 200 but flags no install"

    async def handle(self, request: Request, forward: Forward) -> Reply:
        if request.operation == "pushConnectorUpdate" and request.json() is not None:
            reply = await forward(
                replace(request, method="GET", path=request.path.rsplit("/", 1)[0], body=b"")
            )
            return Reply(200) if reply.status == 200 else reply
        return await forward(request)


class TokenInfoOneUser(Mode):
    rule = "tokeninfo.user"
    description = "tokenInfo names the primary account's user whatever the token"

    def request(self, request: Request) -> Request:
        if (
            request.operation == "getTokenInfo"
            and request.header("authorization") == f"Bearer {self.second_token}"
        ):
            return request.with_header("authorization", f"Bearer {self.primary_token}")
        return request


MODES = (
    CloneDropsSettings,
    CloneIsTheSource,
    TrialRuleIgnored,
    AnyEmailLicensed,
    InstallWithoutApp,
    InstallerDoesNothing,
    PushUpdateDoesNothing,
    TokenInfoOneUser,
)

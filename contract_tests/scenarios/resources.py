"""The resources of the API, declared once: how to create, read, update, delete, list and clone
each, and a valid body. The generic scenarios (read-only fields, PUT, isolation, paging, ...)
run over these declarations."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from contract_tests import spec
from contract_tests.scenarios.base import json_of, unique
from contract_tests.session import Session

LICENSE_EXPIRES = "2030-01-01T00:00:00.000Z"


def secret_value() -> str:
    return f"s3cret-{secrets.token_hex(6)}"


@dataclass(frozen=True)
class Resource:
    name: str
    create: str
    get: str
    delete: str
    body: Callable[[Session], dict[str, Any]]
    update: str | None = None
    list: str | None = None
    clone: str | None = None
    # Licenses live under a connector: the path's `_id` is the parent's.
    parent: Resource | None = None
    # An optional field, and a value for it, that a PUT leaving it out must erase.
    erasable: tuple[str, Any] | None = None
    needs: tuple[str, ...] = ()
    # The `resource_type` of state kept under it, if any.
    state_type: str | None = None

    @property
    def id_parameter(self) -> str:
        return "_licenseId" if self.parent is not None else "_id"

    @property
    def crud(self) -> frozenset[str]:
        """The operations it takes to make, read and remove one (its parent's included)."""
        own = {self.create, self.get, self.delete}
        if self.parent is not None:
            own |= self.parent.crud
        return frozenset(own)

    @property
    def all_needs(self) -> tuple[str, ...]:
        inherited = self.parent.all_needs if self.parent is not None else ()
        return tuple(dict.fromkeys((*inherited, *self.needs)))

    @property
    def schema(self) -> Any:
        return spec.by_id(self.get).response_schema(200)

    @property
    def read_only(self) -> frozenset[str]:
        return spec.read_only_fields(self.schema)

    @property
    def secrets(self) -> tuple[tuple[str, ...], ...]:
        return spec.secret_paths(self.schema)


@dataclass
class Made:
    """One resource the scenario created (and will delete when it ends)."""

    resource: Resource
    document: dict[str, Any]
    parent: Made | None = None
    sent: dict[str, Any] = field(default_factory=dict)
    # The answer to the create request.
    response: Any = None

    @property
    def id(self) -> str:
        return str(self.document["_id"])

    @property
    def path(self) -> dict[str, str]:
        if self.parent is not None:
            return {"_id": self.parent.id, self.resource.id_parameter: self.id}
        return {"_id": self.id}

    @property
    def parent_path(self) -> dict[str, str]:
        return {"_id": self.parent.id} if self.parent is not None else {}

    @property
    def update_body(self) -> dict[str, Any]:
        """What was sent to create it, as far as the update's body takes it."""
        assert self.resource.update is not None
        taken = spec.schema_properties(spec.by_id(self.resource.update).request_schema())
        return {key: value for key, value in self.sent.items() if key in taken}


def make(
    s: Session,
    resource: Resource,
    *,
    token: str | None = "",
    parent: Made | None = None,
    **fields: Any,
) -> Made | None:
    """Create one `resource` (and its parent unless given); None (a recorded failure) unless 201.

    `fields` replace the declared body's (a value of None drops the field)."""
    if resource.parent is not None and parent is None:
        parent = make(s, resource.parent, token=token)
        if parent is None:
            return None
    body = {**resource.body(s), **fields}
    body = {key: value for key, value in body.items() if value is not None}
    path = {"_id": parent.id} if parent is not None else {}
    response = s.send(resource.create, token=token, path=path, body=body)
    created = json_of(response)
    if not s.expect(
        response.status_code == 201 and isinstance(created, dict) and "_id" in created,
        f"create {resource.name}: expected 201 with the new document, got {response.status_code}",
        response,
        resource.create,
    ):
        return None
    made = Made(resource, created, parent, body, response)
    s.cleanup(resource.delete, made.path, token)
    return made


def adopt(s: Session, resource: Resource, response: Any, parent: Made | None = None) -> None:
    """Delete again what a create that should have failed made anyway."""
    created = json_of(response)
    if response.status_code == 201 and isinstance(created, dict) and "_id" in created:
        s.cleanup(resource.delete, Made(resource, created, parent).path)


def _connector(s: Session) -> dict[str, Any]:
    return {"name": unique("connector"), "description": "made by the contract suite"}


def _named(what: str) -> Callable[[Session], dict[str, Any]]:
    def body(s: Session) -> dict[str, Any]:
        return {"name": unique(what), "description": "made by the contract suite"}

    return body


def _license(s: Session) -> dict[str, Any]:
    return {
        "email": s.target.settings.registered_email,
        "expires": LICENSE_EXPIRES,
        "opts": {"connectorEdition": "standard"},
    }


def _connection(s: Session) -> dict[str, Any]:
    return {
        "type": "http",
        "name": unique("connection"),
        "http": {
            "baseURI": "https://contract.example.invalid/api",
            "mediaType": "json",
            "auth": {
                "type": "basic",
                "basic": {"username": "contract", "password": secret_value()},
            },
        },
    }


def _iclient(s: Session) -> dict[str, Any]:
    return {
        "provider": "custom",
        "name": unique("iclient"),
        "oauth2": {"clientId": "contract-client", "clientSecret": secret_value()},
    }


def _export(s: Session) -> dict[str, Any]:
    return {
        **_named("export")(s),
        "webhook": {"provider": "custom", "key": secret_value()},
    }


CONNECTOR = Resource(
    "connector",
    create="createConnector",
    get="getConnectorById",
    update="updateConnector",
    delete="deleteConnector",
    list="listConnectors",
    body=_connector,
    erasable=("description", "erased by a PUT"),
)
INTEGRATION = Resource(
    "integration",
    create="createIntegration",
    get="getIntegrationById",
    update="updateIntegration",
    delete="deleteIntegration",
    list="listIntegrations",
    clone="cloneIntegration",
    body=_named("integration"),
    erasable=("description", "erased by a PUT"),
    state_type="integrations",
)
LICENSE = Resource(
    "license",
    create="createConnectorLicense",
    get="getConnectorLicenseById",
    update="updateConnectorLicense",
    delete="deleteConnectorLicense",
    list="listConnectorLicenses",
    parent=CONNECTOR,
    body=_license,
    erasable=("expires", "2031-01-01T00:00:00.000Z"),
    needs=("registered_email",),
)
CONNECTION = Resource(
    "connection",
    create="createConnection",
    get="getConnectionById",
    update="updateConnection",
    delete="deleteConnection",
    list="listConnections",
    body=_connection,
    erasable=("name", "erased by a PUT"),
    state_type="connections",
)
EXPORT = Resource(
    "export",
    create="createExport",
    get="getExportById",
    update="updateExport",
    delete="deleteExport",
    list="listExports",
    clone="cloneExport",
    body=_export,
    erasable=("description", "erased by a PUT"),
    state_type="exports",
)
IMPORT = Resource(
    "import",
    create="createImport",
    get="getImportById",
    update="updateImport",
    delete="deleteImport",
    list="listImports",
    clone="cloneImport",
    body=_named("import"),
    erasable=("description", "erased by a PUT"),
    state_type="imports",
)
FLOW = Resource(
    "flow",
    create="createFlow",
    get="getFlowById",
    update="updateFlow",
    delete="deleteFlow",
    list="listFlows",
    clone="cloneFlow",
    body=_named("flow"),
    erasable=("description", "erased by a PUT"),
    state_type="flows",
)
ICLIENT = Resource(
    "iclient",
    create="createIClient",
    get="getIClientById",
    update="updateIClient",
    delete="deleteIClient",
    list="listIClients",
    body=_iclient,
    erasable=("name", "erased by a PUT"),
)
TEMPLATE = Resource(
    "template",
    create="createTemplate",
    get="getTemplateById",
    update="updateTemplate",
    delete="deleteTemplate",
    list="listTemplates",
    body=_named("template"),
    erasable=("description", "erased by a PUT"),
)

RESOURCES: tuple[Resource, ...] = (
    CONNECTOR,
    INTEGRATION,
    LICENSE,
    CONNECTION,
    EXPORT,
    IMPORT,
    FLOW,
    ICLIENT,
    TEMPLATE,
)

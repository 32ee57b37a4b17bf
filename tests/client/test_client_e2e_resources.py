"""Every other resource against the real mock over HTTP: connections (ping, debug log,
virtual export and import), exports, imports, flows, jobs (run and wait), state in both
scopes, iClients and templates.

Written against the documented behaviour (mock_api/README.md `## Rules`, DESIGN.md). A test
whose operations the mock does not serve yet is skipped with the reason "not implemented by
the mock yet" and the operations it waits for; it runs as soon as the mock serves them.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from integrator_io_client import (
    AsyncIntegratorClient,
    BadRequestError,
    IntegratorClient,
    NotFoundError,
    UnprocessableEntityError,
)
from integrator_io_client.models import (
    Connection,
    ConnectionPingResult,
    DistributedConfiguration,
    Export,
    Flow,
    IClient,
    Import,
    Job,
    JobStatus,
    JobType,
    SignedUrl,
    StateResourceType,
    Template,
)
from integrator_io_client.types import UNSET
from mock_served import needs_mock

from mock_api.seed import SECONDARY_TOKEN

MISSING_ID = "0123456789abcdef01234567"
MASK = "******"
FINAL = {JobStatus.COMPLETED, JobStatus.FAILED, JobStatus.CANCELED}
RECORDS: list[dict[str, Any]] = [
    {"id": 1, "email": "ada@example.com", "address": {"city": "London"}},
    {"id": 2, "email": "grace@example.com", "address": {"city": "Arlington"}},
    {"id": 3, "email": "edsger@example.com", "address": {"city": "Austin"}},
]

CONNECTION_CRUD = (
    "createConnection",
    "getConnectionById",
    "updateConnection",
    "deleteConnection",
    "listConnections",
)
EXPORT_CRUD = ("createExport", "getExportById", "updateExport", "deleteExport", "listExports")
IMPORT_CRUD = ("createImport", "getImportById", "updateImport", "deleteImport", "listImports")
FLOW_CRUD = ("createFlow", "getFlowById", "updateFlow", "deleteFlow", "listFlows")


@pytest.fixture
def client(mock_url: str, token: str) -> Iterator[IntegratorClient]:
    with IntegratorClient(token, base_url=mock_url, rate_limit=False) as client:
        yield client


def http_connection(client: IntegratorClient, name: str, **fields: Any) -> Connection:
    return client.connections.create(
        type_="http",
        name=name,
        http={
            "baseURI": "https://api.example.com",
            "auth": {"type": "basic", "basic": {"username": "ada", "password": "s3cret"}},
        },
        **fields,
    )


def basic_auth(connection: Connection) -> dict[str, Any]:
    wire = connection.to_dict()
    basic: dict[str, Any] = wire["http"]["auth"]["basic"]
    return basic


# Connections


@needs_mock(*CONNECTION_CRUD)
def test_connection_crud_with_masked_secrets(client: IntegratorClient) -> None:
    created = http_connection(client, "Shop API", offline=False)
    assert isinstance(created, Connection) and len(created.id or "") == 24
    assert basic_auth(created) == {"username": "ada", "password": MASK}
    fetched = client.connections.get(created.id or "")
    assert basic_auth(fetched)["password"] == MASK
    assert created.id in [c.id for c in client.connections.list()]
    # PUT replaces: fields left out are erased; the masked secret sent back keeps the stored one.
    fetched.name = "Shop API v2"
    fetched.offline = UNSET
    updated = client.connections.update(created.id or "", fetched)
    assert updated.name == "Shop API v2" and updated.offline is UNSET
    assert basic_auth(updated)["password"] == MASK
    client.connections.delete(created.id or "")
    with pytest.raises(NotFoundError):
        client.connections.get(created.id or "")


@needs_mock("createConnection", "pingConnection")
def test_ping_answers_200_either_way(client: IntegratorClient) -> None:
    working = http_connection(client, "Working")
    result = client.connections.ping(working.id or "")
    assert isinstance(result, ConnectionPingResult) and result.code == 200
    offline = http_connection(client, "Down", offline=True)
    raw = client.connections.with_raw_response.ping(offline.id or "")
    assert raw.status_code == 200
    failed = raw.parse()
    assert failed.errors and isinstance(failed.errors[0].code, int)


@needs_mock("pingUnsavedConnection", "listConnections")
def test_unsaved_ping_stores_nothing(mock_url: str) -> None:
    with IntegratorClient(SECONDARY_TOKEN, base_url=mock_url, rate_limit=False) as client:
        before = [c.id for c in client.connections.list()]
        result = client.connections.ping_unsaved(
            type_="http", name="Try me", http={"baseURI": "https://api.example.com"}
        )
        assert isinstance(result, ConnectionPingResult)
        assert result.code == 200 or result.errors
        assert [c.id for c in client.connections.list()] == before


@needs_mock(
    "createConnection",
    "createExport",
    "getConnectionDebugLogs",
    "getConnectionResourceDebugLogs",
)
def test_debug_logs_with_and_without_a_resource(client: IntegratorClient) -> None:
    connection = http_connection(client, "Logged")
    export = client.exports.create(name="Logged export", connection_id=connection.id)
    everything = client.connections.debug_logs(connection.id or "")
    assert isinstance(everything, str)
    raw = client.connections.with_raw_response.debug_logs(connection.id or "", export.id)
    assert raw.url.path == f"/v1/connections/{connection.id}/debug/{export.id}"
    assert raw.headers["content-type"].startswith("text/plain")
    assert isinstance(raw.parse(), str)


@needs_mock("createConnection", "virtualExport")
def test_virtual_export_answers_the_sample_records(client: IntegratorClient) -> None:
    connection = http_connection(client, "Virtual export")
    result = client.connections.virtual_export(connection.id or "", export={"sampleData": RECORDS})
    assert [record.to_dict() for record in result.data or []] == RECORDS


@needs_mock("createConnection", "virtualExportPage")
def test_paged_virtual_export_hands_back_its_state(client: IntegratorClient) -> None:
    connection = http_connection(client, "Paged export")
    records = [{"n": n} for n in range(5)]
    export = {"sampleData": records, "pageSize": 2}
    seen: list[dict[str, Any]] = []
    state = None
    for _ in range(10):
        page = client.connections.virtual_export_page(
            connection.id or "", export=export, paged_export_state=state or UNSET
        )
        seen += [r.to_dict() for r in page.data or []]
        state = page.paged_export_state
        assert state is not UNSET and state is not None
        if state.done:
            break
    assert seen == records
    # An altered state is refused.
    tampered = {**state.to_dict(), "pageIndex": 0, "done": False}
    with pytest.raises(UnprocessableEntityError) as caught:
        client.connections.virtual_export_page(
            connection.id or "", export=export, paged_export_state=tampered
        )
    assert caught.value.code == "invalid_paged_export_state"


@needs_mock("createConnection", "virtualImport")
def test_virtual_import_answers_one_result_per_record(client: IntegratorClient) -> None:
    connection = http_connection(client, "Virtual import")
    results = client.connections.virtual_import(connection.id or "", import_={}, data=RECORDS)
    assert len(results) == len(RECORDS)


@needs_mock("createConnection", "virtualImportMap")
def test_import_mapping_applies_the_mapping(client: IntegratorClient) -> None:
    connection = http_connection(client, "Mapping")
    mapping = {
        "fields": [
            {"extract": "email", "generate": "contact.email"},
            {"extract": "address.city", "generate": "city"},
            {"hardCodedValue": "crm", "generate": "source"},
        ]
    }
    mapped = client.connections.virtual_import_map(
        connection.id or "", import_={"mapping": mapping}, data=RECORDS
    )
    assert [m.to_dict() for m in mapped] == [
        {"contact": {"email": r["email"]}, "city": r["address"]["city"], "source": "crm"}
        for r in RECORDS
    ]


# Exports and imports


@needs_mock("createConnection", *EXPORT_CRUD, "cloneExport")
def test_export_crud_clone_and_references(client: IntegratorClient) -> None:
    connection = http_connection(client, "For exports")
    created = client.exports.create(name="Orders", connection_id=connection.id, page_size=20)
    assert isinstance(created, Export) and created.connection_id == connection.id
    assert created.id in [e.id for e in client.exports.list()]
    with pytest.raises(UnprocessableEntityError) as caught:
        client.exports.create(name="Dangling", connection_id=MISSING_ID)
    assert caught.value.code == "invalid_ref" and caught.value.errors[0].field == "_connectionId"
    copy = client.exports.clone(created.id or "")
    assert copy.id != created.id and copy.name == created.name and copy.page_size == 20
    assert client.exports.get(created.id or "").to_dict() == created.to_dict()
    renamed = client.exports.clone(created.id or "", name="Orders copy")
    assert renamed.name == "Orders copy"
    updated = client.exports.update(created.id or "", name="Orders v2", connection_id=connection.id)
    assert updated.name == "Orders v2" and updated.page_size is UNSET
    client.exports.delete(created.id or "")
    with pytest.raises(NotFoundError):
        client.exports.get(created.id or "")


@needs_mock("createExport", "getExportDistributed", "updateExportDistributed")
def test_distributed_configuration(client: IntegratorClient) -> None:
    export = client.exports.create(name="Distributed")
    empty = client.exports.get_distributed(export.id or "")
    assert isinstance(empty, DistributedConfiguration) and empty.to_dict() == {}
    stored = client.exports.update_distributed(
        export.id or "", record_type="salesorder", execution_type=["create", "edit"]
    )
    assert stored.record_type == "salesorder"
    assert client.exports.get_distributed(export.id or "").to_dict() == stored.to_dict()


@needs_mock("createConnection", *IMPORT_CRUD, "cloneImport")
def test_import_crud_and_clone(client: IntegratorClient) -> None:
    connection = http_connection(client, "For imports")
    mapping = {"fields": [{"extract": "email", "generate": "Email"}]}
    created = client.imports.create(name="Contacts", connection_id=connection.id, mapping=mapping)
    assert isinstance(created, Import)
    assert created.mapping and created.mapping.to_dict() == mapping
    assert created.id in [i.id for i in client.imports.list()]
    copy = client.imports.clone(created.id or "", name="Contacts copy")
    assert copy.id != created.id and copy.name == "Contacts copy"
    assert copy.mapping and copy.mapping.to_dict() == mapping
    updated = client.imports.update(created.id or "", name="Contacts v2")
    assert updated.name == "Contacts v2" and updated.mapping is UNSET
    client.imports.delete(created.id or "")
    with pytest.raises(NotFoundError):
        client.imports.delete(created.id or "")


# Flows and jobs


def new_flow(client: IntegratorClient, name: str, records: list[dict[str, Any]]) -> Flow:
    connection = http_connection(client, f"{name} connection")
    export = client.exports.create(
        name=f"{name} export", connection_id=connection.id, sample_data=records
    )
    target = client.imports.create(name=f"{name} import", connection_id=connection.id)
    integration = client.integrations.create(name=f"{name} integration")
    return client.flows.create(
        name=name,
        integration_id=integration.id,
        page_generators=[{"_exportId": export.id}],
        page_processors=[{"type": "import", "_importId": target.id}],
    )


@needs_mock(*FLOW_CRUD, "cloneFlow", "createConnection", "createExport", "createImport")
def test_flow_crud_clone_and_references(client: IntegratorClient) -> None:
    flow = new_flow(client, "Orders flow", RECORDS)
    assert isinstance(flow, Flow) and flow.page_generators and flow.page_processors
    assert flow.id in [f.id for f in client.flows.list()]
    with pytest.raises(UnprocessableEntityError) as caught:
        client.flows.create(name="Dangling", page_generators=[{"_exportId": MISSING_ID}])
    assert caught.value.code == "invalid_ref"
    copy = client.flows.clone(flow.id or "")
    assert copy.id != flow.id and copy.name == flow.name
    assert [g.export_id for g in copy.page_generators or []] == [
        g.export_id for g in flow.page_generators
    ]
    flow.disabled = True
    assert client.flows.update(flow.id or "", flow).disabled is True
    client.flows.delete(flow.id or "")
    with pytest.raises(NotFoundError):
        client.flows.get(flow.id or "")


@needs_mock(*FLOW_CRUD, "runFlow", "getJobById", "listJobs", "listJobErrors", "getJobErrorFileUrl")
def test_run_a_flow_and_wait_for_its_job(client: IntegratorClient) -> None:
    flow = new_flow(client, "Run me", RECORDS)
    job = client.flows.run(flow.id or "")
    assert isinstance(job, Job)
    assert job.status == JobStatus.QUEUED and job.flow_id == flow.id
    done = client.jobs.wait(job.id or "", timeout=60, poll_interval=0.1)
    assert done.id == job.id and done.status in FINAL
    assert all(isinstance(n, int) for n in (done.num_success, done.num_error, done.num_ignore))
    assert job.id in [j.id for j in client.jobs.list(flow_id=flow.id)]
    # A child job per step of the flow: its export and its import.
    for kind in (JobType.EXPORT, JobType.IMPORT):
        children = list(client.jobs.list(flow_job_id=job.id, type_=kind))
        assert len(children) == 1 and children[0].flow_job_id == job.id
    assert isinstance(client.jobs.errors(job.id or ""), list)
    assert isinstance(client.jobs.error_file_url(job.id or ""), SignedUrl)


@needs_mock(*FLOW_CRUD, "runFlow", "getJobById")
def test_one_job_of_a_flow_runs_at_a_time(client: IntegratorClient) -> None:
    flow = new_flow(client, "One at a time", RECORDS)
    first, second = client.flows.run(flow.id or ""), client.flows.run(flow.id or "")
    jobs = [client.jobs.wait(j.id or "", timeout=60, poll_interval=0.1) for j in (first, second)]
    spans = sorted((j.started_at, j.ended_at) for j in jobs)
    assert spans[0][1] <= spans[1][0]


@needs_mock("listJobs")
def test_jobs_need_a_filter(client: IntegratorClient) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.jobs.list()
    assert caught.value.code == "invalid_query"


@needs_mock(*FLOW_CRUD, "runFlow", "getJobById")
def test_async_run_and_wait(mock_url: str, token: str, client: IntegratorClient) -> None:
    flow = new_flow(client, "Async run", RECORDS)

    async def scenario() -> Job:
        async with AsyncIntegratorClient(token, base_url=mock_url, rate_limit=False) as aclient:
            job = await aclient.flows.run(flow.id or "")
            return await aclient.jobs.wait(job.id or "", timeout=60, poll_interval=0.1)

    assert asyncio.run(scenario()).status in FINAL


@needs_mock("getJobById", "getJobErrorFileUrl", "listJobErrors")
def test_unknown_job(client: IntegratorClient) -> None:
    for call in (
        lambda: client.jobs.get(MISSING_ID),
        lambda: client.jobs.errors(MISSING_ID),
        lambda: client.jobs.error_file_url(MISSING_ID),
    ):
        with pytest.raises(NotFoundError):
            call()


# State


@needs_mock("putStateValue", "getStateValue", "listStateKeys", "deleteStateValue", "deleteAllState")
def test_global_state(mock_url: str) -> None:
    # An account of its own: global keys are per account.
    with IntegratorClient(SECONDARY_TOKEN, base_url=mock_url, rate_limit=False) as client:
        client.state.delete_all()
        assert client.state.list_keys() == []
        value = {"cursor": "2024-05-01T12:00:00Z", "ids": [1, 2, None], "nested": {"ok": True}}
        assert client.state.put("sync", value) is True  # created
        assert client.state.put("sync", value) is False  # replaced
        assert client.state.get("sync") == value
        for key, other in (("n", 42), ("s", "text"), ("none", None), ("list", [1, "a"])):
            assert client.state.put(key, other) is True
            assert client.state.get(key) == other  # any JSON value reads back as written
        assert sorted(client.state.list_keys()) == ["list", "n", "none", "s", "sync"]
        assert client.state.delete("n") is None
        with pytest.raises(NotFoundError):
            client.state.get("n")
        client.state.delete_all()
        assert client.state.list_keys() == []


@needs_mock(
    "putResourceStateValue",
    "getResourceStateValue",
    "listResourceStateKeys",
    "deleteResourceStateValue",
    "deleteAllResourceState",
    "putStateValue",
    "listStateKeys",
)
def test_state_under_a_resource(mock_url: str) -> None:
    with IntegratorClient(SECONDARY_TOKEN, base_url=mock_url, rate_limit=False) as client:
        integration = client.integrations.create(name="Stateful")
        kind, owner = StateResourceType.INTEGRATIONS, integration.id or ""
        state = client.resource_state
        assert state.list_keys(kind, owner) == []
        assert state.put(kind, owner, "cursor", {"page": 3}) is True
        assert state.put(kind, owner, "cursor", {"page": 4}) is False
        assert state.get(kind, owner, "cursor") == {"page": 4}
        # The scopes are separate: a global key of the same name is another value.
        assert client.state.put("cursor", "global") is True
        assert "cursor" in client.state.list_keys()
        assert state.get(kind, owner, "cursor") == {"page": 4}
        assert state.list_keys(kind, owner) == ["cursor"]
        raw = client.with_raw_response.resource_state.delete(kind, owner, "cursor")
        assert raw.status_code == 200 and raw.parse() is None
        assert state.put(kind, owner, "a", 1) is True
        assert state.delete_all(kind, owner) is None
        assert state.list_keys(kind, owner) == []
        with pytest.raises(NotFoundError):
            state.list_keys(kind, MISSING_ID)


@needs_mock("putStateValue")
def test_state_put_sends_the_value_as_json(client: IntegratorClient) -> None:
    raw = client.with_raw_response.state.put("raw", None)
    assert raw.http_response.request.content == b"null"
    assert raw.headers["content-type"].startswith("text/plain")
    assert raw.parse() in (True, False)


# iClients and templates


@needs_mock("createIClient", "getIClientById", "updateIClient", "deleteIClient", "listIClients")
def test_iclient_crud_with_masked_secrets(client: IntegratorClient) -> None:
    created = client.iclients.create(
        provider="custom_oauth2",
        name="Our OAuth app",
        oauth2={"clientId": "abc", "clientSecret": "very-secret"},
    )
    assert isinstance(created, IClient)
    assert created.to_dict()["oauth2"]["clientSecret"] == MASK
    assert created.id in [i.id for i in client.iclients.list()]
    fetched = client.iclients.get(created.id or "")
    fetched.name = "Renamed app"
    updated = client.iclients.update(created.id or "", fetched)  # sends the mask back
    assert updated.name == "Renamed app"
    assert updated.to_dict()["oauth2"] == {"clientId": "abc", "clientSecret": MASK}
    client.iclients.delete(created.id or "")
    with pytest.raises(NotFoundError):
        client.iclients.get(created.id or "")


@needs_mock(
    "createTemplate", "getTemplateById", "updateTemplate", "deleteTemplate", "listTemplates"
)
def test_templates_are_one_flat_list(client: IntegratorClient) -> None:
    created = client.templates.create(name="Shopify to NetSuite", applications=["shopify"])
    assert isinstance(created, Template)
    published = created.published
    listed = client.templates.list()
    assert isinstance(listed, list) and created.id in [t.id for t in listed]
    raw = client.with_raw_response.templates.list(include="name")
    assert "link" not in raw.headers  # not paged
    created.published = not published  # read-only: ignored when sent
    updated = client.templates.update(created.id or "", created)
    assert updated.published == published
    client.templates.delete(created.id or "")
    with pytest.raises(NotFoundError):
        client.templates.get(created.id or "")


def test_unserved_operations_answer_501_until_the_mock_serves_them(
    client: IntegratorClient,
) -> None:
    """The skips above stand for operations that really answer 501 `not_implemented` today."""
    from mock_served import unserved

    raw = httpx.get(
        f"{client.base_url}/v1/templates", headers={"Authorization": "Bearer mock-primary-token"}
    )
    if unserved("listTemplates"):
        assert raw.status_code == 501
        assert raw.json()["errors"][0]["code"] == "not_implemented"
    else:
        assert raw.status_code in (200, 204)

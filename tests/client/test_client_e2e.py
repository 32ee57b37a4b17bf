"""The high-level client against the real mock over HTTP: connectors, licenses,
integrations, token info, and errors of both shapes. The other resources are in
test_client_e2e_resources.py."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Iterator

import pytest
from integrator_io_client import (
    AsyncIntegratorClient,
    AuthenticationError,
    BadRequestError,
    IntegratorClient,
    NotFoundError,
    UnprocessableEntityError,
)
from integrator_io_client.api.connectors import get_connector_by_id
from integrator_io_client.models import (
    Connector,
    InstallBaseEntry,
    Integration,
    IntegrationMode,
    License,
)
from integrator_io_client.types import UNSET

from mock_api.seed import REGISTERED_EMAILS, SECONDARY_TOKEN

MISSING_ID = "0123456789abcdef01234567"


@pytest.fixture
def client(mock_url: str, token: str) -> Iterator[IntegratorClient]:
    with IntegratorClient(token, base_url=mock_url) as client:
        yield client


def test_empty_list_is_204_and_an_empty_page(mock_url: str) -> None:
    # A token of its own so that other tests' connectors do not show up.
    with IntegratorClient(SECONDARY_TOKEN, base_url=mock_url) as client:
        raw = client.with_raw_response.connectors.list()
        assert raw.status_code == 204
        assert raw.parse().items == []
        page = client.connectors.list()
        assert list(page) == [] and not page.has_next_page()


def test_connector_crud(client: IntegratorClient) -> None:
    created = client.connectors.create(name="E2E connector", description="made by a test")
    assert isinstance(created, Connector)
    assert created.id and len(created.id) == 24
    assert created.name == "E2E connector"
    # System-set fields come back under their Pythonic names.
    assert created.handle
    assert created.num_installs == 0

    fetched = client.connectors.get(created.id)
    assert fetched.to_dict() == created.to_dict()
    assert created.id in [c.id for c in client.connectors.list()]

    fetched.description = "changed"
    updated = client.connectors.update(created.id, fetched)
    assert updated.description == "changed"
    assert updated.handle == created.handle

    client.connectors.delete(created.id)
    with pytest.raises(NotFoundError) as caught:
        client.connectors.get(created.id)
    assert caught.value.status_code == 404
    assert caught.value.code == "invalid_ref"
    assert caught.value.errors[0].message == "Resource not found."


def test_put_replaces_the_whole_document(client: IntegratorClient) -> None:
    created = client.connectors.create(name="Replace me", description="goes away")
    replaced = client.connectors.update(created.id, name="Replaced")
    assert replaced.name == "Replaced"
    assert replaced.description is UNSET
    assert client.connectors.get(created.id).description is UNSET


def test_wire_names_are_mapped(client: IntegratorClient) -> None:
    integration = client.integrations.create(name="Target")
    connector = client.connectors.create(name="Mapped", integration_id=integration.id)
    raw = client.connectors.with_raw_response.get(connector.id)
    wire = raw.json()
    assert isinstance(wire, dict)
    assert wire["_integrationId"] == integration.id
    assert "integration_id" not in wire
    assert raw.parse().integration_id == integration.id


def test_mapping_body_and_unknown_fields_are_kept(client: IntegratorClient) -> None:
    created = client.connectors.create({"name": "From a dict", "_stackId": "a" * 24})
    assert created.stack_id == "a" * 24
    # A field the spec does not know survives a round trip through the model.
    model = Connector.from_dict({**created.to_dict(), "futureField": {"x": 1}})
    assert model.additional_properties == {"futureField": {"x": 1}}
    assert model["futureField"] == {"x": 1}
    assert model.to_dict()["futureField"] == {"x": 1}
    assert "futureField" in repr(model)


def test_not_found_on_every_kind_of_call(client: IntegratorClient) -> None:
    for call in (
        lambda: client.connectors.get(MISSING_ID),
        lambda: client.connectors.delete(MISSING_ID),
        lambda: client.connectors.licenses.list(MISSING_ID),
        lambda: client.integrations.get(MISSING_ID),
        lambda: client.integrations.clone(MISSING_ID),
    ):
        with pytest.raises(NotFoundError) as caught:
            call()
        assert caught.value.code == "invalid_ref"


def test_errors_of_both_shapes(mock_url: str, client: IntegratorClient) -> None:
    # 401: the bare {"message": ...} of the auth layer.
    with (
        IntegratorClient("not-a-real-token", base_url=mock_url) as stranger,
        pytest.raises(AuthenticationError) as caught,
    ):
        stranger.token_info()
    error = caught.value
    assert error.status_code == 401
    assert error.message == "Bearer Authentication Failed"
    assert error.errors == []
    assert "not-a-real-token" not in str(error) and "not-a-real-token" not in repr(error)
    # Everything else: the envelope, with the field at fault.
    with pytest.raises(UnprocessableEntityError) as invalid:
        client.connectors.create(name="Trial", trial_enabled=True)
    assert invalid.value.code == "missing_required_field"
    assert invalid.value.errors[0].field in {"trialPeriod", "_trialLicenseId"}
    with pytest.raises(BadRequestError) as both:
        client.connectors.list(include="name", exclude="description")
    assert both.value.code == "invalid_query_params"


def test_accounts_are_isolated(mock_url: str, client: IntegratorClient) -> None:
    mine = client.integrations.create(name="Mine")
    with IntegratorClient(SECONDARY_TOKEN, base_url=mock_url) as other:
        with pytest.raises(NotFoundError):
            other.integrations.get(mine.id)
        assert mine.id not in [i.id for i in other.integrations.list()]


def test_licenses(client: IntegratorClient) -> None:
    connector = client.connectors.create(name="Licensed")
    assert list(client.connectors.licenses.list(connector.id)) == []
    with pytest.raises(UnprocessableEntityError) as caught:
        client.connectors.licenses.create(
            connector.id,
            email="nobody@nowhere.invalid",
            expires=_expiry(),
            opts={"connectorEdition": "standard"},
        )
    assert caught.value.code == "invalid_user"
    assert caught.value.errors[0].field == "email"

    email = "user@example.com"
    assert email in REGISTERED_EMAILS
    created = client.connectors.licenses.create(
        connector.id, email=email, expires=_expiry(), opts={"connectorEdition": "premium"}
    )
    assert isinstance(created, License)
    assert created.user and created.user.email == email
    listed = client.connectors.licenses.list(connector.id)
    assert [lic.id for lic in listed] == [created.id]
    got = client.connectors.licenses.get(connector.id, created.id)
    assert got.id == created.id
    assert got.opts and got.opts.connector_edition == "premium"
    updated = client.connectors.licenses.update(
        connector.id, created.id, expires=_expiry(2032), opts={"connectorEdition": "enterprise"}
    )
    assert updated.expires == _expiry(2032)
    client.connectors.licenses.delete(connector.id, created.id)
    with pytest.raises(NotFoundError):
        client.connectors.licenses.get(connector.id, created.id)


def test_install_flow(client: IntegratorClient) -> None:
    base = client.integrations.create(name="Base")
    connector = client.connectors.create(
        name="Installable", integration_id=base.id, installer_function="setUp"
    )
    preview = client.connectors.preview_install(connector.id)
    assert preview["_connectorId"] == connector.id
    installed = client.integrations.install(connector.id)
    assert isinstance(installed, Integration)
    assert installed.connector_id == connector.id
    assert installed.mode == IntegrationMode.INSTALL
    step = installed.install[0] if installed.install else None
    assert step is not None and step.installer_function == "setUp"
    done = client.integrations.invoke_installer(installed.id, "setUp", {"answer": 42})
    assert done.mode == IntegrationMode.SETTINGS
    settled = client.integrations.invoke_settings(installed.id, "setUp", {"region": "eu"})
    assert settled.id == installed.id
    base_entries = list(client.connectors.install_base(connector.id))
    assert [e["_integrationId"] for e in base_entries] == [installed.id]
    assert all(isinstance(e, InstallBaseEntry) for e in base_entries)
    client.connectors.push_update(connector.id, integration_ids=[installed.id])
    assert client.integrations.get(installed.id).update_in_progress is True
    clone = client.integrations.clone(base.id, name="Copy")
    assert clone.name == "Copy" and clone.id != base.id
    uninstalling = client.integrations.uninstall(installed.id)
    assert uninstalling.mode == IntegrationMode.UNINSTALL


def test_connector_install_needs_an_app(client: IntegratorClient) -> None:
    bare = client.connectors.create(name="Nothing to install")
    with pytest.raises(UnprocessableEntityError) as caught:
        client.connectors.install(bare.id)
    assert caught.value.code == "invalid_integration_app"


def test_token_info_and_low_level_access(client: IntegratorClient) -> None:
    info = client.token_info()
    assert info.user_id == "5e03061cda20740022300f09"
    connector = client.connectors.create(name="Low level")
    response = get_connector_by_id.sync_detailed(client=client.low_level, id=connector.id)
    assert response.status_code == 200
    assert isinstance(response.parsed, Connector) and response.parsed.id == connector.id


def test_async_client(mock_url: str, token: str) -> None:
    async def scenario() -> None:
        async with AsyncIntegratorClient(token, base_url=mock_url) as client:
            created = await client.integrations.create(name="Async")
            got = await client.integrations.get(created.id)
            assert got.id == created.id
            names = await asyncio.gather(*(client.integrations.get(created.id) for _ in range(5)))
            assert {n.name for n in names} == {"Async"}
            raw = await client.with_raw_response.integrations.get(created.id)
            assert raw.status_code == 200 and raw.parse().id == created.id
            assert created.id in [i.id async for i in client.integrations.list(limit=1)]
            await client.integrations.delete(created.id)
            with pytest.raises(NotFoundError):
                await client.integrations.get(created.id)

    asyncio.run(scenario())


def _expiry(year: int = 2031) -> datetime.datetime:
    return datetime.datetime(year, 1, 1, tzinfo=datetime.UTC)

"""SQLite storage: migrations, WAL, persistence across restarts, all-or-nothing writes."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from mock_support import PRIMARY, SECONDARY, create_connector, make_client

from mock_api.app import create_app
from mock_api.seed import PRIMARY_USER
from mock_api.storage import MIGRATIONS, SCHEMA_VERSION, StorageError, Store


def tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {row[0] for row in rows}


def test_a_new_file_is_migrated_to_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "mock.db"
    store = Store(str(path))
    assert store.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
    store.close()
    assert {"connectors", "licenses", "integrations"} <= tables(path)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_reopening_does_not_migrate_again(tmp_path: Path) -> None:
    path = str(tmp_path / "mock.db")
    Store(path).close()
    store = Store(path)  # would fail with "table already exists" if it re-ran migrations
    assert store.schema_version == SCHEMA_VERSION
    store.close()


def test_an_old_database_is_brought_up_to_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(tmp_path / "mock.db")
    Store(path).close()
    extra = ("ALTER TABLE connectors ADD COLUMN note TEXT",)
    monkeypatch.setattr("mock_api.storage.MIGRATIONS", (*MIGRATIONS, extra))
    monkeypatch.setattr("mock_api.storage.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    store = Store(path)
    assert store.schema_version == SCHEMA_VERSION + 1
    store.close()
    with sqlite3.connect(path) as db:
        columns = {row[1] for row in db.execute("PRAGMA table_info(connectors)")}
    assert "note" in columns


def test_a_failing_migration_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(tmp_path / "mock.db")
    Store(path).close()
    broken = ("CREATE TABLE extra (x)", "THIS IS NOT SQL")
    monkeypatch.setattr("mock_api.storage.MIGRATIONS", (*MIGRATIONS, broken))
    monkeypatch.setattr("mock_api.storage.SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with pytest.raises(sqlite3.OperationalError):
        Store(path)
    assert "extra" not in tables(Path(path))
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_a_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "mock.db"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(StorageError, match="newer"):
        Store(str(path))


def test_data_survives_a_restart(tmp_path: Path) -> None:
    path = str(tmp_path / "mock.db")
    first = create_app(db_path=path, rate_limit=False)
    with make_client(first, PRIMARY) as api:
        connector = create_connector(api, description="kept")
        integration = api.post("/v1/integrations", json={"name": "i"}).json()
    first.state.store.close()

    second = create_app(db_path=path, rate_limit=False)
    with make_client(second, PRIMARY) as api:
        assert api.get(f"/v1/connectors/{connector['_id']}").json() == connector
        assert api.get("/v1/integrations").json() == [integration]


def test_a_failure_inside_a_write_leaves_nothing_behind(monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(rate_limit=False)
    store = app.state.store
    with make_client(app, PRIMARY) as api:
        base = api.post("/v1/integrations", json={"name": "base"}).json()
        connector = create_connector(api, _integrationId=base["_id"], installerFunction="go")

        def broken(account: str, connector_id: str) -> None:
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(store, "refresh_install_count", broken)
        api.event_hooks["response"] = []  # a 500 is the point here, not a spec violation
        response = api.post(f"/v1/integrations/{connector['_id']}/install")
        assert response.status_code == 500
        assert [i["_id"] for i in api.get("/v1/integrations").json()] == [base["_id"]]
        assert api.get(f"/v1/connectors/{connector['_id']}").json()["numInstalls"] == 0


def test_a_rejected_request_leaves_nothing_behind() -> None:
    app = create_app(rate_limit=False)
    with make_client(app, PRIMARY) as api:
        connector = create_connector(api)
        response = api.post(
            f"/v1/connectors/{connector['_id']}/licenses",
            json={"email": "nobody@example.org", "expires": "2030-01-01T00:00:00Z", "opts": {}},
        )
        assert response.status_code == 422
    count = app.state.store._db.execute("SELECT count(*) FROM licenses").fetchone()[0]
    assert count == 0


def test_version_1_data_is_carried_into_the_current_schema(tmp_path: Path) -> None:
    path = tmp_path / "v1.db"
    with sqlite3.connect(path) as db:
        for statement in MIGRATIONS[0]:
            db.execute(statement)
        for number, doc_id in enumerate(["6b0000000000000000000001", "6b0000000000000000000002"]):
            doc = f'{{"_id":"{doc_id}","name":"c{number}","handle":"c{number}","numInstalls":0}}'
            db.execute(
                "INSERT INTO connectors (id, account, handle, doc) VALUES (?, ?, ?, ?)",
                (doc_id, PRIMARY_USER.id, f"c{number}", doc),
            )
        db.execute("PRAGMA user_version = 1")
    app = create_app(db_path=str(path), rate_limit=False)
    assert app.state.store.schema_version == SCHEMA_VERSION
    with make_client(app, PRIMARY) as api:
        listed = api.get("/v1/connectors").json()
        assert [doc["name"] for doc in listed] == ["c0", "c1"]
        created = create_connector(api, name="c0")
        assert created["handle"] != "c0"  # the unique handle index came along
    app.state.store.close()


def test_a_database_in_use_by_another_store_is_a_clear_error(tmp_path: Path) -> None:
    path = str(tmp_path / "mock.db")
    owner = Store(path)
    with pytest.raises(StorageError, match="in use by another process"):
        Store(path)
    owner.close()
    Store(path).close()  # free again once the owner is gone


RELEASED_DB = Path(__file__).parent / "fixtures" / "mock-v2.db"


def test_a_database_of_the_previous_release_opens_and_keeps_its_records(tmp_path: Path) -> None:
    """tests/mock/fixtures/mock-v2.db was written through the HTTP API by the mock as released
    (schema version 2, commit 9fd8e6f): connectors, a license, integrations (one an install),
    in both accounts."""
    path = tmp_path / "released.db"
    shutil.copy(RELEASED_DB, path)
    with closing(sqlite3.connect(path)) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 2
        before = {
            table: db.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("connectors", "licenses", "integrations")
        }
    app = create_app(db_path=str(path), rate_limit=False)
    assert app.state.store.schema_version == SCHEMA_VERSION == 3
    with make_client(app, PRIMARY) as api:
        connectors = api.get("/v1/connectors").json()
        assert [c["name"] for c in connectors] == ["Shop Sync", "Plain"]
        shop = connectors[0]
        assert shop["numInstalls"] == 1 and shop["description"] == "released"
        (license_doc,) = api.get(f"/v1/connectors/{shop['_id']}/licenses").json()
        assert license_doc["user"]["email"] == "user@example.com"
        integrations = api.get("/v1/integrations").json()
        assert [i["name"] for i in integrations] == ["Connector base", "Shop Sync"]
        assert integrations[0]["settings"] == {"region": "eu"}
        installed = integrations[1]
        base = api.get(f"/v1/connectors/{shop['_id']}/installBase").json()
        assert [entry["_integrationId"] for entry in base] == [installed["_id"]]
        # The installs still work as installs, and handles stay unique.
        assert (
            api.put(f"{'/v1/integrations/'}{installed['_id']}/installer/installShop").json()["mode"]
            == "settings"
        )
        assert create_connector(api, name="Shop Sync")["handle"] != "shop-sync"
        # New resources live beside the old ones, with ids after theirs.
        flow = api.post("/v1/flows", json={"name": "new"}).json()
        assert flow["_id"] > max(
            row[0] for rows in before.values() for row in rows if len(row[0]) == 24
        )
    with make_client(app, SECONDARY) as other:
        assert [i["name"] for i in other.get("/v1/integrations").json()] == ["Other account"]
    app.state.store.close()
    with closing(sqlite3.connect(path)) as db:
        for table, rows in before.items():
            after = set(db.execute(f"SELECT * FROM {table}").fetchall())
            # Every row is still there as it was, but the install the installer call moved on.
            changed = {row for row in rows if row not in after}
            assert {row[1] for row in changed} <= {installed["_id"]}, table
    new_tables = {"connections", "exports", "imports", "flows", "iclients", "templates", "jobs"}
    assert tables(path) >= new_tables | {"state", "debug_log", "export_distributed", "meta"}

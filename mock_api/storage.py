"""SQLite storage: one table per resource, documents kept as the JSON text that is served.

Reads hand back the stored bytes untouched, so a GET never re-serialises a document.
Every write runs in one `BEGIN IMMEDIATE` transaction; an exception inside it rolls the
whole request back. Lists are read in `_id` order, which is creation order: the ids this
mock issues only ever grow (see documents.object_id), also across restarts.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from mock_api.documents import observe_id

# Tables of documents: (account, id, doc) and, for the resources added in version 3, `secrets`.
DOCUMENT_TABLES = frozenset(
    {
        "connectors",
        "licenses",
        "integrations",
        "connections",
        "exports",
        "imports",
        "flows",
        "iclients",
        "templates",
    }
)
WITH_SECRETS = frozenset({"connections", "exports", "imports", "flows", "iclients", "templates"})
Table = str

# Each entry moves the schema one version up; PRAGMA user_version records how far a
# database file has come. Never edit a released entry, append a new one.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE connectors (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            account TEXT NOT NULL,
            handle TEXT NOT NULL UNIQUE,
            doc TEXT NOT NULL CHECK (json_valid(doc))
        )""",
        "CREATE INDEX connectors_by_account ON connectors (account, seq)",
        """CREATE TABLE licenses (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            account TEXT NOT NULL,
            connector_id TEXT NOT NULL,
            doc TEXT NOT NULL CHECK (json_valid(doc))
        )""",
        "CREATE INDEX licenses_by_connector ON licenses (account, connector_id, seq)",
        """CREATE TABLE integrations (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            account TEXT NOT NULL,
            installed_from TEXT,
            doc TEXT NOT NULL CHECK (json_valid(doc))
        )""",
        "CREATE INDEX integrations_by_account ON integrations (account, seq)",
        "CREATE INDEX integrations_by_install ON integrations (installed_from)",
    ),
    # 2: rows clustered by (account, id) in WITHOUT ROWID tables. Every lookup names the
    # account, so the separate rowid, id and account indexes go: a connector insert
    # writes two b-trees instead of four. Ids are time-ordered, so id order is creation
    # order.
    (
        """CREATE TABLE connectors_2 (
            account TEXT NOT NULL,
            id TEXT NOT NULL,
            handle TEXT NOT NULL UNIQUE,
            doc TEXT NOT NULL CHECK (json_valid(doc)),
            PRIMARY KEY (account, id)
        ) WITHOUT ROWID""",
        "INSERT INTO connectors_2 SELECT account, id, handle, doc FROM connectors",
        "DROP TABLE connectors",
        "ALTER TABLE connectors_2 RENAME TO connectors",
        """CREATE TABLE licenses_2 (
            account TEXT NOT NULL,
            id TEXT NOT NULL,
            connector_id TEXT NOT NULL,
            doc TEXT NOT NULL CHECK (json_valid(doc)),
            PRIMARY KEY (account, id)
        ) WITHOUT ROWID""",
        "INSERT INTO licenses_2 SELECT account, id, connector_id, doc FROM licenses",
        "DROP TABLE licenses",
        "ALTER TABLE licenses_2 RENAME TO licenses",
        "CREATE INDEX licenses_by_connector ON licenses (account, connector_id, id)",
        """CREATE TABLE integrations_2 (
            account TEXT NOT NULL,
            id TEXT NOT NULL,
            installed_from TEXT,
            doc TEXT NOT NULL CHECK (json_valid(doc)),
            PRIMARY KEY (account, id)
        ) WITHOUT ROWID""",
        "INSERT INTO integrations_2 SELECT account, id, installed_from, doc FROM integrations",
        "DROP TABLE integrations",
        "ALTER TABLE integrations_2 RENAME TO integrations",
        "CREATE INDEX integrations_by_install ON integrations (installed_from)",
    ),
    # 3: the whole documented API. One table per new resource, in the layout of version 2
    # plus `secrets` (the values of the schema's `x-secret` fields, which `doc`, the text
    # that is served, shows as `******`); the jobs of flow runs with their plan; state keys;
    # connection debug logs; distributed configurations of exports; and the key that signs
    # paged-export states and error-file URLs, so that they stay valid across restarts.
    # Existing tables and rows are left as they are.
    (
        *(
            f"""CREATE TABLE {name} (
                account TEXT NOT NULL,
                id TEXT NOT NULL,
                doc TEXT NOT NULL CHECK (json_valid(doc)),
                secrets TEXT CHECK (secrets IS NULL OR json_valid(secrets)),
                PRIMARY KEY (account, id)
            ) WITHOUT ROWID"""
            for name in ("connections", "exports", "imports", "flows", "iclients", "templates")
        ),
        """CREATE TABLE export_distributed (
            account TEXT NOT NULL,
            export_id TEXT NOT NULL,
            doc TEXT NOT NULL CHECK (json_valid(doc)),
            PRIMARY KEY (account, export_id)
        ) WITHOUT ROWID""",
        """CREATE TABLE jobs (
            account TEXT NOT NULL,
            id TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            flow_id TEXT,
            parent TEXT,
            plan TEXT NOT NULL CHECK (json_valid(plan)),
            PRIMARY KEY (account, id)
        ) WITHOUT ROWID""",
        "CREATE INDEX jobs_by_time ON jobs (account, created_at)",
        "CREATE INDEX jobs_by_flow ON jobs (account, flow_id, created_at)",
        "CREATE INDEX jobs_by_parent ON jobs (account, parent)",
        """CREATE TABLE state (
            account TEXT NOT NULL,
            scope TEXT NOT NULL,
            key TEXT NOT NULL,
            value TEXT NOT NULL CHECK (json_valid(value)),
            PRIMARY KEY (account, scope, key)
        ) WITHOUT ROWID""",
        """CREATE TABLE debug_log (
            seq INTEGER PRIMARY KEY,
            account TEXT NOT NULL,
            connection_id TEXT NOT NULL,
            resource_id TEXT,
            at INTEGER NOT NULL,
            line TEXT NOT NULL
        )""",
        "CREATE INDEX debug_log_by_connection ON debug_log (account, connection_id, at, seq)",
        "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID",
        "INSERT INTO meta (name, value) VALUES ('signing_key', lower(hex(randomblob(32))))",
    ),
)
SCHEMA_VERSION = len(MIGRATIONS)

_encode = json.JSONEncoder(separators=(",", ":")).encode


def dumps(document: Any) -> str:
    """Compact, ASCII-only JSON: always storable and always valid UTF-8 on the wire."""
    return _encode(document)


class StorageError(Exception):
    """The database cannot be used by this version of the mock."""


def _table(name: Table) -> str:
    # Table names come from resource declarations, never from requests; checked anyway
    # because they are put into SQL text.
    if name not in DOCUMENT_TABLES:
        raise ValueError(f"no document table {name!r}")
    return name


class Store:
    def __init__(self, path: str) -> None:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._taken_handles: set[str] = set()
        # Where pages end, by where the next one starts: (table, account, parent, skip) ->
        # the `_id` before it. Any insert or delete of a document forgets them all (rows
        # move), so a remembered one always names the row at `skip - 1`.
        self._page_ends: dict[tuple[str, str, tuple[str, str] | None, int], str] = {}
        self._db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        try:
            self._db.execute("PRAGMA busy_timeout = 2000")
            # The server owns its file while it runs: one lock taken at start instead of
            # lock and shared-memory calls around every statement. Another process opening
            # the same file meanwhile gets "database is locked".
            self._db.execute("PRAGMA locking_mode = EXCLUSIVE")
            self._db.execute("PRAGMA journal_mode = WAL")
            # A commit is in the WAL, i.e. in the OS, when it returns: it survives the mock
            # being stopped or killed, which is the durability a mock needs. Never calling
            # fsync (synchronous=OFF) gives up only survival of an OS crash or power loss,
            # and keeps the periodic WAL checkpoints from stalling the request that runs them.
            self._db.execute("PRAGMA synchronous = OFF")
            self.migrate()
            observe_id(self.largest_id())
        except BaseException as exc:
            # A store that failed to open must not keep the file locked.
            self._db.close()
            if isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc):
                raise StorageError(
                    f"{path} is in use by another process (another mock on the same --db?)"
                ) from exc
            raise

    # -- lifecycle ---------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        with self._lock:
            return int(self._db.execute("PRAGMA user_version").fetchone()[0])

    def migrate(self) -> None:
        with self.transaction():
            version = self.schema_version
            if version > SCHEMA_VERSION:
                raise StorageError(
                    f"the database has schema version {version}, newer than this mock "
                    f"understands ({SCHEMA_VERSION}); use a newer mock or another --db"
                )
            for number in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[number]:
                    self._db.execute(statement)
            if version != SCHEMA_VERSION:
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def largest_id(self) -> str | None:
        """The largest object id stored anywhere: new ids are issued above it."""
        tables = [*sorted(DOCUMENT_TABLES), "jobs"]
        union = " UNION ALL ".join(f"SELECT max(id) FROM {name}" for name in tables)
        with self._lock:
            row = self._db.execute(f"SELECT max(m) FROM (SELECT NULL AS m UNION ALL {union})")
            found = row.fetchone()[0]
        return None if found is None else str(found)

    def signing_key(self) -> bytes:
        with self._lock:
            row = self._db.execute("SELECT value FROM meta WHERE name = 'signing_key'").fetchone()
        return bytes.fromhex(row[0])

    def checkpoint(self) -> None:
        with self._lock:
            self._db.execute("PRAGMA wal_checkpoint(PASSIVE)")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- generic documents -------------------------------------------------------------

    def get(
        self, table: Table, account: str, doc_id: str, parent: tuple[str, str] | None = None
    ) -> bytes | None:
        where, params = _owned_by(account, parent)
        sql = f"SELECT CAST(doc AS BLOB) FROM {_table(table)} WHERE id = ? AND {where}"
        with self._lock:
            row = self._db.execute(sql, [doc_id, *params]).fetchone()
        return None if row is None else bytes(row[0])

    def get_with_secrets(
        self, table: Table, account: str, doc_id: str, parent: tuple[str, str] | None = None
    ) -> tuple[bytes, dict[str, Any]] | None:
        """The stored text and the secret values kept apart from it."""
        if table not in WITH_SECRETS:
            raw = self.get(table, account, doc_id, parent)
            return None if raw is None else (raw, {})
        with self._lock:
            row = self._db.execute(
                f"SELECT CAST(doc AS BLOB), secrets FROM {table} WHERE id = ? AND account = ?",
                (doc_id, account),
            ).fetchone()
        if row is None:
            return None
        return bytes(row[0]), (json.loads(row[1]) if row[1] else {})

    def all_of(
        self, table: Table, account: str, parent: tuple[str, str] | None = None
    ) -> list[bytes]:
        """Every document, in creation order; only those under `parent` (column, value)."""
        where, params = _owned_by(account, parent)
        sql = f"SELECT CAST(doc AS BLOB) FROM {_table(table)} WHERE {where} ORDER BY id"
        with self._lock:
            rows = self._db.execute(sql, params).fetchall()
        return [row[0] for row in rows]

    def page(
        self,
        table: Table,
        account: str,
        skip: int,
        limit: int,
        parent: tuple[str, str] | None = None,
    ) -> tuple[list[bytes], bool]:
        """Up to `limit` documents after the first `skip`, in creation order, and whether
        more follow. `parent` (column, value) narrows to the documents under one parent (a
        connector's licenses). A page that starts where an earlier one ended is read from
        that `_id` on (keyset), not by skipping `skip` rows."""
        where, params = _owned_by(account, parent)
        sql = f"SELECT id, CAST(doc AS BLOB) FROM {_table(table)} WHERE {where}"
        with self._lock:
            after = self._page_ends.get((table, account, parent, skip)) if skip else None
            if after is not None:
                sql += " AND id > ? ORDER BY id LIMIT ?"
                params += [after, limit + 1]
            else:
                sql += " ORDER BY id LIMIT ? OFFSET ?"
                params += [limit + 1, skip]
            rows = self._db.execute(sql, params).fetchall()
            more = len(rows) > limit
            if more:
                if len(self._page_ends) >= _PAGE_ENDS_KEPT:
                    self._page_ends.clear()
                self._page_ends[(table, account, parent, skip + limit)] = rows[limit - 1][0]
        return [row[1] for row in rows[:limit]], more

    def _rows_moved(self) -> None:
        self._page_ends.clear()

    def exists(self, table: Table, account: str, doc_id: str) -> bool:
        with self._lock:
            row = self._db.execute(
                f"SELECT 1 FROM {_table(table)} WHERE id = ? AND account = ?", (doc_id, account)
            ).fetchone()
        return row is not None

    def insert(
        self,
        table: Table,
        account: str,
        doc_id: str,
        doc: str,
        secrets: dict[str, Any] | None = None,
        parent: tuple[str, str] | None = None,
    ) -> None:
        columns = ["account", "id", "doc"]
        values: list[str | None] = [account, doc_id, doc]
        if table in WITH_SECRETS:
            columns.append("secrets")
            values.append(dumps(secrets) if secrets else None)
        if parent is not None:
            columns.append(_parent_column(parent[0]))
            values.append(parent[1])
        marks = ", ".join("?" * len(values))
        with self._lock:
            self._rows_moved()
            self._db.execute(
                f"INSERT INTO {_table(table)} ({', '.join(columns)}) VALUES ({marks})", values
            )

    def replace(
        self,
        table: Table,
        account: str,
        doc_id: str,
        doc: str,
        secrets: dict[str, Any] | None = None,
    ) -> None:
        if table in WITH_SECRETS:
            self._db.execute(
                f"UPDATE {table} SET doc = ?, secrets = ? WHERE id = ? AND account = ?",
                (doc, dumps(secrets) if secrets else None, doc_id, account),
            )
            return
        self._db.execute(
            f"UPDATE {_table(table)} SET doc = ? WHERE id = ? AND account = ?",
            (doc, doc_id, account),
        )

    def set_field(self, table: Table, account: str, doc_id: str, name: str, value: str) -> None:
        """Set one top-level string field of a stored document, nothing else."""
        with self._lock:
            self._db.execute(
                f"UPDATE {_table(table)} SET doc = json_set(doc, ?, ?) WHERE id = ? AND account = ?",
                (f'$."{name}"', value, doc_id, account),
            )

    def delete(self, table: Table, account: str, doc_id: str) -> bool:
        with self._lock:
            self._rows_moved()
            cursor = self._db.execute(
                f"DELETE FROM {_table(table)} WHERE id = ? AND account = ?", (doc_id, account)
            )
        return cursor.rowcount > 0

    # -- connectors --------------------------------------------------------------------

    def insert_connector(self, account: str, doc_id: str, handle: str, doc: str) -> bool:
        """Insert unless `handle` is taken; False (and nothing written) if it is.

        A single statement is its own transaction, so the handle check and the insert
        cannot be split by another writer, in this process or another one.
        """
        with self._lock:
            self._rows_moved()
            cursor = self._db.execute(
                """INSERT INTO connectors (id, account, handle, doc) VALUES (?, ?, ?, ?)
                   ON CONFLICT (handle) DO NOTHING""",
                (doc_id, account, handle, doc),
            )
        self._taken_handles.add(handle)
        return cursor.rowcount == 1

    def handle_known_taken(self, handle: str) -> bool:
        """A hint only (another process may have taken more): skips a doomed INSERT."""
        return handle in self._taken_handles

    def delete_connector(self, account: str, connector_id: str) -> bool:
        self._rows_moved()
        row = self._db.execute(
            "DELETE FROM connectors WHERE account = ? AND id = ? RETURNING handle",
            (account, connector_id),
        ).fetchone()
        if row is None:
            return False
        self._taken_handles.discard(row[0])
        self._db.execute(
            "DELETE FROM licenses WHERE account = ? AND connector_id = ?", (account, connector_id)
        )
        return True

    def refresh_install_count(self, account: str, connector_id: str) -> None:
        """numInstalls is derived from the integrations installed from the connector."""
        self._db.execute(
            """UPDATE connectors SET doc = json_set(doc, '$.numInstalls',
                   (SELECT count(*) FROM integrations WHERE installed_from = ?))
               WHERE account = ? AND id = ?""",
            (connector_id, account, connector_id),
        )

    def install_base(self, connector_id: str) -> list[tuple[str, bytes]]:
        with self._lock:
            rows = self._db.execute(
                """SELECT account, CAST(doc AS BLOB) FROM integrations
                   WHERE installed_from = ? ORDER BY id""",
                (connector_id,),
            ).fetchall()
        return [(row[0], row[1]) for row in rows]

    # -- integrations ------------------------------------------------------------------

    def insert_integration(
        self, account: str, doc_id: str, doc: str, installed_from: str | None = None
    ) -> None:
        self._rows_moved()
        self._db.execute(
            "INSERT INTO integrations (id, account, installed_from, doc) VALUES (?, ?, ?, ?)",
            (doc_id, account, installed_from, doc),
        )

    def installed_from(self, account: str, integration_id: str) -> str | None:
        row = self._db.execute(
            "SELECT installed_from FROM integrations WHERE id = ? AND account = ?",
            (integration_id, account),
        ).fetchone()
        return None if row is None else row[0]

    def flag_update_in_progress(
        self, account: str, connector_id: str, stamp: str, only: Sequence[str] | None
    ) -> int:
        sql = """UPDATE integrations
                 SET doc = json_set(doc, '$.updateInProgress', json('true'), '$.lastModified', ?)
                 WHERE account = ? AND installed_from = ?"""
        params: list[str] = [stamp, account, connector_id]
        if only is not None:
            # One JSON parameter instead of one placeholder per id: no SQLite variable limit.
            sql += " AND id IN (SELECT value FROM json_each(?))"
            params.append(dumps(list(only)))
        return self._db.execute(sql, params).rowcount

    # -- exports' distributed configuration ---------------------------------------------

    def distributed(self, account: str, export_id: str) -> bytes | None:
        with self._lock:
            row = self._db.execute(
                "SELECT CAST(doc AS BLOB) FROM export_distributed "
                "WHERE account = ? AND export_id = ?",
                (account, export_id),
            ).fetchone()
        return None if row is None else bytes(row[0])

    def put_distributed(self, account: str, export_id: str, doc: str) -> None:
        self._db.execute(
            """INSERT INTO export_distributed (account, export_id, doc) VALUES (?, ?, ?)
               ON CONFLICT (account, export_id) DO UPDATE SET doc = excluded.doc""",
            (account, export_id, doc),
        )

    def delete_distributed(self, account: str, export_id: str) -> None:
        self._db.execute(
            "DELETE FROM export_distributed WHERE account = ? AND export_id = ?",
            (account, export_id),
        )

    # -- state -------------------------------------------------------------------------

    def state_keys(self, account: str, scope: str) -> list[str]:
        with self._lock:
            rows = self._db.execute(
                "SELECT key FROM state WHERE account = ? AND scope = ? ORDER BY key",
                (account, scope),
            ).fetchall()
        return [row[0] for row in rows]

    def state_value(self, account: str, scope: str, key: str) -> bytes | None:
        with self._lock:
            row = self._db.execute(
                "SELECT CAST(value AS BLOB) FROM state WHERE account = ? AND scope = ? AND key = ?",
                (account, scope, key),
            ).fetchone()
        return None if row is None else bytes(row[0])

    def put_state(self, account: str, scope: str, key: str, value: str) -> bool:
        """Store the value; True if the key is new."""
        with self._lock:
            existed = self._db.execute(
                "SELECT 1 FROM state WHERE account = ? AND scope = ? AND key = ?",
                (account, scope, key),
            ).fetchone()
            self._db.execute(
                """INSERT INTO state (account, scope, key, value) VALUES (?, ?, ?, ?)
                   ON CONFLICT (account, scope, key) DO UPDATE SET value = excluded.value""",
                (account, scope, key, value),
            )
        return existed is None

    def delete_state(self, account: str, scope: str, key: str | None = None) -> int:
        """Delete one key of the scope, or all of them (`key` None); the number deleted."""
        sql = "DELETE FROM state WHERE account = ? AND scope = ?"
        params = [account, scope]
        if key is not None:
            sql += " AND key = ?"
            params.append(key)
        with self._lock:
            return self._db.execute(sql, params).rowcount

    # -- connection debug logs ---------------------------------------------------------

    def log(
        self, account: str, connection_id: str, resource_id: str | None, at: int, line: str
    ) -> None:
        """Add a line that shows from `at` (epoch ms) on: a flow run logs its steps ahead."""
        with self._lock:
            self._db.execute(
                """INSERT INTO debug_log (account, connection_id, resource_id, at, line)
                   VALUES (?, ?, ?, ?, ?)""",
                (account, connection_id, resource_id, at, line),
            )
            # A debug log is for looking at recent requests: the oldest lines go beyond a cap.
            self._db.execute(
                """DELETE FROM debug_log WHERE account = ? AND connection_id = ? AND seq <= (
                       SELECT seq FROM debug_log WHERE account = ? AND connection_id = ?
                       ORDER BY seq DESC LIMIT 1 OFFSET ?)""",
                (account, connection_id, account, connection_id, DEBUG_LOG_LINES),
            )

    def log_lines(
        self, account: str, connection_id: str, resource_id: str | None, until: int
    ) -> list[str]:
        """The lines due by `until` (epoch ms), oldest first; only the resource's if given."""
        sql = "SELECT line FROM debug_log WHERE account = ? AND connection_id = ? AND at <= ?"
        params: list[Any] = [account, connection_id, until]
        if resource_id is not None:
            sql += " AND resource_id = ?"
            params.append(resource_id)
        with self._lock:
            rows = self._db.execute(sql + " ORDER BY at, seq", params).fetchall()
        return [row[0] for row in rows]

    def delete_log(self, account: str, connection_id: str) -> None:
        self._db.execute(
            "DELETE FROM debug_log WHERE account = ? AND connection_id = ?",
            (account, connection_id),
        )

    # -- jobs --------------------------------------------------------------------------

    def insert_job(
        self,
        account: str,
        job_id: str,
        created_at: int,
        flow_id: str | None,
        parent: str | None,
        plan: str,
    ) -> None:
        self._db.execute(
            """INSERT INTO jobs (account, id, created_at, flow_id, parent, plan)
               VALUES (?, ?, ?, ?, ?, ?)""",
            (account, job_id, created_at, flow_id, parent, plan),
        )

    def job(self, account: str, job_id: str) -> str | None:
        with self._lock:
            row = self._db.execute(
                "SELECT plan FROM jobs WHERE account = ? AND id = ?", (account, job_id)
            ).fetchone()
        return None if row is None else str(row[0])

    def child_jobs(self, account: str, parent: str) -> list[str]:
        with self._lock:
            rows = self._db.execute(
                "SELECT plan FROM jobs WHERE account = ? AND parent = ? ORDER BY created_at",
                (account, parent),
            ).fetchall()
        return [str(row[0]) for row in rows]

    def jobs_newest_first(
        self, account: str, created_from: int | None, created_to: int | None
    ) -> Iterator[str]:
        """The account's jobs created within the bounds (ms, inclusive), newest first."""
        sql = "SELECT plan FROM jobs WHERE account = ?"
        params: list[Any] = [account]
        if created_from is not None:
            sql += " AND created_at >= ?"
            params.append(created_from)
        if created_to is not None:
            sql += " AND created_at <= ?"
            params.append(created_to)
        with self._lock:
            rows = self._db.execute(sql + " ORDER BY created_at DESC, id DESC", params).fetchall()
        return (str(row[0]) for row in rows)

    def last_flow_job(self, account: str, flow_id: str) -> str | None:
        """The plan of the flow's latest flow job (the one a new run has to wait for)."""
        with self._lock:
            row = self._db.execute(
                """SELECT plan FROM jobs WHERE account = ? AND flow_id = ? AND parent IS NULL
                   ORDER BY created_at DESC LIMIT 1""",
                (account, flow_id),
            ).fetchone()
        return None if row is None else str(row[0])

    def latest_job_time(self) -> int:
        with self._lock:
            row = self._db.execute("SELECT max(created_at) FROM jobs").fetchone()
        return int(row[0] or 0)


_PARENT_COLUMNS = frozenset({"connector_id"})
# Page ends remembered at most (for many accounts or lists paged at once).
_PAGE_ENDS_KEPT = 4096


def _owned_by(account: str, parent: tuple[str, str] | None) -> tuple[str, list[Any]]:
    """The WHERE condition and its parameters for an account's documents, or only those
    under `parent` (column, value)."""
    if parent is None:
        return "account = ?", [account]
    return f"account = ? AND {_parent_column(parent[0])} = ?", [account, parent[1]]


def _parent_column(name: str) -> str:
    if name not in _PARENT_COLUMNS:
        raise ValueError(f"no parent column {name!r}")
    return name


DEBUG_LOG_LINES = 1000

"""SQLite storage: one table per resource, documents kept as the JSON text that is served.

Reads hand back the stored bytes untouched, so a GET never re-serialises a document.
Every write runs in one `BEGIN IMMEDIATE` transaction; an exception inside it rolls the
whole request back.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Literal

Table = Literal["connectors", "licenses", "integrations"]

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
)
SCHEMA_VERSION = len(MIGRATIONS)

_encode = json.JSONEncoder(separators=(",", ":")).encode


def dumps(document: Any) -> str:
    """Compact, ASCII-only JSON: always storable and always valid UTF-8 on the wire."""
    return _encode(document)


class StorageError(Exception):
    """The database cannot be used by this version of the mock."""


class Store:
    def __init__(self, path: str) -> None:
        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._taken_handles: set[str] = set()
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

    def get(self, table: Table, account: str, doc_id: str) -> bytes | None:
        with self._lock:
            row = self._db.execute(
                f"SELECT CAST(doc AS BLOB) FROM {table} WHERE id = ? AND account = ?",
                (doc_id, account),
            ).fetchone()
        return None if row is None else bytes(row[0])

    def all(self, table: Table, account: str) -> list[bytes]:
        with self._lock:
            rows = self._db.execute(
                f"SELECT CAST(doc AS BLOB) FROM {table} WHERE account = ? ORDER BY id",
                (account,),
            ).fetchall()
        return [row[0] for row in rows]

    def exists(self, table: Table, account: str, doc_id: str) -> bool:
        with self._lock:
            row = self._db.execute(
                f"SELECT 1 FROM {table} WHERE id = ? AND account = ?", (doc_id, account)
            ).fetchone()
        return row is not None

    def replace(self, table: Table, account: str, doc_id: str, doc: str) -> None:
        self._db.execute(
            f"UPDATE {table} SET doc = ? WHERE id = ? AND account = ?", (doc, doc_id, account)
        )

    def delete(self, table: Table, account: str, doc_id: str) -> bool:
        cursor = self._db.execute(
            f"DELETE FROM {table} WHERE id = ? AND account = ?", (doc_id, account)
        )
        return cursor.rowcount > 0

    # -- connectors --------------------------------------------------------------------

    def insert_connector(self, account: str, doc_id: str, handle: str, doc: str) -> bool:
        """Insert unless `handle` is taken; False (and nothing written) if it is.

        A single statement is its own transaction, so the handle check and the insert
        cannot be split by another writer, in this process or another one.
        """
        with self._lock:
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

    # -- licenses ----------------------------------------------------------------------

    def list_licenses(self, account: str, connector_id: str) -> list[bytes]:
        with self._lock:
            rows = self._db.execute(
                """SELECT CAST(doc AS BLOB) FROM licenses
                   WHERE account = ? AND connector_id = ? ORDER BY id""",
                (account, connector_id),
            ).fetchall()
        return [row[0] for row in rows]

    def get_license(self, account: str, connector_id: str, license_id: str) -> bytes | None:
        with self._lock:
            row = self._db.execute(
                """SELECT CAST(doc AS BLOB) FROM licenses
                   WHERE id = ? AND account = ? AND connector_id = ?""",
                (license_id, account, connector_id),
            ).fetchone()
        return None if row is None else bytes(row[0])

    def insert_license(self, account: str, connector_id: str, doc_id: str, doc: str) -> None:
        self._db.execute(
            "INSERT INTO licenses (id, account, connector_id, doc) VALUES (?, ?, ?, ?)",
            (doc_id, account, connector_id, doc),
        )

    # -- integrations ------------------------------------------------------------------

    def insert_integration(
        self, account: str, doc_id: str, doc: str, installed_from: str | None = None
    ) -> None:
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

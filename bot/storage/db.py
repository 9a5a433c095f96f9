"""The single aiosqlite connection and the migrations applied at start-up.

SQLite runs in WAL mode with foreign keys on. The connection is in autocommit
mode; multi-statement writes go through :meth:`Database.transaction`, which an
``asyncio.Lock`` serialises, because every coroutine shares this connection.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_MIGRATION_RE = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")

Row = aiosqlite.Row
Params = Sequence[Any] | dict[str, Any]


def to_db(moment: datetime) -> str:
    """Store an aware datetime as ISO-8601 UTC text (sortable)."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def from_db(value: str | None) -> datetime | None:
    """Read a timestamp written by :func:`to_db`."""
    if value is None:
        return None
    return datetime.strptime(value, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC)


class Database:
    """A thin async wrapper around one SQLite connection."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self.conn = conn
        self._lock = asyncio.Lock()

    @classmethod
    async def open(cls, path: Path, migrations_dir: Path = MIGRATIONS_DIR) -> Database:
        """Open (creating if needed) the database file and apply pending migrations."""
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(path, isolation_level=None)
        conn.row_factory = aiosqlite.Row
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute("PRAGMA busy_timeout=5000")
        await conn.execute("PRAGMA foreign_keys=ON")
        await conn.execute("PRAGMA synchronous=NORMAL")
        db = cls(conn)
        await db.migrate(migrations_dir)
        return db

    async def close(self) -> None:
        """Close the connection."""
        await self.conn.close()

    async def migrate(self, migrations_dir: Path = MIGRATIONS_DIR) -> list[int]:
        """Apply numbered ``NNNN_name.sql`` files not applied yet; return their numbers."""
        await self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        async with self.conn.execute("SELECT version FROM schema_migrations") as cur:
            applied = {row[0] for row in await cur.fetchall()}
        done: list[int] = []
        for path in sorted(migrations_dir.glob("*.sql")):  # noqa: ASYNC240 (start-up only)
            match = _MIGRATION_RE.match(path.name)
            if match is None:
                raise RuntimeError(f"migration file with a bad name: {path.name}")
            version = int(match.group(1))
            if version in applied:
                continue
            script = path.read_text(encoding="utf-8")
            stamp = to_db(datetime.now(UTC))
            async with self._lock:
                try:
                    await self.conn.executescript(
                        "BEGIN;\n"
                        + script
                        + f"\nINSERT INTO schema_migrations VALUES ({version}, '{path.stem}', "
                        f"'{stamp}');\nCOMMIT;"
                    )
                except Exception:
                    if self.conn.in_transaction:
                        await self.conn.rollback()
                    raise
            log.info("migration applied version=%s", version)
            done.append(version)
        return done

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """Run several statements atomically (``BEGIN IMMEDIATE`` … ``COMMIT``)."""
        async with self._lock:
            await self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                await self.conn.rollback()
                raise
            else:
                await self.conn.commit()

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one write statement; return the number of rows changed."""
        async with self._lock:
            cursor = await self.conn.execute(sql, params)
            count = cursor.rowcount
            await cursor.close()
            return count

    async def insert(self, sql: str, params: Params = ()) -> int:
        """Run one INSERT; return the new row id."""
        async with self._lock:
            cursor = await self.conn.execute(sql, params)
            row_id = cursor.lastrowid
            await cursor.close()
            return int(row_id or 0)

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        """Run one statement for many parameter sets, atomically."""
        async with self.transaction() as conn:
            await conn.executemany(sql, rows)

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        """Return the first row of a query, or ``None``."""
        async with self.conn.execute(sql, params) as cursor:
            row: Row | None = await cursor.fetchone()
            return row

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        """Return all rows of a query."""
        async with self.conn.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        """Return the first column of the first row, or ``None``."""
        row = await self.fetchone(sql, params)
        return None if row is None else row[0]

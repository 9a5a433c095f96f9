"""The database: pragmas, migrations applied once, timestamps in UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from bot.storage.db import Database, from_db, to_db


async def test_migrations_twice_change_nothing(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    db = await Database.open(path)
    versions = [row[0] for row in await db.fetchall("SELECT version FROM schema_migrations")]
    assert versions and versions == sorted(versions)
    assert await db.migrate() == []
    await db.close()
    db = await Database.open(path)
    assert [
        row[0] for row in await db.fetchall("SELECT version FROM schema_migrations")
    ] == versions
    assert await db.fetchval("PRAGMA journal_mode") == "wal"
    assert await db.fetchval("PRAGMA foreign_keys") == 1
    assert await db.fetchval("PRAGMA busy_timeout") == 5000
    await db.close()


async def test_transaction_rolls_back(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "s.db")
    with pytest.raises(RuntimeError):
        async with db.transaction() as conn:
            await conn.execute("INSERT INTO processed_updates VALUES (1, 'x')")
            raise RuntimeError
    assert await db.fetchval("SELECT count(*) FROM processed_updates") == 0
    await db.close()


def test_timestamps_round_trip_in_utc() -> None:
    moment = datetime(2026, 3, 29, 1, 30, tzinfo=timezone(timedelta(hours=2)))
    assert from_db(to_db(moment)) == moment.astimezone(UTC)
    with pytest.raises(ValueError):
        to_db(datetime(2026, 1, 1))  # noqa: DTZ001 - the point of the test

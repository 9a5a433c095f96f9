"""Durable one-off notices: queued in the database, sent by the dispatcher, then gone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.storage.db import Database, to_db

COACH_GONE = "coach_gone"


@dataclass(frozen=True)
class Notice:
    """One message waiting to be sent."""

    id: int
    user_id: int
    kind: str
    name: str


async def add(db: Database, user_ids: Iterable[int], kind: str, name: str, now: datetime) -> None:
    """Queue ``kind`` for each user."""
    stamp = to_db(now)
    await db.executemany(
        "INSERT INTO notices (user_id, kind, name, created_at) VALUES (?, ?, ?, ?)",
        [(user_id, kind, name, stamp) for user_id in user_ids],
    )


async def waiting(db: Database, limit: int) -> list[Notice]:
    """The oldest queued notices."""
    rows = await db.fetchall(
        "SELECT id, user_id, kind, name FROM notices ORDER BY id LIMIT ?", (limit,)
    )
    return [Notice(int(r[0]), int(r[1]), str(r[2]), str(r[3])) for r in rows]


async def claim(db: Database, notice_id: int) -> bool:
    """Take a notice for sending (once: the row is deleted)."""
    return await db.execute("DELETE FROM notices WHERE id = ?", (notice_id,)) == 1

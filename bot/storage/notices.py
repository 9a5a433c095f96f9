"""Durable one-off notices: queued in the database, sent by the dispatcher, then gone."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from bot.storage.db import Database, to_db

COACH_GONE = "coach_gone"
MAX_ATTEMPTS = 3  # a notice that fails this often (not a 403) is given up


@dataclass(frozen=True)
class Notice:
    """One message waiting to be sent."""

    id: int
    user_id: int
    kind: str
    name: str
    attempts: int = 0


async def add(
    db: Database, user_ids: Iterable[int], kind: str, name: str, now: datetime, attempts: int = 0
) -> None:
    """Queue ``kind`` for each user."""
    stamp = to_db(now)
    await db.executemany(
        "INSERT INTO notices (user_id, kind, name, created_at, attempts) VALUES (?, ?, ?, ?, ?)",
        [(user_id, kind, name, stamp, attempts) for user_id in user_ids],
    )


async def retry_later(db: Database, notice: Notice, now: datetime) -> bool:
    """Queue a failed notice again (at the back), unless it failed too often; True if queued."""
    if notice.attempts + 1 >= MAX_ATTEMPTS:
        return False
    await add(db, [notice.user_id], notice.kind, notice.name, now, notice.attempts + 1)
    return True


async def waiting(db: Database, limit: int) -> list[Notice]:
    """The oldest queued notices."""
    rows = await db.fetchall(
        "SELECT id, user_id, kind, name, attempts FROM notices ORDER BY id LIMIT ?", (limit,)
    )
    return [Notice(int(r[0]), int(r[1]), str(r[2]), str(r[3]), int(r[4])) for r in rows]


async def claim(db: Database, notice_id: int) -> bool:
    """Take a notice for sending (once: the row is deleted)."""
    return await db.execute("DELETE FROM notices WHERE id = ?", (notice_id,)) == 1

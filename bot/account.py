"""Unpairing and forgetting a user: the domain side of /ontkoppel and /vergeetmij."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.storage import coaches, couples, notices, users
from bot.storage.couples import Couple
from bot.storage.db import Database


async def unpair(db: Database, couple: Couple) -> None:
    """End the pairing; the couple's shared data and schedules go with it."""
    await couples.dissolve(db, couple.id)


@dataclass(frozen=True)
class Forgotten:
    """Who must hear that a forgotten user is gone (and nothing more)."""

    couple: Couple | None = None  # the pairing that ended
    coach_id: int | None = None  # the coach the user was a client of
    client_ids: list[int] = field(default_factory=list)  # clients, if the user was a coach


async def forget(db: Database, user_id: int, name: str, now: datetime) -> Forgotten:
    """Delete everything about ``user_id``; return who is to be told.

    A coach's clients are told through queued notices (sent by the dispatcher at
    the sending path's pace, also after a restart); ``name`` is kept only there.
    """
    couple = await couples.for_user(db, user_id)
    link = await coaches.link_of(db, user_id)
    client_ids = await coaches.client_ids(db, user_id)
    await notices.add(db, client_ids, notices.COACH_GONE, name, now)
    if couple is not None:
        await couples.dissolve(db, couple.id)
    async with db.transaction() as conn:
        await conn.execute("UPDATE invites SET used_by = NULL WHERE used_by = ?", (user_id,))
        await conn.execute("DELETE FROM group_outsiders WHERE user_id = ?", (user_id,))
    await users.delete(db, user_id)
    return Forgotten(couple, link.coach_id if link is not None else None, client_ids)

"""Unpairing and forgetting a user: the domain side of /ontkoppel and /vergeetmij."""

from __future__ import annotations

from bot.storage import couples, users
from bot.storage.couples import Couple
from bot.storage.db import Database


async def unpair(db: Database, couple: Couple) -> None:
    """End the pairing; the couple's shared data and schedules go with it."""
    await couples.dissolve(db, couple.id)


async def forget(db: Database, user_id: int) -> Couple | None:
    """Delete everything about ``user_id``; return the couple that ended, if any."""
    couple = await couples.for_user(db, user_id)
    if couple is not None:
        await couples.dissolve(db, couple.id)
    async with db.transaction() as conn:
        await conn.execute("UPDATE invites SET used_by = NULL WHERE used_by = ?", (user_id,))
        await conn.execute("DELETE FROM group_outsiders WHERE user_id = ?", (user_id,))
    await users.delete(db, user_id)
    return couple

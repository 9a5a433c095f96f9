"""Couples: two consented partners, an optional linked group, a time zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.storage.db import Database, Row, to_db


@dataclass(frozen=True)
class Couple:
    """Two partners who paired in Samen."""

    id: int
    partners: tuple[int, int]
    group_chat_id: int | None
    timezone: ZoneInfo

    def other(self, user_id: int) -> int:
        """The partner of ``user_id``."""
        first, second = self.partners
        return second if user_id == first else first

    def has(self, user_id: int) -> bool:
        """Whether ``user_id`` is one of the two partners."""
        return user_id in self.partners


_SELECT = (
    "SELECT c.id, c.group_chat_id, c.timezone,"
    " (SELECT group_concat(user_id) FROM"
    "   (SELECT user_id FROM couple_members m WHERE m.couple_id = c.id ORDER BY joined_at, user_id)"
    " ) AS members FROM couples c"
)


def _couple(row: Row) -> Couple | None:
    members = [int(part) for part in (row["members"] or "").split(",") if part]
    if len(members) != 2:
        return None
    return Couple(
        id=row["id"],
        partners=(members[0], members[1]),
        group_chat_id=row["group_chat_id"],
        timezone=ZoneInfo(row["timezone"]),
    )


async def for_user(db: Database, user_id: int) -> Couple | None:
    """The couple ``user_id`` belongs to, or ``None``."""
    row = await db.fetchone(
        _SELECT + " WHERE c.id = (SELECT couple_id FROM couple_members WHERE user_id = ?)",
        (user_id,),
    )
    return None if row is None else _couple(row)


async def get(db: Database, couple_id: int) -> Couple | None:
    """The couple with this id, or ``None``."""
    row = await db.fetchone(_SELECT + " WHERE c.id = ?", (couple_id,))
    return None if row is None else _couple(row)


async def for_group(db: Database, chat_id: int) -> Couple | None:
    """The couple whose shared chat is ``chat_id``, or ``None``."""
    row = await db.fetchone(_SELECT + " WHERE c.group_chat_id = ?", (chat_id,))
    return None if row is None else _couple(row)


async def is_paired(db: Database, user_id: int) -> bool:
    """Whether ``user_id`` is in a couple."""
    return (
        await db.fetchval("SELECT 1 FROM couple_members WHERE user_id = ?", (user_id,)) is not None
    )


async def set_group(db: Database, couple_id: int, chat_id: int | None) -> None:
    """Link (or with ``None`` unlink) the couple's shared chat."""
    async with db.transaction() as conn:
        if chat_id is not None:
            # A chat can serve one couple only; a stale link elsewhere is dropped.
            await conn.execute(
                "UPDATE couples SET group_chat_id = NULL WHERE group_chat_id = ? AND id <> ?",
                (chat_id, couple_id),
            )
        await conn.execute(
            "UPDATE couples SET group_chat_id = ? WHERE id = ?", (chat_id, couple_id)
        )


async def unlink_group(db: Database, couple_id: int, chat_id: int) -> bool:
    """Unlink ``chat_id`` if it is still the couple's shared chat; ``True`` if this call did."""
    changed = await db.execute(
        "UPDATE couples SET group_chat_id = NULL WHERE id = ? AND group_chat_id = ?",
        (couple_id, chat_id),
    )
    return changed == 1


async def migrate_group(db: Database, old_chat_id: int, new_chat_id: int) -> int | None:
    """Follow a group → supergroup migration; return the couple id that moved."""
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "UPDATE couples SET group_chat_id = ? WHERE group_chat_id = ? RETURNING id",
            (new_chat_id, old_chat_id),
        )
        row = await cursor.fetchone()
        await cursor.close()
    return None if row is None else int(row[0])


async def dissolve(db: Database, couple_id: int) -> None:
    """Delete the couple and, by cascade, everything shared that hangs off it."""
    await db.execute("DELETE FROM couples WHERE id = ?", (couple_id,))


async def note_outsider(db: Database, couple_id: int, user_id: int, now: datetime) -> bool:
    """Remember an outsider in the shared chat; ``True`` the first time only."""
    changed = await db.execute(
        "INSERT OR IGNORE INTO group_outsiders (couple_id, user_id, warned_at) VALUES (?, ?, ?)",
        (couple_id, user_id, to_db(now)),
    )
    return changed > 0


async def set_timezone(db: Database, couple_id: int, zone: ZoneInfo) -> None:
    """Change the couple's time zone (schedules follow it)."""
    await db.execute("UPDATE couples SET timezone = ? WHERE id = ?", (zone.key, couple_id))

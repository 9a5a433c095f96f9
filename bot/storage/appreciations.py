"""Appreciations (drafts, sent and kept): the SQL of the appreciation feature.

Every change to a draft is a conditional ``UPDATE`` (status, revision or position
in the ``WHERE``), so an old button or a second press finds nothing to change;
sending and thanking are claimed the same way, so nothing goes out twice. The
prompt schedule is in :mod:`bot.storage.appreciation_schedules`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.appreciation import ITEMS, Check
from bot.storage import export
from bot.storage.db import Database, Row, from_db, to_db

DRAFT = "draft"
SENT = "sent"
KEPT = "kept"


@dataclass(frozen=True)
class Item:
    """One of the three things in an appreciation."""

    position: int
    text: str
    check: Check
    accepted: bool
    flagged: bool

    @property
    def needs_answer(self) -> bool:
        """Whether the writer still has to choose "rewrite" or "keep it".

        Words that hit the safety net are not questioned for style: the help lines
        and, before sending, the share question are what matters then.
        """
        return self.check is not Check.OK and not self.accepted and not self.flagged


@dataclass(frozen=True)
class Appreciation:
    """A draft, or a finished appreciation (sent to the partner or kept)."""

    id: int
    couple_id: int
    writer_id: int
    recipient_id: int
    status: str
    revision: int
    rewrite_position: int | None
    share_confirmed: bool
    created_at: datetime
    decided_at: datetime | None
    thanked_at: datetime | None
    items: tuple[Item, ...]

    @property
    def flagged(self) -> bool:
        """Whether an item triggered the safety net when it was written."""
        return any(item.flagged for item in self.items)

    @property
    def open_question(self) -> Item | None:
        """The first item the writer still has to decide about."""
        return next((item for item in self.items if item.needs_answer), None)

    @property
    def missing(self) -> int:
        """How many items are still to come."""
        return max(ITEMS - len(self.items), 0)

    @property
    def complete(self) -> bool:
        """Three items, every question answered, no rewrite waiting."""
        return self.missing == 0 and self.open_question is None and self.rewrite_position is None

    def item(self, position: int) -> Item | None:
        """The item at ``position`` (1-based), if written."""
        return next((item for item in self.items if item.position == position), None)


# --- appreciations -------------------------------------------------------------------------


async def _items(db: Database, appreciation_id: int) -> tuple[Item, ...]:
    rows = await db.fetchall(
        "SELECT position, text, check_result, accepted, flagged FROM appreciation_items"
        " WHERE appreciation_id = ? ORDER BY position",
        (appreciation_id,),
    )
    return tuple(
        Item(
            position=row["position"],
            text=row["text"],
            check=Check(row["check_result"]),
            accepted=bool(row["accepted"]),
            flagged=bool(row["flagged"]),
        )
        for row in rows
    )


async def _appreciation(db: Database, row: Row) -> Appreciation:
    created = from_db(row["created_at"])
    assert created is not None
    return Appreciation(
        id=row["id"],
        couple_id=row["couple_id"],
        writer_id=row["writer_id"],
        recipient_id=row["recipient_id"],
        status=row["status"],
        revision=row["revision"],
        rewrite_position=row["rewrite_position"],
        share_confirmed=bool(row["share_confirmed"]),
        created_at=created,
        decided_at=from_db(row["decided_at"]),
        thanked_at=from_db(row["thanked_at"]),
        items=await _items(db, row["id"]),
    )


async def get(db: Database, appreciation_id: int) -> Appreciation | None:
    """The appreciation with this id, or ``None``."""
    row = await db.fetchone("SELECT * FROM appreciations WHERE id = ?", (appreciation_id,))
    return None if row is None else await _appreciation(db, row)


async def open_draft(db: Database, writer_id: int) -> Appreciation | None:
    """The writer's draft in progress, if any."""
    row = await db.fetchone(
        "SELECT * FROM appreciations WHERE writer_id = ? AND status = 'draft'", (writer_id,)
    )
    return None if row is None else await _appreciation(db, row)


async def start_draft(
    db: Database, couple_id: int, writer_id: int, recipient_id: int, now: datetime
) -> Appreciation:
    """The writer's open draft, created if there is none (one per writer)."""
    stamp = to_db(now)
    await db.execute(
        "INSERT OR IGNORE INTO appreciations"
        " (couple_id, writer_id, recipient_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)",
        (couple_id, writer_id, recipient_id, stamp, stamp),
    )
    draft = await open_draft(db, writer_id)
    assert draft is not None
    return draft


async def add_items(
    db: Database,
    draft_id: int,
    revision: int,
    items: Sequence[tuple[str, Check]],
    flagged: bool,
    now: datetime,
) -> bool:
    """Append items to an unchanged draft; ``False`` if it changed or they do not fit."""
    stamp = to_db(now)
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "SELECT count(*) FROM appreciation_items WHERE appreciation_id = ?", (draft_id,)
        )
        row = await cursor.fetchone()
        await cursor.close()
        have = int(row[0]) if row else 0
        if have + len(items) > ITEMS:
            return False
        cursor = await conn.execute(
            "UPDATE appreciations SET revision = revision + 1, updated_at = ?"
            " WHERE id = ? AND status = 'draft' AND revision = ? AND rewrite_position IS NULL",
            (stamp, draft_id, revision),
        )
        changed = cursor.rowcount
        await cursor.close()
        if changed != 1:
            return False
        await conn.executemany(
            "INSERT INTO appreciation_items"
            " (appreciation_id, position, text, check_result, flagged, written_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (draft_id, have + offset + 1, text, check.value, int(flagged), stamp)
                for offset, (text, check) in enumerate(items)
            ],
        )
    return True


async def replace_item(
    db: Database,
    draft_id: int,
    position: int,
    text: str,
    check: Check,
    flagged: bool,
    now: datetime,
) -> bool:
    """Put the rewritten version of the item being rewritten in its place."""
    stamp = to_db(now)
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "UPDATE appreciations SET revision = revision + 1, rewrite_position = NULL,"
            " share_confirmed = 0, updated_at = ?"
            " WHERE id = ? AND status = 'draft' AND rewrite_position = ?",
            (stamp, draft_id, position),
        )
        changed = cursor.rowcount
        await cursor.close()
        if changed == 1:
            await conn.execute(
                "UPDATE appreciation_items SET text = ?, check_result = ?, accepted = 0,"
                " flagged = ?, written_at = ? WHERE appreciation_id = ? AND position = ?",
                (text, check.value, int(flagged), stamp, draft_id, position),
            )
    return changed == 1


async def _touch(conn: Any, draft_id: int, stamp: str) -> None:
    await conn.execute(
        "UPDATE appreciations SET revision = revision + 1, updated_at = ? WHERE id = ?",
        (stamp, draft_id),
    )


async def accept_item(db: Database, draft_id: int, position: int, now: datetime) -> bool:
    """The writer keeps a flagged item as it is; ``False`` if there was nothing to decide."""
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "UPDATE appreciation_items SET accepted = 1"
            " WHERE appreciation_id = ? AND position = ? AND accepted = 0"
            " AND check_result <> 'ok' AND flagged = 0"
            " AND EXISTS (SELECT 1 FROM appreciations WHERE id = ? AND status = 'draft'"
            "  AND rewrite_position IS NULL)",
            (draft_id, position, draft_id),
        )
        changed = cursor.rowcount
        await cursor.close()
        if changed == 1:
            await _touch(conn, draft_id, to_db(now))
    return changed == 1


async def start_rewrite(db: Database, draft_id: int, position: int, now: datetime) -> bool:
    """The writer wants to rewrite a flagged item; their next text replaces it."""
    return (
        await db.execute(
            "UPDATE appreciations SET rewrite_position = ?, revision = revision + 1,"
            " updated_at = ? WHERE id = ? AND status = 'draft' AND rewrite_position IS NULL"
            " AND EXISTS (SELECT 1 FROM appreciation_items WHERE appreciation_id = ?"
            "  AND position = ? AND accepted = 0 AND check_result <> 'ok' AND flagged = 0)",
            (position, to_db(now), draft_id, draft_id, position),
        )
        == 1
    )


async def confirm_share(db: Database, draft_id: int, revision: int) -> bool:
    """The writer said yes to sharing words that triggered the safety net."""
    return (
        await db.execute(
            "UPDATE appreciations SET share_confirmed = 1"
            " WHERE id = ? AND status = 'draft' AND revision = ?",
            (draft_id, revision),
        )
        == 1
    )


async def claim_send(db: Database, draft_id: int, revision: int, now: datetime) -> bool:
    """Mark an unchanged draft as sent; only the caller that gets ``True`` delivers it."""
    return (
        await db.execute(
            "UPDATE appreciations SET status = 'sent', decided_at = ?, updated_at = ?"
            " WHERE id = ? AND status = 'draft' AND revision = ?",
            (to_db(now), to_db(now), draft_id, revision),
        )
        == 1
    )


async def unsend(db: Database, appreciation_id: int) -> None:
    """Back to draft after Telegram could not deliver it (so it can be tried again)."""
    await db.execute(
        "UPDATE appreciations SET status = 'draft', decided_at = NULL"
        " WHERE id = ? AND status = 'sent' AND NOT EXISTS"
        " (SELECT 1 FROM appreciations o WHERE o.writer_id = appreciations.writer_id"
        "  AND o.status = 'draft')",
        (appreciation_id,),
    )


async def keep(db: Database, draft_id: int, revision: int | None, now: datetime) -> bool:
    """Keep a draft for the writer alone; ``False`` if it was already decided or changed."""
    sql = (
        "UPDATE appreciations SET status = 'kept', decided_at = ?, updated_at = ?"
        " WHERE id = ? AND status = 'draft'"
    )
    params: list[Any] = [to_db(now), to_db(now), draft_id]
    if revision is not None:
        sql += " AND revision = ?"
        params.append(revision)
    return await db.execute(sql, params) == 1


async def claim_thanks(
    db: Database, appreciation_id: int, recipient_id: int, now: datetime
) -> bool:
    """Record the partner's thank-you once; ``True`` only the first time."""
    return (
        await db.execute(
            "UPDATE appreciations SET thanked_at = ? WHERE id = ? AND recipient_id = ?"
            " AND status = 'sent' AND thanked_at IS NULL",
            (to_db(now), appreciation_id, recipient_id),
        )
        == 1
    )


async def written(db: Database, writer_id: int, limit: int) -> list[Appreciation]:
    """The writer's finished appreciations (sent or kept), newest first."""
    rows = await db.fetchall(
        "SELECT * FROM appreciations WHERE writer_id = ? AND status IN ('sent', 'kept')"
        " ORDER BY id DESC LIMIT ?",
        (writer_id, limit),
    )
    return [await _appreciation(db, row) for row in rows]


async def received(db: Database, recipient_id: int, limit: int) -> list[Appreciation]:
    """Appreciations sent to this user, newest first."""
    rows = await db.fetchall(
        "SELECT * FROM appreciations WHERE recipient_id = ? AND status = 'sent'"
        " ORDER BY id DESC LIMIT ?",
        (recipient_id, limit),
    )
    return [await _appreciation(db, row) for row in rows]


# --- export --------------------------------------------------------------------------------


def _public(appreciation: Appreciation) -> dict[str, Any]:
    return {
        "status": appreciation.status,
        "created_at": appreciation.created_at.isoformat(),
        "decided_at": appreciation.decided_at.isoformat() if appreciation.decided_at else None,
        "thanked_at": appreciation.thanked_at.isoformat() if appreciation.thanked_at else None,
        "items": [item.text for item in appreciation.items],
    }


async def _export(db: Database, user_id: int) -> Any:
    rows = await db.fetchall(
        "SELECT * FROM appreciations WHERE writer_id = ? ORDER BY id", (user_id,)
    )
    mine = [await _appreciation(db, row) for row in rows]
    to_me = await received(db, user_id, limit=1_000_000)
    plan = await db.fetchone(
        "SELECT s.enabled, s.weekdays, s.at_time, s.next_at FROM appreciation_schedules s"
        " JOIN couple_members m ON m.couple_id = s.couple_id WHERE m.user_id = ?",
        (user_id,),
    )
    return {
        "schedule": None if plan is None else dict(plan),
        "written": [_public(item) for item in mine],
        "received": [_public(item) for item in reversed(to_me)],
    }


export.register("appreciations", _export)

"""Broadcasts: drafts, the per-recipient delivery rows, and the history a coach sees.

A broadcast is confirmed together with one ``broadcast_recipients`` row per
client in a single transaction, and each row is claimed atomically
(``pending`` → ``sending``) before its message goes out (see bot/broadcast.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.coach import BroadcastState, RecipientState, Tally
from bot.storage.coaches import client_count
from bot.storage.db import Database, Row, from_db, to_db

DRAFT = BroadcastState.DRAFT.value
SENDING = BroadcastState.SENDING.value


@dataclass(frozen=True)
class Broadcast:
    """A draft or a confirmed broadcast."""

    id: int
    coach_id: int
    state: BroadcastState
    revision: int
    exercise_id: str | None
    body: str | None
    flagged: bool
    share_confirmed: bool
    audience: str | None
    text: str | None
    progress_chat_id: int | None
    progress_message_id: int | None
    confirmed_at: datetime | None


@dataclass(frozen=True)
class Recipient:
    """One recipient row."""

    id: int
    broadcast_id: int
    client_id: int
    coach_id: int
    state: RecipientState
    message_id: int | None
    done: bool
    text: str | None


@dataclass(frozen=True)
class Claim:
    """A recipient row taken for sending (``eligible`` False: marked skipped instead)."""

    recipient_id: int
    client_id: int
    eligible: bool


@dataclass(frozen=True)
class HistoryEntry:
    """A past broadcast with its counts, for /klanten."""

    broadcast: Broadcast
    tally: Tally
    shared: int  # delivered to clients who share completion
    done: int  # of those, how many pressed "Gedaan"


# --- drafts ------------------------------------------------------------------------------

_BROADCAST_COLUMNS = frozenset({"exercise_id", "body", "flagged", "share_confirmed", "audience"})


def _broadcast(row: Row) -> Broadcast:
    return Broadcast(
        id=row["id"],
        coach_id=row["coach_id"],
        state=BroadcastState(row["state"]),
        revision=row["revision"],
        exercise_id=row["exercise_id"],
        body=row["body"],
        flagged=bool(row["flagged"]),
        share_confirmed=bool(row["share_confirmed"]),
        audience=row["audience"],
        text=row["text"],
        progress_chat_id=row["progress_chat_id"],
        progress_message_id=row["progress_message_id"],
        confirmed_at=from_db(row["confirmed_at"]),
    )


async def new_draft(db: Database, coach_id: int, now: datetime) -> int:
    """Start composing; the coach's older drafts are cancelled (their buttons go stale)."""
    async with db.transaction() as conn:
        await conn.execute(
            "UPDATE broadcasts SET state = 'cancelled' WHERE coach_id = ? AND state = ?",
            (coach_id, DRAFT),
        )
        cursor = await conn.execute(
            "INSERT INTO broadcasts (coach_id, created_at) VALUES (?, ?)", (coach_id, to_db(now))
        )
        draft_id = int(cursor.lastrowid or 0)
        await cursor.close()
    return draft_id


async def get_broadcast(db: Database, broadcast_id: int) -> Broadcast | None:
    """The broadcast with this id, if it exists."""
    row = await db.fetchone("SELECT * FROM broadcasts WHERE id = ?", (broadcast_id,))
    return None if row is None else _broadcast(row)


async def update_draft(db: Database, broadcast_id: int, **fields: Any) -> bool:
    """Change a draft and bump its revision (older previews go stale); False if not a draft."""
    unknown = set(fields) - _BROADCAST_COLUMNS
    if unknown:
        raise ValueError(f"not a draft column: {sorted(unknown)}")
    assignments = "".join(f", {name} = ?" for name in fields)
    changed = await db.execute(
        f"UPDATE broadcasts SET revision = revision + 1{assignments} WHERE id = ? AND state = ?",
        (*fields.values(), broadcast_id, DRAFT),
    )
    return changed == 1


async def toggle_selection(db: Database, broadcast_id: int, client_id: int) -> bool:
    """Tick or untick a client in a draft; return whether they are ticked now."""
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "DELETE FROM broadcast_selection WHERE broadcast_id = ? AND client_id = ?",
            (broadcast_id, client_id),
        )
        removed = cursor.rowcount == 1
        await cursor.close()
        if not removed:
            await conn.execute(
                "INSERT INTO broadcast_selection (broadcast_id, client_id) VALUES (?, ?)",
                (broadcast_id, client_id),
            )
        await conn.execute(
            "UPDATE broadcasts SET revision = revision + 1 WHERE id = ?", (broadcast_id,)
        )
    return not removed


async def selected_ids(db: Database, broadcast_id: int) -> set[int]:
    """The clients ticked in a draft who are still clients of its coach."""
    rows = await db.fetchall(
        "SELECT s.client_id FROM broadcast_selection s JOIN broadcasts b ON b.id = s.broadcast_id"
        " JOIN coach_clients c ON c.client_id = s.client_id AND c.coach_id = b.coach_id"
        " WHERE s.broadcast_id = ?",
        (broadcast_id,),
    )
    return {int(row[0]) for row in rows}


async def audience_size(db: Database, draft: Broadcast) -> int:
    """How many clients the draft would reach now."""
    if draft.audience == "some":
        return len(await selected_ids(db, draft.id))
    return await client_count(db, draft.coach_id)


async def cancel_draft(db: Database, broadcast_id: int) -> bool:
    """Cancel a draft; False if it is no longer a draft."""
    changed = await db.execute(
        "UPDATE broadcasts SET state = 'cancelled' WHERE id = ? AND state = ?",
        (broadcast_id, DRAFT),
    )
    return changed == 1


async def confirm(
    db: Database,
    draft: Broadcast,
    text: str,
    progress: tuple[int, int],
    now: datetime,
) -> int:
    """Freeze the draft and store one pending row per recipient, atomically.

    Returns the number of recipients; 0 if the draft changed, was already confirmed,
    or would reach nobody (then nothing is stored).
    """
    stamp = to_db(now)
    async with db.transaction() as conn:
        if draft.audience == "some":
            query = (
                "SELECT s.client_id FROM broadcast_selection s JOIN coach_clients c"
                " ON c.client_id = s.client_id AND c.coach_id = ? WHERE s.broadcast_id = ?"
                " ORDER BY s.client_id"
            )
            params: tuple[int, ...] = (draft.coach_id, draft.id)
        else:
            query = (
                "SELECT client_id FROM coach_clients WHERE coach_id = ?"
                " ORDER BY joined_at, client_id"
            )
            params = (draft.coach_id,)
        cursor = await conn.execute(query, params)
        recipients = [int(row[0]) for row in await cursor.fetchall()]
        await cursor.close()
        if not recipients:
            return 0
        cursor = await conn.execute(
            "UPDATE broadcasts SET state = ?, text = ?, confirmed_at = ?,"
            " progress_chat_id = ?, progress_message_id = ?"
            " WHERE id = ? AND state = ? AND revision = ?",
            (SENDING, text, stamp, *progress, draft.id, DRAFT, draft.revision),
        )
        confirmed = cursor.rowcount == 1
        await cursor.close()
        if not confirmed:
            return 0
        await conn.executemany(
            "INSERT INTO broadcast_recipients (broadcast_id, client_id) VALUES (?, ?)",
            [(draft.id, client_id) for client_id in recipients],
        )
        await conn.execute("DELETE FROM broadcast_selection WHERE broadcast_id = ?", (draft.id,))
    return len(recipients)


# --- delivery ----------------------------------------------------------------------------


async def unfinished(db: Database) -> list[int]:
    """Confirmed broadcasts that still have rows to deliver (or a report to send)."""
    rows = await db.fetchall("SELECT id FROM broadcasts WHERE state = ? ORDER BY id", (SENDING,))
    return [int(row[0]) for row in rows]


async def mark_interrupted(db: Database, broadcast_id: int) -> int:
    """Rows left 'sending' by a process that died: 'unknown', never sent again."""
    return await db.execute(
        "UPDATE broadcast_recipients SET state = 'unknown' WHERE broadcast_id = ? AND state = ?",
        (broadcast_id, RecipientState.SENDING.value),
    )


async def claim_next(db: Database, broadcast_id: int, now: datetime) -> Claim | None:
    """Take the next pending row: 'sending' if the client is still with the coach, else 'skipped'."""
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "SELECT r.id, r.client_id, EXISTS (SELECT 1 FROM coach_clients c"
            "   WHERE c.client_id = r.client_id AND c.coach_id = b.coach_id) AS active"
            " FROM broadcast_recipients r JOIN broadcasts b ON b.id = r.broadcast_id"
            " WHERE r.broadcast_id = ? AND r.state = 'pending' AND b.state = ?"
            " ORDER BY r.id LIMIT 1",
            (broadcast_id, SENDING),
        )
        row = await cursor.fetchone()
        await cursor.close()
        if row is None:
            return None
        state = RecipientState.SENDING if row["active"] else RecipientState.SKIPPED
        await conn.execute(
            "UPDATE broadcast_recipients SET state = ?, attempted_at = ?"
            " WHERE id = ? AND state = 'pending'",
            (state.value, to_db(now), row["id"]),
        )
    return Claim(row["id"], row["client_id"], bool(row["active"]))


async def record(
    db: Database, recipient_id: int, state: RecipientState, message_id: int | None
) -> None:
    """Store how the delivery of a claimed row ended."""
    await db.execute(
        "UPDATE broadcast_recipients SET state = ?, message_id = ? WHERE id = ? AND state = ?",
        (state.value, message_id, recipient_id, RecipientState.SENDING.value),
    )


async def tally(db: Database, broadcast_id: int) -> Tally:
    """Counts per recipient state."""
    rows = await db.fetchall(
        "SELECT state, count(*) FROM broadcast_recipients WHERE broadcast_id = ? GROUP BY state",
        (broadcast_id,),
    )
    return Tally.from_counts({row[0]: int(row[1]) for row in rows})


async def finish(db: Database, broadcast_id: int, now: datetime) -> bool:
    """Mark the broadcast done once nothing is left; True only for the caller that did it."""
    changed = await db.execute(
        "UPDATE broadcasts SET state = 'done', finished_at = ? WHERE id = ? AND state = ?"
        " AND NOT EXISTS (SELECT 1 FROM broadcast_recipients WHERE broadcast_id = ?"
        "   AND state IN ('pending', 'sending'))",
        (to_db(now), broadcast_id, SENDING, broadcast_id),
    )
    return changed == 1


# --- after delivery ----------------------------------------------------------------------


async def recipient(db: Database, recipient_id: int) -> Recipient | None:
    """A recipient row with its broadcast's coach and text."""
    row = await db.fetchone(
        "SELECT r.*, b.coach_id, b.text FROM broadcast_recipients r"
        " JOIN broadcasts b ON b.id = r.broadcast_id WHERE r.id = ?",
        (recipient_id,),
    )
    if row is None:
        return None
    return Recipient(
        id=row["id"],
        broadcast_id=row["broadcast_id"],
        client_id=row["client_id"],
        coach_id=row["coach_id"],
        state=RecipientState(row["state"]),
        message_id=row["message_id"],
        done=row["done_at"] is not None,
        text=row["text"],
    )


async def mark_done(db: Database, recipient_id: int, now: datetime, shared: bool) -> bool:
    """The client pressed "Gedaan" (``shared``: while sharing completion); False if seen before."""
    changed = await db.execute(
        "UPDATE broadcast_recipients SET done_at = ?, done_shared = ?"
        " WHERE id = ? AND done_at IS NULL",
        (to_db(now), int(shared), recipient_id),
    )
    return changed == 1


async def history(db: Database, coach_id: int, limit: int) -> list[HistoryEntry]:
    """The coach's latest confirmed broadcasts with their counts, newest first."""
    rows = await db.fetchall(
        "SELECT * FROM broadcasts WHERE coach_id = ? AND state IN ('sending', 'done')"
        " ORDER BY id DESC LIMIT ?",
        (coach_id, limit),
    )
    entries = []
    for row in rows:
        shared = await db.fetchone(
            "SELECT count(*) AS shared, coalesce(sum(r.done_shared), 0) AS done"
            " FROM broadcast_recipients r"
            " JOIN coach_clients c ON c.client_id = r.client_id AND c.coach_id = ?"
            " WHERE r.broadcast_id = ? AND r.state = 'sent' AND c.share_completion = 1",
            (coach_id, row["id"]),
        )
        entries.append(
            HistoryEntry(
                _broadcast(row),
                await tally(db, row["id"]),
                int(shared["shared"]) if shared else 0,
                int(shared["done"]) if shared else 0,
            )
        )
    return entries

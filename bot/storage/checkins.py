"""Check-ins, the messages that carry their buttons, and each partner's private answers.

Every state change is one conditional ``UPDATE`` (``… WHERE status = ?``), so a
button pressed twice, by both partners at once, or after a restart changes the
state at most once. Due work (wake, reminder, warning, summary, midweek recall)
is claimed by clearing its column in the same statement that checks it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from bot import checkin
from bot.storage.db import Database, Row, from_db, to_db


@dataclass(frozen=True)
class Checkin:
    """One daily or weekly check-in of a couple."""

    id: int
    couple_id: int
    kind: str
    slot_at: datetime
    local_day: date
    late_minutes: int
    status: str
    snoozes: int
    step: int
    revealed: bool
    finished: bool


@dataclass(frozen=True)
class Entry:
    """One partner's private part of a check-in."""

    user_id: int
    score: int | None
    note: str | None
    note_flagged: bool
    shared: bool
    done: bool


@dataclass(frozen=True)
class Reply:
    """One private answer to a question (apart mode)."""

    user_id: int
    question: int
    text: str
    flagged: bool
    share_ok: bool | None


def _checkin(row: Row) -> Checkin:
    slot = from_db(row["slot_at"])
    assert slot is not None
    return Checkin(
        id=row["id"],
        couple_id=row["couple_id"],
        kind=row["kind"],
        slot_at=slot,
        local_day=date.fromisoformat(row["local_day"]),
        late_minutes=row["late_minutes"],
        status=row["status"],
        snoozes=row["snoozes"],
        step=row["step"],
        revealed=row["revealed_at"] is not None,
        finished=row["finished_at"] is not None,
    )


async def get(db: Database, checkin_id: int) -> Checkin | None:
    """The check-in with this id, or ``None``."""
    row = await db.fetchone("SELECT * FROM checkins WHERE id = ?", (checkin_id,))
    return None if row is None else _checkin(row)


async def latest(db: Database, couple_id: int, kind: str) -> Checkin | None:
    """The couple's newest check-in of ``kind``."""
    row = await db.fetchone(
        "SELECT * FROM checkins WHERE couple_id = ? AND kind = ? ORDER BY id DESC LIMIT 1",
        (couple_id, kind),
    )
    return None if row is None else _checkin(row)


async def open_now(db: Database, couple_id: int, kind: str, now: datetime, day: date) -> int:
    """Open a check-in on request (``/checkin``); return its id (0 if one exists for now)."""
    return await db.insert(
        "INSERT OR IGNORE INTO checkins (couple_id, kind, slot_at, local_day, opened_at,"
        " wake_at, remind_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (
            couple_id,
            kind,
            to_db(now),
            day.isoformat(),
            to_db(now),
            to_db(now),
            to_db(now + checkin.REMINDER_AFTER) if kind == checkin.DAILY else None,
        ),
    )


async def transition(
    db: Database, checkin_id: int, before: tuple[str, ...], after: str, **fields: Any
) -> bool:
    """Move the status from one of ``before`` to ``after`` (plus column = value); True if so."""
    sets = ["status = ?"] + [f"{name} = ?" for name in fields]
    values = [after, *(_value(v) for v in fields.values())]
    marks = ", ".join("?" for _ in before)
    changed = await db.execute(
        f"UPDATE checkins SET {', '.join(sets)} WHERE id = ? AND status IN ({marks})",
        (*values, checkin_id, *before),
    )
    return changed == 1


def _value(value: Any) -> Any:
    return to_db(value) if isinstance(value, datetime) else value


async def snooze(db: Database, checkin_id: int, wake_at: datetime) -> bool:
    """Put an open check-in off until ``wake_at`` (at most MAX_SNOOZES times)."""
    changed = await db.execute(
        "UPDATE checkins SET status = 'snoozed', snoozes = snoozes + 1, wake_at = ?"
        " WHERE id = ? AND status = 'open' AND snoozes < ?",
        (to_db(wake_at), checkin_id, checkin.MAX_SNOOZES),
    )
    return changed == 1


async def advance_step(db: Database, checkin_id: int, step: int, now: datetime) -> bool:
    """Weekly: go from question ``step`` to the next one (once, whoever presses)."""
    finished = step >= checkin.WEEKLY_QUESTIONS
    changed = await db.execute(
        "UPDATE checkins SET step = step + 1,"
        " status = CASE WHEN ? THEN 'finished' ELSE status END,"
        " finished_at = CASE WHEN ? THEN ? ELSE finished_at END,"
        " warn_at = CASE WHEN ? THEN NULL ELSE warn_at END"
        " WHERE id = ? AND step = ? AND status = 'started'",
        (finished, finished, to_db(now), finished, checkin_id, step),
    )
    return changed == 1


async def due_ids(db: Database, column: str, now: datetime, limit: int) -> list[int]:
    """Ids of check-ins whose ``column`` (wake/remind/warn/summary) is due, oldest first."""
    if column not in ("wake_at", "remind_at", "warn_at", "summary_at"):
        raise ValueError(column)
    rows = await db.fetchall(
        f"SELECT id FROM checkins WHERE {column} <= ? ORDER BY {column}, id LIMIT ?",
        (to_db(now), limit),
    )
    return [int(row[0]) for row in rows]


async def claim(db: Database, checkin_id: int, column: str) -> bool:
    """Take due work off the list; True for the one caller that gets it."""
    if column not in ("wake_at", "remind_at", "warn_at", "summary_at"):
        raise ValueError(column)
    changed = await db.execute(
        f"UPDATE checkins SET {column} = NULL WHERE id = ? AND {column} IS NOT NULL",
        (checkin_id,),
    )
    return changed == 1


async def set_times(db: Database, checkin_id: int, **moments: datetime | None) -> None:
    """Set due moments (``warn_at``, ``summary_at``, …) of a check-in."""
    for name in moments:
        if name not in ("wake_at", "remind_at", "warn_at", "summary_at", "started_at"):
            raise ValueError(name)
    sets = ", ".join(f"{name} = ?" for name in moments)
    values = [None if m is None else to_db(m) for m in moments.values()]
    await db.execute(f"UPDATE checkins SET {sets} WHERE id = ?", (*values, checkin_id))


async def summary_soon(db: Database, checkin_id: int, moment: datetime) -> None:
    """Bring the weekly summary forward to ``moment`` (if it is still to come)."""
    await db.execute(
        "UPDATE checkins SET summary_at = ? WHERE id = ? AND summary_at > ?",
        (to_db(moment), checkin_id, to_db(moment)),
    )


async def claim_reveal(db: Database, checkin_id: int, now: datetime) -> bool:
    """Apart: mark the answers revealed (once)."""
    changed = await db.execute(
        "UPDATE checkins SET revealed_at = ?, status = 'revealed', finished_at = ?"
        " WHERE id = ? AND revealed_at IS NULL AND status = 'apart'",
        (to_db(now), to_db(now), checkin_id),
    )
    return changed == 1


async def claim_scores_reveal(db: Database, checkin_id: int, now: datetime) -> bool:
    """Together or weekly: once both partners gave a score, mark the scores revealed (once)."""
    changed = await db.execute(
        "UPDATE checkins SET revealed_at = ? WHERE id = ? AND revealed_at IS NULL"
        " AND status IN ('together', 'finished') AND (SELECT count(*) FROM checkin_entries"
        " WHERE checkin_id = ? AND score IS NOT NULL) >= 2",
        (to_db(now), checkin_id, checkin_id),
    )
    return changed == 1


# ------------------------------------------------------------------- messages


async def add_message(
    db: Database, checkin_id: int, chat_id: int, message_id: int, text: str
) -> None:
    """Remember a message that carries this check-in's buttons."""
    await db.execute(
        "INSERT OR IGNORE INTO checkin_messages (checkin_id, chat_id, message_id, text)"
        " VALUES (?, ?, ?, ?)",
        (checkin_id, chat_id, message_id, text),
    )


async def take_messages(db: Database, checkin_id: int) -> list[tuple[int, int, str]]:
    """The (chat, message, text) with buttons of this check-in, forgotten once taken."""
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "DELETE FROM checkin_messages WHERE checkin_id = ? RETURNING chat_id, message_id, text",
            (checkin_id,),
        )
        rows = list(await cursor.fetchall())
        await cursor.close()
    return [(int(row[0]), int(row[1]), str(row[2])) for row in rows]


# ------------------------------------------------------------------- entries


def _entry(row: Row) -> Entry:
    return Entry(
        user_id=row["user_id"],
        score=row["score"],
        note=row["note"],
        note_flagged=bool(row["note_flagged"]),
        shared=row["shared_at"] is not None,
        done=row["done_at"] is not None,
    )


async def entries(db: Database, checkin_id: int) -> dict[int, Entry]:
    """Each partner's entry, by user id."""
    rows = await db.fetchall("SELECT * FROM checkin_entries WHERE checkin_id = ?", (checkin_id,))
    return {row["user_id"]: _entry(row) for row in rows}


async def entry(db: Database, checkin_id: int, user_id: int) -> Entry | None:
    """One partner's entry, if any."""
    row = await db.fetchone(
        "SELECT * FROM checkin_entries WHERE checkin_id = ? AND user_id = ?",
        (checkin_id, user_id),
    )
    return None if row is None else _entry(row)


async def set_score(db: Database, checkin_id: int, user_id: int, score: int, now: datetime) -> bool:
    """Store a partner's score once; False if they already gave one."""
    await db.execute(
        "INSERT OR IGNORE INTO checkin_entries (checkin_id, user_id) VALUES (?, ?)",
        (checkin_id, user_id),
    )
    changed = await db.execute(
        "UPDATE checkin_entries SET score = ?, scored_at = ?"
        " WHERE checkin_id = ? AND user_id = ? AND score IS NULL",
        (score, to_db(now), checkin_id, user_id),
    )
    return changed == 1


async def set_note(
    db: Database,
    checkin_id: int,
    user_id: int,
    note: str | None,
    flagged: bool,
    now: datetime,
    remind_at: datetime | None = None,
) -> bool:
    """Store the line to remember (or commitment) once and mark the entry done."""
    changed = await db.execute(
        "UPDATE checkin_entries SET note = ?, note_flagged = ?, noted_at = ?, done_at = ?,"
        " commit_remind_at = ? WHERE checkin_id = ? AND user_id = ? AND done_at IS NULL",
        (
            note,
            int(flagged),
            to_db(now),
            to_db(now),
            None if remind_at is None else to_db(remind_at),
            checkin_id,
            user_id,
        ),
    )
    return changed == 1


async def mark_done(db: Database, checkin_id: int, user_id: int, now: datetime) -> bool:
    """Mark a partner's private part finished (once)."""
    await db.execute(
        "INSERT OR IGNORE INTO checkin_entries (checkin_id, user_id) VALUES (?, ?)",
        (checkin_id, user_id),
    )
    changed = await db.execute(
        "UPDATE checkin_entries SET done_at = ? WHERE checkin_id = ? AND user_id = ?"
        " AND done_at IS NULL",
        (to_db(now), checkin_id, user_id),
    )
    return changed == 1


async def mark_shared(db: Database, checkin_id: int, user_id: int, now: datetime) -> bool:
    """Apart: a partner shares their answers before the other finished (once)."""
    changed = await db.execute(
        "UPDATE checkin_entries SET shared_at = ? WHERE checkin_id = ? AND user_id = ?"
        " AND shared_at IS NULL",
        (to_db(now), checkin_id, user_id),
    )
    return changed == 1


async def commitments_due(db: Database, now: datetime, limit: int) -> list[tuple[int, int]]:
    """(check-in id, user id) whose midweek recall is due."""
    rows = await db.fetchall(
        "SELECT checkin_id, user_id FROM checkin_entries WHERE commit_remind_at <= ?"
        " ORDER BY commit_remind_at LIMIT ?",
        (to_db(now), limit),
    )
    return [(int(row[0]), int(row[1])) for row in rows]


async def claim_commitment(db: Database, checkin_id: int, user_id: int) -> bool:
    """Take a midweek recall off the list (once)."""
    changed = await db.execute(
        "UPDATE checkin_entries SET commit_remind_at = NULL WHERE checkin_id = ? AND user_id = ?"
        " AND commit_remind_at IS NOT NULL",
        (checkin_id, user_id),
    )
    return changed == 1


# ------------------------------------------------------------------- replies (apart)


async def add_reply(
    db: Database,
    checkin_id: int,
    user_id: int,
    question: int,
    text: str,
    flagged: bool,
    now: datetime,
) -> bool:
    """Store an answer to ``question`` once; False if it was already answered."""
    changed = await db.execute(
        "INSERT OR IGNORE INTO checkin_replies"
        " (checkin_id, user_id, question, text, flagged, answered_at) VALUES (?, ?, ?, ?, ?, ?)",
        (checkin_id, user_id, question, text, int(flagged), to_db(now)),
    )
    return changed == 1


async def replies(db: Database, checkin_id: int) -> list[Reply]:
    """All answers of a check-in, by question."""
    rows = await db.fetchall(
        "SELECT * FROM checkin_replies WHERE checkin_id = ? ORDER BY question, user_id",
        (checkin_id,),
    )
    return [
        Reply(
            user_id=row["user_id"],
            question=row["question"],
            text=row["text"],
            flagged=bool(row["flagged"]),
            share_ok=None if row["share_ok"] is None else bool(row["share_ok"]),
        )
        for row in rows
    ]


async def decide_flagged(db: Database, checkin_id: int, user_id: int, share: bool) -> int:
    """The writer decided about their flagged answers; return how many changed."""
    return await db.execute(
        "UPDATE checkin_replies SET share_ok = ? WHERE checkin_id = ? AND user_id = ?"
        " AND flagged = 1 AND share_ok IS NULL",
        (int(share), checkin_id, user_id),
    )

"""Pauses and the couple's safe word: every SQL statement of the pause flow.

A pause is *running* until the reminder for its current deadline has been
claimed; then it *waits* for both partners to be ready (or for an extension,
which makes it run again). It has *ended* once both are ready, the repair talk
was marked finished, or a newer pause of the couple superseded it. Every step
that sends something is a claim (``UPDATE … WHERE … IS NULL``) that succeeds
once, so nothing goes out twice, also across restarts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

import aiosqlite

from bot.pause import DEFAULT_PAUSE_MINUTES, FOLLOW_UP_AFTER, MAX_EXTENSIONS
from bot.storage.couples import Couple
from bot.storage.db import Database, Row, from_db, to_db

_OPEN = "both_ready_at IS NULL AND finished_at IS NULL AND superseded_at IS NULL"
_RUNNING = "reminder_sent_at IS NULL AND " + _OPEN
_FOLLOW_UP_OPEN = "follow_up_sent_at IS NULL AND finished_at IS NULL AND superseded_at IS NULL"
_COLUMNS = (
    "id, couple_id, by_safe_word, started_at, minutes, extensions, ends_at, reminder_sent_at,"
    " both_ready_at, finished_at, superseded_at, follow_up_sent_at"
)


@dataclass(frozen=True)
class PauseSettings:
    """The couple's safe word (if any) and chosen pause length."""

    safe_word: str | None
    minutes: int


@dataclass(frozen=True)
class Pause:
    """One pause of a couple, as stored."""

    id: int
    couple_id: int
    by_safe_word: bool
    started_at: datetime
    minutes: int
    extensions: int
    ends_at: datetime
    reminder_sent_at: datetime | None
    both_ready_at: datetime | None
    finished_at: datetime | None
    superseded_at: datetime | None
    follow_up_sent_at: datetime | None

    @property
    def ended(self) -> bool:
        """Both were ready, the talk was finished, or a newer pause took over."""
        return (
            self.both_ready_at is not None
            or self.finished_at is not None
            or self.superseded_at is not None
        )

    @property
    def running(self) -> bool:
        """The clock is ticking: no reminder went out for the current deadline yet."""
        return self.reminder_sent_at is None and not self.ended

    @property
    def waiting(self) -> bool:
        """The reminder went out; waiting for both partners (or an extension)."""
        return self.reminder_sent_at is not None and not self.ended

    @property
    def extensions_left(self) -> int:
        """How many more times this pause may be extended."""
        return MAX_EXTENSIONS - self.extensions


class ReadyResult(StrEnum):
    """What pressing "ready" did."""

    FIRST = "first"  # this partner is ready, the other not yet
    BOTH = "both"  # this press made both ready
    ALREADY = "already"  # this partner had pressed before
    CLOSED = "closed"  # the pause had ended meanwhile


def _dt(value: str) -> datetime:
    moment = from_db(value)
    assert moment is not None
    return moment


def _pause(row: Row) -> Pause:
    return Pause(
        id=row["id"],
        couple_id=row["couple_id"],
        by_safe_word=bool(row["by_safe_word"]),
        started_at=_dt(row["started_at"]),
        minutes=row["minutes"],
        extensions=row["extensions"],
        ends_at=_dt(row["ends_at"]),
        reminder_sent_at=from_db(row["reminder_sent_at"]),
        both_ready_at=from_db(row["both_ready_at"]),
        finished_at=from_db(row["finished_at"]),
        superseded_at=from_db(row["superseded_at"]),
        follow_up_sent_at=from_db(row["follow_up_sent_at"]),
    )


async def _one(conn: aiosqlite.Connection, sql: str, params: tuple[Any, ...]) -> Row | None:
    async with conn.execute(sql, params) as cursor:
        row: Row | None = await cursor.fetchone()
        return row


# --- the couple's settings -------------------------------------------------------


async def settings(db: Database, couple_id: int) -> PauseSettings:
    """The couple's safe word and pause length (defaults when the couple is gone)."""
    row = await db.fetchone(
        "SELECT safe_word, pause_minutes FROM couples WHERE id = ?", (couple_id,)
    )
    if row is None:
        return PauseSettings(None, DEFAULT_PAUSE_MINUTES)
    return PauseSettings(row["safe_word"], int(row["pause_minutes"]))


async def safe_word_of(db: Database, user_id: int) -> str | None:
    """The safe word of the couple ``user_id`` belongs to, if any (one cheap query)."""
    value = await db.fetchval(
        "SELECT c.safe_word FROM couples c JOIN couple_members m ON m.couple_id = c.id"
        " WHERE m.user_id = ?",
        (user_id,),
    )
    return None if value is None else str(value)


async def set_safe_word(db: Database, couple_id: int, word: str) -> None:
    """Store the couple's (already validated and cleaned) safe word."""
    await db.execute("UPDATE couples SET safe_word = ? WHERE id = ?", (word, couple_id))


async def set_pause_minutes(db: Database, couple_id: int, minutes: int) -> None:
    """Store the couple's pause length (20, 25 or 30; the schema refuses others)."""
    await db.execute("UPDATE couples SET pause_minutes = ? WHERE id = ?", (minutes, couple_id))


# --- starting and reading pauses ---------------------------------------------------


async def get(db: Database, pause_id: int) -> Pause | None:
    """The pause with this id, or ``None``."""
    row = await db.fetchone(f"SELECT {_COLUMNS} FROM pauses WHERE id = ?", (pause_id,))
    return None if row is None else _pause(row)


async def running(db: Database, couple_id: int) -> Pause | None:
    """The couple's running pause, if any."""
    row = await db.fetchone(
        f"SELECT {_COLUMNS} FROM pauses WHERE couple_id = ? AND {_RUNNING}", (couple_id,)
    )
    return None if row is None else _pause(row)


async def waiting_for_ready(db: Database, couple_id: int) -> int | None:
    """The couple's pause whose call back went out and that waits for both partners, if any."""
    value = await db.fetchval(
        "SELECT id FROM pauses WHERE couple_id = ? AND reminder_sent_at IS NOT NULL"
        " AND both_ready_at IS NULL AND finished_at IS NULL AND superseded_at IS NULL"
        " ORDER BY id DESC LIMIT 1",
        (couple_id,),
    )
    return None if value is None else int(value)


async def start(
    db: Database, couple: Couple, minutes: int, ends_at: datetime, by_safe_word: bool, now: datetime
) -> tuple[Pause, bool]:
    """Start a pause unless one is running; return (the running pause, whether it is new).

    Older pauses of the couple that have not ended are superseded: their buttons go
    stale and only the newest pause gets the 24-hour follow-up.
    """
    async with db.transaction() as conn:
        row = await _one(
            conn, f"SELECT {_COLUMNS} FROM pauses WHERE couple_id = ? AND {_RUNNING}", (couple.id,)
        )
        if row is not None:
            return _pause(row), False
        await conn.execute(
            "UPDATE pauses SET superseded_at = ?"
            " WHERE couple_id = ? AND superseded_at IS NULL AND finished_at IS NULL",
            (to_db(now), couple.id),
        )
        cursor = await conn.execute(
            "INSERT INTO pauses (couple_id, by_safe_word, started_at, minutes, ends_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (couple.id, int(by_safe_word), to_db(now), minutes, to_db(ends_at)),
        )
        pause_id = cursor.lastrowid
        await cursor.close()
        await conn.executemany(
            "INSERT INTO pause_partners (pause_id, user_id) VALUES (?, ?)",
            [(pause_id, partner) for partner in couple.partners],
        )
        row = await _one(conn, f"SELECT {_COLUMNS} FROM pauses WHERE id = ?", (pause_id,))
    assert row is not None
    return _pause(row), True


# --- the dispatcher's claims --------------------------------------------------------


async def due_reminders(db: Database, now: datetime) -> list[Pause]:
    """Running pauses whose deadline has passed (oldest first)."""
    rows = await db.fetchall(
        f"SELECT {_COLUMNS} FROM pauses WHERE {_RUNNING} AND ends_at <= ? ORDER BY ends_at",
        (to_db(now),),
    )
    return [_pause(row) for row in rows]


async def claim_reminder(db: Database, pause: Pause, now: datetime) -> bool:
    """Mark the reminder of this deadline as sent; ``True`` for the one caller that may send it."""
    changed = await db.execute(
        f"UPDATE pauses SET reminder_sent_at = ? WHERE id = ? AND ends_at = ? AND {_RUNNING}",
        (to_db(now), pause.id, to_db(pause.ends_at)),
    )
    return changed == 1


async def due_follow_ups(db: Database, now: datetime) -> list[Pause]:
    """Pauses that ended a day ago without "Gesprek afgerond" and got no follow-up yet."""
    rows = await db.fetchall(
        f"SELECT {_COLUMNS} FROM pauses WHERE {_FOLLOW_UP_OPEN} AND ends_at <= ?"
        " AND (reminder_sent_at IS NOT NULL OR both_ready_at IS NOT NULL) ORDER BY ends_at",
        (to_db(now - FOLLOW_UP_AFTER),),
    )
    return [_pause(row) for row in rows]


async def claim_follow_up(db: Database, pause: Pause, now: datetime) -> bool:
    """Mark the follow-up as sent; ``True`` for the one caller that may send it."""
    changed = await db.execute(
        f"UPDATE pauses SET follow_up_sent_at = ? WHERE id = ? AND {_FOLLOW_UP_OPEN}",
        (to_db(now), pause.id),
    )
    return changed == 1


# --- what partners do ----------------------------------------------------------------


async def claim_nudge(db: Database, pause_id: int, user_id: int, now: datetime) -> bool:
    """Note the one gentle reminder of this partner in this pause; ``True`` the first time."""
    changed = await db.execute(
        "UPDATE pause_partners SET nudged_at = ?"
        " WHERE pause_id = ? AND user_id = ? AND nudged_at IS NULL",
        (to_db(now), pause_id, user_id),
    )
    return changed == 1


async def mark_ready(db: Database, pause_id: int, user_id: int, now: datetime) -> ReadyResult:
    """Record that a partner is ready to talk, and whether both now are."""
    stamp = to_db(now)
    async with db.transaction() as conn:
        row = await _one(conn, f"SELECT {_COLUMNS} FROM pauses WHERE id = ?", (pause_id,))
        if row is None or _pause(row).ended:
            return ReadyResult.CLOSED
        cursor = await conn.execute(
            "UPDATE pause_partners SET ready_at = ?"
            " WHERE pause_id = ? AND user_id = ? AND ready_at IS NULL",
            (stamp, pause_id, user_id),
        )
        marked = cursor.rowcount == 1
        await cursor.close()
        if not marked:
            return ReadyResult.ALREADY
        cursor = await conn.execute(
            f"UPDATE pauses SET both_ready_at = ? WHERE id = ? AND {_OPEN}"
            " AND (SELECT count(*) FROM pause_partners"
            "      WHERE pause_id = ? AND ready_at IS NOT NULL) = 2",
            (stamp, pause_id, pause_id),
        )
        both = cursor.rowcount == 1
        await cursor.close()
    return ReadyResult.BOTH if both else ReadyResult.FIRST


async def extend(db: Database, pause: Pause, user_id: int, ends_at: datetime) -> bool:
    """Extend a waiting pause to ``ends_at`` at ``user_id``'s request; ``True`` if this call did it.

    Conditioned on the extension count the caller saw, so two presses on the same
    reminder extend once. Whoever asks for more time is no longer marked ready.
    """
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "UPDATE pauses SET extensions = extensions + 1, ends_at = ?, reminder_sent_at = NULL"
            " WHERE id = ? AND extensions = ? AND extensions < ? AND reminder_sent_at IS NOT NULL"
            f" AND {_OPEN}",
            (to_db(ends_at), pause.id, pause.extensions, MAX_EXTENSIONS),
        )
        extended = cursor.rowcount == 1
        await cursor.close()
        if extended:
            await conn.execute(
                "UPDATE pause_partners SET ready_at = NULL WHERE pause_id = ? AND user_id = ?",
                (pause.id, user_id),
            )
    return extended


async def finish(db: Database, pause_id: int, now: datetime) -> bool:
    """Mark the repair talk as done (no follow-up); ``True`` the first time."""
    changed = await db.execute(
        "UPDATE pauses SET finished_at = ? WHERE id = ? AND finished_at IS NULL",
        (to_db(now), pause_id),
    )
    return changed == 1


# --- export -----------------------------------------------------------------------------


async def export_for_user(db: Database, user_id: int) -> dict[str, Any] | None:
    """The couple's safe word, pause length and this user's pauses, for /mijngegevens."""
    row = await db.fetchone(
        "SELECT c.id, c.safe_word, c.pause_minutes FROM couples c"
        " JOIN couple_members m ON m.couple_id = c.id WHERE m.user_id = ?",
        (user_id,),
    )
    rows = await db.fetchall(
        "SELECT p.started_at, p.by_safe_word, p.minutes, p.extensions, p.ends_at,"
        " p.reminder_sent_at, p.both_ready_at, p.finished_at, p.follow_up_sent_at,"
        " pp.nudged_at AS you_were_reminded_at, pp.ready_at AS you_were_ready_at"
        " FROM pause_partners pp JOIN pauses p ON p.id = pp.pause_id"
        " WHERE pp.user_id = ? ORDER BY p.id",
        (user_id,),
    )
    if row is None and not rows:
        return None
    return {
        "safe_word": row["safe_word"] if row else None,
        "pause_minutes": row["pause_minutes"] if row else None,
        "pauses": [dict(item) for item in rows],
    }

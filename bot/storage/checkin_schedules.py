"""Each couple's check-in schedule and the claiming of due check-ins.

The schedule row holds the couple's choices and the next due moments (UTC,
indexed). A trigger creates the row when a couple is made and flags it for
re-planning when the couple's time zone changes; :func:`plan_pending` then
computes the moments. :func:`claim_due` finds due rows with an index range scan
and, in one transaction per batch, advances each schedule, closes the previous
check-in of that kind quietly and inserts the new check-in with ``wake_at`` set,
so its opening message is sent once by the dispatcher, also across restarts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from bot import checkin
from bot.storage.db import Database, Row, from_db, to_db

# Pending free-text kinds that belong to each check-in kind; cleared when it closes.
DAILY_INPUTS = ("ci_score", "ci_note", "ci_apart")
WEEKLY_INPUTS = ("wk_score", "wk_commit")
OPEN_STATUSES = ("open", "snoozed", "apart", "started")
# Closing a couple's unfinished check-in of a kind quietly: (couple_id, kind, *OPEN_STATUSES).
_CLOSE_OPEN = (
    "UPDATE checkins SET status = 'closed', wake_at = NULL, remind_at = NULL, warn_at = NULL"
    " WHERE couple_id = ? AND kind = ?"
    f" AND status IN ({', '.join('?' for _ in OPEN_STATUSES)})"
)


def _clear_inputs(inputs: tuple[str, ...]) -> str:
    """Forget free text the couple's partners owed a closed check-in: (*inputs, couple_id)."""
    marks = ", ".join("?" for _ in inputs)
    return (
        f"DELETE FROM pending_input WHERE kind IN ({marks}) AND user_id IN"
        " (SELECT user_id FROM couple_members WHERE couple_id = ?)"
    )


@dataclass(frozen=True)
class Schedule:
    """A couple's check-in choices and next due moments."""

    couple_id: int
    timezone: ZoneInfo
    daily_on: bool
    daily_minute: int
    daily_days: int
    weekly_on: bool
    weekly_day: int
    weekly_minute: int
    next_daily_at: datetime | None
    next_weekly_at: datetime | None
    last_daily_day: date | None
    last_weekly_day: date | None

    def rule(self, kind: str) -> tuple[int, int]:
        """(minute, weekday mask) of the daily or weekly check-in."""
        if kind == checkin.WEEKLY:
            return self.weekly_minute, checkin.day_bit(self.weekly_day)
        return self.daily_minute, self.daily_days

    def is_on(self, kind: str) -> bool:
        """Whether the check-in of ``kind`` is switched on."""
        return self.weekly_on if kind == checkin.WEEKLY else self.daily_on

    def last_day(self, kind: str) -> date | None:
        """Local date of the last check-in of ``kind`` opened."""
        return self.last_weekly_day if kind == checkin.WEEKLY else self.last_daily_day


_SELECT = "SELECT s.*, c.timezone FROM checkin_schedules s JOIN couples c ON c.id = s.couple_id"


def _day(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(value)


def _schedule(row: Row) -> Schedule:
    return Schedule(
        couple_id=row["couple_id"],
        timezone=ZoneInfo(row["timezone"]),
        daily_on=bool(row["daily_on"]),
        daily_minute=row["daily_minute"],
        daily_days=row["daily_days"],
        weekly_on=bool(row["weekly_on"]),
        weekly_day=row["weekly_day"],
        weekly_minute=row["weekly_minute"],
        next_daily_at=from_db(row["next_daily_at"]),
        next_weekly_at=from_db(row["next_weekly_at"]),
        last_daily_day=_day(row["last_daily_day"]),
        last_weekly_day=_day(row["last_weekly_day"]),
    )


async def get(db: Database, couple_id: int) -> Schedule | None:
    """The schedule of a couple, or ``None``."""
    row = await db.fetchone(_SELECT + " WHERE s.couple_id = ?", (couple_id,))
    return None if row is None else _schedule(row)


def _next(schedule: Schedule, kind: str, now: datetime) -> str | None:
    if not schedule.is_on(kind):
        return None
    minute, days = schedule.rule(kind)
    slot = checkin.plan(now, minute, days, schedule.timezone, schedule.last_day(kind), kind)
    return to_db(slot.at)


async def plan_pending(db: Database, now: datetime, limit: int = 1000) -> int:
    """Compute the next due moments of schedules flagged for re-planning; return how many."""
    if await db.fetchval("SELECT 1 FROM checkin_schedules WHERE replan = 1 LIMIT 1") is None:
        return 0  # the usual case: no write transaction at all
    async with db.transaction() as conn:
        cursor = await conn.execute(_SELECT + " WHERE s.replan = 1 LIMIT ?", (limit,))
        rows = list(await cursor.fetchall())
        await cursor.close()
        updates = []
        for row in rows:
            schedule = _schedule(row)
            updates.append(
                (
                    _next(schedule, checkin.DAILY, now),
                    _next(schedule, checkin.WEEKLY, now),
                    schedule.couple_id,
                )
            )
        await conn.executemany(
            "UPDATE checkin_schedules SET next_daily_at = ?, next_weekly_at = ?, replan = 0"
            " WHERE couple_id = ?",
            updates,
        )
    return len(updates)


async def update(db: Database, couple_id: int, **fields: int) -> None:
    """Change the couple's choices (column = value) and re-plan the due moments."""
    allowed = {
        "daily_on",
        "daily_minute",
        "daily_days",
        "weekly_on",
        "weekly_day",
        "weekly_minute",
    }
    if not fields or not set(fields) <= allowed:
        raise ValueError("unknown schedule field")
    assignments = ", ".join(f"{name} = ?" for name in sorted(fields))
    values = [fields[name] for name in sorted(fields)]
    await db.execute(
        f"UPDATE checkin_schedules SET {assignments}, replan = 1 WHERE couple_id = ?",
        (*values, couple_id),
    )


async def find_due(db: Database, kind: str, now: datetime, limit: int) -> list[Row]:
    """Schedules whose check-in of ``kind`` is due (an index range scan)."""
    column = "next_weekly_at" if kind == checkin.WEEKLY else "next_daily_at"
    return await db.fetchall(
        f"SELECT couple_id, {column} AS due FROM checkin_schedules"
        f" WHERE {column} <= ? ORDER BY {column} LIMIT ?",
        (to_db(now), limit),
    )


async def claim_due(db: Database, kind: str, now: datetime, limit: int = 500) -> int:
    """Open what is due of ``kind`` (or skip what is too late); return check-ins opened."""
    column = "next_weekly_at" if kind == checkin.WEEKLY else "next_daily_at"
    last = "last_weekly_day" if kind == checkin.WEEKLY else "last_daily_day"
    inputs = WEEKLY_INPUTS if kind == checkin.WEEKLY else DAILY_INPUTS
    if not await find_due(db, kind, now, 1):
        return 0  # the usual case: no write transaction at all
    stamp = to_db(now)
    async with db.transaction() as conn:
        cursor = await conn.execute(
            _SELECT + f" WHERE s.{column} <= ? ORDER BY s.{column} LIMIT ?",
            (stamp, limit),
        )
        rows = list(await cursor.fetchall())
        await cursor.close()
        advance: list[tuple[str | None, str | None, int]] = []
        close: list[tuple[int, str]] = []
        insert: list[tuple[object, ...]] = []
        for row in rows:
            schedule = _schedule(row)
            minute, days = schedule.rule(kind)
            due = checkin.resolve_due(
                now, minute, days, schedule.timezone, schedule.last_day(kind), kind
            )
            day = schedule.last_day(kind)
            if due.open is not None:
                day = due.open.day
                close.append((schedule.couple_id, kind))
                remind = to_db(due.open.at + checkin.REMINDER_AFTER)
                summary = to_db(due.open.at + checkin.SUMMARY_FALLBACK)
                insert.append(
                    (
                        schedule.couple_id,
                        kind,
                        to_db(due.open.at),
                        due.open.day.isoformat(),
                        stamp,
                        int(due.late.total_seconds() // 60),
                        stamp,
                        remind if kind == checkin.DAILY else None,
                        summary if kind == checkin.WEEKLY else None,
                    )
                )
            next_at = to_db(due.next.at) if schedule.is_on(kind) else None
            advance.append((next_at, day.isoformat() if day else None, schedule.couple_id))
        await conn.executemany(
            f"UPDATE checkin_schedules SET {column} = ?, {last} = ? WHERE couple_id = ?",
            advance,
        )
        await conn.executemany(_CLOSE_OPEN, [(*item, *OPEN_STATUSES) for item in close])
        await conn.executemany(
            _clear_inputs(inputs), [(*inputs, couple_id) for couple_id, _ in close]
        )
        before = conn.total_changes
        await conn.executemany(
            "INSERT OR IGNORE INTO checkins (couple_id, kind, slot_at, local_day, opened_at,"
            " late_minutes, wake_at, remind_at, summary_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            insert,
        )
        opened = conn.total_changes - before
    return opened


async def close_previous(db: Database, couple_id: int, kind: str) -> None:
    """Quietly close the couple's unfinished check-in of ``kind`` before one opens on request.

    The same as a scheduled opening does in :func:`claim_due`: nothing piles up,
    and free text meant for the old one is no longer expected.
    """
    inputs = WEEKLY_INPUTS if kind == checkin.WEEKLY else DAILY_INPUTS
    async with db.transaction() as conn:
        await conn.execute(_CLOSE_OPEN, (couple_id, kind, *OPEN_STATUSES))
        await conn.execute(_clear_inputs(inputs), (*inputs, couple_id))


async def mark_opened_now(db: Database, couple_id: int, kind: str, day: date) -> None:
    """Record a check-in opened on request, so the scheduled one of that day is not sent."""
    last = "last_weekly_day" if kind == checkin.WEEKLY else "last_daily_day"
    await db.execute(
        f"UPDATE checkin_schedules SET {last} = ?, replan = 1 WHERE couple_id = ?",
        (day.isoformat(), couple_id),
    )

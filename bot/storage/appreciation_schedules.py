"""The appreciation prompt schedule: one row per couple, claimed before a prompt is sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo

from bot.appreciation import format_time, format_weekdays, parse_time, parse_weekdays
from bot.storage.db import Database, Row, from_db, to_db


@dataclass(frozen=True)
class Schedule:
    """When a couple gets the prompt."""

    couple_id: int
    enabled: bool
    weekdays: frozenset[int]
    at: time
    next_at: datetime | None


@dataclass(frozen=True)
class ScheduleRow:
    """A schedule together with the couple's time zone, as the due-task reads it."""

    schedule: Schedule
    timezone: ZoneInfo


def _schedule(row: Row) -> Schedule:
    return Schedule(
        couple_id=row["couple_id"],
        enabled=bool(row["enabled"]),
        weekdays=parse_weekdays(row["weekdays"]),
        at=parse_time(row["at_time"]),
        next_at=from_db(row["next_at"]),
    )


def _schedule_row(row: Row) -> ScheduleRow:
    return ScheduleRow(_schedule(row), ZoneInfo(row["timezone"]))


_SCHEDULE_SELECT = (
    "SELECT s.couple_id, s.enabled, s.weekdays, s.at_time, s.next_at, c.timezone"
    " FROM appreciation_schedules s JOIN couples c ON c.id = s.couple_id"
)


async def schedule(db: Database, couple_id: int) -> Schedule:
    """The couple's schedule (the default one if the row is missing)."""
    await db.execute(
        "INSERT OR IGNORE INTO appreciation_schedules (couple_id) VALUES (?)", (couple_id,)
    )
    row = await db.fetchone(
        "SELECT * FROM appreciation_schedules WHERE couple_id = ?", (couple_id,)
    )
    assert row is not None
    return _schedule(row)


async def save_schedule(
    db: Database,
    couple_id: int,
    enabled: bool,
    weekdays: frozenset[int],
    at: time,
    next_at: datetime | None,
) -> None:
    """Store a changed schedule together with its next moment."""
    await db.execute(
        "UPDATE appreciation_schedules SET enabled = ?, weekdays = ?, at_time = ?, next_at = ?"
        " WHERE couple_id = ?",
        (
            int(enabled),
            format_weekdays(weekdays),
            format_time(at),
            None if next_at is None else to_db(next_at),
            couple_id,
        ),
    )


async def unscheduled(db: Database, limit: int) -> list[ScheduleRow]:
    """Switched-on schedules whose next moment still has to be computed."""
    rows = await db.fetchall(
        _SCHEDULE_SELECT + " WHERE s.enabled = 1 AND s.next_at IS NULL LIMIT ?", (limit,)
    )
    return [_schedule_row(row) for row in rows]


async def set_first(db: Database, couple_id: int, next_at: datetime | None) -> None:
    """Store a computed next moment where none was set (a concurrent change wins)."""
    if next_at is None:
        # No weekdays left: nothing to schedule, so stop asking.
        await db.execute(
            "UPDATE appreciation_schedules SET enabled = 0 WHERE couple_id = ? AND next_at IS NULL",
            (couple_id,),
        )
        return
    await db.execute(
        "UPDATE appreciation_schedules SET next_at = ? WHERE couple_id = ? AND next_at IS NULL"
        " AND enabled = 1",
        (to_db(next_at), couple_id),
    )


async def due(db: Database, now: datetime, limit: int) -> list[ScheduleRow]:
    """Switched-on schedules whose next moment has come."""
    rows = await db.fetchall(
        _SCHEDULE_SELECT + " WHERE s.enabled = 1 AND s.next_at <= ? ORDER BY s.next_at LIMIT ?",
        (to_db(now), limit),
    )
    return [_schedule_row(row) for row in rows]


async def claim_prompt(
    db: Database, couple_id: int, was: datetime, following: datetime | None, now: datetime
) -> bool:
    """Move a due schedule to its following moment; ``True`` for the one caller that did."""
    return (
        await db.execute(
            "UPDATE appreciation_schedules SET next_at = ?, last_prompt_at = ?"
            " WHERE couple_id = ? AND enabled = 1 AND next_at = ?",
            (None if following is None else to_db(following), to_db(now), couple_id, to_db(was)),
        )
        == 1
    )

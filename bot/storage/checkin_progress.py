"""What the couple's progress is made of: scores, daily outcomes, and the check-in export."""

from __future__ import annotations

from datetime import date
from typing import Any

from bot import checkin
from bot.storage import export
from bot.storage.db import Database


async def scores(db: Database, couple_id: int, since: date) -> list[tuple[date, int, int]]:
    """(local day, user id, score) of the couple's revealed check-ins since ``since``.

    Only check-ins whose scores both partners already saw side by side count: a
    score the partner never saw (the other did not score, or kept the apart
    answers back) must not surface in a summary or chart.
    """
    rows = await db.fetchall(
        "SELECT c.local_day, e.user_id, e.score FROM checkin_entries e"
        " JOIN checkins c ON c.id = e.checkin_id"
        " WHERE c.couple_id = ? AND c.local_day >= ? AND e.score IS NOT NULL"
        " AND c.revealed_at IS NOT NULL",
        (couple_id, since.isoformat()),
    )
    return [(date.fromisoformat(row[0]), int(row[1]), int(row[2])) for row in rows]


def outcome(status: str) -> checkin.Outcome:
    """How a daily check-in's status counts for the streak."""
    if status in ("together", "revealed"):
        return checkin.Outcome.DONE
    if status in ("skipped", "closed"):
        return checkin.Outcome.BROKEN
    return checkin.Outcome.OPEN


async def daily_outcomes(db: Database, couple_id: int, limit: int = 400) -> list[checkin.Outcome]:
    """The outcomes of the couple's daily check-ins, newest first."""
    rows = await db.fetchall(
        "SELECT status FROM checkins WHERE couple_id = ? AND kind = ? ORDER BY id DESC LIMIT ?",
        (couple_id, checkin.DAILY, limit),
    )
    return [outcome(row[0]) for row in rows]


async def daily_count(db: Database, couple_id: int, first: date, last: date) -> tuple[int, int]:
    """(done, opened) daily check-ins between two local dates, inclusive."""
    row = await db.fetchone(
        "SELECT sum(status IN ('together', 'revealed')), count(*) FROM checkins"
        " WHERE couple_id = ? AND kind = ? AND local_day BETWEEN ? AND ?",
        (couple_id, checkin.DAILY, first.isoformat(), last.isoformat()),
    )
    if row is None:
        return 0, 0
    return int(row[0] or 0), int(row[1] or 0)


async def _export(db: Database, user_id: int) -> Any:
    entries_rows = await db.fetchall(
        "SELECT c.kind, c.local_day, c.status, e.score, e.note, e.shared_at, e.done_at"
        " FROM checkin_entries e JOIN checkins c ON c.id = e.checkin_id"
        " WHERE e.user_id = ? ORDER BY c.id",
        (user_id,),
    )
    reply_rows = await db.fetchall(
        "SELECT c.kind, c.local_day, r.question, r.text, r.answered_at"
        " FROM checkin_replies r JOIN checkins c ON c.id = r.checkin_id"
        " WHERE r.user_id = ? ORDER BY c.id, r.question",
        (user_id,),
    )
    schedule = await db.fetchone(
        "SELECT s.daily_on, s.daily_minute, s.daily_days, s.weekly_on, s.weekly_day,"
        " s.weekly_minute FROM checkin_schedules s JOIN couple_members m"
        " ON m.couple_id = s.couple_id WHERE m.user_id = ?",
        (user_id,),
    )
    return {
        "schedule": None if schedule is None else dict(schedule),
        "entries": export.rows_as_dicts(entries_rows),
        "answers": export.rows_as_dicts(reply_rows),
    }


export.register("checkins", _export)

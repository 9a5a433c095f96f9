"""Check-in rules: when check-ins fall due, lateness, snoozes, streak and drift (pure).

Times. A couple chooses wall-clock times (minutes after midnight) in their own
time zone; the moments are computed with ``zoneinfo``. A time that does not
exist on a day (the spring DST gap, e.g. 02:30 on 2026-03-29 in Amsterdam)
moves forward by the gap (03:30 summer time); a time that happens twice (the
autumn repeat, 02:30 on 2026-10-25) is the first one, and only once.

Lateness window. When the dispatcher finds a schedule due, the most recent slot
at or before now opens if it is at most :data:`LATE_WINDOW` (2 hours) old; an
opening sent :data:`LATE_NOTE` (10 minutes) or more after its slot (a restart,
or a long queue of couples due at the same minute) says it comes late. An older
slot is skipped, so after a restart yesterday's check-in never arrives, and
today's is not skipped as long as it is within the window. At most one daily
check-in per local day and one weekly check-in per ISO week (Monday–Sunday),
also when the time or time zone changes after one was opened.

Streak. The number of daily check-ins done (together, or apart with both
answers), counted back from the newest; one skipped ("Vandaag niet") or left
unanswered ends it; the one still open today does not count either way; days
without a scheduled check-in do not break it.

Drift. The partners' mean scores (daily and weekly scores) over the seven days
ending on the day of the weekly check-in, and over the seven days before, differ
by at least :data:`DRIFT_GAP` (1.5 points) in both of these :data:`DRIFT_WEEKS`
weeks, both partners having scores in both. The
summary then gently suggests a conversation; it never shows private notes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

DAILY = "daily"
WEEKLY = "weekly"

DAILY_DEFAULT_MINUTE = 19 * 60 + 30
WEEKLY_DEFAULT_DAY = 6  # Sunday (Monday is 0)
WEEKLY_DEFAULT_MINUTE = 20 * 60
ALL_DAYS = 0b1111111  # bit 0 is Monday

LATE_WINDOW = timedelta(hours=2)
LATE_NOTE = timedelta(minutes=10)
SNOOZE = timedelta(minutes=30)
MAX_SNOOZES = 2
REMINDER_AFTER = timedelta(minutes=90)
WEEKLY_WARNING = timedelta(minutes=45)
SUMMARY_AFTER_FINISH = timedelta(hours=2)
SUMMARY_FALLBACK = timedelta(hours=24)
MIDWEEK_DAYS = 3
DRIFT_GAP = 1.5
DRIFT_WEEKS = 2
QUESTIONS = 3  # daily questions answered privately when apart
WEEKLY_QUESTIONS = 4
NOTE_LIMIT = 200
ANSWER_LIMIT = 500
MINUTE_STEP = 15  # settings offer quarter hours


@dataclass(frozen=True)
class Slot:
    """One scheduled check-in moment."""

    at: datetime  # aware UTC
    day: date  # the couple's local calendar date


@dataclass(frozen=True)
class Due:
    """What the dispatcher does with a schedule that fell due."""

    open: Slot | None  # the slot to open now (None: it was missed, skip it)
    late: timedelta
    next: Slot


def valid_minute(minute: int) -> bool:
    """Whether ``minute`` is a wall-clock time the settings can choose."""
    return 0 <= minute < 24 * 60 and minute % MINUTE_STEP == 0


def day_bit(weekday: int) -> int:
    """The mask bit of a weekday (Monday is 0)."""
    return 1 << weekday


def local_moment(day: date, minute: int, zone: ZoneInfo) -> datetime:
    """The UTC moment of wall-clock ``minute`` on ``day`` in ``zone`` (gap: forward; repeat: first)."""
    wall = datetime.combine(day, time(minute // 60, minute % 60), tzinfo=zone)  # fold=0
    return wall.astimezone(UTC)


def week_end(day: date) -> date:
    """The Sunday that ends ``day``'s ISO week."""
    return day + timedelta(days=6 - day.weekday())


def barrier(day: date | None, kind: str) -> date | None:
    """The last local date on which no further check-in of ``kind`` may fall."""
    if day is None:
        return None
    return week_end(day) if kind == WEEKLY else day


def next_slot(
    after: datetime, minute: int, days: int, zone: ZoneInfo, after_day: date | None = None
) -> Slot:
    """The first slot strictly after ``after`` on an allowed weekday later than ``after_day``."""
    if not days & ALL_DAYS:
        raise ValueError("no weekday allowed")
    day = after.astimezone(zone).date() - timedelta(days=1)
    if after_day is not None and day <= after_day:
        day = after_day + timedelta(days=1)
    for _ in range(15):
        if days & day_bit(day.weekday()):
            moment = local_moment(day, minute, zone)
            if moment > after:
                return Slot(moment, day)
        day += timedelta(days=1)
    raise AssertionError("unreachable: a weekday recurs within 15 days")


def last_slot(
    now: datetime, minute: int, days: int, zone: ZoneInfo, after_day: date | None = None
) -> Slot | None:
    """The latest slot at or before ``now`` in the last week, later than ``after_day``."""
    day = now.astimezone(zone).date() + timedelta(days=1)
    for _ in range(9):
        if after_day is not None and day <= after_day:
            return None
        if days & day_bit(day.weekday()):
            moment = local_moment(day, minute, zone)
            if moment <= now:
                return Slot(moment, day)
        day -= timedelta(days=1)
    return None


def plan(
    now: datetime, minute: int, days: int, zone: ZoneInfo, last_day: date | None, kind: str
) -> Slot:
    """The next due slot after ``now`` (at most one per day, or per week for weekly)."""
    return next_slot(now, minute, days, zone, barrier(last_day, kind))


def resolve_due(
    now: datetime, minute: int, days: int, zone: ZoneInfo, last_day: date | None, kind: str
) -> Due:
    """Open the latest slot if it is within the lateness window, else skip; and plan the next."""
    fence = barrier(last_day, kind)
    slot = last_slot(now, minute, days, zone, fence)
    if slot is not None and now - slot.at <= LATE_WINDOW:
        return Due(slot, now - slot.at, next_slot(now, minute, days, zone, barrier(slot.day, kind)))
    return Due(None, timedelta(0), next_slot(now, minute, days, zone, fence))


def says_late(late: timedelta) -> bool:
    """Whether an opening should say it comes late."""
    return late >= LATE_NOTE


def can_snooze(snoozes: int) -> bool:
    """Whether "Later" may be pressed once more."""
    return snoozes < MAX_SNOOZES


def midweek_moment(slot_day: date, minute: int, zone: ZoneInfo) -> datetime:
    """When a weekly commitment is recalled: same wall time, three days later."""
    return local_moment(slot_day + timedelta(days=MIDWEEK_DAYS), minute, zone)


class Outcome(StrEnum):
    """How a daily check-in ended, for the streak."""

    DONE = "done"
    BROKEN = "broken"
    OPEN = "open"


def streak(outcomes: Iterable[Outcome]) -> int:
    """Daily check-ins done in a row, newest first; open ones at the head are passed over."""
    count = 0
    for outcome in outcomes:
        if outcome is Outcome.DONE:
            count += 1
        elif outcome is Outcome.BROKEN or count:
            break
    return count


def week_key(day: date) -> str:
    """The ISO week of a local date, e.g. ``2026-W48``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def weekly_means(
    scores: Iterable[tuple[date, int, int]], partners: tuple[int, int]
) -> dict[str, tuple[float | None, float | None]]:
    """Per ISO week, each partner's mean score, from ``(local day, user id, score)``."""
    sums: dict[str, list[list[int]]] = {}
    for day, user_id, score in scores:
        if user_id not in partners:
            continue
        bucket = sums.setdefault(week_key(day), [[], []])
        bucket[partners.index(user_id)].append(score)
    return {
        week: (
            sum(first) / len(first) if first else None,
            sum(second) / len(second) if second else None,
        )
        for week, (first, second) in sorted(sums.items())
    }


def window_means(
    scores: Iterable[tuple[date, int, int]], partners: tuple[int, int], end: date, windows: int
) -> list[tuple[float | None, float | None]]:
    """Each partner's mean score per 7-day window ending at ``end`` (oldest window first)."""
    result: list[tuple[float | None, float | None]] = []
    rows = list(scores)
    for back in range(windows - 1, -1, -1):
        last = end - timedelta(days=7 * back)
        first = last - timedelta(days=6)
        picked = [(day, user, score) for day, user, score in rows if first <= day <= last]
        values: list[list[int]] = [[], []]
        for _, user, score in picked:
            if user in partners:
                values[partners.index(user)].append(score)
        result.append(
            (
                sum(values[0]) / len(values[0]) if values[0] else None,
                sum(values[1]) / len(values[1]) if values[1] else None,
            )
        )
    return result


def drifting(weeks: Sequence[tuple[float | None, float | None]]) -> bool:
    """Whether the last two weeks (oldest first) both show a gap of at least 1.5 points."""
    if len(weeks) < DRIFT_WEEKS:
        return False
    for first, second in weeks[-DRIFT_WEEKS:]:
        if first is None or second is None or abs(first - second) < DRIFT_GAP:
            return False
    return True


def one_line(text: str) -> str:
    """Collapse any whitespace (newlines included) to single spaces and trim."""
    return " ".join(text.split())


def parse_score(value: str) -> int | None:
    """A 1–5 score from a button payload part, or ``None``."""
    return int(value) if value in ("1", "2", "3", "4", "5") else None

"""Check-in storage: schedules follow couples, claiming is once-only, per-chat pacing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.sending import ChatPacer
from bot.storage import checkin_schedules, checkins, couples
from bot.storage.db import Database, to_db

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # Monday 10:00 in Amsterdam


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "samen.db")
    yield database
    await database.close()


async def make_couple(db: Database, a: int, b: int, zone: str = "Europe/Amsterdam") -> int:
    stamp = to_db(NOW)
    for user in (a, b):
        await db.execute(
            "INSERT INTO users (id, first_name, consented_at, created_at) VALUES (?, ?, ?, ?)",
            (user, f"u{user}", stamp, stamp),
        )
    couple_id = await db.insert(
        "INSERT INTO couples (timezone, created_at) VALUES (?, ?)", (zone, stamp)
    )
    for user in (a, b):
        await db.execute(
            "INSERT INTO couple_members (user_id, couple_id, joined_at) VALUES (?, ?, ?)",
            (user, couple_id, stamp),
        )
    return couple_id


async def test_a_new_couple_gets_a_schedule_that_is_planned(db: Database) -> None:
    couple_id = await make_couple(db, 1, 2)
    schedule = await checkin_schedules.get(db, couple_id)
    assert schedule is not None and schedule.next_daily_at is None
    assert await checkin_schedules.plan_pending(db, NOW) == 1
    schedule = await checkin_schedules.get(db, couple_id)
    assert schedule is not None
    assert schedule.next_daily_at == datetime(2026, 11, 23, 18, 30, tzinfo=UTC)
    assert schedule.next_weekly_at == datetime(2026, 11, 29, 19, 0, tzinfo=UTC)
    assert await checkin_schedules.plan_pending(db, NOW) == 0


async def test_claiming_is_once_only_and_a_new_time_zone_replans(db: Database) -> None:
    couple_id = await make_couple(db, 1, 2)
    await checkin_schedules.plan_pending(db, NOW)
    due = datetime(2026, 11, 23, 18, 30, 1, tzinfo=UTC)
    assert await checkin_schedules.claim_due(db, "daily", due) == 1
    assert await checkin_schedules.claim_due(db, "daily", due) == 0
    assert await checkins.due_ids(db, "wake_at", due, 10) == [1]
    assert await checkins.claim(db, 1, "wake_at")
    assert not await checkins.claim(db, 1, "wake_at")

    couple = await couples.get(db, couple_id)
    assert couple is not None
    await couples.set_timezone(db, couple_id, ZoneInfo("Europe/London"))
    await checkin_schedules.plan_pending(db, due)
    schedule = await checkin_schedules.get(db, couple_id)
    assert schedule is not None
    # Today's was already opened: the next is tomorrow 19:30 in London.
    assert schedule.next_daily_at == datetime(2026, 11, 24, 19, 30, tzinfo=UTC)


async def test_unpairing_removes_schedule_and_checkins(db: Database) -> None:
    couple_id = await make_couple(db, 1, 2)
    await checkin_schedules.plan_pending(db, NOW)
    await checkin_schedules.claim_due(db, "daily", NOW + timedelta(hours=10))
    await couples.dissolve(db, couple_id)
    for table in ("checkin_schedules", "checkins"):
        assert await db.fetchval(f"SELECT count(*) FROM {table}") == 0


async def test_a_batch_of_due_couples_is_claimed_in_order(db: Database) -> None:
    for n in range(5):
        await make_couple(db, 10 + 2 * n, 11 + 2 * n)
    await checkin_schedules.plan_pending(db, NOW)
    due = datetime(2026, 11, 23, 18, 31, tzinfo=UTC)
    assert await checkin_schedules.claim_due(db, "daily", due, limit=3) == 3
    assert await checkin_schedules.claim_due(db, "daily", due, limit=3) == 2
    assert await checkins.due_ids(db, "wake_at", due, 10) == [1, 2, 3, 4, 5]


def test_chat_pacer_allows_a_burst_then_one_per_second() -> None:
    pacer = ChatPacer(interval=1.0, burst=3)
    waits = [pacer.reserve(42, 100.0) for _ in range(5)]
    assert waits == [0.0, 0.0, 0.0, 1.0, 2.0]
    assert pacer.reserve(7, 100.0) == 0.0  # other chats are not held up
    assert pacer.reserve(42, 110.0) == 0.0  # after a quiet spell the burst is back

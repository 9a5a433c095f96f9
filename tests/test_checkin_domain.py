"""Check-in rules: next due moments across DST, weekly days, lateness, streak, drift."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from bot import checkin
from bot.checkin import DAILY, WEEKLY, Outcome

AMS = ZoneInfo("Europe/Amsterdam")
EVERY = checkin.ALL_DAYS


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_daily_default_is_1930_local() -> None:
    slot = checkin.next_slot(utc(2026, 11, 23, 9), checkin.DAILY_DEFAULT_MINUTE, EVERY, AMS)
    assert slot.at == utc(2026, 11, 23, 18, 30)
    assert slot.day == date(2026, 11, 23)


def test_summer_and_winter_time() -> None:
    summer = checkin.next_slot(utc(2026, 7, 1, 9), 1170, EVERY, AMS)
    assert summer.at == utc(2026, 7, 1, 17, 30)


def test_spring_gap_moves_forward() -> None:
    # 02:30 does not exist on 2026-03-29 in Amsterdam: clocks jump 02:00 -> 03:00.
    slot = checkin.next_slot(utc(2026, 3, 27, 12), 150, EVERY, AMS)
    assert slot.day == date(2026, 3, 28)
    after = checkin.next_slot(slot.at, 150, EVERY, AMS)
    assert after.day == date(2026, 3, 29)
    assert after.at == utc(2026, 3, 29, 1, 30)  # 03:30 summer time
    assert after.at.astimezone(AMS).hour == 3
    # The evening slot that day is plain summer time.
    assert checkin.next_slot(utc(2026, 3, 29, 12), 1170, EVERY, AMS).at == utc(2026, 3, 29, 17, 30)


def test_autumn_repeat_happens_once() -> None:
    # 02:30 happens twice on 2026-10-25; the check-in comes at the first one, once.
    first = checkin.next_slot(utc(2026, 10, 23, 12), 150, EVERY, AMS)
    assert first.at == utc(2026, 10, 24, 0, 30)
    second = checkin.next_slot(first.at, 150, EVERY, AMS)
    assert second.at == utc(2026, 10, 25, 0, 30)
    third = checkin.next_slot(second.at, 150, EVERY, AMS)
    assert third.day == date(2026, 10, 26) and third.at == utc(2026, 10, 26, 1, 30)
    # Just after the first 02:30 (during the repeated hour) the next is tomorrow, not in an hour.
    assert checkin.next_slot(utc(2026, 10, 25, 1, 0), 150, EVERY, AMS).day == date(2026, 10, 26)


def test_across_the_dst_weekends_evening_times_stay_local() -> None:
    for start in (utc(2026, 3, 27, 20), utc(2026, 10, 23, 20)):
        moment = start
        for _ in range(5):
            slot = checkin.next_slot(moment, 1170, EVERY, AMS)
            local = slot.at.astimezone(AMS)
            assert (local.hour, local.minute) == (19, 30)
            moment = slot.at


def test_weekly_day_and_days_mask() -> None:
    sunday = checkin.day_bit(6)
    slot = checkin.next_slot(utc(2026, 11, 23, 9), 1200, sunday, AMS)
    assert slot.day == date(2026, 11, 29) and slot.at == utc(2026, 11, 29, 19)
    weekdays = sum(checkin.day_bit(d) for d in range(5))
    friday_evening = utc(2026, 11, 27, 20)
    assert checkin.next_slot(friday_evening, 1170, weekdays, AMS).day == date(2026, 11, 30)


def test_at_most_one_daily_per_day_and_one_weekly_per_week() -> None:
    # Opened today at 19:30, then the time moved to 21:00: the next is tomorrow.
    now = utc(2026, 11, 23, 18, 45)
    assert checkin.plan(now, 21 * 60, EVERY, AMS, date(2026, 11, 23), DAILY).day == date(
        2026, 11, 24
    )
    # Weekly done on Sunday, moved to Saturday: not this week's Saturday (already passed) —
    # and a move from Monday to Friday of the same week waits for next week.
    monday = date(2026, 11, 23)
    slot = checkin.plan(utc(2026, 11, 23, 20), 1200, checkin.day_bit(4), AMS, monday, WEEKLY)
    assert slot.day == date(2026, 12, 4)


def test_lateness_window() -> None:
    last = date(2026, 11, 22)
    on_time = checkin.resolve_due(utc(2026, 11, 23, 18, 30, 5), 1170, EVERY, AMS, last, DAILY)
    assert on_time.open is not None and on_time.open.day == date(2026, 11, 23)
    assert not checkin.says_late(on_time.late)
    assert on_time.next.day == date(2026, 11, 24)

    late = checkin.resolve_due(utc(2026, 11, 23, 20, 30), 1170, EVERY, AMS, last, DAILY)
    assert late.open is not None and late.late == timedelta(hours=2)
    assert checkin.says_late(late.late)

    missed = checkin.resolve_due(utc(2026, 11, 23, 20, 31), 1170, EVERY, AMS, last, DAILY)
    assert missed.open is None and missed.next.day == date(2026, 11, 24)


def test_after_a_long_outage_neither_yesterday_nor_a_skipped_today() -> None:
    last = date(2026, 11, 21)  # the bot was down since Saturday evening
    morning = checkin.resolve_due(utc(2026, 11, 23, 9), 1170, EVERY, AMS, last, DAILY)
    assert morning.open is None  # yesterday's is not sent
    assert morning.next.day == date(2026, 11, 23)  # today's still comes
    evening = checkin.resolve_due(utc(2026, 11, 23, 19), 1170, EVERY, AMS, last, DAILY)
    assert evening.open is not None and evening.open.day == date(2026, 11, 23)


def test_snoozes_and_midweek() -> None:
    assert checkin.can_snooze(0) and checkin.can_snooze(1) and not checkin.can_snooze(2)
    moment = checkin.midweek_moment(date(2026, 11, 29), 1200, AMS)
    assert moment == utc(2026, 12, 2, 19)


def test_streak() -> None:
    d, b, o = Outcome.DONE, Outcome.BROKEN, Outcome.OPEN
    assert checkin.streak([]) == 0
    assert checkin.streak([d, d, d, b, d]) == 3
    assert checkin.streak([o, d, d]) == 2  # today's, still open, does not break it
    assert checkin.streak([b, d, d]) == 0
    assert checkin.streak([d, o, d]) == 1


def test_drift_rule() -> None:
    assert checkin.drifting([(4.0, 2.5), (4.5, 2.0)])
    assert not checkin.drifting([(4.0, 3.0), (4.5, 2.0)])  # only one week apart
    assert not checkin.drifting([(4.5, 2.0)])
    assert not checkin.drifting([(4.0, None), (4.5, 2.0)])
    assert checkin.drifting([(1.0, 1.0), (4.0, 2.5), (2.0, 3.5)])  # the last two count


def test_window_and_weekly_means() -> None:
    a, b = 1, 2
    end = date(2026, 11, 29)
    scores = [
        (date(2026, 11, 20), a, 5),
        (date(2026, 11, 21), b, 2),
        (date(2026, 11, 23), a, 4),
        (date(2026, 11, 24), a, 5),
        (date(2026, 11, 29), b, 3),
        (date(2026, 11, 29), 99, 1),  # not a partner
    ]
    assert checkin.window_means(scores, (a, b), end, 2) == [(5.0, 2.0), (4.5, 3.0)]
    weekly = checkin.weekly_means(scores, (a, b))
    assert weekly == {"2026-W47": (5.0, 2.0), "2026-W48": (4.5, 3.0)}


def test_valid_minutes_and_scores() -> None:
    assert checkin.valid_minute(0) and checkin.valid_minute(23 * 60 + 45)
    assert not checkin.valid_minute(24 * 60) and not checkin.valid_minute(-15)
    assert not checkin.valid_minute(19 * 60 + 31)
    assert checkin.parse_score("3") == 3
    for bad in ("0", "6", "", "03", "x", "-1"):
        assert checkin.parse_score(bad) is None


@given(st.text(max_size=300))
def test_one_line_never_has_newlines_or_edges(text: str) -> None:
    line = checkin.one_line(text)
    assert "\n" not in line and line == line.strip()
    assert "  " not in line
    assert line.split() == text.split()


@given(
    st.datetimes(
        min_value=datetime(2025, 1, 1),  # noqa: DTZ001 (hypothesis wants naive bounds)
        max_value=datetime(2030, 12, 31),  # noqa: DTZ001
        timezones=st.just(UTC),
    ),
    st.integers(0, 1439),
    st.integers(1, 127),
)
def test_next_slot_is_after_and_on_an_allowed_day(moment: datetime, minute: int, days: int) -> None:
    now = moment
    slot = checkin.next_slot(now, minute, days, AMS)
    assert slot.at > now
    assert days & checkin.day_bit(slot.day.weekday())
    assert slot.at - now <= timedelta(days=8)
    assert slot.at.astimezone(AMS).date() == slot.day


def test_summary_suggests_a_talk_only_on_drift_and_chart_is_a_png() -> None:
    from bot import chart
    from bot import checkin_progress_texts as ptexts

    calm = ptexts.summary(5, 7, 3, ("Anna", "Bram"), (4.0, 3.5), drift=False)
    assert "5 van de 7" in calm and "Anna: 4,0" in calm and "Bram: 3,5" in calm
    assert "verder uit elkaar" not in calm
    drift = ptexts.summary(5, 7, 0, ("Anna", "Bram"), (4.5, 2.0), drift=True)
    assert "verder uit elkaar" in drift
    png = chart.render(
        ["2026-W47", "2026-W48"], [("Anna", [4.0, None]), ("Bram", [3.0, 2.5])], ("Week", "1-5")
    )
    assert png.startswith(b"\x89PNG")

"""Unit and property tests for the appreciation exercise: reading, checks, schedule, storage."""

from __future__ import annotations

import string
from collections.abc import AsyncIterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from bot import appreciation_texts as texts
from bot import i18n
from bot.appreciation import (
    DEFAULT_TIME,
    DEFAULT_WEEKDAYS,
    ITEMS,
    MAX_ITEM_CHARS,
    Check,
    InputProblem,
    check_item,
    format_time,
    format_weekdays,
    has_but,
    is_vague,
    next_prompt,
    parse_time,
    parse_weekdays,
    read_input,
    read_rewrite,
    shift_time,
    split_items,
    still_timely,
    strip_bullet,
)
from bot.storage import appreciation_schedules, appreciations
from bot.storage.appreciations import Item
from bot.storage.db import Database, to_db

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
ZONES = [
    AMSTERDAM,
    ZoneInfo("Europe/London"),
    ZoneInfo("America/Paramaribo"),
    ZoneInfo("America/New_York"),
    ZoneInfo("Australia/Sydney"),
]
PUNCTUATION = [*".,;:!?…()[]\"'“”‘’-–—_*/", " ", "\n", "\t"]


def random_case(word: str, flips: list[bool]) -> str:
    return "".join(ch.upper() if flip else ch for ch, flip in zip(word, flips, strict=False))


# --- "maar" / "but" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Je kookte gisteren, maar het was koud",
        "MAAR ik waardeer het",
        "Maar.",
        "fijn (maar) kort",
        "I like it, but",
        "je luistert goed—maar soms niet",
        "_maar_",
        "lief, MaAr druk",
    ],
)
def test_but_is_flagged(text: str) -> None:
    assert has_but(text)
    assert check_item(text) is Check.BUT


@pytest.mark.parametrize(
    "text",
    [
        "In maart gingen we samen naar zee en jij regelde alles",
        "Je hielp Maarten gisteren met verhuizen",
        "Maartje vond je taart geweldig, dank je",
        "You made butter cookies for my mother",
        "Ik waardeer je debuut op het toneel enorm",
        "Het was maarschalk-achtig georganiseerd",
    ],
)
def test_words_containing_but_are_not_flagged(text: str) -> None:
    assert not has_but(text)


@given(
    word=st.sampled_from(["maar", "but"]),
    flips=st.lists(st.booleans(), min_size=4, max_size=4),
    before=st.lists(st.sampled_from(PUNCTUATION), max_size=3),
    after=st.lists(st.sampled_from(PUNCTUATION), max_size=3),
    head=st.sampled_from(["", "Ik vind je lief ", "Dank je "]),
    tail=st.sampled_from(["", " je bent druk", " soms niet"]),
)
def test_but_is_found_in_any_casing_and_punctuation(
    word: str, flips: list[bool], before: list[str], after: list[str], head: str, tail: str
) -> None:
    text = head + "".join(before) + random_case(word, flips) + "".join(after) + tail
    assert has_but(text)


@given(
    word=st.sampled_from(["maar", "but"]),
    flips=st.lists(st.booleans(), min_size=4, max_size=4),
    prefix=st.text(alphabet=string.ascii_letters + "éëï", max_size=3),
    suffix=st.text(alphabet=string.ascii_letters + "éëï", max_size=3),
    punctuation=st.sampled_from(PUNCTUATION),
)
def test_but_inside_a_word_is_never_flagged(
    word: str, flips: list[bool], prefix: str, suffix: str, punctuation: str
) -> None:
    assume(prefix or suffix)
    text = f"Ik waardeer{punctuation}{prefix}{random_case(word, flips)}{suffix}{punctuation}enorm"
    assert not has_but(text)


@given(
    flips=st.lists(st.booleans(), min_size=6, max_size=7),
    name=st.sampled_from(["maart", "maarten"]),
)
def test_maart_and_maarten_in_any_casing_are_not_flagged(flips: list[bool], name: str) -> None:
    assert not has_but(f"Sinds {random_case(name, flips)} kook je elke zondag voor ons")


# --- vagueness -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Je bent lief",
        "Je bent echt heel erg lief en leuk",
        "Je bent altijd zo lief voor mij",
        "Je bent de beste!!",
        "Ik vind je zo leuk, echt",
        "You are so sweet and nice",
        "Top!",
        "❤️",
        "Lekker gekookt",
        "aardig, fijn, TOP",
    ],
)
def test_vague_items(text: str) -> None:
    assert is_vague(text)
    assert check_item(text) is Check.VAGUE


@pytest.mark.parametrize(
    "text",
    [
        "Ik waardeer hoe je gisteren naar mijn werkstress luisterde zonder oplossingen te geven",
        "Je kookte gisteren lasagne",
        "Je bent zo geduldig met de kinderen bij het huiswerk",
        "Dat je me ruimte geeft voor mijn hobby's",
        "Je bracht zaterdag koffie naar bed",
    ],
)
def test_concrete_items(text: str) -> None:
    assert not is_vague(text)
    assert check_item(text) is Check.OK


@given(
    words=st.lists(
        st.sampled_from(
            [
                "lief",
                "leuk",
                "aardig",
                "fijn",
                "top",
                "sweet",
                "nice",
                "je",
                "bent",
                "echt",
                "zo",
                "heel",
                "ik",
                "vind",
            ]
        ),
        min_size=1,
        max_size=12,
    ),
    flips=st.lists(st.booleans(), min_size=12, max_size=12),
    separator=st.sampled_from([" ", ", ", "! ", " … ", "  "]),
)
def test_only_generic_praise_is_vague_in_any_casing(
    words: list[str], flips: list[bool], separator: str
) -> None:
    text = separator.join(random_case(word, flips) for word in words)
    assert is_vague(text)


@given(st.lists(st.from_regex(r"[a-z]{3,9}", fullmatch=True), min_size=0, max_size=3))
def test_fewer_than_four_words_is_vague(words: list[str]) -> None:
    assert is_vague(" ".join(words) + "!")


def test_but_comes_before_vague() -> None:
    assert check_item("leuk maar") is Check.BUT


# --- splitting -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "item"),
    [
        ("- een", "een"),
        ("• twee", "twee"),
        ("* drie", "drie"),
        ("1. vier", "vier"),
        ("2) vijf", "vijf"),
        ("(3) zes", "zes"),
        ("#1 zeven", "zeven"),
        ("1 - acht", "acht"),
        ("1️⃣ negen", "negen"),
        ("-tien", "tien"),
        ("2.5 uur koken", "2.5 uur koken"),
        ("3 keer per week", "3 keer per week"),
    ],
)
def test_bullets_and_numbering_are_stripped(line: str, item: str) -> None:
    assert strip_bullet(line) == item


@given(
    items=st.lists(
        st.from_regex(r"[A-Za-z][A-Za-z ,]{0,40}[a-z]", fullmatch=True), min_size=1, max_size=3
    ),
    style=st.sampled_from(["", "- ", "• ", "{n}. ", "{n}) ", "({n}) "]),
    blank=st.booleans(),
)
def test_split_items_keeps_exactly_the_items(items: list[str], style: str, blank: bool) -> None:
    lines = [style.format(n=n) + item for n, item in enumerate(items, start=1)]
    text = ("\n\n" if blank else "\n").join(lines)
    assert split_items(text) == [item.strip() for item in items]


def test_read_input_counts_what_fits() -> None:
    three = "1. Je kookte gisteren\n2. Je luisterde\n3. Je bracht koffie"
    assert read_input(three, 0).items == (
        "Je kookte gisteren",
        "Je luisterde",
        "Je bracht koffie",
    )
    assert read_input(three, 1).problem is InputProblem.TOO_MANY
    assert read_input("nog eentje", ITEMS).problem is InputProblem.TOO_MANY
    assert read_input("a\nb\nc\nd", 0).problem is InputProblem.TOO_MANY
    for empty in ("", "   ", "\n\n", "-", "1.", "…", "- \n 2."):
        assert read_input(empty, 0).problem is InputProblem.EMPTY
    assert read_input("x" * MAX_ITEM_CHARS, 0).items == ("x" * MAX_ITEM_CHARS,)
    assert read_input("x" * (MAX_ITEM_CHARS + 1), 0).problem is InputProblem.TOO_LONG
    assert read_input("kort\n" + "y" * (MAX_ITEM_CHARS + 1), 0).problem is InputProblem.TOO_LONG


def test_read_rewrite_wants_one_item() -> None:
    assert read_rewrite("Je kookte gisteren lasagne").items == ("Je kookte gisteren lasagne",)
    assert read_rewrite("een\ntwee").problem is InputProblem.NOT_ONE
    assert read_rewrite(" - ").problem is InputProblem.EMPTY
    assert read_rewrite("z" * 1001).problem is InputProblem.TOO_LONG


# --- schedule ------------------------------------------------------------------------------


def test_defaults_are_tuesday_and_friday_at_eight() -> None:
    assert frozenset({1, 4}) == DEFAULT_WEEKDAYS
    assert time(20, 0) == DEFAULT_TIME


def test_next_prompt_from_a_monday_is_tuesday_evening() -> None:
    monday = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    first = next_prompt(monday, DEFAULT_WEEKDAYS, DEFAULT_TIME, AMSTERDAM)
    assert first == datetime(2026, 11, 24, 19, 0, tzinfo=UTC)  # 20:00 CET
    second = next_prompt(first, DEFAULT_WEEKDAYS, DEFAULT_TIME, AMSTERDAM)  # type: ignore[arg-type]
    assert second == datetime(2026, 11, 27, 19, 0, tzinfo=UTC)


def test_next_prompt_is_strictly_after() -> None:
    at = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)  # exactly Tuesday 20:00
    assert next_prompt(at, DEFAULT_WEEKDAYS, DEFAULT_TIME, AMSTERDAM) == datetime(
        2026, 11, 27, 19, 0, tzinfo=UTC
    )


def test_next_prompt_follows_dst_in_amsterdam() -> None:
    # Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    before_spring = next_prompt(
        datetime(2026, 3, 23, 12, 0, tzinfo=UTC), DEFAULT_WEEKDAYS, DEFAULT_TIME, AMSTERDAM
    )
    after_spring = next_prompt(
        datetime(2026, 3, 30, 12, 0, tzinfo=UTC), DEFAULT_WEEKDAYS, DEFAULT_TIME, AMSTERDAM
    )
    assert before_spring == datetime(2026, 3, 24, 19, 0, tzinfo=UTC)  # CET, UTC+1
    assert after_spring == datetime(2026, 3, 31, 18, 0, tzinfo=UTC)  # CEST, UTC+2
    sunday = frozenset({6})
    spring_sunday = next_prompt(
        datetime(2026, 3, 28, 12, 0, tzinfo=UTC), sunday, DEFAULT_TIME, AMSTERDAM
    )
    autumn_sunday = next_prompt(
        datetime(2026, 10, 24, 12, 0, tzinfo=UTC), sunday, DEFAULT_TIME, AMSTERDAM
    )
    assert spring_sunday == datetime(2026, 3, 29, 18, 0, tzinfo=UTC)
    assert autumn_sunday == datetime(2026, 10, 25, 19, 0, tzinfo=UTC)


def test_next_prompt_in_the_missing_hour_moves_forward() -> None:
    moment = next_prompt(
        datetime(2026, 3, 28, 12, 0, tzinfo=UTC), frozenset({6}), time(2, 30), AMSTERDAM
    )
    assert moment is not None
    assert moment.astimezone(AMSTERDAM).hour == 3  # 02:30 does not exist that night


def test_next_prompt_without_days_is_none() -> None:
    assert (
        next_prompt(datetime(2026, 1, 1, tzinfo=UTC), frozenset(), DEFAULT_TIME, AMSTERDAM) is None
    )


def test_next_prompt_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError):
        next_prompt(datetime(2026, 1, 1), DEFAULT_WEEKDAYS, DEFAULT_TIME, AMSTERDAM)  # noqa: DTZ001


@given(
    after=st.datetimes(
        min_value=datetime(2024, 1, 1),  # noqa: DTZ001 - hypothesis bounds are naive
        max_value=datetime(2032, 12, 31),  # noqa: DTZ001
        timezones=st.just(UTC),
    ),
    days=st.frozensets(st.integers(0, 6), min_size=1),
    slot=st.integers(0, 47),
    zone=st.sampled_from(ZONES),
)
def test_next_prompt_properties(
    after: datetime, days: frozenset[int], slot: int, zone: ZoneInfo
) -> None:
    at = time(slot // 2, 30 * (slot % 2))
    moment = next_prompt(after, days, at, zone)
    assert moment is not None and moment.tzinfo is UTC
    assert after < moment <= after + timedelta(days=8)
    local = moment.astimezone(zone)
    assert local.weekday() in days
    # Unless the wall-clock time fell in a DST gap, it is exactly the chosen time.
    wall = datetime.combine(local.date(), at, tzinfo=zone)
    if wall.astimezone(UTC).astimezone(zone).time() == at:
        assert local.time() == at
    # Nothing earlier qualifies: every chosen day before it is at or before ``after``.
    day = after.astimezone(zone).date()
    while day < local.date():
        if day.weekday() in days:
            assert datetime.combine(day, at, tzinfo=zone).astimezone(UTC) <= after
        day += timedelta(days=1)


def test_schedule_values_round_trip() -> None:
    assert parse_weekdays(format_weekdays({4, 1})) == {1, 4}
    assert parse_weekdays("1,x,9, 4") == {1, 4}
    assert parse_time(format_time(time(7, 30))) == time(7, 30)
    assert parse_time("nonsense") == DEFAULT_TIME
    assert shift_time(time(23, 45), 30) == time(0, 15)
    assert shift_time(time(0, 0), -30) == time(23, 30)


def test_a_prompt_late_by_hours_is_skipped() -> None:
    due = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)
    assert still_timely(due, due + timedelta(minutes=5))
    assert not still_timely(due, due + timedelta(days=2))


# --- texts ---------------------------------------------------------------------------------


def item(position: int, text: str, check: Check = Check.OK) -> Item:
    return Item(position, text, check, accepted=False, flagged=False)


def test_texts_are_dutch_and_escape_user_text() -> None:
    i18n.load_catalogues()
    prompt = texts.exercise("Bram")
    assert "drie" in prompt and "maar" in prompt and "Bram" in prompt
    preview = texts.preview([item(1, "<b>x</b> & y")], "Bram <3")
    assert "&lt;b&gt;x&lt;/b&gt; &amp; y" in preview and "Bram &lt;3" in preview
    question = texts.question(item(2, "leuk maar druk", Check.BUT), "Bram")
    assert "punt 2" in question and "“maar”" in question
    assert texts.day_names([1, 4]) == "dinsdag en vrijdag"
    assert texts.send_button("Bram") == "Stuur naar Bram"


def test_history_fits_in_one_message() -> None:
    i18n.load_catalogues()
    now = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)
    long_items = tuple(item(n, "w" * MAX_ITEM_CHARS) for n in range(1, 4))
    entries = [
        appreciations.Appreciation(
            id=n,
            couple_id=1,
            writer_id=1,
            recipient_id=2,
            status="sent",
            revision=1,
            rewrite_position=None,
            share_confirmed=False,
            created_at=now,
            decided_at=now,
            thanked_at=None,
            items=long_items,
        )
        for n in range(20)
    ]
    assert len(texts.history(entries, entries, "Bram", AMSTERDAM)) < 4096


# --- storage -------------------------------------------------------------------------------


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "a.db")
    stamp = to_db(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))
    for user_id, name in ((1, "Anna"), (2, "Bram")):
        await database.execute(
            "INSERT INTO users (id, first_name, consented_at, created_at) VALUES (?, ?, ?, ?)",
            (user_id, name, stamp, stamp),
        )
    await database.execute(
        "INSERT INTO couples (id, timezone, created_at) VALUES (1, 'Europe/Amsterdam', ?)",
        (stamp,),
    )
    for user_id in (1, 2):
        await database.execute(
            "INSERT INTO couple_members (user_id, couple_id, joined_at) VALUES (?, 1, ?)",
            (user_id, stamp),
        )
    yield database
    await database.close()


NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


async def test_a_draft_takes_three_items_once(db: Database) -> None:
    draft = await appreciations.start_draft(db, 1, 1, 2, NOW)
    again = await appreciations.start_draft(db, 1, 1, 2, NOW)
    assert again.id == draft.id  # one open draft per writer
    assert await appreciations.add_items(
        db, draft.id, draft.revision, [("a", Check.VAGUE)], False, NOW
    )
    assert not await appreciations.add_items(
        db, draft.id, draft.revision, [("b", Check.OK)], False, NOW
    ), "a stale revision changes nothing"
    draft = await appreciations.get(db, draft.id)  # type: ignore[assignment]
    assert not await appreciations.add_items(
        db, draft.id, draft.revision, [("b", Check.OK)] * 3, False, NOW
    ), "a fourth item does not fit"
    assert await appreciations.add_items(
        db, draft.id, draft.revision, [("b", Check.OK), ("c", Check.OK)], True, NOW
    )
    draft = await appreciations.get(db, draft.id)  # type: ignore[assignment]
    assert [i.text for i in draft.items] == ["a", "b", "c"]
    assert draft.flagged and draft.open_question is not None and draft.open_question.position == 1
    assert not draft.complete
    assert await appreciations.start_rewrite(db, draft.id, 1, NOW)
    assert not await appreciations.accept_item(db, draft.id, 1, NOW), "rewrite is in progress"
    assert await appreciations.replace_item(db, draft.id, 1, "new", Check.OK, False, NOW)
    draft = await appreciations.get(db, draft.id)  # type: ignore[assignment]
    assert draft.complete and draft.items[0].text == "new"


async def test_send_and_thanks_are_claimed_once(db: Database) -> None:
    draft = await appreciations.start_draft(db, 1, 1, 2, NOW)
    await appreciations.add_items(db, draft.id, 0, [("a", Check.OK)] * 3, False, NOW)
    assert not await appreciations.claim_send(db, draft.id, 0, NOW), "old revision"
    assert await appreciations.claim_send(db, draft.id, 1, NOW)
    assert not await appreciations.claim_send(db, draft.id, 1, NOW)
    assert not await appreciations.keep(db, draft.id, None, NOW)
    assert not await appreciations.claim_thanks(db, draft.id, 1, NOW), "only the recipient"
    assert await appreciations.claim_thanks(db, draft.id, 2, NOW)
    assert not await appreciations.claim_thanks(db, draft.id, 2, NOW)
    assert [a.id for a in await appreciations.received(db, 2, 5)] == [draft.id]
    assert [a.id for a in await appreciations.written(db, 1, 5)] == [draft.id]


async def test_schedule_rows_follow_couples(db: Database) -> None:
    plan = await appreciation_schedules.schedule(db, 1)
    assert plan.enabled and plan.weekdays == DEFAULT_WEEKDAYS and plan.next_at is None
    [row] = await appreciation_schedules.unscheduled(db, 10)
    first = next_prompt(NOW, plan.weekdays, plan.at, row.timezone)
    await appreciation_schedules.set_first(db, 1, first)
    assert await appreciation_schedules.unscheduled(db, 10) == []
    assert first is not None
    assert await appreciation_schedules.due(db, first - timedelta(seconds=1), 10) == []
    assert [r.schedule.couple_id for r in await appreciation_schedules.due(db, first, 10)] == [1]
    following = next_prompt(first, plan.weekdays, plan.at, row.timezone)
    assert await appreciation_schedules.claim_prompt(db, 1, first, following, first)
    assert not await appreciation_schedules.claim_prompt(db, 1, first, following, first), (
        "claimed once"
    )
    # A new time zone means the next moment is computed again.
    await db.execute("UPDATE couples SET timezone = 'Europe/London' WHERE id = 1")
    assert (await appreciation_schedules.schedule(db, 1)).next_at is None
    # Unpairing removes the schedule and every draft with it.
    await appreciations.start_draft(db, 1, 1, 2, NOW)
    await db.execute("DELETE FROM couples WHERE id = 1")
    assert await db.fetchval("SELECT count(*) FROM appreciation_schedules") == 0
    assert await db.fetchval("SELECT count(*) FROM appreciations") == 0


async def test_new_couples_get_a_schedule(db: Database) -> None:
    await db.execute(
        "INSERT INTO couples (id, timezone, created_at) VALUES (7, 'Europe/Brussels', ?)",
        (to_db(NOW),),
    )
    assert await db.fetchval("SELECT count(*) FROM appreciation_schedules WHERE couple_id = 7") == 1

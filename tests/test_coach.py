"""Unit tests: coaching rules (bot.coach), the exercise library, and the coach storage."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import coach, coach_texts, exercises
from bot.coach import (
    MAX_MESSAGE,
    BroadcastState,
    LinkStatus,
    MessageProblem,
    RecipientState,
    Tally,
    Throttle,
)
from bot.content import ContentError, load_quizzes
from bot.exercises import EXERCISES_FILE, ExerciseError, load_exercises
from bot.i18n import use_locale
from bot.sending import Delivery
from bot.storage import broadcasts, coaches, users
from bot.storage.db import Database

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
SECTION_8 = {
    "checkin_daily",
    "checkin_weekly",
    "appreciation",
    "safe_word",
    "reflective_listening",
    "need_detector",
    "name_pattern",
    "soft_emotion",
    "repair_talk",
    "honesty_filter",
    "hug_6s",
    "silence_agreement",
}
OPENING_TAG = re.compile(r"<([a-z]+)[^>]*>")
CLOSING_TAG = re.compile(r"</([a-z]+)>")


# --- links and payloads ------------------------------------------------------------------


def test_payloads_round_trip_and_reject_anything_else() -> None:
    code = coach.new_code()
    assert coach.parse_payload("c" + code, "c") == code
    assert coach.parse_payload("k" + code, "c") is None
    assert coach.parse_payload("c" + code[:-1], "c") is None
    assert coach.parse_payload("c" + code + "x", "c") is None
    assert coach.hash_code(code) != code and len(coach.hash_code(code)) == 64


@given(st.text(max_size=40))
def test_typed_payloads_never_crash_and_only_codes_parse(text: str) -> None:
    parsed = coach.parse_payload(text, "k")
    assert parsed is None or (coach.is_code(parsed) and text.strip() == "k" + parsed)


def test_who_is_a_coach() -> None:
    assert coach.is_coach(5, coach.SOURCE_LINK, frozenset())
    assert coach.is_coach(5, None, frozenset({5}))
    assert coach.is_coach(5, coach.SOURCE_CONFIG, frozenset({5}))
    assert not coach.is_coach(5, coach.SOURCE_CONFIG, frozenset({6}))  # removed from COACH_IDS
    assert not coach.is_coach(5, None, frozenset())


def test_delivery_outcomes_map_to_row_states() -> None:
    assert coach.outcome_state(Delivery.SENT) is RecipientState.SENT
    assert coach.outcome_state(Delivery.BLOCKED) is RecipientState.BLOCKED
    assert coach.outcome_state(Delivery.FAILED) is RecipientState.FAILED


# --- paging, tallies, throttling ---------------------------------------------------------


@given(st.integers(0, 60), st.integers(1, 9), st.integers(-5, 20))
def test_pages_cover_every_item_once_and_clamp(total: int, size: int, asked: int) -> None:
    items = list(range(total))
    pages = coach.page_count(total, size)
    seen = [item for number in range(pages) for item in coach.paginate(items, number, size).items]
    assert seen == items
    page = coach.paginate(items, asked, size)
    assert 0 <= page.number < page.count == pages
    assert page.has_previous == (page.number > 0)
    assert page.has_next == (page.number < pages - 1)


def test_tally_counts() -> None:
    tally = Tally.from_counts({"pending": 2, "sent": 5, "blocked": 1, "unknown": 1, "bogus": 9})
    assert (tally.total, tally.processed, tally.finished) == (9, 7, False)
    assert Tally.from_counts({"sent": 3}).finished


def test_throttle_lets_one_through_per_interval() -> None:
    throttle = Throttle(2.0)
    assert throttle.ready(10.0)
    assert not throttle.ready(11.9)
    assert throttle.ready(12.0)
    assert Throttle(0.0).ready(1.0) and Throttle(0.0).ready(1.0)


# --- the coach's own message -------------------------------------------------------------


def test_message_checks_are_about_what_the_client_receives() -> None:
    assert coach.check_message(None, "x") is MessageProblem.EMPTY
    assert coach.check_message("   ", "header\n\n   ") is MessageProblem.EMPTY
    assert coach.check_message("<b> </b>", "header") is MessageProblem.EMPTY
    assert coach.check_message("hi", "h" * MAX_MESSAGE) is None
    assert coach.check_message("hi", "h" * (MAX_MESSAGE + 1)) is MessageProblem.TOO_LONG
    # 1,000 ampersands are 1,000 visible characters but 5,000 of HTML: cut, the markup would break.
    assert coach.check_message("&amp;" * 1000, "&amp;" * 1000) is MessageProblem.TOO_LONG


@given(st.text(min_size=1, max_size=5000))
def test_any_typed_message_fits_or_gets_a_reason(typed: str) -> None:
    from html import escape

    body = escape(typed)
    with use_locale("nl"):
        rendered = coach_texts.custom_message("Marieke", body)
    problem = coach.check_message(body, rendered)
    if problem is None:
        assert len(rendered) <= MAX_MESSAGE and typed.strip()
    elif problem is MessageProblem.EMPTY:
        assert not typed.strip()
    else:
        assert len(rendered) > MAX_MESSAGE


# --- the exercise library ----------------------------------------------------------------


def test_the_library_has_every_section_8_exercise_and_every_quiz_reference() -> None:
    library = load_exercises()
    assert set(library) >= SECTION_8
    for exercise in library.values():
        assert 2 <= len(exercise.steps) <= 8
    load_quizzes(exercise_ids=exercises.ids())  # every exercise a quiz result names exists


@pytest.mark.parametrize("exercise_id", sorted(SECTION_8 | {"validate_first", "turn_toward"}))
def test_each_exercise_renders_in_dutch_within_one_message(exercise_id: str) -> None:
    exercise = exercises.get(exercise_id)
    assert exercise is not None
    with use_locale("nl"):
        text = coach_texts.exercise_message("Marieke", exercise)
    assert len(text) < MAX_MESSAGE
    assert "Deze week" in text and "Zo doe je het" in text and "Gedaan" in text
    assert sorted(OPENING_TAG.findall(text)) == sorted(CLOSING_TAG.findall(text))


@pytest.mark.parametrize(
    ("exercise_id", "fact"),
    [
        ("reflective_listening", "minstens drie keer"),
        ("checkin_weekly", "zondag om 20:00"),
        ("checkin_weekly", "30 tot 45 minuten"),
        ("safe_word", "20 minuten"),
        ("repair_talk", "24 tot 48 uur"),
        ("hug_6s", "zes seconden"),
        ("turn_toward", "87%"),
        ("need_detector", "veiligheid, verbinding, erkenning en autonomie"),
        ("appreciation", "twee keer drie"),
        ("honesty_filter", "is het waar? Is het nuttig? Is het liefdevol?"),
    ],
)
def test_exercise_facts_carry_over(exercise_id: str, fact: str) -> None:
    exercise = exercises.get(exercise_id)
    assert exercise is not None
    with use_locale("nl"):
        assert fact in coach_texts.exercise_message("Marieke", exercise)


def broken(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    data = json.loads(EXERCISES_FILE.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "exercises.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def first(data: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = data["exercises"][0]
    return item


@pytest.mark.parametrize(
    ("change", "key", "problem"),
    [
        (lambda d: first(d).pop("why"), "exercises[0].why", "missing"),
        (lambda d: first(d).update(extra="x"), "exercises[0].extra", "unknown key"),
        (lambda d: first(d).update(id="Bad Id"), "exercises[0].id", "is not an id"),
        (lambda d: d["exercises"][1].update(id="checkin_daily"), "exercises[1].id", "duplicate id"),
        (lambda d: first(d).update(steps=[{"text": "one"}]), "exercises[0].steps", "2 to 8"),
        (
            lambda d: first(d)["steps"][1].update(text=" "),
            "exercises[0].steps[1].text",
            "non-empty",
        ),
        (lambda d: first(d).update(title="x" * 41), "exercises[0].title", "longer than 40"),
        (
            lambda d: first(d).update(this_week="Never translated"),
            "exercises[0]",
            "no nl translation",
        ),
        (lambda d: d.update(exercises=[]), "exercises", "non-empty list"),
    ],
)
def test_a_broken_library_is_one_line_naming_file_and_key(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], key: str, problem: str
) -> None:
    path = broken(tmp_path, change)
    with pytest.raises(ExerciseError) as caught:
        load_exercises(path)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{path}: {key}: ")
    assert problem in message
    assert isinstance(caught.value, ContentError) and isinstance(caught.value, ValueError)


def test_invalid_json_and_duplicate_keys(tmp_path: Path) -> None:
    path = tmp_path / "exercises.json"
    path.write_text('{"exercises": [', encoding="utf-8")
    with pytest.raises(ExerciseError, match=r"exercises\.json: line 1: invalid JSON"):
        load_exercises(path)
    path.write_text('{"exercises": [], "exercises": []}', encoding="utf-8")
    with pytest.raises(ExerciseError, match="exercises: duplicate key"):
        load_exercises(path)
    with pytest.raises(ExerciseError, match="cannot read"):
        load_exercises(tmp_path / "missing.json")


# --- storage -----------------------------------------------------------------------------


@pytest.fixture
async def db(tmp_path: Path) -> AsyncIterator[Database]:
    database = await Database.open(tmp_path / "coach.db")
    for user_id in range(1, 31):
        await users.consent(database, user_id, f"U{user_id}", None, NOW)
    yield database
    await database.close()


async def test_a_coach_link_works_once_even_when_pressed_at_the_same_time(db: Database) -> None:
    payload = await coaches.create_coach_link(db, NOW)
    code = coach.parse_payload(payload, "c")
    assert code is not None
    assert await coaches.coach_link_status(db, code, NOW) is LinkStatus.OK
    results = await asyncio.gather(
        *(coaches.redeem_coach_link(db, code, u, NOW) for u in (1, 2, 3))
    )
    assert sorted(results) == [False, False, True]
    assert await coaches.coach_link_status(db, code, NOW) is LinkStatus.USED
    later = NOW + coach.COACH_LINK_TTL + timedelta(seconds=1)
    other = coach.parse_payload(await coaches.create_coach_link(db, NOW), "c")
    assert other is not None
    assert await coaches.coach_link_status(db, other, later) is LinkStatus.EXPIRED
    assert not await coaches.redeem_coach_link(db, other, 4, later)
    assert await coaches.coach_link_status(db, "x" * 24, NOW) is LinkStatus.UNKNOWN


async def confirmed_broadcast(db: Database, clients: range) -> int:
    assert await coaches.redeem_coach_link(
        db, str(coach.parse_payload(await coaches.create_coach_link(db, NOW), "c")), 1, NOW
    )
    for client in clients:
        assert await coaches.add_client(db, 1, client, client % 2 == 0, NOW)
    draft_id = await broadcasts.new_draft(db, 1, NOW)
    await broadcasts.update_draft(db, draft_id, exercise_id="hug_6s", audience="all")
    draft = await broadcasts.get_broadcast(db, draft_id)
    assert draft is not None
    assert await broadcasts.confirm(db, draft, "text", (1, 1), NOW) == len(clients)
    assert await broadcasts.confirm(db, draft, "text", (1, 1), NOW) == 0  # confirming twice
    return draft_id


async def test_concurrent_claims_never_take_a_row_twice(db: Database) -> None:
    broadcast_id = await confirmed_broadcast(db, range(2, 22))
    claims = await asyncio.gather(
        *(broadcasts.claim_next(db, broadcast_id, NOW) for _ in range(30))
    )
    taken = [claim.client_id for claim in claims if claim is not None]
    assert sorted(taken) == list(range(2, 22))
    tally = await broadcasts.tally(db, broadcast_id)
    assert tally.sending == 20 and tally.pending == 0


async def test_rows_in_doubt_become_unknown_and_finish_happens_once(db: Database) -> None:
    broadcast_id = await confirmed_broadcast(db, range(2, 6))
    first_claim = await broadcasts.claim_next(db, broadcast_id, NOW)
    assert first_claim is not None
    assert await broadcasts.mark_interrupted(db, broadcast_id) == 1
    await coaches.remove_client(db, 1, 4)  # leaves before their turn
    while (claim := await broadcasts.claim_next(db, broadcast_id, NOW)) is not None:
        if claim.eligible:
            await broadcasts.record(db, claim.recipient_id, RecipientState.SENT, 7)
    tally = await broadcasts.tally(db, broadcast_id)
    assert (tally.unknown, tally.sent, tally.skipped) == (1, 2, 1)
    assert await broadcasts.finish(db, broadcast_id, NOW)
    assert not await broadcasts.finish(db, broadcast_id, NOW)
    done = await broadcasts.get_broadcast(db, broadcast_id)
    assert done is not None and done.state is BroadcastState.DONE
    assert await broadcasts.unfinished(db) == []


async def test_a_stale_revision_or_a_cancelled_draft_confirms_nothing(db: Database) -> None:
    assert await coaches.redeem_coach_link(
        db, str(coach.parse_payload(await coaches.create_coach_link(db, NOW), "c")), 1, NOW
    )
    await coaches.add_client(db, 1, 2, True, NOW)
    draft_id = await broadcasts.new_draft(db, 1, NOW)
    await broadcasts.update_draft(db, draft_id, body="hoi", audience="all")
    old = await broadcasts.get_broadcast(db, draft_id)
    assert old is not None
    await broadcasts.update_draft(db, draft_id, body="hoi!")
    assert await broadcasts.confirm(db, old, "text", (1, 1), NOW) == 0
    newer = await broadcasts.new_draft(db, 1, NOW)  # the older draft is cancelled
    cancelled = await broadcasts.get_broadcast(db, draft_id)
    assert cancelled is not None and cancelled.state is BroadcastState.CANCELLED
    assert not await broadcasts.update_draft(db, draft_id, body="x")
    with pytest.raises(ValueError, match="not a draft column"):
        await broadcasts.update_draft(db, newer, state="done")


async def test_forgetting_a_client_removes_their_rows(db: Database) -> None:
    broadcast_id = await confirmed_broadcast(db, range(2, 5))
    await users.delete(db, 3)
    assert await coaches.link_of(db, 3) is None
    tally = await broadcasts.tally(db, broadcast_id)
    assert tally.pending == 2
    await users.delete(db, 1)  # the coach: everything of theirs goes
    assert await broadcasts.get_broadcast(db, broadcast_id) is None
    assert await coaches.client_count(db, 1) == 0

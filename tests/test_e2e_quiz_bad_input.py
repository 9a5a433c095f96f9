"""End to end: the quiz flow's way back and out, a restart mid-round, /quiz in a group,
and every kind of bad input (a short Dutch answer, progress intact, no errors).
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.content import ContentError
from bot.handlers.reflection import fit
from tests.conftest import link_group, onboard
from tests.fakeapi import FakeBotApi, FakeUser
from tests.harness import BotHarness
from tests.test_e2e_quiz import (
    STOP,
    answer_all,
    answer_data,
    health,
    on_screen,
    open_quiz,
    pick,
    query,
    take,
    text_of,
    write_all,
)


async def progress(bot: BotHarness) -> tuple[int, dict[str, object]]:
    """(position, answers) of the only open round."""
    rows = await query(
        bot,
        "SELECT position, answers FROM quiz_attempts"
        " WHERE finished_at IS NULL AND abandoned_at IS NULL",
    )
    assert len(rows) == 1
    return rows[0]["position"], json.loads(rows[0]["answers"])


def last_alert(api: FakeBotApi) -> str:
    return str(api.callback_answers[-1]["text"] or "")


# --- back and out, resume ---------------------------------------------------------------------


async def test_back_changes_an_answer_and_stop_keeps_progress(
    bot: BotHarness, anna: FakeUser
) -> None:
    await onboard(bot, anna)
    await open_quiz(bot, anna, "health")
    await answer_all(bot, anna, ["y", "n"])
    third = on_screen(bot, anna)
    assert "Vraag 3 van 20" in text_of(third)
    await bot.press(anna, third, "◀ Vorige vraag")
    second = on_screen(bot, anna)
    assert "Vraag 2 van 20" in text_of(second)
    assert second.has_button("✅ Nee")  # the earlier answer is visible
    assert third.buttons() == []  # the question left behind has no buttons
    await pick(bot, anna, "y")
    assert "Vraag 3 van 20" in text_of(on_screen(bot, anna))
    assert await progress(bot) == (2, {"c1": True, "c2": True})

    sent = await bot.press(anna, on_screen(bot, anna), STOP)
    assert any("bewaard" in text_of(m) for m in sent)
    paused = bot.last(anna)
    # Text after stopping is ordinary chat again: the fallback answers.
    sent = await bot.send(anna, "hallo")
    assert "verwacht nu geen tekst" in text_of(sent[0])
    listing = (await bot.send(anna, "/quiz"))[-1]
    assert "vraag 3 van 20" in text_of(listing)
    await bot.press(anna, listing, "Verder waar ik was")
    assert "Vraag 3 van 20" in text_of(on_screen(bot, anna))
    result = await answer_all(bot, anna, ["y"] * 18)
    assert "Je score: 20 van 20." in text_of(result)
    # The "continue" button under the stop message is stale now.
    await bot.press(anna, paused, "Verder waar ik was")
    assert "al afgerond" in last_alert(bot.api)
    assert bot.errors == []


async def test_resume_after_a_restart(bot: BotHarness, anna: FakeUser) -> None:
    await onboard(bot, anna)
    await open_quiz(bot, anna, "health")
    await answer_all(bot, anna, ["y"] * 5)
    question = on_screen(bot, anna)
    await bot.restart()
    # The buttons on screen still work after the restart.
    await bot.press_data(anna, question, answer_data(question, "n"))
    assert "Vraag 7 van 20" in text_of(on_screen(bot, anna))
    assert await progress(bot) == (
        6,
        {**{f"c{n}": True for n in range(1, 5)}, "t1": True, "t2": False},
    )
    # Text still reaches the quiz after the restart (pending input is in the database).
    sent = await bot.send(anna, "ja")
    assert "knoppen onder de vraag" in text_of(sent[0])
    await bot.restart()
    listing = (await bot.send(anna, "/quiz"))[-1]
    await bot.press(anna, listing, "Verder waar ik was")
    assert "Vraag 7 van 20" in text_of(on_screen(bot, anna))
    result = await answer_all(bot, anna, ["y"] * 14)
    assert "Je score: 19 van 20." in text_of(result)
    assert bot.errors == []


async def test_reflection_resumes_after_restart(bot: BotHarness, anna: FakeUser) -> None:
    await onboard(bot, anna)
    await open_quiz(bot, anna, "reflect")
    await write_all(bot, anna, ["een", "twee"])
    await bot.restart()
    await bot.send(anna, "drie")
    assert "Vraag 4 van 10" in text_of(on_screen(bot, anna))
    await bot.press(anna, on_screen(bot, anna), "◀ Vorige vraag")
    back = on_screen(bot, anna)
    assert "Hier heb je al iets geschreven" in text_of(back)
    assert back.has_button("Volgende vraag ▶")
    await bot.send(anna, "drie, anders")
    rows = await query(bot, "SELECT question_id, text FROM reflection_answers ORDER BY id")
    assert [r["text"] for r in rows] == ["een", "twee", "drie, anders"]
    assert bot.errors == []


# --- the group ------------------------------------------------------------------------------


async def test_quiz_in_a_group_points_to_the_private_chat(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    sent = await bot.send(anna, f"/quiz@{api.bot_user.username}", group)
    assert len(sent) == 1 and sent[0].chat_id == group.id
    assert "alleen jij ziet je antwoorden" in text_of(sent[0])
    url = dict(sent[0].buttons())["Naar de quizzen"]
    assert url.endswith(f"{api.bot_user.username}?start=q")
    assert await query(bot, "SELECT * FROM quiz_attempts") == []
    # The deep link opens the list privately.
    listing = (await bot.send(anna, "/start q"))[-1]
    assert listing.chat_id == anna.id and "Kies een quiz" in text_of(listing)
    assert bot.errors == []


# --- bad input ------------------------------------------------------------------------------


async def test_text_sticker_and_double_presses_keep_progress(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser
) -> None:
    await onboard(bot, anna)
    await open_quiz(bot, anna, "attachment")
    first = on_screen(bot, anna)
    # Text while a button is expected: a pointer to the buttons, the question again.
    sent = await bot.send(anna, "ik weet het niet")
    assert "knoppen onder de vraag" in text_of(sent[0])
    assert "Vraag 1 van 3" in text_of(sent[-1]) and sent[-1].has_button(STOP)
    assert first.buttons() == []  # only one question with live buttons
    assert await progress(bot) == (0, {})
    await bot.sticker(anna)
    assert await progress(bot) == (0, {})
    # Words that trigger the safety net get the help lines, and no nudge to the buttons.
    sent = await bot.send(anna, "ik wil dood")
    assert any("113" in text_of(m) for m in sent)
    assert not any("knoppen" in text_of(m) for m in sent)
    assert await progress(bot) == (0, {})

    question = on_screen(bot, anna)
    same = answer_data(question, "b")
    other = answer_data(question, "c")
    await bot.press_data(anna, question, same)
    await bot.press_data(anna, question, same)  # pressed twice
    assert "genoteerd" in last_alert(api)
    await bot.press_data(anna, question, other)  # a different answer to an old question
    assert "hoort bij een andere vraag" in last_alert(api)
    assert await progress(bot) == (1, {"feel": "b"})
    await bot.press_data(anna, question, f"qz:b:{same.split(':')[2]}:0")
    assert "hoort bij een andere vraag" in last_alert(api)
    assert "Vraag 2 van 3" in text_of(on_screen(bot, anna))
    assert bot.errors == []


async def test_second_quiz_while_one_is_open(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser
) -> None:
    await onboard(bot, anna)
    await open_quiz(bot, anna, "health")
    await answer_all(bot, anna, ["y", "y", "y"])
    old_question = on_screen(bot, anna)
    old_yes = answer_data(old_question, "y")

    sent = await open_quiz(bot, anna, "patterns")
    ask = sent[-1]
    assert "Je bent nog bezig met ‘Checklist: hoe gezond is jullie relatie?’" in text_of(ask)
    assert "vraag 4 van 20" in text_of(ask)
    await bot.press(anna, ask, "Verder waar ik was")
    assert "Vraag 4 van 20" in text_of(on_screen(bot, anna))
    assert await progress(bot) == (3, {"c1": True, "c2": True, "c3": True})

    same = (await open_quiz(bot, anna, "health"))[-1]
    assert "Deze quiz ben je al begonnen" in text_of(same)

    await bot.press(anna, ask, "Opnieuw beginnen")
    assert "Vraag 1 van 7" in text_of(on_screen(bot, anna))
    assert await progress(bot) == (0, {})
    rows = await query(bot, "SELECT quiz_id, abandoned_at IS NOT NULL AS gone FROM quiz_attempts")
    assert rows == [{"quiz_id": "health", "gone": 1}, {"quiz_id": "patterns", "gone": 0}]
    # Buttons of the replaced round are stale, and so is the choice itself.
    await bot.press_data(anna, old_question, old_yes)
    assert "loopt niet meer" in last_alert(api)
    await bot.press(anna, ask, "Opnieuw beginnen")
    assert "loopt niet meer" in last_alert(api)
    assert await progress(bot) == (0, {})
    assert bot.errors == []


async def test_stale_buttons_from_a_finished_quiz_and_strangers(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, stranger: FakeUser
) -> None:
    await onboard(bot, anna)
    await open_quiz(bot, anna, "attachment")
    question = on_screen(bot, anna)
    data = answer_data(question, "a")
    attempt_id = data.split(":")[2]

    await onboard(bot, stranger)
    mine = bot.last(stranger)
    await bot.press_data(stranger, mine, data)
    assert "niet voor jou" in last_alert(api)
    await bot.press_data(stranger, mine, f"qz:x:{attempt_id}:0")
    assert "niet voor jou" in last_alert(api)
    assert await progress(bot) == (0, {})

    await answer_all(bot, anna, ["a", "a", "a"])
    await bot.press_data(anna, question, data)
    assert "al afgerond" in last_alert(api)
    for forged in ("qz", "qz:zz", "qz:a", "qz:a:x:y:z", "qz:a:999:0:a", "qz:s:nope", "qz:rp:1"):
        await bot.press_data(anna, question, forged)
        assert api.callback_answers[-1]["show_alert"] is True, forged
    await bot.press_data(anna, question, f"qz:sh:{attempt_id}")
    assert "niet gekoppeld" in last_alert(api)
    assert bot.errors == []


async def test_reflection_answer_empty_or_too_long(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser
) -> None:
    await onboard(bot, anna)
    await open_quiz(bot, anna, "reflect")
    sent = await bot.send(anna, "   ")
    assert "leeg" in text_of(sent[0])
    sent = await bot.send(anna, "x" * 4001)
    assert "maximaal 4.000 tekens" in text_of(sent[0]) and "4.001" in text_of(sent[0])
    assert await query(bot, "SELECT * FROM reflection_answers") == []
    assert "Vraag 1 van 10" in text_of(on_screen(bot, anna))
    await bot.sticker(anna)
    await bot.send(anna, "y" * 4000)  # exactly the limit is fine
    assert "Vraag 2 van 10" in text_of(on_screen(bot, anna))
    rows = await query(bot, "SELECT length(text) AS n FROM reflection_answers")
    assert rows == [{"n": 4000}]
    assert bot.errors == []


async def test_answers_pressed_after_unpairing_and_sharing_without_partner(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    from tests.conftest import pair

    await pair(bot, anna, bram)
    result = await take(bot, anna, "health", health(3))
    assert "Crisis" in text_of(result)
    sent = await bot.send(anna, "/ontkoppel")
    await bot.press(anna, sent[-1], "Ja, ontkoppel")
    before = len(bot.inbox(bram))
    await bot.press(anna, result, "Deel met mijn partner")
    assert "niet gekoppeld" in last_alert(api)
    assert len(bot.inbox(bram)) == before
    assert bot.errors == []


# --- start-up and small pure parts ------------------------------------------------------------


def test_broken_content_stops_start_up_with_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from telegram.ext import Application

    import bot.__main__ as entry
    import bot.content as content

    broken = tmp_path / "content" / "quizzes"
    broken.mkdir(parents=True)
    source = json.loads((content.CONTENT_DIR / "quizzes" / "health.json").read_text("utf-8"))
    del source["results"][0]["band"]
    (broken / "health.json").write_text(json.dumps(source), encoding="utf-8")
    monkeypatch.setattr(content, "CONTENT_DIR", tmp_path / "content")

    def run_start_up_only(self: Application, **_kwargs: object) -> None:  # type: ignore[type-arg]
        assert self.post_init is not None
        asyncio.run(self.post_init(self))

    monkeypatch.setattr(Application, "run_polling", run_start_up_only)
    monkeypatch.setenv("BOT_TOKEN", "123456:" + "A" * 35)
    monkeypatch.setenv("DATABASE_PATH", str(tmp_path / "samen.db"))
    monkeypatch.delenv("WEBHOOK_URL", raising=False)
    assert entry.main([]) == 2
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1
    assert "health.json: results[0].band: missing" in lines[0]
    assert content.get_quiz("health") is not None  # the loaded quizzes are untouched
    with pytest.raises(ContentError):
        content.reload_quizzes(broken)


@given(st.text(max_size=300), st.integers(min_value=1, max_value=120))
def test_fit_escapes_and_stays_within_the_limit(text: str, limit: int) -> None:
    fitted = fit(text, limit)
    assert len(fitted) <= limit
    assert "<" not in fitted and ">" not in fitted
    if len(text) * 5 <= limit:  # escaping grows a character to at most 5
        assert fitted == text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


async def test_repository_guards_against_doubled_and_raced_writes(tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from bot.quiz import QuizResult
    from bot.storage import quizzes as rounds
    from bot.storage.db import Database

    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    db = await Database.open(tmp_path / "samen.db")
    try:
        await db.execute(
            "INSERT INTO users (id, first_name, consented_at, created_at) VALUES (1, 'A', ?, ?)",
            ("2026-11-23T09:00:00.000000Z", "2026-11-23T09:00:00.000000Z"),
        )
        first = await rounds.start(db, 1, "health", now)
        assert await rounds.save_progress(db, first.id, 0, {"c1": True}, 1, now)
        assert not await rounds.save_progress(db, first.id, 0, {"c1": False}, 1, now)  # twice
        second = await rounds.start(db, 1, "patterns", now)  # ends the open round
        assert (await rounds.open_attempt(db, 1)) == second
        assert not await rounds.save_progress(db, first.id, 1, {}, 2, now)
        assert not await rounds.abandon(db, first.id, now)
        result = QuizResult("patterns", "none", 0, 7)
        assert await rounds.finish(db, second.id, 0, {}, result, now)
        assert not await rounds.finish(db, second.id, 0, {}, result, now)
        assert await rounds.claim_share(db, second.id, now)
        assert not await rounds.claim_share(db, second.id, now)
        assert not await rounds.claim_share(db, first.id, now)  # never finished
        assert await rounds.open_attempt(db, 1) is None
        assert await rounds.latest_results(db, 1) == {"patterns": result}
    finally:
        await db.close()

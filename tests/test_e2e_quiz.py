"""End to end: every quiz taken start to finish in a private chat, history and sharing.

The real Application polls the fake Bot API. Anna takes the quizzes; Bram, her
partner, must receive nothing unless she presses a share button. Bad input,
restarts and the group are in ``test_e2e_quiz_bad_input.py``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from bot.storage.db import Database
from tests.conftest import onboard, pair
from tests.fakeapi import FakeUser, SentMessage
from tests.harness import BotHarness

STOP = "Even stoppen"

# --- helpers: answer a whole quiz by pressing buttons ---------------------------------------


async def query(bot: BotHarness, sql: str, *params: object) -> list[dict[str, Any]]:
    """Rows from the bot's database (a second connection; WAL allows it)."""
    db = await Database.open(bot.db_path)
    try:
        return [dict(row) for row in await db.fetchall(sql, params)]
    finally:
        await db.close()


def on_screen(bot: BotHarness, user: FakeUser) -> SentMessage:
    """The question the user sees now: the latest message with quiz buttons."""
    for message in reversed(bot.inbox(user)):
        if message.has_button(STOP):
            return message
    raise AssertionError(f"no question on screen for {user.first_name}")


def answer_data(message: SentMessage, option: str) -> str:
    """The payload of the answer button for ``option`` on a question message."""
    for _text, data in message.buttons():
        if data.startswith("qz:a:") and data.rsplit(":", 1)[1] == option:
            return data
    raise AssertionError(f"no option {option!r} on {message.buttons()!r}")


async def pick(bot: BotHarness, user: FakeUser, option: str) -> list[SentMessage]:
    """Press the answer button ``option`` under the question on screen."""
    question = on_screen(bot, user)
    return await bot.press_data(user, question, answer_data(question, option))


async def open_quiz(bot: BotHarness, user: FakeUser, quiz_id: str) -> list[SentMessage]:
    """/quiz, then the quiz's button in the list."""
    listing = (await bot.send(user, "/quiz"))[-1]
    return await bot.press_data(user, listing, f"qz:s:{quiz_id}")


async def answer_all(
    bot: BotHarness, user: FakeUser, answers: Sequence[str | Sequence[str]]
) -> SentMessage:
    """Answer question after question (a list ticks options, then Done); the last message."""
    for answer in answers:
        if isinstance(answer, str):
            await pick(bot, user, answer)
        else:
            for option in answer:
                await pick(bot, user, option)
            await pick(bot, user, "ok")
    return bot.last(user)


async def take(
    bot: BotHarness, user: FakeUser, quiz_id: str, answers: Sequence[str | Sequence[str]]
) -> SentMessage:
    """Take a whole quiz from the list; returns the result message."""
    await open_quiz(bot, user, quiz_id)
    return await answer_all(bot, user, answers)


async def write_all(bot: BotHarness, user: FakeUser, texts: Sequence[str | None]) -> SentMessage:
    """Reflection: send each text as an answer (None: skip); returns the last message."""
    for text in texts:
        if text is None:
            await bot.press(user, on_screen(bot, user), "Sla deze over")
        else:
            await bot.send(user, text)
    return bot.last(user)


def text_of(message: SentMessage) -> str:
    return message.plain or ""


def health(yes: int) -> list[str]:
    return ["y"] * yes + ["n"] * (20 - yes)


# --- the list ---------------------------------------------------------------------------------


async def test_quiz_list_from_command_and_menu(bot: BotHarness, anna: FakeUser) -> None:
    await onboard(bot, anna)
    assert bot.last(anna).has_button("Quizzen")
    listing = (await bot.send(anna, "/quiz"))[-1]
    assert "Kies een quiz" in text_of(listing)
    assert [data for _t, data in listing.buttons()] == [
        "qz:s:attachment",
        "qz:s:health",
        "qz:s:patterns",
        "qz:s:help",
        "qz:s:reflect",
    ]
    assert listing.has_button("Checklist: hoe gezond is jullie relatie?")
    menu = next(m for m in reversed(bot.inbox(anna)) if m.has_button("Quizzen"))
    sent = await bot.press(anna, menu, "Quizzen")
    assert any("Kies een quiz" in text_of(m) for m in sent)
    assert "quiz" in dict(bot.api.commands_for("all_private_chats"))
    assert "quiz" in dict(bot.api.commands_for("all_group_chats"))
    assert bot.errors == []


async def test_quiz_needs_consent(bot: BotHarness, stranger: FakeUser) -> None:
    sent = await bot.send(stranger, "/quiz")
    assert "kennen elkaar nog niet" in text_of(sent[-1])
    assert await query(bot, "SELECT * FROM quiz_attempts") == []


# --- every quiz start to finish ---------------------------------------------------------------


async def test_attachment_quiz_and_the_tie(bot: BotHarness, anna: FakeUser) -> None:
    await onboard(bot, anna)
    sent = await open_quiz(bot, anna, "attachment")
    assert "Snelle test: je hechtingsstijl" in text_of(sent[0])
    assert "3 vragen" in text_of(sent[0])
    assert "Vraag 1 van 3" in text_of(sent[1])
    assert not sent[1].has_button("Vorige")  # no way back from the first question
    await pick(bot, anna, "a")
    assert "Vraag 2 van 3" in text_of(on_screen(bot, anna))
    assert on_screen(bot, anna).has_button("◀ Vorige vraag")
    result = await answer_all(bot, anna, ["a", "c"])
    assert "Je antwoorden wijzen op een vermijdende stijl" in text_of(result)
    assert "Wat je nu kunt doen" in text_of(result)
    assert "eerste keer" in text_of(result)
    assert result.has_button("Andere quizzen")
    assert not result.has_button("Deel met mijn partner")  # Anna is not paired
    # The answered question keeps its text and loses its buttons.
    first_question = next(m for m in bot.inbox(anna) if "Vraag 1 van 3" in text_of(m))
    assert first_question.buttons() == []
    assert "Jouw antwoord: Het wordt me te veel" in text_of(first_question)

    # One A, one B, one C: a three-way tie is "no clear style", and the change is shown.
    tie = await take(bot, anna, "attachment", ["a", "b", "c"])
    assert "Deze keer geen duidelijke stijl" in text_of(tie)
    assert "vermijdend, angstig en veilig" in text_of(tie)
    assert "Vorige keer was je uitslag ‘vermijdend’, nu is het ‘geen duidelijke stijl’" in text_of(
        tie
    )
    rows = await query(bot, "SELECT result FROM quiz_attempts ORDER BY id")
    assert [json.loads(r["result"])["result_id"] for r in rows] == ["avoidant", "mixed"]
    assert bot.errors == []


async def test_health_checklist_scores_and_trend(bot: BotHarness, anna: FakeUser) -> None:
    await onboard(bot, anna)
    sent = await open_quiz(bot, anna, "health")
    assert "Vraag 1 van 20" in text_of(sent[-1])
    assert "Emotionele verbinding" in text_of(sent[-1])
    await pick(bot, anna, "y")
    assert "Vraag 2 van 20" in text_of(on_screen(bot, anna))
    result = await answer_all(bot, anna, health(12)[1:])
    assert "Je score: 12 van 20." in text_of(result)
    assert "werk aan de winkel" in text_of(result)
    assert "eerste keer" in text_of(result)

    again = await take(bot, anna, "health", health(15))
    assert "Je score: 15 van 20." in text_of(again)
    assert "Vorige keer 12 van 20, nu 15 van 20." in text_of(again)
    listing = (await bot.send(anna, "/quiz"))[-1]
    assert "Je laatste uitslagen" in text_of(listing)
    assert "‘gezond’ (15 van 20)" in text_of(listing)
    assert bot.errors == []


async def test_patterns_quiz_names_each_recognised_pattern(bot: BotHarness, anna: FakeUser) -> None:
    await onboard(bot, anna)
    answers = ["y", "n", "n", "n", "y", "n", "n"]  # the wall and sarcasm
    result = await take(bot, anna, "patterns", answers)
    assert "Deze patronen herken je" in text_of(result)
    assert "Wat helpt" in text_of(result)
    assert "De muur" in text_of(result) and "Sarcasme" in text_of(result)
    assert "De oplosser" not in text_of(result)
    none = await take(bot, anna, "patterns", ["n"] * 7)
    assert "Je herkende geen van de zeven" in text_of(none)
    assert "Vorige keer herkende je er 2 van de 7, nu 0 van de 7." in text_of(none)


async def test_help_quiz_immediately_shows_help_lines(bot: BotHarness, anna: FakeUser) -> None:
    await onboard(bot, anna)
    await open_quiz(bot, anna, "help")
    question = on_screen(bot, anna)
    assert "Vraag 1 van 3" in text_of(question)
    await pick(bot, anna, "suicide")
    ticked = on_screen(bot, anna)
    assert ticked.message_id == question.message_id  # ticking edits the same message
    assert any(label.startswith("✅") for label, _d in ticked.buttons())
    await pick(bot, anna, "affair")
    await pick(bot, anna, "affair")  # untick again
    await pick(bot, anna, "ok")
    result = await answer_all(bot, anna, [[], ["kids"]])
    text = text_of(result)
    assert "Zoek nu hulp, binnen een week" in text
    assert "Zoek vandaag nog contact" in text
    assert "0800-0113" in text and "Veilig Thuis" in text and "112" in text
    assert "Samen is coaching, geen therapie" in text
    rows = await query(bot, "SELECT answers FROM quiz_attempts")
    assert json.loads(rows[0]["answers"]) == {"now": ["suicide"], "month": [], "later": ["kids"]}

    calm = await take(bot, anna, "help", [[], [], []])
    assert "Geen signalen" in text_of(calm)
    assert "0800-0113" not in text_of(calm)
    assert "Vorige keer was je uitslag ‘nu hulp zoeken’, nu is het ‘geen signalen’" in text_of(calm)
    assert bot.errors == []


async def test_reflection_answers_stay_private(
    bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    bram_before = len(bot.inbox(bram))
    sent = await open_quiz(bot, anna, "reflect")
    assert "Alleen jij" in text_of(sent[-1]) or "alleen jij" in text_of(sent[-1]).lower()
    assert "Vraag 1 van 10" in text_of(sent[-1])
    texts: list[str | None] = [f"Mijn antwoord {n}" for n in range(1, 11)]
    texts[2] = None  # skip the third question
    for text in texts[:4]:
        await write_all(bot, anna, [text])
        # No share button anywhere while answering.
        assert not any("Deel" in label for label, _d in on_screen(bot, anna).buttons())
    result = await write_all(bot, anna, texts[4:])
    assert "Fijn dat je hier de tijd voor nam" in text_of(result)
    assert result.has_button("Eén antwoord delen")
    assert not result.has_button("Deel met mijn partner")
    assert "Mijn antwoord" not in text_of(result)
    rows = await query(
        bot, "SELECT question_id, text, flagged, shared_at FROM reflection_answers ORDER BY id"
    )
    assert len(rows) == 9 and all(r["shared_at"] is None and not r["flagged"] for r in rows)
    assert "adapt" not in {r["question_id"] for r in rows}
    assert len(bot.inbox(bram)) == bram_before  # Bram received nothing

    # Sharing is one answer at a time, after an explicit yes.
    choose = await bot.press(anna, result, "Eén antwoord delen")
    assert "Welk antwoord wil je delen" in text_of(choose[-1])
    assert not choose[-1].has_button("Vraag 3")  # skipped, nothing to share
    preview = (await bot.press(anna, choose[-1], "Vraag 2"))[-1]
    assert "Mijn antwoord 2" in text_of(preview)
    assert "Wil je dit antwoord met Bram delen?" in text_of(preview)
    assert len(bot.inbox(bram)) == bram_before
    await bot.press(anna, preview, "Nee, ik houd het voor mij")
    assert "blijft bij jou" in text_of(preview)
    assert len(bot.inbox(bram)) == bram_before

    preview = (await bot.press(anna, choose[-1], "Vraag 5"))[-1]
    yes = preview.button("Ja, deel dit antwoord")
    await bot.press(anna, preview, "Ja, deel dit antwoord")
    received = bot.inbox(bram)[bram_before:]
    assert len(received) == 2
    assert "Anna deelt een antwoord uit de eigen reflectie met je" in text_of(received[0])
    assert text_of(received[1]) == "Mijn antwoord 5"
    assert "Gedeeld met Bram" in text_of(preview)
    await bot.press_data(anna, preview, yes)  # pressed again
    assert "al gedeeld" in (bot.api.callback_answers[-1]["text"] or "")
    assert len(bot.inbox(bram)) == bram_before + 2
    shared = await query(bot, "SELECT question_id FROM reflection_answers WHERE shared_at NOT NULL")
    assert shared == [{"question_id": "heal"}]

    again = await take(bot, anna, "reflect", [])
    assert "Vraag 1 van 10" in text_of(on_screen(bot, anna))
    again = await write_all(bot, anna, [None] * 10)
    assert "eerder beantwoord" in text_of(again)
    assert not again.has_button("Eén antwoord delen")  # nothing written this round
    assert bot.errors == []


async def test_flagged_reflection_answer_asks_before_sharing(
    bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    bram_before = len(bot.inbox(bram))
    await open_quiz(bot, anna, "reflect")
    sent = await bot.send(anna, "Soms denk ik: ik wil dood.")
    assert any("113" in text_of(m) for m in sent)  # the safety net answered at once
    assert "Vraag 2 van 10" in text_of(on_screen(bot, anna))  # and the flow goes on
    result = await write_all(bot, anna, [None] * 9)
    rows = await query(bot, "SELECT flagged FROM reflection_answers")
    assert rows == [{"flagged": 1}]
    choose = (await bot.press(anna, result, "Eén antwoord delen"))[-1]
    preview = (await bot.press(anna, choose, "Vraag 1"))[-1]
    assert "Wil je dit echt delen?" in text_of(preview)
    assert len(bot.inbox(bram)) == bram_before
    await bot.press(anna, preview, "Ja, deel dit antwoord")
    assert "ik wil dood" in text_of(bot.inbox(bram)[-1])
    assert bot.errors == []


# --- sharing a result -----------------------------------------------------------------------


async def test_result_reaches_the_partner_only_on_the_press(
    api: Any, bot: BotHarness, anna: FakeUser, bram: FakeUser, stranger: FakeUser
) -> None:
    await pair(bot, anna, bram)
    bram_before = len(bot.inbox(bram))
    result = await take(bot, anna, "health", health(16))
    assert result.has_button("Deel met mijn partner")
    await take(bot, anna, "attachment", ["c", "c", "a"])
    assert len(bot.inbox(bram)) == bram_before  # nothing without the press

    share = result.button("Deel met mijn partner")
    await onboard(bot, stranger)
    await bot.press_data(stranger, bot.last(stranger), share)
    assert "niet voor jou" in (api.callback_answers[-1]["text"] or "")
    await bot.press_data(bram, bot.last(bram), share)
    assert "niet voor jou" in (api.callback_answers[-1]["text"] or "")
    assert len(bot.inbox(bram)) == bram_before

    sent = await bot.press(anna, result, "Deel met mijn partner")
    received = bot.inbox(bram)[bram_before:]
    assert len(received) == 1
    assert "Anna deelt een quizuitslag met je" in text_of(received[0])
    assert "Je score: 16 van 20." in text_of(received[0])
    assert "Vorige keer" not in text_of(received[0])  # her history stays hers
    assert any("Verstuurd naar Bram" in text_of(m) for m in sent)
    await bot.press(anna, result, "Deel met mijn partner")
    assert "al gedeeld" in (api.callback_answers[-1]["text"] or "")
    assert len(bot.inbox(bram)) == bram_before + 1
    assert bot.errors == []


async def test_help_result_shared_with_help_lines(
    bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    result = await take(bot, anna, "help", [["violence"], [], []])
    await bot.press(anna, result, "Deel met mijn partner")
    shared = text_of(bot.inbox(bram)[-1])
    assert "Zoek nu hulp" in shared and "0800-2000" in shared


async def test_export_holds_results_and_reflections(
    bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    await take(bot, anna, "attachment", ["b", "b", "c"])
    await open_quiz(bot, anna, "reflect")
    await write_all(bot, anna, ["Wat ik nodig heb is rust & ruimte"])
    sent = await bot.send(anna, "/mijngegevens")
    document = next(m for m in sent if m.kind == "document")
    data = json.loads(document.document or b"{}")
    quizzes = data["quizzes"]
    assert [r["quiz_id"] for r in quizzes["rounds"]] == ["attachment", "reflect"]
    assert quizzes["rounds"][0]["result"]["result_id"] == "anxious"
    assert quizzes["rounds"][0]["answers"] == {"feel": "b", "space": "b", "conflict": "c"}
    assert quizzes["reflection_answers"][0]["text"] == "Wat ik nodig heb is rust & ruimte"
    bram_export = next(m for m in await bot.send(bram, "/mijngegevens") if m.kind == "document")
    assert json.loads(bram_export.document or b"{}")["quizzes"] == {
        "rounds": [],
        "reflection_answers": [],
    }

    forget = await bot.send(anna, "/vergeetmij")
    await bot.press(anna, forget[-1], "Ja, wis alles")
    assert await query(bot, "SELECT * FROM quiz_attempts") == []
    assert await query(bot, "SELECT * FROM reflection_answers") == []

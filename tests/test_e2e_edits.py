"""End to end: edited messages and non-text input in the middle of a flow.

An edit is screened by the safety net and then never taken as new input (bot/handlers/
edits.py). A sticker or photo while a flow waits for an answer gets a pointer back to the
open question, not the main menu (bot/handlers/fallback.py).
"""

from __future__ import annotations

from tests.conftest import link_group, pair
from tests.fakeapi import FakeBotApi, FakeUser
from tests.harness import BotHarness
from tests.test_e2e_quiz import on_screen, open_quiz, query, text_of

EDIT_NOTE = "Aanpassingen kan ik niet meenemen"
STILL_OPEN = "Je vraag staat nog open hierboven"


async def test_an_edited_answer_does_not_become_the_next_answer(
    bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    await open_quiz(bot, anna, "reflect")
    await bot.send(anna, "Dat we samen koken op zondag")
    assert "Vraag 2 van 10" in text_of(on_screen(bot, anna))

    sent = await bot.edit(anna, "Dat we samen koken op zondag en daarna wandelen")
    assert [m.chat_id for m in sent] == [anna.id]
    assert EDIT_NOTE in text_of(sent[0])
    assert "Vraag 2 van 10" in text_of(on_screen(bot, anna))  # nothing moved on
    rows = await query(bot, "SELECT text FROM reflection_answers ORDER BY id")
    assert rows == [{"text": "Dat we samen koken op zondag"}]

    await bot.send(anna, "Meer tijd samen zonder telefoon")
    assert "Vraag 3 van 10" in text_of(on_screen(bot, anna))
    assert all("koken" not in text_of(m) for m in bot.inbox(bram))
    assert bot.errors == []


async def test_an_edited_command_is_not_run_again(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    await bot.send(anna, "/veiligwoord ananas")
    sent = await bot.edit(anna, "/veiligwoord kiwi")
    assert [m.chat_id for m in sent] == [anna.id] and EDIT_NOTE in text_of(sent[0])
    assert await query(bot, "SELECT safe_word FROM couples") == [{"safe_word": "ananas"}]

    api.can_read_all_group_messages = True  # so the bot sees group edits at all
    await bot.send(bram, "wat eten we vanavond?", group)
    sent = await bot.edit(bram, "ananas", group)  # an edit into the safe word
    assert sent == []  # in a group an edit passes silently
    assert await query(bot, "SELECT count(*) AS n FROM pauses") == [{"n": 0}]
    assert bot.errors == []


async def test_an_edit_into_crisis_words_still_gets_help_and_nothing_else(
    bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    await bot.send(anna, "hoi")
    sent = await bot.edit(anna, "ik wil er niet meer zijn")
    assert any("113" in text_of(m) for m in sent)  # the help lines, privately
    assert all(m.chat_id == anna.id for m in sent)
    assert not any(EDIT_NOTE in text_of(m) for m in sent)
    assert not any("niet meer zijn" in text_of(m) for m in bot.inbox(bram))
    assert bot.errors == []


async def test_a_sticker_mid_flow_points_back_to_the_question(
    bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    await open_quiz(bot, anna, "reflect")
    for send in (bot.sticker, bot.photo):
        sent = await send(anna)
        assert len(sent) == 1 and STILL_OPEN in text_of(sent[0])
        assert not sent[0].reply_markup  # no main menu in the middle of a question
    await bot.send(anna, "Dat we samen lachen")
    assert "Vraag 2 van 10" in text_of(on_screen(bot, anna))

    # Outside a flow, a sticker still gets the friendly answer and the menu.
    await bot.press(anna, on_screen(bot, anna), "Even stoppen")
    sent = await bot.sticker(anna)
    assert not any(STILL_OPEN in text_of(m) for m in sent)
    assert any(m.reply_markup for m in sent)
    assert bot.errors == []

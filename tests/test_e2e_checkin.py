"""End to end: the daily check-in — together, apart with the reveal, snooze and skip.

Anna and Bram pair (and link a group where it matters); the fake clock moves to
19:30 Amsterdam and the dispatcher tick opens the check-in.
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

from bot.storage.db import Database
from tests.conftest import link_group, onboard, pair
from tests.fakeapi import FakeBotApi, FakeUser, SentMessage
from tests.harness import BotHarness, FakeClock

# conftest.START is Monday 2026-11-23 10:00 in Amsterdam; 19:30 there is 18:30 UTC.
DUE = datetime(2026, 11, 23, 18, 30, tzinfo=UTC)


def has(text: str) -> object:
    return lambda m: text in (m.plain or "")


async def query(bot: BotHarness, sql: str, *params: object) -> list[tuple[object, ...]]:
    db = await Database.open(bot.db_path)
    try:
        return [tuple(row) for row in await db.fetchall(sql, params)]
    finally:
        await db.close()


async def planned(bot: BotHarness) -> None:
    """Wait until the dispatcher planned every schedule (new couples are planned on a tick)."""
    for _ in range(200):
        if not await query(bot, "SELECT 1 FROM checkin_schedules WHERE replan = 1"):
            return
        await asyncio.sleep(0.02)
    raise AssertionError("schedules not planned")


async def wait_opening(bot: BotHarness, chat_id: int, mark: int) -> SentMessage:
    return await bot.wait_for(
        lambda m: m.chat_id == chat_id and "check-in van 10 minuten" in (m.plain or ""),
        since=mark,
    )


async def test_daily_checkin_together_in_the_group(
    api: FakeBotApi,
    bot: BotHarness,
    clock: FakeClock,
    anna: FakeUser,
    bram: FakeUser,
    stranger: FakeUser,
) -> None:
    group = await link_group(bot, api, anna, bram)
    await planned(bot)
    mark = bot.mark()
    clock.set(DUE)
    opening = await wait_opening(bot, group.id, mark)
    assert "Hoe voelde jij je vandaag?" in (opening.plain or "")
    assert opening.has_button("Gedaan") and opening.has_button("Later")
    assert opening.has_button("Vandaag niet") and opening.has_button("We zijn niet samen")
    # Nothing went to the private chats: the group is the couple channel.
    assert not any("check-in van 10 minuten" in (m.plain or "") for m in bot.inbox(anna))

    await bot.new_members(group, [stranger], by=anna)
    await bot.press(stranger, opening, "Gedaan")  # not theirs: nothing changes
    assert api.callback_answers[-1]["show_alert"] is True
    assert opening.has_button("Gedaan")
    await bot.press(bram, opening, "Gedaan")
    assert "Check-in gedaan" in (opening.plain or "") and not opening.buttons()
    for person in (anna, bram):
        prompt = bot.last(person)
        assert "Hoe voel je je nu?" in (prompt.plain or "") and prompt.has_button("4")

    # Text where a score is expected: a short answer and the buttons again.
    await bot.send(anna, "ik voel me goed")
    assert "cijfer van 1 tot 5" in (bot.last(anna).plain or "")
    anna_prompt = bot.last(anna)
    four = anna_prompt.button("4")
    # (Bram cannot press buttons in Anna's private chat; Telegram does not show them to him.)
    await bot.press(anna, anna_prompt, "4")
    await bot.press_data(anna, anna_prompt, four)  # pressed twice
    assert "al een cijfer" in (api.callback_answers[-1]["text"] or "")
    note = bot.last(anna)
    assert "één zin" in (note.plain or "")
    await bot.send(anna, "Fijn dat\nje luisterde")
    assert "Bewaard" in (bot.last(anna).plain or "")
    await bot.press(bram, bot.last(bram), "5")
    await bot.press(bram, bot.last(bram), "Overslaan")
    rows = await query(bot, "SELECT user_id, score, note FROM checkin_entries ORDER BY user_id")
    assert {(r[0], r[1], r[2]) for r in rows} == {
        (anna.id, 4, "Fijn dat je luisterde"),
        (bram.id, 5, None),
    }
    assert bot.errors == []


def openings(bot: BotHarness, chat_id: int) -> list[SentMessage]:
    return [
        m
        for m in bot.api.messages_to(chat_id)
        if "check-in van 10 minuten" in (m.plain or "") or "Daar ben ik weer" in (m.plain or "")
    ]


async def apart_today(bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser) -> None:
    """Pair without a group; at 19:30 Anna presses "We zijn niet samen"."""
    await pair(bot, anna, bram)
    await planned(bot)
    mark = bot.mark()
    clock.set(DUE)
    await bot.press(anna, await wait_opening(bot, anna.id, mark), "We zijn niet samen")


async def answer_all(bot: BotHarness, person: FakeUser, answers: list[str], score: str) -> None:
    for text in answers:
        await bot.send(person, text)
    prompt = bot.last(person)
    assert "Hoe voel je je nu?" in (prompt.plain or ""), prompt.plain
    await bot.press(person, prompt, score)


async def test_apart_answers_are_revealed_side_by_side_and_flagged_text_stays_private(
    bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)  # no group: the couple channel is both private chats
    await planned(bot)
    mark = bot.mark()
    clock.set(DUE)
    anna_opening = await wait_opening(bot, anna.id, mark)
    bram_opening = await wait_opening(bot, bram.id, mark)
    await bot.press(anna, anna_opening, "We zijn niet samen")
    assert not anna_opening.buttons() and not bram_opening.buttons()
    assert "Vraag 1 van 3" in (bot.last(bram).plain or "")

    # Text where a score is expected, and a score before the answers: nothing changes.
    await bot.send(anna, "Moe maar blij")
    assert "Vraag 2 van 3" in (bot.last(anna).plain or "")
    await bot.send(anna, "Een knuffel bij het ontbijt")
    await bot.send(anna, "Toen je appte over de kat")
    await bot.send(anna, "vier!")
    assert "cijfer van 1 tot 5" in (bot.last(anna).plain or "")
    await bot.press(anna, bot.last(anna), "4")
    waiting = bot.last(anna)
    assert "Zodra Bram ook heeft geantwoord" in (waiting.plain or "")
    assert not any("Moe maar blij" in (m.plain or "") for m in bot.inbox(bram))

    # Bram's first answer trips the safety net: help at once, the flow goes on.
    sent = await bot.send(bram, "Ik zie het niet meer zitten")
    assert any("113" in (m.plain or "") for m in sent)
    assert "Vraag 2 van 3" in (bot.last(bram).plain or "")
    await answer_all(bot, bram, ["Even samen koken", "Jouw appje over de kat"], "2")
    question = bot.last(bram)
    assert question.has_button("Ja, deel het") and question.has_button("Nee")

    # Anna shares early: Bram sees only Anna's answers.
    await bot.press(anna, waiting, "Deel de mijne nu")
    early = bot.last(bram)
    assert "Anna deelt de antwoorden alvast" in (early.plain or "")
    assert "Moe maar blij" in (early.plain or "") and "koken" not in (early.plain or "")

    await bot.press(bram, question, "Nee")
    for person in (anna, bram):
        reveal = bot.last(person)
        text = reveal.plain or ""
        assert "naast elkaar" in text
        assert "Anna: Moe maar blij" in text and "Bram: Even samen koken" in text
        assert "Bram houdt dit antwoord voor zich." in text
        assert "niet meer zitten" not in text
        assert "Anna voelt zich een 4 op 5" in text and "Bram voelt zich een 2 op 5" in text
    rows = await query(
        bot, "SELECT flagged, share_ok FROM checkin_replies WHERE user_id = ?", bram.id
    )
    assert (1, 0) in rows
    assert bot.errors == []


async def test_snooze_twice_then_skip_and_yesterdays_button(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    await planned(bot)
    mark = bot.mark()
    clock.set(DUE)
    first = await wait_opening(bot, group.id, mark)
    later, done = first.button("Later"), first.button("Gedaan")
    await bot.press(anna, first, "Later")
    assert "over 30 minuten" in (first.plain or "")
    await bot.press_data(bram, first, later)  # the same button again: nothing changes
    assert api.callback_answers[-1]["text"] == "Dat is al geregeld."

    for round_ in (1, 2):
        mark = bot.mark()
        clock.advance(minutes=30)
        again = await bot.wait_for(
            lambda m: m.chat_id == group.id and "Daar ben ik weer" in (m.plain or ""), since=mark
        )
        if round_ == 1:
            await bot.press(bram, again, "Later")
    assert not again.has_button("Later")
    await bot.press_data(anna, again, later)  # a forged third "Later"
    assert api.callback_answers[-1]["show_alert"] is True
    assert "twee keer" in (api.callback_answers[-1]["text"] or "")

    await bot.press(bram, again, "Vandaag niet")
    assert "geen check-in" in (again.plain or "")
    assert len(openings(bot, group.id)) == 3

    # The next day a fresh one opens; yesterday's button only gets a short answer.
    mark = bot.mark()
    clock.set(DUE.replace(day=24))
    await wait_opening(bot, group.id, mark)
    await bot.press_data(anna, again, done)
    assert "voorbij" in (api.callback_answers[-1]["text"] or "")
    assert bot.errors == []


async def test_one_reminder_then_closed_quietly_when_the_next_opens(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    await planned(bot)
    mark = bot.mark()
    clock.set(DUE)
    opening = await wait_opening(bot, group.id, mark)
    mark = bot.mark()
    clock.advance(minutes=90)
    await bot.wait_for(lambda m: "staat nog klaar" in (m.plain or ""), since=mark)
    clock.advance(minutes=90)
    await bot.restart()
    await bot.send(anna, "/menu")
    assert sum("staat nog klaar" in (m.plain or "") for m in bot.group_messages(group)) == 1

    mark = bot.mark()
    clock.set(DUE.replace(day=24))
    await wait_opening(bot, group.id, mark)
    rows = await query(bot, "SELECT status FROM checkins ORDER BY id")
    assert rows == [("closed",), ("open",)]
    await bot.press(anna, opening, "Gedaan")
    assert api.callback_answers[-1]["show_alert"] is True
    assert bot.errors == []


async def test_restart_before_and_after_the_due_moment(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    await planned(bot)
    # Down before 19:30, back 45 minutes after: today's opens once, saying it is late.
    await bot.stop()
    clock.set(DUE.replace(hour=17))
    await bot.start()
    await bot.send(anna, "/menu")
    assert openings(bot, group.id) == []
    await bot.stop()
    clock.set(DUE.replace(hour=19, minute=15))
    mark = bot.mark()
    await bot.start()
    opening = await wait_opening(bot, group.id, mark)
    assert "wat later dan gepland" in (opening.plain or "")
    await bot.restart()
    await bot.send(anna, "/menu")
    assert len(openings(bot, group.id)) == 1

    # Down from tonight until tomorrow morning: yesterday's is not sent, today's comes.
    await bot.stop()
    clock.set(datetime(2026, 11, 25, 8, 0, tzinfo=UTC))
    await bot.start()
    await bot.send(anna, "/menu")
    assert len(openings(bot, group.id)) == 1
    mark = bot.mark()
    clock.set(datetime(2026, 11, 25, 18, 30, 1, tzinfo=UTC))
    opening = await wait_opening(bot, group.id, mark)
    assert "later dan gepland" not in (opening.plain or "")
    assert len(openings(bot, group.id)) == 2
    rows = await query(bot, "SELECT local_day FROM checkins WHERE kind = 'daily' ORDER BY id")
    assert rows == [("2026-11-23",), ("2026-11-25",)]
    assert bot.errors == []


async def test_checkin_command_opens_today_once_and_export_has_it(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    await planned(bot)
    mark = bot.mark()
    await bot.send(bram, "/checkin", group)
    opening = await wait_opening(bot, group.id, mark)
    await bot.press(anna, opening, "Gedaan")
    await bot.press(anna, bot.last(anna), "3")
    await bot.send(anna, "We lachten veel")
    # The scheduled one of today is not sent again; tomorrow's is.
    mark = bot.mark()
    clock.set(DUE)
    await bot.send(anna, "/menu")
    await planned(bot)
    sent = await bot.send(anna, "/checkin")
    assert "al geweest" in (sent[-1].plain or "")
    assert len(openings(bot, group.id)) == 1
    clock.set(DUE.replace(day=24))
    await wait_opening(bot, group.id, mark)

    sent = await bot.send(anna, "/mijngegevens")
    document = next(m for m in sent if m.kind == "document")
    data = json.loads(document.document or b"{}")
    assert data["checkins"]["entries"][0]["note"] == "We lachten veel"
    assert data["checkins"]["schedule"]["daily_minute"] == 19 * 60 + 30
    sent = await bot.send(bram, "/mijngegevens")
    bram_data = json.loads(next(m for m in sent if m.kind == "document").document or b"{}")
    assert "We lachten veel" not in json.dumps(bram_data)
    assert bot.errors == []


async def test_checkin_command_closes_yesterdays_unfinished_checkin(
    bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    await apart_today(bot, clock, anna, bram)
    assert "Vraag 1 van 3" in (bot.last(bram).plain or "")
    # Nobody answered. The next morning Anna asks for a check-in herself.
    clock.set(DUE.replace(day=24, hour=8))
    mark = bot.mark()
    await bot.send(anna, "/checkin")
    await wait_opening(bot, bram.id, mark)
    rows = await query(bot, "SELECT local_day, status FROM checkins ORDER BY id")
    assert rows == [("2026-11-23", "closed"), ("2026-11-24", "open")]
    # Yesterday's question no longer takes Bram's text as an answer.
    await bot.send(bram, "Gewoon een berichtje")
    assert "Vraag 2 van 3" not in (bot.last(bram).plain or "")
    assert await query(bot, "SELECT count(*) FROM checkin_replies") == [(0,)]
    assert bot.errors == []


async def test_apart_does_not_take_over_a_partner_in_the_middle_of_a_reflection(
    bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser, stranger: FakeUser
) -> None:
    await pair(bot, anna, bram)
    await planned(bot)
    listing = (await bot.send(bram, "/quiz"))[-1]
    await bot.press_data(bram, listing, "qz:s:reflect")
    assert "Vraag 1 van 10" in (bot.last(bram).plain or "")
    mark = bot.mark()
    clock.set(DUE)
    await bot.press(anna, await wait_opening(bot, anna.id, mark), "We zijn niet samen")
    offer = bot.last(bram)
    assert "Vraag 1 van 3" in (offer.plain or "") and offer.has_button("Nu beantwoorden")

    # Bram's next line still belongs to his reflection, never to the check-in.
    await bot.send(bram, "Ik voel me vaak niet gehoord")
    assert await query(bot, "SELECT count(*) FROM checkin_replies WHERE user_id = ?", bram.id) == [
        (0,)
    ]
    assert await query(bot, "SELECT count(*) FROM reflection_answers") == [(1,)]
    # The one reminder also offers the button instead of "just continue here".
    mark = bot.mark()
    clock.advance(minutes=91)
    reminder = await bot.wait_for(
        lambda m: m.chat_id == bram.id and "nog open" in (m.plain or ""), since=mark
    )
    assert reminder.has_button("Nu beantwoorden")
    await bot.send(bram, "Ik merk dat ik snel dichtklap")
    assert await query(bot, "SELECT count(*) FROM reflection_answers") == [(2,)]
    assert await query(bot, "SELECT count(*) FROM checkin_replies WHERE user_id = ?", bram.id) == [
        (0,)
    ]
    # Someone outside the couple sending the same button data changes nothing.
    await onboard(bot, stranger)
    await bot.press_data(stranger, bot.last(stranger), offer.button("Nu beantwoorden"))
    assert bot.api.callback_answers[-1]["show_alert"] is True
    assert await query(
        bot, "SELECT count(*) FROM pending_input WHERE user_id = ?", stranger.id
    ) == [(0,)]

    # When Bram is ready, the button takes his answers to the check-in.
    await bot.press(bram, offer, "Nu beantwoorden")
    assert "Vraag 1 van 3" in (bot.last(bram).plain or "")
    await answer_all(bot, bram, ["Moe", "Samen koken", "Je appje"], "3")
    assert await query(bot, "SELECT count(*) FROM checkin_replies WHERE user_id = ?", bram.id) == [
        (3,)
    ]
    assert not any("niet gehoord" in (m.plain or "") for m in bot.inbox(anna))
    assert bot.errors == []


async def test_a_long_reveal_arrives_whole_in_parts(
    bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    await apart_today(bot, clock, anna, bram)
    # Six answers near the limit, full of characters that HTML escaping makes longer.
    answers = {
        person: [f"{person.first_name} {n}: " + "zo'n foto's & \"dat\" " * 24 for n in (1, 2, 3)]
        for person in (anna, bram)
    }
    mark = bot.mark()
    await answer_all(bot, anna, answers[anna], "4")
    await answer_all(bot, bram, answers[bram], "2")
    for person in (anna, bram):
        seen = "".join(m.plain or "" for m in bot.api.touched_since(mark) if m.chat_id == person.id)
        for text in answers[anna] + answers[bram]:
            assert text.strip() in seen
        assert "Anna voelt zich een 4 op 5" in seen and "Bram voelt zich een 2 op 5" in seen
    assert bot.errors == []

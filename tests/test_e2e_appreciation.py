"""End to end: the private appreciation prompts (issue 7), over HTTP with a movable clock.

Anna and Bram are paired; the clock starts on Monday 23 November 2026, 10:00 in
Amsterdam, so the first prompt is due on Tuesday 24 November at 20:00 (19:00 UTC).
"""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime

from bot.storage.db import Database
from tests.conftest import link_group, onboard, pair
from tests.fakeapi import FakeBotApi, FakeUser, SentMessage
from tests.harness import BotHarness, FakeClock

TUESDAY_20 = datetime(2026, 11, 24, 19, 0, tzinfo=UTC)  # 20:00 in Amsterdam (CET)
FRIDAY_20 = datetime(2026, 11, 27, 19, 0, tzinfo=UTC)
PROMPT = "Tijd voor waardering"
ONE = "Je luisterde gisteren naar mijn verhaal over werk zonder meteen oplossingen te geven"
TWO = "Je bracht zaterdag koffie naar bed toen ik moe was"
THREE = "Je belde mijn moeder op haar verjaardag zonder dat ik het vroeg"
WITH_BUT = "Je kookte gisteren voor ons, maar het was wel laat"
CRISIS = "Je hielp me toen ik aan zelfmoord dacht"


async def count(bot: BotHarness, sql: str, *params: object) -> int:
    db = await Database.open(bot.db_path)
    try:
        return int(await db.fetchval(sql, params) or 0)
    finally:
        await db.close()


async def wait_scheduled(bot: BotHarness) -> None:
    """Wait until the due-task has computed the couple's first prompt moment."""
    for _ in range(250):
        sql = "SELECT count(*) FROM appreciation_schedules WHERE next_at IS NOT NULL"
        if await count(bot, sql):
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the appreciation schedule was never computed")


async def let_ticks_run() -> None:
    """Give the dispatcher (every 0.05 s in tests) several chances to run."""
    await asyncio.sleep(0.3)


def said(messages: list[SentMessage], person: FakeUser, fragment: str) -> list[SentMessage]:
    return [m for m in messages if m.chat_id == person.id and fragment in (m.plain or "")]


def prompts(bot: BotHarness, person: FakeUser) -> int:
    return len(said(bot.inbox(person), person, PROMPT))


def deliveries(bot: BotHarness, person: FakeUser) -> list[SentMessage]:
    return said(bot.inbox(person), person, "Drie dingen die")


async def write(bot: BotHarness, person: FakeUser, text: str) -> SentMessage:
    """Send text in the private chat; return the bot's last answer there."""
    sent = [m for m in await bot.send(person, text) if m.chat_id == person.id]
    assert sent, f"no answer to {text[:30]!r}"
    return sent[-1]


def old_button(message: SentMessage, label: str) -> str:
    """The payload of a button that an edit has since removed."""
    for version in reversed(message.history):
        for row in (version.reply_markup or {}).get("inline_keyboard", []):
            for button in row:
                if label in str(button.get("text", "")):
                    return str(button["callback_data"])
    raise AssertionError(f"no earlier button {label!r}")


async def items_in_draft(bot: BotHarness, person: FakeUser) -> int:
    return await count(
        bot,
        "SELECT count(*) FROM appreciation_items i JOIN appreciations a"
        " ON a.id = i.appreciation_id WHERE a.writer_id = ? AND a.status = 'draft'",
        person.id,
    )


async def test_scheduled_prompt_reaches_each_partner_privately_once(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    await wait_scheduled(bot)
    mark = bot.mark()
    clock.set(TUESDAY_20)
    for person in (anna, bram):
        prompt = await bot.wait_for(
            lambda m, p=person: m.chat_id == p.id and PROMPT in (m.plain or ""), since=mark
        )
        text = prompt.plain or ""
        assert "drie" in text and "“maar”" in text and "Vaag" in text and "Concreet" in text
    # Never twice: not on later ticks, not after a restart (the tick also runs at start-up).
    await let_ticks_run()
    await bot.restart()
    await let_ticks_run()
    assert prompts(bot, anna) == 1 and prompts(bot, bram) == 1
    assert not any("waardering" in (m.plain or "").lower() for m in bot.group_messages(group))

    # The answer goes straight into a draft.
    answer = await write(bot, anna, ONE)
    assert "1 van de 3" in (answer.plain or "")

    # Friday 20:00 brings the next prompt, and Anna's draft is still waiting for her.
    mark = bot.mark()
    clock.set(FRIDAY_20)
    await bot.wait_for(
        lambda m: m.chat_id == anna.id and "concept staat nog klaar: 1 van de 3" in (m.plain or ""),
        since=mark,
    )
    await bot.wait_for(lambda m: m.chat_id == bram.id and PROMPT in (m.plain or ""), since=mark)
    assert prompts(bot, anna) == 2


async def test_a_prompt_that_fell_due_while_down_goes_out_at_start_up(
    bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    await wait_scheduled(bot)
    await bot.stop()
    clock.set(datetime(2026, 11, 24, 19, 10, tzinfo=UTC))
    mark = bot.mark()
    await bot.start()
    await bot.wait_for(lambda m: m.chat_id == bram.id and PROMPT in (m.plain or ""), since=mark)
    await let_ticks_run()
    assert prompts(bot, anna) == 1 and prompts(bot, bram) == 1


async def test_three_messages_preview_send_and_thank_you(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    sent = await bot.send(anna, "/waardering")
    assert said(sent, anna, PROMPT)
    assert "1 van de 3" in ((await write(bot, anna, ONE)).plain or "")
    assert "2 van de 3" in ((await write(bot, anna, TWO)).plain or "")
    preview = await write(bot, anna, THREE)
    text = preview.plain or ""
    assert "Je drie dingen voor Bram" in text and ONE in text and TWO in text and THREE in text
    assert preview.has_button("Stuur naar Bram") and preview.has_button("Bewaar voor mezelf")
    assert deliveries(bot, bram) == [], "nothing goes before the press"

    await bot.press(anna, preview, "Stuur naar Bram")
    [delivery] = deliveries(bot, bram)
    assert "Drie dingen die Anna in je waardeert" in (delivery.plain or "")
    assert all(item in (delivery.plain or "") for item in (ONE, TWO, THREE))
    assert "Verstuurd naar Bram" in (preview.plain or ""), "the preview is replaced"
    assert not any(ONE in (m.plain or "") for m in bot.group_messages(group))

    await bot.press(bram, delivery, "Dankjewel")
    assert said(bot.inbox(anna), anna, "Bram zegt dankjewel")
    assert "Je hebt Anna bedankt" in (delivery.plain or "")
    await bot.press_data(bram, delivery, old_button(delivery, "Dankjewel"))
    assert "al dankjewel" in (api.callback_answers[-1]["text"] or "")
    assert len(said(bot.inbox(anna), anna, "Bram zegt dankjewel")) == 1

    # /waardering shows the history to both.
    sent = await bot.send(anna, "/waardering")
    assert said(sent, anna, "Door jou geschreven") and said(sent, anna, "die dankjewel zei")
    sent = await bot.send(bram, "/waardering")
    assert said(sent, bram, "Ontvangen") and said(sent, bram, "van Anna")
    assert bot.errors == []


async def test_one_message_with_three_lines_a_flagged_maar_and_keep_for_myself(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    before = len(bot.inbox(anna))
    await bot.send(bram, "/waardering")
    question = await write(bot, bram, f"1. {WITH_BUT}\n\n2. Je bent lief\n3) {THREE}")
    assert "In punt 1 staat een “maar”" in (question.plain or "")
    assert question.has_button("Herschrijven") and question.has_button("Zo laten")

    await bot.press(bram, question, "Herschrijven")
    assert "nieuwe versie van punt 1" in (question.plain or "")
    vague = await write(bot, bram, "Je kookte gisteren voor ons en ruimde daarna alles op")
    assert "Punt 2 is nog vrij algemeen" in (vague.plain or "")
    sent = await bot.press(bram, vague, "Zo laten")
    assert "Punt 2 blijft zoals je het schreef" in (vague.plain or "")
    preview = next(m for m in sent if m.has_button("Bewaar voor mezelf"))
    assert "ruimde daarna alles op" in (preview.plain or "") and "Je bent lief" in (
        preview.plain or ""
    )
    # An answered question's buttons change nothing.
    await bot.press_data(bram, vague, old_button(vague, "Zo laten"))
    assert api.callback_answers[-1]["text"]

    await bot.press(bram, preview, "Bewaar voor mezelf")
    assert "Bewaard voor jezelf. Anna ziet er niets van" in (preview.plain or "")
    # "Stuur" on the same (old) preview cannot send it any more.
    await bot.press_data(bram, preview, old_button(preview, "Stuur naar"))
    assert "niet verstuurd" in (api.callback_answers[-1]["text"] or "")
    assert len(bot.inbox(anna)) == before, "Anna receives nothing"
    assert await count(bot, "SELECT count(*) FROM appreciations WHERE status = 'kept'") == 1
    assert bot.errors == []


async def test_a_restart_mid_draft_keeps_everything(
    bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    menu = said(await bot.send(anna, "/menu"), anna, "")[-1]
    assert said(await bot.press(anna, menu, "Waardering voor mijn partner"), anna, PROMPT)
    question = await write(bot, anna, WITH_BUT)
    assert "1 van de 3" in (question.plain or "") and "“maar”" in (question.plain or "")
    # Typing on instead of answering: the item is counted and the question stays.
    question = await write(bot, anna, ONE)
    assert "2 van de 3" in (question.plain or "") and "punt 1" in (question.plain or "")
    await bot.restart()
    sent = await bot.press(anna, question, "Zo laten")
    assert said(sent, anna, "2 van de 3")
    await bot.restart()
    preview = await write(bot, anna, f"- {TWO}")
    assert WITH_BUT in (preview.plain or "") and TWO in (preview.plain or "")
    await bot.restart()
    await bot.press(anna, preview, "Stuur naar Bram")
    [delivery] = deliveries(bot, bram)
    assert WITH_BUT in (delivery.plain or "")
    assert bot.errors == []


async def test_bad_input_gets_short_answers_and_keeps_the_draft(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser, stranger: FakeUser
) -> None:
    # Not paired, not met, or in a group.
    nobody = api.user(first_name="Noor")
    assert said(await bot.send(nobody, "/waardering"), nobody, "/start")
    await onboard(bot, stranger)
    assert said(await bot.send(stranger, "/waardering"), stranger, "koppel eerst")
    group = await link_group(bot, api, anna, bram)
    in_group = await bot.send(anna, "/waardering", group)
    assert any("privégesprek" in (m.plain or "") for m in in_group)

    await bot.send(anna, "/waardering")
    sticker = await bot.sticker(anna)
    assert said(sticker, anna, "woorden nodig") and not any(m.reply_markup for m in sticker)
    assert "leeg" in ((await write(bot, anna, "-")).plain or "")
    assert "1.000 tekens" in ((await write(bot, anna, "a" * 1001)).plain or "")
    four = await write(bot, anna, "een ding\ntwee ding\ndrie ding\nvier ding")
    assert "nog 3 dingen nodig" in (four.plain or "")
    assert await items_in_draft(bot, anna) == 0
    await write(bot, anna, ONE)
    too_many = await write(bot, anna, "x is fijn\ny is fijn\nz is fijn")
    assert "nog 2 dingen nodig" in (too_many.plain or "")
    assert await items_in_draft(bot, anna) == 1
    first_preview = await write(bot, anna, f"{TWO}\n{THREE}")
    assert first_preview.has_button("Stuur naar Bram")
    fourth = await write(bot, anna, "En nog iets heel concreets van vanochtend")
    assert "al drie dingen" in (fourth.plain or "") and fourth.has_button("Stuur naar Bram")
    assert await items_in_draft(bot, anna) == 3

    # Anna's payload, forged by Bram under a message in his own chat, changes nothing.
    send = first_preview.button("Stuur naar Bram")
    await bot.press_data(bram, bot.last(bram), send)
    assert api.callback_answers[-1]["show_alert"] and "niet voor jou" in (
        api.callback_answers[-1]["text"] or ""
    )
    assert deliveries(bot, bram) == []
    # Forged and unknown payloads.
    for forged in ("wa:s:999:0", "wa:s:abc", "wa:zz", "wa:t:999", "wa:d:999:1"):
        await bot.press_data(anna, first_preview, forged)
        assert api.callback_answers[-1]["text"]

    # "Stuur" twice, and the same on an older preview: delivered once.
    await bot.press(anna, fourth, "Stuur naar Bram")
    await bot.press_data(anna, fourth, old_button(fourth, "Stuur naar"))
    assert "al verstuurd" in (api.callback_answers[-1]["text"] or "")
    await bot.press_data(anna, first_preview, send)
    assert "al verstuurd" in (api.callback_answers[-1]["text"] or "")
    [delivery] = deliveries(bot, bram)
    # The thank-you belongs to Bram only.
    await bot.press_data(stranger, bot.last(stranger), delivery.button("Dankjewel"))
    assert "niet voor jou" in (api.callback_answers[-1]["text"] or "")
    assert not said(bot.inbox(anna), anna, "dankjewel voor je drie")
    # Text after sending is not an appreciation any more.
    after = await bot.send(anna, "nog iets")
    assert not said(after, anna, "van de 3")
    assert bot.errors == []


async def test_a_crisis_phrase_in_a_draft_asks_before_sharing(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    await bot.send(anna, "/waardering")
    sent = await bot.send(anna, CRISIS)
    assert said(sent, anna, "113"), "the help lines go to the writer"
    assert said(sent, anna, "in je concept gezet") and said(sent, anna, "1 van de 3")
    assert not said(sent, anna, "algemeen")
    await write(bot, anna, TWO)
    preview = await write(bot, anna, THREE)
    await bot.restart()  # the flag is stored with the draft
    sent = await bot.press(anna, preview, "Stuur naar Bram")
    share = next(m for m in sent if "Wil je dit echt delen" in (m.plain or ""))
    assert deliveries(bot, bram) == [], "nothing before an explicit yes"
    await bot.press(anna, share, "Ja, stuur het")
    [delivery] = deliveries(bot, bram)
    assert CRISIS in (delivery.plain or "")
    assert bot.errors == []


async def test_no_to_the_share_question_sends_nothing(
    bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    await bot.send(bram, "/waardering")
    preview = await write(bot, bram, f"{CRISIS}\n{TWO}\n{THREE}")
    sent = await bot.press(bram, preview, "Stuur naar Anna")
    share = next(m for m in sent if m.has_button("Nee, niet versturen"))
    await bot.press(bram, share, "Nee, niet versturen")
    assert "ik stuur niets" in (share.plain or "")
    await bot.press_data(bram, preview, preview.button("Stuur naar Anna"))
    assert deliveries(bot, anna) == []
    assert bot.errors == []


async def test_unpaired_couples_get_no_prompts_and_no_drafts(
    bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    await wait_scheduled(bot)
    await bot.send(anna, "/waardering")
    await write(bot, anna, ONE)
    sent = await bot.send(bram, "/ontkoppel")
    await bot.press(bram, next(m for m in sent if m.has_button("Ja, ontkoppel")), "Ja, ontkoppel")
    assert await count(bot, "SELECT count(*) FROM appreciations") == 0
    assert "koppel eerst" in ((await write(bot, anna, TWO)).plain or "")
    clock.set(TUESDAY_20)
    await let_ticks_run()
    assert prompts(bot, anna) == 1 and prompts(bot, bram) == 0  # only Anna's /waardering


async def test_settings_change_days_time_and_switch_off(
    api: FakeBotApi,
    bot: BotHarness,
    clock: FakeClock,
    anna: FakeUser,
    bram: FakeUser,
    stranger: FakeUser,
) -> None:
    await pair(bot, anna, bram)
    await wait_scheduled(bot)
    sent = await bot.send(anna, "/instellingen")
    menu = next(m for m in sent if m.has_button("Waardering"))
    sent = await bot.press(anna, menu, "Waardering")
    panel = next(m for m in sent if m.has_button("✓ di"))
    assert "Aan: op dinsdag en vrijdag om 20:00 (Amsterdam)" in (panel.plain or "")
    await bot.press(anna, panel, "✓ di")
    assert "Aan: op vrijdag om 20:00" in (panel.plain or "")
    # Either partner may change it; Bram's panel shows the couple's current choice.
    sent = await bot.send(bram, "/instellingen")
    sent = await bot.press(bram, next(m for m in sent if m.has_button("Waardering")), "Waardering")
    bram_panel = next(m for m in sent if m.has_button("30 min later"))
    assert "Aan: op vrijdag om 20:00" in (bram_panel.plain or "")
    await bot.press(bram, bram_panel, "30 min later")
    assert "om 20:30" in (bram_panel.plain or "")
    await bot.press(anna, panel, "✓ vr")
    assert "minstens één dag" in (api.callback_answers[-1]["text"] or "")
    await onboard(bot, stranger)
    await bot.press_data(stranger, bot.last(stranger), panel.button("30 min later"))
    assert api.callback_answers[-1]["show_alert"]

    clock.set(TUESDAY_20)
    await let_ticks_run()
    assert prompts(bot, anna) == 0
    mark = bot.mark()
    clock.set(datetime(2026, 11, 27, 19, 30, tzinfo=UTC))  # Friday 20:30
    await bot.wait_for(lambda m: m.chat_id == anna.id and PROMPT in (m.plain or ""), since=mark)

    await bot.press(anna, panel, "Zet de oefening uit")
    assert "Uit:" in (panel.plain or "")
    clock.set(datetime(2026, 12, 4, 19, 30, tzinfo=UTC))  # the next Friday 20:30
    await let_ticks_run()
    assert prompts(bot, anna) == 1
    assert bot.errors == []


async def test_undeliverable_send_keeps_the_draft_and_export_has_it(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    await bot.send(anna, "/waardering")
    preview = await write(bot, anna, f"{ONE}\n{TWO}\n{THREE}")
    api.block(bram)
    sent = await bot.press(anna, preview, "Stuur naar Bram")
    assert said(sent, anna, "niet bij Bram bezorgen")
    assert await items_in_draft(bot, anna) == 3, "the draft is back, intact"
    api.unblock(bram)
    await bot.press(anna, preview, "Stuur naar Bram")
    assert len(deliveries(bot, bram)) == 1

    sent = await bot.send(anna, "/mijngegevens")
    data = json.loads(next(m for m in sent if m.kind == "document").document or b"{}")
    assert data["appreciations"]["written"][0]["items"] == [ONE, TWO, THREE]
    assert data["appreciations"]["schedule"]["weekdays"] == "1,4"
    sent = await bot.send(bram, "/mijngegevens")
    data = json.loads(next(m for m in sent if m.kind == "document").document or b"{}")
    assert data["appreciations"]["received"][0]["status"] == "sent"
    assert bot.errors == []


async def test_a_prompt_does_not_take_over_another_flow(
    bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    await wait_scheduled(bot)
    db = await Database.open(bot.db_path)
    try:  # Anna is typing in some other flow when the prompt comes.
        await db.execute(
            "INSERT INTO pending_input (user_id, kind, ref, since) VALUES (?, 'elsewhere', '', ?)",
            (anna.id, "2026-11-23T09:00:00.000000Z"),
        )
    finally:
        await db.close()
    mark = bot.mark()
    clock.set(TUESDAY_20)
    prompt = await bot.wait_for(
        lambda m: m.chat_id == anna.id and PROMPT in (m.plain or ""), since=mark
    )
    assert prompt.has_button("Schrijf mijn drie dingen")
    assert await count(bot, "SELECT count(*) FROM pending_input WHERE kind = 'elsewhere'") == 1
    sent = await bot.press(anna, prompt, "Schrijf mijn drie dingen")
    assert said(sent, anna, "Ik luister")
    assert "1 van de 3" in ((await write(bot, anna, ONE)).plain or "")

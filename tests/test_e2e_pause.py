"""End to end: /pauze and the safe word, played by Anna and Bram against the fake Bot API.

The clock starts on Monday 2026-11-23 09:00 UTC, 10:00 in Amsterdam, so a
20-minute pause runs until 10:20. Time moves with ``clock.advance``; the
dispatcher tick (every 0.05 s in tests) then sends what fell due.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.storage import pauses
from bot.storage.couples import Couple
from bot.storage.db import Database, to_db
from tests.conftest import link_group, onboard, pair
from tests.fakeapi import FakeBotApi, FakeGroup, FakeUser, SentMessage
from tests.harness import BotHarness, FakeClock

ANNOUNCED = "Pauze: 20 minuten, tot 10:20"
CALMING = "Even voor jezelf"
TIME_LEFT = "Jullie pauze duurt nog"
NUDGE = "jullie hebben nu even pauze"
REMINDER = "De pauze is voorbij"
READY = "Ik ben er klaar voor"
EXTEND = "Nog 10 minuten nodig"
BOTH_READY = "Jullie zijn er allebei klaar voor"
FINISHED = "Gesprek afgerond"
FOLLOW_UP = "Gisteren hebben jullie een pauze genomen"
STALE = "Deze pauze is al afgelopen"
STRANGER_ALERT = "Deze knop is voor het stel"
ONLY_PARTNERS = "Alleen het stel van deze groep"


# --- helpers ---------------------------------------------------------------------------


async def count(bot: BotHarness, sql: str, *params: object) -> int:
    db = await Database.open(bot.db_path)
    try:
        return int(await db.fetchval(sql, params) or 0)
    finally:
        await db.close()


async def link_admin_group(
    bot: BotHarness, api: FakeBotApi, a: FakeUser, b: FakeUser, *members: FakeUser
) -> FakeGroup:
    """Pair a and b and link a new group in which the bot is an administrator."""
    payload = await pair(bot, a, b)
    group = api.group("Wij twee", members=[a, b, *members])
    await bot.bot_added(group, a, admin=True)
    await bot.send(a, f"/start@{api.bot_user.username} {payload}", group)
    return group


def texts(messages: list[SentMessage]) -> list[str]:
    return [m.plain or "" for m in messages]


def having(messages: list[SentMessage], fragment: str) -> list[SentMessage]:
    return [m for m in messages if fragment in (m.plain or "")]


def last_with(messages: list[SentMessage], fragment: str) -> SentMessage:
    found = having(messages, fragment)
    assert found, f"no message with {fragment!r} in {texts(messages)[-5:]}"
    return found[-1]


async def due(bot: BotHarness, chat_id: int, fragment: str, since: int) -> SentMessage:
    """Wait for the dispatcher tick to send a message containing ``fragment`` to ``chat_id``."""
    return await bot.wait_for(
        lambda m: m.chat_id == chat_id and fragment in (m.plain or ""), timeout=5, since=since
    )


async def settle() -> None:
    """Let several dispatcher ticks pass, to prove nothing more is sent."""
    await asyncio.sleep(0.3)


def last_answer(api: FakeBotApi) -> tuple[str, bool]:
    answer = api.callback_answers[-1]
    return answer["text"] or "", bool(answer["show_alert"])


# --- the whole pause -----------------------------------------------------------------------


async def test_a_whole_pause_played_by_both_partners(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_admin_group(bot, api, anna, bram)
    # The bot is admin, so it reads along: the group is told the safe word will work.
    assert having(bot.group_messages(group), "Ik lees mee in deze groep")

    sent = await bot.send(anna, "/veiligwoord Ananas", group)
    told = last_with(sent, "Anna heeft jullie veilige woord vastgelegd: Ananas")
    assert told.chat_id == group.id
    assert "te dierbaar om het nu kapot te maken" in (told.plain or "")
    assert "Ik lees mee in deze groep" in (told.plain or "")

    # Bram says the word in the middle of a sentence: one pause starts.
    sent = await bot.send(bram, "Jij luistert gewoon nooit... ANANAS!", group)
    announcement = last_with(sent, ANNOUNCED)
    assert announcement.chat_id == group.id
    assert "Het veilige woord is gevallen" in (announcement.plain or "")
    assert "Bram" not in (announcement.plain or ""), "nobody is blamed"
    for partner in (anna, bram):
        assert "Waar ben ik bang voor?" in (last_with(bot.inbox(partner), CALMING).plain or "")

    # Asking again shows the time left, in the group and privately; no second pause.
    sent = await bot.send(anna, "/pauze", group)
    assert texts(sent) == [
        "Jullie pauze duurt nog 20 minuten, tot 10:20. Ik roep jullie terug als het zover is. "
        "Wees tot die tijd lief voor jezelf."
    ]
    clock.advance(minutes=5)
    sent = await bot.send(bram, "/pauze")
    assert [m.chat_id for m in sent] == [bram.id]
    assert "duurt nog 15 minuten, tot 10:20" in (sent[0].plain or "")
    sent = await bot.send(bram, "ananas", group)
    assert having(sent, "duurt nog 15 minuten")
    assert await count(bot, "SELECT count(*) FROM pauses") == 1

    # Writing in the group during the pause: one gentle reminder per partner.
    sent = await bot.send(anna, "Maar ik wil nog één ding zeggen", group)
    assert texts(sent) == [
        "Anna, jullie hebben nu even pauze. Laat het gesprek rusten, ook hier. De pauze werkt "
        "alleen als jullie allebei echt stoppen. Ik roep jullie terug als het zover is."
    ]
    assert await bot.send(anna, "Echt waar!", group) == []
    assert having(await bot.send(bram, "Laat maar.", group), "Bram, jullie hebben nu even pauze")
    assert await bot.send(bram, "...", group) == []

    # The deadline: a call back in the group with both buttons.
    mark = bot.mark()
    clock.advance(minutes=15)
    reminder = await due(bot, group.id, REMINDER, mark)
    assert "Ik wil dit samen oplossen" in (reminder.plain or "")
    assert reminder.has_button(READY) and reminder.has_button(EXTEND)

    sent = await bot.press(anna, reminder, READY)
    assert last_answer(api) == ("Genoteerd. Nu wachten we nog op je partner.", False)
    assert having(sent, "Anna is er klaar voor")
    await bot.press(anna, reminder, READY)
    assert last_answer(api)[0].startswith("Je had al laten weten")
    assert last_answer(api)[1] is True

    # Bram needs more time; pressing twice extends once.
    sent = await bot.press(bram, reminder, EXTEND)
    assert having(sent, "Goed: nog 10 minuten pauze, tot 10:30.")
    assert having(sent, "Daarna kunnen jullie nog 1 keer verlengen.")
    await bot.press(bram, reminder, EXTEND)
    assert "duurt nog 10 minuten" in last_answer(api)[0]
    assert await count(bot, "SELECT extensions FROM pauses") == 1

    mark = bot.mark()
    clock.advance(minutes=10)
    second = await due(bot, group.id, REMINDER, mark)
    assert second is not reminder
    sent = await bot.press(bram, second, READY)
    both = last_with(sent, BOTH_READY)
    assert both.chat_id == group.id
    assert "Zo kun je beginnen" in (both.plain or "")
    assert both.has_button(FINISHED)
    assert not having(sent, "Bram is er klaar voor"), "Anna was ready already"

    # Ready after the pause ended: a short answer, nothing changes.
    await bot.press(anna, second, READY)
    assert last_answer(api) == (
        "Deze pauze is al afgelopen. Is er weer een nodig? Stuur dan /pauze.",
        True,
    )

    # A day later each partner is reminded of the repair talk, privately, once.
    mark = bot.mark()
    clock.advance(hours=24)
    for partner in (anna, bram):
        follow_up = await due(bot, partner.id, FOLLOW_UP, mark)
        assert "binnen 24 tot 48 uur" in (follow_up.plain or "")
        assert follow_up.has_button(FINISHED)
    await settle()
    assert len(having(api.touched_since(mark), FOLLOW_UP)) == 2
    assert not having(bot.group_messages(group), FOLLOW_UP)

    await bot.press(anna, last_with(bot.inbox(anna), FOLLOW_UP), FINISHED)
    assert last_answer(api)[0].startswith("Fijn dat jullie erop zijn teruggekomen")
    assert bot.errors == []


async def test_conversation_done_stops_the_follow_up(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    sent = await bot.send(bram, f"/pauze@{api.bot_user.username}", group)
    assert having(sent, ANNOUNCED)
    assert "Het veilige woord" not in (last_with(sent, ANNOUNCED).plain or "")
    mark = bot.mark()
    clock.advance(minutes=20)
    reminder = await due(bot, group.id, REMINDER, mark)
    await bot.press(bram, reminder, READY)
    sent = await bot.press(anna, reminder, READY)
    both = last_with(sent, BOTH_READY)

    await bot.press(bram, both, FINISHED)
    assert last_answer(api)[0].startswith("Fijn dat jullie erop zijn teruggekomen")
    await bot.press(anna, both, FINISHED)  # pressed twice: the same kind answer
    assert last_answer(api)[0].startswith("Fijn dat jullie erop zijn teruggekomen")

    mark = bot.mark()
    clock.advance(hours=30)
    await settle()
    assert not having(api.touched_since(mark), FOLLOW_UP)
    assert await count(bot, "SELECT count(*) FROM pauses WHERE follow_up_sent_at IS NULL") == 1
    assert bot.errors == []


async def test_extensions_stop_at_two(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    await bot.send(anna, "/pauze", group)
    mark = bot.mark()
    clock.advance(minutes=20)
    first = await due(bot, group.id, REMINDER, mark)
    await bot.press(anna, first, EXTEND)

    mark = bot.mark()
    clock.advance(minutes=10)
    second = await due(bot, group.id, REMINDER, mark)
    assert second.has_button(EXTEND)
    # Asked for a few minutes late: the extension still gives ten full minutes.
    clock.advance(minutes=3)
    sent = await bot.press(bram, second, EXTEND)
    assert having(sent, "Goed: nog 10 minuten pauze, tot 10:43.")
    assert having(sent, "Dit was de laatste verlenging")

    mark = bot.mark()
    clock.advance(minutes=10)
    third = await due(bot, group.id, REMINDER, mark)
    assert third.has_button(READY) and not third.has_button(EXTEND)
    # An older extend button: the limit, kindly.
    await bot.press(anna, second, EXTEND)
    text, alert = last_answer(api)
    assert alert and "al 2 keer verlengd, vaker kan niet" in text
    assert await count(bot, "SELECT extensions FROM pauses") == 2
    assert await count(bot, "SELECT count(*) FROM pauses WHERE reminder_sent_at IS NOT NULL") == 1
    sent = await bot.press(anna, third, READY)
    assert having(sent, "Anna is er klaar voor")
    assert bot.errors == []


async def test_a_couple_without_a_group_gets_everything_privately(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    sent = await bot.send(anna, "/veiligwoord paarse olifant")
    assert having(sent, "Jullie veilige woord is nu: paarse olifant")
    assert having(bot.inbox(bram), "Anna heeft jullie veilige woord vastgelegd: paarse olifant")
    assert not having(sent, "groep"), "no group, so no privacy-mode note"

    # The safe word alone, privately to the bot, starts the pause.
    sent = await bot.send(bram, "Paarse olifant!")
    for partner in (anna, bram):
        assert having(bot.inbox(partner), ANNOUNCED)
        assert having(bot.inbox(partner), CALMING)
    # A sentence that merely mentions it does not (privately only the word itself counts).
    sent = await bot.send(anna, "ik zag een paarse olifant")
    assert not having(sent, TIME_LEFT)
    sent = await bot.send(anna, "PAARSE OLIFANT")
    assert having(sent, TIME_LEFT)

    mark = bot.mark()
    clock.advance(minutes=20)
    to_anna = await due(bot, anna.id, REMINDER, mark)
    to_bram = await due(bot, bram.id, REMINDER, mark)
    sent = await bot.press(anna, to_anna, READY)
    assert {m.chat_id for m in having(sent, "Anna is er klaar voor")} == {anna.id, bram.id}
    sent = await bot.press(bram, to_bram, READY)
    assert {m.chat_id for m in having(sent, BOTH_READY)} == {anna.id, bram.id}
    assert bot.errors == []


# --- restarts --------------------------------------------------------------------------------


async def test_a_restart_in_the_middle_of_a_pause(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_admin_group(bot, api, anna, bram)
    await bot.send(anna, "/veiligwoord krokodil")
    await bot.send(anna, "Krokodil.", group)
    await bot.send(bram, "nog even dit", group)  # Bram's one nudge
    clock.advance(minutes=8)

    await bot.restart()

    sent = await bot.send(bram, "/pauze", group)
    assert texts(sent) == [
        "Jullie pauze duurt nog 12 minuten, tot 10:20. Ik roep jullie terug als het zover is. "
        "Wees tot die tijd lief voor jezelf."
    ]
    assert await bot.send(bram, "en nog iets", group) == [], "nudged once, also across a restart"
    assert having(await bot.send(anna, "hmpf", group), "Anna, jullie hebben nu even pauze")

    mark = bot.mark()
    clock.advance(minutes=12)
    reminder = await due(bot, group.id, REMINDER, mark)
    await settle()
    assert len(having(api.touched_since(mark), REMINDER)) == 1
    assert len(having(bot.group_messages(group), ANNOUNCED)) == 1

    await bot.restart()
    await settle()
    assert len(having(bot.group_messages(group), REMINDER)) == 1
    await bot.press(anna, reminder, READY)
    sent = await bot.press(bram, reminder, READY)
    assert having(sent, BOTH_READY)
    assert bot.errors == []


async def test_a_reminder_due_while_the_bot_was_down_is_sent_once_at_start_up(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    await bot.send(anna, "/pauze", group)

    await bot.stop()
    clock.advance(minutes=45)  # the deadline passes while the bot is down
    mark = bot.mark()
    await bot.start()
    await due(bot, group.id, REMINDER, mark)
    await settle()
    assert len(having(bot.group_messages(group), REMINDER)) == 1

    await bot.restart()
    await settle()
    assert len(having(bot.group_messages(group), REMINDER)) == 1

    # The follow-up, too, fell due while down: once at start-up, to each partner.
    await bot.stop()
    clock.advance(hours=25)
    mark = bot.mark()
    await bot.start()
    await due(bot, anna.id, FOLLOW_UP, mark)
    await due(bot, bram.id, FOLLOW_UP, mark)
    await bot.restart()
    await settle()
    assert len(having(bot.inbox(anna), FOLLOW_UP)) == 1
    assert len(having(bot.inbox(bram), FOLLOW_UP)) == 1
    assert len(having(bot.group_messages(group), REMINDER)) == 1
    assert bot.errors == []


# --- group privacy mode ----------------------------------------------------------------------


async def test_in_privacy_mode_only_the_command_works_in_the_group(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    note = last_with(bot.group_messages(group), "zie ik alleen commando")
    assert "/setprivacy" in (note.plain or "") and "beheerder" in (note.plain or "")
    assert "Tip: kies samen een veilig woord" in (note.plain or "")

    sent = await bot.send(bram, "/veiligwoord ananas")
    assert having(sent, "Jullie veilige woord is nu: ananas")  # answered privately
    in_group = last_with(bot.group_messages(group), "Bram heeft jullie veilige woord vastgelegd")
    assert "zie ik alleen commando" in (in_group.plain or "")

    # Telegram does not hand the bot plain group text: nothing happens.
    assert await bot.send(anna, "ananas", group) == []
    assert await count(bot, "SELECT count(*) FROM pauses") == 0
    # Privately the word works, and so does /pauze in the group.
    sent = await bot.send(anna, "ananas")
    assert having(sent, ANNOUNCED)
    assert having(await bot.send(bram, "/pauze", group), TIME_LEFT)
    assert bot.errors == []


@pytest.fixture
async def reading_api() -> AsyncIterator[FakeBotApi]:
    server = FakeBotApi(can_read_all_group_messages=True)
    await server.start()
    yield server
    await server.stop()


async def test_with_privacy_mode_off_the_safe_word_works_in_the_group(
    reading_api: FakeBotApi, tmp_path: Path, clock: FakeClock
) -> None:
    api = reading_api
    anna, bram = api.user("Anna", "anna"), api.user("Bram", "bram")
    async with BotHarness(api, tmp_path / "samen.db", clock) as bot:
        group = await link_group(bot, api, anna, bram)
        note = last_with(bot.group_messages(group), "Ik lees mee in deze groep")
        assert "Tip: kies samen een veilig woord" in (note.plain or "")
        await bot.send(anna, "/veiligwoord Wasbeer")
        sent = await bot.send(bram, "wasbeer", group)
        assert having(sent, ANNOUNCED) and having(sent, "Het veilige woord is gevallen")
        # Whole words only: "wasberen" is not the safe word.
        assert having(await bot.send(anna, "wasberen zijn lief", group), NUDGE)
        assert bot.errors == []


# --- settings ----------------------------------------------------------------------------


async def test_settings_show_the_word_and_change_the_length(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    sent = await bot.send(anna, "/instellingen")
    sent = await bot.press(anna, last_with(sent, "Instellingen"), "Pauze en veilig woord")
    section = last_with(sent, "Hoe lang duurt jullie pauze?")
    assert "Jullie hebben nog geen veilig woord" in (section.plain or "")
    assert section.has_button("20 minuten (huidig)") and section.has_button("30 minuten")

    sent = await bot.press(anna, section, "25 minuten")
    assert {m.chat_id for m in having(sent, "Jullie pauze duurt voortaan 25 minuten.")} == {
        anna.id,
        bram.id,
    }
    sent = await bot.send(bram, "/pauze", group)
    assert having(sent, "Pauze: 25 minuten, tot 10:25")
    assert having(bot.inbox(anna), "de komende 25 minuten")

    await bot.send(anna, "/veiligwoord Zeester")
    sent = await bot.send(bram, "/instellingen")
    sent = await bot.press(bram, last_with(sent, "Instellingen"), "Pauze en veilig woord")
    section = last_with(sent, "Hoe lang duurt jullie pauze?")
    assert "Jullie veilige woord op dit moment: Zeester" in (section.plain or "")
    assert section.has_button("25 minuten (huidig)")

    # A forged length, and a button of another couple: refused, nothing changes.
    await bot.press_data(bram, section, "sw:l:1:15")
    assert last_answer(api) == (
        "Deze knop is verouderd. Open /instellingen voor nieuwe knoppen.",
        True,
    )
    await bot.press_data(bram, section, "sw:l:999:30")
    assert last_answer(api)[1] is True
    assert await count(bot, "SELECT pause_minutes FROM couples") == 25

    data = json.loads(
        next(m for m in await bot.send(anna, "/mijngegevens") if m.kind == "document").document
        or b"{}"
    )
    assert data["pause"]["safe_word"] == "Zeester"
    assert data["pause"]["pause_minutes"] == 25
    assert len(data["pause"]["pauses"]) == 1
    assert bot.errors == []


# --- bad input -------------------------------------------------------------------------------


async def test_who_may_start_a_pause_or_choose_the_word(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser, stranger: FakeUser
) -> None:
    # Not paired (never met, and met but alone).
    for sent in (await bot.send(stranger, "/pauze"), await bot.send(stranger, "/veiligwoord kiwi")):
        assert texts(sent)[0].startswith("Dit werkt pas als je met je partner gekoppeld bent")
    await onboard(bot, stranger)
    sent = await bot.send(stranger, "/pauze")
    assert texts(sent)[0].startswith("Dit werkt pas als je met je partner gekoppeld bent")

    # A group that is not linked: not paired yet; paired without a group (how to link);
    # paired with another group (this is not it).
    elsewhere = api.group("Ergens anders", members=[anna, stranger])
    await bot.bot_added(elsewhere, anna)
    sent = await bot.send(anna, "/pauze", elsewhere)
    assert texts(sent)[0].startswith("Dit werkt pas als je met je partner gekoppeld bent")
    payload = await pair(bot, anna, bram)
    for command in ("/pauze", "/veiligwoord kiwi"):
        sent = await bot.send(anna, command, elsewhere)
        assert texts(sent)[0].startswith("Deze groep is nog niet aan jullie gekoppeld")

    # A stranger in the couple's (admin) group: no pause, no safe word.
    group = api.group("Wij twee", members=[anna, bram, stranger])
    await bot.bot_added(group, anna, admin=True)
    await bot.send(anna, f"/start@{api.bot_user.username} {payload}", group)
    for command in ("/pauze", "/veiligwoord kiwi"):
        sent = await bot.send(anna, command, elsewhere)
        assert "niet jullie gedeelde groep" in texts(sent)[0]
    await bot.send(anna, "/veiligwoord ananas", group)
    assert texts(await bot.send(stranger, "/pauze", group))[0].startswith(ONLY_PARTNERS)
    assert texts(await bot.send(stranger, "/veiligwoord banaan", group))[0].startswith(
        ONLY_PARTNERS
    )
    assert texts(await bot.send(stranger, "Ananas!", group))[0].startswith(ONLY_PARTNERS)
    assert await count(bot, "SELECT count(*) FROM pauses") == 0
    assert await count(bot, "SELECT count(*) FROM couples WHERE safe_word = 'ananas'") == 1
    # Ordinary chatter from the stranger is left to the outsider warning alone.
    assert not having(await bot.send(stranger, "hoi allemaal", group), ONLY_PARTNERS)
    assert bot.errors == []


async def test_safe_words_that_are_refused_and_why(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    cases = {
        "/veiligwoord stop": "ligt te gevoelig",
        "/veiligwoord Pauze!": "ligt te gevoelig",
        "/veiligwoord hou op": "ligt te gevoelig",
        "/veiligwoord ja": "te vaak voor in gewone gesprekken",
        "/veiligwoord schatje": "te vaak voor in gewone gesprekken",
        "/veiligwoord paarse vliegende olifant": "hooguit twee",
        "/veiligwoord " + "a" * 31: "te lang",
        "/veiligwoord 1234": "letters nodig",
        "/veiligwoord 🍍": "letters nodig",
    }
    for command, reason in cases.items():
        sent = await bot.send(anna, command)
        assert len(sent) == 1 and reason in (sent[0].plain or ""), command
        assert "Probeer het nog eens" in (sent[0].plain or "")
    assert not having(bot.inbox(bram), "veilige woord vastgelegd")
    assert await count(bot, "SELECT count(*) FROM couples WHERE safe_word IS NOT NULL") == 0

    sent = await bot.send(anna, "/veiligwoord")
    assert "Jullie hebben nog geen veilig woord" in (sent[0].plain or "")
    await bot.send(anna, "/veiligwoord  «Kiwi»  ")
    sent = await bot.send(bram, "/veiligwoord")
    assert "Jullie veilige woord op dit moment: Kiwi" in (sent[0].plain or "")
    assert bot.errors == []


async def test_buttons_pressed_by_the_wrong_person_or_too_late(
    api: FakeBotApi,
    bot: BotHarness,
    clock: FakeClock,
    anna: FakeUser,
    bram: FakeUser,
    stranger: FakeUser,
) -> None:
    group = await link_admin_group(bot, api, anna, bram, stranger)
    await bot.send(anna, "/pauze", group)
    mark = bot.mark()
    clock.advance(minutes=20)
    old = await due(bot, group.id, REMINDER, mark)

    # A stranger presses: a short alert, nothing changes.
    for label in (READY, EXTEND):
        assert await bot.press(stranger, old, label) == []
        assert last_answer(api) == (
            "Deze knop is voor het stel in dit gesprek, niet voor jou.",
            True,
        )
    assert await count(bot, "SELECT count(*) FROM pause_partners WHERE ready_at IS NOT NULL") == 0
    assert await count(bot, "SELECT extensions FROM pauses") == 0

    # Forged and unknown payloads.
    for data in ("pz:r:999", "pz:zz:1", "pz", "pz:r:abc"):
        await bot.press_data(anna, old, data)
        assert last_answer(api)[0] == (
            "Deze pauze is al afgelopen. Is er weer een nodig? Stuur dan /pauze."
        )

    # A new pause supersedes the old one: its buttons are stale now.
    sent = await bot.send(bram, "/pauze", group)
    assert having(sent, "Pauze: 20 minuten, tot 10:40")
    await bot.press(anna, old, READY)
    assert last_answer(api)[0].startswith(STALE)
    await bot.press(anna, old, EXTEND)
    assert last_answer(api)[0].startswith(STALE)
    assert await count(bot, "SELECT count(*) FROM pause_partners WHERE ready_at IS NOT NULL") == 0

    # Unpairing ends everything: no call back comes for the running pause.
    sent = await bot.send(anna, "/ontkoppel")
    await bot.press(anna, last_with(sent, "ontkoppelen"), "Ja, ontkoppel")
    assert await count(bot, "SELECT count(*) FROM pauses") == 0
    mark = bot.mark()
    clock.advance(minutes=30)
    await settle()
    assert not having(api.touched_since(mark), REMINDER)
    await bot.press(bram, old, READY)
    assert last_answer(api)[0].startswith(STALE)
    assert bot.errors == []


async def test_command_menus_list_pause_and_safe_word(api: FakeBotApi, bot: BotHarness) -> None:
    for scope in ("all_private_chats", "all_group_chats"):
        names = dict(api.commands_for(scope))
        assert names["pauze"] == "Neem een pauze als het te hoog oploopt"
        assert names["veiligwoord"] == "Kies jullie veilige woord"


# --- the storage claims under concurrency ----------------------------------------------------


async def test_simultaneous_starts_and_claims_happen_once(tmp_path: Path) -> None:
    now = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
    db = await Database.open(tmp_path / "claims.db")
    try:
        for user_id in (1, 2):
            await db.execute(
                "INSERT INTO users (id, first_name, consented_at, created_at) VALUES (?, ?, ?, ?)",
                (user_id, f"P{user_id}", to_db(now), to_db(now)),
            )
        couple_id = await db.insert(
            "INSERT INTO couples (timezone, created_at) VALUES (?, ?)",
            ("Europe/Amsterdam", to_db(now)),
        )
        for user_id in (1, 2):
            await db.execute(
                "INSERT INTO couple_members (user_id, couple_id, joined_at) VALUES (?, ?, ?)",
                (user_id, couple_id, to_db(now)),
            )
        couple = Couple(couple_id, (1, 2), None, ZoneInfo("Europe/Amsterdam"))
        ends = now + timedelta(minutes=20)

        results = await asyncio.gather(
            *(pauses.start(db, couple, 20, ends, False, now) for _ in range(5))
        )
        assert sum(created for _, created in results) == 1
        assert len({pause.id for pause, _ in results}) == 1

        later = ends + timedelta(seconds=1)
        [pause] = await pauses.due_reminders(db, later)
        claims = await asyncio.gather(*(pauses.claim_reminder(db, pause, later) for _ in range(5)))
        assert claims.count(True) == 1
        assert await pauses.due_reminders(db, later) == []

        waiting = await pauses.get(db, pause.id)
        assert waiting is not None and waiting.waiting
        extended = await asyncio.gather(
            pauses.extend(db, waiting, 1, later + timedelta(minutes=10)),
            pauses.extend(db, waiting, 2, later + timedelta(minutes=10)),
        )
        assert extended.count(True) == 1
        readies = await asyncio.gather(
            pauses.mark_ready(db, pause.id, 1, later), pauses.mark_ready(db, pause.id, 2, later)
        )
        assert sorted(readies) == sorted([pauses.ReadyResult.FIRST, pauses.ReadyResult.BOTH])
        assert (await pauses.mark_ready(db, pause.id, 1, later)) is pauses.ReadyResult.CLOSED
        assert await pauses.due_reminders(db, later + timedelta(hours=1)) == []

        day_later = later + timedelta(days=2)
        [follow] = await pauses.due_follow_ups(db, day_later)
        claims = await asyncio.gather(
            *(pauses.claim_follow_up(db, follow, day_later) for _ in range(3))
        )
        assert claims.count(True) == 1
    finally:
        await db.close()


async def test_safe_word_that_trips_the_safety_net_is_not_set_or_shown(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    for chat in (None, group):
        mark = bot.mark()
        await bot.send(anna, "/veiligwoord zelfmoord", chat)
        touched = bot.api.touched_since(mark)
        # Anna gets the help lines privately; nobody else sees the words.
        assert any("113" in (m.plain or "") for m in touched if m.chat_id == anna.id)
        assert all(m.chat_id == anna.id for m in touched)
        assert not any("veilige woord" in (m.plain or "") for m in touched)
        assert not having(bot.group_messages(group), "veilige woord vastgelegd")
    db = await Database.open(bot.db_path)
    try:
        assert await db.fetchval("SELECT safe_word FROM couples") is None
    finally:
        await db.close()
    assert bot.errors == []

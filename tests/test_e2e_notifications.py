"""End to end: notifications on/off in /instellingen (bot/handlers/notifications.py).

Silent means Samen's new private messages go out with ``disable_notification``; nothing
is held back. The choice is per person, survives a restart, and shows in /mijngegevens.
"""

from __future__ import annotations

import json

from tests.conftest import onboard, pair
from tests.fakeapi import FakeBotApi, FakeUser
from tests.fakeapi.models import SentMessage
from tests.harness import BotHarness
from tests.test_e2e_coach_support import count, query


def silent_flags(api: FakeBotApi, chat_id: int, since: int) -> list[bool]:
    """disable_notification of every new message to ``chat_id`` after request ``since``."""
    return [
        str(params.get("disable_notification")).lower() == "true"  # PTB posts form fields
        for method, params in api.requests[since:]
        if method in ("sendMessage", "sendPhoto", "sendDocument")
        and int(params.get("chat_id", 0)) == chat_id
    ]


def last_answer(api: FakeBotApi) -> tuple[str, bool]:
    answer = api.callback_answers[-1]
    return str(answer["text"] or ""), bool(answer["show_alert"])


async def open_section(bot: BotHarness, user: FakeUser) -> SentMessage:
    sent = await bot.send(user, "/instellingen")
    sent = await bot.press(user, sent[-1], "Meldingen")
    return sent[-1]


async def test_silent_messages_for_one_partner_only_and_after_a_restart(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    section = await open_section(bot, anna)
    assert "Meldingen: aan" in (section.plain or "")

    sent = await bot.press(anna, section, "Zet op stil")
    assert last_answer(api) == ("Opgeslagen.", False)
    assert "Meldingen: stil" in (sent[-1].plain or "")
    assert sent[-1].has_button("Geluid weer aan")

    # Anna's messages now arrive silently; Bram's still ring.
    mark = len(api.requests)
    await bot.send(anna, "/hulp")
    await bot.send(bram, "/hulp")
    await bot.send(anna, "/mijngegevens")
    assert silent_flags(api, anna.id, mark) and all(silent_flags(api, anna.id, mark))
    assert silent_flags(api, bram.id, mark) and not any(silent_flags(api, bram.id, mark))

    await bot.restart()
    mark = len(api.requests)
    await bot.send(anna, "/hulp")
    assert all(silent_flags(api, anna.id, mark))
    export = next(m for m in await bot.send(anna, "/mijngegevens") if m.kind == "document")
    assert json.loads(export.document or b"{}")["profile"]["quiet"] == 1

    section = await open_section(bot, anna)
    assert "Meldingen: stil" in (section.plain or "")
    await bot.press(anna, section, "Geluid weer aan")
    mark = len(api.requests)
    await bot.send(anna, "/hulp")
    assert not any(silent_flags(api, anna.id, mark))
    assert bot.errors == []


async def test_unpaired_users_have_it_too_and_bad_presses_change_nothing(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, stranger: FakeUser
) -> None:
    await onboard(bot, anna)
    section = await open_section(bot, anna)  # not paired: the section is still there
    assert section.has_button("Zet op stil")

    # Old buttons set what they say: pressing "silent" twice stays silent.
    await bot.press(anna, section, "Zet op stil")
    await bot.press_data(anna, section, "nt:s:1")
    assert "Meldingen: stil" in (bot.last(anna).plain or "")

    for forged in ("nt:s:2", "nt:x", "nt"):
        await bot.press_data(anna, section, forged)
        assert last_answer(api) == (
            "Deze knop is verouderd. Open /instellingen voor nieuwe knoppen.",
            True,
        )

    # Text and stickers in between are answered as always and change nothing.
    await bot.send(anna, "zet maar stil")
    await bot.sticker(anna)
    assert await count(bot, "SELECT quiet FROM users WHERE id = ?", anna.id) == 1

    # After /vergeetmij an old button finds nobody: told to start, nothing stored.
    sent = await bot.send(anna, "/vergeetmij")
    await bot.press(anna, sent[-1], "wis alles")
    await bot.press_data(anna, section, "nt:s:0")
    assert last_answer(api) == ("We kennen elkaar nog niet. Tik op /start om te beginnen.", True)
    assert await query(bot, "SELECT id FROM users") == []

    # A stranger has no settings message to press; the command works for them only after /start.
    sent = await bot.send(stranger, "/instellingen")
    assert not any(m.has_button("Meldingen") for m in sent)
    assert bot.errors == []

"""End to end: the safety net in a private chat, in the shared group, and in command arguments.

Help goes privately to the writer at once, also to someone who never consented (and
nothing about them is stored). In a group the words are never repeated; if the bot
may not write to the person privately, one neutral line points to /hulp. Logs carry
the event, never the words.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.storage.db import Database
from tests.conftest import link_group, onboard
from tests.fakeapi import FakeBotApi
from tests.harness import BotHarness, FakeClock

CRISIS = "ik wil er niet meer zijn"
VIOLENCE = "hij slaat me als hij gedronken heeft"
HELP = "0800-0113"


@pytest.fixture
async def reading_api() -> AsyncIterator[FakeBotApi]:
    server = FakeBotApi(can_read_all_group_messages=True)
    await server.start()
    yield server
    await server.stop()


async def users_stored(path: Path) -> int:
    db = await Database.open(path)
    try:
        return int(await db.fetchval("SELECT count(*) FROM users") or 0)
    finally:
        await db.close()


async def test_private_crisis_from_someone_who_never_started(
    api: FakeBotApi, bot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    sam = api.user(first_name="Sam")
    sent = await bot.send(sam, CRISIS)
    assert len(sent) == 1, "the help lines are the answer, not the menu as well"
    text = sent[0].plain or ""
    assert HELP in text and "112" in text and "0800-2000" in text and "1813" in text
    assert "geen therapie" in text
    assert CRISIS not in text
    assert await users_stored(bot.db_path) == 0
    assert CRISIS not in caplog.text
    assert "safety net triggered kind=suicide" in caplog.text


async def test_crisis_in_a_command_argument(api: FakeBotApi, bot: BotHarness) -> None:
    anna = api.user(first_name="Anna")
    await onboard(bot, anna)
    sent = await bot.send(anna, f"/veiligwoord {VIOLENCE}")
    assert any(HELP in (m.plain or "") for m in sent if m.chat_id == anna.id)


async def test_group_crisis_help_goes_privately_and_nothing_is_quoted(
    reading_api: FakeBotApi, tmp_path: Path, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    api = reading_api
    anna, bram = api.user("Anna", "anna"), api.user("Bram", "bram")
    async with BotHarness(api, tmp_path / "samen.db", clock) as bot:
        group = await link_group(bot, api, anna, bram)
        before_group = len(bot.group_messages(group))
        sent = await bot.send(bram, VIOLENCE, group)
        to_bram = [m for m in sent if m.chat_id == bram.id]
        assert to_bram and HELP in (to_bram[0].plain or "")
        assert all(m.chat_id != anna.id for m in sent), "the partner is told nothing"
        assert len(bot.group_messages(group)) == before_group, "nothing in the group"
        assert VIOLENCE not in caplog.text
        assert bot.errors == []


async def test_group_crisis_from_someone_the_bot_cannot_write_to(
    reading_api: FakeBotApi, tmp_path: Path, clock: FakeClock
) -> None:
    api = reading_api
    anna, bram = api.user("Anna", "anna"), api.user("Bram", "bram")
    guest = api.user("Gast")
    async with BotHarness(api, tmp_path / "samen.db", clock) as bot:
        group = await link_group(bot, api, anna, bram)
        await bot.new_members(group, [guest], by=anna)
        sent = await bot.send(guest, CRISIS, group)
        in_group = [m for m in sent if m.chat_id == group.id]
        assert len(in_group) == 1
        line = in_group[0].plain or ""
        assert "/hulp" in line
        assert CRISIS not in line and "niet meer" not in line
        assert all(m.chat_id not in (anna.id, bram.id) for m in sent)
        assert bot.errors == []


async def test_everyday_figures_of_speech_stay_quiet(api: FakeBotApi, bot: BotHarness) -> None:
    anna = api.user(first_name="Anna")
    await onboard(bot, anna)
    for text in ("ik ga dood van het lachen", "dat was moordend druk vandaag", "ik ben doodmoe"):
        sent = await bot.send(anna, text)
        assert all(HELP not in (m.plain or "") for m in sent)

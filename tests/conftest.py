"""Fixtures: a fake Bot API server, a movable clock, the running bot, and its users."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.fakeapi import FakeBotApi, FakeGroup, FakeUser
from tests.harness import BotHarness, FakeClock

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # a Monday morning in Amsterdam


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    server = FakeBotApi()
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
async def bot(api: FakeBotApi, tmp_path: Path, clock: FakeClock) -> AsyncIterator[BotHarness]:
    harness = BotHarness(api, tmp_path / "samen.db", clock)
    await harness.start()
    yield harness
    await harness.stop()


@pytest.fixture
def anna(api: FakeBotApi) -> FakeUser:
    return api.user(first_name="Anna", username="anna")


@pytest.fixture
def bram(api: FakeBotApi) -> FakeUser:
    return api.user(first_name="Bram", username="bram")


@pytest.fixture
def stranger(api: FakeBotApi) -> FakeUser:
    return api.user(first_name="Sam", username="sam")


async def onboard(bot: BotHarness, user: FakeUser) -> None:
    """/start and agree to the privacy notice (a no-op for someone who already did)."""
    sent = await bot.send(user, "/start")
    if sent and sent[-1].has_button("akkoord"):
        await bot.press(user, sent[-1], "akkoord")


async def pair(bot: BotHarness, inviter: FakeUser, partner: FakeUser) -> str:
    """Pair two users through the real invite flow; return the group payload."""
    await onboard(bot, inviter)
    menu = bot.last(inviter)
    sent = await bot.press(inviter, menu, "Koppel met mijn partner")
    invite = next(m for m in sent if m.text and "t.me/" in m.text)
    payload = invite.plain.split("start=")[1].split()[0] if invite.plain else ""
    await bot.send(partner, f"/start {payload}")
    await bot.press(partner, bot.last(partner), "Ja, koppel ons")
    offer = next(m for m in reversed(bot.inbox(inviter)) if m.has_button("groep"))
    url = next(target for text, target in offer.buttons() if "groep" in text)
    return url.split("startgroup=")[1]


async def link_group(bot: BotHarness, api: FakeBotApi, a: FakeUser, b: FakeUser) -> FakeGroup:
    """Pair a and b and link a new group with both of them."""
    payload = await pair(bot, a, b)
    group = api.group("Wij", members=[a, b])
    await bot.bot_added(group, a)
    await bot.send(a, f"/start@{api.bot_user.username} {payload}", group)
    return group

"""Shared steps for the coach end-to-end tests (no tests here): coach, clients, broadcasts."""

from __future__ import annotations

import re
from typing import Any

from bot.storage import coaches
from bot.storage.db import Database
from tests.fakeapi import FakeUser, SentMessage
from tests.harness import BotHarness

_PAYLOAD = re.compile(r"start=([A-Za-z0-9_-]+)")


async def query(bot: BotHarness, sql: str, *params: object) -> list[tuple[Any, ...]]:
    """Run a read query on the bot's database file (a second connection; WAL allows it)."""
    db = await Database.open(bot.db_path)
    try:
        return [tuple(row) for row in await db.fetchall(sql, params)]
    finally:
        await db.close()


async def count(bot: BotHarness, sql: str, *params: object) -> int:
    """The single number a query returns."""
    rows = await query(bot, sql, *params)
    return int(rows[0][0] or 0) if rows else 0


async def coach_link(bot: BotHarness) -> str:
    """A coach link payload, made the way ``python -m bot coach-link`` makes it."""
    db = await Database.open(bot.db_path)
    try:
        return await coaches.create_coach_link(db, bot.clock.now())
    finally:
        await db.close()


def payload_in(message: SentMessage) -> str:
    """The ``start=`` payload of the first t.me link in a message."""
    match = _PAYLOAD.search(message.plain or "")
    assert match, f"no deep link in {message.plain!r}"
    return match.group(1)


async def make_coach(bot: BotHarness, user: FakeUser) -> str:
    """Turn ``user`` into a coach through a coach link; return their client invite payload."""
    sent = await bot.send(user, f"/start {await coach_link(bot)}")
    await bot.press(user, sent[-1], "maak mij coach")
    welcome = next(m for m in reversed(bot.inbox(user)) if "uitnodigingslink" in (m.plain or ""))
    return payload_in(welcome)


async def join(bot: BotHarness, client: FakeUser, invite: str, share: bool = True) -> None:
    """``client`` opens the invite and consents (sharing completion or not)."""
    sent = await bot.send(client, f"/start {invite}")
    await bot.press(client, sent[-1], "ziet wat ik afrond" if share else "zonder dat te delen")


def received(bot: BotHarness, user: FakeUser, needle: str) -> list[SentMessage]:
    """Messages in the user's private chat whose text contains ``needle``."""
    return [m for m in bot.inbox(user) if needle in (m.plain or "")]


def text_of(message: SentMessage) -> str:
    """What the user sees."""
    return message.plain or ""


async def compose_exercise(bot: BotHarness, coach: FakeUser, title: str) -> SentMessage:
    """/verstuur → an exercise by (part of) its Dutch title → all clients; return the question."""
    sent = await bot.send(coach, "/verstuur")
    menu = sent[-1]
    while not menu.has_button(title):
        menu = (await bot.press(coach, menu, "▶"))[-1]
    await bot.press(coach, menu, title)
    sent = await bot.press(coach, bot.last(coach), "Alle klanten")
    return sent[-1]

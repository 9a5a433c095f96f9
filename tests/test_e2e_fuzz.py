"""Hypothesis against the running bot: random text and /start payloads, private and group.

Whatever arrives, the bot answers a private message in Dutch, never with the
error apology, and no handler raises. One bot runs for the whole test on its
own event loop in a thread, so examples are cheap.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import START, onboard
from tests.fakeapi import FakeBotApi, FakeGroup, FakeUser
from tests.harness import BotHarness, FakeClock

T = TypeVar("T")
SORRY = "er ging iets mis"


class LiveBot:
    """A bot running on a background loop; `run` executes a coroutine there."""

    def __init__(self, db_path: Path) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        self.api = FakeBotApi()
        self.run(self.api.start())
        self.bot = BotHarness(self.api, db_path, FakeClock(START))
        self.run(self.bot.start())
        self.member = self.api.user(first_name="Anna")
        self.newcomer = self.api.user(first_name="Nina")
        self.run(onboard(self.bot, self.member))
        self.group: FakeGroup = self.api.group("Fuzz", members=[self.member, self.newcomer])
        self.run(self.bot.bot_added(self.group, self.member))

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout=30)

    def close(self) -> None:
        self.run(self.bot.stop())
        self.run(self.api.stop())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveBot]:
    bot = LiveBot(tmp_path_factory.mktemp("fuzz") / "samen.db")
    yield bot
    bot.close()


text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    min_size=1,
    max_size=300,
).filter(lambda value: value.strip() != "")
payload = st.one_of(
    st.text(
        alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", max_size=64
    ),
    st.from_regex(r"[pgck][A-Za-z0-9_-]{24}", fullmatch=True),
)
FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


def check_private_answer(live: LiveBot, user: FakeUser, sent: list[Any]) -> None:
    mine = [m for m in sent if m.chat_id == user.id]
    assert mine, "a private message always gets an answer"
    assert all(SORRY not in (m.plain or "").lower() for m in mine)
    assert live.bot.errors == []


@FUZZ
@given(message=text)
def test_random_private_text(live: LiveBot, message: str) -> None:
    stranger = live.api.user(first_name="X")
    for user in (stranger, live.member):
        sent = live.run(live.bot.send(user, message))
        if message.startswith("/") and not message[1:2].isalnum():
            continue  # "/" followed by a space is plain text to Telegram, still answered
        check_private_answer(live, user, sent)


@FUZZ
@given(value=payload)
def test_random_start_payloads(live: LiveBot, value: str) -> None:
    stranger = live.api.user(first_name="Y")
    sent = live.run(live.bot.send(stranger, f"/start {value}".strip()))
    check_private_answer(live, stranger, sent)
    sent = live.run(
        live.bot.send(live.member, f"/start@{live.api.bot_user.username} {value}", live.group)
    )
    assert all(SORRY not in (m.plain or "").lower() for m in sent)
    assert live.bot.errors == []


@FUZZ
@given(message=text)
def test_random_group_text_never_breaks(live: LiveBot, message: str) -> None:
    live.run(live.bot.send(live.newcomer, message, live.group))
    assert live.bot.errors == []

"""End to end: the one sending path with texts longer than Telegram allows.

The real Application's Sender talks HTTP to the fake Bot API, which refuses any
text over 4,096 visible characters, as Telegram does.
"""

from __future__ import annotations

from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.sending import Delivery
from bot.services import from_app
from tests.conftest import onboard
from tests.fakeapi import FakeBotApi, FakeUser
from tests.harness import BotHarness


def long_text() -> str:
    paragraphs = [f"<b>Deel {n}</b>\n" + escape(f"zo'n {n} & dat " * 120) for n in range(1, 6)]
    return "\n\n".join(paragraphs)


async def test_a_long_message_arrives_whole_in_parts_with_the_buttons_last(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser
) -> None:
    await onboard(bot, anna)
    text = long_text()
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Oké", callback_data="x")]])
    mark = bot.mark()
    outcome = await from_app(bot.app).sender.deliver(anna.id, text, markup)
    assert outcome.status is Delivery.SENT
    parts = [m for m in api.touched_since(mark) if m.chat_id == anna.id]
    assert len(parts) == 3  # two paragraphs of about 1,570 characters fit in each part
    assert [m.has_button("Oké") for m in parts] == [False, False, True]
    assert outcome.message is not None and outcome.message.message_id == parts[-1].message_id
    seen = "".join(m.plain or "" for m in parts)
    for n in range(1, 6):
        assert f"Deel {n}" in seen and f"zo'n {n} & dat" in seen
    assert all(len(m.plain or "") <= 4096 for m in parts)


async def test_a_long_message_whose_first_part_fails_is_reported_as_failed(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser
) -> None:
    """Nothing arrived, so the caller may fall back (e.g. from the group to private chats)."""
    await onboard(bot, anna)
    text = long_text()
    mark = bot.mark()
    sender = from_app(bot.app).sender
    api.fail_next(anna, 400, description="Bad Request: something odd")  # part one fails
    assert (await sender.deliver(anna.id, text)).status is Delivery.FAILED
    assert not [m for m in api.touched_since(mark) if m.chat_id == anna.id]

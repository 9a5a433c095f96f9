"""The one path every outgoing message takes.

It knows what Telegram may answer: a 429 waits ``retry_after`` and tries again,
a 403 marks the user unreachable, a migrated group is followed, and nothing
raises into a handler. Throughput limits (about 30 messages/s overall, 20/min
per group) come from PTB's ``AIORateLimiter``, installed on the Application, so
everything sent through the bot object is paced. When that limiter is
installed, the Sender also paces new messages itself: per chat
(:class:`ChatPacer`) one per second on average with a burst of three (so a
reply and its follow-up are not held back), which the limiter does not do for
private chats; and overall (:class:`Spacer`) evenly at just under 30 per second
without a burst, first come first served, because the limiter's bucket lets a
burst of 30 through on top of the rate and Telegram counts any one second. New messages
to a user who chose "stil" in /instellingen go out with ``disable_notification``. Logs name
chat ids and outcomes, never the text.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Literal, TypeVar

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardMarkup,
    InputFile,
    LinkPreviewOptions,
    Message,
)
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.storage import couples, users
from bot.storage.db import Database
from bot.text_fit import split_html

log = logging.getLogger(__name__)
T = TypeVar("T")

MAX_TEXT = 4096
# New messages overall: 29 per second, so that jitter on the way never puts a 31st
# message into one second (Telegram: about 30 per second).
OVERALL_INTERVAL = 1 / 29
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


class Delivery(StrEnum):
    """How an attempt to deliver ended."""

    SENT = "sent"
    BLOCKED = "blocked"  # 403: the user blocked the bot or never started it
    FAILED = "failed"  # anything else after retries


@dataclass(frozen=True)
class Outcome:
    """The result of one delivery attempt."""

    status: Delivery
    message: Message | None = None


class ChatPacer:
    """Spaces new messages per chat: on average one per ``interval``, bursts of ``burst``.

    A generic cell rate algorithm: each chat has a theoretical arrival time; a
    message may go when that time is at most ``(burst - 1) * interval`` ahead of
    now. The slot is reserved before sleeping, so concurrent senders queue up
    fairly instead of racing.
    """

    def __init__(self, interval: float = 1.0, burst: int = 3, max_chats: int = 10_000) -> None:
        self.interval = interval
        self.slack = (burst - 1) * interval
        self.max_chats = max_chats
        self._due: dict[int, float] = {}

    def reserve(self, chat_id: int, now: float) -> float:
        """Reserve the next slot for ``chat_id``; return how long to wait for it."""
        if len(self._due) > self.max_chats:
            self._due = {chat: due for chat, due in self._due.items() if due > now}
        due = max(self._due.get(chat_id, now), now)
        self._due[chat_id] = due + self.interval
        return max(0.0, due - now - self.slack)

    async def wait(self, chat_id: int) -> None:
        """Sleep until ``chat_id`` may receive the next message."""
        delay = self.reserve(chat_id, asyncio.get_running_loop().time())
        if delay > 0:
            await asyncio.sleep(delay)


class Spacer:
    """Keeps at least ``interval`` between consecutive sends overall, first come first served.

    The gap is measured from the previous send as it happened, not from a slot
    booked in advance, so a stalled event loop does not release a bunch at once.
    """

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self._lock = asyncio.Lock()
        self._last = float("-inf")

    async def wait(self) -> None:
        """Wait for this send's turn."""
        loop = asyncio.get_running_loop()
        async with self._lock:  # asyncio.Lock wakes waiters in FIFO order
            delay = self._last + self.interval - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            self._last = loop.time()


class Sender:
    """Sends, edits and answers on behalf of every feature."""

    def __init__(
        self,
        bot: Bot,
        db: Database,
        *,
        max_retries: int = 3,
        pacer: ChatPacer | Literal["auto"] | None = "auto",
    ) -> None:
        self.bot = bot
        self.db = db
        self.max_retries = max_retries
        limited = getattr(bot, "rate_limiter", None) is not None
        if pacer == "auto":
            # Pace exactly when the Application has a rate limiter (off in tests).
            pacer = ChatPacer() if limited else None
        self.pacer: ChatPacer | None = pacer
        self.overall: Spacer | None = Spacer(OVERALL_INTERVAL) if pacer is not None else None

    async def _pace(self, chat_id: int) -> None:
        if self.pacer is not None:
            await self.pacer.wait(chat_id)
        if self.overall is not None:
            await self.overall.wait()

    async def _call(
        self,
        chat_id: int,
        action: Callable[[int], Awaitable[T]],
        event: str,
        *,
        paced: bool = False,
    ) -> tuple[Delivery, T | None]:
        attempt = 0
        while True:
            if paced:  # every attempt, retries too, takes its turn
                await self._pace(chat_id)
            try:
                return Delivery.SENT, await action(chat_id)
            except RetryAfter as exc:
                attempt += 1
                if attempt > self.max_retries:
                    log.warning("%s gave up after 429 chat=%s", event, chat_id)
                    return Delivery.FAILED, None
                delay = exc.retry_after
                seconds = delay if isinstance(delay, int | float) else delay.total_seconds()
                log.info("%s 429 chat=%s retry_after=%s", event, chat_id, seconds)
                await asyncio.sleep(float(seconds))
            except ChatMigrated as exc:
                log.info("%s chat migrated chat=%s new=%s", event, chat_id, exc.new_chat_id)
                await couples.migrate_group(self.db, chat_id, exc.new_chat_id)
                chat_id = exc.new_chat_id
            except Forbidden:
                log.info("%s forbidden chat=%s", event, chat_id)
                if chat_id > 0:
                    await users.set_reachable(self.db, chat_id, False)
                return Delivery.BLOCKED, None
            except BadRequest as exc:
                if "not modified" in exc.message:
                    return Delivery.SENT, None
                log.warning("%s bad request chat=%s error=%s", event, chat_id, exc.message)
                return Delivery.FAILED, None
            except (TimedOut, NetworkError) as exc:
                attempt += 1
                if attempt > self.max_retries:
                    log.warning(
                        "%s network error chat=%s error=%s", event, chat_id, type(exc).__name__
                    )
                    return Delivery.FAILED, None
                await asyncio.sleep(min(2.0**attempt, 10.0))

    async def _quiet(self, chat_id: int) -> bool:
        """Whether a new message to this chat should arrive without sound."""
        return chat_id > 0 and await users.is_quiet(self.db, chat_id)

    async def deliver(
        self, chat_id: int, text: str, reply_markup: InlineKeyboardMarkup | None = None
    ) -> Outcome:
        """Send a text message and say how it went.

        A text longer than Telegram allows goes out in parts (split between
        paragraphs, never inside a tag); the buttons go under the last part.
        """
        quiet = await self._quiet(chat_id)
        parts = split_html(text, MAX_TEXT)

        def sending(
            part: str, markup: InlineKeyboardMarkup | None
        ) -> Callable[[int], Awaitable[Message]]:
            return lambda target: self.bot.send_message(
                target,
                part,
                reply_markup=markup,
                link_preview_options=NO_PREVIEW,
                disable_notification=quiet,
            )

        outcome = Outcome(Delivery.FAILED, None)
        for index, part in enumerate(parts):
            markup = reply_markup if index == len(parts) - 1 else None
            status, message = await self._call(chat_id, sending(part, markup), "send", paced=True)
            if status is not Delivery.SENT:
                if index == 0:
                    return Outcome(status, message)
                # Part of it arrived: report it as sent, so no caller sends it all again.
                log.warning("message part lost chat=%s part=%s", chat_id, index + 1)
                break
            outcome = Outcome(status, message)
        return outcome

    async def send(
        self, chat_id: int, text: str, reply_markup: InlineKeyboardMarkup | None = None
    ) -> Message | None:
        """Send a text message; ``None`` if it could not be delivered."""
        return (await self.deliver(chat_id, text, reply_markup)).message

    async def send_document(
        self, chat_id: int, data: bytes, filename: str, caption: str | None = None
    ) -> Message | None:
        """Send a file."""
        quiet = await self._quiet(chat_id)
        _, message = await self._call(
            chat_id,
            lambda target: self.bot.send_document(
                target,
                InputFile(data, filename=filename),
                caption=caption,
                disable_notification=quiet,
            ),
            "send_document",
            paced=True,
        )
        return message

    async def send_photo(
        self,
        chat_id: int,
        data: bytes,
        caption: str | None = None,
        reply_markup: InlineKeyboardMarkup | None = None,
    ) -> Message | None:
        """Send an image."""
        quiet = await self._quiet(chat_id)
        _, message = await self._call(
            chat_id,
            lambda target: self.bot.send_photo(
                target,
                InputFile(data, filename="chart.png"),
                caption=caption,
                reply_markup=reply_markup,
                disable_notification=quiet,
            ),
            "send_photo",
            paced=True,
        )
        return message

    async def edit(
        self,
        chat_id: int,
        message_id: int,
        text: str,
        reply_markup: InlineKeyboardMarkup | None = None,
    ) -> bool:
        """Replace the text (and buttons) of a message the bot sent."""
        status, _ = await self._call(
            chat_id,
            lambda target: self.bot.edit_message_text(
                split_html(text, MAX_TEXT)[0],  # an edit cannot grow into two messages
                chat_id=target,
                message_id=message_id,
                reply_markup=reply_markup,
                link_preview_options=NO_PREVIEW,
            ),
            "edit",
        )
        return status is Delivery.SENT

    async def answer(
        self, query: CallbackQuery, text: str | None = None, alert: bool = False
    ) -> None:
        """Answer a button press (the small toast or alert in the client)."""
        try:
            await query.answer(text=text[:200] if text else None, show_alert=alert)
        except (BadRequest, NetworkError) as exc:
            # An answer that comes too late is harmless; the message itself was handled.
            log.info("answer_callback failed error=%s", type(exc).__name__)

"""End-to-end harness: runs the Samen Application against FakeBotApi with a movable clock.

Typical use::

    async with FakeBotApi() as api:
        async with BotHarness(api, tmp_path / "samen.db", FakeClock()) as h:
            anna = api.user("Anna", "anna")
            replies = await h.send(anna, "/start")
            await h.press(anna, replies[-1], "Ja")

Every action pushes an update over HTTP, waits until the Application has fully processed it
(ObservedApplication) and returns the bot messages sent or edited in the meantime.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from telegram import Update
from telegram.ext import Application

from tests.fakeapi import FakeBotApi, FakeGroup, FakeUser, SentMessage

_LOGGER = logging.getLogger(__name__)
UPDATE_TIMEOUT = 10.0
DEFAULT_START = datetime(2025, 3, 3, 8, 0, tzinfo=UTC)  # Monday 09:00 in Amsterdam


class FakeClock:
    """A clock that only moves when told to (implements bot.clock.Clock)."""

    def __init__(self, start: datetime = DEFAULT_START) -> None:
        self._now = _as_utc(start)

    def now(self) -> datetime:
        """The current fake time, aware UTC."""
        return self._now

    def advance(self, **delta: float) -> datetime:
        """Move forward by timedelta(**delta); return the new time."""
        step = timedelta(**delta)
        if step < timedelta(0):
            raise ValueError("a FakeClock does not go backwards; use set()")
        self._now += step
        return self._now

    def set(self, moment: datetime) -> None:
        """Jump to an aware datetime."""
        self._now = _as_utc(moment)


def _as_utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("FakeClock needs an aware datetime")
    return moment.astimezone(UTC)


class ObservedApplication(Application[Any, Any, Any, Any, Any, Any]):
    """An Application that records which updates it has finished processing."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.processed_update_ids: set[int] = set()
        self.handler_errors: list[tuple[object | None, Exception]] = []
        self._processed: asyncio.Condition | None = None

    def _condition(self) -> asyncio.Condition:
        if self._processed is None:
            self._processed = asyncio.Condition()
        return self._processed

    async def process_update(self, update: object) -> None:
        """Process as usual, then mark the update as processed and wake waiters."""
        try:
            await super().process_update(update)
        finally:
            if isinstance(update, Update):
                condition = self._condition()
                async with condition:
                    self.processed_update_ids.add(update.update_id)
                    condition.notify_all()

    async def process_error(
        self,
        update: object | None,
        error: Exception,
        job: Any = None,
        coroutine: Any = None,
    ) -> bool:
        """Record the error, then let the registered error handlers run."""
        self.handler_errors.append((update, error))
        return await super().process_error(update, error, job, coroutine)

    async def wait_processed(self, update_ids: Iterable[int], seconds: float) -> None:
        """Wait until all update ids were processed; raise TimeoutError otherwise."""
        wanted = set(update_ids)
        condition = self._condition()
        async with asyncio.timeout(seconds), condition:
            await condition.wait_for(lambda: wanted <= self.processed_update_ids)


class BotHarness:
    """Runs the real bot Application (polling the fake API) and drives it like a user."""

    def __init__(
        self,
        api: FakeBotApi,
        db_path: Path,
        clock: FakeClock,
        *,
        strict_errors: bool = True,
        **settings_overrides: Any,
    ) -> None:
        self.api = api
        self.db_path = db_path
        self.clock = clock
        self.strict_errors = strict_errors
        self.settings_overrides = settings_overrides
        self.settings: Any = None
        self._app: ObservedApplication | None = None
        self._last_app: ObservedApplication | None = None
        self._post_init_called = False
        if api.clock is None:
            api.clock = clock

    # ----------------------------------------------------------------- life cycle

    @property
    def app(self) -> ObservedApplication:
        """The running Application."""
        if self._app is None:
            raise RuntimeError("BotHarness is not started")
        return self._app

    @property
    def errors(self) -> list[tuple[object | None, Exception]]:
        """(update or None, exception) for every error the current (or last) app processed."""
        app = self._app or self._last_app
        return app.handler_errors if app is not None else []

    async def start(self) -> None:
        """Build the Application and start it like run_polling does, without blocking."""
        from bot.app import build_application
        from bot.config import Settings

        options: dict[str, Any] = {"tick_seconds": 0.05, "rate_limit": False}
        options.update(self.settings_overrides)
        self.settings = Settings(
            bot_token=self.api.token,
            bot_api_url=self.api.base_url,
            database_path=self.db_path,
            **options,
        )
        app = build_application(
            self.settings, clock=self.clock, application_class=ObservedApplication
        )
        if not isinstance(app, ObservedApplication):
            raise TypeError("build_application ignored application_class")
        self._app = app
        self._post_init_called = False
        try:
            await app.initialize()
            if app.post_init is not None:
                self._post_init_called = True
                await app.post_init(app)
            if app.updater is None:
                raise RuntimeError("the Application has no Updater")
            await app.updater.start_polling(
                poll_interval=0,
                timeout=1,
                allowed_updates=Update.ALL_TYPES,
                drop_pending_updates=False,
            )
            await app.start()
        except BaseException:
            try:
                await self.stop()
            except Exception:  # the start-up error matters more; keep the cleanup one in logs
                _LOGGER.warning("cleanup after a failed BotHarness.start() raised", exc_info=True)
            raise

    async def stop(self) -> None:
        """Stop polling, the Application and its shutdown hooks; tolerant of a partial start."""
        app = self._app
        if app is None:
            return
        self._app = None
        failures: list[Exception] = []

        async def step(action: Callable[[], Any]) -> None:
            try:
                await action()
            except Exception as error:
                failures.append(error)

        if app.updater is not None and app.updater.running:
            await step(app.updater.stop)
        if app.running:
            await step(app.stop)
            if app.post_stop is not None:
                post_stop = app.post_stop
                await step(lambda: post_stop(app))
        await step(app.shutdown)
        if self._post_init_called and app.post_shutdown is not None:
            post_shutdown = app.post_shutdown
            await step(lambda: post_shutdown(app))
        self._last_app = app
        if failures:
            raise failures[0]

    async def restart(self) -> None:
        """Stop, then start a fresh Application on the same database file."""
        await self.stop()
        await self.start()

    async def __aenter__(self) -> BotHarness:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.stop()

    # ----------------------------------------------------------------- actions

    async def send(
        self,
        user: FakeUser,
        text: str,
        chat: FakeGroup | None = None,
        *,
        reply_to: SentMessage | None = None,
    ) -> list[SentMessage]:
        """The user sends text (private chat unless `chat`); returns what the bot sent/edited."""
        label = f"text {text[:40]!r} from {user.first_name}"
        return await self._run(
            label, lambda: self.api.push_text(user, text, chat, reply_to=reply_to)
        )

    async def edit(
        self, user: FakeUser, text: str, chat: FakeGroup | None = None
    ) -> list[SentMessage]:
        """The user edits their last message in the chat to ``text``."""
        return await self._run(
            f"edit to {text[:40]!r} by {user.first_name}",
            lambda: self.api.push_edit(user, text, chat),
        )

    async def sticker(self, user: FakeUser, chat: FakeGroup | None = None) -> list[SentMessage]:
        """The user sends a sticker."""
        return await self._run(
            f"sticker from {user.first_name}", lambda: self.api.push_sticker(user, chat)
        )

    async def photo(self, user: FakeUser, chat: FakeGroup | None = None) -> list[SentMessage]:
        """The user sends a photo."""
        return await self._run(
            f"photo from {user.first_name}", lambda: self.api.push_photo(user, chat)
        )

    async def press(
        self, user: FakeUser, message: SentMessage, button_text: str
    ) -> list[SentMessage]:
        """The user presses the first inline button whose text contains `button_text`."""
        data = message.button(button_text)
        label = f"press {button_text!r} ({data!r}) by {user.first_name}"
        return await self._run(label, lambda: self.api.push_callback(user, message, data))

    async def press_data(
        self, user: FakeUser, message: SentMessage, data: str
    ) -> list[SentMessage]:
        """The user sends a callback query with arbitrary data for `message`."""
        label = f"callback {data!r} by {user.first_name}"
        return await self._run(label, lambda: self.api.push_callback(user, message, data))

    async def new_members(
        self, group: FakeGroup, users: list[FakeUser], by: FakeUser | None = None
    ) -> list[SentMessage]:
        """Users join the group (added by `by`)."""
        names = ", ".join(user.first_name for user in users)
        return await self._run(
            f"{names} join {group.title!r}", lambda: self.api.push_new_members(group, users, by)
        )

    async def bot_added(
        self, group: FakeGroup, by: FakeUser, *, admin: bool = False
    ) -> list[SentMessage]:
        """The bot is added to the group by `by`."""
        return await self._run(
            f"bot added to {group.title!r}",
            lambda: self.api.push_bot_added(group, by, admin=admin),
        )

    async def bot_removed(self, group: FakeGroup, by: FakeUser) -> list[SentMessage]:
        """The bot is removed from the group by `by`."""
        return await self._run(
            f"bot removed from {group.title!r}", lambda: self.api.push_bot_removed(group, by)
        )

    async def chat_member(
        self,
        group: FakeGroup,
        user: FakeUser,
        old_status: str,
        new_status: str,
        *,
        by: FakeUser | None = None,
    ) -> list[SentMessage]:
        """A member's status changes (chat_member reaches the bot only when it is admin)."""
        return await self._run(
            f"{user.first_name} {old_status}->{new_status} in {group.title!r}",
            lambda: self.api.push_chat_member(group, user, old_status, new_status, by=by),
        )

    async def left_member(
        self, group: FakeGroup, user: FakeUser, *, by: FakeUser | None = None
    ) -> list[SentMessage]:
        """A member leaves the group (or is removed by `by`)."""
        return await self._run(
            f"{user.first_name} leaves {group.title!r}",
            lambda: self.api.push_left_member(group, user, by=by),
        )

    async def migrate(
        self, group: FakeGroup, by: FakeUser | None = None
    ) -> tuple[FakeGroup, list[SentMessage]]:
        """Upgrade the group to a supergroup; returns (supergroup, bot messages)."""
        created: list[FakeGroup] = []

        def push() -> None:
            created.append(self.api.migrate_group(group, by))

        sent = await self._run(f"migration of {group.title!r}", push)
        return created[0], sent

    # ----------------------------------------------------------------- waiting & reading

    def mark(self) -> int:
        """A position in the bot's send/edit log, for wait_for(since=...)."""
        return self.api.mark()

    async def wait_for(
        self,
        predicate: Callable[[SentMessage], bool],
        timeout: float = 5.0,  # noqa: ASYNC109 - the harness API takes a plain timeout
        *,
        since: int = 0,
    ) -> SentMessage:
        """The first bot message (sent or edited after `since`) matching the predicate."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            for message in self.api.touched_since(since):
                if predicate(message):
                    return message
            remaining = deadline - loop.time()
            if remaining <= 0:
                recent = [(m.chat_id, (m.plain or "")[:60]) for m in self.api.sent[-5:]]
                raise AssertionError(
                    f"no matching bot message within {timeout}s; last sent: {recent}; "
                    f"errors: {self._error_summary(0)}"
                )
            await self.api.wait_activity(remaining)

    async def wait_until(
        self,
        condition: Callable[[], bool],
        timeout: float = 5.0,  # noqa: ASYNC109 - the harness API takes a plain timeout
    ) -> None:
        """Poll `condition` until it holds (AssertionError after the timeout)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not condition():
            if loop.time() >= deadline:
                raise AssertionError(f"condition not met within {timeout}s")
            await asyncio.sleep(0.01)

    def inbox(self, user: FakeUser) -> list[SentMessage]:
        """Bot messages in the user's private chat (deleted ones flagged, not removed)."""
        return self.api.messages_to(user.id)

    def group_messages(self, group: FakeGroup) -> list[SentMessage]:
        """Bot messages in the group."""
        return self.api.messages_to(group.id)

    def last(self, chat: FakeUser | FakeGroup) -> SentMessage:
        """The latest bot message in the chat."""
        return self.api.last_to(chat.id)

    # ----------------------------------------------------------------- internals

    async def _run(self, label: str, push: Callable[[], object]) -> list[SentMessage]:
        app = self.app
        mark = self.api.mark()
        errors_before = len(app.handler_errors)
        first = self.api.last_update_id + 1
        push()
        update_ids = range(first, self.api.last_update_id + 1)
        if update_ids:
            try:
                await app.wait_processed(update_ids, UPDATE_TIMEOUT)
            except TimeoutError:
                missing = sorted(set(update_ids) - app.processed_update_ids)
                raise AssertionError(
                    f"update(s) {missing} ({label}) not processed within {UPDATE_TIMEOUT}s; "
                    f"{len(self.api.pending_updates)} still queued at the fake API"
                ) from None
        if self.strict_errors and len(app.handler_errors) > errors_before:
            _, error = app.handler_errors[errors_before]
            raise AssertionError(
                f"handling {label} raised: {self._error_summary(errors_before)}"
            ) from error
        return self.api.touched_since(mark)

    def _error_summary(self, start: int) -> str:
        if self._app is None:
            return "n/a"
        return "; ".join(repr(error) for _, error in self._app.handler_errors[start:]) or "none"

"""The broadcast delivery engine: every recipient once, at Telegram's pace, across restarts.

A confirmed broadcast is already stored as one ``pending`` row per recipient
(see :func:`bot.storage.broadcasts.confirm`). A runner — a background task of the
Application — lets a few workers claim rows one at a time (``pending`` →
``sending`` in one transaction, so no row is taken twice), send through the one
sending path (``Sender.deliver``: 429 waits ``retry_after`` and retries, 403
marks the user unreachable; PTB's ``AIORateLimiter`` paces everything at about
30 messages per second) and record the outcome. The coach's progress message is
edited at most every :data:`PROGRESS_EVERY` seconds, and a final report follows.

Restarts. The runner stops claiming as soon as the Application stops, so a clean
shutdown leaves only ``pending`` rows, which the due-task :func:`resume` picks up
at the next start-up (the dispatcher tick runs right away). A crash can leave
at most one row per worker in ``sending``: the message may or may not have reached
Telegram, and the Bot API cannot tell us. Those rows become ``unknown`` and are
NOT sent again — delivery is at-most-once, because a coach's exercise arriving
twice is worse than the rare one that may be missing, and the report says how
many are unknown.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from telegram import InlineKeyboardMarkup
from telegram.ext import Application

from bot import coach_texts
from bot.callbacks import keyboard, pack
from bot.coach import Throttle, outcome_state
from bot.i18n import DEFAULT_LOCALE, use_locale
from bot.services import Services
from bot.storage import broadcasts, users

log = logging.getLogger(__name__)

AnyApp = Application[Any, Any, Any, Any, Any, Any]

COMPOSE = "bc"  # the coach's /verstuur buttons (bot.handlers.broadcast)
CLIENT = "cl"  # the client's buttons (bot.handlers.coach)
DONE = "d"
WORKERS = 8  # concurrent sends; the rate limiter, not this, sets the pace
PROGRESS_EVERY = 2.0  # seconds between progress edits

_running: set[tuple[int, int]] = set()


def done_markup(recipient_id: int, pressed: bool = False) -> InlineKeyboardMarkup:
    """The "Gedaan" button under a delivered broadcast."""
    label = coach_texts.done_again_label() if pressed else coach_texts.done_label()
    return keyboard([[(label, pack(CLIENT, DONE, recipient_id))]])


def is_running(svc: Services, broadcast_id: int) -> bool:
    """Whether this process is delivering the broadcast right now."""
    return (id(svc.db), broadcast_id) in _running


def launch(app: AnyApp, svc: Services, broadcast_id: int) -> bool:
    """Start delivering in the background unless already under way; True if started."""
    key = (id(svc.db), broadcast_id)
    if key in _running or not app.running:
        return False
    _running.add(key)

    async def run() -> None:
        try:
            await deliver(svc, broadcast_id, alive=lambda: app.running)
        finally:
            _running.discard(key)

    app.create_task(run(), name=f"broadcast-{broadcast_id}")
    log.info("broadcast started broadcast=%s", broadcast_id)
    return True


async def resume(app: AnyApp, svc: Services, now: datetime) -> None:
    """Due-task: pick up broadcasts a stop or crash interrupted (runs at start-up too)."""
    for broadcast_id in await broadcasts.unfinished(svc.db):
        if is_running(svc, broadcast_id) or not app.running:
            continue
        lost = await broadcasts.mark_interrupted(svc.db, broadcast_id)
        if lost:
            log.warning("broadcast rows in doubt broadcast=%s rows=%s", broadcast_id, lost)
        if launch(app, svc, broadcast_id):
            log.info("broadcast resumed broadcast=%s", broadcast_id)


class _Progress:
    """The coach's progress message, edited now and then."""

    def __init__(
        self, svc: Services, broadcast: broadcasts.Broadcast, done: int, total: int
    ) -> None:
        self.svc = svc
        self.chat_id = broadcast.progress_chat_id
        self.message_id = broadcast.progress_message_id
        self.done = done
        self.total = total
        self.throttle = Throttle(PROGRESS_EVERY)
        self._editing = False

    async def step(self) -> None:
        self.done += 1
        if self._editing or not self.throttle.ready(time.monotonic()):
            return
        self._editing = True
        try:
            await self.show(coach_texts.progress(self.done, self.total))
        finally:
            self._editing = False

    async def show(self, text: str) -> None:
        if self.chat_id is not None and self.message_id is not None:
            await self.svc.sender.edit(self.chat_id, self.message_id, text)


async def deliver(svc: Services, broadcast_id: int, alive: Callable[[], bool]) -> None:
    """Send every pending row of the broadcast, then report (only while ``alive()``)."""
    broadcast = await broadcasts.get_broadcast(svc.db, broadcast_id)
    if broadcast is None or broadcast.text is None:
        return
    coach = await users.get(svc.db, broadcast.coach_id)
    locale = coach.locale if coach else DEFAULT_LOCALE
    text = broadcast.text
    with use_locale(locale):
        start = await broadcasts.tally(svc.db, broadcast_id)
        progress = _Progress(svc, broadcast, start.processed, start.total)

        async def worker() -> None:
            while alive():
                claim = await broadcasts.claim_next(svc.db, broadcast_id, svc.clock.now())
                if claim is None:
                    return
                if claim.eligible:
                    outcome = await svc.sender.deliver(
                        claim.client_id, text, done_markup(claim.recipient_id)
                    )
                    message_id = outcome.message.message_id if outcome.message else None
                    await broadcasts.record(
                        svc.db, claim.recipient_id, outcome_state(outcome.status), message_id
                    )
                await progress.step()

        await asyncio.gather(*(worker() for _ in range(WORKERS)))
        if not alive():
            log.info("broadcast paused for shutdown broadcast=%s", broadcast_id)
            return
        if not await broadcasts.finish(svc.db, broadcast_id, svc.clock.now()):
            return
        tally = await broadcasts.tally(svc.db, broadcast_id)
        log.info(
            "broadcast finished broadcast=%s sent=%s blocked=%s failed=%s unknown=%s",
            broadcast_id,
            tally.sent,
            tally.blocked,
            tally.failed,
            tally.unknown,
        )
        await progress.show(coach_texts.progress_finished(tally.sent, tally.total))
        label = coach_texts.broadcast_label(broadcast.exercise_id, broadcast.body)
        await svc.sender.send(broadcast.coach_id, coach_texts.report(label, tally))

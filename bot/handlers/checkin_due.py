"""The check-in due-task: one task for all couples, run on every dispatcher tick.

Each tick, in this order:

1. plan: schedules flagged for re-planning (new couple, new time zone, changed
   settings) get their next due moments;
2. claim: due schedules (index range scan on ``next_daily_at``/``next_weekly_at``,
   in batches of :data:`CLAIM_BATCH`) are advanced and their check-ins inserted
   with ``wake_at`` set — or skipped when beyond the lateness window;
3. send: check-ins whose ``wake_at`` has come (new, or back from "Later") get
   their opening message, oldest first (fair: first due, first served), in
   concurrent batches paced by the Sender's rate limits, for at most
   :data:`SEND_SHARE` of a tick interval (the rest goes on next tick);
4. follow-ups: the one reminder, the weekly 45-minute warning, the weekly
   summary and the midweek recall of commitments.

Each piece of work is claimed (its column cleared in a conditional update)
before it is sent, so nothing goes out twice, also across restarts.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from bot import checkin
from bot import checkin_texts as texts
from bot.handlers import checkin_apart, progress, weekly
from bot.handlers.checkin_common import (
    DAILY_KIND,
    announce,
    private,
    rows,
    score_markup,
)
from bot.services import Services
from bot.storage import checkin_schedules, checkins, couples
from bot.storage.checkins import Checkin
from bot.storage.couples import Couple

log = logging.getLogger(__name__)

PLAN_BATCH = 300  # ~40 ms per tick
CLAIM_BATCH = 200  # ~40 ms per tick; claiming stays ahead of a 29/s send rate
SEND_BATCH = 30  # concurrent openings; the rate limiter paces them
SEND_SHARE = 0.8  # share of a tick interval spent sending openings
MIN_SEND_SECONDS = 0.5
FOLLOW_UP_BATCH = 100


async def open_daily(
    svc: Services, couple: Couple, found: Checkin, again: bool, *, handed_over: bool = False
) -> None:
    """Post the daily opening message with its buttons (``handed_over``: no lateness note)."""
    late = not again and not handed_over and checkin.says_late(svc.clock.now() - found.slot_at)
    markup = rows(DAILY_KIND, found.id, texts.daily_buttons(checkin.can_snooze(found.snoozes)))
    await announce(svc, couple, found.id, texts.daily_opening(late, again), markup)
    log.info("daily checkin opened checkin=%s couple=%s again=%s", found.id, couple.id, again)


async def remind_daily(svc: Services, couple: Couple, found: Checkin) -> None:
    """The one reminder: to the couple if nobody reacted, else privately to who is missing."""
    if found.status == "open":
        markup = rows(DAILY_KIND, found.id, texts.daily_buttons(checkin.can_snooze(found.snoozes)))
        await announce(svc, couple, found.id, texts.daily_reminder(), markup)
        return
    entries = await checkins.entries(svc.db, found.id)
    for partner in couple.partners:
        entry = entries.get(partner)
        if found.status == "apart" and (entry is None or not entry.done):
            await checkin_apart.remind(svc, partner, found.id)
        elif found.status == "together" and (entry is None or entry.score is None):
            await private(svc, partner, texts.score_reminder(), score_markup(DAILY_KIND, found.id))


async def _load(svc: Services, checkin_id: int) -> tuple[Checkin, Couple] | None:
    found = await checkins.get(svc.db, checkin_id)
    if found is None:
        return None
    couple = await couples.get(svc.db, found.couple_id)
    return None if couple is None else (found, couple)


async def wake(svc: Services, checkin_id: int) -> None:
    """Send the opening of a new or snoozed check-in (claimed first)."""
    if not await checkins.claim(svc.db, checkin_id, "wake_at"):
        return
    loaded = await _load(svc, checkin_id)
    if loaded is None:
        return
    found, couple = loaded
    again = found.status == "snoozed"
    if again and not await checkins.transition(svc.db, found.id, ("snoozed",), "open"):
        return
    if found.status not in ("open", "snoozed"):
        return
    if found.kind == checkin.WEEKLY:
        await weekly.open_weekly(svc, couple, found, again)
    else:
        await open_daily(svc, couple, found, again)


async def _safely(work: Callable[[], Awaitable[None]], what: str, ref: int) -> None:
    try:
        await work()
    except Exception:
        log.exception("checkin %s failed ref=%s", what, ref)


async def send_openings(svc: Services, now: datetime) -> int:
    """Open due check-ins in fair order within this tick's sending time; return how many."""
    loop = asyncio.get_running_loop()
    budget = max(MIN_SEND_SECONDS, svc.settings.tick_seconds * SEND_SHARE)
    deadline = loop.time() + budget
    sent = 0
    while loop.time() < deadline:
        ids = await checkins.due_ids(svc.db, "wake_at", now, SEND_BATCH)
        if not ids:
            break
        await asyncio.gather(
            *(_safely(lambda i=i: wake(svc, i), "wake", i) for i in ids)  # type: ignore[misc]
        )
        sent += len(ids)
    return sent


async def remind(svc: Services, checkin_id: int) -> None:
    """The one reminder of a daily check-in."""
    if not await checkins.claim(svc.db, checkin_id, "remind_at"):
        return
    loaded = await _load(svc, checkin_id)
    if loaded is not None and loaded[0].kind == checkin.DAILY:
        await remind_daily(svc, loaded[1], loaded[0])


async def warn(svc: Services, checkin_id: int) -> None:
    """The weekly 45-minute warning."""
    if not await checkins.claim(svc.db, checkin_id, "warn_at"):
        return
    loaded = await _load(svc, checkin_id)
    if loaded is not None and loaded[0].status == "started":
        await weekly.warn(svc, loaded[1], loaded[0])


async def summarise(svc: Services, checkin_id: int) -> None:
    """The weekly summary."""
    if not await checkins.claim(svc.db, checkin_id, "summary_at"):
        return
    loaded = await _load(svc, checkin_id)
    if loaded is not None:
        await progress.send_summary(svc, loaded[1], loaded[0])


async def recall(svc: Services, checkin_id: int, user_id: int) -> None:
    """The midweek recall of a partner's own commitment."""
    if await checkins.claim_commitment(svc.db, checkin_id, user_id):
        await weekly.recall(svc, checkin_id, user_id)


async def run(svc: Services, now: datetime) -> None:
    """The due-task: plan, claim, open, follow up."""
    await checkin_schedules.plan_pending(svc.db, now, PLAN_BATCH)
    for kind in (checkin.DAILY, checkin.WEEKLY):
        await checkin_schedules.claim_due(svc.db, kind, now, CLAIM_BATCH)
    await send_openings(svc, now)
    for column, action in (("remind_at", remind), ("warn_at", warn), ("summary_at", summarise)):
        for checkin_id in await checkins.due_ids(svc.db, column, now, FOLLOW_UP_BATCH):
            await _safely(lambda a=action, i=checkin_id: a(svc, i), column, checkin_id)  # type: ignore[misc]
    for checkin_id, user_id in await checkins.commitments_due(svc.db, now, FOLLOW_UP_BATCH):
        await _safely(lambda c=checkin_id, u=user_id: recall(svc, c, u), "recall", checkin_id)  # type: ignore[misc]


async def hand_over(svc: Services, couple: Couple) -> None:
    """The couple's group stopped being their channel: re-post what still waits for buttons.

    The couple is already back on private chats, so the opening (or the weekly
    question the couple was on) reaches each partner privately; the old group
    buttons stay harmless, because every state change is conditional.
    """
    daily = await checkins.latest(svc.db, couple.id, checkin.DAILY)
    if daily is not None and daily.status == "open":
        await open_daily(svc, couple, daily, again=False, handed_over=True)
    found = await checkins.latest(svc.db, couple.id, checkin.WEEKLY)
    if found is None:
        return
    if found.status == "open":
        await weekly.open_weekly(svc, couple, found, again=False, handed_over=True)
    elif found.status == "started" and 1 <= found.step <= checkin.WEEKLY_QUESTIONS:
        await weekly.ask(svc, couple, found.id, found.step)
    else:
        return
    log.info("weekly checkin handed over privately checkin=%s", found.id)

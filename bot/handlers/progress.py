"""Seeing progress: the streak, the weekly summary and the chart of feeling scores.

``/voortgang`` (or the menu) sends the chart as a photo. The weekly summary goes
to the couple after the weekly check-in: how many daily check-ins they did, the
streak, each partner's mean score, and — when the drift rule of
:mod:`bot.checkin` holds — a gentle suggestion to talk. Notes and answers are
never part of it.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date, timedelta

from telegram import Update

from bot import chart, checkin
from bot import checkin_progress_texts as ptexts
from bot import checkin_texts as texts
from bot.handlers.checkin_common import announce, first_name
from bot.handlers.common import Context, couple_group_or_private, reply, require_consent
from bot.services import Services, services
from bot.storage import checkin_progress, couples
from bot.storage.checkins import Checkin
from bot.storage.couples import Couple

log = logging.getLogger(__name__)

CHART_WEEKS = 12


async def chart_png(svc: Services, couple: Couple, today: date) -> bytes | None:
    """The chart of the last weeks' mean scores of both partners, or None without scores."""
    since = today - timedelta(weeks=CHART_WEEKS - 1, days=today.weekday())
    data = await checkin_progress.scores(svc.db, couple.id, since)
    if not data:
        return None
    means = checkin.weekly_means(data, couple.partners)
    weeks = list(means)
    names = [await first_name(svc, partner) for partner in couple.partners]
    series = [(names[i], [means[week][i] for week in weeks]) for i in (0, 1)]
    labels = ptexts.chart_labels()
    return await asyncio.to_thread(chart.render, weeks, series, labels)


async def streak_of(svc: Services, couple: Couple) -> int:
    """The couple's current streak of daily check-ins."""
    return checkin.streak(await checkin_progress.daily_outcomes(svc.db, couple.id))


async def photo_to_couple(svc: Services, couple: Couple, data: bytes, caption: str) -> None:
    """Send the chart to the shared chat, or to each partner."""
    group = couple.group_chat_id
    if group is not None and await svc.sender.send_photo(group, data, caption) is not None:
        return
    for partner in couple.partners:
        await svc.sender.send_photo(partner, data, caption)


async def send_summary(svc: Services, couple: Couple, found: Checkin) -> None:
    """The weekly summary (and the chart) to the couple."""
    end = found.local_day
    done, total = await checkin_progress.daily_count(
        svc.db, couple.id, end - timedelta(days=6), end
    )
    count = await streak_of(svc, couple)
    data = await checkin_progress.scores(
        svc.db, couple.id, end - timedelta(days=7 * checkin.DRIFT_WEEKS)
    )
    windows = checkin.window_means(data, couple.partners, end, checkin.DRIFT_WEEKS)
    drift = checkin.drifting(windows)
    names = (await first_name(svc, couple.partners[0]), await first_name(svc, couple.partners[1]))
    text = ptexts.summary(done, total, count, names, windows[-1], drift)
    await announce(svc, couple, found.id, text, None)
    png = await chart_png(svc, couple, end)
    if png is not None:
        await photo_to_couple(svc, couple, png, ptexts.chart_caption(count))
    log.info("weekly summary sent checkin=%s drift=%s", found.id, drift)


async def _show(svc: Services, user_id: int, chat_id: int) -> None:
    couple = await couples.for_user(svc.db, user_id)
    if couple is None:
        await svc.sender.send(chat_id, texts.needs_couple())
        return
    today = svc.clock.now().astimezone(couple.timezone).date()
    png = await chart_png(svc, couple, today)
    if png is None:
        await svc.sender.send(chat_id, ptexts.nothing_to_show())
        return
    await svc.sender.send_photo(chat_id, png, ptexts.chart_caption(await streak_of(svc, couple)))
    log.info("progress chart sent couple=%s", couple.id)


async def progress_command(update: Update, context: Context) -> None:
    """/voortgang: the chart, in the chat where it was asked."""
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None or not await require_consent(update, context):
        return
    if not await couple_group_or_private(update, context):
        return
    svc = services(context)
    if await couples.for_user(svc.db, user.id) is None:
        await reply(update, context, texts.needs_couple())
        return
    await _show(svc, user.id, chat.id)


async def pressed(update: Update, context: Context) -> None:
    """The menu entry "Our progress"."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None:
        return
    svc = services(context)
    await svc.sender.answer(query)
    await _show(svc, user.id, user.id)

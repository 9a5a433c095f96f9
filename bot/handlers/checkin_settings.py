"""The check-in section of /instellingen: on/off, times and days, all with buttons.

Payloads ``ci:s:<action>[:<arg>…]``: ``dt``/``wt`` switch daily/weekly on or
off; ``dh``/``wh`` pick an hour, then ``dm``/``wm`` the quarter; ``dd`` toggles
daily weekdays; ``wd`` picks the weekly day; ``o`` shows the overview again. Only times the buttons offer can be
stored: a forged or stale payload with an impossible time is refused and
nothing changes. Every change re-plans the due moments.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Message, Update

from bot import checkin
from bot import checkin_progress_texts as ptexts
from bot import checkin_texts as texts
from bot.callbacks import int_part, keyboard, pack, unpack
from bot.handlers.checkin_common import DAILY_KIND, first_name
from bot.handlers.common import Context
from bot.handlers.settings import Section, add_section
from bot.services import Services, services
from bot.storage import checkin_schedules, couples
from bot.storage.checkin_schedules import Schedule

log = logging.getLogger(__name__)


def _data(*parts: str | int) -> str:
    return pack(DAILY_KIND, "s", *parts)


def overview(schedule: Schedule) -> str:
    """The current choices in words."""
    return ptexts.settings_overview(
        schedule.daily_on,
        schedule.daily_minute,
        schedule.daily_days,
        schedule.weekly_on,
        schedule.weekly_day,
        schedule.weekly_minute,
    )


def overview_markup(schedule: Schedule) -> InlineKeyboardMarkup:
    """The buttons of the section."""
    return keyboard(
        [
            [(label, _data(action))]
            for label, action in ptexts.settings_labels(schedule.daily_on, schedule.weekly_on)
        ]
    )


def hours_markup(prefix: str) -> InlineKeyboardMarkup:
    """24 hour buttons, six per row."""
    return keyboard(
        [
            [(f"{hour:02d}", _data(prefix, hour)) for hour in range(row, row + 6)]
            for row in range(0, 24, 6)
        ]
    )


def minutes_markup(prefix: str, hour: int) -> InlineKeyboardMarkup:
    """The quarter hours after ``hour``."""
    return keyboard(
        [
            [
                (texts.clock_time(hour * 60 + minute), _data(prefix, hour, minute))
                for minute in range(0, 60, checkin.MINUTE_STEP)
            ]
        ]
    )


def days_markup(days: int) -> InlineKeyboardMarkup:
    """Seven toggles (a tick on chosen days) and Ready."""
    toggles = [
        (("✓ " if days & checkin.day_bit(day) else "") + texts.day_short(day), _data("dd", day))
        for day in range(7)
    ]
    return keyboard([toggles[:4], toggles[4:], [(ptexts.ready_label(), _data("o"))]])


def weekday_markup() -> InlineKeyboardMarkup:
    """Seven day buttons for the weekly check-in."""
    return keyboard([[(texts.day_name(day), _data("wd", day))] for day in range(7)])


def _time(parts: list[str]) -> int | None:
    hour, minute = int_part(parts, 3), int_part(parts, 4)
    if hour is None or minute is None or not 0 <= hour < 24:
        return None
    value = hour * 60 + minute
    return value if minute < 60 and checkin.valid_minute(value) else None


async def _change(svc: Services, schedule: Schedule, user_id: int, **fields: int) -> Schedule:
    await checkin_schedules.update(svc.db, schedule.couple_id, **fields)
    await checkin_schedules.plan_pending(svc.db, svc.clock.now())
    fresh = await checkin_schedules.get(svc.db, schedule.couple_id)
    assert fresh is not None
    couple = await couples.get(svc.db, schedule.couple_id)
    if couple is not None:
        note = ptexts.changed_by(await first_name(svc, user_id)) + "\n\n" + overview(fresh)
        await svc.sender.send(couple.other(user_id), note)
    log.info("checkin settings changed couple=%s fields=%s", schedule.couple_id, sorted(fields))
    return fresh


async def pressed(update: Update, context: Context) -> None:
    """Every ``ci:s`` button."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None:
        return
    svc = services(context)
    couple = await couples.for_user(svc.db, user.id)
    schedule = None if couple is None else await checkin_schedules.get(svc.db, couple.id)
    if schedule is None:
        await svc.sender.answer(query, texts.needs_couple(), alert=True)
        return
    parts = unpack(query.data)
    action = parts[2] if len(parts) > 2 else ""
    arg = int_part(parts, 3)
    text, markup = None, None
    if action == "":
        await svc.sender.answer(query)
        await svc.sender.send(user.id, overview(schedule), overview_markup(schedule))
        return
    if action == "o":
        pass  # back to the overview, in the same message
    elif action in ("dt", "wt"):
        field = "daily_on" if action == "dt" else "weekly_on"
        schedule = await _change(
            svc,
            schedule,
            user.id,
            **{field: int(not schedule.is_on(checkin.DAILY if action == "dt" else checkin.WEEKLY))},
        )
    elif action in ("dh", "wh") and arg is None:
        text, markup = ptexts.pick_hour(daily=action == "dh"), hours_markup(action)
    elif action in ("dh", "wh") and arg is not None and arg < 24:
        text, markup = (
            ptexts.pick_minute(arg),
            minutes_markup("dm" if action == "dh" else "wm", arg),
        )
    elif action in ("dm", "wm") and _time(parts) is not None:
        field = "daily_minute" if action == "dm" else "weekly_minute"
        schedule = await _change(svc, schedule, user.id, **{field: _time(parts) or 0})
    elif action == "dd" and arg is None:
        text, markup = ptexts.pick_days(), days_markup(schedule.daily_days)
    elif action == "dd" and arg is not None and arg < 7:
        days = schedule.daily_days ^ checkin.day_bit(arg)
        if not days:
            await svc.sender.answer(query, ptexts.last_day_stays(), alert=True)
            return
        schedule = await _change(svc, schedule, user.id, daily_days=days)
        text, markup = ptexts.pick_days(), days_markup(schedule.daily_days)
    elif action == "wd" and arg is None:
        text, markup = ptexts.pick_weekday(), weekday_markup()
    elif action == "wd" and arg is not None and arg < 7:
        schedule = await _change(svc, schedule, user.id, weekly_day=arg)
    else:
        await svc.sender.answer(query, ptexts.impossible_time(), alert=True)
        return
    await svc.sender.answer(query)
    if text is None:
        text, markup = overview(schedule), overview_markup(schedule)
    message = query.message
    if isinstance(message, Message):
        await svc.sender.edit(message.chat.id, message.message_id, text, markup)
    else:
        await svc.sender.send(user.id, text, markup)


def register() -> None:
    """Add the section to /instellingen."""
    add_section(Section(30, ptexts.settings_section, _data()))

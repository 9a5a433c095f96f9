"""The appreciation section of /instellingen: on/off, weekdays and time, with buttons."""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Update

from bot import appreciation_texts as texts
from bot.appreciation import TIME_STEP_MINUTES, next_prompt, shift_time
from bot.callbacks import int_part, keyboard, pack
from bot.handlers.common import Context
from bot.services import services
from bot.storage import appreciation_schedules, couples
from bot.storage.appreciation_schedules import Schedule

log = logging.getLogger(__name__)

KIND = "wa"  # shared with bot.handlers.appreciation, which routes these presses here
SETTINGS, DAY, TIME, SWITCH = "set", "d", "h", "o"  # wa:d:<couple>:<weekday>


def settings_markup(plan: Schedule) -> InlineKeyboardMarkup:
    """On/off, a toggle per weekday, and the time."""
    cid = plan.couple_id
    days = [
        (texts.day_button(day, day in plan.weekdays), pack(KIND, DAY, cid, day)) for day in range(7)
    ]
    return keyboard(
        [
            [(texts.switch_button(plan.enabled), pack(KIND, SWITCH, cid))],
            days[:4],
            days[4:],
            [
                (texts.earlier_button(), pack(KIND, TIME, cid, "e")),
                (texts.later_button(), pack(KIND, TIME, cid, "l")),
            ],
        ]
    )


async def pressed(update: Update, context: Context, parts: list[str]) -> None:
    """The appreciation section of /instellingen and its buttons."""
    query, user = update.callback_query, update.effective_user
    assert query is not None and user is not None and query.message is not None
    svc = services(context)
    couple = await couples.for_user(svc.db, user.id)
    if couple is None:
        await svc.sender.answer(query, texts.not_paired(), alert=True)
        return
    plan = await appreciation_schedules.schedule(svc.db, couple.id)
    if parts[1] == SETTINGS:
        await svc.sender.answer(query)
        await svc.sender.send(user.id, texts.settings(plan, couple.timezone), settings_markup(plan))
        return
    if int_part(parts, 2) != couple.id:
        await svc.sender.answer(query, texts.stale(), alert=True)
        return
    enabled, days, at = plan.enabled, set(plan.weekdays), plan.at
    choice = parts[3] if len(parts) > 3 else ""
    if parts[1] == SWITCH:
        enabled = not enabled
    elif parts[1] == DAY and choice in {str(day) for day in range(7)}:
        days ^= {int(choice)}
        if not days:
            await svc.sender.answer(query, texts.one_day_needed(), alert=True)
            return
    elif parts[1] == TIME and choice in ("e", "l"):
        at = shift_time(at, -TIME_STEP_MINUTES if choice == "e" else TIME_STEP_MINUTES)
    else:
        await svc.sender.answer(query, texts.stale(), alert=True)
        return
    following = next_prompt(svc.clock.now(), frozenset(days), at, couple.timezone)
    await appreciation_schedules.save_schedule(
        svc.db, couple.id, enabled, frozenset(days), at, following if enabled else None
    )
    plan = await appreciation_schedules.schedule(svc.db, couple.id)
    await svc.sender.answer(query, texts.saved())
    await svc.sender.edit(
        query.message.chat.id,
        query.message.message_id,
        texts.settings(plan, couple.timezone),
        settings_markup(plan),
    )
    log.info("appreciation schedule changed couple=%s", couple.id)

"""/pauze and the safe word said aloud: one pause, the call back, extensions, the repair talk.

Either partner starts a pause with ``/pauze`` (shared chat or private) or by
writing the couple's safe word in the shared chat (any message holding it as a
whole word) or privately to the bot (a message that is only the word). The
couple channel gets a neutral announcement and each partner privately a calming
exercise. Asking again shows the time left. A partner who writes in the shared
chat during the pause gets one gentle reminder per pause.

The dispatcher tick sends the call back at the deadline (buttons "ready" and
"10 more minutes", at most two extensions) and, a day later, a private
reminder of the repair talk unless someone pressed "Gesprek afgerond". All of
it is rows in the database (``bot.storage.pauses``), claimed before sending.
The safe word itself, the pause length and the group privacy notes live in
``bot.handlers.safeword``.
"""

from __future__ import annotations

import logging
from datetime import datetime

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot import pause_texts, scheduling
from bot.callbacks import int_part, keyboard, pack, pattern, unpack
from bot.couple import send_to_couple, send_to_partners
from bot.handlers import safeword, text_input
from bot.handlers.common import Context
from bot.pause import (
    PauseTiming,
    contains_safe_word,
    extended_deadline,
    is_only_safe_word,
    local_time_label,
    minutes_left,
)
from bot.services import Services, services
from bot.storage import couples, export, pauses, pending, users
from bot.storage.couples import Couple
from bot.storage.pauses import Pause, ReadyResult

log = logging.getLogger(__name__)

PAUSE = "pz"
READY = "r"
EXTEND = "x"
FINISHED = "f"
# Plain text in linked groups is watched in its own handler group, beside the
# features of group 0, so it never swallows a message another feature wants.
PAUSE_WATCH = 5


def _time_label(moment: datetime, couple: Couple) -> str:
    return local_time_label(moment, couple.timezone)


def _time_left(pause: Pause, couple: Couple, now: datetime) -> str:
    return pause_texts.pause_running(
        minutes_left(pause.ends_at - now), _time_label(pause.ends_at, couple)
    )


def reminder_markup(pause: Pause) -> InlineKeyboardMarkup:
    """The buttons under the call back: ready, and more time while extensions are left."""
    rows = [[(pause_texts.ready_button(), pack(PAUSE, READY, pause.id))]]
    if pause.extensions_left > 0:
        rows.append([(pause_texts.extend_button(), pack(PAUSE, EXTEND, pause.id))])
    return keyboard(rows)


def finished_markup(pause: Pause) -> InlineKeyboardMarkup:
    """The "Gesprek afgerond" button."""
    return keyboard([[(pause_texts.finished_button(), pack(PAUSE, FINISHED, pause.id))]])


async def _first_name(svc: Services, user_id: int, fallback: str = "") -> str:
    user = await users.get(svc.db, user_id)
    return user.first_name if user is not None else fallback


# --- starting a pause -------------------------------------------------------------------


async def start_or_show(
    svc: Services, couple: Couple, answer_chat: int, by_safe_word: bool
) -> None:
    """Start the couple's pause, or tell ``answer_chat`` how long the running one lasts."""
    prefs = await pauses.settings(svc.db, couple.id)
    now = svc.clock.now()
    timing = PauseTiming(now, prefs.minutes)
    pause, created = await pauses.start(
        svc.db, couple, prefs.minutes, timing.ends_at(), by_safe_word, now
    )
    if not created:
        await svc.sender.send(answer_chat, _time_left(pause, couple, now))
        return
    log.info("pause started couple=%s pause=%s safe_word=%s", couple.id, pause.id, by_safe_word)
    await send_to_couple(
        svc,
        couple,
        pause_texts.pause_announcement(
            pause.minutes, _time_label(pause.ends_at, couple), by_safe_word
        ),
    )
    await send_to_partners(svc, couple, pause_texts.calming_exercise(pause.minutes))


async def pause_command(update: Update, context: Context) -> None:
    """/pauze in the shared chat or privately."""
    chat = update.effective_chat
    couple = await safeword.couple_here(update, context)
    if chat is None or couple is None:
        return
    await start_or_show(services(context), couple, chat.id, by_safe_word=False)


async def group_text(update: Update, context: Context) -> None:
    """Plain text in a linked group: the safe word starts a pause; chatter in one gets a nudge."""
    message = update.message
    chat = update.effective_chat
    if message is None or chat is None or not message.text:
        return
    user = message.from_user
    if user is None or user.is_bot:
        return
    svc = services(context)
    couple = await couples.for_group(svc.db, chat.id)
    if couple is None:
        return
    prefs = await pauses.settings(svc.db, couple.id)
    said_word = prefs.safe_word is not None and contains_safe_word(message.text, prefs.safe_word)
    if not couple.has(user.id):
        if said_word:
            await svc.sender.send(chat.id, pause_texts.only_partners())
        return
    if said_word:
        await start_or_show(svc, couple, chat.id, by_safe_word=True)
        return
    pause = await pauses.running(svc.db, couple.id)
    if pause is None:
        return
    if await pauses.claim_nudge(svc.db, pause.id, user.id, svc.clock.now()):
        log.info("pause nudge couple=%s pause=%s user=%s", couple.id, pause.id, user.id)
        name = await _first_name(svc, user.id, user.first_name)
        await svc.sender.send(chat.id, pause_texts.gentle_nudge_during_pause(name))


async def private_safe_word(update: Update, context: Context) -> bool:
    """Interceptor: a private message that is only the couple's safe word starts a pause."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None or not message.text:
        return False
    svc = services(context)
    word = await pauses.safe_word_of(svc.db, user.id)
    if word is None or not is_only_safe_word(message.text, word):
        return False
    waiting = await pending.get(svc.db, user.id)
    if waiting is not None and waiting.kind == safeword.TYPING:
        return False  # choosing a new safe word: the word is the answer, not a pause
    couple = await couples.for_user(svc.db, user.id)
    if couple is None:
        return False
    await start_or_show(svc, couple, user.id, by_safe_word=True)
    return True


# --- the buttons ---------------------------------------------------------------------------


async def pause_pressed(update: Update, context: Context) -> None:
    """The pause buttons: ready, ten more minutes, and "Gesprek afgerond"."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None:
        return
    svc = services(context)
    parts = unpack(query.data)
    action = parts[1] if len(parts) > 1 else ""
    pause_id = int_part(parts, 2)
    pause = await pauses.get(svc.db, pause_id) if pause_id is not None else None
    couple = await couples.get(svc.db, pause.couple_id) if pause is not None else None
    if pause is None or couple is None:
        await svc.sender.answer(query, pause_texts.pause_over_stale(), alert=True)
        return
    if not couple.has(user.id):
        log.info("pause button by outsider couple=%s pause=%s", couple.id, pause.id)
        await svc.sender.answer(query, pause_texts.stranger_pressed(), alert=True)
        return
    if action == READY:
        await _ready(svc, update, couple, pause, user.id)
    elif action == EXTEND:
        await _extend(svc, update, couple, pause, user.id)
    elif action == FINISHED:
        await _finished(svc, update, couple, pause)
    else:
        await svc.sender.answer(query, pause_texts.pause_over_stale(), alert=True)


async def _ready(svc: Services, update: Update, couple: Couple, pause: Pause, user_id: int) -> None:
    query = update.callback_query
    assert query is not None
    now = svc.clock.now()
    if pause.ended:
        await svc.sender.answer(query, pause_texts.pause_over_stale(), alert=True)
        return
    if pause.running and pause.extensions == 0:
        # No call back went out yet (a forged button): the pause simply runs on.
        await svc.sender.answer(query, _time_left(pause, couple, now), alert=True)
        return
    result = await pauses.mark_ready(svc.db, pause.id, user_id, now)
    if result is ReadyResult.CLOSED:
        await svc.sender.answer(query, pause_texts.pause_over_stale(), alert=True)
    elif result is ReadyResult.ALREADY:
        await svc.sender.answer(query, pause_texts.already_ready(), alert=True)
    elif result is ReadyResult.FIRST:
        await svc.sender.answer(query, pause_texts.waiting_for_other())
        name = await _first_name(svc, user_id)
        await send_to_couple(svc, couple, pause_texts.partner_ready(name))
    else:
        log.info("pause both ready couple=%s pause=%s", couple.id, pause.id)
        await svc.sender.answer(query)
        await send_to_couple(svc, couple, pause_texts.both_ready(), finished_markup(pause))


async def _extend(
    svc: Services, update: Update, couple: Couple, pause: Pause, user_id: int
) -> None:
    query = update.callback_query
    assert query is not None
    now = svc.clock.now()
    if pause.ended:
        await svc.sender.answer(query, pause_texts.pause_over_stale(), alert=True)
        return
    if pause.running:
        # Already extended (the partner pressed first, or an older call back).
        await svc.sender.answer(query, _time_left(pause, couple, now), alert=True)
        return
    if pause.extensions_left <= 0:
        await svc.sender.answer(query, pause_texts.no_more_extensions(), alert=True)
        return
    ends_at = extended_deadline(pause.ends_at, now)
    if not await pauses.extend(svc.db, pause, user_id, ends_at):
        await svc.sender.answer(query, pause_texts.pause_over_stale(), alert=True)
        return
    log.info("pause extended couple=%s pause=%s", couple.id, pause.id)
    await svc.sender.answer(query)
    await send_to_couple(
        svc,
        couple,
        pause_texts.extended(
            minutes_left(ends_at - now), pause.extensions_left - 1, _time_label(ends_at, couple)
        ),
    )


async def _finished(svc: Services, update: Update, couple: Couple, pause: Pause) -> None:
    query = update.callback_query
    assert query is not None
    if await pauses.finish(svc.db, pause.id, svc.clock.now()):
        log.info("pause conversation finished couple=%s pause=%s", couple.id, pause.id)
    await svc.sender.answer(query, pause_texts.conversation_finished_ack(), alert=True)


# --- the dispatcher's due-task ----------------------------------------------------------------


async def send_due(svc: Services, now: datetime) -> None:
    """Call couples back at their deadline; a day later, remind each of the repair talk."""
    for pause in await pauses.due_reminders(svc.db, now):
        if not await pauses.claim_reminder(svc.db, pause, now):
            continue
        couple = await couples.get(svc.db, pause.couple_id)
        if couple is None:
            continue
        log.info("pause reminder couple=%s pause=%s", couple.id, pause.id)
        await send_to_couple(svc, couple, pause_texts.pause_end_reminder(), reminder_markup(pause))
    for pause in await pauses.due_follow_ups(svc.db, now):
        if not await pauses.claim_follow_up(svc.db, pause, now):
            continue
        couple = await couples.get(svc.db, pause.couple_id)
        if couple is None:
            continue
        log.info("pause follow-up couple=%s pause=%s", couple.id, pause.id)
        await send_to_partners(
            svc, couple, pause_texts.follow_up_reminder(), finished_markup(pause)
        )


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add /pauze, the safe-word watchers, the pause buttons, the due-task and /veiligwoord."""
    new_messages = filters.UpdateType.MESSAGE
    app.add_handler(CommandHandler("pauze", pause_command, new_messages))
    app.add_handler(CallbackQueryHandler(pause_pressed, pattern=pattern(PAUSE)))
    app.add_handler(
        MessageHandler(
            new_messages & filters.ChatType.GROUPS & filters.TEXT & ~filters.COMMAND, group_text
        ),
        group=PAUSE_WATCH,
    )
    text_input.register_interceptor("safe_word", private_safe_word)
    scheduling.register_due("pause", send_due)
    export.register("pause", pauses.export_for_user)
    safeword.register(app)

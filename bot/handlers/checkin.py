"""The daily 10-minute check-in: opening, Done / Later / Not today / apart, scores, notes.

```
open ──Done──▶ together ─▶ each partner privately: score (1–5) ─▶ optional line
  │ ──Later (≤2×, 30 min)──▶ snoozed ──wake──▶ open
  │ ──Not today──▶ skipped
  └ ──We are not together──▶ apart (see checkin_apart)
an unanswered check-in is closed quietly when the next one opens
```

Every button reloads the check-in and checks the presser (``checkin_common``);
state changes are conditional updates, so double presses change nothing.
This module also registers the whole check-in feature (daily, apart, weekly,
progress, settings and the due-task).
"""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot import checkin, scheduling
from bot import checkin_progress_texts as ptexts
from bot import checkin_texts as texts
from bot.callbacks import pack, pattern, unpack
from bot.couple import on_group_dropped
from bot.handlers import checkin_apart, checkin_due, checkin_settings, progress, text_input, weekly
from bot.handlers.checkin_common import (
    DAILY_KIND,
    WEEKLY_KIND,
    Press,
    check_press,
    expect_if_free,
    first_name,
    later_pressed,
    private,
    rows,
    score_markup,
    skip,
    strip,
)
from bot.handlers.common import Context, couple_group_or_private, reply, require_consent
from bot.handlers.safety import flagged
from bot.menu import MenuItem, add
from bot.services import Services, services
from bot.storage import checkin_schedules, checkins, couples, pending
from bot.storage.pending import Pending

log = logging.getLogger(__name__)


async def done_pressed(svc: Services, press: Press) -> None:
    """ "Done": the couple talked; ask each partner privately for a score."""
    now = svc.clock.now()
    if not await checkins.transition(
        svc.db, press.checkin.id, ("open",), "together", finished_at=now
    ):
        await svc.sender.answer(press.query, texts.already_handled())
        return
    await svc.sender.answer(press.query)
    await strip(svc, press.checkin.id, texts.status_done(await first_name(svc, press.user_id)))
    for partner in press.couple.partners:
        await private(
            svc, partner, texts.score_prompt(), score_markup(DAILY_KIND, press.checkin.id)
        )
        await expect_if_free(svc, partner, "ci_score", str(press.checkin.id))
    log.info("daily checkin done checkin=%s", press.checkin.id)


async def skip_pressed(svc: Services, press: Press) -> None:
    """ "Not today"."""
    await skip(svc, press, texts.status_skipped())


async def score_pressed(svc: Services, press: Press) -> None:
    """A 1–5 score, in the presser's private chat."""
    score = checkin.parse_score(press.parts[3] if len(press.parts) > 3 else "")
    if not press.private or score is None:
        await svc.sender.answer(press.query, texts.not_your_button(), alert=True)
        return
    if press.checkin.status not in ("together", "apart"):
        await svc.sender.answer(press.query, texts.status_closed(), alert=True)
        return
    if press.checkin.status == "apart" and not await checkin_apart.may_score(svc, press):
        return
    now = svc.clock.now()
    if not await checkins.set_score(svc.db, press.checkin.id, press.user_id, score, now):
        await svc.sender.answer(press.query, texts.already_scored(), alert=True)
        return
    await svc.sender.answer(press.query, str(score))
    await strip_private(svc, press)
    if press.checkin.status == "apart":
        await pending.clear(svc.db, press.user_id, "ci_score")
        await checkin_apart.after_score(svc, press)
        return
    await checkin_apart.reveal_scores(svc, press)
    await pending.expect(svc.db, press.user_id, "ci_note", str(press.checkin.id), now)
    await private(
        svc,
        press.user_id,
        texts.note_prompt(),
        rows(DAILY_KIND, press.checkin.id, [(texts.skip_label(), "nn")]),
    )


async def strip_private(svc: Services, press: Press) -> None:
    """Take the buttons off the message the presser just used."""
    message = press.query.message
    if isinstance(message, Message) and message.text is not None:
        await svc.sender.edit(message.chat.id, message.message_id, message.text_html)


async def skip_note_pressed(svc: Services, press: Press) -> None:
    """Skip the optional line."""
    if not press.private or not await checkins.set_note(
        svc.db, press.checkin.id, press.user_id, None, False, svc.clock.now()
    ):
        await svc.sender.answer(press.query, texts.already_handled())
        return
    await svc.sender.answer(press.query)
    await pending.clear(svc.db, press.user_id, "ci_note")
    await strip_private(svc, press)
    await private(svc, press.user_id, texts.note_skipped())


async def note_typed(update: Update, context: Context, waiting: Pending) -> None:
    """The optional line to remember (private; stored flagged if the safety net fired)."""
    user = update.effective_user
    message = update.effective_message
    if user is None or message is None or message.text is None:
        return
    svc = services(context)
    line = checkin.one_line(message.text)
    if len(line) > checkin.NOTE_LIMIT:
        await private(svc, user.id, texts.too_long(checkin.NOTE_LIMIT))
        return
    await pending.clear(svc.db, user.id, "ci_note")
    checkin_id = int(waiting.ref) if waiting.ref.isdigit() else 0
    now = svc.clock.now()
    if line and await checkins.set_note(
        svc.db, checkin_id, user.id, line, flagged() is not None, now
    ):
        await private(svc, user.id, texts.note_saved())
    else:
        await private(svc, user.id, texts.already_handled())


async def score_expected(update: Update, context: Context, waiting: Pending) -> None:
    """Text where a score button is expected: say so and show the buttons again."""
    user = update.effective_user
    if user is None:
        return
    svc = services(context)
    kind = "wk" if waiting.kind == "wk_score" else DAILY_KIND
    checkin_id = int(waiting.ref) if waiting.ref.isdigit() else 0
    await private(svc, user.id, texts.text_instead_of_score(), score_markup(kind, checkin_id))


ACTIONS = {
    "d": done_pressed,
    "l": later_pressed,
    "s": skip_pressed,
    "a": checkin_apart.apart_pressed,
    "aq": checkin_apart.answer_now_pressed,
    "v": score_pressed,
    "nn": skip_note_pressed,
    "sh": checkin_apart.share_pressed,
    "w": checkin_apart.wait_pressed,
    "y": checkin_apart.consent_pressed,
    "n": checkin_apart.consent_pressed,
}


async def daily_router(update: Update, context: Context) -> None:
    """Every ``ci:`` button: settings, progress, or an action on a daily check-in."""
    query = update.callback_query
    if query is None:
        return
    parts = unpack(query.data)
    section = parts[1] if len(parts) > 1 else ""
    if section == "s":
        await checkin_settings.pressed(update, context)
        return
    if section == "p":
        await progress.pressed(update, context)
        return
    press = await check_press(update, context, DAILY_KIND)
    if press is None:
        return
    action = ACTIONS.get(press.action)
    svc = services(context)
    if action is None:
        await svc.sender.answer(query, texts.status_closed(), alert=True)
        return
    await action(svc, press)


async def checkin_command(update: Update, context: Context) -> None:
    """/checkin: open today's daily check-in now (or show it again)."""
    user = update.effective_user
    if user is None or not await require_consent(update, context):
        return
    if not await couple_group_or_private(update, context):
        return
    svc = services(context)
    couple = await couples.for_user(svc.db, user.id)
    if couple is None:
        await reply(update, context, texts.needs_couple())
        return
    now = svc.clock.now()
    today = now.astimezone(couple.timezone).date()
    newest = await checkins.latest(svc.db, couple.id, checkin.DAILY)
    if newest is not None and newest.local_day == today:
        if newest.status in ("open", "snoozed"):
            await checkins.transition(svc.db, newest.id, ("snoozed",), "open", wake_at=None)
            await checkin_due.open_daily(svc, couple, newest, again=True)
            await _point_to_group(update, context, couple.group_chat_id)
        else:
            await reply(update, context, texts.already_today())
        return
    await checkin_schedules.close_previous(svc.db, couple.id, checkin.DAILY)
    checkin_id = await checkins.open_now(svc.db, couple.id, checkin.DAILY, now, today)
    await checkin_schedules.mark_opened_now(svc.db, couple.id, checkin.DAILY, today)
    log.info("daily checkin on request checkin=%s couple=%s", checkin_id, couple.id)
    # The dispatcher sends the opening on its next tick (wake_at = now), like a scheduled one.
    await _point_to_group(update, context, couple.group_chat_id)


async def _point_to_group(update: Update, context: Context, group_chat_id: int | None) -> None:
    """Asked privately while the couple has a group: say where the check-in appears."""
    chat = update.effective_chat
    if group_chat_id is not None and chat is not None and chat.id != group_chat_id:
        await reply(update, context, texts.opens_in_group())


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the check-in feature: buttons, commands, text input, settings, menu, due-task."""
    app.add_handler(CallbackQueryHandler(daily_router, pattern=pattern(DAILY_KIND)))
    app.add_handler(CallbackQueryHandler(weekly.router, pattern=pattern(WEEKLY_KIND)))
    app.add_handler(CommandHandler("checkin", checkin_command))
    app.add_handler(CommandHandler("voortgang", progress.progress_command))
    text_input.register_input("ci_note", note_typed)
    text_input.register_input("ci_score", score_expected)
    text_input.register_input("wk_score", score_expected)
    text_input.register_input("ci_apart", checkin_apart.answer_typed)
    text_input.register_input("wk_commit", weekly.commitment_typed)
    checkin_settings.register()
    add(MenuItem(30, ptexts.progress_menu_label, pack(DAILY_KIND, "p"), when_paired=True))
    scheduling.register_due("checkin", checkin_due.run)
    on_group_dropped("checkin", checkin_due.hand_over)

"""The weekly guided check-in: rules, four questions in order, closing ritual, then privately
a score and one commitment, recalled midweek.

```
open ──We are starting──▶ started (question 1 … 4, "Next question") ──▶ finished
  │ ──Later (≤2×)──▶ snoozed ──wake──▶ open          │ 45 min: a gentle warning
  └ ──Not this week──▶ skipped                       ▼
                                closing ritual; each partner: score ▶ commitment
                                (both scored: both scores side by side, privately)
```
"""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram import Message, Update

from bot import checkin
from bot import checkin_texts as texts
from bot.callbacks import keyboard, pack, unpack
from bot.handlers import checkin_apart
from bot.handlers.checkin_common import (
    WEEKLY_KIND,
    Press,
    announce,
    check_press,
    expect_if_free,
    later_pressed,
    private,
    rows,
    score_markup,
    skip,
    strip,
)
from bot.handlers.common import Context
from bot.handlers.safety import flagged
from bot.services import Services, services
from bot.storage import checkins, couples, pending
from bot.storage.checkins import Checkin
from bot.storage.couples import Couple
from bot.storage.pending import Pending

log = logging.getLogger(__name__)


async def open_weekly(
    svc: Services, couple: Couple, found: Checkin, again: bool, *, handed_over: bool = False
) -> None:
    """Post the weekly opening: the rules first, with Start / Later / Not this week."""
    late = not again and not handed_over and checkin.says_late(svc.clock.now() - found.slot_at)
    markup = rows(WEEKLY_KIND, found.id, texts.weekly_buttons(checkin.can_snooze(found.snoozes)))
    await announce(svc, couple, found.id, texts.weekly_opening(late, again), markup)
    log.info("weekly checkin opened checkin=%s couple=%s", found.id, couple.id)


async def ask(svc: Services, couple: Couple, checkin_id: int, number: int) -> None:
    """Post question ``number`` with its "Next question" button."""
    label = (
        texts.finish_label() if number == checkin.WEEKLY_QUESTIONS else texts.next_question_label()
    )
    markup = keyboard([[(label, pack(WEEKLY_KIND, checkin_id, "nx", number))]])
    await announce(svc, couple, checkin_id, texts.weekly_question(number), markup)


async def begin_pressed(svc: Services, press: Press) -> None:
    """ "We are starting": question 1, and the 45-minute warning set."""
    now = svc.clock.now()
    if not await checkins.transition(
        svc.db,
        press.checkin.id,
        ("open",),
        "started",
        step=1,
        started_at=now,
        warn_at=now + checkin.WEEKLY_WARNING,
    ):
        await svc.sender.answer(press.query, texts.already_handled())
        return
    await svc.sender.answer(press.query)
    await strip(svc, press.checkin.id, texts.weekly_started())
    await ask(svc, press.couple, press.checkin.id, 1)


async def next_pressed(svc: Services, press: Press) -> None:
    """ "Next question" (or "Round off" after the fourth)."""
    step = int(press.parts[3]) if len(press.parts) > 3 and press.parts[3].isdigit() else -1
    now = svc.clock.now()
    if not await checkins.advance_step(svc.db, press.checkin.id, step, now):
        await svc.sender.answer(press.query, texts.already_handled())
        return
    await svc.sender.answer(press.query)
    await strip(svc, press.checkin.id)
    if step < checkin.WEEKLY_QUESTIONS:
        await ask(svc, press.couple, press.checkin.id, step + 1)
        return
    await announce(svc, press.couple, press.checkin.id, texts.weekly_closing(), None)
    await checkins.summary_soon(svc.db, press.checkin.id, now + checkin.SUMMARY_AFTER_FINISH)
    for partner in press.couple.partners:
        await private(
            svc, partner, texts.weekly_score_prompt(), score_markup(WEEKLY_KIND, press.checkin.id)
        )
        await expect_if_free(svc, partner, "wk_score", str(press.checkin.id))
    log.info("weekly checkin finished checkin=%s", press.checkin.id)


async def skip_pressed(svc: Services, press: Press) -> None:
    """ "Not this week"."""
    await skip(svc, press, texts.weekly_skipped())


async def score_pressed(svc: Services, press: Press) -> None:
    """The private score after the weekly; then ask for the commitment."""
    score = checkin.parse_score(press.parts[3] if len(press.parts) > 3 else "")
    if not press.private or score is None:
        await svc.sender.answer(press.query, texts.not_your_button(), alert=True)
        return
    if press.checkin.status != "finished":
        await svc.sender.answer(press.query, texts.status_closed(), alert=True)
        return
    now = svc.clock.now()
    if not await checkins.set_score(svc.db, press.checkin.id, press.user_id, score, now):
        await svc.sender.answer(press.query, texts.already_scored(), alert=True)
        return
    await svc.sender.answer(press.query, str(score))
    message = press.query.message
    if isinstance(message, Message) and message.text is not None:
        await svc.sender.edit(message.chat.id, message.message_id, message.text_html)
    await checkin_apart.reveal_scores(svc, press)
    await pending.expect(svc.db, press.user_id, "wk_commit", str(press.checkin.id), now)
    await private(
        svc,
        press.user_id,
        texts.commitment_prompt(),
        rows(WEEKLY_KIND, press.checkin.id, [(texts.skip_label(), "nn")]),
    )


async def _both_done(svc: Services, found: Checkin) -> None:
    entries = await checkins.entries(svc.db, found.id)
    if len(entries) == 2 and all(entry.done for entry in entries.values()):
        await checkins.summary_soon(svc.db, found.id, svc.clock.now())


async def skip_commitment_pressed(svc: Services, press: Press) -> None:
    """Skip the commitment."""
    if not press.private or not await checkins.set_note(
        svc.db, press.checkin.id, press.user_id, None, False, svc.clock.now()
    ):
        await svc.sender.answer(press.query, texts.already_handled())
        return
    await svc.sender.answer(press.query)
    await pending.clear(svc.db, press.user_id, "wk_commit")
    await private(svc, press.user_id, texts.note_skipped())
    await _both_done(svc, press.checkin)


async def commitment_typed(update: Update, context: Context, waiting: Pending) -> None:
    """The one thing a partner will do differently; recalled to them midweek."""
    user = update.effective_user
    message = update.effective_message
    if user is None or message is None or message.text is None:
        return
    svc = services(context)
    line = checkin.one_line(message.text)
    if len(line) > checkin.NOTE_LIMIT:
        await private(svc, user.id, texts.too_long(checkin.NOTE_LIMIT))
        return
    await pending.clear(svc.db, user.id, "wk_commit")
    found = await checkins.get(svc.db, int(waiting.ref)) if waiting.ref.isdigit() else None
    couple = await couples.for_user(svc.db, user.id)
    if found is None or couple is None or found.couple_id != couple.id or not line:
        await private(svc, user.id, texts.status_closed())
        return
    now = svc.clock.now()
    local = found.slot_at.astimezone(couple.timezone)
    moment = checkin.midweek_moment(
        found.local_day, local.hour * 60 + local.minute, couple.timezone
    )
    remind = moment if moment > now else None
    if not await checkins.set_note(
        svc.db, found.id, user.id, line, flagged() is not None, now, remind
    ):
        await private(svc, user.id, texts.already_handled())
        return
    if remind is None:  # written after the midweek moment: no promise we cannot keep
        await private(svc, user.id, texts.commitment_saved_late())
    else:
        recall_day = (found.local_day + timedelta(days=checkin.MIDWEEK_DAYS)).weekday()
        await private(svc, user.id, texts.commitment_saved(recall_day))
    await _both_done(svc, found)


async def warn(svc: Services, couple: Couple, found: Checkin) -> None:
    """45 minutes have passed: a gentle warning to round off."""
    await announce(svc, couple, found.id, texts.weekly_warning(), None)


async def recall(svc: Services, checkin_id: int, user_id: int) -> None:
    """Remind a partner privately of their own commitment (not quoted if it was flagged)."""
    entry = await checkins.entry(svc.db, checkin_id, user_id)
    if entry is None or entry.note is None:
        return
    await private(svc, user_id, texts.midweek_reminder(None if entry.note_flagged else entry.note))


ACTIONS = {
    "b": begin_pressed,
    "l": later_pressed,
    "s": skip_pressed,
    "nx": next_pressed,
    "v": score_pressed,
    "nn": skip_commitment_pressed,
}


async def router(update: Update, context: Context) -> None:
    """Every ``wk:`` button."""
    query = update.callback_query
    if query is None:
        return
    press = await check_press(update, context, WEEKLY_KIND)
    if press is None:
        return
    action = ACTIONS.get(unpack(query.data)[2] if len(unpack(query.data)) > 2 else "")
    if action is None:
        await services(context).sender.answer(query, texts.status_closed(), alert=True)
        return
    await action(services(context), press)

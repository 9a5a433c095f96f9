"""/waardering and the private appreciation prompts (PRODUCT.md §7, CONTENT.md §4).

Flow, per writer (the draft lives in the database, so it survives a restart)::

    prompt (due-task, /waardering, menu) ──> text ──> items 1..3
        each item: "maar" or vague? ──> [Herschrijven] → next text replaces it
                                     └─> [Zo laten]
    three items, no open question ──> preview ──> [Stuur naar <naam>] ──> partner (privately)
                                              │        (safety net hit? share question first)
                                              └─> [Bewaar voor mezelf]
    partner ──> [Dankjewel] ──> writer

Prompts come from ONE due-task: each couple's next moment is a row, claimed by a
compare-and-set before anything is sent. Buttons point at rows and are checked
again on every press; a second press or an old preview changes nothing.
"""

from __future__ import annotations

import logging
from datetime import datetime

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import appreciation_texts as texts
from bot import scheduling
from bot.appreciation import (
    ITEMS,
    InputProblem,
    check_item,
    next_prompt,
    read_input,
    read_rewrite,
    still_timely,
)
from bot.callbacks import int_part, keyboard, pack, pattern, unpack
from bot.handlers import appreciation_settings, safety, text_input
from bot.handlers.appreciation_settings import DAY, KIND, SETTINGS, SWITCH, TIME
from bot.handlers.common import Context, private_only, reply, require_consent
from bot.handlers.settings import Section, add_section
from bot.i18n import DEFAULT_LOCALE, use_locale
from bot.menu import MenuItem, add
from bot.safety import share_question
from bot.sending import Delivery
from bot.services import Services, services
from bot.storage import appreciation_schedules, appreciations, couples, pending, users
from bot.storage.appreciations import Appreciation
from bot.storage.couples import Couple
from bot.storage.pending import Pending

log = logging.getLogger(__name__)

PENDING = "appreciation"
GUARD = -10  # before the features: a sticker mid-draft gets a draft answer, not the menu
BATCH = 200

# Button actions (wa:<action>:…)
MENU, WRITE = "m", "w"
REWRITE, KEEP_ITEM = "r", "l"  # wa:r:<id>:<position>
SEND, KEEP, SHARE_YES, SHARE_NO = "s", "k", "y", "n"  # wa:s:<id>:<revision>
THANKS = "t"  # wa:t:<id>


async def _name(svc: Services, user_id: int) -> str:
    user = await users.get(svc.db, user_id)
    return user.first_name if user else ""


# --- showing where the writer is -----------------------------------------------------------


def _question_markup(draft: Appreciation, position: int) -> InlineKeyboardMarkup:
    return keyboard(
        [
            [
                (texts.rewrite_button(), pack(KIND, REWRITE, draft.id, position)),
                (texts.keep_as_is_button(), pack(KIND, KEEP_ITEM, draft.id, position)),
            ]
        ]
    )


def _preview_markup(draft: Appreciation, partner: str) -> InlineKeyboardMarkup:
    return keyboard(
        [
            [(texts.send_button(partner), pack(KIND, SEND, draft.id, draft.revision))],
            [(texts.keep_button(), pack(KIND, KEEP, draft.id, draft.revision))],
        ]
    )


async def show_step(
    svc: Services, user_id: int, draft: Appreciation, partner: str, prefix: str = ""
) -> None:
    """Send the next step: the rewrite request, an open question, the count or the preview."""
    question = draft.open_question
    markup: InlineKeyboardMarkup | None = None
    if draft.rewrite_position is not None:
        text = texts.ask_rewrite(draft.rewrite_position)
    elif question is not None:
        text = texts.question(question, partner)
        if draft.missing:  # the count too, so a text typed past the question is acknowledged
            text = texts.progress(len(draft.items)) + "\n\n" + text
        markup = _question_markup(draft, question.position)
    elif draft.missing:
        text = texts.progress(len(draft.items))
    else:
        text = texts.preview(draft.items, partner)
        markup = _preview_markup(draft, partner)
    await svc.sender.send(user_id, f"{prefix}\n\n{text}" if prefix else text, markup)


async def begin(svc: Services, user_id: int, couple: Couple, scheduled: bool) -> None:
    """Send the exercise; the writer's next texts go to their draft."""
    partner = await _name(svc, couple.other(user_id))
    draft = await appreciations.open_draft(svc.db, user_id)
    waiting = await pending.get(svc.db, user_id)
    # A scheduled prompt must not hijack another flow the user is typing in.
    take_text = not scheduled or waiting is None or waiting.kind == PENDING
    text = texts.exercise(partner)
    if draft is not None and draft.items:
        text += "\n\n" + texts.resume_note(len(draft.items))
    markup = None if take_text else keyboard([[(texts.write_now(), pack(KIND, WRITE))]])
    if take_text:
        ref = str(draft.id) if draft else ""
        await pending.expect(svc.db, user_id, PENDING, ref, svc.clock.now())
    await svc.sender.send(user_id, text, markup)
    if take_text and draft is not None and draft.items:
        await show_step(svc, user_id, draft, partner)


# --- writing -------------------------------------------------------------------------------


async def on_text(update: Update, context: Context, waiting: Pending) -> None:
    """Free text while writing: add items, replace one being rewritten, or explain why not."""
    user, message = update.effective_user, update.effective_message
    if user is None or message is None or message.text is None:
        return
    svc = services(context)
    now = svc.clock.now()
    couple = await couples.for_user(svc.db, user.id)
    if couple is None:
        await pending.clear(svc.db, user.id, PENDING)
        await reply(update, context, texts.not_paired())
        return
    flagged = safety.flagged() is not None
    partner = await _name(svc, couple.other(user.id))
    draft = await appreciations.open_draft(svc.db, user.id)
    have = len(draft.items) if draft else 0
    if draft is not None and draft.rewrite_position is not None:
        position = draft.rewrite_position
        result = read_rewrite(message.text)
        if result.problem is not None:
            await reply(update, context, texts.problem(result.problem, draft.missing))
            return
        item = result.items[0]
        await appreciations.replace_item(
            svc.db, draft.id, position, item, check_item(item), flagged, now
        )
    else:
        result = read_input(message.text, have)
        if result.problem is InputProblem.TOO_MANY and draft is not None and not draft.missing:
            await show_step(svc, user.id, draft, partner, texts.problem(result.problem, 0))
            return
        if result.problem is not None:
            await reply(update, context, texts.problem(result.problem, ITEMS - have))
            return
        if draft is None:
            draft = await appreciations.start_draft(
                svc.db, couple.id, user.id, couple.other(user.id), now
            )
        checked = [(item, check_item(item)) for item in result.items]
        await appreciations.add_items(svc.db, draft.id, draft.revision, checked, flagged, now)
    log.info("appreciation draft updated id=%s", draft.id)
    await pending.expect(svc.db, user.id, PENDING, str(draft.id), now)
    fresh = await appreciations.get(svc.db, draft.id)
    if fresh is not None:
        await show_step(svc, user.id, fresh, partner, texts.flagged_note() if flagged else "")


async def guard_non_text(update: Update, context: Context) -> None:
    """A sticker, photo or voice note while writing: say words are needed; keep the draft."""
    user = update.effective_user
    if user is None:
        return
    svc = services(context)
    waiting = await pending.get(svc.db, user.id)
    if waiting is None or waiting.kind != PENDING:
        return  # not writing: the usual answers apply
    draft = await appreciations.open_draft(svc.db, user.id)
    await reply(update, context, texts.text_only(draft.missing if draft else ITEMS))
    raise ApplicationHandlerStop


# --- entry points --------------------------------------------------------------------------


async def _start(update: Update, context: Context, user_id: int) -> None:
    svc = services(context)
    couple = await couples.for_user(svc.db, user_id)
    if couple is None:
        await reply(update, context, texts.not_paired())
        return
    partner = await _name(svc, couple.other(user_id))
    written = await appreciations.written(svc.db, user_id, texts.HISTORY_ITEMS)
    received = await appreciations.received(svc.db, user_id, texts.HISTORY_ITEMS)
    if written or received:
        await svc.sender.send(user_id, texts.history(written, received, partner, couple.timezone))
    await begin(svc, user_id, couple, scheduled=False)


async def waardering_command(update: Update, context: Context) -> None:
    """/waardering: the history, then the exercise (any time)."""
    user = update.effective_user
    if user is None or not await private_only(update, context):
        return
    if await require_consent(update, context):
        await _start(update, context, user.id)


# --- buttons -------------------------------------------------------------------------------


async def _own_draft(
    svc: Services, update: Update, appreciation_id: int | None
) -> Appreciation | None:
    """The presser's appreciation, or ``None`` after answering why not."""
    query, user = update.callback_query, update.effective_user
    assert query is not None and user is not None
    found = None if appreciation_id is None else await appreciations.get(svc.db, appreciation_id)
    if found is None:
        await svc.sender.answer(query, texts.stale(), alert=True)
        return None
    if found.writer_id != user.id:
        await svc.sender.answer(query, texts.not_for_you(), alert=True)
        return None
    if found.status == appreciations.SENT:
        await svc.sender.answer(query, texts.already_sent(), alert=True)
        return None
    if found.status == appreciations.KEPT:
        await svc.sender.answer(query, texts.already_kept(), alert=True)
        return None
    return found


async def _question_pressed(update: Update, context: Context, parts: list[str]) -> None:
    """ "Herschrijven" or "Zo laten" under a flagged item."""
    query, user = update.callback_query, update.effective_user
    assert query is not None and user is not None and query.message is not None
    svc = services(context)
    draft = await _own_draft(svc, update, int_part(parts, 2))
    position = int_part(parts, 3)
    if draft is None:
        return
    if position is None:
        await svc.sender.answer(query, texts.stale(), alert=True)
        return
    now = svc.clock.now()
    chat_id, message_id = query.message.chat.id, query.message.message_id
    if parts[1] == REWRITE:
        if not await appreciations.start_rewrite(svc.db, draft.id, position, now):
            await svc.sender.answer(query, texts.already_decided())
            return
        await svc.sender.answer(query)
        await pending.expect(svc.db, user.id, PENDING, str(draft.id), now)
        await svc.sender.edit(chat_id, message_id, texts.ask_rewrite(position))
        return
    if not await appreciations.accept_item(svc.db, draft.id, position, now):
        await svc.sender.answer(query, texts.already_decided())
        return
    await svc.sender.answer(query)
    await svc.sender.edit(chat_id, message_id, texts.kept_as_is(position))
    fresh = await appreciations.get(svc.db, draft.id)
    if fresh is not None:
        await show_step(svc, user.id, fresh, await _name(svc, fresh.recipient_id))


async def _deliver(update: Update, svc: Services, draft: Appreciation) -> None:
    """Claim the draft as sent, then deliver it privately to the partner."""
    query, user = update.callback_query, update.effective_user
    assert query is not None and user is not None and query.message is not None
    if not await appreciations.claim_send(svc.db, draft.id, draft.revision, svc.clock.now()):
        await svc.sender.answer(query, texts.already_sent(), alert=True)
        return
    partner = await users.get(svc.db, draft.recipient_id)
    writer = await _name(svc, draft.writer_id)
    with use_locale(partner.locale if partner else DEFAULT_LOCALE):
        outcome = await svc.sender.deliver(
            draft.recipient_id,
            texts.delivery(writer, draft.items),
            keyboard([[(texts.thanks_button(), pack(KIND, THANKS, draft.id))]]),
        )
    name = partner.first_name if partner else ""
    await svc.sender.answer(query)
    if outcome.status is not Delivery.SENT:
        await appreciations.unsend(svc.db, draft.id)
        log.info("appreciation not delivered id=%s status=%s", draft.id, outcome.status.value)
        await svc.sender.send(user.id, texts.delivery_failed(name))
        return
    log.info("appreciation sent id=%s", draft.id)
    await pending.clear(svc.db, user.id, PENDING)
    await svc.sender.edit(query.message.chat.id, query.message.message_id, texts.sent(name))


async def _decision_pressed(update: Update, context: Context, parts: list[str]) -> None:
    """ "Stuur", "Bewaar voor mezelf", and the yes/no of the share question."""
    query, user = update.callback_query, update.effective_user
    assert query is not None and user is not None and query.message is not None
    svc = services(context)
    draft = await _own_draft(svc, update, int_part(parts, 2))
    revision = int_part(parts, 3)
    if draft is None:
        return
    if revision is None:
        await svc.sender.answer(query, texts.stale(), alert=True)
        return
    partner = await _name(svc, draft.recipient_id)
    chat_id, message_id = query.message.chat.id, query.message.message_id
    action = parts[1]
    if action in (KEEP, SHARE_NO):
        if not await appreciations.keep(svc.db, draft.id, revision, svc.clock.now()):
            await svc.sender.answer(query, texts.outdated())
            await show_step(svc, user.id, draft, partner)
            return
        await svc.sender.answer(query)
        await pending.clear(svc.db, user.id, PENDING)
        text = texts.kept(partner) if action == KEEP else texts.share_declined()
        await svc.sender.edit(chat_id, message_id, text)
        log.info("appreciation kept id=%s", draft.id)
        return
    couple = await couples.for_user(svc.db, user.id)
    if couple is None or couple.id != draft.couple_id:
        await svc.sender.answer(query, texts.not_paired(), alert=True)
        return
    if revision != draft.revision or not draft.complete:
        await svc.sender.answer(query, texts.outdated())
        await show_step(svc, user.id, draft, partner)
        return
    if action == SHARE_YES:
        await appreciations.confirm_share(svc.db, draft.id, draft.revision)
    elif draft.flagged and not draft.share_confirmed:
        await svc.sender.answer(query)
        await svc.sender.send(
            user.id,
            share_question(),
            keyboard(
                [
                    [(texts.share_yes(), pack(KIND, SHARE_YES, draft.id, draft.revision))],
                    [(texts.share_no(), pack(KIND, SHARE_NO, draft.id, draft.revision))],
                ]
            ),
        )
        return
    await _deliver(update, svc, draft)


async def _thanks_pressed(update: Update, context: Context, parts: list[str]) -> None:
    """The partner's one-tap thank-you, passed on to the writer once."""
    query, user = update.callback_query, update.effective_user
    assert query is not None and user is not None and query.message is not None
    svc = services(context)
    appreciation_id = int_part(parts, 2)
    found = None if appreciation_id is None else await appreciations.get(svc.db, appreciation_id)
    if found is None or found.status != appreciations.SENT:
        await svc.sender.answer(query, texts.stale(), alert=True)
        return
    if found.recipient_id != user.id:
        await svc.sender.answer(query, texts.not_for_you(), alert=True)
        return
    if not await appreciations.claim_thanks(svc.db, found.id, user.id, svc.clock.now()):
        await svc.sender.answer(query, texts.already_thanked())
        return
    await svc.sender.answer(query, texts.thanks_passed_on())
    writer = await users.get(svc.db, found.writer_id)
    writer_name = writer.first_name if writer else ""
    await svc.sender.edit(
        query.message.chat.id,
        query.message.message_id,
        texts.delivery(writer_name, found.items) + "\n\n" + texts.thanked_note(writer_name),
    )
    with use_locale(writer.locale if writer else DEFAULT_LOCALE):
        await svc.sender.send(found.writer_id, texts.thanks_for_writer(user.first_name))
    log.info("appreciation thanked id=%s", found.id)


# --- routing -------------------------------------------------------------------------------


async def pressed(update: Update, context: Context) -> None:
    """Every ``wa:`` button."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.message is None:
        return
    svc = services(context)
    parts = unpack(query.data)
    action = parts[1] if len(parts) > 1 else ""
    if action in (REWRITE, KEEP_ITEM):
        await _question_pressed(update, context, parts)
    elif action in (SEND, KEEP, SHARE_YES, SHARE_NO):
        await _decision_pressed(update, context, parts)
    elif action == THANKS:
        await _thanks_pressed(update, context, parts)
    elif action in (SETTINGS, DAY, TIME, SWITCH):
        await appreciation_settings.pressed(update, context, parts)
    elif action in (MENU, WRITE):
        await svc.sender.answer(query)
        if action == MENU:
            await _start(update, context, user.id)
            return
        couple = await couples.for_user(svc.db, user.id)
        if couple is None:
            await svc.sender.send(user.id, texts.not_paired())
            return
        await pending.expect(svc.db, user.id, PENDING, "", svc.clock.now())
        draft = await appreciations.open_draft(svc.db, user.id)
        if draft is not None and draft.items:
            await show_step(svc, user.id, draft, await _name(svc, couple.other(user.id)))
        else:
            await svc.sender.send(user.id, texts.listening())
    else:
        await svc.sender.answer(query, texts.stale(), alert=True)


# --- the prompt schedule -------------------------------------------------------------------


async def prompt_due(svc: Services, now: datetime) -> None:
    """The due-task: schedule new couples, then claim and send every due prompt once."""
    for row in await appreciation_schedules.unscheduled(svc.db, BATCH):
        plan = row.schedule
        first = next_prompt(now, plan.weekdays, plan.at, row.timezone)
        await appreciation_schedules.set_first(svc.db, plan.couple_id, first)
    for row in await appreciation_schedules.due(svc.db, now, BATCH):
        plan = row.schedule
        if plan.next_at is None:
            continue
        following = next_prompt(max(now, plan.next_at), plan.weekdays, plan.at, row.timezone)
        if not await appreciation_schedules.claim_prompt(
            svc.db, plan.couple_id, plan.next_at, following, now
        ):
            continue  # another tick took it
        if not still_timely(plan.next_at, now):
            log.info("appreciation prompt skipped as too late couple=%s", plan.couple_id)
            continue
        couple = await couples.get(svc.db, plan.couple_id)
        if couple is None:
            continue
        for partner in couple.partners:
            user = await users.get(svc.db, partner)
            with use_locale(user.locale if user else DEFAULT_LOCALE):
                await begin(svc, partner, couple, scheduled=True)
        log.info("appreciation prompt sent couple=%s", couple.id)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add /waardering, its buttons, the text flow, the due-task, menu and settings entries."""
    app.add_handler(CommandHandler("waardering", waardering_command))
    app.add_handler(CallbackQueryHandler(pressed, pattern=pattern(KIND)))
    app.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL, guard_non_text
        ),
        group=GUARD,
    )
    text_input.register_input(PENDING, on_text)
    scheduling.register_due("appreciation", prompt_due)
    add(MenuItem(30, texts.menu_label, pack(KIND, MENU), when_paired=True))
    add_section(Section(40, texts.section_label, pack(KIND, SETTINGS)))

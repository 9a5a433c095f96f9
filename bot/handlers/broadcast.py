"""/verstuur: a coach composes a broadcast, previews it exactly, and confirms it once.

Steps (the draft lives in ``broadcasts`` with state ``draft``, so it survives a
restart):

1. What: an exercise from the library (paged buttons) or the coach's own message
   (free text, checked for length after formatting and by the safety net).
2. Who: all clients, or some (paged checkboxes).
3. Preview: the message exactly as a client gets it, then "send to N clients?".
   Every change bumps the draft's revision; the confirm button carries the
   revision it was made for, so an older preview's button is refused.
4. Confirm: the draft is frozen with one row per recipient in one transaction
   (a second press finds it no longer a draft), and :mod:`bot.broadcast` delivers.
"""

from __future__ import annotations

import logging
from datetime import datetime

from telegram import CallbackQuery, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot import broadcast, coach, coach_texts, exercises, safety, scheduling
from bot.broadcast import COMPOSE
from bot.callbacks import int_part, keyboard, pack, pattern, unpack
from bot.coach import BroadcastState, MessageProblem
from bot.handlers import safety as safety_handlers
from bot.handlers import text_input
from bot.handlers.coach import coach_of_user, name_of, require_coach
from bot.handlers.common import Context, reply
from bot.i18n import _
from bot.services import Services, services
from bot.storage import broadcasts, coaches, pending
from bot.storage.broadcasts import Broadcast
from bot.storage.pending import Pending

log = logging.getLogger(__name__)

WRITING = "coach_message"  # pending-input kind while the coach writes their message
EXERCISES_PER_PAGE = 6
CLIENTS_PER_PAGE = 8


def content_markup(draft_id: int, page: int) -> InlineKeyboardMarkup:
    """Step 1: the exercise library, paged, and "write my own"."""
    shown = coach.paginate(list(exercises.library().values()), page, EXERCISES_PER_PAGE)
    rows = [
        [(_(exercise.title), pack(COMPOSE, draft_id, "x", exercise.id))]  # content msgid
        for exercise in shown.items
    ]
    nav = []
    if shown.has_previous:
        nav.append(("◀", pack(COMPOSE, draft_id, "p", shown.number - 1)))
    if shown.has_next:
        nav.append(("▶", pack(COMPOSE, draft_id, "p", shown.number + 1)))
    if nav:
        rows.append(nav)
    rows.append([(_("✍️ Write my own message"), pack(COMPOSE, draft_id, "w"))])
    rows.append([(_("Cancel sending"), pack(COMPOSE, draft_id, "c"))])
    return keyboard(rows)


def audience_markup(draft_id: int, total: int) -> InlineKeyboardMarkup:
    """Step 2: everyone or a choice."""
    return keyboard(
        [
            [
                (
                    _("All clients ({count})").format(count=coach_texts.number(total)),
                    pack(COMPOSE, draft_id, "a"),
                )
            ],
            [(_("Choose clients"), pack(COMPOSE, draft_id, "s", 0))],
            [(_("Back to the exercises"), pack(COMPOSE, draft_id, "p", 0))],
            [(_("Cancel sending"), pack(COMPOSE, draft_id, "c"))],
        ]
    )


async def render(svc: Services, draft: Broadcast) -> str | None:
    """The message exactly as each client will receive it (None if nothing chosen yet)."""
    coach_name = await name_of(svc, draft.coach_id)
    if draft.exercise_id is not None:
        exercise = exercises.get(draft.exercise_id)
        return coach_texts.exercise_message(coach_name, exercise) if exercise else None
    if draft.body is not None:
        return coach_texts.custom_message(coach_name, draft.body)
    return None


async def start_composing(svc: Services, coach_id: int) -> None:
    """Open a fresh draft (older ones go stale) and ask what to send."""
    if await coaches.client_count(svc.db, coach_id) == 0:
        await svc.sender.send(coach_id, coach_texts.no_clients())
        return
    draft_id = await broadcasts.new_draft(svc.db, coach_id, svc.clock.now())
    await pending.clear(svc.db, coach_id, WRITING)
    await svc.sender.send(coach_id, coach_texts.choose_content(), content_markup(draft_id, 0))


async def send_command(update: Update, context: Context) -> None:
    """/verstuur: only for coaches, in the private chat."""
    found = await require_coach(update, context)
    if found is not None:
        await start_composing(services(context), found.user_id)


async def show_audience(svc: Services, draft: Broadcast, where: tuple[int, int] | None) -> None:
    """Step 2, as a new message or in place of the one the button was on."""
    total = await coaches.client_count(svc.db, draft.coach_id)
    text, markup = coach_texts.choose_audience(total), audience_markup(draft.id, total)
    if where is None:
        await svc.sender.send(draft.coach_id, text, markup)
    else:
        await svc.sender.edit(*where, text, markup)


async def show_clients(svc: Services, draft: Broadcast, page: int, where: tuple[int, int]) -> None:
    """The checkbox page of the coach's clients."""
    total = await coaches.client_count(svc.db, draft.coach_id)
    page = coach.clamp_page(page, total, CLIENTS_PER_PAGE)
    pages = coach.page_count(total, CLIENTS_PER_PAGE)
    rows = await coaches.client_names(
        svc.db, draft.coach_id, page * CLIENTS_PER_PAGE, CLIENTS_PER_PAGE
    )
    ticked = await broadcasts.selected_ids(svc.db, draft.id)
    buttons = [
        [
            (
                ("☑ " if row["user_id"] in ticked else "☐ ") + row["first_name"],
                pack(COMPOSE, draft.id, "t", row["user_id"], page),
            )
        ]
        for row in rows
    ]
    nav = []
    if page > 0:
        nav.append(("◀", pack(COMPOSE, draft.id, "s", page - 1)))
    if page + 1 < pages:
        nav.append(("▶", pack(COMPOSE, draft.id, "s", page + 1)))
    if nav:
        buttons.append(nav)
    buttons.append([(_("Done, show the preview"), pack(COMPOSE, draft.id, "v"))])
    buttons.append([(_("Cancel sending"), pack(COMPOSE, draft.id, "c"))])
    text = coach_texts.choose_clients(len(ticked), page, pages)
    await svc.sender.edit(*where, text, keyboard(buttons))


async def show_preview(svc: Services, draft: Broadcast) -> None:
    """The exact client message (its "Gedaan" only explains itself), then the question."""
    text = await render(svc, draft)
    count = await broadcasts.audience_size(svc.db, draft)
    if text is None:
        return
    preview_done = keyboard([[(coach_texts.done_label(), pack(COMPOSE, draft.id, "g"))]])
    await svc.sender.send(draft.coach_id, text, preview_done)
    await svc.sender.send(
        draft.coach_id,
        coach_texts.confirm_question(count),
        keyboard(
            [
                [(_("Yes, send it"), pack(COMPOSE, draft.id, "ok", draft.revision))],
                [(_("Change recipients"), pack(COMPOSE, draft.id, "r"))],
                [(_("Cancel sending"), pack(COMPOSE, draft.id, "c"))],
            ]
        ),
    )


async def confirm(
    svc: Services, context: Context, query: CallbackQuery, draft: Broadcast, revision: int | None
) -> None:
    """Freeze the draft with one row per recipient, show the progress, start delivering."""
    assert query.message is not None
    where = (query.message.chat.id, query.message.message_id)
    if revision != draft.revision or (draft.flagged and not draft.share_confirmed):
        await svc.sender.answer(query, coach_texts.old_preview(), alert=True)
        return
    text = await render(svc, draft)
    count = await broadcasts.audience_size(svc.db, draft)
    if text is None or count == 0:
        await svc.sender.answer(query, coach_texts.no_clients(), alert=True)
        return
    # Show the progress message before any row exists, so the runner's edits come after it.
    await svc.sender.answer(query, _("Sending…"))
    await svc.sender.edit(*where, coach_texts.progress(0, count))
    total = await broadcasts.confirm(svc.db, draft, text, where, svc.clock.now())
    if total == 0:
        await svc.sender.edit(*where, coach_texts.old_preview())
        return
    log.info("broadcast confirmed broadcast=%s recipients=%s", draft.id, total)
    broadcast.launch(context.application, svc, draft.id)


async def compose_pressed(update: Update, context: Context) -> None:
    """Every /verstuur button; the draft is re-loaded and must belong to the presser."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    svc = services(context)
    parts = unpack(query.data)
    found = await coach_of_user(svc, query.from_user.id, svc.clock.now())
    if found is None:
        await svc.sender.answer(query, coach_texts.coaches_only(), alert=True)
        return
    if parts[1:2] == ["new"]:
        await svc.sender.answer(query)
        await start_composing(svc, found.user_id)
        return
    draft_id = int_part(parts, 1)
    draft = await broadcasts.get_broadcast(svc.db, draft_id) if draft_id else None
    action = parts[2] if len(parts) > 2 else ""
    if draft is None or draft.coach_id != found.user_id:
        await svc.sender.answer(
            query, coach_texts.not_for_you() if draft else coach_texts.stale(), alert=True
        )
        return
    if action == "g":
        await svc.sender.answer(query, coach_texts.preview_done_pressed(), alert=True)
        return
    if draft.state is not BroadcastState.DRAFT:
        finished = draft.state in (BroadcastState.SENDING, BroadcastState.DONE)
        await svc.sender.answer(
            query, coach_texts.already_sent() if finished else coach_texts.stale(), alert=True
        )
        return
    await draft_action(svc, context, query, draft, action, parts)


async def draft_action(
    svc: Services,
    context: Context,
    query: CallbackQuery,
    draft: Broadcast,
    action: str,
    parts: list[str],
) -> None:
    """One step of composing a draft that belongs to the presser."""
    assert query.message is not None
    where = (query.message.chat.id, query.message.message_id)
    db = svc.db
    if action == "ok":
        await confirm(svc, context, query, draft, int_part(parts, 3))
        return
    if action == "x" and len(parts) > 3 and exercises.get(parts[3]) is not None:
        await broadcasts.update_draft(db, draft.id, exercise_id=parts[3], body=None, flagged=0)
        await pending.clear(db, draft.coach_id, WRITING)
        await svc.sender.answer(query)
        await show_audience(svc, draft, where)
    elif action == "p":
        await svc.sender.answer(query)
        text, markup = (
            coach_texts.choose_content(),
            content_markup(draft.id, int_part(parts, 3) or 0),
        )
        await svc.sender.edit(*where, text, markup)
    elif action == "w":
        await pending.expect(db, draft.coach_id, WRITING, str(draft.id), svc.clock.now())
        await svc.sender.answer(query)
        await svc.sender.edit(
            *where,
            coach_texts.write_message(),
            keyboard([[(_("Cancel sending"), pack(COMPOSE, draft.id, "c"))]]),
        )
    elif action in ("a", "s") and (await render(svc, draft)) is not None:
        await broadcasts.update_draft(db, draft.id, audience="all" if action == "a" else "some")
        await svc.sender.answer(query)
        refreshed = await broadcasts.get_broadcast(db, draft.id)
        assert refreshed is not None
        if action == "a":
            await svc.sender.edit(
                *where, coach_texts.choose_audience(await coaches.client_count(db, draft.coach_id))
            )
            await show_preview(svc, refreshed)
        else:
            await show_clients(svc, refreshed, int_part(parts, 3) or 0, where)
    elif action == "t" and (client_id := int_part(parts, 3)) is not None:
        if not await coaches.is_client(db, draft.coach_id, client_id):
            await svc.sender.answer(query, coach_texts.not_for_you(), alert=True)
            return
        await broadcasts.toggle_selection(db, draft.id, client_id)
        await svc.sender.answer(query)
        await show_clients(svc, draft, int_part(parts, 4) or 0, where)
    elif action == "v" and draft.audience == "some":
        if not await broadcasts.selected_ids(db, draft.id):
            await svc.sender.answer(query, coach_texts.pick_someone(), alert=True)
            return
        await svc.sender.answer(query)
        await show_preview(svc, draft)
    elif action == "r":  # a new message: the old preview stays visible, its button goes stale
        await broadcasts.update_draft(db, draft.id)  # bumps the revision
        await svc.sender.answer(query)
        await show_audience(svc, draft, None)
    elif action in ("fy", "fn") and draft.flagged:
        await safety_answer(svc, query, draft, action == "fy")
    elif action == "c":
        await broadcasts.cancel_draft(db, draft.id)
        await pending.clear(db, draft.coach_id, WRITING)
        await svc.sender.answer(query)
        await svc.sender.edit(*where, coach_texts.cancelled())
    else:
        await svc.sender.answer(query, coach_texts.stale(), alert=True)


async def safety_answer(svc: Services, query: CallbackQuery, draft: Broadcast, share: bool) -> None:
    """The coach's answer to the safety question about their own message."""
    assert query.message is not None
    where = (query.message.chat.id, query.message.message_id)
    await svc.sender.answer(query)
    if share:
        await broadcasts.update_draft(svc.db, draft.id, share_confirmed=1)
        await show_audience(svc, draft, where)
        return
    await broadcasts.update_draft(svc.db, draft.id, body=None, flagged=0, share_confirmed=0)
    await pending.expect(svc.db, draft.coach_id, WRITING, str(draft.id), svc.clock.now())
    await svc.sender.edit(
        *where,
        coach_texts.write_message(),
        keyboard([[(_("Cancel sending"), pack(COMPOSE, draft.id, "c"))]]),
    )


async def message_written(update: Update, context: Context, waiting: Pending) -> None:
    """The coach's own message: checked, stored in the draft, then "to whom?"."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None or message.text is None:
        return
    svc = services(context)
    draft = (
        await broadcasts.get_broadcast(svc.db, int(waiting.ref)) if waiting.ref.isdigit() else None
    )
    found = await coach_of_user(svc, user.id, svc.clock.now())
    if (
        found is None
        or draft is None
        or draft.coach_id != user.id
        or draft.state is not BroadcastState.DRAFT
    ):
        await pending.clear(svc.db, user.id, WRITING)
        await reply(update, context, _("That draft is gone. Start again with /verstuur."))
        return
    body = message.text_html
    rendered = coach_texts.custom_message(await name_of(svc, user.id), body)
    problem = coach.check_message(body, rendered)
    if problem is MessageProblem.EMPTY:
        await reply(update, context, coach_texts.empty_message())
        return
    if problem is MessageProblem.TOO_LONG:
        length = max(len(rendered), len(coach.plain_text(rendered)))
        await reply(update, context, coach_texts.too_long(length))
        return
    flagged = safety_handlers.flagged() is not None
    await broadcasts.update_draft(
        svc.db, draft.id, body=body, exercise_id=None, flagged=int(flagged), share_confirmed=0
    )
    await pending.clear(svc.db, user.id, WRITING)
    if flagged:
        await reply(
            update,
            context,
            safety.share_question(),
            keyboard(
                [
                    [(_("Yes, send it as it is"), pack(COMPOSE, draft.id, "fy"))],
                    [(_("No, let me rewrite it"), pack(COMPOSE, draft.id, "fn"))],
                ]
            ),
        )
        return
    await show_audience(svc, draft, None)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add /verstuur, its buttons, the message input and the delivery due-task."""
    app.add_handler(CommandHandler("verstuur", send_command))
    app.add_handler(CallbackQueryHandler(compose_pressed, pattern=pattern(COMPOSE)))
    text_input.register_input(WRITING, message_written)

    async def resume(svc: Services, now: datetime) -> None:
        await broadcast.resume(app, svc, now)

    scheduling.register_due("broadcast", resume)

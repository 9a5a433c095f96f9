"""/ontkoppel, /mijngegevens and /vergeetmij: the user's control over their data."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from html import escape

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot import account, coach_texts, scheduling
from bot.callbacks import int_part, keyboard, pack, pattern, unpack
from bot.handlers.common import (
    Context,
    note_private_answer,
    private_only,
    reply,
    require_consent,
)
from bot.i18n import _
from bot.menu import MenuItem, add
from bot.sending import Delivery
from bot.services import Services, services
from bot.storage import couples, export, notices, users

log = logging.getLogger(__name__)

UNPAIR = "uk"
FORGET = "fg"
DATA = "dt"
NOTICE_BATCH = 30  # per tick (about a second of sending), so check-ins are not held up


async def unpair_command(update: Update, context: Context) -> None:
    """/ontkoppel: ask for confirmation, always in the private chat, before ending the pairing.

    Ending a pairing is one person's decision: asked in a group, the question goes
    to the private chat and the group only hears where to look.
    """
    user = update.effective_user
    if user is None or not await require_consent(update, context):
        return
    svc = services(context)
    couple = await couples.for_user(svc.db, user.id)
    if couple is None:
        sent = await svc.sender.send(
            user.id, _("You are not paired, so there is nothing to unpair.")
        )
    else:
        sent = await svc.sender.send(
            user.id,
            _(
                "Do you really want to unpair? Shared check-ins and reminders stop for both of "
                "you, and your shared check-ins, pauses and appreciations are deleted. Your quiz "
                "results stay yours. Want to keep something? Ask for /mijngegevens first."
            ),
            keyboard(
                [
                    [(_("Yes, unpair"), pack(UNPAIR, "y", couple.id))],
                    [(_("No, keep it"), pack(UNPAIR, "n", couple.id))],
                ]
            ),
        )
    await note_private_answer(update, context, sent)


async def unpair_pressed(update: Update, context: Context) -> None:
    """Confirmation buttons of /ontkoppel."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None or query.message is None:
        return
    svc = services(context)
    parts = unpack(query.data)
    couple_id = int_part(parts, 2)
    couple = await couples.for_user(svc.db, user.id)
    if couple is None or couple.id != couple_id:
        target = await couples.get(svc.db, couple_id) if couple_id is not None else None
        if target is not None and not target.has(user.id):
            await svc.sender.answer(query, _("This button is not for you."), alert=True)
        else:
            await svc.sender.answer(query, _("This button no longer works."), alert=True)
        return
    await svc.sender.answer(query)
    chat_id, message_id = query.message.chat.id, query.message.message_id
    if parts[1] != "y":
        await svc.sender.edit(chat_id, message_id, _("Good, you stay paired."))
        return
    await account.unpair(svc.db, couple)
    log.info("couple unpaired couple=%s", couple.id)
    await svc.sender.edit(chat_id, message_id, _("Done: you are no longer paired."))
    other = couple.other(user.id)
    if chat_id != user.id:
        await svc.sender.send(
            user.id, _("You are no longer paired. Shared reminders have stopped.")
        )
    await svc.sender.send(
        other,
        _(
            "{name} has ended your pairing in Samen. Shared check-ins and reminders have stopped, "
            "and your shared check-ins, pauses and appreciations are deleted. Your quiz results "
            "stay yours."
        ).format(name=escape(user.first_name)),
    )


async def data_command(update: Update, context: Context) -> None:
    """/mijngegevens: send everything stored about the user as a JSON file."""
    user = update.effective_user
    if user is None or not await private_only(update, context):
        return
    svc = services(context)
    if await users.get(svc.db, user.id) is None:
        await reply(
            update,
            context,
            _("I have stored nothing about you: we have not met yet. Tap /start to begin."),
        )
        return
    data = await export.export_user(svc.db, user.id)
    data["exported_at"] = datetime.now(UTC).isoformat()
    blob = json.dumps(data, ensure_ascii=False, indent=2, default=str).encode()
    await svc.sender.send_document(
        user.id,
        blob,
        _("samen-my-data.json"),
        caption=_("Here is everything I keep about you."),
    )
    log.info("data exported user=%s", user.id)


async def forget_command(update: Update, context: Context) -> None:
    """/vergeetmij: ask for confirmation before deleting everything."""
    user = update.effective_user
    if user is None or not await private_only(update, context):
        return
    if await users.get(services(context).db, user.id) is None:
        await reply(
            update, context, _("I have stored nothing about you, so there is nothing to delete.")
        )
        return
    await reply(
        update,
        context,
        _(
            "Do you want me to delete everything I keep about you? Your pairing ends too, and "
            "with it your shared check-ins, pauses and appreciations, for your partner as well. "
            "Your partner only hears that the pairing ended. This cannot be undone. Want to keep "
            "something? Ask for /mijngegevens first."
        ),
        keyboard(
            [
                [(_("Yes, delete everything"), pack(FORGET, "y"))],
                [(_("No, keep it"), pack(FORGET, "n"))],
            ]
        ),
    )


async def forget_pressed(update: Update, context: Context) -> None:
    """Confirmation buttons of /vergeetmij."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None or query.message is None:
        return
    svc = services(context)
    parts = unpack(query.data)
    await svc.sender.answer(query)
    chat_id, message_id = query.message.chat.id, query.message.message_id
    if len(parts) < 2 or parts[1] != "y":
        await svc.sender.edit(chat_id, message_id, _("Okay, I delete nothing."))
        return
    if await users.get(svc.db, user.id) is None:
        await svc.sender.edit(chat_id, message_id, _("There is nothing left to delete."))
        return
    forgotten = await account.forget(svc.db, user.id, user.first_name, svc.clock.now())
    log.info("user forgotten user=%s clients=%s", user.id, len(forgotten.client_ids))
    await svc.sender.edit(
        chat_id,
        message_id,
        _(
            "Everything I kept about you is deleted. Take care. You can always start again with /start."
        ),
    )
    if forgotten.couple is not None:
        await svc.sender.send(
            forgotten.couple.other(user.id),
            _(
                "Your pairing in Samen has ended. Your shared check-ins, pauses and appreciations "
                "are deleted with it; your quiz results stay yours."
            ),
        )
    if forgotten.coach_id is not None:
        await svc.sender.send(forgotten.coach_id, coach_texts.client_left(user.first_name))
    # A coach's clients were queued as notices: the dispatcher tells them (send_notices).


async def send_notices(svc: Services, now: datetime) -> None:
    """Due-task: send queued one-off notices, each claimed (deleted) before it is sent."""
    for notice in await notices.waiting(svc.db, NOTICE_BATCH):
        if not await notices.claim(svc.db, notice.id):
            continue
        if notice.kind != notices.COACH_GONE:
            continue
        outcome = await svc.sender.deliver(notice.user_id, coach_texts.coach_gone(notice.name))
        if outcome.status is Delivery.FAILED:  # not delivered, not refused: try again later
            await notices.retry_later(svc.db, notice, now)
        log.info("notice kind=%s user=%s status=%s", notice.kind, notice.user_id, outcome.status)


async def data_menu(update: Update, context: Context) -> None:
    """Menu entry "my data": explain the two commands."""
    query = update.callback_query
    if query is None:
        return
    svc = services(context)
    await svc.sender.answer(query)
    if query.message is not None:
        await svc.sender.send(
            query.message.chat.id,
            _(
                "/mijngegevens sends you a file with everything I keep about you.\n"
                "/vergeetmij deletes all of it.\n/ontkoppel ends your pairing."
            ),
        )


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the data-control handlers."""
    app.add_handler(CommandHandler("ontkoppel", unpair_command))
    app.add_handler(CommandHandler("mijngegevens", data_command))
    app.add_handler(CommandHandler("vergeetmij", forget_command))
    app.add_handler(CallbackQueryHandler(unpair_pressed, pattern=pattern(UNPAIR)))
    app.add_handler(CallbackQueryHandler(forget_pressed, pattern=pattern(FORGET)))
    app.add_handler(CallbackQueryHandler(data_menu, pattern=pattern(DATA)))
    add(MenuItem(80, lambda: _("My data"), pack(DATA, "menu")))
    scheduling.register_due("notices", send_notices)

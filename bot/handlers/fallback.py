"""Answers for everything no feature handled: never silence, never a traceback.

Registered last. In a private chat every unhandled message gets a short Dutch
answer and the menu. In a group only commands addressed to the bot are
answered; ordinary chatter between the partners is left alone on purpose.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, MessageHandler, filters

from bot.handlers import safety
from bot.handlers.common import Context, is_private, reply, send_menu
from bot.i18n import _
from bot.services import services
from bot.storage import pending, users


async def unknown_command(update: Update, context: Context) -> None:
    """A command no feature knows."""
    if is_private(update):
        await reply(
            update, context, _("I do not know that command. Send /hulp to see what I can do.")
        )
        return
    message = update.effective_message
    svc = services(context)
    text = message.text if message and message.text else ""
    # In a group, only answer commands clearly meant for this bot.
    first = text.split()[0] if text.split() else ""
    if first.lower().endswith("@" + svc.bot_username.lower()):
        await reply(
            update, context, _("I do not know that command. Send /hulp to see what I can do.")
        )


async def private_text(update: Update, context: Context) -> None:
    """Free text in a private chat that no flow is waiting for."""
    user = update.effective_user
    if user is None:
        return
    if safety.flagged() is not None:
        return  # the help lines were the answer; a menu now would be tone-deaf
    svc = services(context)
    if await users.get(svc.db, user.id) is None:
        await reply(update, context, _("Hi! Tap /start and I will tell you what I can do."))
        return
    await reply(
        update,
        context,
        _("I read your message, but I am not waiting for text right now. Choose something below."),
    )
    await send_menu(svc, user.id)


async def private_other(update: Update, context: Context) -> None:
    """Stickers, photos, voice notes and the like in a private chat (mid-flow: a pointer back)."""
    user = update.effective_user
    if user is None:
        return
    svc = services(context)
    if await pending.get(svc.db, user.id) is not None:
        # In the middle of a flow: point back to the open question; no menu, nothing lost.
        await reply(
            update,
            context,
            _(
                "I can only take text and buttons along, so I left this one out. Your question "
                "is still open above: type your answer, or tap a button there."
            ),
        )
        return
    await reply(
        update,
        context,
        _("Nice, but I can only work with text and buttons. Choose something below."),
    )
    if await users.get(svc.db, user.id) is not None:
        await send_menu(svc, user.id)
    else:
        await reply(update, context, _("Tap /start to begin."))


async def stale_button(update: Update, context: Context) -> None:
    """A button whose payload no feature recognises (old or forged)."""
    query = update.callback_query
    if query is None:
        return
    await services(context).sender.answer(
        query, _("This button no longer works. Send /menu for fresh buttons."), alert=True
    )


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the catch-all handlers (after every feature)."""
    app.add_handler(MessageHandler(filters.COMMAND, unknown_command))
    app.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & ~filters.TEXT & ~filters.StatusUpdate.ALL, private_other
        )
    )
    app.add_handler(CallbackQueryHandler(stale_button))

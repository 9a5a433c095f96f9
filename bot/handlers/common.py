"""Small helpers shared by handlers: who is asking, where, and the menu."""

from __future__ import annotations

from typing import Any

from telegram import Chat, InlineKeyboardMarkup, Update
from telegram.ext import CallbackContext

from bot import menu, texts
from bot.callbacks import url_button
from bot.i18n import _
from bot.services import Services, services
from bot.storage import couples, users

Context = CallbackContext[Any, Any, Any, Any]


def is_private(update: Update) -> bool:
    """Whether the update comes from a private chat."""
    chat = update.effective_chat
    return chat is not None and chat.type == Chat.PRIVATE


def is_group(update: Update) -> bool:
    """Whether the update comes from a group or supergroup."""
    chat = update.effective_chat
    return chat is not None and chat.type in (Chat.GROUP, Chat.SUPERGROUP)


async def reply(
    update: Update, context: Context, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Answer in the chat the update came from, through the sending path."""
    chat = update.effective_chat
    if chat is not None:
        await services(context).sender.send(chat.id, text, markup)


async def send_menu(svc: Services, user_id: int) -> None:
    """Send the main menu to a consented user's private chat."""
    user = await users.get(svc.db, user_id)
    if user is None:
        return
    couple = await couples.for_user(svc.db, user_id)
    partner_name = None
    if couple is not None:
        partner = await users.get(svc.db, couple.other(user_id))
        partner_name = partner.first_name if partner else None
    await svc.sender.send(
        user_id, texts.menu(user.first_name, partner_name), menu.markup(couple is not None)
    )


async def require_consent(update: Update, context: Context) -> bool:
    """True if the user consented; otherwise tell them to /start first."""
    user = update.effective_user
    if user is not None and await users.get(services(context).db, user.id) is not None:
        return True
    await reply(update, context, _("We have not met yet. Tap /start to begin."))
    return False


async def private_only(update: Update, context: Context) -> bool:
    """True in a private chat; in a group, point to the private chat instead."""
    if is_private(update):
        return True
    svc = services(context)
    await reply(
        update,
        context,
        _("That is something between you and me. Let's continue in our private chat."),
        url_button(_("To the private chat"), f"https://t.me/{svc.bot_username}"),
    )
    return False

"""Small helpers shared by handlers: who is asking, where, and the menu."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from telegram import Chat, InlineKeyboardMarkup, Update, User
from telegram.ext import CallbackContext

from bot import menu, texts
from bot.callbacks import url_button
from bot.i18n import _, set_locale, supported
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


def to_private_chat(svc: Services) -> InlineKeyboardMarkup:
    """A button that opens the private chat with the bot."""
    return url_button(_("To the private chat"), f"https://t.me/{svc.bot_username}")


async def couple_group_or_private(update: Update, context: Context) -> bool:
    """True in a private chat, or in the group linked to the sender's own couple.

    A couple command (/checkin, /voortgang) in any other group would show or open
    the sender's couple things in front of people who are not the couple; there
    the sender gets a short pointer instead.
    """
    if not is_group(update):
        return True
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None:
        return False
    svc = services(context)
    linked = await couples.for_group(svc.db, chat.id)
    if linked is not None and linked.has(user.id):
        return True
    text = (
        _("This is for the couple of this group. For your own, use our private chat.")
        if linked is not None
        else _("This group is not your shared group right now. It works in our private chat.")
    )
    await reply(update, context, text, to_private_chat(svc))
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
        to_private_chat(svc),
    )
    return False


async def note_private_answer(update: Update, context: Context, sent: object | None) -> None:
    """Asked in a group, answered privately: say so in the group (or point there if it failed)."""
    if not is_group(update) or update.callback_query is not None:
        return
    if sent is not None:
        await reply(update, context, _("I have answered you in our private chat."))
    else:
        await private_only(update, context)


async def record_consent(svc: Services, who: User, now: datetime) -> None:
    """Store the consent of ``who``, in the language their Telegram uses if Samen has it."""
    locale = supported(who.language_code)
    await users.consent(svc.db, who.id, who.first_name, who.username, now, locale)
    set_locale(locale)

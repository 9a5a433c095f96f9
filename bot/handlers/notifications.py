"""Notifications on/off in /instellingen: Samen's private messages with or without sound.

Off ("stil") sends every new private message with Telegram's ``disable_notification``
(see ``bot.sending``): nothing is held back or lost, it just arrives without a sound or
buzz. The setting is per person; the shared group follows the group's own Telegram
settings. Buttons carry the state they ask for (``nt:s:1`` / ``nt:s:0``), so an old
button sets what it says and never flips the setting the wrong way.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler

from bot.callbacks import keyboard, pack, pattern, unpack
from bot.handlers.common import Context
from bot.handlers.settings import Section, add_section
from bot.i18n import _
from bot.services import services
from bot.storage import users

log = logging.getLogger(__name__)

KIND = "nt"
MENU, SET = "m", "s"


def section_label() -> str:
    """The button in the settings menu."""
    return _("Notifications")


def status(quiet: bool) -> str:
    """What the setting is now, and what it means."""
    if quiet:
        return _(
            "<b>Notifications: silent</b>\nMy messages reach you without a sound or buzz. "
            "You miss nothing: they are waiting for you when you open Telegram."
        )
    return _(
        "<b>Notifications: on</b>\nMy messages arrive with a sound, like any other chat. "
        "Prefer peace and quiet? Make them silent."
    )


def markup(quiet: bool) -> InlineKeyboardMarkup:
    """One button that switches to the other state."""
    if quiet:
        return keyboard([[(_("Sound on again"), pack(KIND, SET, 0))]])
    return keyboard([[(_("Make them silent"), pack(KIND, SET, 1))]])


async def pressed(update: Update, context: Context) -> None:
    """The section button and the on/off button."""
    query, user = update.callback_query, update.effective_user
    if query is None or user is None or query.message is None:
        return
    svc = services(context)
    parts = unpack(query.data)
    found = await users.get(svc.db, user.id)
    if found is None:
        await svc.sender.answer(query, _("We have not met yet. Tap /start to begin."), True)
        return
    if len(parts) == 2 and parts[1] == MENU:
        await svc.sender.answer(query)
        await svc.sender.send(user.id, status(found.quiet), markup(found.quiet))
        return
    if len(parts) != 3 or parts[1] != SET or parts[2] not in ("0", "1"):
        await svc.sender.answer(
            query, _("This button is out of date. Open /instellingen for fresh buttons."), True
        )
        return
    if query.message.chat.id != user.id:  # settings live in the private chat only
        await svc.sender.answer(query, _("This button is not for you."), True)
        return
    quiet = parts[2] == "1"
    await users.set_quiet(svc.db, user.id, quiet)
    await svc.sender.answer(query, _("Saved."))
    await svc.sender.edit(
        query.message.chat.id, query.message.message_id, status(quiet), markup(quiet)
    )
    log.info("notifications changed user=%s quiet=%s", user.id, quiet)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the settings section and its buttons."""
    app.add_handler(CallbackQueryHandler(pressed, pattern=pattern(KIND)))
    add_section(Section(80, section_label, pack(KIND, MENU), needs_couple=False))

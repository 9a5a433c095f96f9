"""The one error handler: log ids and the event, answer the user kindly."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application

from bot.handlers.common import Context, is_private
from bot.i18n import _
from bot.services import SERVICES_KEY, Services

log = logging.getLogger(__name__)


async def on_error(update: object, context: Context) -> None:
    """Log the failure without personal content and tell the user something went wrong."""
    error = context.error
    if not isinstance(update, Update):
        log.error("error outside an update: %s", type(error).__name__, exc_info=error)
        return
    chat = update.effective_chat
    user = update.effective_user
    log.error(
        "error handling update=%s chat=%s user=%s kind=%s",
        update.update_id,
        chat.id if chat else None,
        user.id if user else None,
        type(error).__name__,
        exc_info=error,
    )
    svc = context.application.bot_data.get(SERVICES_KEY)
    if not isinstance(svc, Services):
        return
    text = _("Sorry, something went wrong on my side. Please try again in a moment.")
    if update.callback_query is not None:
        await svc.sender.answer(update.callback_query, text, alert=True)
    elif chat is not None and is_private(update):
        # In a group a failure stays quiet: the partners' conversation is not ours to interrupt.
        await svc.sender.send(chat.id, text)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Install the error handler."""
    app.add_error_handler(on_error)

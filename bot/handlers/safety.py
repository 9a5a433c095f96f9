"""The safety net: every text is screened before any feature sees it.

Words that point to suicidal thoughts, violence or abuse get the help lines at
once, privately to the writer — also from someone who never pressed /start
(nothing about them is stored). In a group the words are never quoted: the
help goes privately if Telegram lets the bot write to that person, otherwise
one neutral line points to /hulp. The update then continues to the feature the
user was in; features ask :func:`flagged` before passing text on to anyone.
Only the event (kind, chat type) is logged, never the words.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar

from telegram import Update
from telegram.ext import Application, MessageHandler, filters

from bot import safety
from bot.handlers.common import Context, is_private
from bot.safety import SafetyKind
from bot.sending import Delivery
from bot.services import services

log = logging.getLogger(__name__)

SCREEN = -50
_flagged: ContextVar[SafetyKind | None] = ContextVar("samen_safety_flag", default=None)


def reset() -> None:
    """Forget the flag of the previous update (called first for every update)."""
    _flagged.set(None)


def flagged() -> SafetyKind | None:
    """The kind the current update's text triggered, if any."""
    return _flagged.get()


async def screen(update: Update, context: Context) -> None:
    """Check the text (or caption) and send help if it calls for it."""
    message = update.effective_message
    user = update.effective_user
    chat = update.effective_chat
    if message is None or user is None or chat is None or user.is_bot:
        return
    kind = safety.detect(message.text or message.caption)
    if kind is None:
        return
    _flagged.set(kind)
    log.info("safety net triggered kind=%s chat_type=%s", kind.value, chat.type)
    svc = services(context)
    outcome = await svc.sender.deliver(user.id, safety.help_message())
    if outcome.status is not Delivery.SENT and not is_private(update):
        await svc.sender.send(chat.id, safety.group_notice())


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Screen every text and caption, in its own early handler group."""
    app.add_handler(MessageHandler(filters.TEXT | filters.CAPTION, screen), group=SCREEN)

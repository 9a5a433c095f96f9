"""Edited messages: screened by the safety net, then never taken as new input.

Telegram sends an edit of an earlier message as an ``edited_message`` update. Taken as
input, an edit of answer 1 would become the answer to question 2, or an edited
"/pauze" would start a second pause. So after the safety net (group -50) has screened
the new wording, edits stop here. In a private chat the writer hears once how to go on;
in a group edits pass silently (partners fix typos in their chatter all day).
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, MessageHandler, filters

from bot.handlers import safety
from bot.handlers.common import Context, is_private, reply
from bot.i18n import _

log = logging.getLogger(__name__)

EDITS = -40  # after the safety net (-50), before every feature (0)


async def edited(update: Update, context: Context) -> None:
    """An edit: never input for a flow; in private, a short pointer."""
    if is_private(update) and safety.flagged() is None:
        await reply(
            update,
            context,
            _(
                "I saw that you changed a message. I cannot take changes along, so nothing "
                "changed on my side. Send the new version as a new message."
            ),
        )
    log.info(
        "edit ignored chat_type=%s", update.effective_chat.type if update.effective_chat else ""
    )
    raise ApplicationHandlerStop


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Stop edited messages after the safety net."""
    app.add_handler(MessageHandler(filters.UpdateType.EDITED, edited), group=EDITS)

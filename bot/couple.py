"""The couple channel: how a message reaches "the couple".

If the couple linked a shared group, the message goes there; otherwise (or if
the bot can no longer post there) each partner gets it in their private chat.
"""

from __future__ import annotations

import logging

from telegram import InlineKeyboardMarkup, Message

from bot.sending import Delivery
from bot.services import Services
from bot.storage import couples
from bot.storage.couples import Couple

log = logging.getLogger(__name__)


async def send_to_couple(
    svc: Services, couple: Couple, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> list[Message]:
    """Send ``text`` to the couple's shared chat, or to both partners privately."""
    if couple.group_chat_id is not None:
        outcome = await svc.sender.deliver(couple.group_chat_id, text, reply_markup)
        if outcome.message is not None:
            return [outcome.message]
        if outcome.status is Delivery.BLOCKED:
            log.info("couple group unreachable couple=%s; falling back to private", couple.id)
            await couples.set_group(svc.db, couple.id, None)
    sent: list[Message] = []
    for partner in couple.partners:
        message = await svc.sender.send(partner, text, reply_markup)
        if message is not None:
            sent.append(message)
    return sent


async def send_to_partners(
    svc: Services, couple: Couple, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> list[Message]:
    """Send ``text`` to each partner's private chat."""
    sent: list[Message] = []
    for partner in couple.partners:
        message = await svc.sender.send(partner, text, reply_markup)
        if message is not None:
            sent.append(message)
    return sent

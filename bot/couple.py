"""The couple channel: how a message reaches "the couple".

If the couple linked a shared group, the message goes there; otherwise (or if
the bot can no longer post there) each partner gets it in their private chat.
A group is the couple's channel only while the bot and both partners are in it:
when one of them leaves, ``drop_group`` unlinks it, tells both partners
privately, and lets features hand over what is still waiting in the group (the
buttons of a pause waiting for "ready", an open check-in or the weekly question
the couple is on), so nothing is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardMarkup, Message

from bot.i18n import _
from bot.sending import Delivery
from bot.services import Services
from bot.storage import couples
from bot.storage.couples import Couple

log = logging.getLogger(__name__)

# Features with something in flight in the shared group (buttons waiting for a
# partner) hand it over privately when the couple falls back to private chats.
GroupDroppedHook = Callable[[Services, Couple], Awaitable[None]]
_GROUP_DROPPED: dict[str, GroupDroppedHook] = {}


def on_group_dropped(name: str, hook: GroupDroppedHook) -> None:
    """Call ``hook(services, couple)`` after the couple's group stopped being their channel."""
    _GROUP_DROPPED[name] = hook


async def send_to_couple(
    svc: Services, couple: Couple, text: str, reply_markup: InlineKeyboardMarkup | None = None
) -> list[Message]:
    """Send ``text`` to the couple's shared chat, or to both partners privately."""
    if couple.group_chat_id is not None:
        outcome = await svc.sender.deliver(couple.group_chat_id, text, reply_markup)
        if outcome.message is not None:
            return [outcome.message]
        if outcome.status is Delivery.BLOCKED:
            await group_unreachable(svc, couple, couple.group_chat_id)
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


async def drop_group(
    svc: Services, couple: Couple, chat_id: int, notice: Callable[[int], str]
) -> Couple | None:
    """Stop using ``chat_id`` for the couple: tell each partner ``notice(partner)`` privately.

    Returns the updated couple, or ``None`` if the group was no longer theirs (an
    earlier update already dropped it), in which case nobody is told twice.
    """
    if not await couples.unlink_group(svc.db, couple.id, chat_id):
        return None
    refreshed = await couples.get(svc.db, couple.id)
    if refreshed is None:
        return None
    log.info("couple back to private chats couple=%s", couple.id)
    for partner in refreshed.partners:
        await svc.sender.send(partner, notice(partner))
    for name, hook in _GROUP_DROPPED.items():
        try:
            await hook(svc, refreshed)
        except Exception as exc:  # one feature's hand-over must not stop the others
            log.warning(
                "group dropped hook failed hook=%s couple=%s error=%s",
                name,
                couple.id,
                type(exc).__name__,
            )
    return refreshed


def bot_left_notice() -> str:
    """To each partner privately: the bot is no longer in their shared group."""
    return _(
        "I am no longer in your shared group. From now on I send what is meant for both of "
        "you to each of you privately. Want a group again? Open the menu with /menu."
    )


async def group_unreachable(svc: Services, couple: Couple, chat_id: int) -> None:
    """Telegram refused a post to the group for good (the bot was removed while it was down).

    The group is unlinked and both partners are told privately, once. Feature
    hand-overs are not run here: the caller is in the middle of sending and
    delivers its own message privately next.
    """
    if not await couples.unlink_group(svc.db, couple.id, chat_id):
        return
    log.info("couple group unreachable couple=%s; back to private chats", couple.id)
    for partner in couple.partners:
        await svc.sender.send(partner, bot_left_notice())

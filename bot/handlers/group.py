"""The couple's shared group: who is in it, migrations, and the bot leaving.

Anyone other than the two partners who writes in or joins a linked group gets
the couple one warning (per person) that the group is not private. A group that
becomes a supergroup keeps its link; if the bot is removed, the couple falls
back to private chats. Ordinary group chatter is never answered.
"""

from __future__ import annotations

import logging

from telegram import ChatMember, ChatMemberUpdated, Update, User
from telegram.error import TelegramError
from telegram.ext import Application, ChatMemberHandler, MessageHandler, filters

from bot.couple import send_to_partners
from bot.handlers.common import Context
from bot.i18n import _
from bot.services import Services, services
from bot.storage import couples
from bot.storage.couples import Couple

log = logging.getLogger(__name__)

# Runs beside the feature handlers (its own group), so it never swallows a message.
GROUP_WATCH = 10
_GONE = (ChatMember.LEFT, ChatMember.BANNED)


async def warn_outsider(svc: Services, couple: Couple, chat_id: int, person: User) -> None:
    """Warn once per outsider that the shared chat is not private."""
    if person.is_bot or couple.has(person.id):
        return
    if await couples.note_outsider(svc.db, couple.id, person.id, svc.clock.now()):
        log.info("outsider in shared chat couple=%s", couple.id)
        await svc.sender.send(chat_id, outsider_warning())


def outsider_warning() -> str:
    """The warning that someone else is in the shared chat."""
    return _(
        "Heads up: someone other than the two of you is in this group, so it is not private. "
        "Whatever you write here, they can read. Your private answers to me stay private."
    )


async def warn_if_not_private(svc: Services, couple: Couple, chat_id: int) -> None:
    """At linking time: warn if anyone besides the two partners (and the bot) is in the group."""
    bot = svc.sender.bot
    try:
        count = await bot.get_chat_member_count(chat_id)
        present = 0
        for partner in couple.partners:
            member = await bot.get_chat_member(chat_id, partner)
            present += member.status not in _GONE
    except TelegramError:  # a failed look-up must not break linking
        log.info("member count unavailable chat=%s", chat_id)
        return
    if count - 1 > present:
        await svc.sender.send(chat_id, outsider_warning())


async def watch_message(update: Update, context: Context) -> None:
    """Any message in a linked group: check the sender and any new members."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    svc = services(context)
    if message.migrate_to_chat_id:
        moved = await couples.migrate_group(svc.db, chat.id, message.migrate_to_chat_id)
        if moved is not None:
            log.info("shared chat migrated couple=%s", moved)
        return
    couple = await couples.for_group(svc.db, chat.id)
    if couple is None:
        return
    people = list(message.new_chat_members or [])
    if message.from_user is not None and not message.new_chat_members:
        people.append(message.from_user)
    for person in people:
        await warn_outsider(svc, couple, chat.id, person)


async def member_changed(update: Update, context: Context) -> None:
    """``chat_member``: someone joined a linked group."""
    change: ChatMemberUpdated | None = update.chat_member
    if change is None:
        return
    if change.new_chat_member.status in _GONE:
        return
    svc = services(context)
    couple = await couples.for_group(svc.db, change.chat.id)
    if couple is not None:
        await warn_outsider(svc, couple, change.chat.id, change.new_chat_member.user)


async def bot_membership_changed(update: Update, context: Context) -> None:
    """``my_chat_member``: the bot was removed from (or re-added to) a group."""
    change = update.my_chat_member
    if change is None:
        return
    svc = services(context)
    if change.new_chat_member.status not in _GONE:
        return
    couple = await couples.for_group(svc.db, change.chat.id)
    if couple is None:
        return
    await couples.set_group(svc.db, couple.id, None)
    log.info("removed from shared chat couple=%s", couple.id)
    refreshed = await couples.get(svc.db, couple.id)
    if refreshed is not None:
        await send_to_partners(
            svc,
            refreshed,
            _(
                "I am no longer in your shared group. From now on I send what is meant for both of "
                "you to each of you privately. Want a group again? Open the menu with /menu."
            ),
        )


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the group watchers (in their own handler group)."""
    app.add_handler(MessageHandler(filters.ChatType.GROUPS, watch_message), group=GROUP_WATCH)
    app.add_handler(
        ChatMemberHandler(member_changed, ChatMemberHandler.CHAT_MEMBER), group=GROUP_WATCH
    )
    app.add_handler(
        ChatMemberHandler(bot_membership_changed, ChatMemberHandler.MY_CHAT_MEMBER),
        group=GROUP_WATCH,
    )

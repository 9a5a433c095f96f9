"""The couple's shared group: who is in it, migrations, and the bot leaving.

A group is the couple's channel only while both partners (and the bot) are in
it. Linking a group that one partner is not in is held: the couple hears why,
keeps getting everything privately, and the link completes by itself when that
partner joins. A partner who leaves (or is removed) makes the couple fall back
to private chats, the same way as the bot being removed; both are told, and a
pause waiting for "ready" gets its buttons privately.

Anyone other than the two partners who writes in or joins a linked group gets
the couple one warning (per person) that the group is not private. A group that
becomes a supergroup keeps its link. Ordinary group chatter is never answered.
"""

from __future__ import annotations

import logging
from html import escape

from telegram import ChatMember, ChatMemberRestricted, ChatMemberUpdated, Update, User
from telegram.error import BadRequest, TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import pairing, pause_texts
from bot.couple import bot_left_notice, drop_group, on_group_dropped, send_to_partners
from bot.handlers import pairing as pairing_handlers
from bot.handlers.common import Context
from bot.i18n import _
from bot.services import Services, services
from bot.storage import couples, pauses, users
from bot.storage.couples import Couple

log = logging.getLogger(__name__)

# Runs beside the feature handlers (its own group), so it never swallows a message.
GROUP_WATCH = 10
# Before the features: ``/start <code>`` in a group a partner is not in is held here.
LINK_GUARD = -20
_GONE = (ChatMember.LEFT, ChatMember.BANNED)
_IN = (ChatMember.OWNER, ChatMember.ADMINISTRATOR, ChatMember.MEMBER)


# --- who is in the group -----------------------------------------------------------------


def is_in_group(member: ChatMember) -> bool:
    """Whether a ChatMember is (still) in the chat."""
    if isinstance(member, ChatMemberRestricted):
        return member.is_member
    return member.status in _IN


async def partner_in_group(svc: Services, chat_id: int, user_id: int) -> bool | None:
    """Whether ``user_id`` is in the group; ``None`` when Telegram could not say."""
    try:
        member = await svc.sender.bot.get_chat_member(chat_id, user_id)
    except BadRequest:  # e.g. "user not found": the bot cannot see them in this chat
        return False
    except TelegramError as exc:  # network trouble and the like: do not guess
        log.info("member look-up failed chat=%s error=%s", chat_id, type(exc).__name__)
        return None
    return is_in_group(member)


async def missing_partners(svc: Services, couple: Couple, chat_id: int) -> list[int]:
    """The partners who are certainly not in the group (a failed look-up counts as present)."""
    return [
        partner
        for partner in couple.partners
        if await partner_in_group(svc, chat_id, partner) is False
    ]


async def _first_name(svc: Services, user_id: int) -> str:
    user = await users.get(svc.db, user_id)
    return escape(user.first_name) if user is not None else ""


# --- outsiders -------------------------------------------------------------------------------


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
    """At linking time: hold the group if a partner is missing; warn if anyone else is in it."""
    missing = await missing_partners(svc, couple, chat_id)
    if missing:
        # Only reached if the link guard did not run (it normally holds the link first).
        if await couples.unlink_group(svc.db, couple.id, chat_id):
            await hold_group(svc, couple, chat_id, missing)
        return
    try:
        count = await svc.sender.bot.get_chat_member_count(chat_id)
    except TelegramError:  # a failed look-up must not break linking
        log.info("member count unavailable chat=%s", chat_id)
        return
    if count - 1 > len(couple.partners):
        await svc.sender.send(chat_id, outsider_warning())


# --- linking while a partner is missing ------------------------------------------------------


async def hold_group(svc: Services, couple: Couple, chat_id: int, missing: list[int]) -> None:
    """Keep the group waiting for ``missing``; tell the group and both partners privately."""
    await pairing.hold_group(svc.db, couple.id, chat_id, svc.clock.now())
    log.info("group held couple=%s chat=%s missing=%s", couple.id, chat_id, len(missing))
    if len(missing) == 1:
        name = await _first_name(svc, missing[0])
        group_text = _(
            "{name} is not in this group yet. I only use a group for the two of you when you are "
            "both in it. Add {name} here and I link the group by myself. Until then I send what "
            "is meant for both of you to each of you privately."
        ).format(name=name)
    else:
        group_text = _(
            "You are not both in this group yet. I only use a group for the two of you when you "
            "are both in it; as soon as you are, I link it by myself. Until then I send what is "
            "meant for both of you to each of you privately."
        )
    await svc.sender.send(chat_id, group_text)
    for partner in couple.partners:
        other = await _first_name(svc, couple.other(partner))
        if partner in missing:
            text = _(
                "{name} wants to use a group with you in Samen, but you are not in it yet. Ask "
                "{name} to add you; then I link the group by myself. Until then I write to you "
                "here."
            ).format(name=other)
        else:
            text = _(
                "I have not linked the group yet: {name} is not in it. Add {name} to the group "
                "and I link it by myself. Until then you both get everything here, privately."
            ).format(name=other)
        await svc.sender.send(partner, text)


async def guard_link(update: Update, context: Context) -> None:
    """``/start <code>`` in a group: hold the link (and stop) while a partner is not in it."""
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None or not context.args:
        return
    svc = services(context)
    couple = await pairing.couple_for_group_code(svc.db, context.args[0], user.id, svc.clock.now())
    if couple is None or couple.group_chat_id == chat.id:
        return  # the linking handler gives the usual answer
    missing = await missing_partners(svc, couple, chat.id)
    if not missing:
        return
    await hold_group(svc, couple, chat.id, missing)
    raise ApplicationHandlerStop


# --- partners leaving and joining ------------------------------------------------------------


async def partner_left(svc: Services, chat_id: int, person: User) -> None:
    """A partner left (or was removed from) the linked group: back to private chats."""
    if person.is_bot:
        return  # the bot's own removal is ``bot_membership_changed``
    couple = await couples.for_group(svc.db, chat_id)
    if couple is None or not couple.has(person.id):
        return
    name = await _first_name(svc, person.id)

    def notice(partner: int) -> str:
        if partner == person.id:
            return _(
                "You are no longer in your shared group, so what is meant for both of you now "
                "comes to each of you privately again. Back in the group? Then I use it again."
            )
        return _(
            "{name} is no longer in your shared group, so what is meant for both of you now "
            "comes to each of you privately again. Once {name} is back in the group, I use it "
            "again."
        ).format(name=name)

    if await drop_group(svc, couple, chat_id, notice) is not None:
        log.info("partner left shared chat couple=%s", couple.id)
        await pairing.hold_group(svc.db, couple.id, chat_id, svc.clock.now())


async def partner_joined(svc: Services, chat_id: int, person: User) -> None:
    """Someone joined a held group: link it once both partners are in."""
    if person.is_bot or await couples.for_group(svc.db, chat_id) is not None:
        return
    couple = await pairing.held_couple(svc.db, chat_id, svc.clock.now())
    if couple is None or not couple.has(person.id):
        return
    if await partner_in_group(svc, chat_id, couple.other(person.id)) is not True:
        return  # still waiting for the other one
    resumed = await pairing.resume_group(svc.db, chat_id, svc.clock.now())
    if resumed is None:
        return
    log.info("held group linked couple=%s chat=%s", resumed.id, chat_id)
    await svc.sender.send(
        chat_id,
        _(
            "You are both here now, so this group is your shared chat. I open check-ins here and "
            "announce pauses. What you answer privately stays private."
        ),
    )
    await warn_if_not_private(svc, resumed, chat_id)
    await pairing_handlers.group_linked(svc, resumed, chat_id)
    await send_to_partners(
        svc,
        resumed,
        _("You are both in the group now, so what is meant for both of you goes there."),
    )


async def hand_over_pause(svc: Services, couple: Couple) -> None:
    """A pause waiting for "ready" in the group: post its buttons privately to both."""
    from bot.handlers.pause import reminder_markup  # the pause feature owns its buttons

    pause_id = await pauses.waiting_for_ready(svc.db, couple.id)
    pause = await pauses.get(svc.db, pause_id) if pause_id is not None else None
    if pause is None or not pause.waiting:
        return
    log.info("pause handed over privately couple=%s pause=%s", couple.id, pause.id)
    await send_to_partners(svc, couple, pause_texts.pause_end_reminder(), reminder_markup(pause))


# --- the update handlers ---------------------------------------------------------------------


async def watch_message(update: Update, context: Context) -> None:
    """Any message in a group: migrations, partners leaving or joining, outsiders."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None:
        return
    svc = services(context)
    if message.migrate_to_chat_id:
        moved = await couples.migrate_group(svc.db, chat.id, message.migrate_to_chat_id)
        await pairing.move_hold(svc.db, chat.id, message.migrate_to_chat_id)
        if moved is not None:
            log.info("shared chat migrated couple=%s", moved)
        return
    if message.left_chat_member is not None:
        await partner_left(svc, chat.id, message.left_chat_member)
    for person in message.new_chat_members or ():
        await partner_joined(svc, chat.id, person)
    couple = await couples.for_group(svc.db, chat.id)
    if couple is None:
        return
    people = list(message.new_chat_members or [])
    leaver = message.left_chat_member
    sender = message.from_user
    if sender is not None and not people and (leaver is None or leaver.id != sender.id):
        people.append(sender)
    for person in people:
        await warn_outsider(svc, couple, chat.id, person)


async def member_changed(update: Update, context: Context) -> None:
    """``chat_member``: someone joined or left a group (only for an admin bot)."""
    change: ChatMemberUpdated | None = update.chat_member
    if change is None:
        return
    svc = services(context)
    person = change.new_chat_member.user
    if not is_in_group(change.new_chat_member):
        await partner_left(svc, change.chat.id, person)
        return
    if not is_in_group(change.old_chat_member):
        await partner_joined(svc, change.chat.id, person)
    couple = await couples.for_group(svc.db, change.chat.id)
    if couple is not None:
        await warn_outsider(svc, couple, change.chat.id, person)


async def bot_membership_changed(update: Update, context: Context) -> None:
    """``my_chat_member``: the bot was removed from (or re-added to) a group."""
    change = update.my_chat_member
    if change is None:
        return
    svc = services(context)
    if change.new_chat_member.status not in _GONE:
        return
    await pairing.release_group(svc.db, change.chat.id)
    couple = await couples.for_group(svc.db, change.chat.id)
    if couple is None:
        return
    dropped = await drop_group(
        svc,
        couple,
        change.chat.id,
        lambda _partner: bot_left_notice(),
    )
    if dropped is not None:
        log.info("removed from shared chat couple=%s", couple.id)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the link guard and the group watchers (each in their own handler group)."""
    app.add_handler(CommandHandler("start", guard_link, filters.ChatType.GROUPS), group=LINK_GUARD)
    app.add_handler(MessageHandler(filters.ChatType.GROUPS, watch_message), group=GROUP_WATCH)
    app.add_handler(
        ChatMemberHandler(member_changed, ChatMemberHandler.CHAT_MEMBER), group=GROUP_WATCH
    )
    app.add_handler(
        ChatMemberHandler(bot_membership_changed, ChatMemberHandler.MY_CHAT_MEMBER),
        group=GROUP_WATCH,
    )
    on_group_dropped("pause", hand_over_pause)

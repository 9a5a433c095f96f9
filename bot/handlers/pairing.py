"""Pairing two partners and linking their shared group.

Partner A taps "Koppel met je partner" and gets a one-time deep link. Partner B
opens it, sees who invited them and agrees with one button, which is also their
consent. Then either partner can add the bot to a group through a
``?startgroup=`` link; the group is linked only when ``/start <code>`` arrives
there from one of the two partners.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from html import escape
from urllib.parse import quote

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot import pairing, texts
from bot.callbacks import keyboard, pack, pattern, unpack
from bot.handlers import start as start_handlers
from bot.handlers.common import Context, record_consent, reply
from bot.i18n import _
from bot.menu import MenuItem, add
from bot.pairing import InviteStatus
from bot.services import Services, services
from bot.storage import couples, users
from bot.storage.couples import Couple

log = logging.getLogger(__name__)

JOIN = "pj"
PAIR = "pr"

# Features that want to say something when a shared group gets linked
# (for example whether the safe word works there).
GroupLinkedHook = Callable[[Services, Couple, int], Awaitable[None]]
_GROUP_LINKED: dict[str, GroupLinkedHook] = {}


def on_group_linked(name: str, hook: GroupLinkedHook) -> None:
    """Call ``hook(services, couple, chat_id)`` after a group is linked."""
    _GROUP_LINKED[name] = hook


async def group_linked(svc: Services, couple: Couple, chat_id: int) -> None:
    """Let every feature say what it needs to after a group got linked."""
    for hook in _GROUP_LINKED.values():
        await hook(svc, couple, chat_id)


def refusal(status: InviteStatus, inviter: str = "") -> str:
    """The Dutch answer for an invite that cannot be used."""
    messages = {
        InviteStatus.MALFORMED: _("This link does not look right. Ask your partner for a new one."),
        InviteStatus.UNKNOWN: _("I do not know this link. Ask your partner to make a new one."),
        InviteStatus.WRONG_KIND: _(
            "This link is not meant for this. Ask your partner for a new one."
        ),
        InviteStatus.EXPIRED: _(
            "This invitation has expired (links work for 48 hours). Ask your partner for a new one."
        ),
        InviteStatus.USED: _("This invitation has already been used. Each link works only once."),
        InviteStatus.OWN: _(
            "This is your own invitation. Send it to your partner: they open it, not you."
        ),
        InviteStatus.SELF_PAIRED: _(
            "You are already paired. To pair with someone else, first unpair with /ontkoppel."
        ),
        InviteStatus.INVITER_PAIRED: _("{name} is already paired with someone else.").format(
            name=escape(inviter) or _("The person who invited you")
        ),
        InviteStatus.NOT_PARTNER: _("Only the two partners can link this group."),
    }
    return messages.get(status, _("This link does not work."))


def share_markup(link: str) -> InlineKeyboardMarkup:
    """A button that opens Telegram's share sheet with the invite link."""
    note = _("Pair with me in Samen")
    share = f"https://t.me/share/url?url={quote(link, safe='')}&text={quote(note)}"
    return InlineKeyboardMarkup([[InlineKeyboardButton(_("Send to my partner"), url=share)]])


def group_markup(svc: Services, payload: str) -> InlineKeyboardMarkup:
    """The button that adds the bot to a group with the link code."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(_("Add Samen to our group"), url=svc.group_link(payload))]]
    )


async def pair_menu(update: Update, context: Context) -> None:
    """Menu "pair": make an invite, or show the pairing and the group option."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None:
        return
    svc = services(context)
    await svc.sender.answer(query)
    if await users.get(svc.db, user.id) is None:
        await svc.sender.send(user.id, _("We have not met yet. Tap /start to begin."))
        return
    couple = await couples.for_user(svc.db, user.id)
    if couple is not None:
        await offer_group(svc, couple, user.id)
        return
    payload = await pairing.create_partner_invite(svc.db, user.id, svc.clock.now())
    link = svc.deep_link(payload)
    await svc.sender.send(user.id, texts.invite(link), share_markup(link))
    log.info("invite created user=%s", user.id)


async def offer_group(svc: Services, couple: Couple, user_id: int) -> None:
    """Tell a partner about the shared chat, with a fresh link if none is linked."""
    if couple.group_chat_id is not None:
        await svc.sender.send(
            user_id,
            _("Your shared chat is linked. Everything meant for both of you goes there."),
        )
        return
    payload = await pairing.create_group_invite(svc.db, couple.id, user_id, svc.clock.now())
    await svc.sender.send(user_id, texts.group_offer(), group_markup(svc, payload))


async def open_invite(update: Update, context: Context, payload: str) -> None:
    """``/start p…``: show partner B who invites them, with one button to agree."""
    user = update.effective_user
    if user is None:
        return
    svc = services(context)
    check = await pairing.check_partner_invite(svc.db, payload, user.id, svc.clock.now())
    if check.status is not InviteStatus.OK or check.invite is None:
        name = await pairing.inviter_name(svc.db, check.invite) if check.invite else ""
        await reply(update, context, refusal(check.status, name))
        return
    name = await pairing.inviter_name(svc.db, check.invite)
    parts = [_("<b>{name} invites you to use Samen together.</b>").format(name=escape(name))]
    if await users.get(svc.db, user.id) is None:
        parts += [texts.privacy_notice(), texts.coaching_not_therapy()]
    parts.append(_("Do you want to pair with {name}?").format(name=escape(name)))
    await reply(
        update,
        context,
        "\n\n".join(parts),
        keyboard(
            [
                [(_("Yes, pair us"), pack(JOIN, payload))],
                [(_("No, thanks"), pack(JOIN, "no"))],
            ]
        ),
    )


async def join_pressed(update: Update, context: Context) -> None:
    """Partner B agreed (or declined): pair them and tell both."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None or query.message is None:
        return
    svc = services(context)
    parts = unpack(query.data)
    payload = parts[1] if len(parts) > 1 else ""
    chat_id, message_id = query.message.chat.id, query.message.message_id
    if payload == "no":
        await svc.sender.answer(query)
        await svc.sender.edit(chat_id, message_id, _("Okay, I have not paired you."))
        return
    now = svc.clock.now()
    check = await pairing.check_partner_invite(svc.db, payload, user.id, now)
    if check.status is not InviteStatus.OK:
        name = await pairing.inviter_name(svc.db, check.invite) if check.invite else ""
        await svc.sender.answer(query)
        await svc.sender.edit(chat_id, message_id, refusal(check.status, name))
        return
    # Pressing "yes" under the privacy notice is the consent.
    await record_consent(svc, user, now)
    check, couple = await pairing.accept_partner_invite(
        svc.db, payload, user.id, svc.settings.timezone, now
    )
    if couple is None:
        name = await pairing.inviter_name(svc.db, check.invite) if check.invite else ""
        await svc.sender.answer(query)
        await svc.sender.edit(chat_id, message_id, refusal(check.status, name))
        return
    await svc.sender.answer(query, _("You are paired!"))
    inviter_id = couple.other(user.id)
    inviter = await users.get(svc.db, inviter_id)
    inviter_name = inviter.first_name if inviter else ""
    await svc.sender.edit(
        chat_id,
        message_id,
        _("You and {name} are now paired in Samen.").format(name=escape(inviter_name)),
    )
    await svc.sender.send(
        inviter_id,
        _("{name} accepted your invitation. You are now paired in Samen.").format(
            name=escape(user.first_name)
        ),
    )
    log.info("couple paired couple=%s", couple.id)
    for partner in couple.partners:
        await offer_group(svc, couple, partner)


async def group_start(update: Update, context: Context) -> None:
    """``/start <code>`` in a group: link it if a partner brought a valid code."""
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None:
        return
    svc = services(context)
    if not context.args:
        couple = await couples.for_group(svc.db, chat.id)
        if couple is None:
            await reply(
                update,
                context,
                _(
                    "Hi! This group is not linked to a couple. Link it with the button I send you "
                    "privately after pairing."
                ),
            )
        else:
            await reply(update, context, _("I am here. Send /hulp to see what I can do."))
        return
    status, couple = await pairing.link_group(
        svc.db, context.args[0], chat.id, user.id, svc.clock.now()
    )
    if status is not InviteStatus.OK or couple is None:
        await reply(update, context, refusal(status))
        return
    log.info("group linked couple=%s chat=%s", couple.id, chat.id)
    names = [await users.get(svc.db, partner) for partner in couple.partners]
    await reply(
        update,
        context,
        _(
            "This group is now the shared chat of {a} and {b}. I open check-ins here and announce "
            "pauses. What you answer privately stays private."
        ).format(
            a=escape(names[0].first_name if names[0] else ""),
            b=escape(names[1].first_name if names[1] else ""),
        ),
    )
    from bot.handlers.group import warn_if_not_private

    await warn_if_not_private(svc, couple, chat.id)
    await group_linked(svc, couple, chat.id)
    for partner in couple.partners:
        await svc.sender.send(partner, _("Your shared chat is linked."))


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the pairing handlers."""
    start_handlers.register_payload(pairing.PREFIX[pairing.PARTNER], open_invite)
    start_handlers.register_payload(
        pairing.PREFIX[pairing.GROUP],
        lambda update, context, payload: reply(
            update, context, _("This link is for adding me to a group, not for a private chat.")
        ),
    )
    app.add_handler(CommandHandler("start", group_start, filters.ChatType.GROUPS))
    app.add_handler(CallbackQueryHandler(join_pressed, pattern=pattern(JOIN)))
    app.add_handler(CallbackQueryHandler(pair_menu, pattern=pattern(PAIR)))
    add(MenuItem(10, lambda: _("Pair with my partner"), pack(PAIR, "new"), when_paired=False))
    add(MenuItem(10, lambda: _("Our shared chat"), pack(PAIR, "group"), when_paired=True))

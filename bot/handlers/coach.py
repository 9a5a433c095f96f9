"""Coaches and their clients: the coach link, the client invite, /coach, /klanten, "Gedaan".

- ``/start c<code>`` (a one-time link from ``python -m bot coach-link``): the person
  sees what coaching in Samen means and becomes a coach with one button.
  COACH_IDS coaches need no link. Coaches get their own command menu (chat scope).
- ``/start k<code>`` (the coach's invite): the client sees the coach's name and what
  the coach will and will not see, and consents with a button — choosing whether
  the coach may count their "Gedaan". ``/coach`` shows it again and lets them stop.
- ``/klanten``: the coach's clients and broadcast history, with counts only.
"""

from __future__ import annotations

import logging
import weakref
from datetime import datetime
from urllib.parse import quote

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot import broadcast, coach, coach_texts, scheduling, texts
from bot.callbacks import int_part, keyboard, pack, pattern, unpack
from bot.coach import CLIENT_PREFIX, COACH_PREFIX, InviteStatus, LinkStatus
from bot.handlers import start as start_handlers
from bot.handlers.common import Context, private_only, record_consent, reply
from bot.i18n import _
from bot.services import Services, services
from bot.storage import broadcasts, coaches, users
from bot.storage.coaches import Coach
from bot.storage.db import Database

log = logging.getLogger(__name__)

COACH = "co"
CLIENT = broadcast.CLIENT
CLIENTS_PER_PAGE = 15
HISTORY_SIZE = 8
_menus_published: weakref.WeakSet[Database] = weakref.WeakSet()


# --- who is a coach ----------------------------------------------------------------------


async def coach_of_user(svc: Services, user_id: int, now: datetime) -> Coach | None:
    """The coach row if ``user_id`` is a consented coach now (a COACH_IDS row is made here)."""
    row = await coaches.get_coach(svc.db, user_id)
    if not coach.is_coach(user_id, row.source if row else None, svc.settings.coach_ids):
        return None
    if await users.get(svc.db, user_id) is None:
        return None
    if row is None:
        row = await coaches.ensure_config_coach(svc.db, user_id, now)
        await publish_coach_menu(svc, user_id)
    return row


async def require_coach(update: Update, context: Context) -> Coach | None:
    """The coach behind a command, or None after telling a non-coach why not."""
    user = update.effective_user
    if user is None or not await private_only(update, context):
        return None
    svc = services(context)
    found = await coach_of_user(svc, user.id, svc.clock.now())
    if found is not None:
        return found
    row = await coaches.get_coach(svc.db, user.id)
    if coach.is_coach(user.id, row.source if row else None, svc.settings.coach_ids):
        await reply(update, context, _("We have not met yet. Tap /start to begin."))
    else:
        await reply(update, context, coach_texts.coaches_only())
    return None


async def publish_coach_menu(svc: Services, chat_id: int) -> None:
    """Give a coach's private chat the coach command menu (never raises)."""
    from bot.handlers import command_list

    commands = [*command_list(private=True), *coach_texts.coach_commands()]
    try:
        await svc.sender.bot.set_my_commands(
            [BotCommand(name, description) for name, description in commands],
            scope=BotCommandScopeChat(chat_id),
        )
    except TelegramError as exc:  # e.g. a COACH_IDS coach who never opened the bot
        log.info("coach menu not set chat=%s error=%s", chat_id, type(exc).__name__)


async def publish_menus_once(svc: Services, now: datetime) -> None:
    """Due-task: at start-up, refresh the command menu of every coach."""
    if svc.db in _menus_published:
        return
    _menus_published.add(svc.db)
    for coach_id in sorted(set(svc.settings.coach_ids) | set(await coaches.link_coach_ids(svc.db))):
        await publish_coach_menu(svc, coach_id)


async def name_of(svc: Services, user_id: int) -> str:
    """A user's first name ("" if unknown)."""
    user = await users.get(svc.db, user_id)
    return user.first_name if user else ""


# --- becoming a coach --------------------------------------------------------------------


async def open_coach_link(update: Update, context: Context, payload: str) -> None:
    """``/start c…``: explain coaching and offer the button."""
    user = update.effective_user
    if user is None:
        return
    svc = services(context)
    code = coach.parse_payload(payload, COACH_PREFIX)
    status = await link_status(svc, code, user.id)
    if status is not LinkStatus.OK or code is None:
        await reply(update, context, coach_texts.link_refusal(status))
        return
    parts = [coach_texts.coach_offer()]
    if await users.get(svc.db, user.id) is None:
        parts += [texts.privacy_notice(), texts.coaching_not_therapy()]
    parts.append(coach_texts.become_coach_question())
    await reply(
        update,
        context,
        "\n\n".join(parts),
        keyboard(
            [
                [(_("Yes, make me a coach"), pack(COACH, "j", code))],
                [(_("No, thanks"), pack(COACH, "n"))],
            ]
        ),
    )


async def link_status(svc: Services, code: str | None, user_id: int) -> LinkStatus:
    """Whether this person can use the coach link now."""
    if code is None:
        return LinkStatus.MALFORMED
    if await coach_of_user(svc, user_id, svc.clock.now()) is not None:
        return LinkStatus.ALREADY_COACH
    return await coaches.coach_link_status(svc.db, code, svc.clock.now())


async def become_coach(svc: Services, query: CallbackQuery, user_id: int, code: str) -> None:
    """The "make me a coach" button: consent, use the link once, set the menu, welcome."""
    assert query.message is not None and query.from_user is not None
    chat_id, message_id = query.message.chat.id, query.message.message_id
    status = await link_status(svc, code if coach.is_code(code) else None, user_id)
    now = svc.clock.now()
    if status is LinkStatus.OK:
        who = query.from_user
        await record_consent(svc, who, now)
        if not await coaches.redeem_coach_link(svc.db, code, user_id, now):
            status = await coaches.coach_link_status(svc.db, code, now)
    if status is not LinkStatus.OK:
        await svc.sender.answer(query)
        await svc.sender.edit(chat_id, message_id, coach_texts.link_refusal(status))
        return
    log.info("coach created user=%s", user_id)
    await svc.sender.answer(query, _("You are a coach now."))
    await svc.sender.edit(chat_id, message_id, _("You are now a coach in Samen."))
    await publish_coach_menu(svc, user_id)
    row = await coaches.get_coach(svc.db, user_id)
    assert row is not None
    link = svc.deep_link(CLIENT_PREFIX + row.invite_code)
    await svc.sender.send(user_id, coach_texts.coach_welcome(link), invite_markup(link))


def invite_markup(link: str) -> InlineKeyboardMarkup:
    """Share the invite link, or replace it."""
    note = coach_texts.invite_share_note()
    share = f"https://t.me/share/url?url={quote(link, safe='')}&text={quote(note)}"
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(_("Send to a client"), url=share)],
            [InlineKeyboardButton(_("Make a new link"), callback_data=pack(COACH, "r"))],
        ]
    )


# --- becoming a client -------------------------------------------------------------------


async def invite_status(svc: Services, found: Coach | None, user_id: int) -> InviteStatus:
    """Whether ``user_id`` can join the coach of this invite now."""
    if found is None or not coach.is_coach(found.user_id, found.source, svc.settings.coach_ids):
        return InviteStatus.UNKNOWN
    if found.user_id == user_id:
        return InviteStatus.OWN
    link = await coaches.link_of(svc.db, user_id)
    if link is not None:
        if link.coach_id == found.user_id:
            return InviteStatus.ALREADY_CLIENT
        return InviteStatus.OTHER_COACH
    return InviteStatus.OK


async def open_client_invite(update: Update, context: Context, payload: str) -> None:
    """``/start k…``: the coach's name, what they see and never see, and the consent buttons."""
    user = update.effective_user
    if user is None:
        return
    svc = services(context)
    code = coach.parse_payload(payload, CLIENT_PREFIX)
    if code is None:
        await reply(update, context, coach_texts.invite_refusal(InviteStatus.MALFORMED))
        return
    found = await coaches.coach_by_invite(svc.db, code)
    status = await invite_status(svc, found, user.id)
    coach_name = await name_of(svc, found.user_id) if found else ""
    if status is not InviteStatus.OK:
        await reply(update, context, coach_texts.invite_refusal(status, coach_name))
        return
    parts = [coach_texts.client_offer(coach_name)]
    if await users.get(svc.db, user.id) is None:
        parts += [texts.privacy_notice(), texts.coaching_not_therapy()]
    parts.append(coach_texts.client_question(coach_name))
    await reply(
        update,
        context,
        "\n\n".join(parts),
        keyboard(
            [
                [
                    (
                        _("Yes, and {coach} may see what I did").format(coach=coach_name),
                        pack(CLIENT, "a", code, 1),
                    )
                ],
                [(_("Yes, without sharing that"), pack(CLIENT, "a", code, 0))],
                [(_("No, rather not"), pack(CLIENT, "x"))],
            ]
        ),
    )


async def join_coach(svc: Services, query: CallbackQuery, parts: list[str]) -> None:
    """A consent button of the client invite."""
    assert query.message is not None
    who = query.from_user
    chat_id, message_id = query.message.chat.id, query.message.message_id
    code = parts[2] if len(parts) > 3 and coach.is_code(parts[2]) else ""
    share = len(parts) > 3 and parts[3] == "1"
    found = await coaches.coach_by_invite(svc.db, code) if code else None
    status = await invite_status(svc, found, who.id)
    coach_name = await name_of(svc, found.user_id) if found else ""
    now = svc.clock.now()
    if status is InviteStatus.OK and found is not None:
        await record_consent(svc, who, now)
        if not await coaches.add_client(svc.db, found.user_id, who.id, share, now):
            status = await invite_status(svc, found, who.id)
    await svc.sender.answer(query)
    if status is not InviteStatus.OK or found is None:
        await svc.sender.edit(chat_id, message_id, coach_texts.invite_refusal(status, coach_name))
        return
    log.info("client joined coach=%s client=%s share=%s", found.user_id, who.id, share)
    await svc.sender.edit(chat_id, message_id, coach_texts.joined(coach_name, share))
    await svc.sender.send(found.user_id, coach_texts.client_joined(who.first_name))


# --- /coach for clients ------------------------------------------------------------------


def my_coach_markup(share: bool, coach_name: str) -> InlineKeyboardMarkup:
    """Buttons under /coach."""
    toggle = (
        (_("Stop sharing what I did"), pack(CLIENT, "t", 0))
        if share
        else (_("Share what I did"), pack(CLIENT, "t", 1))
    )
    return keyboard(
        [[toggle], [(_("Stop with {coach}").format(coach=coach_name), pack(CLIENT, "s"))]]
    )


async def coach_command(update: Update, context: Context) -> None:
    """/coach: the client's coach, what they see, and the way out."""
    user = update.effective_user
    if user is None or not await private_only(update, context):
        return
    svc = services(context)
    link = await coaches.link_of(svc.db, user.id)
    if link is None:
        if await coach_of_user(svc, user.id, svc.clock.now()) is not None:
            await reply(update, context, coach_texts.link_refusal(LinkStatus.ALREADY_COACH))
        else:
            await reply(update, context, coach_texts.no_coach())
        return
    await reply(update, context, *await my_coach_view(svc, link))


async def my_coach_view(
    svc: Services, link: coaches.ClientLink
) -> tuple[str, InlineKeyboardMarkup]:
    """The /coach text and buttons."""
    coach_name = await name_of(svc, link.coach_id)
    since = coach_texts.day(link.joined_at, svc.settings.timezone)
    return (
        coach_texts.my_coach(coach_name, since, link.share_completion),
        my_coach_markup(link.share_completion, coach_name),  # button labels are plain text
    )


async def client_pressed(update: Update, context: Context) -> None:
    """Every client button: consent, share toggle, stopping, "Gedaan"."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    svc = services(context)
    parts = unpack(query.data)
    action = parts[1] if len(parts) > 1 else ""
    chat_id, message_id = query.message.chat.id, query.message.message_id
    if action == "a":
        await join_coach(svc, query, parts)
        return
    if action == "d":
        await done_pressed(svc, query, int_part(parts, 2))
        return
    if action == "x":
        await svc.sender.answer(query)
        await svc.sender.edit(chat_id, message_id, _("Okay, you have not joined."))
        return
    link = await coaches.link_of(svc.db, query.from_user.id)
    if link is None:
        await svc.sender.answer(query, coach_texts.stale(), alert=True)
        return
    coach_name = await name_of(svc, link.coach_id)
    if action == "t" and len(parts) > 2:
        await coaches.set_share(svc.db, link.client_id, parts[2] == "1")
        refreshed = await coaches.link_of(svc.db, link.client_id)
        assert refreshed is not None
        await svc.sender.answer(query, _("Saved."))
        await svc.sender.edit(chat_id, message_id, *await my_coach_view(svc, refreshed))
    elif action == "s":
        await svc.sender.answer(query)
        await svc.sender.edit(
            chat_id,
            message_id,
            coach_texts.leave_question(coach_name),
            keyboard(
                [
                    [(_("Yes, stop"), pack(CLIENT, "sy", link.coach_id))],
                    [(_("No, I stay"), pack(CLIENT, "sn"))],
                ]
            ),
        )
    elif action == "sy" and int_part(parts, 2) == link.coach_id:
        await leave(svc, query, link)
    elif action == "sn":
        await svc.sender.answer(query)
        await svc.sender.edit(chat_id, message_id, *await my_coach_view(svc, link))
    else:
        await svc.sender.answer(query, coach_texts.stale(), alert=True)


async def leave(svc: Services, query: CallbackQuery, link: coaches.ClientLink) -> None:
    """The client stops; the coach is told, and nothing more is delivered."""
    assert query.message is not None
    coach_name = await name_of(svc, link.coach_id)
    if not await coaches.remove_client(svc.db, link.coach_id, link.client_id):
        await svc.sender.answer(query, coach_texts.stale(), alert=True)
        return
    log.info("client left coach=%s client=%s", link.coach_id, link.client_id)
    await svc.sender.answer(query)
    await svc.sender.edit(
        query.message.chat.id, query.message.message_id, coach_texts.left(coach_name)
    )
    await svc.sender.send(link.coach_id, coach_texts.client_left(query.from_user.first_name))


async def done_pressed(svc: Services, query: CallbackQuery, recipient_id: int | None) -> None:
    """ "Gedaan" under a broadcast: recorded; counted for the coach only if shared."""
    assert query.message is not None
    row = await broadcasts.recipient(svc.db, recipient_id) if recipient_id else None
    if row is None or row.client_id != query.from_user.id:
        await svc.sender.answer(
            query, coach_texts.not_for_you() if row else coach_texts.stale(), alert=True
        )
        return
    link = await coaches.link_of(svc.db, row.client_id)
    if link is None or link.coach_id != row.coach_id:
        await svc.sender.answer(query, coach_texts.no_longer_client(), alert=True)
        return
    if not await broadcasts.mark_done(svc.db, row.id, svc.clock.now(), link.share_completion):
        await svc.sender.answer(query, coach_texts.done_before())
        return
    coach_name = await name_of(svc, row.coach_id)
    await svc.sender.answer(query, coach_texts.done_thanks(coach_name, link.share_completion))
    if row.text:
        markup = broadcast.done_markup(row.id, pressed=True)
        await svc.sender.edit(query.message.chat.id, query.message.message_id, row.text, markup)


# --- /klanten ----------------------------------------------------------------------------


async def clients_view(svc: Services, coach_id: int, page: int) -> tuple[str, InlineKeyboardMarkup]:
    """The /klanten text (one page of clients, then the history) and its buttons."""
    total = await coaches.client_count(svc.db, coach_id)
    page = coach.clamp_page(page, total, CLIENTS_PER_PAGE)
    pages = coach.page_count(total, CLIENTS_PER_PAGE)
    clients = await coaches.clients_page(
        svc.db, coach_id, page * CLIENTS_PER_PAGE, CLIENTS_PER_PAGE
    )
    zone = svc.settings.timezone
    entries = await broadcasts.history(svc.db, coach_id, HISTORY_SIZE)
    text = coach_texts.clients_overview(clients, total, page, pages, zone)
    text += "\n\n" + coach_texts.history(entries, zone)
    rows: list[list[tuple[str, str]]] = []
    nav = []
    if page > 0:
        nav.append(("◀", pack(COACH, "k", page - 1)))
    if page + 1 < pages:
        nav.append(("▶", pack(COACH, "k", page + 1)))
    if nav:
        rows.append(nav)
    rows.append([(_("Invite link for clients"), pack(COACH, "i"))])
    rows.append([(_("Send something"), pack(broadcast.COMPOSE, "new"))])
    return text, keyboard(rows)


async def clients_command(update: Update, context: Context) -> None:
    """/klanten: clients with joined dates and last delivery; the broadcast history."""
    found = await require_coach(update, context)
    if found is None:
        return
    await reply(update, context, *await clients_view(services(context), found.user_id, 0))


async def coach_pressed(update: Update, context: Context) -> None:
    """Coach buttons: becoming a coach, client pages, the invite link."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    svc = services(context)
    parts = unpack(query.data)
    action = parts[1] if len(parts) > 1 else ""
    chat_id, message_id = query.message.chat.id, query.message.message_id
    if action == "j" and len(parts) > 2:
        await become_coach(svc, query, query.from_user.id, parts[2])
        return
    if action == "n":
        await svc.sender.answer(query)
        await svc.sender.edit(chat_id, message_id, _("Okay, you did not become a coach."))
        return
    found = await coach_of_user(svc, query.from_user.id, svc.clock.now())
    if found is None:
        await svc.sender.answer(query, coach_texts.coaches_only(), alert=True)
        return
    link = svc.deep_link(CLIENT_PREFIX + found.invite_code)
    if action == "k":
        await svc.sender.answer(query)
        page = int_part(parts, 2) or 0
        await svc.sender.edit(chat_id, message_id, *await clients_view(svc, found.user_id, page))
    elif action == "i":
        await svc.sender.answer(query)
        await svc.sender.send(found.user_id, coach_texts.invite_text(link), invite_markup(link))
    elif action == "r":
        code = await coaches.renew_invite(svc.db, found.user_id)
        link = svc.deep_link(CLIENT_PREFIX + code)
        await svc.sender.answer(query, _("New link made; the old one no longer works."))
        await svc.sender.edit(
            chat_id, message_id, coach_texts.invite_text(link), invite_markup(link)
        )
    else:
        await svc.sender.answer(query, coach_texts.stale(), alert=True)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the coach and client handlers, deep links and the start-up menu refresh."""
    start_handlers.register_payload(COACH_PREFIX, open_coach_link)
    start_handlers.register_payload(CLIENT_PREFIX, open_client_invite)
    app.add_handler(CommandHandler("coach", coach_command))
    app.add_handler(CommandHandler("klanten", clients_command))
    app.add_handler(CallbackQueryHandler(coach_pressed, pattern=pattern(COACH)))
    app.add_handler(CallbackQueryHandler(client_pressed, pattern=pattern(CLIENT)))
    scheduling.register_due("coach_menus", publish_menus_once)

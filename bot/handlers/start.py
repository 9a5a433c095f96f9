"""/start, consent and the main menu.

``/start`` without a payload welcomes a new user (privacy notice and consent
button) or shows the menu. A payload (``t.me/<bot>?start=<payload>``) is routed
by its one-letter prefix to the feature that made it.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot import menu, texts
from bot.callbacks import keyboard, pack, pattern, unpack
from bot.handlers.common import Context, is_private, record_consent, reply, send_menu
from bot.i18n import _
from bot.menu import MenuItem
from bot.services import services
from bot.storage import users

PayloadHandler = Callable[[Update, Context, str], Awaitable[None]]
_PAYLOADS: dict[str, PayloadHandler] = {}

CONSENT = "cs"
MENU = "mn"


def register_payload(prefix: str, handler: PayloadHandler) -> None:
    """Route ``/start <prefix>…`` in a private chat to ``handler``."""
    _PAYLOADS[prefix] = handler


def consent_markup() -> InlineKeyboardMarkup:
    """The yes/no consent buttons."""
    return keyboard(
        [[(_("Yes, I agree"), pack(CONSENT, "y"))], [(_("No, rather not"), pack(CONSENT, "n"))]]
    )


async def start(update: Update, context: Context) -> None:
    """Welcome, route a deep-link payload, or show the menu."""
    user = update.effective_user
    if user is None or not is_private(update):
        return
    svc = services(context)
    payload = context.args[0] if context.args else ""
    if payload:
        handler = _PAYLOADS.get(payload[:1])
        if handler is None:
            await reply(update, context, _("This link does not look right. Ask for a new one."))
            return
        await handler(update, context, payload)
        return
    if await users.get(svc.db, user.id) is None:
        await reply(
            update,
            context,
            texts.welcome(),
            consent_markup(),
        )
        return
    await users.update_name(svc.db, user.id, user.first_name, user.username)
    await send_menu(svc, user.id)


async def consent_pressed(update: Update, context: Context) -> None:
    """Record consent (or its refusal) from the welcome buttons."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None or query.message is None:
        return
    svc = services(context)
    parts = unpack(query.data)
    choice = parts[1] if len(parts) > 1 else ""
    if choice == "y":
        await record_consent(svc, user, svc.clock.now())
        await svc.sender.answer(query, _("Thank you!"))
        await svc.sender.edit(query.message.chat.id, query.message.message_id, texts.welcome())
        await svc.sender.send(
            user.id,
            _("Thank you. Your data is safe with me, and you can change your mind at any time."),
        )
        await send_menu(svc, user.id)
    elif choice == "n":
        await svc.sender.answer(query)
        await svc.sender.edit(
            query.message.chat.id,
            query.message.message_id,
            _(
                "No problem. I have stored nothing about you. If you change your mind, just "
                "tap /start."
            ),
        )
    else:
        await svc.sender.answer(query, _("This button no longer works."), alert=True)


async def menu_command(update: Update, context: Context) -> None:
    """/menu: show the main menu again."""
    user = update.effective_user
    if user is None:
        return
    if not is_private(update):
        await reply(update, context, _("The menu lives in our private chat: send me /menu there."))
        return
    svc = services(context)
    if await users.get(svc.db, user.id) is None:
        await reply(update, context, _("We have not met yet. Tap /start to begin."))
        return
    await send_menu(svc, user.id)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the /start, consent and menu handlers."""
    app.add_handler(CommandHandler("start", start, filters.ChatType.PRIVATE))
    app.add_handler(CommandHandler("menu", menu_command))
    app.add_handler(CallbackQueryHandler(consent_pressed, pattern=pattern(CONSENT)))
    menu.add(MenuItem(90, lambda: _("Help"), "hp:menu"))

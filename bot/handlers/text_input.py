"""Routes free text in a private chat to the flow that is waiting for it.

Order: first the interceptors (for example the couple's safe word, which must
work whatever the user was doing), then the flow recorded in ``pending_input``
(a quiz answer, an appreciation draft, …), then the fallback answer.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.ext import Application, MessageHandler, filters

from bot.handlers import fallback
from bot.handlers.common import Context
from bot.services import services
from bot.storage import pending
from bot.storage.pending import Pending

InputHandler = Callable[[Update, Context, Pending], Awaitable[None]]
Interceptor = Callable[[Update, Context], Awaitable[bool]]

_INPUT: dict[str, InputHandler] = {}
_INTERCEPTORS: dict[str, Interceptor] = {}


def register_input(kind: str, handler: InputHandler) -> None:
    """Send text to ``handler`` while a user's pending input is of ``kind``."""
    _INPUT[kind] = handler


def register_interceptor(name: str, interceptor: Interceptor) -> None:
    """Offer every private text to ``interceptor`` first; it returns True if it took it."""
    _INTERCEPTORS[name] = interceptor


async def route(update: Update, context: Context) -> None:
    """Give the text to an interceptor, the waiting flow, or the fallback."""
    user = update.effective_user
    if user is None:
        return
    for interceptor in _INTERCEPTORS.values():
        if await interceptor(update, context):
            return
    waiting = await pending.get(services(context).db, user.id)
    if waiting is not None:
        handler = _INPUT.get(waiting.kind)
        if handler is not None:
            await handler(update, context, waiting)
            return
    await fallback.private_text(update, context)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the router for private free text."""
    app.add_handler(
        MessageHandler(filters.ChatType.PRIVATE & filters.TEXT & ~filters.COMMAND, route)
    )

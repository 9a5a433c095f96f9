"""Runs before every feature: drop redelivered updates, set the locale of who acts."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, TypeHandler

from bot.handlers import safety
from bot.handlers.common import Context
from bot.i18n import DEFAULT_LOCALE, set_locale, several_locales, supported
from bot.services import services
from bot.storage import users
from bot.storage.db import Database, to_db

log = logging.getLogger(__name__)

FIRST = -100
KEEP_UPDATES = timedelta(days=2)


async def gate(update: Update, context: Context) -> None:
    """Stop an update that was handled before; otherwise record it."""
    svc = services(context)
    set_locale(DEFAULT_LOCALE)
    safety.reset()
    changed = await svc.db.execute(
        "INSERT OR IGNORE INTO processed_updates (update_id, processed_at) VALUES (?, ?)",
        (update.update_id, to_db(svc.clock.now())),
    )
    if changed == 0:
        log.info("duplicate update dropped update=%s", update.update_id)
        raise ApplicationHandlerStop
    chat, user = update.effective_chat, update.effective_user
    if user is not None and several_locales():
        # Their stored language once they consented; before that, their Telegram's.
        # (With only Dutch installed, the default above stands and no query is made.)
        stored = await users.locale_of(svc.db, user.id)
        set_locale(stored if stored is not None else supported(user.language_code))
    if user is not None and chat is not None and chat.id == user.id:
        # Writing to the bot privately means Telegram delivers to them again.
        await users.set_reachable_again(svc.db, user.id)


async def purge_processed(db: Database, now: datetime) -> None:
    """Forget update ids older than two days (redelivery happens within minutes)."""
    await db.execute(
        "DELETE FROM processed_updates WHERE processed_at < ?", (to_db(now - KEEP_UPDATES),)
    )


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the gate in the first handler group."""
    app.add_handler(TypeHandler(Update, gate), group=FIRST)

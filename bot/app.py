"""Builds the Application and opens and closes its shared resources."""

from __future__ import annotations

import logging
from typing import Any

from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder, Defaults

from bot import content, exercises, scheduling
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.handlers import core, publish_commands, register_all
from bot.i18n import load_catalogues
from bot.sending import Sender
from bot.services import SERVICES_KEY, Services
from bot.storage.db import Database

log = logging.getLogger(__name__)

SETTINGS_KEY = "samen.settings"
CLOCK_KEY = "samen.clock"

AnyApp = Application[Any, Any, Any, Any, Any, Any]
OVERALL_PER_SECOND = 30  # Telegram's overall limit for a bot


def build_application(
    settings: Settings,
    *,
    clock: Clock | None = None,
    application_class: type[AnyApp] = Application,
) -> AnyApp:
    """The configured Application with every handler registered (not started)."""
    # Fail before anything runs if a catalogue or a content file is broken.
    load_catalogues()
    exercises.reload_library()
    content.reload_quizzes()
    builder = (
        ApplicationBuilder()
        .application_class(application_class)
        .token(settings.bot_token)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .post_init(on_startup)
        .post_shutdown(on_shutdown)
    )
    if settings.bot_api_url:
        builder = builder.base_url(settings.bot_api_url)
        if settings.bot_file_url:
            builder = builder.base_file_url(settings.bot_file_url)
    if settings.rate_limit:
        # Telegram's limits: ~30 messages/s overall, 20/min per group. Overall as one
        # request per 1/30 s rather than 30 per second: the same rate without the burst
        # of 30 a leaky bucket allows after a quiet moment (which drew 429s). Retries of
        # a 429 are done by bot.sending, which also knows what a 403 means.
        builder = builder.rate_limiter(
            AIORateLimiter(  # type: ignore[arg-type]
                overall_max_rate=1,
                overall_time_period=1 / OVERALL_PER_SECOND,
                group_max_rate=20,
                group_time_period=60,
                max_retries=0,
            )
        )
    app = builder.build()
    app.bot_data[SETTINGS_KEY] = settings
    app.bot_data[CLOCK_KEY] = clock or SystemClock()
    register_all(app)
    return app


async def on_startup(app: AnyApp) -> None:
    """Open the database, read who the bot is, publish commands, start the tick."""
    settings: Settings = app.bot_data[SETTINGS_KEY]
    clock: Clock = app.bot_data[CLOCK_KEY]
    db = await Database.open(settings.database_path)
    me = app.bot.bot
    svc = Services(
        settings=settings,
        db=db,
        clock=clock,
        sender=Sender(app.bot, db),
        bot_username=me.username,
        can_read_all_group_messages=bool(me.can_read_all_group_messages),
    )
    app.bot_data[SERVICES_KEY] = svc
    await core.purge_processed(db, clock.now())
    await publish_commands(app.bot)
    scheduling.start(app, settings.tick_seconds)
    log.info("started bot=%s", me.id)


async def on_shutdown(app: AnyApp) -> None:
    """Close the database."""
    svc = app.bot_data.pop(SERVICES_KEY, None)
    if isinstance(svc, Services):
        await svc.db.close()
    log.info("stopped")


ALLOWED_UPDATES = Update.ALL_TYPES

"""``python -m bot``: run Samen (long polling, or a webhook); ``python -m bot coach-link``: a coach link."""

from __future__ import annotations

import asyncio
import sys
from datetime import UTC, datetime

from dotenv import load_dotenv
from telegram.error import InvalidToken, NetworkError

from bot.config import ConfigError, Settings, configure_logging, load_settings
from bot.content import ContentError
from bot.i18n import I18nError


def main(argv: list[str] | None = None) -> int:
    """Start the bot; return the process exit code."""
    args = sys.argv[1:] if argv is None else argv
    load_dotenv(override=False)
    try:
        settings = load_settings()
    except ConfigError as exc:
        print(f"samen: configuration error: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings.log_level)
    if args[:1] == ["coach-link"]:
        if len(args) > 1:
            print("samen: coach-link takes no arguments", file=sys.stderr)
            return 2
        return coach_link(settings)
    if args:
        print(f"samen: unknown command '{args[0]}'", file=sys.stderr)
        return 2
    from bot.app import ALLOWED_UPDATES, build_application

    clock = None
    if settings.clock_speed > 1:
        from dataclasses import replace

        from bot.clock import ScaledClock

        anchor = settings.database_path.with_name(settings.database_path.name + ".clock")
        clock = ScaledClock(settings.clock_speed, anchor)
        # A faster clock needs a faster tick to keep reminders on time.
        settings = replace(
            settings, tick_seconds=max(0.5, settings.tick_seconds / settings.clock_speed)
        )
    try:
        app = build_application(settings, clock=clock)
    except I18nError as exc:
        print(f"samen: locale error: {exc}", file=sys.stderr)
        return 2
    except ContentError as exc:
        print(f"samen: content error: {exc}", file=sys.stderr)
        return 2
    try:
        if settings.webhook_url:
            app.run_webhook(
                listen=settings.webhook_listen,
                port=settings.webhook_port,
                webhook_url=settings.webhook_url,
                allowed_updates=ALLOWED_UPDATES,
            )
        else:
            app.run_polling(allowed_updates=ALLOWED_UPDATES)
    except InvalidToken:
        print("samen: BOT_TOKEN was refused by the Bot API", file=sys.stderr)
        return 1
    except NetworkError as exc:
        where = settings.bot_api_url or "api.telegram.org"
        print(f"samen: cannot reach the Bot API at {where}: {exc.message}", file=sys.stderr)
        return 1
    return 0


async def _create_coach_link(settings: Settings) -> tuple[str, datetime]:
    from telegram import Bot

    from bot.coach import COACH_LINK_TTL
    from bot.storage.coaches import create_coach_link
    from bot.storage.db import Database

    bot = Bot(settings.bot_token, base_url=settings.bot_api_url or "https://api.telegram.org/bot")
    async with bot:  # getMe: the link needs the bot's username
        username = bot.username
    now = datetime.now(UTC)
    db = await Database.open(settings.database_path)
    try:
        payload = await create_coach_link(db, now)
    finally:
        await db.close()
    return f"https://t.me/{username}?start={payload}", now + COACH_LINK_TTL


def coach_link(settings: Settings) -> int:
    """``python -m bot coach-link``: print a one-time coach link (only its hash is stored)."""
    try:
        link, expires = asyncio.run(_create_coach_link(settings))
    except InvalidToken:
        print("samen: BOT_TOKEN was refused by the Bot API", file=sys.stderr)
        return 1
    except NetworkError as exc:
        where = settings.bot_api_url or "api.telegram.org"
        print(f"samen: cannot reach the Bot API at {where}: {exc.message}", file=sys.stderr)
        return 1
    print(link)
    print(
        f"samen: works once, until {expires:%Y-%m-%d %H:%M} UTC; whoever opens it becomes a coach",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

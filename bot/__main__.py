"""``python -m bot``: run Samen (long polling, or a webhook when WEBHOOK_URL is set)."""

from __future__ import annotations

import sys

from dotenv import load_dotenv
from telegram.error import InvalidToken, NetworkError

from bot.config import ConfigError, configure_logging, load_settings
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
    if args:
        print(f"samen: unknown command '{args[0]}'", file=sys.stderr)
        return 2
    from bot.app import ALLOWED_UPDATES, build_application

    try:
        app = build_application(settings)
    except I18nError as exc:
        print(f"samen: locale error: {exc}", file=sys.stderr)
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


if __name__ == "__main__":
    sys.exit(main())

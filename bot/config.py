"""Typed settings read from the environment (and a ``.env`` file, if present).

A missing or malformed value raises :class:`ConfigError` whose message is one
line naming the variable; ``python -m bot`` prints that line and exits non-zero.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_DATABASE_URL = "sqlite:///data/samen.db"
DEFAULT_TIMEZONE = "Europe/Amsterdam"
_TOKEN_RE = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{5,}$")
_LOG_LEVELS = ("CRITICAL", "ERROR", "WARNING", "INFO", "DEBUG")


class ConfigError(ValueError):
    """A setting is missing or malformed; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    """Everything the bot needs to know about where and how it runs."""

    bot_token: str = field(repr=False)
    bot_api_url: str | None = None
    database_path: Path = Path("data/samen.db")
    timezone: ZoneInfo = ZoneInfo(DEFAULT_TIMEZONE)  # noqa: RUF009 (immutable, cached)
    coach_ids: frozenset[int] = frozenset()
    log_level: str = "INFO"
    tick_seconds: float = 5.0
    rate_limit: bool = True
    webhook_url: str | None = None
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    clock_speed: float = 1.0

    @property
    def bot_file_url(self) -> str | None:
        """The file-download base URL that goes with ``bot_api_url``."""
        if self.bot_api_url is None:
            return None
        base = self.bot_api_url.rstrip("/")
        if base.endswith("/bot"):
            return base[: -len("/bot")] + "/file/bot"
        return base + "/file/bot"


def _database_path(value: str) -> Path:
    if not value.startswith("sqlite:///"):
        raise ConfigError(
            f"DATABASE_URL must look like sqlite:///path/to/samen.db (got '{value[:40]}')"
        )
    path = value[len("sqlite:///") :]
    if not path:
        raise ConfigError("DATABASE_URL names no file (expected sqlite:///path/to/samen.db)")
    return Path(path)


def _url(name: str, value: str) -> str:
    parsed = urlparse(value)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ConfigError(f"{name} must be an http(s) URL (got '{value[:60]}')")
    return value


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    """Build :class:`Settings` from ``environ`` (default: the process environment)."""
    env = os.environ if environ is None else environ

    def get(name: str) -> str | None:
        raw = env.get(name)
        if raw is None or not raw.strip():
            return None
        return raw.strip()

    token = get("BOT_TOKEN")
    if token is None:
        raise ConfigError("BOT_TOKEN is missing: set it to the token BotFather gave you")
    if not _TOKEN_RE.match(token):
        raise ConfigError("BOT_TOKEN is malformed: expected digits, a colon and the secret")

    api_url = get("BOT_API_URL")
    if api_url is not None:
        api_url = _url("BOT_API_URL", api_url)

    database_path = _database_path(get("DATABASE_URL") or DEFAULT_DATABASE_URL)

    tz_name = get("BOT_TIMEZONE") or DEFAULT_TIMEZONE
    try:
        timezone = ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"BOT_TIMEZONE '{tz_name[:40]}' is not a known IANA time zone") from None

    coach_ids: set[int] = set()
    for part in (get("COACH_IDS") or "").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdigit():
            raise ConfigError(
                f"COACH_IDS must be Telegram user ids separated by commas (got '{part[:20]}')"
            )
        coach_ids.add(int(part))

    log_level = (get("LOG_LEVEL") or "INFO").upper()
    if log_level not in _LOG_LEVELS:
        raise ConfigError(
            f"LOG_LEVEL must be one of {', '.join(_LOG_LEVELS)} (got '{log_level[:20]}')"
        )

    webhook_url = get("WEBHOOK_URL")
    if webhook_url is not None:
        webhook_url = _url("WEBHOOK_URL", webhook_url)
        if not webhook_url.startswith("https://"):
            raise ConfigError("WEBHOOK_URL must be an https:// URL (Telegram only calls HTTPS)")
    port_raw = get("WEBHOOK_PORT") or "8443"
    if not port_raw.isdigit() or not 0 < int(port_raw) < 65536:
        raise ConfigError(f"WEBHOOK_PORT must be a port number (got '{port_raw[:20]}')")

    speed_raw = get("CLOCK_SPEED") or "1"
    try:
        clock_speed = float(speed_raw)
    except ValueError:
        clock_speed = 0.0
    if not 1 <= clock_speed <= 10_000:
        raise ConfigError(f"CLOCK_SPEED must be a number from 1 to 10000 (got '{speed_raw[:20]}')")

    return Settings(
        bot_token=token,
        clock_speed=clock_speed,
        bot_api_url=api_url,
        database_path=database_path,
        timezone=timezone,
        coach_ids=frozenset(coach_ids),
        log_level=log_level,
        webhook_url=webhook_url,
        webhook_listen=get("WEBHOOK_LISTEN") or "0.0.0.0",
        webhook_port=int(port_raw),
    )


def configure_logging(level: str) -> None:
    """Log ids and event names to stderr; never message text (see ARCHITECTURE.md)."""
    logging.basicConfig(
        level=level,
        format="%(asctime)s %(levelname)s %(name)s %(message)s",
    )
    # httpx logs every request URL, which contains the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    # PTB's limiter logs every 429 it passes on with a traceback; bot.sending logs
    # the retry as one line, which is enough.
    logging.getLogger("telegram.ext.AIORateLimiter").setLevel(logging.ERROR)
    # At DEBUG, PTB logs every request's parameters and every update (message text,
    # names) and aiosqlite every statement's values: never below INFO, whatever LOG_LEVEL.
    for name in ("telegram", "aiosqlite", "httpcore", "apscheduler"):
        logger = logging.getLogger(name)
        if logger.getEffectiveLevel() < logging.INFO:
            logger.setLevel(logging.INFO)

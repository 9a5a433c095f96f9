"""Settings from the environment, and one clear line when one is wrong."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings

TOKEN = "123456:ABCdef_ghi-JKL"


def test_defaults() -> None:
    settings = load_settings({"BOT_TOKEN": TOKEN})
    assert settings.database_path == Path("data/samen.db")
    assert settings.timezone.key == "Europe/Amsterdam"
    assert settings.bot_api_url is None
    assert settings.coach_ids == frozenset()
    assert settings.log_level == "INFO"


def test_all_values() -> None:
    settings = load_settings(
        {
            "BOT_TOKEN": TOKEN,
            "BOT_API_URL": "http://127.0.0.1:8081/bot",
            "DATABASE_URL": "sqlite:////tmp/x.db",
            "BOT_TIMEZONE": "Europe/Brussels",
            "COACH_IDS": "1, 22,333",
            "LOG_LEVEL": "debug",
        }
    )
    assert settings.bot_file_url == "http://127.0.0.1:8081/file/bot"
    assert settings.database_path == Path("/tmp/x.db")
    assert settings.timezone.key == "Europe/Brussels"
    assert settings.coach_ids == {1, 22, 333}
    assert settings.log_level == "DEBUG"


def test_token_is_not_in_repr() -> None:
    assert TOKEN not in repr(load_settings({"BOT_TOKEN": TOKEN}))


@pytest.mark.parametrize(
    ("env", "name"),
    [
        ({}, "BOT_TOKEN"),
        ({"BOT_TOKEN": "nonsense"}, "BOT_TOKEN"),
        ({"BOT_TOKEN": TOKEN, "BOT_API_URL": "ftp://x"}, "BOT_API_URL"),
        ({"BOT_TOKEN": TOKEN, "DATABASE_URL": "postgres://x"}, "DATABASE_URL"),
        ({"BOT_TOKEN": TOKEN, "BOT_TIMEZONE": "Mars/Olympus"}, "BOT_TIMEZONE"),
        ({"BOT_TOKEN": TOKEN, "COACH_IDS": "12,abc"}, "COACH_IDS"),
        ({"BOT_TOKEN": TOKEN, "LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
        ({"BOT_TOKEN": TOKEN, "WEBHOOK_URL": "http://plain"}, "WEBHOOK_URL"),
    ],
)
def test_bad_values_name_the_variable(env: dict[str, str], name: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(env)
    assert name in str(caught.value)
    assert "\n" not in str(caught.value)


def test_python_m_bot_prints_one_line_and_exits_nonzero(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        cwd=tmp_path,
        env={
            "PATH": "/usr/bin:/bin",
            "PYTHONPATH": str(root),
            "BOT_TIMEZONE": "Nowhere/Land",
            "BOT_TOKEN": TOKEN,
        },
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "BOT_TIMEZONE" in lines[0]
    assert "Traceback" not in result.stderr


def test_clock_speed() -> None:
    assert load_settings({"BOT_TOKEN": TOKEN}).clock_speed == 1.0
    assert load_settings({"BOT_TOKEN": TOKEN, "CLOCK_SPEED": "60"}).clock_speed == 60.0
    for bad in ("0.5", "fast", "100000"):
        with pytest.raises(ConfigError, match="CLOCK_SPEED"):
            load_settings({"BOT_TOKEN": TOKEN, "CLOCK_SPEED": bad})


def test_scaled_clock_continues_across_restarts(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from bot.clock import ScaledClock

    anchor = tmp_path / "samen.db.clock"
    first = ScaledClock(60, anchor)
    second = ScaledClock(60, anchor)  # "after a restart"
    assert first.anchor == second.anchor
    now = second.now()
    assert now.tzinfo is not None
    assert now >= datetime.now(UTC) - timedelta(seconds=1)


def test_debug_logging_never_lets_libraries_log_message_text() -> None:
    import logging

    from bot.config import configure_logging

    names = ("telegram", "aiosqlite", "httpcore", "apscheduler")
    root = logging.getLogger()
    saved = root.level, {name: logging.getLogger(name).level for name in names}
    try:
        # As in production with LOG_LEVEL=DEBUG: the root logs everything.
        root.setLevel(logging.DEBUG)
        for name in names:
            logging.getLogger(name).setLevel(logging.NOTSET)
        assert logging.getLogger("telegram.Bot").getEffectiveLevel() == logging.DEBUG
        configure_logging("DEBUG")
        for name in ("telegram", "telegram.Bot", "telegram.ext.Application", "aiosqlite"):
            assert logging.getLogger(name).getEffectiveLevel() >= logging.INFO, name
        assert logging.getLogger("bot.handlers").getEffectiveLevel() == logging.DEBUG
    finally:
        root.setLevel(saved[0])
        for name, level in saved[1].items():
            logging.getLogger(name).setLevel(level)

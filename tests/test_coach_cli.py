"""``python -m bot coach-link`` as a real subprocess against a running fake Bot API."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from bot.coach import hash_code, parse_payload
from tests.fakeapi import FakeBotApi, FakeUser
from tests.harness import BotHarness
from tests.test_e2e_coach_support import count, received, text_of

ROOT = Path(__file__).resolve().parent.parent


async def run_cli(
    api: FakeBotApi, database: Path, *args: str, token: str = "", url: str = ""
) -> tuple[int, str, str]:
    """Run ``python -m bot <args>``; the fake API keeps serving while we wait."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"BOT_TOKEN", "BOT_API_URL", "DATABASE_URL", "COACH_IDS", "WEBHOOK_URL"}
    }
    env.update(
        BOT_TOKEN=token or api.token,
        BOT_API_URL=url or api.base_url,
        DATABASE_URL=f"sqlite:///{database}",
        LOG_LEVEL="WARNING",
    )
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=ROOT,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), timeout=60)
    return int(process.returncode or 0), stdout.decode(), stderr.decode()


async def test_coach_link_command_prints_a_link_that_makes_a_coach(
    api: FakeBotApi, bot: BotHarness, stranger: FakeUser
) -> None:
    code, out, err = await run_cli(api, bot.db_path, "coach-link")
    assert code == 0, err
    link = out.strip()
    assert link.startswith(f"https://t.me/{api.bot_user.username}?start=c"), out
    assert "works once" in err
    payload = link.split("start=")[1]
    secret = parse_payload(payload, "c")
    assert secret is not None
    # Only the hash is stored.
    assert (
        await count(bot, "SELECT count(*) FROM coach_links WHERE code_hash = ?", hash_code(secret))
        == 1
    )
    assert await count(bot, "SELECT count(*) FROM coach_links WHERE code_hash = ?", secret) == 0
    assert ("getMe", {}) in [(method, {}) for method, _ in api.requests]

    marieke = api.user(first_name="Marieke")
    sent = await bot.send(marieke, f"/start {payload}")
    await bot.press(marieke, sent[-1], "maak mij coach")
    assert received(bot, marieke, "Welkom, coach")
    sent = await bot.send(stranger, f"/start {payload}")
    assert "al gebruikt" in text_of(sent[-1])


async def test_coach_link_command_fails_with_one_clear_line(
    api: FakeBotApi, tmp_path: Path
) -> None:
    database = tmp_path / "cli.db"
    code, out, err = await run_cli(api, database, "coach-link", token="123456:WRONG-TOKEN")
    assert (code, out) == (1, "")
    assert err.strip() == "samen: BOT_TOKEN was refused by the Bot API"

    gone = FakeBotApi()
    await gone.start()
    url = gone.base_url
    await gone.stop()  # nothing listens there any more
    code, out, err = await run_cli(api, database, "coach-link", url=url)
    assert (code, out) == (1, "")
    assert err.startswith("samen: cannot reach the Bot API at http://127.0.0.1:")
    assert len(err.strip().splitlines()) == 1

    code, _, err = await run_cli(api, database, "coach-link", "now")
    assert code == 2 and "takes no arguments" in err

"""``python -m bot`` as an operator runs it: a real process against the fake Bot API."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from tests.fakeapi import FakeBotApi

ROOT = Path(__file__).resolve().parent.parent


async def wait_for_text(api: FakeBotApi, chat_id: int, needle: str, seconds: float = 30) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + seconds
    while loop.time() < deadline:
        if any(needle in (m.plain or "") for m in api.messages_to(chat_id)):
            return
        await asyncio.sleep(0.1)
    raise AssertionError(
        f"{needle!r} never arrived; got {[m.plain for m in api.messages_to(chat_id)]}"
    )


async def test_python_m_bot_serves_a_user_and_stops_cleanly(tmp_path: Path) -> None:
    api = FakeBotApi()
    await api.start()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT),
        "BOT_TOKEN": api.token,
        "BOT_API_URL": api.base_url,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'samen.db'}",
        "LOG_LEVEL": "INFO",
    }
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        cwd=tmp_path,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    try:
        anna = api.user(first_name="Anna")
        api.push_text(anna, "/start")
        await wait_for_text(api, anna.id, "Welkom bij Samen")
        api.push_text(anna, "ik wil er niet meer zijn")
        await wait_for_text(api, anna.id, "113")
        assert api.commands_for("all_private_chats"), "the Dutch command menu was published"
    finally:
        process.send_signal(signal.SIGINT)
        _, stderr = await asyncio.wait_for(process.communicate(), timeout=30)
        await api.stop()
    log = stderr.decode()
    assert process.returncode == 0, log
    assert "Traceback" not in log
    # Logs carry ids and events, never what people wrote, nor the token.
    assert "niet meer zijn" not in log
    assert api.token.split(":")[1] not in log
    assert (tmp_path / "samen.db").exists()

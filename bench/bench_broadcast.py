"""Benchmark (not a test): one broadcast to 10,000 clients against a local fake Bot API.

Run from the project root::

    /work/venv/bin/python bench/bench_broadcast.py            # all five runs, ~20 minutes
    /work/venv/bin/python bench/bench_broadcast.py --clients 2000 --runs on,kill

The bot runs as a child process (the real Application, long polling the fake,
its own SQLite file), so its peak memory (VmHWM) is its own and it can be killed.
The database is prepared as if the coach had just confirmed: a broadcast with one
``pending`` row per client; the bot's start-up tick picks it up (the same path as
a resume after a restart). Runs:

- ``on``: PTB's AIORateLimiter as configured in bot/app.py (one request per 1/30 s
  overall). The fake answers 429
  when more than 30 messages (sends and edits) arrive within any 1-second window,
  as Telegram would: the target is a sustained 30/s with no 429s.
- ``smooth``: the limiter forced to one request per 1/30 s (patched in the child
  only); the same as ``on`` since bot/app.py adopted that shape.
- ``margin``: the same without burst at 29/s, a small margin under the limit.
- ``off``: the limiter off and the fake unlimited: how fast the bot itself can go.
- ``kill``: the limiter off; the bot is killed (SIGKILL) after half the clients got
  the message, then started again: time to resume, and nobody gets a second copy.

Only this file wraps the fake (``PacedFakeBotApi``); tests/fakeapi is unchanged.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import sys
import tempfile
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

SELF = Path(__file__).resolve()
ROOT = SELF.parent.parent
sys.path.insert(0, str(ROOT))

from bot.storage.db import Database  # noqa: E402
from tests.fakeapi import FakeBotApi  # noqa: E402
from tests.fakeapi.models import ApiError  # noqa: E402

COACH_ID = 1000
FIRST_CLIENT = 10_000
LIMIT = 30  # messages per WINDOW seconds before the fake answers 429
SHAPES = {"smooth": 30, "margin": 29}  # limiter variants: one request per 1/N s, no burst
WINDOW = 1.0


class PacedFakeBotApi(FakeBotApi):
    """The fake Bot API with Telegram's overall limit and a send log for the figures."""

    def __init__(self, limit: int | None) -> None:
        super().__init__()
        self.limit = limit
        self.window: deque[float] = deque()
        self.too_many: list[float] = []  # when the fake answered 429
        self.sends: dict[int, list[float]] = defaultdict(list)  # chat id -> send times
        self.first_send = 0.0

    def method_table(self) -> dict[str, Callable[[Any], Any]]:
        """Wrap sendMessage and editMessageText with the overall limit and the log."""
        table = super().method_table()
        for name in ("sendmessage", "editmessagetext"):
            table[name] = self._paced(table[name], name == "sendmessage")
        return table

    def _paced(self, inner: Callable[[Any], Any], is_send: bool) -> Callable[[Any], Any]:
        def call(params: Any) -> Any:
            now = time.monotonic()
            if self.limit is not None:
                while self.window and now - self.window[0] >= WINDOW:
                    self.window.popleft()
                if len(self.window) >= self.limit:
                    self.too_many.append(now)
                    raise ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
                self.window.append(now)
            result = inner(params)
            if is_send:
                self.sends[int(result["chat"]["id"])].append(now)
            return result

        return call

    def delivered(self) -> int:
        """Clients with at least one copy."""
        return sum(1 for chat, times in self.sends.items() if chat >= FIRST_CLIENT and times)

    def duplicates(self) -> int:
        """Clients with more than one copy."""
        return sum(
            1 for chat, times in self.sends.items() if chat >= FIRST_CLIENT and len(times) > 1
        )

    def client_times(self) -> list[float]:
        """Every send to a client, sorted."""
        return sorted(
            t for chat, times in self.sends.items() if chat >= FIRST_CLIENT for t in times
        )


# --- preparing the world -----------------------------------------------------------------


async def prepare(api: PacedFakeBotApi, database: Path, clients: int) -> None:
    """Users in the fake, and a DB with a coach, clients and a confirmed broadcast."""
    from telegram import Bot

    from bot import coach_texts, exercises
    from bot.i18n import load_catalogues, use_locale
    from bot.storage import broadcasts

    api.user("Marieke", user_id=COACH_ID)
    api.started.add(COACH_ID)
    for index in range(clients):
        api.user(f"Klant{index}", user_id=FIRST_CLIENT + index)
        api.started.add(FIRST_CLIENT + index)
    async with Bot(api.token, base_url=api.base_url) as bot:
        progress = await bot.send_message(COACH_ID, "…")
    load_catalogues()
    with use_locale("nl"):
        exercise = exercises.get("reflective_listening")
        assert exercise is not None
        text = coach_texts.exercise_message("Marieke", exercise)
    now = datetime.now(UTC)
    stamp = now.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    db = await Database.open(database)
    try:
        people = [(COACH_ID, "Marieke")] + [(FIRST_CLIENT + i, f"Klant{i}") for i in range(clients)]
        await db.executemany(
            "INSERT INTO users (id, first_name, consented_at, created_at) VALUES (?, ?, ?, ?)",
            [(uid, name, stamp, stamp) for uid, name in people],
        )
        await db.execute(
            "INSERT INTO coaches (user_id, source, invite_code, created_at) VALUES (?, 'link', ?, ?)",
            (COACH_ID, "x" * 24, stamp),
        )
        await db.executemany(
            "INSERT INTO coach_clients (client_id, coach_id, share_completion, joined_at)"
            " VALUES (?, ?, 1, ?)",
            [(FIRST_CLIENT + i, COACH_ID, stamp) for i in range(clients)],
        )
        draft_id = await broadcasts.new_draft(db, COACH_ID, now)
        await broadcasts.update_draft(db, draft_id, exercise_id=exercise.id, audience="all")
        draft = await broadcasts.get_broadcast(db, draft_id)
        assert draft is not None
        total = await broadcasts.confirm(db, draft, text, (COACH_ID, progress.message_id), now)
        assert total == clients
    finally:
        await db.close()


# --- the bot as a child process ----------------------------------------------------------


def child(api_url: str, token: str, database: str, limiter: str) -> None:
    """Run the real Application until killed or interrupted."""
    from bot import app as app_module
    from bot.app import ALLOWED_UPDATES, build_application
    from bot.config import Settings, configure_logging

    if limiter in SHAPES:
        from telegram.ext import AIORateLimiter

        per_second = SHAPES[limiter]

        class SmoothLimiter(AIORateLimiter):
            def __init__(self, **kwargs: Any) -> None:
                kwargs.update(overall_max_rate=1, overall_time_period=1 / per_second)
                super().__init__(**kwargs)

        app_module.__dict__["AIORateLimiter"] = SmoothLimiter  # only in this child

    configure_logging("WARNING")
    if os.environ.get("BENCH_WORKERS"):
        from bot import broadcast

        broadcast.WORKERS = int(os.environ["BENCH_WORKERS"])
    settings = Settings(
        bot_token=token,
        bot_api_url=api_url,
        database_path=Path(database),
        rate_limit=limiter != "off",
        tick_seconds=1.0,
        log_level="WARNING",
    )
    app = build_application(settings)
    if os.environ.get("BENCH_PROFILE"):  # write a cProfile of the bot process on exit
        import cProfile

        cProfile.runctx(
            "app.run_polling(allowed_updates=ALLOWED_UPDATES)",
            globals(),
            {"app": app, "ALLOWED_UPDATES": ALLOWED_UPDATES},
            os.environ["BENCH_PROFILE"],
        )
        return
    app.run_polling(allowed_updates=ALLOWED_UPDATES)


async def spawn(api: FakeBotApi, database: Path, limiter: str) -> asyncio.subprocess.Process:
    """Start the bot process."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        str(SELF),
        "--child",
        api.base_url,
        api.token,
        str(database),
        limiter,
        cwd=ROOT,
        stderr=asyncio.subprocess.DEVNULL,
    )


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident memory (VmHWM), in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def stop(process: asyncio.subprocess.Process, sig: int = signal.SIGTERM) -> None:
    """Stop the bot process and reap it."""
    if process.returncode is None:
        process.send_signal(sig)
    try:
        await asyncio.wait_for(process.wait(), 30)
    except TimeoutError:
        process.kill()
        await process.wait()


async def until(condition: Callable[[], bool], seconds: float) -> None:
    """Poll until the condition holds."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the benchmark timed out")
        await asyncio.sleep(0.05)


async def unknown_rows(database: Path) -> int:
    """Rows the resume marked 'unknown' (claimed when the process died)."""
    db = await Database.open(database)
    try:
        return int(
            await db.fetchval("SELECT count(*) FROM broadcast_recipients WHERE state = 'unknown'")
        )
    finally:
        await db.close()


# --- the runs ----------------------------------------------------------------------------


@dataclass
class Figures:
    """What one run measured."""

    name: str
    lines: list[str]


def rate_figures(times: list[float]) -> tuple[float, float, float]:
    """(overall rate, median and max of the per-second counts in the steady middle)."""
    if len(times) < 2:
        return 0.0, 0.0, 0.0
    overall = (len(times) - 1) / (times[-1] - times[0])
    start = times[0]
    buckets: dict[int, int] = defaultdict(int)
    for moment in times:
        buckets[int(moment - start)] += 1
    seconds = sorted(buckets)[1:-1] or sorted(buckets)
    counts = [buckets[s] for s in seconds]
    return overall, statistics.median(counts), max(counts)


async def run_throughput(clients: int, limiter: str, workdir: Path) -> Figures:
    """Send to every client and measure rate, 429s and memory."""
    api = PacedFakeBotApi(LIMIT if limiter != "off" else None)
    await api.start()
    database = workdir / f"bench-{limiter}.db"
    try:
        await prepare(api, database, clients)
        started = time.monotonic()
        process = await spawn(api, database, limiter)
        await until(lambda: api.delivered() >= clients, seconds=clients / 5 + 120)
        finished = time.monotonic()
        await until(
            lambda: any("Afgeleverd" in (m.plain or "") for m in api.messages_to(COACH_ID)), 30
        )
        memory = peak_rss_mb(process.pid)
        await stop(process)
    finally:
        await api.stop()
    times = api.client_times()
    overall, median, top = rate_figures(times)
    name = {
        "on": "limiter on (as configured in bot/app.py), fake limited to 30/s",
        "smooth": "limiter on without burst (variant), fake limited to 30/s",
        "margin": "limiter at 29/s without burst (variant), fake limited to 30/s",
        "off": "limiter off, fake unlimited",
    }[limiter]
    if api.too_many:
        when = f" (between +{api.too_many[0] - times[0]:.1f} s and +{api.too_many[-1] - times[0]:.1f} s)"
    else:
        when = ""
    return Figures(
        name,
        [
            f"clients delivered       {api.delivered():,} of {clients:,} (duplicates: {api.duplicates()})",
            f"first to last send      {times[-1] - times[0]:.1f} s (process start to last: {finished - started:.1f} s)",
            f"send rate               {overall:.1f} msg/s overall; per second: median {median:.0f}, max {top}",
            f"429 answers             {len(api.too_many)}{when}",
            f"bot peak memory (RSS)   {memory:.0f} MiB",
        ],
    )


async def run_kill(clients: int, workdir: Path) -> Figures:
    """Kill the bot halfway, start it again, and check that nobody got two copies."""
    api = PacedFakeBotApi(None)
    await api.start()
    database = workdir / "bench-kill.db"
    try:
        await prepare(api, database, clients)
        process = await spawn(api, database, "off")
        await until(lambda: api.delivered() >= clients // 2, seconds=clients / 5 + 120)
        process.send_signal(signal.SIGKILL)
        await process.wait()
        before = api.delivered()
        sends_before = len(api.client_times())
        restarted = time.monotonic()
        process = await spawn(api, database, "off")
        await until(lambda: len(api.client_times()) > sends_before, seconds=60)
        first_new = min(t for t in api.client_times() if t > restarted)
        await until(
            lambda: any("Afgeleverd" in (m.plain or "") for m in api.messages_to(COACH_ID)),
            clients / 5 + 120,
        )
        done = time.monotonic()
        await stop(process)
    finally:
        await api.stop()
    unknown = await unknown_rows(database)
    missing = clients - api.delivered()
    return Figures(
        "killed halfway (SIGKILL), limiter off",
        [
            f"delivered before kill   {before:,}",
            f"time to resume          {first_new - restarted:.2f} s from starting the new process to its first send",
            f"resume to last send     {done - restarted:.1f} s",
            f"clients delivered       {api.delivered():,} of {clients:,} (duplicates: {api.duplicates()})",
            f"rows in doubt           {unknown} marked unknown and not re-sent; {missing} of them never arrived",
        ],
    )


async def main_async(clients: int, runs: list[str], workdir: Path) -> None:
    """Run the benchmarks and print the figures."""
    print(
        f"Broadcast of one exercise to {clients:,} clients (python {sys.version.split()[0]}, pid {os.getpid()})"
    )
    for run in runs:
        if run in ("on", "smooth", "margin", "off"):
            figures = await run_throughput(clients, run, workdir)
        else:
            figures = await run_kill(clients, workdir)
        print(f"\n[{figures.name}]")
        for line in figures.lines:
            print("  " + line)
        sys.stdout.flush()


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        api_url, token, database, limiter = sys.argv[2:6]
        child(api_url, token, database, limiter)
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=10_000)
    parser.add_argument(
        "--runs",
        default="on,smooth,margin,off,kill",
        help="comma-separated: on, smooth, margin, off, kill",
    )
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "samen-bench")
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    for old in args.workdir.glob("bench-*.db*"):
        old.unlink()
    asyncio.run(main_async(args.clients, args.runs.split(","), args.workdir))


if __name__ == "__main__":
    main()

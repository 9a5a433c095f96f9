"""Benchmark of the check-in dispatcher (not a test): 100,000 couples due at 19:30.

Run from the repository root::

    python bench/bench_checkin.py [--couples 100000] [--limited-seconds 20] [--free-seconds 8]

What it does:

1. builds a SQLite database with N couples (each with a linked group), all with the
   default daily check-in at 19:30 Europe/Amsterdam, and plans their schedules;
2. measures one dispatcher tick when nothing is due, the indexed query that finds
   what is due when all N are due at once, and claiming them in batches;
3. measures the send rate of check-in openings through the real Sender and PTB
   against the fake Bot API (tests/fakeapi, run in a child process so its memory
   does not count), with the rate limits on (PTB's AIORateLimiter and the Sender's
   pacing) and off. Only inside this benchmark, and only in the first run, the fake
   answers 429 when more than 30 messages arrive within one second; in the second it
   accepts everything, to show how fast the bot itself can go;
4. prints the figures and the process's peak RSS.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import deque
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MORNING = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)  # Monday 09:00 in Amsterdam
DUE = datetime(2026, 11, 23, 18, 30, 1, tzinfo=UTC)  # 19:30:01 in Amsterdam
GROUP_BASE = 4_100_000_000  # the fake API's group ids: -(GROUP_BASE + seq), seq from 1
TOKEN = "123456:BENCH-TOKEN"


# ----------------------------------------------------------------- the fake, in a child


def serve_fake(groups: int) -> None:
    """Child process: the fake Bot API with N groups and a 30-per-second 429 rule."""
    from aiohttp import web

    from tests.fakeapi import FakeBotApi

    class LimitedFakeBotApi(FakeBotApi):
        """Answers 429 (retry_after 1) to a send above 30 within the last second."""

        def __init__(self) -> None:
            super().__init__(token=TOKEN)
            self.window: deque[float] = deque()
            self.accepted = 0
            self.too_many = 0
            self.limit = True

        async def _handle_method(self, request: web.Request) -> web.Response:
            method = request.match_info["method"].lower()
            if method in ("benchlimiton", "benchlimitoff"):
                self.limit = method == "benchlimiton"
                return web.json_response({"ok": True, "result": True})
            if method == "benchstats":
                body = {"accepted": self.accepted, "too_many": self.too_many}
                return web.json_response({"ok": True, "result": body})
            if method in ("sendmessage", "sendphoto", "senddocument"):
                now = time.monotonic()
                while self.window and now - self.window[0] >= 1.0:
                    self.window.popleft()
                if self.limit and len(self.window) >= 30:
                    self.too_many += 1
                    return web.json_response(
                        {
                            "ok": False,
                            "error_code": 429,
                            "description": "Too Many Requests: retry after 1",
                            "parameters": {"retry_after": 1},
                        },
                        status=429,
                    )
                self.window.append(now)
                self.accepted += 1
                # Keep the fake's own records small: the benchmark reads only counters.
                self.sent.clear()
                self.requests.clear()
                self._events.clear()
                self._sent_by_key.clear()
            return await super()._handle_method(request)

    async def main() -> None:
        api = LimitedFakeBotApi()
        for _ in range(groups):
            api.group("Wij", bot_status="member")
        await api.start()
        print(api.base_url, flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


# ----------------------------------------------------------------- the database


async def build_database(path: Path, couples: int) -> Any:
    from bot.storage.db import Database, to_db

    db = await Database.open(path)
    stamp = to_db(MORNING)
    batch = 10_000
    for start in range(1, couples + 1, batch):
        ids = range(start, min(start + batch, couples + 1))
        async with db.transaction() as conn:
            await conn.executemany(
                "INSERT INTO users (id, first_name, consented_at, created_at)"
                " VALUES (?, 'Partner', ?, ?)",
                [(uid, stamp, stamp) for i in ids for uid in (2 * i, 2 * i + 1)],
            )
            await conn.executemany(
                "INSERT INTO couples (id, group_chat_id, timezone, created_at)"
                " VALUES (?, ?, 'Europe/Amsterdam', ?)",
                [(i, -(GROUP_BASE + i), stamp) for i in ids],
            )
            await conn.executemany(
                "INSERT INTO couple_members (user_id, couple_id, joined_at) VALUES (?, ?, ?)",
                [(uid, i, stamp) for i in ids for uid in (2 * i, 2 * i + 1)],
            )
    return db


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def measure_queries(db: Any, couples: int) -> dict[str, Any]:
    from bot.handlers import checkin_due
    from bot.storage import checkin_schedules, checkins

    figures: dict[str, Any] = {}
    started = time.perf_counter()
    while await checkin_schedules.plan_pending(db, MORNING, 5000):
        pass
    figures["plan all schedules"] = f"{time.perf_counter() - started:.2f} s"

    quiet = MORNING + timedelta(hours=1)
    samples = []
    for _ in range(50):
        t0 = time.perf_counter()
        await checkin_schedules.find_due(db, "daily", quiet, checkin_due.CLAIM_BATCH)
        await checkin_schedules.find_due(db, "weekly", quiet, checkin_due.CLAIM_BATCH)
        for column in ("wake_at", "remind_at", "warn_at", "summary_at"):
            await checkins.due_ids(db, column, quiet, checkin_due.FOLLOW_UP_BATCH)
        await checkins.commitments_due(db, quiet, checkin_due.FOLLOW_UP_BATCH)
        samples.append(time.perf_counter() - t0)
    figures["tick, nothing due: all due-queries"] = ms(statistics.median(samples))

    samples = []
    for _ in range(50):
        t0 = time.perf_counter()
        rows = await checkin_schedules.find_due(db, "daily", DUE, checkin_due.CLAIM_BATCH)
        samples.append(time.perf_counter() - t0)
    assert len(rows) == checkin_due.CLAIM_BATCH
    figures[f"find due, {couples} due at 19:30 (LIMIT {checkin_due.CLAIM_BATCH})"] = ms(
        statistics.median(samples)
    )

    batches = []
    total = 0
    while True:
        t0 = time.perf_counter()
        opened = await checkin_schedules.claim_due(db, "daily", DUE, checkin_due.CLAIM_BATCH)
        if not opened:
            break
        batches.append(time.perf_counter() - t0)
        total += opened
    figures["claimed (check-ins opened)"] = total
    figures[f"claim one batch of {checkin_due.CLAIM_BATCH} (median)"] = ms(
        statistics.median(batches)
    )
    figures["claim all (sum of batches)"] = f"{sum(batches):.2f} s"
    samples = []
    for _ in range(50):
        t0 = time.perf_counter()
        await checkins.due_ids(db, "wake_at", DUE, checkin_due.SEND_BATCH)
        samples.append(time.perf_counter() - t0)
    figures["find openings to send (wake_at, LIMIT 30)"] = ms(statistics.median(samples))
    return figures


async def measure_sending(db: Any, base_url: str, limited: bool, seconds: float) -> dict[str, Any]:
    from telegram.constants import ParseMode
    from telegram.ext import AIORateLimiter, Defaults, ExtBot
    from telegram.request import HTTPXRequest

    from bot.clock import Clock
    from bot.config import Settings
    from bot.handlers import checkin_due
    from bot.i18n import load_catalogues
    from bot.sending import Sender
    from bot.services import Services

    load_catalogues()
    limiter = (
        AIORateLimiter(
            overall_max_rate=30,
            overall_time_period=1,
            group_max_rate=20,
            group_time_period=60,
            max_retries=0,
        )
        if limited
        else None
    )
    bot: ExtBot[Any] = ExtBot(
        TOKEN,
        base_url=base_url,
        defaults=Defaults(parse_mode=ParseMode.HTML),
        rate_limiter=limiter,  # type: ignore[arg-type]
        request=HTTPXRequest(connection_pool_size=256),  # as ApplicationBuilder sets it
    )
    await bot.initialize()

    class Fixed(Clock):
        def now(self) -> datetime:
            return DUE

    settings = Settings(bot_token=TOKEN, bot_api_url=base_url, tick_seconds=5.0)
    svc = Services(settings, db, Fixed(), Sender(bot, db), "SamenBench", False)

    async def stats() -> dict[str, int]:
        result: dict[str, int] = await bot._post("benchStats")  # type: ignore[assignment]
        return result

    await bot._post("benchLimitOn" if limited else "benchLimitOff")
    before = await stats()
    opened_before = await db.fetchval("SELECT count(*) FROM checkins WHERE wake_at IS NULL")
    t0 = time.perf_counter()
    ticks = 0
    while time.perf_counter() - t0 < seconds:
        await checkin_due.send_openings(svc, DUE)
        ticks += 1
    elapsed = time.perf_counter() - t0
    after = await stats()
    opened = await db.fetchval("SELECT count(*) FROM checkins WHERE wake_at IS NULL")
    await bot.shutdown()
    accepted = after["accepted"] - before["accepted"]
    return {
        "seconds": round(elapsed, 1),
        "ticks": ticks,
        "openings sent": opened - opened_before,
        "messages accepted": accepted,
        "messages/s": round(accepted / elapsed, 1),
        "429 answers": after["too_many"] - before["too_many"],
    }


async def bench(couples: int, limited_seconds: float, free_seconds: float) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        db = await build_database(Path(tmp) / "bench.db", couples)
        print(f"built {couples} couples in {time.perf_counter() - t0:.1f} s")
        figures = await measure_queries(db, couples)
        for name, value in figures.items():
            print(f"  {name}: {value}")
        print(f"peak RSS after planning and claiming: {peak_rss_mb():.1f} MB")

        child = subprocess.Popen(  # noqa: ASYNC220 (benchmark set-up, once)
            [sys.executable, __file__, "--serve-fake", str(couples)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        try:
            assert child.stdout is not None
            base_url = child.stdout.readline().strip()
            for limited, seconds in ((True, limited_seconds), (False, free_seconds)):
                result = await measure_sending(db, base_url, limited, seconds)
                label = "limiter ON (30/s)" if limited else "limiter OFF"
                print(f"send, {label}: {json.dumps(result)}")
        finally:
            child.terminate()
            child.wait()
        print(f"peak RSS of the bot process: {peak_rss_mb():.1f} MB")
        await db.close()


def main() -> None:
    """Run the benchmark (or, with --serve-fake, the child process)."""
    import logging

    # PTB logs every 429 it passes on with a traceback; the figures count them instead.
    logging.getLogger("telegram.ext.AIORateLimiter").setLevel(logging.CRITICAL)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--couples", type=int, default=100_000)
    parser.add_argument("--limited-seconds", type=float, default=20.0)
    parser.add_argument("--free-seconds", type=float, default=8.0)
    parser.add_argument("--serve-fake", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_fake is not None:
        serve_fake(args.serve_fake)
        return
    asyncio.run(bench(args.couples, args.limited_seconds, args.free_seconds))


if __name__ == "__main__":
    main()

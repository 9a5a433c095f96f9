"""The dispatcher tick: one repeating job that runs every due-task.

Timers and schedules live in the database, not in memory: each feature
registers a due-task that finds (with an indexed query) what has fallen due by
``now`` and handles it, marking rows done in the same step so nothing is sent
twice. Because the tick also runs right at start-up, anything that fell due
while the bot was down is picked up then. There are no per-couple jobs, so
there is nothing to rebuild after a restart.

APScheduler's ``misfire_grace_time`` defaults to 1 second, which silently drops
a run that starts late (a busy event loop, a suspended laptop). A late tick is
still useful, so it is ``None`` (always run) with ``coalesce`` so a backlog of
missed runs becomes one.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from telegram.ext import Application

from bot.handlers.common import Context
from bot.services import Services, services

log = logging.getLogger(__name__)

DueTask = Callable[[Services, datetime], Awaitable[None]]
_TASKS: dict[str, DueTask] = {}
JOB_NAME = "dispatcher"


def register_due(name: str, task: DueTask) -> None:
    """Run ``task(services, now)`` on every tick (idempotent by name)."""
    _TASKS[name] = task


async def run_due(svc: Services) -> None:
    """Run every due-task once; one failing task does not stop the others."""
    now = svc.clock.now()
    for name, task in list(_TASKS.items()):
        try:
            await task(svc, now)
        except Exception:
            log.exception("due task failed task=%s", name)


async def tick(context: Context) -> None:
    """The repeating job."""
    await run_due(services(context))


def start(app: Application[Any, Any, Any, Any, Any, Any], interval: float) -> None:
    """Schedule the dispatcher, replacing one that is already there."""
    queue = app.job_queue
    if queue is None:
        raise RuntimeError("PTB was installed without the job-queue extra")
    for job in queue.get_jobs_by_name(JOB_NAME):
        job.schedule_removal()
    queue.run_repeating(
        tick,
        interval=interval,
        first=0,
        name=JOB_NAME,
        job_kwargs={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
    )

"""The clock the bot reads time from, injectable so tests can move time."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol


class Clock(Protocol):
    """Something that tells the current time as an aware UTC datetime."""

    def now(self) -> datetime: ...


class SystemClock:
    """The real wall clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)


class ScaledClock:
    """A clock that runs ``speed`` times faster than real time, for trying flows by hand.

    Simulated time is ``anchor + (real now - anchor) * speed``. The anchor is kept in
    ``anchor_file`` (created on first use), so simulated time continues across restarts
    instead of jumping back, which is what makes a restart mid-pause meaningful.
    """

    def __init__(self, speed: float, anchor_file: Path) -> None:
        if speed < 1:
            raise ValueError("speed must be at least 1")
        self.speed = speed
        self.anchor = self._load_anchor(anchor_file)

    @staticmethod
    def _load_anchor(anchor_file: Path) -> datetime:
        try:
            return datetime.fromisoformat(anchor_file.read_text(encoding="utf-8").strip())
        except (OSError, ValueError):
            anchor = datetime.now(UTC)
            anchor_file.parent.mkdir(parents=True, exist_ok=True)
            anchor_file.write_text(anchor.isoformat(), encoding="utf-8")
            return anchor

    def now(self) -> datetime:
        real = datetime.now(UTC)
        return self.anchor + (real - self.anchor) * self.speed

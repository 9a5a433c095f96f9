"""The main menu: each feature adds its own entry, shown in a fixed order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from telegram import InlineKeyboardMarkup

from bot.callbacks import keyboard


@dataclass(frozen=True)
class MenuItem:
    """One button of the main menu."""

    order: int
    label: Callable[[], str]
    payload: str
    when_paired: bool | None = None  # None: always; True/False: only when (not) paired


_ITEMS: dict[str, MenuItem] = {}


def add(item: MenuItem) -> None:
    """Register a menu entry (idempotent by payload)."""
    _ITEMS[item.payload] = item


def markup(paired: bool) -> InlineKeyboardMarkup:
    """The menu buttons for someone who is (not) paired, one per row."""
    items = sorted(_ITEMS.values(), key=lambda item: item.order)
    rows = [
        [(item.label(), item.payload)]
        for item in items
        if item.when_paired is None or item.when_paired == paired
    ]
    return keyboard(rows)

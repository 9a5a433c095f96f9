"""Button payloads: short ``kind:part:part`` strings, never trusted.

A payload names a feature (its kind) and points at database rows. Handlers
look the rows up again and check that the presser may act on them.
"""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

MAX_BYTES = 64
SEPARATOR = ":"


def pack(kind: str, *parts: str | int) -> str:
    """Build a payload; raise if it would not fit in Telegram's 64 bytes."""
    payload = SEPARATOR.join([kind, *(str(part) for part in parts)])
    if len(payload.encode()) > MAX_BYTES:
        raise ValueError(f"callback payload too long for kind {kind}")
    return payload


def unpack(payload: str | None) -> list[str]:
    """Split a payload into its kind and parts (empty list for nothing)."""
    if not payload:
        return []
    return payload.split(SEPARATOR)


def pattern(kind: str) -> str:
    """The regex a CallbackQueryHandler uses to route ``kind`` payloads."""
    return f"^{kind}(:|$)"


def keyboard(rows: Sequence[Sequence[tuple[str, str]]]) -> InlineKeyboardMarkup:
    """Inline keyboard from rows of (label, payload)."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=data) for label, data in row] for row in rows]
    )


def url_button(label: str, url: str) -> InlineKeyboardMarkup:
    """A one-button keyboard that opens a link."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, url=url)]])


def int_part(parts: list[str], index: int) -> int | None:
    """The integer at ``parts[index]``, or ``None`` if absent or not a number."""
    if index >= len(parts):
        return None
    value = parts[index]
    if not value.isdigit() or len(value) > 18:
        return None
    return int(value)

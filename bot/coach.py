"""Coaching rules, free of I/O: links, who is a coach, paging, message limits, delivery tallies.

A coach link (``t.me/<bot>?start=c<code>``) is made on the command line, works
once and expires after :data:`COACH_LINK_TTL`. A client invite
(``?start=k<code>``) is the coach's shareable link; it works until the coach
makes a new one. Codes are 24 URL-safe characters (144 bits).
"""

from __future__ import annotations

import hashlib
import html
import re
import secrets
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Generic, TypeVar

from bot.sending import Delivery

T = TypeVar("T")

COACH_PREFIX = "c"
CLIENT_PREFIX = "k"
COACH_LINK_TTL = timedelta(days=7)
CODE_BYTES = 18  # → 24 URL-safe characters
MAX_MESSAGE = 4096  # Telegram's limit, applied to the message as the client receives it
_CODE_RE = re.compile(r"[A-Za-z0-9_-]{24}")
_TAG_RE = re.compile(r"<[^>]*>")

SOURCE_LINK = "link"
SOURCE_CONFIG = "config"


class LinkStatus(StrEnum):
    """Whether a coach link can make someone a coach now."""

    OK = "ok"
    MALFORMED = "malformed"
    UNKNOWN = "unknown"
    USED = "used"
    EXPIRED = "expired"
    ALREADY_COACH = "already_coach"


class InviteStatus(StrEnum):
    """Whether a client invite can be accepted by this person now."""

    OK = "ok"
    MALFORMED = "malformed"
    UNKNOWN = "unknown"
    OWN = "own"
    ALREADY_CLIENT = "already_client"
    OTHER_COACH = "other_coach"


class BroadcastState(StrEnum):
    """The life of a broadcast."""

    DRAFT = "draft"
    CANCELLED = "cancelled"
    SENDING = "sending"
    DONE = "done"


class RecipientState(StrEnum):
    """Delivery state of one recipient row."""

    PENDING = "pending"
    SENDING = "sending"  # claimed; the send call may be under way
    SENT = "sent"
    BLOCKED = "blocked"
    FAILED = "failed"
    SKIPPED = "skipped"  # left the coach (or was removed) before their turn
    UNKNOWN = "unknown"  # the process died while the row was 'sending'; never re-sent


class MessageProblem(StrEnum):
    """Why a coach's own message cannot be sent."""

    EMPTY = "empty"
    TOO_LONG = "too_long"


def new_code() -> str:
    """A fresh random code for a link."""
    return secrets.token_urlsafe(CODE_BYTES)


def hash_code(code: str) -> str:
    """The stored form of a one-time code."""
    return hashlib.sha256(code.encode()).hexdigest()


def parse_payload(payload: str, prefix: str) -> str | None:
    """The code in a deep-link payload with this prefix, or None if malformed."""
    payload = payload.strip()
    if not payload.startswith(prefix):
        return None
    code = payload[len(prefix) :]
    return code if _CODE_RE.fullmatch(code) else None


def is_code(value: str) -> bool:
    """Whether ``value`` looks like a code (button data is untrusted)."""
    return bool(_CODE_RE.fullmatch(value))


def is_coach(user_id: int, source: str | None, configured: Collection[int]) -> bool:
    """A coach by a used link, or by COACH_IDS (a config coach stops when removed from it)."""
    return user_id in configured or source == SOURCE_LINK


def outcome_state(status: Delivery) -> RecipientState:
    """The recipient state for how a delivery ended."""
    return {
        Delivery.SENT: RecipientState.SENT,
        Delivery.BLOCKED: RecipientState.BLOCKED,
        Delivery.FAILED: RecipientState.FAILED,
    }[status]


def plain_text(html_text: str) -> str:
    """What the reader sees of an HTML message: tags removed, entities decoded."""
    return html.unescape(_TAG_RE.sub("", html_text))


def check_message(body: str | None, rendered: str) -> MessageProblem | None:
    """Whether the coach's text (``body``) can go out as ``rendered``.

    Both the HTML and the visible text must fit in one message; the sending path
    cuts anything longer, which could break the markup.
    """
    if body is None or not plain_text(body).strip():
        return MessageProblem.EMPTY
    if len(rendered) > MAX_MESSAGE or len(plain_text(rendered)) > MAX_MESSAGE:
        return MessageProblem.TOO_LONG
    return None


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a longer list."""

    items: Sequence[T]
    number: int  # 0-based, clamped into range
    count: int  # number of pages (at least 1)

    @property
    def has_previous(self) -> bool:
        """Whether there is a page before this one."""
        return self.number > 0

    @property
    def has_next(self) -> bool:
        """Whether there is a page after this one."""
        return self.number + 1 < self.count


def page_count(total: int, size: int) -> int:
    """How many pages ``total`` items fill (at least one)."""
    return max(1, -(-total // size))


def clamp_page(number: int, total: int, size: int) -> int:
    """A page number inside the range (old buttons may point past the end)."""
    return min(max(number, 0), page_count(total, size) - 1)


def paginate(items: Sequence[T], number: int, size: int) -> Page[T]:
    """The ``number``-th page of ``items``, clamped into range."""
    number = clamp_page(number, len(items), size)
    return Page(items[number * size : (number + 1) * size], number, page_count(len(items), size))


@dataclass(frozen=True)
class Tally:
    """How the recipients of one broadcast stand."""

    pending: int = 0
    sending: int = 0
    sent: int = 0
    blocked: int = 0
    failed: int = 0
    skipped: int = 0
    unknown: int = 0

    @classmethod
    def from_counts(cls, counts: Mapping[str, int]) -> Tally:
        """Build from ``{state: count}`` (unknown states are ignored)."""
        known = {state.value for state in RecipientState}
        return cls(**{state: count for state, count in counts.items() if state in known})

    @property
    def total(self) -> int:
        """Every recipient row."""
        return self.pending + self.sending + self.processed

    @property
    def processed(self) -> int:
        """Rows that reached a final state."""
        return self.sent + self.blocked + self.failed + self.skipped + self.unknown

    @property
    def finished(self) -> bool:
        """Nothing left to send."""
        return self.pending == 0 and self.sending == 0


class Throttle:
    """Lets an action through at most once per ``interval`` seconds (monotonic time)."""

    def __init__(self, interval: float) -> None:
        self.interval = interval
        self._last: float | None = None

    def ready(self, now: float) -> bool:
        """True (and remember ``now``) if the interval has passed since the last time."""
        if self._last is not None and now - self._last < self.interval:
            return False
        self._last = now
        return True

"""The pause and the safe word: pure rules, no Telegram and no database.

A couple picks a safe word; when either partner writes it in the shared chat
(or sends ``/pauze``) the bot starts a pause of 20, 25 or 30 minutes. This
module decides whether a proposed safe word is acceptable, whether a message
contains it, and when a pause ends, may be extended and is followed up.

All arithmetic is done on aware UTC datetimes, so a pause that crosses a
daylight-saving switch still lasts exactly its number of minutes; local wall
clock times are only produced for display, by :func:`local_time_label`.
"""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

PAUSE_LENGTHS: tuple[int, ...] = (20, 25, 30)
DEFAULT_PAUSE_MINUTES = 20
EXTENSION_MINUTES = 10
MAX_EXTENSIONS = 2
FOLLOW_UP_AFTER = timedelta(hours=24)

MAX_SAFE_WORD_LENGTH = 30
MAX_SAFE_WORD_WORDS = 2

# Words people shout in a fight anyway (CONTENT.md §1): as a safe word they
# would sound like an accusation, and they would fire by accident. Stored in
# normalised form (see `normalise`); a safe word is refused when any of its
# words is one of these.
LOADED_WORDS: frozenset[str] = frozenset(
    {
        # stopping
        "stop",
        "stoppen",
        "stopt",
        "halt",
        "ho",
        "kappen",
        "kap",
        "kapt",
        "ophouden",
        "basta",
        "klaar",
        "genoeg",
        "zwijg",
        "zwijgen",
        "wacht",
        # pausing and calming
        "pauze",
        "pauzes",
        "pauzeren",
        "pauzeer",
        "pause",
        "timeout",
        "rust",
        "rustig",
        "kalm",
        "kalmeren",
        "relax",
        "chill",
        # refusing and giving up
        "nee",
        "neen",
        "niet",
        "no",
        "nope",
        "weg",
        "boeiend",
        "whatever",
        "prima",
        "best",
        "jammer",
        "sorry",
        "excuus",
        "enough",
        "quit",
        "break",
        "help",
        "au",
        "auw",
    }
)

# Words so common in everyday chat that a pause would start when nobody meant it (a safe
# word said anywhere in the shared group starts one). A safe word made only of these is refused.
_COMMON = """
    de het een en of ja jaa yes ok oke okay ik je jij u we wij ze zij hij hem haar ons
    jullie mijn mij me jouw zijn is was ben bent zijn wordt heb hebt heeft had
    dat die dit deze wat wie waar wanneer hoe waarom maar want dus ook nog al wel
    toch even echt heel erg zo te om in op aan af uit bij met van voor na naar door
    over tot tegen als dan er hier daar nu straks vandaag morgen gisteren
    goed fijn leuk lief mooi top super zeker precies inderdaad natuurlijk tja nou
    hoi hallo hey hi hoe gaat dag doei bye thanks dank dankje dankjewel bedankt
    haha hahaha hihi lol xd xx xxx kus kusje schat schatje liefje lieverd babe
    eten thuis werk kinderen kind huis auto tv
    the a an to and you i it of no
"""
COMMON_WORDS: frozenset[str] = frozenset(_COMMON.split())

# Loaded phrases whose words are harmless on their own.
LOADED_PHRASES: frozenset[tuple[str, ...]] = frozenset(
    {
        ("time", "out"),
        ("hou", "op"),
        ("houd", "op"),
        ("mond", "dicht"),
        ("kop", "dicht"),
        ("rot", "op"),
        ("ga", "weg"),
        ("even", "niet"),
        ("laat", "maar"),
        ("laat", "me"),
        ("doe", "normaal"),
        ("doe", "maar"),
        ("shut", "up"),
        ("calm", "down"),
        ("kalm", "aan"),
    }
)


class SafeWordProblem(StrEnum):
    """Why a proposed safe word cannot be used."""

    EMPTY = "empty"
    TOO_LONG = "too_long"
    TOO_MANY_WORDS = "too_many_words"
    LOADED = "loaded"
    NOT_A_WORD = "not_a_word"
    COMMON = "common"  # an everyday word: it would start pauses nobody asked for


def _is_mark(char: str) -> bool:
    """True for combining marks and variation selectors (Unicode category M*)."""
    return unicodedata.category(char).startswith("M")


def normalise(text: str) -> str:
    """Casefold, strip accents (NFKD) and collapse whitespace."""
    # Marks go before casefolding (which turns U+0345 into the letter iota) and
    # again after it (which turns "İ" into "i" plus a combining dot).
    folded = _strip_marks(_strip_marks(text).casefold())
    return " ".join(folded.split())


def _strip_marks(text: str) -> str:
    """Decompose (NFKD) and drop every combining mark."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not _is_mark(char))


def words(text: str) -> tuple[str, ...]:
    """The normalised words of ``text``: runs of letters and digits, nothing else."""
    # Separators are decided on the raw text, before compatibility decomposition,
    # so a symbol such as "™" right after a word cannot glue letters onto it.
    spaced = "".join(char if char.isalnum() or _is_mark(char) else " " for char in text)
    normalised = normalise(spaced)
    found: list[str] = []
    current: list[str] = []
    for char in normalised:
        if char.isalnum():
            current.append(char)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return tuple(found)


def clean_safe_word(raw: str) -> str:
    """The stored display form: trimmed of surrounding punctuation, single spaces."""
    collapsed = " ".join(raw.split())
    start = 0
    end = len(collapsed)
    while start < end and not collapsed[start].isalnum():
        start += 1
    while end > start and not (collapsed[end - 1].isalnum() or _is_mark(collapsed[end - 1])):
        end -= 1
    return unicodedata.normalize("NFC", collapsed[start:end])


def _is_loaded(safe_words: tuple[str, ...]) -> bool:
    """True when the safe word is, or contains, something said in anger anyway."""
    if any(word in LOADED_WORDS for word in safe_words):
        return True
    return any(
        safe_words[i : i + len(phrase)] == phrase
        for phrase in LOADED_PHRASES
        for i in range(len(safe_words) - len(phrase) + 1)
    )


def validate_safe_word(raw: str) -> SafeWordProblem | None:
    """The first problem with a proposed safe word, or None when it can be used."""
    if not raw.strip():
        return SafeWordProblem.EMPTY
    safe_words = words(raw)
    if not any(char.isalpha() for word in safe_words for char in word):
        return SafeWordProblem.NOT_A_WORD
    if len(safe_words) > MAX_SAFE_WORD_WORDS:
        return SafeWordProblem.TOO_MANY_WORDS
    if len(clean_safe_word(raw)) > MAX_SAFE_WORD_LENGTH:
        return SafeWordProblem.TOO_LONG
    if _is_loaded(safe_words):
        return SafeWordProblem.LOADED
    if all(word in COMMON_WORDS for word in safe_words):
        return SafeWordProblem.COMMON
    return None


def contains_safe_word(message: str, safe_word: str) -> bool:
    """True when ``message`` holds the safe word as whole word(s), ignoring case and accents."""
    wanted = words(safe_word)
    if not wanted:
        return False
    said = words(message)
    size = len(wanted)
    return any(said[i : i + size] == wanted for i in range(len(said) - size + 1))


def is_only_safe_word(message: str, safe_word: str) -> bool:
    """True when ``message`` is the safe word and nothing else but punctuation."""
    wanted = words(safe_word)
    return bool(wanted) and words(message) == wanted


def is_valid_pause_length(minutes: int) -> bool:
    """True when the couple may choose ``minutes`` as their pause length."""
    return minutes in PAUSE_LENGTHS


def _require_aware_utc(moment: datetime, name: str) -> datetime:
    """Return ``moment`` in UTC; raise ValueError when it is naive."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime, got a naive one")
    return moment.astimezone(UTC)


@dataclass(frozen=True)
class PauseTiming:
    """When a pause started, how long it lasts and how often it was extended."""

    started_at: datetime
    minutes: int = DEFAULT_PAUSE_MINUTES
    extensions: int = 0

    def __post_init__(self) -> None:
        object.__setattr__(self, "started_at", _require_aware_utc(self.started_at, "started_at"))
        if not is_valid_pause_length(self.minutes):
            raise ValueError(f"pause length must be one of {PAUSE_LENGTHS}, got {self.minutes}")
        if not 0 <= self.extensions <= MAX_EXTENSIONS:
            raise ValueError(f"extensions must be 0..{MAX_EXTENSIONS}, got {self.extensions}")

    def ends_at(self) -> datetime:
        """The deadline in UTC, extensions included."""
        total = self.minutes + self.extensions * EXTENSION_MINUTES
        return self.started_at + timedelta(minutes=total)

    def remaining(self, now: datetime) -> timedelta:
        """Time left until the deadline; never negative."""
        left = self.ends_at() - _require_aware_utc(now, "now")
        return max(left, timedelta(0))

    def is_over(self, now: datetime) -> bool:
        """True once the deadline has been reached."""
        return self.remaining(now) == timedelta(0)

    def follow_up_at(self) -> datetime:
        """When to remind each partner of the repair talk: a day after the pause ended."""
        return self.ends_at() + FOLLOW_UP_AFTER

    @property
    def extensions_left(self) -> int:
        """How many more times this pause may be extended."""
        return MAX_EXTENSIONS - self.extensions

    def can_extend(self) -> bool:
        """True while the pause may still be extended."""
        return self.extensions < MAX_EXTENSIONS

    def extended(self) -> PauseTiming:
        """This pause with one more extension; raise ValueError when none is left."""
        if not self.can_extend():
            raise ValueError("this pause cannot be extended any more")
        return PauseTiming(self.started_at, self.minutes, self.extensions + 1)


def extended_deadline(ends_at: datetime, now: datetime) -> datetime:
    """The deadline after one more extension: ten minutes from now, or later if still ahead.

    The extension is asked for after the reminder, possibly minutes (or, after a
    restart, hours) past the old deadline; counting from then would leave no pause.
    """
    base = max(_require_aware_utc(ends_at, "ends_at"), _require_aware_utc(now, "now"))
    return base + timedelta(minutes=EXTENSION_MINUTES)


def minutes_left(remaining: timedelta) -> int:
    """Whole minutes left, rounded up, never below zero."""
    seconds = remaining.total_seconds()
    if seconds <= 0:
        return 0
    return math.ceil(seconds / 60)


def local_time_label(moment: datetime, tz: ZoneInfo) -> str:
    """The wall-clock time of ``moment`` in ``tz`` as "HH:MM" (DST-correct)."""
    return _require_aware_utc(moment, "moment").astimezone(tz).strftime("%H:%M")

"""The appreciation exercise (CONTENT.md §4), pure: reading items, checking them, scheduling.

Twice a week each partner names three concrete things they appreciate in the
other. This module holds the rules, without I/O, so they are unit-tested:

- **Splitting.** Three messages of one item, or one message with an item per
  line; bullets and numbering ("- ", "•", "1.", "2)", "(3)") are stripped and
  blank lines skipped. A message adds at most the items still missing.
- **The "maar" check.** "maar" or "but" as a whole word, in any casing or
  next to any punctuation ("MAAR,", "(but)"). Words that merely contain it
  ("maart", "Maarten", "butter") do not count.
- **The vagueness rule.** An item is vague when it has fewer than
  :data:`MIN_WORDS` words, or when, after dropping small filler words
  ("je", "bent", "echt", "zo", …), all that is left are generic praise words
  such as "lief", "leuk", "aardig", "fijn", "top", "sweet", "nice". Concrete
  items name an action, a moment or a trait in use ("hoe je gisteren luisterde
  zonder meteen oplossingen te geven"). Both checks only ever lead to a gentle
  question; the writer decides.
- **Schedule.** The next prompt moment for a set of weekdays and a wall-clock
  time in the couple's zone, returned in UTC and correct across DST changes.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

ITEMS = 3
MAX_ITEM_CHARS = 1000
MIN_WORDS = 4
DEFAULT_WEEKDAYS: frozenset[int] = frozenset({1, 4})  # Tuesday, Friday (Monday = 0)
DEFAULT_TIME = time(20, 0)
TIME_STEP_MINUTES = 30
# A prompt that fell due while the bot was down is still sent at start-up, unless it is
# so late that it would arrive at an odd hour; then the next moment is simply awaited.
LATE_PROMPT_LIMIT = timedelta(hours=6)


class Check(StrEnum):
    """What the gentle check noticed in an item."""

    OK = "ok"
    BUT = "but"  # a "maar"/"but" in it
    VAGUE = "vague"  # too short, or only generic praise


class InputProblem(StrEnum):
    """Why a message could not be added to the draft."""

    EMPTY = "empty"  # nothing but whitespace, bullets or punctuation
    TOO_LONG = "too_long"  # an item over MAX_ITEM_CHARS
    TOO_MANY = "too_many"  # more items than still fit
    NOT_ONE = "not_one"  # a rewrite must be exactly one item


@dataclass(frozen=True)
class ReadResult:
    """The items a message brings, or the reason it cannot be used."""

    items: tuple[str, ...] = ()
    problem: InputProblem | None = None


# --- splitting -----------------------------------------------------------------------------

_BULLET = re.compile(
    r"^\s*(?:"
    r"[-*•·‣◦▪▫●○–—+>]+\s*"  # bullet characters
    r"|(?:\(?\d{1,2}[.):]"  # 1.  2)  (3)  4:
    r"|#\d{1,2}[.):]?"  # #1
    r"|\d{1,2}\s*[-–—]"  # 1 -   2 –
    r"|\d\ufe0f?\u20e3"  # keycap emoji 1️⃣
    r")(?=\s|$)\s*)"
)


def strip_bullet(line: str) -> str:
    """A line without its leading bullet or number and surrounding whitespace."""
    return _BULLET.sub("", line, count=1).strip()


def is_blank(text: str) -> bool:
    """Whether nothing is left but whitespace and punctuation."""
    return all(ch.isspace() or unicodedata.category(ch)[0] == "P" for ch in text)


def split_items(text: str) -> list[str]:
    """The items in a message: one per non-blank line, bullets and numbering removed."""
    items: list[str] = []
    for line in text.splitlines():
        item = strip_bullet(line)
        if not is_blank(item):
            items.append(item)
    return items


def read_input(text: str, have: int) -> ReadResult:
    """The items ``text`` adds to a draft that already has ``have`` items."""
    items = split_items(text)
    if not items:
        return ReadResult(problem=InputProblem.EMPTY)
    if any(len(item) > MAX_ITEM_CHARS for item in items):
        return ReadResult(problem=InputProblem.TOO_LONG)
    if have + len(items) > ITEMS:
        return ReadResult(problem=InputProblem.TOO_MANY)
    return ReadResult(items=tuple(items))


def read_rewrite(text: str) -> ReadResult:
    """The one item that replaces an item the writer chose to rewrite."""
    items = split_items(text)
    if not items:
        return ReadResult(problem=InputProblem.EMPTY)
    if len(items) > 1:
        return ReadResult(problem=InputProblem.NOT_ONE)
    if len(items[0]) > MAX_ITEM_CHARS:
        return ReadResult(problem=InputProblem.TOO_LONG)
    return ReadResult(items=(items[0],))


# --- the gentle checks ---------------------------------------------------------------------

# Letters on both sides must be absent: "maart" and "Maarten" are other words.
_BUT = re.compile(r"(?<![^\W\d_])(?:maar|but)(?![^\W\d_])", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")

# Praise that says little on its own (CONTENT.md §4: not "je bent lief").
GENERIC_WORDS = frozenset(
    """
    lief lieve liefste leuk leuke leukste aardig aardige fijn fijne top toppie
    sweet nice mooi mooie knap knappe geweldig geweldige super gaaf gave tof toffe cool
    schat schatje lekker lekkere prachtig prachtige goed goede best beste bijzonder
    bijzondere fantastisch fantastische heerlijk heerlijke perfect perfecte uniek unieke
    schattig schattige cute kind great good amazing awesome wonderful lovely beautiful
    handsome perfect special best sweetheart darling
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
# Words that carry no concrete content around generic praise.
FILLER_WORDS = frozenset(
    """
    ik je jij jou u jouw we wij ons onze het de een dat die dit deze en of ook
    bent ben is was waart zijn zo zó heel erg echt gewoon altijd nog wel toch
    vind vond waardeer waardeerde hou houd van mij me mijn zulk zulke z'n
    zoveel zo'n hoe wat enorm ontzettend mega best beetje super totaal
    voor met naar bij op in aan tegen over als
    i you your you're youre are is am so very really just always the a an and
    such my me love appreciate think find that how what for to with of
    """.split()  # noqa: SIM905 (a word list reads better as text)
)


def has_but(text: str) -> bool:
    """Whether ``text`` contains "maar" or "but" as a whole word."""
    return _BUT.search(text) is not None


def words(text: str) -> list[str]:
    """The words of ``text`` in lower case (letters and digits; ``'`` and ``-`` join)."""
    return [word.casefold() for word in _WORD.findall(text)]


def is_vague(text: str) -> bool:
    """Whether ``text`` is too short or only generic praise (see the module docstring)."""
    found = words(text)
    if len(found) < MIN_WORDS:
        return True
    content = [word for word in found if word not in FILLER_WORDS]
    return all(word in GENERIC_WORDS for word in content)


def check_item(text: str) -> Check:
    """The first thing worth a gentle question: a "maar" before vagueness."""
    if has_but(text):
        return Check.BUT
    if is_vague(text):
        return Check.VAGUE
    return Check.OK


# --- schedule ------------------------------------------------------------------------------


def parse_weekdays(value: str) -> frozenset[int]:
    """Weekdays stored as ``"1,4"`` (Monday = 0); unknown parts are ignored."""
    days = {int(part) for part in value.split(",") if part.strip().isdigit()}
    return frozenset(day for day in days if 0 <= day <= 6)


def format_weekdays(days: Iterable[int]) -> str:
    """The stored form of a set of weekdays."""
    return ",".join(str(day) for day in sorted(set(days)))


def parse_time(value: str) -> time:
    """A stored ``"HH:MM"``; the default time when it is malformed."""
    try:
        hours, minutes = (int(part) for part in value.split(":"))
        return time(hours, minutes)
    except ValueError:
        return DEFAULT_TIME


def format_time(moment: time) -> str:
    """The stored (and shown) ``"HH:MM"`` form."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def shift_time(moment: time, minutes: int) -> time:
    """``moment`` moved by ``minutes``, wrapping around midnight."""
    total = (moment.hour * 60 + moment.minute + minutes) % (24 * 60)
    return time(total // 60, total % 60)


def next_prompt(
    after: datetime, weekdays: frozenset[int], at: time, zone: ZoneInfo
) -> datetime | None:
    """The first prompt moment strictly after ``after``, in UTC; ``None`` without weekdays.

    The wall-clock time ``at`` is read in ``zone`` on each chosen weekday, so a
    prompt stays at 20:00 local time across DST changes. A time that does not
    exist on the day clocks spring forward is read with the offset before the
    change (02:30 becomes 03:30); one that exists twice is the first.
    """
    if after.tzinfo is None:
        raise ValueError("naive datetime")
    if not weekdays:
        return None
    local_day = after.astimezone(zone).date()
    for offset in range(9):
        day = local_day + timedelta(days=offset)
        if day.weekday() not in weekdays:
            continue
        candidate = datetime.combine(day, at, tzinfo=zone).astimezone(UTC)
        if candidate > after:
            return candidate
    return None  # unreachable with a non-empty set of valid weekdays


def still_timely(due: datetime, now: datetime) -> bool:
    """Whether a prompt that fell due at ``due`` should still be sent at ``now``."""
    return now - due <= LATE_PROMPT_LIMIT

"""Unit and property tests for the pause and safe-word domain and its Dutch texts."""

from __future__ import annotations

import gettext
import inspect
import re
import shutil
import string
import unicodedata
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from functools import partial
from html.parser import HTMLParser
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po
from hypothesis import assume, given
from hypothesis import strategies as st

from bot import i18n, pause_texts
from bot.pause import (
    DEFAULT_PAUSE_MINUTES,
    EXTENSION_MINUTES,
    FOLLOW_UP_AFTER,
    MAX_EXTENSIONS,
    PAUSE_LENGTHS,
    PauseTiming,
    SafeWordProblem,
    clean_safe_word,
    contains_safe_word,
    extended_deadline,
    is_only_safe_word,
    is_valid_pause_length,
    local_time_label,
    minutes_left,
    normalise,
    validate_safe_word,
    words,
)

ROOT = Path(__file__).resolve().parent.parent
PAUSE_PO = ROOT / "locales" / "nl" / "LC_MESSAGES" / "pause.po"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
START = datetime(2026, 5, 4, 18, 30, tzinfo=UTC)


# --- safe word validation ------------------------------------------------------


@pytest.mark.parametrize("raw", ["", "   ", "\n\t"])
def test_empty_safe_word_is_refused(raw: str) -> None:
    assert validate_safe_word(raw) is SafeWordProblem.EMPTY


@pytest.mark.parametrize("raw", ["123", "!!!", "🍍", "... 42 ?", "-_-"])
def test_safe_word_without_letters_is_refused(raw: str) -> None:
    assert validate_safe_word(raw) is SafeWordProblem.NOT_A_WORD


@pytest.mark.parametrize("raw", ["paarse vliegende olifant", "a b c", "time out nu"])
def test_more_than_two_words_is_refused(raw: str) -> None:
    assert validate_safe_word(raw) is SafeWordProblem.TOO_MANY_WORDS


@pytest.mark.parametrize("raw", ["ja", "Oké", "de", "haha", "schat", "lieverd", "ok ja", "XD"])
def test_everyday_words_are_refused(raw: str) -> None:
    assert validate_safe_word(raw) is SafeWordProblem.COMMON


@pytest.mark.parametrize("raw", ["ananas", "paarse olifant", "Krokodil", "goed ananas"])
def test_unusual_words_are_accepted(raw: str) -> None:
    assert validate_safe_word(raw) is None


@pytest.mark.parametrize(
    "raw", ["a" * 31, "supercalifragilisticexpialidocious", "paarse " + "o" * 25]
)
def test_safe_word_over_thirty_characters_is_refused(raw: str) -> None:
    assert validate_safe_word(raw) is SafeWordProblem.TOO_LONG


@pytest.mark.parametrize(
    "raw",
    [
        "stop",
        "STOP!",
        "Stoppen",
        "Pauze",
        "pauzé",
        "pause",
        "time-out",
        "Time out",
        "timeout",
        "genoeg",
        "kappen",
        "ophouden",
        "rust",
        "hou op",
        "Hou Op!",
        "laat maar",
        "sorry",
        "nee",
        "stop nou",
        "paarse stop",
    ],
)
def test_loaded_words_are_refused(raw: str) -> None:
    assert validate_safe_word(raw) is SafeWordProblem.LOADED


@pytest.mark.parametrize(
    "raw",
    ["ananas", "Krokodil", "paars", "paarse olifant", "  Ananas!  ", "a" * 30, "stopcontact"],
)
def test_good_safe_words_are_accepted(raw: str) -> None:
    assert validate_safe_word(raw) is None


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  paarse   olifant ", "paarse olifant"),
        ('"Ananas"', "Ananas"),
        ("🍍ananas🍍", "ananas"),
        ("kiwi-taart!", "kiwi-taart"),
    ],
)
def test_clean_safe_word_trims_and_collapses(raw: str, clean: str) -> None:
    assert clean_safe_word(raw) == clean


def test_normalise_folds_case_accents_and_whitespace() -> None:
    assert normalise("  Crème\u00a0BRÛLÉE \n ") == "creme brulee"
    assert normalise("Ĳsje") == "ijsje"


# --- safe word matching --------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "safe_word", "expected"),
    [
        ("Ik zeg: ANANAS!!", "ananas", True),
        ("ÁNÁNÁS", "ananas", True),
        ("krokodil", "Krókodil", True),
        ("🍍ananas🍍", "ananas", True),
        ("#ananas", "ananas", True),
        ("Paarse olifant!", "paarse olifant", True),
        ("nou... PAARSE   olifant, echt", "paarse olifant", True),
        ("Ĳsje", "ijsje", True),
        ("paarse", "paars", False),
        ("ananasje", "ananas", False),
        ("ananas2", "ananas", False),
        ("olifant paarse", "paarse olifant", False),
        ("paarse olifanten", "paarse olifant", False),
        ("de paarse kat en een olifant", "paarse olifant", False),
        ("ananas", "", False),
        ("ananas", "!!!", False),
    ],
)
def test_contains_safe_word(message: str, safe_word: str, expected: bool) -> None:
    assert contains_safe_word(message, safe_word) is expected


def test_is_only_safe_word() -> None:
    assert is_only_safe_word("Ananas!", "ananas")
    assert is_only_safe_word("  paarse OLIFANT ", "paarse olifant")
    assert not is_only_safe_word("ananas toch", "ananas")
    assert not is_only_safe_word("", "")


_LOWER = string.ascii_lowercase
_COMBINING_MARKS = [chr(code) for code in range(0x0300, 0x0370)]
_WHITESPACE = ["\n", "\t", " ", "\u00a0", "\u3000"]
_EMOJI = ["🍍", "❤", "🐊", "😡", "🙏", "👉"]

safe_words = (
    st.lists(st.text(alphabet=_LOWER, min_size=3, max_size=10), min_size=1, max_size=2)
    .map(" ".join)
    .filter(lambda word: validate_safe_word(word) is None)
)
single_safe_words = st.text(alphabet=_LOWER, min_size=3, max_size=12).filter(
    lambda word: validate_safe_word(word) is None
)
# A run of characters that cannot be part of a word: punctuation, symbols,
# spaces, emoji. The first character is never a combining mark.
separators = st.text(
    alphabet=st.characters(categories=["P", "S", "Z"]) | st.sampled_from(_WHITESPACE + _EMOJI),
    min_size=1,
    max_size=5,
)


@st.composite
def disguised(draw: st.DrawFn, word: str) -> str:
    """``word`` with random case, combining accents, and maybe precomposed."""
    out: list[str] = []
    for char in word:
        out.append(char.upper() if draw(st.booleans()) else char)
        if char.isalpha() and draw(st.integers(0, 3)) == 0:
            out.append(draw(st.sampled_from(_COMBINING_MARKS)))
    text = "".join(out)
    return unicodedata.normalize("NFC", text) if draw(st.booleans()) else text


@given(data=st.data(), safe_word=safe_words)
def test_safe_word_matches_however_it_is_written(data: st.DataObject, safe_word: str) -> None:
    parts = [data.draw(disguised(part)) for part in safe_word.split()]
    middle = data.draw(separators)
    written = middle.join(parts) if len(parts) == 2 else parts[0]
    before = data.draw(st.text(max_size=20)) + data.draw(separators)
    after = data.draw(separators) + data.draw(st.text(max_size=20))
    message = data.draw(st.sampled_from([written, before + written, written + after]))
    message = data.draw(st.sampled_from([message, before + written + after]))
    assert contains_safe_word(message, safe_word)


@given(data=st.data(), safe_word=single_safe_words)
def test_safe_word_inside_a_longer_word_does_not_match(data: st.DataObject, safe_word: str) -> None:
    glue = st.text(alphabet=_LOWER + string.digits, max_size=4)
    prefix, suffix = data.draw(glue), data.draw(glue)
    assume(prefix or suffix)
    longer = data.draw(disguised(prefix + safe_word + suffix))
    assume(safe_word not in {"zeg", "echt"})
    assert not contains_safe_word(longer, safe_word)
    assert not contains_safe_word(f"Ik zeg {longer}, echt!", safe_word)


@given(first=single_safe_words, second=single_safe_words, tail=st.text(_LOWER, min_size=1))
def test_two_word_safe_word_needs_the_whole_phrase(first: str, second: str, tail: str) -> None:
    safe_word = f"{first} {second}"
    assume(validate_safe_word(safe_word) is None)
    assume(first != second)
    assert contains_safe_word(f"{first} {second}!", safe_word)
    assert not contains_safe_word(f"{first} {second}{tail}", safe_word)
    assert not contains_safe_word(f"{first}, toch?", safe_word)
    assert not contains_safe_word(f"{second} {first}", safe_word)


@given(raw=st.text(max_size=40))
def test_a_valid_safe_word_matches_its_own_clean_form(raw: str) -> None:
    assume(validate_safe_word(raw) is None)
    cleaned = clean_safe_word(raw)
    assert validate_safe_word(cleaned) is None
    assert contains_safe_word(raw, cleaned)
    assert is_only_safe_word(cleaned, raw)


@given(text=st.text())
def test_normalise_is_idempotent_and_words_have_no_separators(text: str) -> None:
    once = normalise(text)
    assert normalise(once) == once
    assert all(word.isalnum() for word in words(text))


# --- timing --------------------------------------------------------------------


def test_pause_lengths_and_defaults() -> None:
    assert PAUSE_LENGTHS == (20, 25, 30)
    assert DEFAULT_PAUSE_MINUTES == 20
    assert is_valid_pause_length(25)
    assert not is_valid_pause_length(15)
    assert PauseTiming(START).ends_at() == START + timedelta(minutes=20)


@pytest.mark.parametrize("minutes", PAUSE_LENGTHS)
def test_ends_at_follows_the_chosen_length(minutes: int) -> None:
    assert PauseTiming(START, minutes).ends_at() == START + timedelta(minutes=minutes)


@pytest.mark.parametrize(("minutes", "extensions"), [(15, 0), (45, 0), (20, -1), (20, 3)])
def test_impossible_timings_are_refused(minutes: int, extensions: int) -> None:
    with pytest.raises(ValueError):
        PauseTiming(START, minutes, extensions)


def test_extensions_add_ten_minutes_each_at_most_twice() -> None:
    timing = PauseTiming(START, 25)
    assert timing.can_extend() and timing.extensions_left == MAX_EXTENSIONS == 2
    once = timing.extended()
    twice = once.extended()
    assert once.ends_at() == START + timedelta(minutes=25 + EXTENSION_MINUTES)
    assert twice.ends_at() == START + timedelta(minutes=45)
    assert twice.extensions == 2 and twice.extensions_left == 0
    assert not twice.can_extend()
    with pytest.raises(ValueError):
        twice.extended()
    assert timing.extensions == 0  # frozen: extending returns a new timing


def test_follow_up_is_a_day_after_the_pause_ends() -> None:
    assert timedelta(hours=24) == FOLLOW_UP_AFTER
    timing = PauseTiming(START)
    assert timing.follow_up_at() == START + timedelta(minutes=20, hours=24)
    assert timing.extended().follow_up_at() == START + timedelta(minutes=30, hours=24)


def test_remaining_and_is_over() -> None:
    timing = PauseTiming(START)
    assert timing.remaining(START + timedelta(minutes=5)) == timedelta(minutes=15)
    assert not timing.is_over(START + timedelta(minutes=19, seconds=59))
    assert timing.remaining(START + timedelta(hours=3)) == timedelta(0)
    assert timing.is_over(START + timedelta(minutes=20))


@given(
    minutes=st.sampled_from(PAUSE_LENGTHS),
    extensions=st.integers(0, MAX_EXTENSIONS),
    offset=st.integers(-10_000, 100_000),
)
def test_remaining_is_never_negative(minutes: int, extensions: int, offset: int) -> None:
    timing = PauseTiming(START, minutes, extensions)
    left = timing.remaining(START + timedelta(seconds=offset))
    assert left >= timedelta(0)
    if offset >= 0:
        assert minutes_left(left) <= minutes + extensions * EXTENSION_MINUTES


@pytest.mark.parametrize(
    ("seconds", "expected"), [(-30, 0), (0, 0), (1, 1), (59, 1), (60, 1), (61, 2), (1200, 20)]
)
def test_minutes_left_rounds_up(seconds: int, expected: int) -> None:
    assert minutes_left(timedelta(seconds=seconds)) == expected


def test_aware_non_utc_start_is_stored_in_utc() -> None:
    local = datetime(2026, 5, 4, 20, 30, tzinfo=AMSTERDAM)
    timing = PauseTiming(local)
    assert timing.started_at.tzinfo is UTC
    assert timing.started_at == START


def test_naive_datetimes_are_refused() -> None:
    naive = datetime(2026, 5, 4, 18, 30)  # noqa: DTZ001 - the point of the test
    with pytest.raises(ValueError):
        PauseTiming(naive)
    with pytest.raises(ValueError):
        PauseTiming(START).remaining(naive)
    with pytest.raises(ValueError):
        PauseTiming(START).is_over(naive)
    with pytest.raises(ValueError):
        local_time_label(naive, AMSTERDAM)


def test_pause_across_spring_forward_lasts_exactly_twenty_minutes() -> None:
    # 2026-03-29: Amsterdam jumps from 02:00 CET to 03:00 CEST at 01:00 UTC.
    start = datetime(2026, 3, 29, 0, 50, tzinfo=UTC)
    timing = PauseTiming(start)
    assert timing.ends_at() - timing.started_at == timedelta(minutes=20)
    assert local_time_label(start, AMSTERDAM) == "01:50"
    assert local_time_label(timing.ends_at(), AMSTERDAM) == "03:10"


def test_pause_across_fall_back_lasts_exactly_twenty_minutes() -> None:
    # 2026-10-25: Amsterdam falls back from 03:00 CEST to 02:00 CET at 01:00 UTC.
    start = datetime(2026, 10, 25, 0, 50, tzinfo=UTC)
    timing = PauseTiming(start)
    assert timing.ends_at() - timing.started_at == timedelta(minutes=20)
    assert local_time_label(start, AMSTERDAM) == "02:50"
    assert local_time_label(timing.ends_at(), AMSTERDAM) == "02:10"
    assert local_time_label(timing.follow_up_at(), AMSTERDAM) == "02:10"


def test_an_extension_counts_from_now_once_the_deadline_has_passed() -> None:
    deadline = START + timedelta(minutes=20)
    assert extended_deadline(deadline, START + timedelta(minutes=5)) == deadline + timedelta(
        minutes=EXTENSION_MINUTES
    )
    late = deadline + timedelta(minutes=8)
    assert extended_deadline(deadline, late) == late + timedelta(minutes=EXTENSION_MINUTES)
    naive = datetime(2026, 5, 4, 18, 30)  # noqa: DTZ001 - the point of the test
    with pytest.raises(ValueError):
        extended_deadline(naive, START)
    with pytest.raises(ValueError):
        extended_deadline(START, naive)


@given(
    deadline_offset=st.integers(-100_000, 100_000),
    zone=st.sampled_from(["UTC", "Europe/Amsterdam", "America/Paramaribo"]),
)
def test_an_extension_always_gives_at_least_ten_minutes(deadline_offset: int, zone: str) -> None:
    now = datetime(2026, 10, 25, 0, 55, tzinfo=UTC).astimezone(ZoneInfo(zone))
    deadline = now + timedelta(seconds=deadline_offset)
    new = extended_deadline(deadline, now)
    assert new.tzinfo is UTC
    assert new - now >= timedelta(minutes=EXTENSION_MINUTES)
    assert new - deadline >= timedelta(minutes=EXTENSION_MINUTES)
    assert new - max(now, deadline) == timedelta(minutes=EXTENSION_MINUTES)


def test_local_time_label_in_summer_and_winter() -> None:
    assert local_time_label(datetime(2026, 7, 1, 18, 45, tzinfo=UTC), AMSTERDAM) == "20:45"
    assert local_time_label(datetime(2026, 1, 1, 18, 45, tzinfo=UTC), AMSTERDAM) == "19:45"


# --- Dutch texts ---------------------------------------------------------------


@pytest.fixture
def pause_catalogue(tmp_path: Path) -> Iterator[None]:
    """Load only pause.po, so another team's catalogue cannot break these tests."""
    messages = tmp_path / "nl" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    shutil.copy(PAUSE_PO, messages / "pause.po")
    i18n.load_catalogues(tmp_path)
    yield
    i18n._catalogues.clear()  # the next `_()` reloads the real locale folder


TEXT_CASES: dict[str, list[Callable[[], str]]] = {
    "duration": [lambda: pause_texts.duration(1), lambda: pause_texts.duration(25)],
    "safe_word_set": [
        lambda: pause_texts.safe_word_set("Paarse olifant"),
        lambda: pause_texts.safe_word_set("<b>ananas</b>", 30, set_by="Sam & Noor"),
    ],
    "safe_word_refused": [
        partial(pause_texts.safe_word_refused, problem) for problem in SafeWordProblem
    ],
    "safe_word_how_to": [
        lambda: pause_texts.safe_word_how_to(),
        lambda: pause_texts.safe_word_how_to("krokodil"),
    ],
    "pause_announcement": [
        lambda: pause_texts.pause_announcement(20, "20:45"),
        lambda: pause_texts.pause_announcement(25, "21:10", by_safe_word=True),
    ],
    "calming_exercise": [lambda: pause_texts.calming_exercise(30)],
    "pause_running": [
        lambda: pause_texts.pause_running(0),
        lambda: pause_texts.pause_running(1),
        lambda: pause_texts.pause_running(12, "20:45"),
    ],
    "gentle_nudge_during_pause": [
        lambda: pause_texts.gentle_nudge_during_pause(),
        lambda: pause_texts.gentle_nudge_during_pause("<Noor>"),
    ],
    "pause_end_reminder": [pause_texts.pause_end_reminder],
    "ready_button": [pause_texts.ready_button],
    "extend_button": [pause_texts.extend_button],
    "finished_button": [pause_texts.finished_button],
    "partner_ready": [lambda: pause_texts.partner_ready("Sam")],
    "waiting_for_other": [pause_texts.waiting_for_other],
    "already_ready": [pause_texts.already_ready],
    "both_ready": [pause_texts.both_ready],
    "extended": [
        lambda: pause_texts.extended(10, 1),
        lambda: pause_texts.extended(10, 2, "21:05"),
        lambda: pause_texts.extended(8, 0),
    ],
    "no_more_extensions": [pause_texts.no_more_extensions],
    "pause_over_stale": [pause_texts.pause_over_stale],
    "follow_up_reminder": [pause_texts.follow_up_reminder],
    "conversation_finished_ack": [pause_texts.conversation_finished_ack],
    "not_paired": [pause_texts.not_paired],
    "group_not_linked": [pause_texts.group_not_linked],
    "stranger_pressed": [pause_texts.stranger_pressed],
    "privacy_mode_ok": [pause_texts.privacy_mode_ok],
    "privacy_mode_only_command": [pause_texts.privacy_mode_only_command],
    "pause_length_choice_prompt": [
        lambda: pause_texts.pause_length_choice_prompt(),
        lambda: pause_texts.pause_length_choice_prompt(25),
    ],
    "pause_length_button": [
        lambda: pause_texts.pause_length_button(20),
        lambda: pause_texts.pause_length_button(30, current=True),
    ],
    "pause_length_set": [lambda: pause_texts.pause_length_set(30)],
    "pause_command_description": [pause_texts.pause_command_description],
    "safe_word_command_description": [pause_texts.safe_word_command_description],
    "settings_label": [pause_texts.settings_label],
    "setting_stale": [pause_texts.setting_stale],
    "only_partners": [pause_texts.only_partners],
    "safe_word_tip": [pause_texts.safe_word_tip],
}
ALERTS = {
    "waiting_for_other",
    "already_ready",
    "no_more_extensions",
    "pause_over_stale",
    "stranger_pressed",
    "conversation_finished_ack",
    "setting_stale",
    "pause_running",  # also the alert under a button pressed while the pause still runs
}
ALL_CASES = [(name, case) for name, cases in TEXT_CASES.items() for case in cases]


class _TagChecker(HTMLParser):
    """Collects problems with Telegram HTML: unknown or unbalanced tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[str] = []
        self.problems: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in {"b", "i", "a"}:
            self.problems.append(f"unexpected <{tag}>")
        self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.open or self.open.pop() != tag:
            self.problems.append(f"unbalanced </{tag}>")


def test_every_text_function_is_covered() -> None:
    public = {
        name
        for name, member in inspect.getmembers(pause_texts, inspect.isfunction)
        if member.__module__ == pause_texts.__name__ and not name.startswith("_")
    }
    assert public == set(TEXT_CASES)


@pytest.mark.usefixtures("pause_catalogue")
@pytest.mark.parametrize(("name", "case"), ALL_CASES, ids=[name for name, _ in ALL_CASES])
def test_text_is_dutch_valid_html_and_short_enough(
    name: str, case: Callable[[], str], monkeypatch: pytest.MonkeyPatch
) -> None:
    dutch = case()
    english_catalogue = gettext.NullTranslations()
    with monkeypatch.context() as patch:
        patch.setattr(pause_texts, "_", english_catalogue.gettext)
        patch.setattr(pause_texts, "ngettext", english_catalogue.ngettext)
        english = case()
    assert dutch.strip()
    assert dutch != english
    assert len(dutch) < 4096
    if name in ALERTS:
        assert len(dutch) <= 200
    checker = _TagChecker()
    checker.feed(dutch)
    checker.close()
    assert not checker.problems and not checker.open
    assert not re.search(r"\{\w*\}", dutch), "a placeholder was left unfilled"


@pytest.mark.usefixtures("pause_catalogue")
def test_exact_dutch_labels_and_plurals() -> None:
    assert pause_texts.ready_button() == "Ik ben er klaar voor"
    assert pause_texts.extend_button() == "Nog 10 minuten nodig"
    assert pause_texts.finished_button() == "Gesprek afgerond"
    assert pause_texts.duration(1) == "1 minuut"
    assert pause_texts.duration(20) == "20 minuten"
    assert "Gesprek afgerond" in pause_texts.follow_up_reminder()


@pytest.mark.usefixtures("pause_catalogue")
def test_user_text_is_escaped() -> None:
    text = pause_texts.safe_word_set("<b>x</b>", set_by="Sam & Noor")
    assert "&lt;b&gt;x&lt;/b&gt;" in text and "Sam &amp; Noor" in text
    assert "&lt;Noor&gt;" in pause_texts.gentle_nudge_during_pause("<Noor>")


def test_po_file_is_complete_and_keeps_placeholders() -> None:
    with PAUSE_PO.open("rb") as po_file:
        catalogue = read_po(po_file)
    assert catalogue.locale is not None and str(catalogue.locale) == "nl"
    assert catalogue.plural_forms == "nplurals=2; plural=(n != 1);"
    placeholder = re.compile(r"\{(\w*)\}")
    for message in catalogue:
        if not message.id:
            continue
        assert not message.fuzzy, message.id
        ids = [
            str(text) for text in (message.id if isinstance(message.id, tuple) else [message.id])
        ]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = {name for text in ids for name in placeholder.findall(text)}
        for translated in strings:
            assert translated, f"empty translation for {ids[0]!r}"
            assert set(placeholder.findall(str(translated))) == wanted, ids[0]


def test_po_file_has_exactly_the_messages_in_the_code() -> None:
    extracted = {
        message if isinstance(message, str) else message[0]
        for _line, message, _comments, _context in extract_from_file(
            "python", str(ROOT / "bot" / "pause_texts.py")
        )
    }
    with PAUSE_PO.open("rb") as po_file:
        catalogue = read_po(po_file)
    in_po = {
        message.id if isinstance(message.id, str) else message.id[0]
        for message in catalogue
        if message.id
    }
    assert extracted == in_po


def test_merged_catalogue_gives_the_same_dutch() -> None:
    """With every team's .po loaded, no other catalogue overrides these texts."""
    i18n._catalogues.clear()
    with i18n.use_locale("nl"):
        assert pause_texts.ready_button() == "Ik ben er klaar voor"
        assert pause_texts.duration(25) == "25 minuten"
        assert pause_texts.pause_end_reminder().startswith("🔔 <b>De pauze is voorbij.</b>")


@pytest.mark.parametrize(
    ("message", "safe_word"),
    [("aaa\u0345", "aaa"), ("İNCİ", "inci"), ("ﬁets", "fiets"), ("ａｎａｎａｓ", "ananas")],
)
def test_unicode_corner_cases_still_match(message: str, safe_word: str) -> None:
    # U+0345 casefolds to a Greek letter; "İ" casefolds to "i" plus a combining dot;
    # ligatures and full-width letters decompose (NFKD) to plain ones.
    assert contains_safe_word(message, safe_word)

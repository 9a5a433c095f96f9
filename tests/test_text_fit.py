"""Unit tests: long HTML messages are split into parts that fit, never cut inside a tag."""

from __future__ import annotations

from html import escape, unescape

from hypothesis import given
from hypothesis import strategies as st

from bot.text_fit import LIMIT, split_html, visible_length


def plain_of(parts: list[str]) -> str:
    """What the reader sees, ignoring where parts were joined."""
    import re

    return "".join(unescape(re.sub(r"<[^>]+>", "", part)) for part in parts)


def test_short_text_is_untouched() -> None:
    text = "<b>Kop</b>\n\nZo'n &amp; dat"
    assert split_html(text) == [text]
    assert visible_length(text) == len("Kop\n\nZo'n & dat")


def test_escaping_does_not_count_against_the_limit() -> None:
    # 3,000 apostrophes escape to 18,000 source characters but are 3,000 to Telegram.
    text = escape("'" * 3000)
    assert len(text) > LIMIT
    assert split_html(text) == [text]


def test_long_reveal_is_split_between_paragraphs_and_keeps_every_word() -> None:
    paragraphs = [f"<b>Vraag {n}</b>\n" + escape("zo'n foto's " * 100) for n in range(1, 7)]
    text = "\n\n".join(paragraphs)
    parts = split_html(text)
    assert len(parts) > 1
    assert all(visible_length(part) <= LIMIT for part in parts)
    assert all(part.count("<b>") == part.count("</b>") for part in parts)
    assert plain_of(parts).replace("\n", "") == plain_of([text]).replace("\n", "")


def test_one_giant_line_is_cut_as_plain_text() -> None:
    text = "<i>" + "a" * 9000 + "</i>"
    parts = split_html(text)
    assert [visible_length(part) for part in parts] == [LIMIT, LIMIT, 9000 - 2 * LIMIT]
    assert all("<" not in part for part in parts)


def test_emoji_count_as_two_units() -> None:
    text = "😀" * 3000  # 6,000 UTF-16 code units
    parts = split_html(text)
    assert all(visible_length(part) <= LIMIT for part in parts)
    assert "".join(parts) == text


@given(st.lists(st.text(min_size=0, max_size=900), min_size=1, max_size=14))
def test_every_part_fits_and_nothing_visible_is_lost(paragraphs: list[str]) -> None:
    text = "\n\n".join(f"<b>{n}</b> {escape(p)}" for n, p in enumerate(paragraphs))
    parts = split_html(text)
    assert all(visible_length(part) <= LIMIT for part in parts)
    squash = "".join(plain_of([text]).split())
    assert "".join(plain_of(parts).split()) == squash


def test_a_tag_spanning_lines_is_never_cut_in_two() -> None:
    text = "<b>" + "\n".join(["x" * 100] * 50) + "</b>"
    parts = split_html(text)
    assert len(parts) > 1
    assert all("<" not in part for part in parts)  # sent as plain text instead
    assert "".join(plain_of(parts).split()) == "x" * 5000


@given(st.lists(st.text(alphabet="ab \n", min_size=0, max_size=600), min_size=1, max_size=20))
def test_every_part_has_balanced_tags(lines: list[str]) -> None:
    text = "<i>" + "\n".join(escape(line) for line in lines) + "</i>"
    for part in split_html(text, limit=500):
        assert part.count("<i>") == part.count("</i>")
        assert visible_length(part) <= 500

"""Fitting HTML messages into Telegram's 4,096-character limit without cutting them short.

Telegram counts the text *after* parsing (tags gone, ``&amp;`` one character), so
slicing the HTML source either loses text that would have fitted or cuts a tag
in half (a 400 error, nothing arrives). Instead a long message is split between
paragraphs (then lines) into parts that each fit; a single line longer than the
limit is sent as plain escaped text, cut at the limit, and if a tag would still be
cut in two, the whole message goes out as plain text instead.
"""

from __future__ import annotations

import re
from collections import Counter
from html import escape, unescape

LIMIT = 4096
_TAG = re.compile(r"<[^>]+>")
_OPEN = re.compile(r"<([a-zA-Z][\w-]*)[^>]*>")
_CLOSE = re.compile(r"</([a-zA-Z][\w-]*)\s*>")


def visible_length(html: str) -> int:
    """The length Telegram counts: tags removed, entities decoded, in UTF-16 code units."""
    return len(unescape(_TAG.sub("", html)).encode("utf-16-le")) // 2


def split_html(html: str, limit: int = LIMIT) -> list[str]:
    """``html`` as one or more parts that each fit in ``limit``; nothing dropped but spaces."""
    if visible_length(html) <= limit:
        return [html]
    pieces = _pieces(html, limit)
    if not all(_balanced(piece) for piece in pieces):
        # A tag spans a cut: send the whole message as plain text rather than broken HTML.
        pieces = _pieces(escape(unescape(_TAG.sub("", html)), quote=False), limit)
    parts: list[str] = []
    current = ""
    for block in pieces:
        joined = f"{current}\n\n{block}" if current else block
        if visible_length(joined) <= limit:
            current = joined
            continue
        if current:
            parts.append(current)
        current = block
    if current:
        parts.append(current)
    return parts


def _balanced(html: str) -> bool:
    """Whether every tag opened in ``html`` is closed in it."""
    opened = Counter(name.lower() for name in _OPEN.findall(html))
    closed = Counter(name.lower() for name in _CLOSE.findall(html))
    return opened == closed


def _pieces(html: str, limit: int) -> list[str]:
    """Paragraphs, with a too-long paragraph broken into lines and a too-long line cut."""
    pieces: list[str] = []
    for paragraph in html.split("\n\n"):
        if visible_length(paragraph) <= limit:
            pieces.append(paragraph)
            continue
        for line in paragraph.split("\n"):
            if visible_length(line) <= limit:
                pieces.append(line)
                continue
            plain = unescape(_TAG.sub("", line))
            pieces.extend(_cut_plain(plain, limit))
    return [piece for piece in pieces if piece.strip()]


def _cut_plain(plain: str, limit: int) -> list[str]:
    """Plain text in escaped chunks of at most ``limit`` visible characters."""
    chunks: list[str] = []
    while plain:
        size = limit
        while len(plain[:size].encode("utf-16-le")) // 2 > limit:
            size -= 1
        chunks.append(escape(plain[:size], quote=False))
        plain = plain[size:]
    return chunks

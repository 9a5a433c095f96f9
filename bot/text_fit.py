"""Fitting HTML messages into Telegram's 4,096-character limit without cutting them short.

Telegram counts the text *after* parsing (tags gone, ``&amp;`` one character), so
slicing the HTML source either loses text that would have fitted or cuts a tag
in half (a 400 error, nothing arrives). Instead a long message is split between
paragraphs (then lines) into parts that each fit; a single line longer than the
limit is sent as plain escaped text, cut at the limit.
"""

from __future__ import annotations

import re
from html import escape, unescape

LIMIT = 4096
_TAG = re.compile(r"<[^>]+>")


def visible_length(html: str) -> int:
    """The length Telegram counts: tags removed, entities decoded, in UTF-16 code units."""
    return len(unescape(_TAG.sub("", html)).encode("utf-16-le")) // 2


def split_html(html: str, limit: int = LIMIT) -> list[str]:
    """``html`` as one or more parts that each fit in ``limit``; nothing dropped but spaces."""
    if visible_length(html) <= limit:
        return [html]
    parts: list[str] = []
    current = ""
    for block in _pieces(html, limit):
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

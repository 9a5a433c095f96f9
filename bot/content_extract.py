"""Babel extractor for the content files in ``content/``, so ``pybabel extract`` is complete.

Content JSON holds English msgids in a fixed set of text fields (``TEXT_KEYS``);
every string value stored under one of those keys, at any depth, is a message.
:func:`iter_texts` walks parsed content in document order and is shared with the
loader (which checks that every msgid has a Dutch translation);
:func:`extract_content` is the babel extraction method.

Register it in ``babel.cfg`` (an ``[extractors]`` section maps a method name to
``module:function``)::

    [extractors]
    content = bot.content_extract:extract_content

    [content: content/**.json]

The module imports nothing from the bot, so babel can load it without a
configured environment (``bot`` must be importable: run ``pybabel`` with
``PYTHONPATH=.`` from the project root, or ``python -m babel.messages.frontend``).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping
from itertools import pairwise
from typing import IO, Any

# Keys whose string values are user-facing msgids; no other key may hold text.
TEXT_KEYS = frozenset(
    {"title", "intro", "footer", "text", "label", "advice", "note", "why", "this_week"}
)
# Keys whose value may be a list of msgids (an exercise's steps); a list of objects
# under the same key (a quiz result's steps) is walked like any other data.
TEXT_LIST_KEYS = frozenset({"steps"})

ExtractedMessage = tuple[int, str | None, str, list[str]]


def iter_texts(data: Any, path: str = "") -> Iterator[tuple[str, str]]:
    """Yield ``(path, msgid)`` for every text field in parsed content, in document order."""
    if isinstance(data, dict):
        for key, value in data.items():
            child = f"{path}.{key}" if path else str(key)
            if key in TEXT_KEYS and isinstance(value, str):
                yield child, value
            elif (
                key in TEXT_LIST_KEYS
                and isinstance(value, list)
                and all(isinstance(item, str) for item in value)
            ):
                # A list of texts, such as an exercise's steps.
                for index, item in enumerate(value):
                    yield f"{child}[{index}]", item
            else:
                yield from iter_texts(value, child)
    elif isinstance(data, list):
        for index, item in enumerate(data):
            yield from iter_texts(item, f"{path}[{index}]")


def _text_value_lines(source: str) -> list[tuple[int, str]]:
    """Line numbers of string values that directly follow a text key, in document order.

    JSON has no quote characters outside string literals, so hopping from quote to
    quote with the JSON decoder visits every literal exactly once.
    """
    decoder = json.JSONDecoder()
    literals: list[tuple[int, int, str]] = []
    position = source.find('"')
    while position != -1:
        value, end = decoder.raw_decode(source, position)
        literals.append((position, end, value))
        position = source.find('"', end)
    found: list[tuple[int, str]] = []
    for (_, key_end, key), (start, _, value) in pairwise(literals):
        if key in TEXT_KEYS and source[key_end:start].strip() == ":":
            found.append((source.count("\n", 0, start) + 1, value))
    return found


def extract_content(
    fileobj: IO[bytes],
    keywords: Collection[str],
    comment_tags: Collection[str],
    options: Mapping[str, Any],
) -> Iterator[ExtractedMessage]:
    """Babel extraction method: yield ``(lineno, funcname, message, comments)`` per text."""
    source = fileobj.read().decode(options.get("encoding", "utf-8"))
    data = json.loads(source)
    owner = data.get("id", "?") if isinstance(data, dict) else "?"
    texts = list(iter_texts(data))
    lines = _text_value_lines(source)
    # Duplicate keys make the parsed walk shorter than the raw scan; then line 1 it is.
    aligned = len(lines) == len(texts) and all(
        value == msgid for (_, value), (_, msgid) in zip(lines, texts, strict=True)
    )
    for index, (path, msgid) in enumerate(texts):
        lineno = lines[index][0] if aligned else 1
        yield lineno, None, msgid, [f"content {owner}: {path}"]

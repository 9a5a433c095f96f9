"""Telegram-like checks of message markup: HTML parse mode and inline keyboards."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .models import ApiError, JsonDict, bad_request

# Supported HTML tags and the entity type each produces.
_TAG_ENTITY = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "tg-spoiler": "spoiler",
    "span": "spoiler",
    "blockquote": "blockquote",
    "tg-emoji": "custom_emoji",
}
_TAG_NAME = re.compile(r"[A-Za-z0-9-]*")
_ATTRIBUTE = re.compile(r"\s*([A-Za-z-]+)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s\"'>]+)")
_CHAR_REF = re.compile(r"&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9A-Fa-f]{1,6});")
_NAMED_REF = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
MAX_CALLBACK_DATA_BYTES = 64


def utf16_len(text: str) -> int:
    """Length in UTF-16 code units, the unit of Telegram entity offsets."""
    return len(text.encode("utf-16-le")) // 2


def _decode_refs(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        ref = match.group(1)
        if ref in _NAMED_REF:
            return _NAMED_REF[ref]
        number = int(ref[2:], 16) if ref.startswith("#x") else int(ref[1:])
        try:
            return chr(number)
        except (ValueError, OverflowError):
            return match.group(0)

    return _CHAR_REF.sub(replace, text)


@dataclass
class _OpenTag:
    name: str
    offset: int
    attributes: dict[str, str]


def _byte_offset(text: str, index: int) -> int:
    return len(text[:index].encode("utf-8"))


def _parse_error(detail: str) -> ApiError:
    return bad_request(f"can't parse entities: {detail}")


def parse_html(text: str) -> tuple[str, list[JsonDict]]:
    """Strip HTML markup like Telegram does; return (plain text, entities) or raise 400."""
    plain: list[str] = []
    plain_len = 0
    entities: list[JsonDict] = []
    stack: list[_OpenTag] = []
    index = 0
    while index < len(text):
        start = text.find("<", index)
        if start < 0:
            start = len(text)
        chunk = _decode_refs(text[index:start])
        plain.append(chunk)
        plain_len += utf16_len(chunk)
        if start >= len(text):
            break
        close = text.find(">", start)
        if close < 0:
            raise _parse_error(f"Unclosed start tag at byte offset {_byte_offset(text, start)}")
        is_end = text.startswith("</", start)
        name_start = start + 2 if is_end else start + 1
        name_match = _TAG_NAME.match(text, name_start)
        name = name_match.group(0).lower() if name_match else ""
        rest = text[name_start + len(name) : close]
        offset = _byte_offset(text, start)
        if is_end:
            if not stack:
                raise _parse_error(f"Unexpected end tag at byte offset {offset}")
            opened = stack.pop()
            if opened.name != name:
                raise _parse_error(
                    f'Unmatched end tag at byte offset {offset}, expected "</{opened.name}>", '
                    f'found "</{name}>"'
                )
            entity = _entity_for(opened, plain_len)
            if entity is not None:
                entities.append(entity)
        else:
            if name not in _TAG_ENTITY:
                raise _parse_error(f'Unsupported start tag "{name}" at byte offset {offset}')
            attributes = {
                key.lower(): _decode_refs(value.strip("\"'"))
                for key, value in _ATTRIBUTE.findall(rest)
            }
            if name == "span" and attributes.get("class") != "tg-spoiler":
                raise _parse_error('Tag "span" must have class "tg-spoiler"')
            stack.append(_OpenTag(name, plain_len, attributes))
        index = close + 1
    if stack:
        raise _parse_error(f'Can\'t find end tag corresponding to start tag "{stack[-1].name}"')
    entities.sort(key=lambda entity: (entity["offset"], -entity["length"]))
    return "".join(plain), entities


def _entity_for(tag: _OpenTag, end: int) -> JsonDict | None:
    length = end - tag.offset
    if length <= 0:
        return None
    kind = _TAG_ENTITY[tag.name]
    entity: JsonDict = {"type": kind, "offset": tag.offset, "length": length}
    if tag.name == "a":
        href = tag.attributes.get("href", "")
        if not href:
            return None
        entity["url"] = href
    elif tag.name == "blockquote" and "expandable" in tag.attributes:
        entity["type"] = "expandable_blockquote"
    elif tag.name == "tg-emoji":
        entity["custom_emoji_id"] = tag.attributes.get("emoji-id", "")
    return entity


def render_text(text: str, parse_mode: str | None) -> tuple[str, list[JsonDict]]:
    """Apply the parse mode to outgoing text; return (plain text, entities)."""
    if parse_mode is None or parse_mode == "":
        return text, []
    mode = parse_mode.lower()
    if mode == "html":
        return parse_html(text)
    if mode in ("markdown", "markdownv2"):
        return text, []
    raise bad_request(f"unsupported parse_mode {parse_mode!r}")


def check_reply_markup(markup: object) -> JsonDict | None:
    """Validate a reply_markup object like Telegram does; return it or raise 400."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise bad_request('field "inline_keyboard" must be an Array of Arrays')
        for row in rows:
            for button in row:
                _check_inline_button(button)
        return markup
    if any(key in markup for key in ("keyboard", "remove_keyboard", "force_reply")):
        return markup
    raise bad_request("can't parse reply keyboard markup JSON object")


def _check_inline_button(button: object) -> None:
    if not isinstance(button, dict):
        raise bad_request("can't parse inline keyboard button: InlineKeyboardButton expected")
    if not isinstance(button.get("text"), str) or not button["text"]:
        raise bad_request("can't parse inline keyboard button: Text must be non-empty")
    if "callback_data" in button:
        data = button["callback_data"]
        if not isinstance(data, str):
            raise bad_request("BUTTON_DATA_INVALID")
        size = len(data.encode("utf-8"))
        if size < 1 or size > MAX_CALLBACK_DATA_BYTES:
            raise bad_request("BUTTON_DATA_INVALID")
        return
    if "url" in button:
        url = button["url"]
        if not isinstance(url, str) or not re.match(r"^(https?|tg)://\S+$", url):
            raise bad_request(f"inline keyboard button URL '{url}' is invalid: Wrong HTTP URL")
        return
    actions = (
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "callback_game",
        "pay",
        "web_app",
        "copy_text",
    )
    if not any(key in button for key in actions):
        raise bad_request(
            "can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard"
        )

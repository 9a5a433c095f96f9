"""Typed access to Bot API request parameters, whatever encoding they arrived in.

JSON bodies carry typed values; form-urlencoded and multipart bodies carry strings, with
nested objects (reply_markup, commands, scope, ...) JSON-encoded inside the string.
"""

from __future__ import annotations

import json
from typing import Any

from .models import JsonDict, UploadedFile, bad_request


class Params:
    """The parameters of one Bot API call."""

    def __init__(self, values: JsonDict, files: dict[str, UploadedFile] | None = None) -> None:
        self.values = values
        self.files = files or {}

    def has(self, name: str) -> bool:
        """Whether the parameter is present (as a value or a file part)."""
        return name in self.values or name in self.files

    def log_view(self) -> JsonDict:
        """A copy for the request log, with JSON strings decoded and files summarised."""
        view: JsonDict = {}
        for key, value in self.values.items():
            view[key] = _maybe_json(value) if key in _JSON_FIELDS else value
        for key, upload in self.files.items():
            view[key] = upload
        return view

    def opt_str(self, name: str) -> str | None:
        """A string parameter, or None."""
        value = self.values.get(name)
        if value is None:
            return None
        return value if isinstance(value, str) else json.dumps(value)

    def req_str(self, name: str, *, empty_message: str | None = None) -> str:
        """A required string parameter."""
        value = self.opt_str(name)
        if value is None or value == "":
            raise bad_request(empty_message or f"{name} is empty")
        return value

    def opt_int(self, name: str) -> int | None:
        """An integer parameter, or None."""
        value = self.values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        try:
            return int(str(value))
        except ValueError:
            raise bad_request(f"invalid {name} specified") from None

    def req_int(self, name: str, *, empty_message: str | None = None) -> int:
        """A required integer parameter."""
        value = self.opt_int(name)
        if value is None:
            raise bad_request(empty_message or f"{name} is empty")
        return value

    def opt_float(self, name: str) -> float | None:
        """A number parameter, or None."""
        value = self.values.get(name)
        if value is None or value == "":
            return None
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f"invalid {name} specified") from None

    def flag(self, name: str, default: bool = False) -> bool:
        """A boolean parameter."""
        value = self.values.get(name)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        return str(value).lower() in ("true", "1")

    def obj(self, name: str) -> Any:
        """A JSON-object parameter (decoded when it arrived as a string), or None."""
        value = self.values.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                return json.loads(value)
            except json.JSONDecodeError:
                raise bad_request(f"can't parse {name} JSON object") from None
        return value

    def chat_ref(self, name: str = "chat_id") -> int | str:
        """A chat_id parameter: an integer id or an @username."""
        value = self.values.get(name)
        if value is None or value == "":
            raise bad_request("chat_id is empty")
        if isinstance(value, str) and value.startswith("@"):
            return value
        number = self.opt_int(name)
        if number is None:
            raise bad_request("chat not found")
        return number


_JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "allowed_updates",
        "commands",
        "scope",
        "entities",
        "caption_entities",
        "link_preview_options",
        "reply_parameters",
        "menu_button",
    }
)


def _maybe_json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except json.JSONDecodeError:
            return value
    return value

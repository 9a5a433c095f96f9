"""Chat, command-menu and file methods of the fake Bot API."""

from __future__ import annotations

import re

from .models import FakeGroup, JsonDict, UploadedFile, bad_request, member_dict
from .params import Params
from .state import ApiState

_GIFT_TYPES = {
    "unlimited_gifts": False,
    "limited_gifts": False,
    "unique_gifts": False,
    "premium_subscription": False,
    "gifts_from_channels": False,
}


class ChatMethods(ApiState):
    """getChat*, leaveChat, menu buttons, bot commands and getFile."""

    # ----------------------------------------------------------------- commands

    def _scope_key(self, p: Params) -> tuple[str, str]:
        scope = p.obj("scope") or {"type": "default"}
        if not isinstance(scope, dict) or "type" not in scope:
            raise bad_request("can't parse BotCommandScope JSON object")
        kind = str(scope["type"])
        if kind in ("default", "all_private_chats", "all_group_chats", "all_chat_administrators"):
            key = kind
        elif kind in ("chat", "chat_administrators", "chat_member"):
            chat_id = self.resolve_chat(_as_chat_ref(scope.get("chat_id")))
            key = f"{kind}:{chat_id}"
            if kind == "chat_member":
                key += f":{int(scope.get('user_id', 0))}"
        else:
            raise bad_request("unsupported BotCommandScope type")
        language = p.opt_str("language_code") or ""
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise bad_request("invalid language code specified")
        return key, language

    def _set_my_commands(self, p: Params) -> bool:
        commands = p.obj("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise bad_request("can't parse commands JSON object")
        parsed: list[tuple[str, str]] = []
        for entry in commands:
            if not isinstance(entry, dict):
                raise bad_request("can't parse BotCommand JSON object")
            command = str(entry.get("command", ""))
            description = str(entry.get("description", ""))
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command):
                raise bad_request("BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
            parsed.append((command, description))
        self.commands[self._scope_key(p)] = parsed
        return True

    def _delete_my_commands(self, p: Params) -> bool:
        self.commands.pop(self._scope_key(p), None)
        return True

    def _get_my_commands(self, p: Params) -> list[JsonDict]:
        return [
            {"command": command, "description": description}
            for command, description in self.commands.get(self._scope_key(p), [])
        ]

    # ----------------------------------------------------------------- chats

    def _known_group(self, p: Params) -> FakeGroup | None:
        chat_id = self.resolve_chat(p.chat_ref())
        group = self.groups.get(chat_id)
        if group is not None:
            self.check_can_write(chat_id)
        return group

    def _get_chat(self, p: Params) -> JsonDict:
        group = self._known_group(p)
        chat_id = self.resolve_chat(p.chat_ref())
        info = self.chat_dict(chat_id)
        info.update(accent_color_id=0, max_reaction_count=11, accepted_gift_types=_GIFT_TYPES)
        if group is not None:
            info["permissions"] = {"can_send_messages": True}
        return info

    def _get_chat_member(self, p: Params) -> JsonDict:
        group = self._known_group(p)
        user_id = p.req_int("user_id", empty_message="user_id is empty")
        if user_id == self.bot_user.id:
            status = group.bot_status if group is not None else "member"
            return member_dict(self.bot_user, status)
        user = self.users.get(user_id)
        if user is None:
            raise bad_request("PARTICIPANT_ID_INVALID")
        if group is None:
            if user_id != self.resolve_chat(p.chat_ref()):
                raise bad_request("user not found")
            return member_dict(user, "member")
        return member_dict(user, group.status_of(user_id))

    def _get_chat_member_count(self, p: Params) -> int:
        group = self._known_group(p)
        if group is None:
            return 2
        return len(group.members) + (1 if group.bot_in else 0)

    def _get_chat_administrators(self, p: Params) -> list[JsonDict]:
        group = self._known_group(p)
        if group is None:
            chat_id = self.resolve_chat(p.chat_ref())
            return [member_dict(self.users[chat_id], "member")]
        admins = [
            member_dict(self.users[user_id], group.status_of(user_id))
            for user_id in sorted(group.members)
            if group.status_of(user_id) in ("creator", "administrator")
        ]
        if group.bot_is_admin:
            admins.append(member_dict(self.bot_user, group.bot_status))
        return admins

    def _leave_chat(self, p: Params) -> bool:
        group = self._known_group(p)
        if group is None:
            raise bad_request("chat member status can't be changed in private chats")
        old = group.bot_status
        group.bot_status = "left"
        self.enqueue(
            "my_chat_member", self.member_update(group, self.bot_user, self.bot_user, old, "left")
        )
        return True

    def _set_chat_menu_button(self, p: Params) -> bool:
        chat_id = p.opt_int("chat_id")
        if chat_id is not None:
            self.resolve_chat(chat_id)
        button = p.obj("menu_button") or {"type": "default"}
        if not isinstance(button, dict) or "type" not in button:
            raise bad_request("can't parse menu button JSON object")
        self.menu_buttons[chat_id] = button
        return True

    def _get_chat_menu_button(self, p: Params) -> JsonDict:
        chat_id = p.opt_int("chat_id")
        return self.menu_buttons.get(chat_id, self.menu_buttons.get(None, {"type": "commands"}))

    def _get_file(self, p: Params) -> JsonDict:
        file_id = p.req_str("file_id", empty_message="file_id is empty")
        if file_id not in self.files:
            raise bad_request("invalid file_id")
        return {
            "file_id": file_id,
            "file_unique_id": self.unique_id(file_id),
            "file_size": len(self.files[file_id].content),
            "file_path": self._file_paths[file_id],
        }

    def file_by_path(self, path: str) -> UploadedFile | None:
        """The stored file served at /file/bot<token>/<path>."""
        for file_id, file_path in self._file_paths.items():
            if file_path == path:
                return self.files[file_id]
        return None


def _as_chat_ref(value: object) -> int | str:
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    if isinstance(value, str):
        return value
    raise bad_request("chat not found")

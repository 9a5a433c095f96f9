"""Data objects of the fake Telegram Bot API: users, groups, recorded bot messages, errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

JsonDict = dict[str, Any]


class ApiError(Exception):
    """A Bot API error response: {"ok": false, "error_code": ..., "description": ...}."""

    def __init__(
        self, error_code: int, description: str, parameters: JsonDict | None = None
    ) -> None:
        super().__init__(f"{error_code} {description}")
        self.error_code = error_code
        self.description = description
        self.parameters = parameters

    def to_json(self) -> JsonDict:
        """Serialise as the Bot API does."""
        body: JsonDict = {
            "ok": False,
            "error_code": self.error_code,
            "description": self.description,
        }
        if self.parameters:
            body["parameters"] = self.parameters
        return body


def bad_request(detail: str, parameters: JsonDict | None = None) -> ApiError:
    """Build a 400 "Bad Request: ..." error."""
    return ApiError(400, f"Bad Request: {detail}", parameters)


def forbidden(detail: str) -> ApiError:
    """Build a 403 "Forbidden: ..." error."""
    return ApiError(403, f"Forbidden: {detail}")


@dataclass(frozen=True)
class FakeUser:
    """A Telegram user (or the bot itself when is_bot is true)."""

    id: int
    first_name: str
    username: str | None = None
    last_name: str | None = None
    language_code: str | None = "nl"
    is_bot: bool = False

    @property
    def chat_id(self) -> int:
        """The id of the private chat with this user (equal to the user id)."""
        return self.id

    def to_dict(self) -> JsonDict:
        """The User object."""
        user: JsonDict = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            user["last_name"] = self.last_name
        if self.username:
            user["username"] = self.username
        if self.language_code and not self.is_bot:
            user["language_code"] = self.language_code
        return user

    def private_chat_dict(self) -> JsonDict:
        """The Chat object of the private chat with this user."""
        chat: JsonDict = {"id": self.id, "type": "private", "first_name": self.first_name}
        if self.last_name:
            chat["last_name"] = self.last_name
        if self.username:
            chat["username"] = self.username
        return chat


@dataclass(eq=False)
class FakeGroup:
    """A basic group or supergroup; tracks members and the bot's own status."""

    id: int
    title: str
    supergroup: bool = False
    members: set[int] = field(default_factory=set)
    admins: set[int] = field(default_factory=set)
    kicked: set[int] = field(default_factory=set)
    creator_id: int | None = None
    bot_status: str = "left"
    migrated_to: int | None = None

    @property
    def chat_id(self) -> int:
        """The chat id (negative)."""
        return self.id

    @property
    def type(self) -> str:
        """The Chat type: "group" or "supergroup"."""
        return "supergroup" if self.supergroup else "group"

    @property
    def bot_in(self) -> bool:
        """Whether the bot is currently a member of this group."""
        return self.bot_status in ("member", "administrator", "creator")

    @property
    def bot_is_admin(self) -> bool:
        """Whether the bot is an administrator here."""
        return self.bot_status in ("administrator", "creator")

    def to_dict(self) -> JsonDict:
        """The Chat object."""
        chat: JsonDict = {"id": self.id, "type": self.type, "title": self.title}
        if self.supergroup:
            chat["is_forum"] = False
        return chat

    def status_of(self, user_id: int) -> str:
        """The ChatMember status of a user in this group."""
        if user_id in self.kicked:
            return "kicked"
        if user_id not in self.members:
            return "left"
        if user_id == self.creator_id:
            return "creator"
        if user_id in self.admins:
            return "administrator"
        return "member"


@dataclass(frozen=True)
class MessageVersion:
    """An earlier version of an edited bot message."""

    text: str | None
    reply_markup: JsonDict | None
    parse_mode: str | None
    date: int


@dataclass(frozen=True)
class UploadedFile:
    """A file part of a multipart request, or a stored file."""

    filename: str
    content: bytes
    content_type: str | None = None


@dataclass(eq=False)
class SentMessage:
    """A message the bot sent, as recorded by the fake API (updated in place by edits).

    `text` is the text or caption exactly as the bot sent it (HTML markup included);
    `plain` is what the user sees (markup removed, entities decoded).
    """

    chat_id: int
    message_id: int
    text: str | None
    reply_markup: JsonDict | None
    method: str
    parse_mode: str | None
    date: int
    plain: str | None = None
    entities: list[JsonDict] = field(default_factory=list)
    document: bytes | None = None
    document_name: str | None = None
    document_mime: str | None = None
    photo: bytes | None = None
    file_id: str | None = None
    edit_date: int | None = None
    history: list[MessageVersion] = field(default_factory=list)
    deleted: bool = False

    @property
    def caption(self) -> str | None:
        """Alias of `text` for documents and photos."""
        return self.text

    @property
    def kind(self) -> str:
        """ "text", "document" or "photo"."""
        if self.method == "sendDocument":
            return "document"
        if self.method == "sendPhoto":
            return "photo"
        return "text"

    @property
    def edited(self) -> bool:
        """Whether the message was edited at least once."""
        return bool(self.history)

    def buttons(self) -> list[tuple[str, str]]:
        """All inline buttons as (text, callback_data or url), row by row."""
        if not self.reply_markup:
            return []
        found: list[tuple[str, str]] = []
        for row in self.reply_markup.get("inline_keyboard", []):
            for button in row:
                target = button.get("callback_data", button.get("url", ""))
                found.append((str(button.get("text", "")), str(target)))
        return found

    def button(self, text_substring: str) -> str:
        """The callback_data of the first inline button whose text contains the substring."""
        if self.reply_markup:
            for row in self.reply_markup.get("inline_keyboard", []):
                for button in row:
                    if text_substring in str(button.get("text", "")):
                        if "callback_data" not in button:
                            raise AssertionError(
                                f"button {button.get('text')!r} has no callback_data: {button}"
                            )
                        return str(button["callback_data"])
        raise AssertionError(
            f"no button containing {text_substring!r} on message {self.message_id} "
            f"in chat {self.chat_id}; buttons: {self.buttons()!r}"
        )

    def has_button(self, text_substring: str) -> bool:
        """Whether an inline button text contains the substring."""
        return any(text_substring in text for text, _ in self.buttons())


@dataclass(frozen=True)
class RejectedCall:
    """A bot API call the fake answered with an error."""

    method: str
    params: JsonDict
    error_code: int
    description: str


_ADMIN_RIGHTS = {
    "can_be_edited": False,
    "is_anonymous": False,
    "can_manage_chat": True,
    "can_delete_messages": True,
    "can_manage_video_chats": True,
    "can_restrict_members": True,
    "can_promote_members": False,
    "can_change_info": True,
    "can_invite_users": True,
    "can_post_stories": False,
    "can_edit_stories": False,
    "can_delete_stories": False,
    "can_pin_messages": True,
}
_RESTRICTED_RIGHTS = {
    name: False
    for name in (
        "can_change_info",
        "can_invite_users",
        "can_pin_messages",
        "can_send_messages",
        "can_send_polls",
        "can_send_other_messages",
        "can_add_web_page_previews",
        "can_manage_topics",
        "can_send_audios",
        "can_send_documents",
        "can_send_photos",
        "can_send_videos",
        "can_send_video_notes",
        "can_send_voice_notes",
        "can_edit_tag",
        "can_react_to_messages",
    )
}
CHAT_MEMBER_STATUSES = ("creator", "administrator", "member", "restricted", "left", "kicked")


def member_dict(user: FakeUser, status: str) -> JsonDict:
    """A ChatMember object of the given status."""
    member: JsonDict = {"status": status, "user": user.to_dict()}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member.update(_ADMIN_RIGHTS)
    elif status == "restricted":
        member.update(_RESTRICTED_RIGHTS)
        member.update({"is_member": True, "until_date": 0})
    elif status == "kicked":
        member["until_date"] = 0
    elif status not in ("member", "left"):
        raise ValueError(f"unknown chat member status {status!r}")
    return member

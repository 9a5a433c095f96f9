"""World state and recording shared by the fake Bot API's methods and update pushers."""

from __future__ import annotations

import asyncio
import time
from datetime import datetime
from typing import Protocol

from .models import (
    ApiError,
    FakeGroup,
    FakeUser,
    JsonDict,
    RejectedCall,
    SentMessage,
    UploadedFile,
    bad_request,
    forbidden,
    member_dict,
)

DEFAULT_ALLOWED_UPDATES = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_join_request",
    }
)
_DEFAULT_ERROR_TEXT = {
    400: "Bad Request: chat not found",
    403: "Forbidden: bot was blocked by the user",
    500: "Internal Server Error",
    502: "Bad Gateway",
}


class ClockLike(Protocol):
    """Anything with now() -> aware datetime (bot.clock.Clock, harness.FakeClock)."""

    def now(self) -> datetime: ...


class ApiState:
    """Users, groups, chats, the update queue and everything the bot sent."""

    def __init__(
        self,
        token: str,
        bot_id: int,
        bot_username: str,
        can_read_all_group_messages: bool,
        bot_first_name: str,
        clock: ClockLike | None,
    ) -> None:
        self.token = token
        self.bot_user = FakeUser(
            bot_id, bot_first_name, username=bot_username, language_code=None, is_bot=True
        )
        self.can_read_all_group_messages = can_read_all_group_messages
        self.clock = clock
        # World.
        self.users: dict[int, FakeUser] = {}
        self.groups: dict[int, FakeGroup] = {}
        self.started: set[int] = set()
        self.blocked: set[int] = set()
        self._next_user_id = 1001
        self._next_group_seq = 1
        self._message_counters: dict[int, int] = {}
        self._user_messages: set[tuple[int, int]] = set()
        # Recording.
        self.sent: list[SentMessage] = []
        self._sent_by_key: dict[tuple[int, int], SentMessage] = {}
        self._events: list[SentMessage] = []
        self.callback_answers: list[JsonDict] = []
        self.requests: list[tuple[str, JsonDict]] = []
        self.rejections: list[RejectedCall] = []
        self.commands: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self.deleted: list[tuple[int, int]] = []
        self.chat_actions: list[tuple[int, str]] = []
        self.menu_buttons: dict[int | None, JsonDict] = {}
        self.files: dict[str, UploadedFile] = {}
        self._file_paths: dict[str, str] = {}
        self._file_seq = 0
        # Faults.
        self._faults: dict[int, list[ApiError]] = {}
        # Updates.
        self._pending: list[tuple[int, str, JsonDict]] = []
        self._last_update_id = 0
        self.allowed_updates: frozenset[str] = DEFAULT_ALLOWED_UPDATES
        self._updates_event = asyncio.Event()
        self._history: dict[int, tuple[str, JsonDict]] = {}
        self._activity_event = asyncio.Event()
        self._callback_queries: dict[str, bool] = {}
        self._callback_seq = 0
        self.webhook_url = ""

    # ----------------------------------------------------------------- time & ids

    def now(self) -> int:
        """Current unix time in integer seconds (from `clock` when set)."""
        if self.clock is not None:
            return int(self.clock.now().timestamp())
        return int(time.time())

    def next_message_id(self, chat_id: int) -> int:
        """Allocate the next message_id in a chat."""
        self._message_counters[chat_id] = self._message_counters.get(chat_id, 0) + 1
        return self._message_counters[chat_id]

    def chat_instance(self, chat_id: int) -> str:
        """The stable chat_instance string of a chat."""
        return str(-((abs(chat_id) * 2654435761) % 8_000_000_000_000_000_000 + 10**18))

    def store_file(self, upload: UploadedFile, prefix: str, folder: str) -> str:
        """Store file bytes; return a new file_id."""
        self._file_seq += 1
        file_id = f"{prefix}{self._file_seq:08d}{self.bot_user.id}"
        self.files[file_id] = upload
        extension = upload.filename.rsplit(".", 1)[-1] if "." in upload.filename else "bin"
        self._file_paths[file_id] = f"{folder}/file_{self._file_seq}.{extension}"
        return file_id

    def unique_id(self, file_id: str) -> str:
        """A file_unique_id derived from a file_id."""
        return "AQAD" + file_id[-12:]

    # ----------------------------------------------------------------- world

    def user(
        self,
        first_name: str = "Anna",
        username: str | None = None,
        user_id: int | None = None,
        *,
        last_name: str | None = None,
        language_code: str | None = "nl",
    ) -> FakeUser:
        """Create a user (ids auto-increment from 1001)."""
        if user_id is None:
            while self._next_user_id in self.users:
                self._next_user_id += 1
            user_id = self._next_user_id
            self._next_user_id += 1
        if user_id in self.users or user_id == self.bot_user.id:
            raise ValueError(f"user id {user_id} already exists")
        fake = FakeUser(user_id, first_name, username, last_name, language_code)
        self.users[user_id] = fake
        return fake

    def group(
        self,
        title: str,
        members: list[FakeUser] | tuple[FakeUser, ...] = (),
        supergroup: bool = False,
        *,
        bot_status: str = "left",
    ) -> FakeGroup:
        """Create a group; the first member is its creator. The bot is not in it by default."""
        group_id = self.new_group_id(supergroup)
        group = FakeGroup(group_id, title, supergroup=supergroup, bot_status=bot_status)
        for member in members:
            group.members.add(member.id)
        if members:
            group.creator_id = members[0].id
        self.groups[group_id] = group
        return group

    def new_group_id(self, supergroup: bool) -> int:
        """A fresh chat id: -41000000NN for groups, -100210000NNNN for supergroups."""
        seq = self._next_group_seq
        self._next_group_seq += 1
        return -(1_002_100_000_000 + seq) if supergroup else -(4_100_000_000 + seq)

    def block(self, user_id: int | FakeUser) -> None:
        """The user blocks the bot: sends to their private chat now fail with 403."""
        self.blocked.add(_uid(user_id))

    def unblock(self, user_id: int | FakeUser) -> None:
        """The user unblocks the bot."""
        self.blocked.discard(_uid(user_id))

    def fail_next(
        self,
        chat_id: int | FakeUser | FakeGroup,
        error_code: int = 429,
        retry_after: int = 1,
        description: str | None = None,
        times: int = 1,
    ) -> None:
        """Make the next `times` send* calls to the chat fail with this error."""
        target = chat_id if isinstance(chat_id, int) else chat_id.id
        parameters: JsonDict | None = None
        if error_code == 429:
            parameters = {"retry_after": retry_after}
            text = description or f"Too Many Requests: retry after {retry_after}"
        else:
            text = description or _DEFAULT_ERROR_TEXT.get(error_code, f"Error {error_code}")
        queue = self._faults.setdefault(target, [])
        queue.extend(ApiError(error_code, text, parameters) for _ in range(times))

    def take_fault(self, chat_id: int) -> None:
        """Raise the next injected error for this chat, if any."""
        queue = self._faults.get(chat_id)
        if queue:
            raise queue.pop(0)

    def chat_dict(self, chat_id: int) -> JsonDict:
        """The Chat object of a known chat."""
        if chat_id in self.groups:
            return self.groups[chat_id].to_dict()
        if chat_id in self.users:
            return self.users[chat_id].private_chat_dict()
        raise bad_request("chat not found")

    def resolve_chat(self, ref: int | str) -> int:
        """Map a chat_id parameter to a known chat id, or raise 400 chat not found."""
        if isinstance(ref, int) and (ref in self.groups or ref in self.users):
            return ref
        raise bad_request("chat not found")

    def check_can_write(self, chat_id: int) -> None:
        """Raise the error Telegram gives when the bot may not post in this chat."""
        group = self.groups.get(chat_id)
        if group is not None:
            if group.migrated_to is not None:
                raise bad_request(
                    "group chat was upgraded to a supergroup chat",
                    {"migrate_to_chat_id": group.migrated_to},
                )
            if group.bot_status == "kicked":
                raise forbidden(f"bot was kicked from the {group.type} chat")
            if not group.bot_in:
                raise forbidden(f"bot is not a member of the {group.type} chat")
            return
        user = self.users[chat_id]
        if user.is_bot:
            raise forbidden("bot can't send messages to bots")
        if chat_id in self.blocked:
            raise forbidden("bot was blocked by the user")
        if chat_id not in self.started:
            raise forbidden("bot can't initiate conversation with a user")

    def member_update(
        self, group: FakeGroup, actor: FakeUser, subject: FakeUser, old: str, new: str
    ) -> JsonDict:
        """A ChatMemberUpdated object."""
        return {
            "chat": group.to_dict(),
            "from": actor.to_dict(),
            "date": self.now(),
            "old_chat_member": member_dict(subject, old),
            "new_chat_member": member_dict(subject, new),
        }

    # ----------------------------------------------------------------- recording

    def record_sent(self, message: SentMessage) -> None:
        """Store a new bot message."""
        self.sent.append(message)
        self._sent_by_key[(message.chat_id, message.message_id)] = message
        self.record_edit(message)

    def record_edit(self, message: SentMessage) -> None:
        """Note that a bot message was sent or changed (feeds touched_since and waiters)."""
        self._events.append(message)
        self._activity_event.set()
        self._activity_event = asyncio.Event()

    def find_sent(self, chat_id: int, message_id: int) -> SentMessage | None:
        """The bot message with this id in this chat, if any."""
        return self._sent_by_key.get((chat_id, message_id))

    def mark(self) -> int:
        """A position in the send/edit log, for touched_since()."""
        return len(self._events)

    def touched_since(self, mark: int) -> list[SentMessage]:
        """Bot messages sent or edited since the mark, in order, without duplicates."""
        seen: dict[int, SentMessage] = {}
        for message in self._events[mark:]:
            seen.setdefault(id(message), message)
        return list(seen.values())

    async def wait_activity(self, max_wait: float) -> None:
        """Wait until the bot sends or edits something (or the timeout passes)."""
        event = self._activity_event
        try:
            await asyncio.wait_for(event.wait(), max_wait)
        except TimeoutError:
            return

    def messages_to(self, chat_id: int | FakeUser | FakeGroup) -> list[SentMessage]:
        """All bot messages in a chat (deleted ones included, flagged), in order."""
        target = chat_id if isinstance(chat_id, int) else chat_id.id
        return [message for message in self.sent if message.chat_id == target]

    def last_to(self, chat_id: int | FakeUser | FakeGroup) -> SentMessage:
        """The latest bot message in a chat (AssertionError when there is none)."""
        messages = self.messages_to(chat_id)
        if not messages:
            raise AssertionError(f"the bot sent nothing to chat {chat_id!r}")
        return messages[-1]

    def commands_for(
        self, scope: str = "default", language_code: str = ""
    ) -> list[tuple[str, str]]:
        """Commands set for a scope key ("default", "all_private_chats", "chat:<id>", ...)."""
        return self.commands.get((scope, language_code), [])

    def message_dict(self, message: SentMessage) -> JsonDict:
        """The bot message as a Bot API Message object (current version)."""
        body: JsonDict = {
            "message_id": message.message_id,
            "from": self.bot_user.to_dict(),
            "chat": self.chat_dict(message.chat_id),
            "date": message.date,
        }
        if message.edit_date is not None:
            body["edit_date"] = message.edit_date
        if message.kind == "text":
            body["text"] = message.plain or ""
            if message.entities:
                body["entities"] = message.entities
        else:
            if message.plain:
                body["caption"] = message.plain
            if message.entities:
                body["caption_entities"] = message.entities
        if message.kind == "document" and message.file_id:
            body["document"] = self.document_dict(message.file_id)
        if message.kind == "photo" and message.file_id:
            body["photo"] = self.photo_sizes(message.file_id)
        if message.reply_markup and "inline_keyboard" in message.reply_markup:
            body["reply_markup"] = message.reply_markup
        return body

    def document_dict(self, file_id: str) -> JsonDict:
        """The Document object of a stored file."""
        upload = self.files[file_id]
        document: JsonDict = {
            "file_id": file_id,
            "file_unique_id": self.unique_id(file_id),
            "file_name": upload.filename,
            "file_size": len(upload.content),
        }
        if upload.content_type:
            document["mime_type"] = upload.content_type
        return document

    def photo_sizes(self, file_id: str) -> list[JsonDict]:
        """PhotoSize objects of a stored photo (a thumbnail and the full size)."""
        size = len(self.files[file_id].content)
        return [
            {
                "file_id": file_id + "s",
                "file_unique_id": self.unique_id(file_id) + "s",
                "width": 90,
                "height": 90,
                "file_size": max(1, size // 10),
            },
            {
                "file_id": file_id,
                "file_unique_id": self.unique_id(file_id),
                "width": 800,
                "height": 800,
                "file_size": size,
            },
        ]

    # ----------------------------------------------------------------- updates

    @property
    def last_update_id(self) -> int:
        """The id of the most recently queued update (0 before any)."""
        return self._last_update_id

    @property
    def pending_updates(self) -> list[JsonDict]:
        """Queued updates not yet confirmed by the bot."""
        return [{"update_id": uid, kind: payload} for uid, kind, payload in self._pending]

    def enqueue(self, kind: str, payload: JsonDict) -> int:
        """Queue an update for getUpdates; return its update_id."""
        self._last_update_id += 1
        self._pending.append((self._last_update_id, kind, payload))
        self._history[self._last_update_id] = (kind, payload)
        self._notify_updates()
        return self._last_update_id

    def redeliver(self, update_id: int) -> None:
        """Queue an already delivered update again, as Telegram does when the bot
        crashed before confirming it (the next poller starts without an offset)."""
        kind, payload = self._history[update_id]
        self._pending.append((update_id, kind, payload))
        self._notify_updates()

    def _notify_updates(self) -> None:
        self._updates_event.set()
        self._updates_event = asyncio.Event()

    def new_callback_query_id(self) -> str:
        """A fresh callback query id, awaiting an answer."""
        self._callback_seq += 1
        query_id = str(4_815_162_342_000_000_000 + self._callback_seq)
        self._callback_queries[query_id] = False
        return query_id


def _uid(user: int | FakeUser) -> int:
    return user if isinstance(user, int) else user.id

"""User-side actions of the fake Bot API: each queues the updates Telegram would send."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .markup import utf16_len
from .models import FakeGroup, FakeUser, JsonDict, SentMessage, UploadedFile
from .state import ApiState

_COMMAND = re.compile(r"^/[A-Za-z0-9_]{1,32}(?:@([A-Za-z0-9_]{3,32}))?")
_PRESENT = ("creator", "administrator", "member", "restricted")


class UpdatePushes(ApiState):
    """push_* methods: what users do, turned into queued updates.

    Messages in groups follow privacy mode: unless the bot is an administrator or was created
    with can_read_all_group_messages=True, it only gets commands (generic or for it), replies
    to its own messages, messages mentioning it and service messages. A push that Telegram
    would not deliver to the bot returns None.
    """

    # ----------------------------------------------------------------- messages

    def push_text(
        self,
        user: FakeUser,
        text: str,
        chat: FakeGroup | None = None,
        *,
        reply_to: SentMessage | None = None,
    ) -> int | None:
        """The user sends a text message (a command gets its bot_command entity)."""
        extra: JsonDict = {"text": text}
        addressed = f"@{self.bot_user.username}".lower() in text.lower()
        command = _COMMAND.match(text)
        if command:
            extra["entities"] = [
                {"type": "bot_command", "offset": 0, "length": utf16_len(command.group(0))}
            ]
            target = command.group(1)
            addressed = addressed or target is None or target.lower() == self._bot_name()
        return self._push_message(user, chat, extra, addressed=addressed, reply_to=reply_to)

    def push_edit(self, user: FakeUser, text: str, chat: FakeGroup | None = None) -> int | None:
        """The user edits their last message in the chat (an ``edited_message`` update)."""
        self._ensure_user(user)
        chat_id = user.id if chat is None else chat.id
        mine = [mid for cid, mid in self._user_messages if cid == chat_id]
        if not mine:
            raise AssertionError(f"{user.first_name} has sent nothing in chat {chat_id} to edit")
        body: JsonDict = {
            "message_id": max(mine),
            "from": user.to_dict(),
            "chat": user.private_chat_dict() if chat is None else chat.to_dict(),
            "date": self.now(),
            "edit_date": self.now(),
            "text": text,
        }
        if chat is not None and not (
            chat.bot_in and (self.can_read_all_group_messages or chat.bot_is_admin)
        ):
            return None
        return self.enqueue("edited_message", body)

    def push_sticker(
        self, user: FakeUser, chat: FakeGroup | None = None, *, reply_to: SentMessage | None = None
    ) -> int | None:
        """The user sends a sticker."""
        self._file_seq += 1
        sticker = {
            "file_id": f"CAACAgIAAxkBAAE{self._file_seq:08d}",
            "file_unique_id": f"AgAD{self._file_seq:08d}",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "type": "regular",
            "emoji": "\U0001f642",
            "set_name": "SamenTestStickers",
            "file_size": 24_000,
        }
        return self._push_message(
            user, chat, {"sticker": sticker}, addressed=False, reply_to=reply_to
        )

    def push_photo(
        self,
        user: FakeUser,
        chat: FakeGroup | None = None,
        *,
        caption: str | None = None,
        reply_to: SentMessage | None = None,
    ) -> int | None:
        """The user sends a photo (stored, so getFile and downloads work)."""
        upload = UploadedFile("photo.jpg", b"\xff\xd8\xff\xe0fake-jpeg\xff\xd9", "image/jpeg")
        file_id = self.store_file(upload, "AgACAgQAAxkB", "photos")
        extra: JsonDict = {"photo": self.photo_sizes(file_id)}
        if caption:
            extra["caption"] = caption
        return self._push_message(user, chat, extra, addressed=False, reply_to=reply_to)

    def push_callback(self, user: FakeUser, message: SentMessage, data: str) -> int:
        """The user presses an inline button carrying `data` under a bot message."""
        if message.deleted:
            raise AssertionError(f"message {message.message_id} was deleted; nothing to press")
        group = self.groups.get(message.chat_id)
        if group is None and message.chat_id != user.id:
            raise AssertionError(f"{user.first_name} cannot see message in chat {message.chat_id}")
        if group is not None and user.id not in group.members:
            raise AssertionError(f"{user.first_name} is not a member of {group.title!r}")
        payload = {
            "id": self.new_callback_query_id(),
            "from": user.to_dict(),
            "message": self.message_dict(message),
            "chat_instance": self.chat_instance(message.chat_id),
            "data": data,
        }
        return self.enqueue("callback_query", payload)

    # ----------------------------------------------------------------- membership

    def push_new_members(
        self, group: FakeGroup, users: Sequence[FakeUser], by: FakeUser | None = None
    ) -> int | None:
        """Users join or are added (by `by`); adding the bot also sends my_chat_member."""
        actor = by or users[0]
        for user in users:
            if user.id == self.bot_user.id:
                old = group.bot_status
                group.bot_status = "member"
                self.enqueue(
                    "my_chat_member", self.member_update(group, actor, user, old, "member")
                )
            else:
                self._ensure_user(user)
                group.kicked.discard(user.id)
                group.members.add(user.id)
        extra = {"new_chat_members": [user.to_dict() for user in users]}
        result = self._push_message(actor, group, extra, addressed=True, check_member=False)
        for user in users:
            if user.id != self.bot_user.id:
                self._push_chat_member_update(group, actor, user, "left", "member")
        return result

    def push_bot_added(self, group: FakeGroup, by: FakeUser, *, admin: bool = False) -> int:
        """The bot is added to the group: my_chat_member, then the new_chat_members message."""
        old = group.bot_status
        new = "administrator" if admin else "member"
        group.bot_status = new
        update_id = self.enqueue(
            "my_chat_member", self.member_update(group, by, self.bot_user, old, new)
        )
        extra = {"new_chat_members": [self.bot_user.to_dict()]}
        message_id = self._push_message(by, group, extra, addressed=True, check_member=False)
        return message_id if message_id is not None else update_id

    def push_bot_removed(self, group: FakeGroup, by: FakeUser) -> int:
        """The bot leaves (by == the bot user) or is removed: my_chat_member left/kicked."""
        old = group.bot_status
        new = "left" if by.id == self.bot_user.id else "kicked"
        group.bot_status = new
        return self.enqueue(
            "my_chat_member", self.member_update(group, by, self.bot_user, old, new)
        )

    def push_chat_member(
        self,
        group: FakeGroup,
        user: FakeUser,
        old_status: str,
        new_status: str,
        *,
        by: FakeUser | None = None,
    ) -> int | None:
        """A member's status changes; a chat_member update reaches only an admin bot."""
        actor = by or user
        if user.id == self.bot_user.id:
            group.bot_status = new_status
            return self.enqueue(
                "my_chat_member", self.member_update(group, actor, user, old_status, new_status)
            )
        self._ensure_user(user)
        self._apply_status(group, user, new_status)
        return self._push_chat_member_update(group, actor, user, old_status, new_status)

    def push_left_member(
        self, group: FakeGroup, user: FakeUser, *, by: FakeUser | None = None
    ) -> int | None:
        """A member leaves (or is removed by `by`): the left_chat_member service message."""
        new_status = "kicked" if by is not None and by.id != user.id else "left"
        old_status = group.status_of(user.id)
        self._apply_status(group, user, new_status)
        extra = {"left_chat_member": user.to_dict()}
        result = self._push_message(by or user, group, extra, addressed=True, check_member=False)
        self._push_chat_member_update(group, by or user, user, old_status, new_status)
        return result

    def migrate_group(self, group: FakeGroup, by: FakeUser | None = None) -> FakeGroup:
        """Upgrade a basic group to a supergroup; push both migration service messages."""
        if group.supergroup or group.migrated_to is not None:
            raise ValueError(f"{group.title!r} cannot be migrated")
        new = FakeGroup(
            self.new_group_id(True),
            group.title,
            supergroup=True,
            members=set(group.members),
            admins=set(group.admins),
            kicked=set(group.kicked),
            creator_id=group.creator_id,
            bot_status=group.bot_status,
        )
        self.groups[new.id] = new
        actor = by or self._any_member(group)
        old_extra = {"migrate_to_chat_id": new.id}
        self._push_message(actor, group, old_extra, addressed=True, check_member=False)
        group.migrated_to = new.id
        new_extra = {"migrate_from_chat_id": group.id}
        self._push_message(actor, new, new_extra, addressed=True, check_member=False)
        return new

    # ----------------------------------------------------------------- internals

    def _bot_name(self) -> str:
        return (self.bot_user.username or "").lower()

    def _ensure_user(self, user: FakeUser) -> None:
        if user.id != self.bot_user.id:
            self.users.setdefault(user.id, user)

    def _any_member(self, group: FakeGroup) -> FakeUser:
        for user_id in [group.creator_id, *sorted(group.members)]:
            if user_id is not None and user_id in self.users:
                return self.users[user_id]
        raise ValueError(f"{group.title!r} has no members")

    def _apply_status(self, group: FakeGroup, user: FakeUser, status: str) -> None:
        group.admins.discard(user.id)
        group.kicked.discard(user.id)
        if status in _PRESENT:
            group.members.add(user.id)
            if status == "administrator":
                group.admins.add(user.id)
        else:
            group.members.discard(user.id)
            if status == "kicked":
                group.kicked.add(user.id)

    def _push_chat_member_update(
        self, group: FakeGroup, actor: FakeUser, user: FakeUser, old: str, new: str
    ) -> int | None:
        if not group.bot_is_admin:
            return None
        return self.enqueue("chat_member", self.member_update(group, actor, user, old, new))

    def _push_message(
        self,
        user: FakeUser,
        chat: FakeGroup | None,
        extra: JsonDict,
        *,
        addressed: bool,
        reply_to: SentMessage | None = None,
        check_member: bool = True,
    ) -> int | None:
        self._ensure_user(user)
        if chat is not None:
            if chat.migrated_to is not None:
                raise AssertionError(f"{chat.title!r} was migrated to {chat.migrated_to}")
            if check_member and user.id not in chat.members:
                raise AssertionError(f"{user.first_name} is not a member of {chat.title!r}")
        chat_id = user.id if chat is None else chat.id
        message_id = self.next_message_id(chat_id)
        self._user_messages.add((chat_id, message_id))
        body: JsonDict = {
            "message_id": message_id,
            "from": user.to_dict(),
            "chat": user.private_chat_dict() if chat is None else chat.to_dict(),
            "date": self.now(),
        }
        if reply_to is not None:
            body["reply_to_message"] = self.message_dict(reply_to)
            addressed = True
        body.update(extra)
        if chat is None:
            self.started.add(user.id)
            self.blocked.discard(user.id)
            return self.enqueue("message", body)
        if not chat.bot_in:
            return None
        if not (addressed or self.can_read_all_group_messages or chat.bot_is_admin):
            return None
        return self.enqueue("message", body)

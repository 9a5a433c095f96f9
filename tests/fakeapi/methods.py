"""Bot-facing Bot API methods of the fake server (everything except getUpdates)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .chats import ChatMethods
from .markup import check_reply_markup, render_text
from .models import (
    JsonDict,
    MessageVersion,
    SentMessage,
    UploadedFile,
    bad_request,
)
from .params import Params

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_ANSWER = 200
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly "
    "the same as a current content and reply markup of the message"
)

Handler = Callable[[Params], Any]


class BotMethods(ChatMethods):
    """Implementations of the Bot API methods the bot calls."""

    def method_table(self) -> dict[str, Handler]:
        """Method name (lower case, as Telegram matches them) -> handler."""
        table: dict[str, Handler] = {
            "getMe": self._get_me,
            "deleteWebhook": self._delete_webhook,
            "setWebhook": self._set_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "getMyCommands": self._get_my_commands,
            "sendMessage": self._send_message,
            "sendDocument": self._send_document,
            "sendPhoto": self._send_photo,
            "sendChatAction": self._send_chat_action,
            "editMessageText": self._edit_message_text,
            "editMessageCaption": self._edit_message_caption,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "answerCallbackQuery": self._answer_callback_query,
            "getChat": self._get_chat,
            "getChatMember": self._get_chat_member,
            "getChatMemberCount": self._get_chat_member_count,
            "getChatMembersCount": self._get_chat_member_count,
            "getChatAdministrators": self._get_chat_administrators,
            "leaveChat": self._leave_chat,
            "setChatMenuButton": self._set_chat_menu_button,
            "getChatMenuButton": self._get_chat_menu_button,
            "getFile": self._get_file,
        }
        for name in (
            "close",
            "logOut",
            "setMyDescription",
            "setMyShortDescription",
            "setMyName",
            "setMyDefaultAdministratorRights",
        ):
            table[name] = _ok
        return {name.lower(): handler for name, handler in table.items()}

    # ----------------------------------------------------------------- bot & webhook

    def _get_me(self, _: Params) -> JsonDict:
        me = self.bot_user.to_dict()
        me.update(
            can_join_groups=True,
            can_read_all_group_messages=self.can_read_all_group_messages,
            supports_inline_queries=False,
            can_connect_to_business=False,
            has_main_web_app=False,
        )
        return me

    def _delete_webhook(self, p: Params) -> bool:
        self.webhook_url = ""
        if p.flag("drop_pending_updates"):
            self._pending.clear()
        return True

    def _set_webhook(self, p: Params) -> bool:
        self.webhook_url = p.opt_str("url") or ""
        if p.flag("drop_pending_updates"):
            self._pending.clear()
        return True

    def _get_webhook_info(self, _: Params) -> JsonDict:
        return {
            "url": self.webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }

    # ----------------------------------------------------------------- sending

    def _writable_chat(self, p: Params, *, inject_faults: bool = True) -> int:
        chat_id = self.resolve_chat(p.chat_ref())
        if inject_faults:
            self.take_fault(chat_id)
        self.check_can_write(chat_id)
        return chat_id

    def _render(
        self, text: str, parse_mode: str | None, limit: int, what: str
    ) -> tuple[str, list[JsonDict]]:
        plain, entities = render_text(text, parse_mode)
        if len(plain) > limit:
            raise bad_request(f"{what} is too long")
        return plain, entities

    def _send_message(self, p: Params) -> JsonDict:
        chat_id = self._writable_chat(p)
        text = p.req_str("text", empty_message="message text is empty")
        parse_mode = p.opt_str("parse_mode")
        plain, entities = self._render(text, parse_mode, MAX_TEXT, "message")
        if not plain.strip():
            raise bad_request("message text is empty")
        markup = check_reply_markup(p.obj("reply_markup"))
        message = SentMessage(
            chat_id=chat_id,
            message_id=self.next_message_id(chat_id),
            text=text,
            reply_markup=markup,
            method="sendMessage",
            parse_mode=parse_mode,
            date=self.now(),
            plain=plain,
            entities=entities,
        )
        self.record_sent(message)
        return self.message_dict(message)

    def _upload(self, p: Params, field: str, prefix: str, folder: str) -> tuple[str, UploadedFile]:
        upload = p.files.get(field)
        if upload is not None:
            if not upload.content:
                raise bad_request("file must be non-empty")
            return self.store_file(upload, prefix, folder), upload
        reference = p.opt_str(field)
        if reference is None or reference == "":
            raise bad_request(f"there is no {field} in the request")
        if reference in self.files:
            return reference, self.files[reference]
        if reference.startswith(("http://", "https://")):
            name = reference.rsplit("/", 1)[-1] or "file"
            stored = UploadedFile(name, b"", None)
            return self.store_file(stored, prefix, folder), stored
        raise bad_request("wrong file identifier/HTTP URL specified")

    def _send_media(self, p: Params, method: str) -> JsonDict:
        chat_id = self._writable_chat(p)
        field, prefix, folder = (
            ("document", "BQACAgQAAxkB", "documents")
            if method == "sendDocument"
            else ("photo", "AgACAgQAAxkB", "photos")
        )
        file_id, upload = self._upload(p, field, prefix, folder)
        caption = p.opt_str("caption")
        parse_mode = p.opt_str("parse_mode")
        plain, entities = (
            self._render(caption, parse_mode, MAX_CAPTION, "message caption")
            if caption
            else (None, [])
        )
        message = SentMessage(
            chat_id=chat_id,
            message_id=self.next_message_id(chat_id),
            text=caption,
            reply_markup=check_reply_markup(p.obj("reply_markup")),
            method=method,
            parse_mode=parse_mode,
            date=self.now(),
            plain=plain,
            entities=entities,
            file_id=file_id,
        )
        if method == "sendDocument":
            message.document = upload.content
            message.document_name = upload.filename
            message.document_mime = upload.content_type
        else:
            message.photo = upload.content
        self.record_sent(message)
        return self.message_dict(message)

    def _send_document(self, p: Params) -> JsonDict:
        return self._send_media(p, "sendDocument")

    def _send_photo(self, p: Params) -> JsonDict:
        return self._send_media(p, "sendPhoto")

    def _send_chat_action(self, p: Params) -> bool:
        chat_id = self._writable_chat(p, inject_faults=False)
        self.chat_actions.append((chat_id, p.req_str("action")))
        return True

    # ----------------------------------------------------------------- editing

    def _editable(self, p: Params) -> SentMessage:
        if p.has("inline_message_id"):
            raise bad_request("MESSAGE_ID_INVALID")
        chat_id = self._writable_chat(p, inject_faults=False)
        message_id = p.req_int("message_id", empty_message="message identifier is not specified")
        message = self.find_sent(chat_id, message_id)
        if message is None or message.deleted:
            if (chat_id, message_id) in self._user_messages:
                raise bad_request("message can't be edited")
            raise bad_request("message to edit not found")
        return message

    def _apply_edit(
        self,
        message: SentMessage,
        text: str | None,
        parse_mode: str | None,
        plain: str | None,
        entities: list[JsonDict],
        markup: JsonDict | None,
    ) -> JsonDict:
        if (plain, entities, markup) == (message.plain, message.entities, message.reply_markup):
            raise bad_request(_NOT_MODIFIED)
        message.history.append(
            MessageVersion(
                message.text,
                message.reply_markup,
                message.parse_mode,
                message.edit_date or message.date,
            )
        )
        message.text, message.parse_mode = text, parse_mode
        message.plain, message.entities = plain, entities
        message.reply_markup = markup
        message.edit_date = max(self.now(), message.date)
        self.record_edit(message)
        return self.message_dict(message)

    def _edit_message_text(self, p: Params) -> JsonDict:
        message = self._editable(p)
        if message.kind != "text":
            raise bad_request("there is no text in the message to edit")
        text = p.req_str("text", empty_message="message text is empty")
        parse_mode = p.opt_str("parse_mode")
        plain, entities = self._render(text, parse_mode, MAX_TEXT, "message")
        if not plain.strip():
            raise bad_request("message text is empty")
        markup = check_reply_markup(p.obj("reply_markup"))
        return self._apply_edit(message, text, parse_mode, plain, entities, markup)

    def _edit_message_caption(self, p: Params) -> JsonDict:
        message = self._editable(p)
        if message.kind == "text":
            raise bad_request("there is no caption in the message to edit")
        caption = p.opt_str("caption")
        parse_mode = p.opt_str("parse_mode")
        plain, entities = (
            self._render(caption, parse_mode, MAX_CAPTION, "message caption")
            if caption
            else (None, [])
        )
        markup = check_reply_markup(p.obj("reply_markup"))
        return self._apply_edit(message, caption, parse_mode, plain, entities, markup)

    def _edit_message_reply_markup(self, p: Params) -> JsonDict:
        message = self._editable(p)
        markup = check_reply_markup(p.obj("reply_markup"))
        return self._apply_edit(
            message, message.text, message.parse_mode, message.plain, message.entities, markup
        )

    def _delete_message(self, p: Params) -> bool:
        chat_id = self.resolve_chat(p.chat_ref())
        message_id = p.req_int("message_id", empty_message="message identifier is not specified")
        message = self.find_sent(chat_id, message_id)
        if message is not None and not message.deleted:
            message.deleted = True
        elif (chat_id, message_id) in self._user_messages:
            group = self.groups.get(chat_id)
            if group is not None and not group.bot_is_admin:
                raise bad_request("message can't be deleted")
            self._user_messages.discard((chat_id, message_id))
        else:
            raise bad_request("message to delete not found")
        self.deleted.append((chat_id, message_id))
        return True

    def _answer_callback_query(self, p: Params) -> bool:
        query_id = p.opt_str("callback_query_id") or ""
        if self._callback_queries.get(query_id, True):
            raise bad_request(
                "query is too old and response timeout expired or query ID is invalid"
            )
        text = p.opt_str("text")
        if text is not None and len(text) > MAX_CALLBACK_ANSWER:
            raise bad_request("MESSAGE_TOO_LONG")
        self._callback_queries[query_id] = True
        self.callback_answers.append(
            {
                "callback_query_id": query_id,
                "text": text,
                "show_alert": p.flag("show_alert"),
                "url": p.opt_str("url"),
            }
        )
        return True


def _ok(_: Params) -> bool:
    return True

"""The fake Bot API, exercised over HTTP by a real telegram.Bot (and the harness plumbing)."""

from __future__ import annotations

import asyncio
import json
import sys
import types
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from telegram import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    ChatMemberUpdated,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Message,
    Update,
)
from telegram.constants import MessageEntityType, ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    RetryAfter,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ExtBot,
)

from tests.fakeapi import FakeBotApi
from tests.harness import BotHarness, FakeClock, ObservedApplication

KEYBOARD = InlineKeyboardMarkup(
    [
        [InlineKeyboardButton("Ja, graag", callback_data="yes:1")],
        [InlineKeyboardButton("Nee", callback_data="no:1")],
    ]
)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as fake:
        yield fake


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[ExtBot[None]]:
    async with ExtBot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as client:
        yield client


async def test_get_me(bot: ExtBot[None]) -> None:
    me = await bot.get_me()
    assert me.id == 123456
    assert me.username == "SamenTestBot"
    assert me.is_bot
    assert me.can_join_groups is True
    assert me.can_read_all_group_messages is False
    assert me.supports_inline_queries is False


async def test_wrong_token_and_unknown_method(api: FakeBotApi, bot: ExtBot[None]) -> None:
    other = ExtBot("123456:WRONG-TOKEN", base_url=api.base_url)
    with pytest.raises(InvalidToken, match="rejected by the server"):
        await other.initialize()
    await other.shutdown()
    with pytest.raises(EndPointNotFound):
        await bot.do_api_request("noSuchMethod")


async def test_raw_http_encodings(api: FakeBotApi) -> None:
    anna = api.user("Anna")
    api.push_text(anna, "/start")
    url = f"{api.base_url}{api.token}"
    markup = {"inline_keyboard": [[{"text": "Ok", "callback_data": "ok"}]]}
    async with aiohttp.ClientSession() as session:
        body = {"chat_id": anna.id, "text": "json", "reply_markup": markup}
        async with session.post(f"{url}/sendMessage", json=body) as response:
            reply = await response.json()
        assert reply["ok"] is True and reply["result"]["reply_markup"] == markup
        async with session.get(f"{url}/sendMessage", params={"chat_id": anna.id, "text": "q"}) as r:
            assert (await r.json())["result"]["text"] == "q"
        form = {"chat_id": str(anna.id), "text": "123", "reply_markup": json.dumps(markup)}
        async with session.post(f"{url}/SENDMESSAGE", data=form) as response:
            assert (await response.json())["result"]["text"] == "123"
        async with session.post(f"{url}/nope") as response:
            assert response.status == 404
            assert await response.json() == {
                "ok": False,
                "error_code": 404,
                "description": "Not Found: method not found",
            }
        async with session.post(f"{api.base_url}1:bad/getMe") as response:
            assert response.status == 401
            assert (await response.json())["description"] == "Unauthorized"
        api.fail_next(anna, retry_after=7)
        async with session.post(f"{url}/sendMessage", json={"chat_id": anna.id, "text": "x"}) as r:
            assert r.status == 429
            assert (await r.json())["parameters"] == {"retry_after": 7}
    assert [m.text for m in api.messages_to(anna)] == ["json", "q", "123"]
    assert api.last_to(anna).reply_markup == markup


async def test_send_message_with_inline_keyboard(api: FakeBotApi, bot: ExtBot[None]) -> None:
    anna = api.user("Anna", "anna")
    api.push_text(anna, "/start")
    message = await bot.send_message(
        anna.id, "Hoi <b>Anna</b> &amp; co", parse_mode=ParseMode.HTML, reply_markup=KEYBOARD
    )
    assert message.text == "Hoi Anna & co"
    assert message.entities[0].type == MessageEntityType.BOLD
    assert (message.entities[0].offset, message.entities[0].length) == (4, 4)
    assert message.reply_markup == KEYBOARD
    assert message.chat.id == anna.id and message.chat.type == "private"
    assert message.date.tzinfo is not None
    assert message.message_id == 2  # the user's /start was message 1 in this chat
    sent = api.last_to(anna)
    assert sent.text == "Hoi <b>Anna</b> &amp; co"
    assert sent.plain == "Hoi Anna & co"
    assert sent.parse_mode == "HTML"
    assert sent.buttons() == [("Ja, graag", "yes:1"), ("Nee", "no:1")]
    assert sent.button("Ja") == "yes:1"
    with pytest.raises(AssertionError, match="Ja, graag"):
        sent.button("Misschien")
    assert api.requests[-1][0] == "sendMessage"
    assert api.requests[-1][1]["reply_markup"]["inline_keyboard"][1][0]["text"] == "Nee"


async def test_private_chat_permissions(api: FakeBotApi, bot: ExtBot[None]) -> None:
    anna = api.user("Anna")
    with pytest.raises(Forbidden, match="can't initiate conversation"):
        await bot.send_message(anna.id, "Hallo")
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(999_999, "Hallo")
    api.push_text(anna, "/start")
    await bot.send_message(anna.id, "Hallo")
    api.block(anna)
    with pytest.raises(Forbidden, match="blocked by the user"):
        await bot.send_message(anna.id, "Hallo")
    assert api.rejections[-1].error_code == 403
    api.unblock(anna)
    await bot.send_message(anna.id, "Weer terug")
    assert [m.text for m in api.messages_to(anna)] == ["Hallo", "Weer terug"]


async def test_content_validation(api: FakeBotApi, bot: ExtBot[None]) -> None:
    anna = api.user("Anna")
    api.push_text(anna, "/start")
    with pytest.raises(BadRequest, match="too long"):
        await bot.send_message(anna.id, "x" * 4097)
    await bot.send_message(anna.id, "x" * 4096)
    long_data = InlineKeyboardMarkup([[InlineKeyboardButton("a", callback_data="d" * 65)]])
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(anna.id, "knop", reply_markup=long_data)
    for broken in ("<b>open", "<b>x</i>", "a <br> b", "1 < 2", "x</b>"):
        with pytest.raises(BadRequest, match="Can't parse entities"):
            await bot.send_message(anna.id, broken, parse_mode=ParseMode.HTML)
    fine = (
        '<a href="https://example.org/?a=1&amp;b=2">link</a> <i>ok</i> <tg-spoiler>s</tg-spoiler>'
    )
    message = await bot.send_message(anna.id, fine, parse_mode=ParseMode.HTML)
    assert message.text == "link ok s"
    assert message.entities[0].url == "https://example.org/?a=1&b=2"
    with pytest.raises(BadRequest, match="Message text is empty"):
        await bot.send_message(anna.id, "<b> </b>", parse_mode=ParseMode.HTML)


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_fail_next_retry_after(api: FakeBotApi, bot: ExtBot[None]) -> None:
    anna = api.user("Anna")
    api.push_text(anna, "/start")
    api.fail_next(anna.id, error_code=429, retry_after=3, times=2)
    for _ in range(2):
        with pytest.raises(RetryAfter) as caught:
            await bot.send_message(anna.id, "Hallo")
        retry = caught.value.retry_after
        assert retry == 3 or retry == timedelta(seconds=3)
    await bot.send_message(anna.id, "Hallo")
    api.fail_next(anna, error_code=403)
    with pytest.raises(Forbidden):
        await bot.send_message(anna.id, "Hallo")
    assert len(api.messages_to(anna)) == 1


async def test_long_polling_text_and_command(api: FakeBotApi, bot: ExtBot[None]) -> None:
    anna = api.user("Anna", "anna")
    assert await bot.get_updates(timeout=0) == ()
    poll = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    assert not poll.done()
    started = asyncio.get_running_loop().time()
    update_id = api.push_text(anna, "/koppel@SamenTestBot ABC123")
    (update,) = await poll
    assert asyncio.get_running_loop().time() - started < 1
    assert isinstance(update, Update) and update.update_id == update_id
    message = update.message
    assert message is not None and message.from_user is not None
    assert message.text == "/koppel@SamenTestBot ABC123"
    assert message.from_user.id == anna.id and message.from_user.language_code == "nl"
    assert message.chat.id == anna.id
    (entity,) = message.entities
    assert (entity.type, entity.offset, entity.length) == (MessageEntityType.BOT_COMMAND, 0, 20)
    assert message.parse_entities() == {entity: "/koppel@SamenTestBot"}
    # Unconfirmed updates come again; a higher offset confirms them.
    assert [u.update_id for u in await bot.get_updates(timeout=0)] == [update_id]
    assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == ()
    assert api.pending_updates == []


async def test_poll_timeout_and_conflict(api: FakeBotApi, bot: ExtBot[None]) -> None:
    loop = asyncio.get_running_loop()
    started = loop.time()
    assert await bot.get_updates(timeout=timedelta(seconds=0.3)) == ()
    assert loop.time() - started >= 0.3
    older = asyncio.create_task(bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    async with ExtBot(api.token, base_url=api.base_url) as second_instance:
        assert await second_instance.get_updates(timeout=0) == ()
    with pytest.raises(Conflict, match="terminated by other getUpdates"):
        await older


async def test_sticker_photo_and_new_members(api: FakeBotApi, bot: ExtBot[None]) -> None:
    anna, bram = api.user("Anna"), api.user("Bram", language_code="en")
    api.push_sticker(anna)
    api.push_photo(anna, caption="kijk")
    group = api.group("Wij", members=[anna])
    assert api.push_new_members(group, [bram], by=anna) is None  # the bot is not in the group
    api.push_new_members(group, [api.bot_user], by=anna)
    updates = await bot.get_updates(timeout=0)
    sticker, photo, my_member, joined = (u.message or u.my_chat_member for u in updates)
    assert isinstance(sticker, Message) and sticker.sticker is not None
    assert isinstance(photo, Message) and photo.caption == "kijk" and len(photo.photo) == 2
    assert await (await bot.get_file(photo.photo[-1].file_id)).download_as_bytearray()
    assert isinstance(my_member, ChatMemberUpdated)
    assert my_member.new_chat_member.status == "member"
    assert isinstance(joined, Message) and joined.new_chat_members[0].is_bot
    assert group.members == {anna.id, bram.id} and group.bot_in


async def test_callback_query_and_answer(api: FakeBotApi, bot: ExtBot[None]) -> None:
    anna = api.user("Anna")
    api.push_text(anna, "/start")
    await bot.send_message(anna.id, "Kies", reply_markup=KEYBOARD)
    sent = api.last_to(anna)
    api.push_callback(anna, sent, sent.button("Nee"))
    updates = await bot.get_updates(timeout=0)
    query = updates[-1].callback_query
    assert query is not None and query.message is not None
    assert query.data == "no:1"
    assert query.from_user.id == anna.id
    assert query.chat_instance == api.chat_instance(anna.id)
    assert query.message.message_id == sent.message_id
    assert isinstance(query.message, Message) and query.message.reply_markup == KEYBOARD
    await bot.answer_callback_query(query.id, text="Genoteerd", show_alert=True)
    assert api.callback_answers == [
        {"callback_query_id": query.id, "text": "Genoteerd", "show_alert": True, "url": None}
    ]
    with pytest.raises(BadRequest, match="query id is invalid"):
        await bot.answer_callback_query(query.id)


async def test_allowed_updates_filter(api: FakeBotApi, bot: ExtBot[None]) -> None:
    anna = api.user("Anna")
    api.push_text(anna, "hallo")
    await bot.send_message(anna.id, "Kies", reply_markup=KEYBOARD)
    api.push_callback(anna, api.last_to(anna), "yes:1")
    updates = await bot.get_updates(timeout=0, allowed_updates=["callback_query"])
    assert [u.callback_query is not None for u in updates] == [True]


async def test_send_document_and_photo(api: FakeBotApi, bot: ExtBot[None]) -> None:
    anna = api.user("Anna")
    api.push_text(anna, "/start")
    content = b"datum;stemming\n2025-03-03;goed\n"
    message = await bot.send_document(
        anna.id, content, filename="export.csv", caption="<b>Jullie export</b>", parse_mode="HTML"
    )
    assert message.document is not None
    assert message.document.file_name == "export.csv"
    assert message.caption == "Jullie export"
    sent = api.last_to(anna)
    assert (sent.kind, sent.document, sent.document_name) == ("document", content, "export.csv")
    assert sent.caption == "<b>Jullie export</b>"
    downloaded = await (await bot.get_file(message.document.file_id)).download_as_bytearray()
    assert bytes(downloaded) == content
    photo = await bot.send_photo(anna.id, b"\x89PNG fake image bytes")
    assert photo.photo[-1].file_size == len(b"\x89PNG fake image bytes")
    assert api.last_to(anna).photo == b"\x89PNG fake image bytes"


async def test_edit_history_and_delete(api: FakeBotApi, bot: ExtBot[None]) -> None:
    anna = api.user("Anna")
    api.push_text(anna, "/start")
    first = await bot.send_message(anna.id, "Stap 1", reply_markup=KEYBOARD)
    await bot.edit_message_text("Stap 2", anna.id, first.message_id, reply_markup=KEYBOARD)
    edited = await bot.edit_message_text(
        "<i>Stap 3</i>", anna.id, first.message_id, parse_mode="HTML"
    )
    assert isinstance(edited, Message)
    assert edited.edit_date is not None and edited.reply_markup is None
    sent = api.last_to(anna)
    assert sent.text == "<i>Stap 3</i>" and sent.reply_markup is None
    assert [version.text for version in sent.history] == ["Stap 1", "Stap 2"]
    assert sent.history[0].reply_markup == KEYBOARD.to_dict()
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("<i>Stap 3</i>", anna.id, first.message_id, parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", anna.id, 999)
    await bot.edit_message_reply_markup(anna.id, first.message_id, reply_markup=KEYBOARD)
    assert sent.reply_markup == KEYBOARD.to_dict() and len(sent.history) == 3
    assert await bot.delete_message(anna.id, first.message_id)
    assert sent.deleted
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await bot.delete_message(anna.id, first.message_id)


async def test_groups_privacy_and_membership(api: FakeBotApi, bot: ExtBot[None]) -> None:
    anna, bram = api.user("Anna"), api.user("Bram")
    group = api.group("Anna & Bram", members=[anna, bram])
    assert group.id < 0 and not group.supergroup
    with pytest.raises(Forbidden, match="not a member of the group chat"):
        await bot.send_message(group.id, "Hallo")
    api.push_bot_added(group, by=anna)
    updates = await bot.get_updates(timeout=0)
    member_update, joined = updates[-2], updates[-1]
    assert member_update.my_chat_member is not None
    assert member_update.my_chat_member.new_chat_member.status == "member"
    assert member_update.my_chat_member.from_user.id == anna.id
    assert joined.message is not None and joined.message.new_chat_members[0].id == 123456
    assert api.push_text(bram, "gewoon een bericht", chat=group) is None  # privacy mode
    assert api.push_text(bram, "/start@OtherBot", chat=group) is None
    assert api.push_text(bram, "/start", chat=group) is not None
    assert (await bot.get_chat_member(group.id, anna.id)).status == "creator"
    assert await bot.get_chat_member_count(group.id) == 3
    chat = await bot.get_chat(group.id)
    assert chat.title == "Anna & Bram" and chat.type == "group"
    api.push_left_member(group, bram)
    left = (await bot.get_updates(timeout=0))[-1].message
    assert left is not None and left.left_chat_member is not None
    assert (await bot.get_chat_member(group.id, bram.id)).status == "left"
    api.push_bot_removed(group, by=anna)
    removed = (await bot.get_updates(timeout=0))[-1].my_chat_member
    assert removed is not None and removed.new_chat_member.status == "kicked"
    with pytest.raises(Forbidden, match="kicked from the group chat"):
        await bot.send_message(group.id, "Hallo")


async def test_chat_member_updates_need_admin(api: FakeBotApi, bot: ExtBot[None]) -> None:
    anna, bram = api.user("Anna"), api.user("Bram")
    group = api.group("Samen", members=[anna], supergroup=True, bot_status="member")
    assert str(group.id).startswith("-100") and len(str(group.id)) == 14
    assert api.push_chat_member(group, bram, "left", "member") is None
    api.push_chat_member(group, api.bot_user, "member", "administrator", by=anna)
    assert api.push_chat_member(group, bram, "member", "left") is not None
    update = (await bot.get_updates(timeout=0, allowed_updates=Update.ALL_TYPES))[-1]
    assert update.chat_member is not None
    assert update.chat_member.new_chat_member.status == "left"


async def test_migration(api: FakeBotApi, bot: ExtBot[None]) -> None:
    anna = api.user("Anna")
    group = api.group("Ons clubje", members=[anna], bot_status="member")
    supergroup = api.migrate_group(group)
    assert supergroup.supergroup and str(supergroup.id).startswith("-100")
    old, new = [u.message for u in await bot.get_updates(timeout=0)]
    assert old is not None and new is not None
    assert old.chat.id == group.id and old.migrate_to_chat_id == supergroup.id
    assert new.chat.id == supergroup.id and new.migrate_from_chat_id == group.id
    assert new.chat.type == "supergroup"
    with pytest.raises(ChatMigrated) as caught:
        await bot.send_message(group.id, "Hallo")
    assert caught.value.new_chat_id == supergroup.id
    await bot.send_message(supergroup.id, "Hallo")
    assert api.last_to(supergroup).message_id == 2


async def test_commands_by_scope(api: FakeBotApi, bot: ExtBot[None]) -> None:
    anna = api.user("Anna")
    await bot.set_my_commands([BotCommand("start", "Beginnen")])
    await bot.set_my_commands(
        [BotCommand("pauze", "Pauze")], scope=BotCommandScopeAllPrivateChats(), language_code="nl"
    )
    await bot.set_my_commands([BotCommand("stop", "Stop")], scope=BotCommandScopeChat(anna.id))
    assert api.commands_for() == [("start", "Beginnen")]
    assert api.commands_for("all_private_chats", "nl") == [("pauze", "Pauze")]
    assert api.commands_for(f"chat:{anna.id}") == [("stop", "Stop")]
    assert [c.command for c in await bot.get_my_commands()] == ["start"]
    await bot.delete_my_commands()
    assert api.commands_for() == []
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Start", "x")])


async def test_ptb_application_life_cycle(api: FakeBotApi) -> None:
    """Everything an Application calls at start-up, polling and shutdown works."""

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("Welkom!", reply_markup=KEYBOARD)

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer()
        await query.edit_message_text(f"Gekozen: {query.data}")

    app = (
        ApplicationBuilder()
        .token(api.token)
        .base_url(api.base_url)
        .application_class(ObservedApplication)
        .build()
    )
    assert isinstance(app, ObservedApplication)
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CallbackQueryHandler(pressed))
    anna = api.user("Anna")
    await app.initialize()
    assert app.updater is not None
    await app.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=Update.ALL_TYPES)
    await app.start()
    try:
        first = api.push_text(anna, "/start")
        assert first is not None
        await app.wait_processed([first], 5)
        welcome = api.last_to(anna)
        assert welcome.plain == "Welkom!"
        second = api.push_callback(anna, welcome, welcome.button("Nee"))
        await app.wait_processed([second], 5)
        assert welcome.text == "Gekozen: no:1" and len(welcome.history) == 1
        assert api.callback_answers[-1]["callback_query_id"]
    finally:
        await app.updater.stop()
        await app.stop()
        await app.shutdown()
    assert api.pending_updates == []
    assert {name for name, _ in api.requests} >= {"getMe", "deleteWebhook", "getUpdates"}


def test_fake_clock() -> None:
    clock = FakeClock(datetime(2025, 1, 1, 12, tzinfo=UTC))
    assert clock.advance(hours=2) == datetime(2025, 1, 1, 14, tzinfo=UTC)
    with pytest.raises(ValueError):
        clock.set(datetime(2025, 1, 1))  # noqa: DTZ001 - the point of the test
    clock.set(datetime(2025, 6, 1, tzinfo=UTC) + timedelta(minutes=5))
    assert clock.now().tzinfo is UTC


# ------------------------------------------------------------- BotHarness against a stub bot


@dataclass(frozen=True)
class _StubSettings:
    bot_token: str
    bot_api_url: str | None = None
    database_path: Path = Path("x.db")
    tick_seconds: float = 5.0
    rate_limit: bool = True


def _stub_build_application(
    settings: _StubSettings,
    *,
    clock: FakeClock,
    application_class: type[Application[Any, Any, Any, Any, Any, Any]],
) -> Application[Any, Any, Any, Any, Any, Any]:
    async def on_startup(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        settings.database_path.write_text("open")

    async def on_shutdown(app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        if settings.database_path.read_text() == "open":
            settings.database_path.write_text("closed")

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("Welkom", reply_markup=KEYBOARD)

    async def boom(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        raise RuntimeError("handler broke")

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.callback_query is not None
        await update.callback_query.answer()
        await update.callback_query.edit_message_text("Dank je")

    async def tick(context: ContextTypes.DEFAULT_TYPE) -> None:
        chats = context.bot_data.setdefault("chats", set())
        if clock.now().hour >= 20 and not context.bot_data.get("reminded"):
            context.bot_data["reminded"] = True
            for chat_id in chats:
                await context.bot.send_message(chat_id, "Herinnering")

    async def remember(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_chat is not None
        context.bot_data.setdefault("chats", set()).add(update.effective_chat.id)

    builder = ApplicationBuilder().token(settings.bot_token).application_class(application_class)
    if settings.bot_api_url:
        builder = builder.base_url(settings.bot_api_url)
    app = builder.post_init(on_startup).post_shutdown(on_shutdown).build()
    app.add_handler(CommandHandler("start", remember), group=-1)
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("boom", boom))
    app.add_handler(CallbackQueryHandler(pressed))
    assert app.job_queue is not None
    app.job_queue.run_repeating(tick, interval=settings.tick_seconds, first=0)
    return app


@pytest.fixture
def stub_bot_modules(monkeypatch: pytest.MonkeyPatch) -> None:
    app_module = types.ModuleType("bot.app")
    app_module.build_application = _stub_build_application  # type: ignore[attr-defined]
    config_module = types.ModuleType("bot.config")
    config_module.Settings = _StubSettings  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "bot.app", app_module)
    monkeypatch.setitem(sys.modules, "bot.config", config_module)


@pytest.mark.usefixtures("stub_bot_modules")
async def test_harness_with_stub_application(api: FakeBotApi, tmp_path: Path) -> None:
    clock = FakeClock(datetime(2025, 3, 3, 8, tzinfo=UTC))
    db_path = tmp_path / "samen.db"
    anna = api.user("Anna")
    async with BotHarness(api, db_path, clock) as h:
        assert api.clock is clock
        assert db_path.read_text() == "open"
        replies = await h.send(anna, "/start")
        assert [m.plain for m in replies] == ["Welkom"]
        assert h.inbox(anna) == replies
        edited = await h.press(anna, replies[0], "Ja")
        assert edited == replies and replies[0].plain == "Dank je"
        with pytest.raises(AssertionError, match="handler broke"):
            await h.send(anna, "/boom")
        mark = h.mark()
        clock.advance(hours=12)
        reminder = await h.wait_for(lambda m: m.plain == "Herinnering", since=mark)
        assert reminder.chat_id == anna.id
        group = api.group("Samen", members=[anna])
        assert await h.bot_added(group, by=anna) == []
        bram = api.user("Bram")
        assert await h.new_members(group, [bram], by=anna) == []
        supergroup, sent = await h.migrate(group)
        assert supergroup.supergroup and sent == []
        assert h.app.processed_update_ids >= set(range(1, api.last_update_id + 1))
        await h.restart()
        assert db_path.read_text() == "open"
        assert [m.plain for m in await h.send(anna, "/start")] == ["Welkom"]
    assert db_path.read_text() == "closed"
    assert len(h.errors) == 0  # the last application saw no errors

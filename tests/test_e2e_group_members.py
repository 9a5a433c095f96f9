"""End to end: the shared group is used only while both partners are in it.

Anna links a group Bram is not in, Bram leaves or is removed, Bram comes back,
a pause is waiting for "ready" when he leaves; plus outsiders, strangers and the
bot itself leaving. Played against the fake Bot API.
"""

from __future__ import annotations

from telegram import ChatMember

from bot.handlers.group import is_in_group
from bot.storage.db import Database
from tests.conftest import link_group, pair
from tests.fakeapi import FakeBotApi, FakeGroup, FakeUser, SentMessage
from tests.harness import BotHarness, FakeClock

HELD_GROUP = "Bram zit nog niet in deze groep"
HELD_ANNA = "Ik heb de groep nog niet gekoppeld: Bram zit er nog niet in"
HELD_BRAM = "Anna wil samen met jou een groep gebruiken"
LINKED = "is nu het gezamenlijke gesprek van"
BOTH_HERE = "Nu jullie hier allebei zijn"
BOTH_HERE_PRIVATE = "Jullie zitten nu allebei in de groep"
LEFT_TO_ANNA = "Bram zit niet meer in jullie groep"
LEFT_TO_BRAM = "Je zit niet meer in jullie groep"
BOT_GONE = "Ik zit niet meer in jullie groep"
NOT_PRIVATE = "niet privé"
ANNOUNCED = "Pauze: 20 minuten"
REMINDER = "De pauze is voorbij"
READY = "Ik ben er klaar voor"
BOTH_READY = "Jullie zijn er allebei klaar voor"
RESTRICTED_RIGHTS = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_manage_topics",
    "can_edit_tag",
    "can_react_to_messages",
)


def having(messages: list[SentMessage], fragment: str) -> list[SentMessage]:
    return [m for m in messages if fragment in (m.plain or "")]


async def linked_chat(bot: BotHarness) -> int | None:
    """The couple's linked group in the database (one couple per test)."""
    db = await Database.open(bot.db_path)
    try:
        value = await db.fetchval("SELECT group_chat_id FROM couples")
        return None if value is None else int(value)
    finally:
        await db.close()


async def start_in_group(
    bot: BotHarness, api: FakeBotApi, user: FakeUser, payload: str, group: FakeGroup
) -> list[SentMessage]:
    return await bot.send(user, f"/start@{api.bot_user.username} {payload}", group)


async def held_group(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser, *, admin: bool = False
) -> tuple[FakeGroup, list[SentMessage]]:
    """Pair Anna and Bram; Anna links a group Bram is not in."""
    payload = await pair(bot, anna, bram)
    group = api.group("Alleen Anna", members=[anna])
    await bot.bot_added(group, anna, admin=admin)
    return group, await start_in_group(bot, api, anna, payload, group)


# --- a partner missing at linking time ------------------------------------------------------


async def test_partner_missing_at_linking_is_told_and_nothing_goes_to_the_group(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser, clock: FakeClock
) -> None:
    group, sent = await held_group(bot, api, anna, bram)
    assert having(sent, HELD_GROUP) and having(sent, HELD_GROUP)[0].chat_id == group.id
    assert not having(sent, LINKED), "the group is not announced as the shared chat"
    assert [m.chat_id for m in having(sent, HELD_ANNA)] == [anna.id]
    assert [m.chat_id for m in having(sent, HELD_BRAM)] == [bram.id]
    assert await linked_chat(bot) is None

    # Everything shared reaches both privately, buttons included.
    in_group = len(bot.group_messages(group))
    sent = await bot.send(anna, "/pauze")
    assert {m.chat_id for m in having(sent, ANNOUNCED)} == {anna.id, bram.id}
    clock.advance(minutes=21)
    for_bram = await bot.wait_for(lambda m: m.chat_id == bram.id and m.has_button("klaar"))
    for_anna = await bot.wait_for(lambda m: m.chat_id == anna.id and m.has_button("klaar"))
    await bot.press(anna, for_anna, READY)
    sent = await bot.press(bram, for_bram, READY)
    assert {m.chat_id for m in having(sent, BOTH_READY)} == {anna.id, bram.id}
    assert len(bot.group_messages(group)) == in_group


async def test_group_links_by_itself_when_the_missing_partner_joins(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser
) -> None:
    group, _ = await held_group(bot, api, anna, bram)
    sent = await bot.new_members(group, [bram], by=anna)
    assert [m.chat_id for m in having(sent, BOTH_HERE)] == [group.id]
    assert {m.chat_id for m in having(sent, BOTH_HERE_PRIVATE)} == {anna.id, bram.id}
    # The features' group notes follow, as after a direct link (the safe word here).
    assert any(m.chat_id == group.id and "veilig" in (m.plain or "") for m in sent)
    assert await linked_chat(bot) == group.id
    sent = await bot.send(bram, "/pauze")
    assert [m.chat_id for m in having(sent, ANNOUNCED)] == [group.id]


async def test_held_group_survives_a_restart(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser
) -> None:
    group, _ = await held_group(bot, api, anna, bram, admin=True)
    await bot.restart()
    # An admin bot gets both the service message and chat_member: linked once.
    sent = await bot.new_members(group, [bram], by=anna)
    assert len(having(sent, BOTH_HERE)) == 1
    assert len(having(sent, BOTH_HERE_PRIVATE)) == 2
    assert await linked_chat(bot) == group.id


async def test_retrying_the_link_after_adding_the_partner_works(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser
) -> None:
    payload = await pair(bot, anna, bram)
    group = api.group("Alleen Anna", members=[anna])
    await bot.bot_added(group, anna)
    await start_in_group(bot, api, anna, payload, group)
    group.members.add(bram.id)  # added without the bot seeing it (e.g. while it was down)
    sent = await start_in_group(bot, api, anna, payload, group)
    assert having(sent, LINKED)
    assert await linked_chat(bot) == group.id


async def test_held_group_follows_a_migration(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser
) -> None:
    group, _ = await held_group(bot, api, anna, bram)
    supergroup, _ = await bot.migrate(group, anna)
    sent = await bot.new_members(supergroup, [bram], by=anna)
    assert [m.chat_id for m in having(sent, BOTH_HERE)] == [supergroup.id]
    assert await linked_chat(bot) == supergroup.id


# --- a partner leaving ------------------------------------------------------------------------


async def test_partner_leaving_tells_both_privately_and_rejoining_links_again(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    sent = await bot.left_member(group, bram)
    assert [m.chat_id for m in having(sent, LEFT_TO_ANNA)] == [anna.id]
    assert [m.chat_id for m in having(sent, LEFT_TO_BRAM)] == [bram.id]
    assert not [m for m in sent if m.chat_id == group.id]
    assert await linked_chat(bot) is None

    sent = await bot.send(anna, "/pauze")
    assert {m.chat_id for m in having(sent, ANNOUNCED)} == {anna.id, bram.id}

    sent = await bot.new_members(group, [bram], by=anna)
    assert [m.chat_id for m in having(sent, BOTH_HERE)] == [group.id]
    assert await linked_chat(bot) == group.id


async def test_partner_removed_from_an_admin_group_is_told_once(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser
) -> None:
    payload = await pair(bot, anna, bram)
    group = api.group("Wij", members=[anna, bram])
    await bot.bot_added(group, anna, admin=True)
    assert having(await start_in_group(bot, api, anna, payload, group), LINKED)
    # Service message and chat_member update both arrive: one notice each.
    sent = await bot.left_member(group, bram, by=anna)
    assert len(having(sent, LEFT_TO_ANNA)) == 1
    assert len(having(sent, LEFT_TO_BRAM)) == 1
    assert await linked_chat(bot) is None


async def test_restricted_partner_still_counts_as_in_the_group(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser
) -> None:
    payload = await pair(bot, anna, bram)
    group = api.group("Wij", members=[anna, bram])
    await bot.bot_added(group, anna, admin=True)
    await start_in_group(bot, api, anna, payload, group)
    sent = await bot.chat_member(group, bram, "member", "restricted", by=anna)
    assert sent == []
    assert await linked_chat(bot) == group.id


async def test_pause_waiting_for_ready_is_handed_over_when_a_partner_leaves(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser, clock: FakeClock
) -> None:
    group = await link_group(bot, api, anna, bram)
    await bot.send(anna, "/pauze")
    mark = bot.mark()
    clock.advance(minutes=21)
    in_group = await bot.wait_for(
        lambda m: m.chat_id == group.id and m.has_button("klaar"), since=mark
    )
    sent = await bot.left_member(group, bram)
    assert having(sent, LEFT_TO_ANNA) and having(sent, LEFT_TO_BRAM)
    private = {m.chat_id: m for m in having(sent, REMINDER) if m.has_button("klaar")}
    assert set(private) == {anna.id, bram.id}

    # Anna's press in the group still counts; Bram answers privately.
    await bot.press(anna, in_group, READY)
    sent = await bot.press(bram, private[bram.id], READY)
    assert {m.chat_id for m in having(sent, BOTH_READY)} == {anna.id, bram.id}


async def test_a_running_pause_calls_back_privately_after_a_partner_left(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser, clock: FakeClock
) -> None:
    group = await link_group(bot, api, anna, bram)
    await bot.send(anna, "/pauze")
    sent = await bot.left_member(group, bram)
    assert not having(sent, REMINDER), "no call back before the deadline"
    mark = bot.mark()
    clock.advance(minutes=21)
    for_bram = await bot.wait_for(
        lambda m: m.chat_id == bram.id and m.has_button("klaar"), since=mark
    )
    for_anna = await bot.wait_for(
        lambda m: m.chat_id == anna.id and m.has_button("klaar"), since=mark
    )
    await bot.press(bram, for_bram, READY)
    sent = await bot.press(anna, for_anna, READY)
    assert having(sent, BOTH_READY)


# --- outsiders, strangers and the bot itself ---------------------------------------------------


async def test_outsiders_still_warn_and_a_stranger_leaving_changes_nothing(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser, stranger: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    warned = await bot.new_members(group, [stranger], by=anna)
    assert [m.chat_id for m in having(warned, NOT_PRIVATE)] == [group.id]
    assert await bot.left_member(group, stranger) == []
    assert await bot.left_member(group, stranger, by=anna) == []
    assert await linked_chat(bot) == group.id


async def test_a_stranger_cannot_complete_or_claim_a_held_group(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser, stranger: FakeUser
) -> None:
    group, _ = await held_group(bot, api, anna, bram)
    assert await bot.new_members(group, [stranger], by=anna) == []
    assert await linked_chat(bot) is None
    sent = await bot.new_members(group, [bram], by=anna)
    assert having(sent, BOTH_HERE)
    assert having(sent, NOT_PRIVATE), "the stranger in the group is pointed out"


async def test_bad_codes_in_a_group_get_the_usual_answers(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser, stranger: FakeUser
) -> None:
    payload = await pair(bot, anna, bram)
    group = api.group("Alleen Anna", members=[anna, stranger])
    await bot.bot_added(group, anna)
    sent = await start_in_group(bot, api, stranger, payload, group)
    assert "Alleen de twee partners" in (sent[0].plain or "")
    sent = await start_in_group(bot, api, anna, "gnietgoed", group)
    assert sent and not having(sent, HELD_GROUP)
    assert await linked_chat(bot) is None


async def test_the_bot_leaving_is_not_a_partner_leaving(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    sent = await bot.bot_removed(group, api.bot_user)
    assert {m.chat_id for m in having(sent, BOT_GONE)} == {anna.id, bram.id}
    assert not having(sent, LEFT_TO_ANNA)
    assert await linked_chat(bot) is None
    # Bram joining a group the bot left links nothing.
    group.members.discard(bram.id)
    assert await bot.new_members(group, [bram], by=anna) == []
    assert await linked_chat(bot) is None


async def test_bot_removed_from_a_held_group_forgets_it(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser
) -> None:
    group, _ = await held_group(bot, api, anna, bram)
    assert await bot.bot_removed(group, anna) == []
    await bot.bot_added(group, anna)
    assert not having(await bot.new_members(group, [bram], by=anna), BOTH_HERE)
    assert await linked_chat(bot) is None


def test_who_counts_as_in_the_group() -> None:
    user = {"id": 1002, "is_bot": False, "first_name": "Bram"}

    def member(status: str, **extra: object) -> ChatMember:
        return ChatMember.de_json({"status": status, "user": user, **extra})

    rights = dict.fromkeys(RESTRICTED_RIGHTS, False)
    assert is_in_group(member("member"))
    assert is_in_group(member("creator", is_anonymous=False))
    assert is_in_group(member("restricted", is_member=True, until_date=0, **rights))
    assert not is_in_group(member("restricted", is_member=False, until_date=0, **rights))
    assert not is_in_group(member("left"))
    assert not is_in_group(member("kicked", until_date=0))


async def test_group_refusing_posts_is_unlinked_and_both_are_told_once(
    bot: BotHarness, api: FakeBotApi, anna: FakeUser, bram: FakeUser
) -> None:
    """The bot was removed while it was down: the next post fails with 403."""
    group = await link_group(bot, api, anna, bram)
    group.bot_status = "kicked"  # no update about it reached the bot
    sent = await bot.send(anna, "/pauze")
    for partner in (anna, bram):
        to_partner = [m for m in sent if m.chat_id == partner.id]
        assert len(having(to_partner, BOT_GONE)) == 1
        assert having(to_partner, ANNOUNCED)
    assert await linked_chat(bot) is None
    # Later messages go privately without repeating the notice.
    sent = await bot.send(bram, "/pauze")
    assert not having(sent, BOT_GONE)
    assert bot.errors == []

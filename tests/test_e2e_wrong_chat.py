"""End to end: couple commands act only where they belong.

/checkin and /voortgang open or show a couple's things; in a group they work only
in the group linked to the sender's own couple. /ontkoppel and /instellingen asked
in a group are answered privately. Anna and Bram share the group "Wij"; Carla and
Dirk are another couple, and Carla also sits in "Wij". Played against the fake
Bot API.
"""

from __future__ import annotations

from bot.storage.db import Database
from tests.conftest import link_group, onboard, pair
from tests.fakeapi import FakeBotApi, FakeUser, SentMessage
from tests.harness import BotHarness

FOR_THE_COUPLE = "Dit is voor het stel van deze groep"
NOT_YOUR_GROUP = "deze groep is op dit moment niet jullie gedeelde groep"
ANSWERED_PRIVATELY = "Ik heb je in ons privégesprek geantwoord"
OPENS_IN_GROUP = "De check-in verschijnt in jullie gezamenlijke groep"
OPENING = "check-in van 10 minuten"
UNPAIR_QUESTION = "Weet je zeker dat je wilt ontkoppelen?"


async def count(bot: BotHarness, sql: str) -> int:
    db = await Database.open(bot.db_path)
    try:
        return int(await db.fetchval(sql) or 0)
    finally:
        await db.close()


def texts(messages: list[SentMessage]) -> list[str]:
    return [m.plain or "" for m in messages]


async def test_another_couple_cannot_use_couple_commands_in_our_group(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    carla = api.user(first_name="Carla", username="carla")
    dirk = api.user(first_name="Dirk", username="dirk")
    await pair(bot, carla, dirk)
    await bot.new_members(group, [carla], by=anna)
    before = len(bot.group_messages(group))

    for command in ("/voortgang", "/checkin"):
        sent = await bot.send(carla, command, group)
        assert len(sent) == 1 and sent[0].chat_id == group.id
        assert FOR_THE_COUPLE in (sent[0].plain or "")
        assert sent[0].has_button("privégesprek")

    # Nothing of Carla's couple was shown or opened, and Anna and Bram saw nothing else.
    assert not any(m.kind == "photo" for m in bot.group_messages(group))
    assert await count(bot, "SELECT count(*) FROM checkins") == 0
    assert len(bot.group_messages(group)) == before + 2
    for person in (carla, dirk):
        assert not any(OPENING in (m.plain or "") for m in bot.inbox(person))
    assert bot.errors == []


async def test_couple_commands_in_a_group_that_is_not_ours(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser, stranger: FakeUser
) -> None:
    await pair(bot, anna, bram)
    work = api.group("Werk", members=[anna, stranger])
    await bot.bot_added(work, stranger)
    for command in ("/voortgang", "/checkin"):
        sent = await bot.send(anna, command, work)
        assert texts(sent) and NOT_YOUR_GROUP in texts(sent)[-1]
        assert all(m.chat_id == work.id for m in sent)
    assert await count(bot, "SELECT count(*) FROM checkins") == 0
    # Colleagues never see a check-in opening or a chart.
    assert not any(OPENING in (m.plain or "") for m in bot.group_messages(work))
    assert not any(m.kind == "photo" for m in bot.group_messages(work))
    assert bot.errors == []


async def test_checkin_in_our_group_and_privately_points_to_the_group(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    mark = bot.mark()
    sent = await bot.send(anna, "/checkin")
    assert OPENS_IN_GROUP in texts(sent)[-1]
    opening = await bot.wait_for(
        lambda m: m.chat_id == group.id and OPENING in (m.plain or ""), since=mark
    )
    assert opening.has_button("Gedaan")
    # Asked again in the group itself: shown again there, no pointer to the group.
    mark = bot.mark()
    sent = await bot.send(bram, "/checkin", group)
    assert not any(OPENS_IN_GROUP in t for t in texts(sent))
    await bot.wait_for(lambda m: m.chat_id == group.id and OPENING in (m.plain or ""), since=mark)
    assert await count(bot, "SELECT count(*) FROM checkins") == 1
    assert bot.errors == []


async def test_unpair_and_settings_asked_in_a_group_are_answered_privately(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser, stranger: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    await bot.new_members(group, [stranger], by=anna)

    sent = await bot.send(anna, "/ontkoppel", group)
    in_group = [m for m in sent if m.chat_id == group.id]
    assert texts(in_group) == [ANSWERED_PRIVATELY + "."]
    question = bot.last(anna)
    assert UNPAIR_QUESTION in (question.plain or "")
    assert not any(UNPAIR_QUESTION in (m.plain or "") for m in bot.group_messages(group))
    await bot.press(anna, question, "Nee, laat maar zo")
    assert await count(bot, "SELECT count(*) FROM couples") == 1

    sent = await bot.send(bram, "/instellingen", group)
    assert texts([m for m in sent if m.chat_id == group.id]) == [ANSWERED_PRIVATELY + "."]
    assert "Instellingen" in (bot.last(bram).plain or "")

    # Someone who is not paired asks in a group: the answer is private too.
    await onboard(bot, stranger)
    sent = await bot.send(stranger, "/ontkoppel", group)
    assert texts([m for m in sent if m.chat_id == group.id]) == [ANSWERED_PRIVATELY + "."]
    assert "niets te ontkoppelen" in (bot.last(stranger).plain or "")
    assert bot.errors == []


async def test_unpair_question_falls_back_when_the_private_chat_is_closed(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    api.block(anna)
    sent = await bot.send(anna, "/ontkoppel", group)
    assert texts(sent) and "privégesprek" in texts(sent)[-1]
    assert ANSWERED_PRIVATELY not in texts(sent)[-1]
    assert await count(bot, "SELECT count(*) FROM couples") == 1
    assert bot.errors == []

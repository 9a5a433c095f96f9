"""End to end: a check-in waiting in the shared group is handed over when a partner leaves.

The daily opening (or the weekly question the couple was on) is posted again to
each partner privately, without a lateness note; the old group buttons change
nothing twice. Played against the fake Bot API.
"""

from __future__ import annotations

from tests.conftest import link_group
from tests.fakeapi import FakeBotApi, FakeUser, SentMessage
from tests.harness import BotHarness, FakeClock
from tests.test_e2e_checkin import DUE, planned, query, wait_opening
from tests.test_e2e_checkin_weekly import SUNDAY_20, in_chat

OPENING = "check-in van 10 minuten"
LATE = "later dan gepland"


def with_button(messages: list[SentMessage], label: str) -> dict[int, SentMessage]:
    return {m.chat_id: m for m in messages if m.has_button(label)}


async def test_open_daily_checkin_goes_private_when_a_partner_leaves(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    await planned(bot)
    mark = bot.mark()
    clock.set(DUE)
    in_group = await wait_opening(bot, group.id, mark)
    done = in_group.button("Gedaan")
    clock.advance(hours=3)  # long after the slot: the hand-over is not "late"

    sent = await bot.left_member(group, bram)
    private = with_button([m for m in sent if OPENING in (m.plain or "")], "Gedaan")
    assert set(private) == {anna.id, bram.id}
    assert all(LATE not in (m.plain or "") for m in private.values())

    # Bram answers privately; Anna's stale group button then changes nothing twice.
    await bot.press(bram, private[bram.id], "Gedaan")
    assert await query(bot, "SELECT status FROM checkins") == [("together",)]
    scores = [m for m in bot.api.sent if "Hoe voel je je nu?" in (m.plain or "")]
    assert sorted(m.chat_id for m in scores) == sorted([anna.id, bram.id])
    await bot.press_data(anna, in_group, done)
    assert api.callback_answers[-1]["text"]
    assert len([m for m in bot.api.sent if "Hoe voel je je nu?" in (m.plain or "")]) == 2
    assert bot.errors == []


async def test_weekly_question_goes_private_when_a_partner_leaves(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    await planned(bot)
    mark = bot.mark()
    clock.set(SUNDAY_20)
    opening = await bot.wait_for(in_chat(group.id, "wekelijkse check-in"), since=mark)
    await bot.press(anna, opening, "We beginnen")
    await bot.press(bram, bot.last(group), "Volgende vraag")
    assert "Vraag 2 van 4" in (bot.last(group).plain or "")

    sent = await bot.left_member(group, anna, by=bram)
    private = with_button([m for m in sent if "Vraag 2 van 4" in (m.plain or "")], "Volgende")
    assert set(private) == {anna.id, bram.id}
    await bot.press(anna, private[anna.id], "Volgende vraag")
    assert "Vraag 3 van 4" in (bot.last(bram).plain or "")
    assert "Vraag 3 van 4" in (bot.last(anna).plain or "")
    assert not any("Vraag 3" in (m.plain or "") for m in bot.group_messages(group))
    assert bot.errors == []


async def test_nothing_is_handed_over_when_no_checkin_waits(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    sent = await bot.left_member(group, bram)
    assert not any(m.has_button("Gedaan") or m.has_button("We beginnen") for m in sent)
    assert bot.errors == []

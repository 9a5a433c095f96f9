"""End to end: the weekly guided check-in, the summary with its chart, /voortgang, settings."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.conftest import link_group, pair
from tests.fakeapi import FakeBotApi, FakeUser, SentMessage
from tests.harness import BotHarness, FakeClock
from tests.test_e2e_checkin import DUE, planned, query, wait_opening

SUNDAY_20 = datetime(2026, 11, 29, 19, 0, tzinfo=UTC)  # Sunday 20:00 in Amsterdam


def in_chat(chat_id: int, text: str) -> object:
    return lambda m: m.chat_id == chat_id and text in (m.plain or "")


def question_message(bot: BotHarness, chat_id: int, number: int) -> SentMessage:
    return next(
        m
        for m in reversed(bot.api.messages_to(chat_id))
        if f"Vraag {number} van 4" in (m.plain or "")
    )


async def test_weekly_checkin_start_to_finish(
    api: FakeBotApi,
    bot: BotHarness,
    clock: FakeClock,
    anna: FakeUser,
    bram: FakeUser,
    stranger: FakeUser,
) -> None:
    group = await link_group(bot, api, anna, bram)
    await bot.new_members(group, [stranger], by=anna)
    await planned(bot)
    mark = bot.mark()
    clock.set(SUNDAY_20)
    opening = await bot.wait_for(in_chat(group.id, "wekelijkse check-in"), since=mark)
    text = opening.plain or ""
    assert "30 tot 45 minuten" in text and "Geen verwijten" in text and "knuffel" in text
    assert opening.has_button("We beginnen") and opening.has_button("Deze week niet")

    await bot.press(anna, opening, "We beginnen")
    question = bot.last(group)
    assert "Vraag 1 van 4" in (question.plain or "") and "liefdevolste" in (question.plain or "")
    await bot.press(stranger, question, "Volgende vraag")
    assert api.callback_answers[-1]["show_alert"] is True
    stale = question.button("Volgende vraag")
    await bot.press(bram, question, "Volgende vraag")
    assert "Vraag 2 van 4" in (bot.last(group).plain or "")
    await bot.press_data(anna, question, stale)  # both pressed: still question 2
    assert "Vraag 2 van 4" in (bot.last(group).plain or "")

    mark = bot.mark()
    clock.advance(minutes=45)
    await bot.wait_for(in_chat(group.id, "45 minuten"), since=mark)
    for number in (2, 3):
        await bot.press(anna, question_message(bot, group.id, number), "Volgende vraag")
        assert f"Vraag {number + 1} van 4" in (bot.last(group).plain or "")
    assert "nog niet over gehad hebben" in (bot.last(group).plain or "")
    await bot.press(bram, bot.last(group), "Afronden")
    assert any("knuffel" in (m.plain or "") for m in bot.group_messages(group)[-2:])

    await bot.press(anna, bot.last(anna), "5")
    assert "anders doen" in (bot.last(anna).plain or "")
    await bot.send(anna, "Ik vraag eerst hoe jouw dag was")
    assert "Op woensdag herinner ik je eraan" in (bot.last(anna).plain or "")
    mark = bot.mark()
    await bot.press(bram, bot.last(bram), "3")
    # Both scores in: each sees them side by side, privately; Anna's commitment stays hers.
    for person in (anna, bram):
        [reveal] = [m for m in bot.inbox(person) if "naast elkaar" in (m.plain or "")]
        assert "Anna voelt zich een 5 op 5" in (reveal.plain or "")
        assert "Bram voelt zich een 3 op 5" in (reveal.plain or "")
        assert "Ik vraag eerst" not in (reveal.plain or "")
    assert not any("voelt zich een" in (m.plain or "") for m in bot.group_messages(group))
    await bot.press(bram, bot.last(bram), "Overslaan")

    summary = await bot.wait_for(in_chat(group.id, "Jullie week samen"), since=mark)
    assert "Reeks:" in (summary.plain or "")
    assert "Ik vraag eerst" not in (summary.plain or "")
    photo = await bot.wait_for(lambda m: m.chat_id == group.id and m.kind == "photo", since=mark)
    assert (photo.photo or b"").startswith(b"\x89PNG")

    # Midweek, Anna alone is reminded of her own commitment.
    mark = bot.mark()
    clock.set(datetime(2026, 12, 2, 19, 0, 1, tzinfo=UTC))
    recall = await bot.wait_for(in_chat(anna.id, "Je nam je voor"), since=mark)
    assert "Ik vraag eerst hoe jouw dag was" in (recall.plain or "")
    assert not any("Je nam je voor" in (m.plain or "") for m in bot.inbox(bram))
    assert bot.errors == []


async def test_progress_chart_arrives_as_a_photo(
    bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    sent = await bot.send(anna, "/voortgang")
    assert "Nog niets te zien" in (sent[-1].plain or "")
    await planned(bot)
    mark = bot.mark()
    clock.set(DUE)
    opening = await wait_opening(bot, anna.id, mark)
    await bot.press(anna, opening, "Gedaan")
    await bot.press(anna, bot.last(anna), "4")
    await bot.press(bram, bot.last(bram), "2")
    sent = await bot.send(bram, "/voortgang")
    photo = next(m for m in sent if m.kind == "photo")
    assert (photo.photo or b"").startswith(b"\x89PNG")
    assert "Reeks: 1 check-in op rij" in (photo.caption or "")
    assert bot.errors == []


async def open_checkin_settings(bot: BotHarness, person: FakeUser) -> SentMessage:
    sent = await bot.send(person, "/instellingen")
    await bot.press(person, sent[-1], "Check-ins")
    return bot.last(person)


async def test_settings_change_times_days_and_refuse_impossible_ones(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    await planned(bot)
    section = await open_checkin_settings(bot, anna)
    assert "aan, om 19:30 (elke dag)" in (section.plain or "")
    assert "zondag om 20:00" in (section.plain or "")

    await bot.press(anna, section, "Dagelijks: tijd")
    assert "vlak na het eten" in (section.plain or "")  # CONTENT.md §2: when it works best
    await bot.press(anna, section, "20")
    forged = section.button("20:15").replace(":15", ":07")
    await bot.press_data(anna, section, forged)
    assert "bestaat niet" in (api.callback_answers[-1]["text"] or "")
    await bot.press_data(anna, section, "ci:s:dm:25:00")
    assert "bestaat niet" in (api.callback_answers[-1]["text"] or "")
    await bot.press(anna, section, "20:15")
    assert "aan, om 20:15" in (section.plain or "")
    assert "Anna heeft jullie check-in-instellingen aangepast" in (bot.last(bram).plain or "")

    await bot.press(anna, section, "Dagelijks: dagen")
    for day in ("ma", "di", "wo", "do", "vr", "za"):
        await bot.press(anna, section, day)
    await bot.press(anna, section, "zo")
    assert "minstens één dag" in (api.callback_answers[-1]["text"] or "")
    await bot.press(anna, section, "Klaar")
    assert "aan, om 20:15 (zo)" in (section.plain or "")
    await bot.press(anna, section, "Wekelijks: tijd")
    assert "30 tot 45 minuten" in (section.plain or "")  # CONTENT.md §3
    await bot.press_data(anna, section, "ci:s:o")  # back to the overview
    await bot.press(anna, section, "Wekelijkse check-in uitzetten")
    assert "Wekelijks: uit" in (section.plain or "")
    rows = await query(bot, "SELECT next_daily_at, next_weekly_at FROM checkin_schedules")
    assert rows == [("2026-11-29T19:15:00.000000Z", None)]

    # The new time is used: nothing at 19:30 on Monday, the check-in at 20:15 on Sunday.
    mark = bot.mark()
    clock.set(DUE)
    await bot.send(anna, "/menu")
    assert not any("10 minuten" in (m.plain or "") for m in api.touched_since(mark))
    clock.set(datetime(2026, 11, 29, 19, 15, tzinfo=UTC))
    await wait_opening(bot, anna.id, mark)
    assert bot.errors == []


async def test_commitment_written_after_midweek_promises_no_reminder(
    bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)  # no group: everything for both comes privately
    await planned(bot)
    mark = bot.mark()
    clock.set(SUNDAY_20)
    opening = await bot.wait_for(in_chat(anna.id, "wekelijkse check-in"), since=mark)
    await bot.press(anna, opening, "We beginnen")
    for number in (1, 2, 3):
        await bot.press(anna, question_message(bot, anna.id, number), "Volgende vraag")
    await bot.press(anna, question_message(bot, anna.id, 4), "Afronden")
    score_prompt = next(m for m in reversed(bot.inbox(anna)) if m.has_button("5"))
    # Anna only gets to it on Thursday, after Wednesday's reminder moment.
    clock.set(datetime(2026, 12, 3, 12, 0, tzinfo=UTC))
    await bot.press(anna, score_prompt, "4")
    await bot.send(anna, "Ik luister eerst voor ik reageer")
    saved = bot.last(anna).plain or ""
    assert "Houd het deze week in gedachten" in saved and "herinner ik je" not in saved
    mark = bot.mark()
    clock.set(datetime(2026, 12, 5, 12, 0, tzinfo=UTC))
    await bot.send(anna, "/menu")
    assert not any("Je nam je voor" in (m.plain or "") for m in bot.api.touched_since(mark))
    assert bot.errors == []


async def test_a_score_the_partner_never_saw_stays_out_of_the_chart(
    bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    await planned(bot)
    mark = bot.mark()
    clock.set(DUE)
    opening = await wait_opening(bot, anna.id, mark)
    await bot.press(anna, opening, "Gedaan")
    await bot.press(anna, bot.last(anna), "2")  # Bram never scores: no reveal
    sent = await bot.send(bram, "/voortgang")
    assert "Nog niets te zien" in (sent[-1].plain or "")
    assert not any(m.kind == "photo" for m in sent)
    assert bot.errors == []

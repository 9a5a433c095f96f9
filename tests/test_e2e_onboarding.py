"""End to end: onboarding, pairing, the shared group, data control — over HTTP.

The real Application polls the fake Bot API; each test plays partner A (Anna),
partner B (Bram) and, where it matters, a stranger (Sam).
"""

from __future__ import annotations

import json

from bot.storage.db import Database
from tests.conftest import link_group, onboard, pair
from tests.fakeapi import FakeBotApi, FakeUser
from tests.harness import BotHarness, FakeClock


async def count(bot: BotHarness, sql: str, *params: object) -> int:
    db = await Database.open(bot.db_path)
    try:
        return int(await db.fetchval(sql, params) or 0)
    finally:
        await db.close()


async def test_start_shows_privacy_and_stores_nothing_before_consent(
    bot: BotHarness, anna: FakeUser
) -> None:
    sent = await bot.send(anna, "/start")
    assert len(sent) == 1
    welcome = sent[0]
    assert "Welkom bij Samen" in (welcome.plain or "")
    assert "Wat ik bewaar" in (welcome.plain or "")
    assert "coaching, geen therapie" in (welcome.plain or "")
    assert welcome.has_button("Ja, akkoord") and welcome.has_button("Nee")
    assert await count(bot, "SELECT count(*) FROM users") == 0

    await bot.press(anna, welcome, "akkoord")
    menu = bot.last(anna)
    assert "Hoi Anna" in (menu.plain or "")
    assert menu.has_button("Koppel met mijn partner")
    assert await count(bot, "SELECT count(*) FROM users WHERE id = ?", anna.id) == 1


async def test_declining_consent_stores_nothing(bot: BotHarness, anna: FakeUser) -> None:
    await bot.send(anna, "/start")
    sent = await bot.press(anna, bot.last(anna), "Nee")
    assert any("niets van je opgeslagen" in (m.plain or "") for m in sent)
    assert await count(bot, "SELECT count(*) FROM users") == 0


async def test_pairing_tells_both_and_offers_a_group(
    bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await onboard(bot, anna)
    sent = await bot.press(anna, bot.last(anna), "Koppel met mijn partner")
    invite = next(m for m in sent if "t.me/" in (m.plain or ""))
    assert "48 uur" in (invite.plain or "")
    payload = (invite.plain or "").split("start=")[1].split()[0]

    # Bram never met the bot: he sees who invites him and the privacy notice.
    sent = await bot.send(bram, f"/start {payload}")
    assert "Anna nodigt je uit" in (sent[0].plain or "")
    assert "Wat ik bewaar" in (sent[0].plain or "")
    assert await count(bot, "SELECT count(*) FROM users WHERE id = ?", bram.id) == 0

    await bot.press(bram, sent[0], "Ja, koppel ons")
    assert any("Jij en Anna zijn nu gekoppeld" in (m.plain or "") for m in bot.inbox(bram))
    assert any("Bram heeft je uitnodiging aangenomen" in (m.plain or "") for m in bot.inbox(anna))
    for person in (anna, bram):
        assert any(m.has_button("Voeg Samen toe aan onze groep") for m in bot.inbox(person))
    assert await count(bot, "SELECT count(*) FROM couple_members") == 2


async def test_every_refusal_has_its_own_answer(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    chris = api.user(first_name="Chris")
    dewi = api.user(first_name="Dewi")
    await onboard(bot, anna)
    sent = await bot.press(anna, bot.last(anna), "Koppel met mijn partner")
    payload = (
        next(m for m in sent if "t.me/" in (m.plain or "")).plain.split("start=")[1].split()[0]
    )  # type: ignore[union-attr]

    own = await bot.send(anna, f"/start {payload}")
    assert "je eigen uitnodiging" in (own[0].plain or "")
    bad = await bot.send(bram, "/start pXYZ")
    assert "klopt niet" in (bad[0].plain or "")
    unknown = await bot.send(bram, "/start p" + "A" * 24)
    assert "ken ik niet" in (unknown[0].plain or "")

    clock.advance(hours=49)
    expired = await bot.send(bram, f"/start {payload}")
    assert "verlopen" in (expired[0].plain or "")

    payload = await pair(bot, anna, bram)  # a fresh invite, used by Bram
    assert payload
    used_link = next(
        m
        for m in reversed(bot.inbox(anna))
        if "t.me/" in (m.plain or "") and "start=" in (m.plain or "")
    )
    used_payload = (used_link.plain or "").split("start=")[1].split()[0]
    used = await bot.send(chris, f"/start {used_payload}")
    assert "al gebruikt" in (used[0].plain or "")

    await onboard(bot, dewi)
    sent = await bot.press(dewi, bot.last(dewi), "Koppel met mijn partner")
    dewi_payload = (
        next(m for m in sent if "t.me/" in (m.plain or "")).plain.split("start=")[1].split()[0]
    )  # type: ignore[union-attr]
    self_paired = await bot.send(bram, f"/start {dewi_payload}")
    assert "Je bent al gekoppeld" in (self_paired[0].plain or "")

    # Anna (paired) makes no new invite, but an old one of hers must not pair Dewi.
    group_payload_in_private = await bot.send(dewi, "/start g" + "B" * 24)
    assert "groep" in (group_payload_in_private[0].plain or "")


async def test_button_of_an_invite_pressed_after_it_was_used(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    chris = api.user(first_name="Chris")
    await onboard(bot, anna)
    sent = await bot.press(anna, bot.last(anna), "Koppel met mijn partner")
    payload = (
        next(m for m in sent if "t.me/" in (m.plain or "")).plain.split("start=")[1].split()[0]
    )  # type: ignore[union-attr]
    bram_view = (await bot.send(bram, f"/start {payload}"))[0]
    chris_view = (await bot.send(chris, f"/start {payload}"))[0]
    await bot.press(bram, bram_view, "Ja, koppel ons")
    await bot.press(chris, chris_view, "Ja, koppel ons")
    assert "al gebruikt" in (bot.last(chris).plain or "")
    assert await count(bot, "SELECT count(*) FROM couple_members WHERE user_id = ?", chris.id) == 0


async def test_group_link_outsider_migration_and_removal(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser, stranger: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    assert any(
        "gezamenlijke gesprek van Anna en Bram" in (m.plain or "")
        for m in bot.group_messages(group)
    )
    assert any("groep is gekoppeld" in (m.plain or "") for m in bot.inbox(bram))

    # A partner's ordinary message is left alone.
    assert await bot.send(anna, "zullen we vanavond pizza?", group) == []
    # A stranger joins and writes: one warning, not two.
    warned = await bot.new_members(group, [stranger], by=anna)
    assert sum("niet privé" in (m.plain or "") for m in warned) == 1
    assert await bot.send(stranger, "hallo!", group) == []

    supergroup, _ = await bot.migrate(group, anna)
    sent = await bot.send(bram, f"/start@{api.bot_user.username}", supergroup)
    assert "Ik ben er" in (sent[0].plain or "")

    removed = await bot.bot_removed(supergroup, anna)
    assert {m.chat_id for m in removed} == {anna.id, bram.id}
    assert await count(bot, "SELECT count(*) FROM couples WHERE group_chat_id IS NULL") == 1


async def test_group_link_refused_for_a_stranger(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser, stranger: FakeUser
) -> None:
    payload = await pair(bot, anna, bram)
    group = api.group("Niet van ons", members=[stranger, anna, bram])
    await bot.bot_added(group, stranger)
    sent = await bot.send(stranger, f"/start@{api.bot_user.username} {payload}", group)
    assert "Alleen de twee partners" in (sent[0].plain or "")
    sent = await bot.send(anna, f"/start@{api.bot_user.username} {payload}", group)
    assert "gezamenlijke gesprek" in (sent[0].plain or "")
    assert any("niet privé" in (m.plain or "") for m in sent)


async def test_unpair_with_confirmation_tells_both(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser, stranger: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    await bot.new_members(group, [stranger], by=anna)
    sent = await bot.send(anna, "/ontkoppel", group)
    # The question goes to Anna privately; the group only hears where to look.
    assert [m.plain for m in sent if m.chat_id == group.id] == [
        "Ik heb je in ons privégesprek geantwoord."
    ]
    question = next(m for m in sent if m.has_button("Ja, ontkoppel"))
    assert question.chat_id == anna.id
    yes = question.button("Ja, ontkoppel")
    assert "pauzes en waarderingen worden gewist" in (question.plain or "")
    # A stranger sending the same button data (forged, from their own chat) changes nothing.
    await onboard(bot, stranger)
    await bot.press_data(stranger, bot.last(stranger), yes)
    assert api.callback_answers[-1]["show_alert"] is True
    assert "niet voor jou" in (api.callback_answers[-1]["text"] or "")
    assert await count(bot, "SELECT count(*) FROM couples") == 1
    await bot.press(anna, question, "Ja, ontkoppel")
    assert any(
        "heeft jullie koppeling in Samen beëindigd" in (m.plain or "") for m in bot.inbox(bram)
    )
    assert any("niet meer gekoppeld" in (m.plain or "") for m in bot.inbox(anna))
    assert await count(bot, "SELECT count(*) FROM couples") == 0
    # The old button (still on someone's screen) no longer does anything.
    await bot.press_data(anna, question, yes)
    assert "werkt niet meer" in (api.callback_answers[-1]["text"] or "")


async def test_export_and_forget(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    sent = await bot.send(anna, "/mijngegevens")
    document = next(m for m in sent if m.kind == "document")
    data = json.loads(document.document or b"{}")
    assert data["profile"]["first_name"] == "Anna"
    assert data["couple"]["partner_first_name"] == "Bram"

    sent = await bot.send(anna, "/vergeetmij")
    await bot.press(anna, sent[0], "Ja, wis alles")
    assert "is gewist" in (bot.last(anna).plain or "")
    to_bram = bot.last(bram).plain or ""
    # Bram hears that the pairing ended and what went with it; nothing about why.
    assert to_bram.startswith("Jullie koppeling in Samen is beëindigd.")
    assert "gedeelde check-ins, pauzes en waarderingen zijn daarmee gewist" in to_bram
    assert "Anna" not in to_bram and "vergeet" not in to_bram
    assert await count(bot, "SELECT count(*) FROM users WHERE id = ?", anna.id) == 0
    assert await count(bot, "SELECT count(*) FROM couples") == 0
    again = await bot.send(anna, "/mijngegevens")
    assert "niets van je opgeslagen" in (again[0].plain or "")


async def test_help_and_command_menus(api: FakeBotApi, bot: BotHarness, anna: FakeUser) -> None:
    sent = await bot.send(anna, "/hulp")
    text = sent[0].plain or ""
    assert "113" in text and "0800-0113" in text and "112" in text
    assert "coaching, geen therapie" in text
    private = api.commands_for("all_private_chats")
    group = api.commands_for("all_group_chats")
    assert {name for name, _ in private} >= {"start", "hulp", "mijngegevens", "vergeetmij"}
    assert "vergeetmij" not in {name for name, _ in group}
    assert all(description for _, description in private)


async def test_bad_input_always_gets_a_dutch_answer(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, stranger: FakeUser
) -> None:
    for action in (
        bot.send(stranger, "hallo?"),
        bot.sticker(stranger),
        bot.photo(stranger),
        bot.send(stranger, "/onbekend"),
    ):
        sent = await action
        assert sent and all(m.plain for m in sent)
    await onboard(bot, anna)
    for action in (bot.send(anna, "zomaar wat tekst"), bot.sticker(anna), bot.photo(anna)):
        sent = await action
        assert any(m.reply_markup for m in sent), "the menu follows"
    # A forged or stale button.
    await bot.press_data(anna, bot.last(anna), "zz:999:forged")
    assert "werkt niet meer" in (api.callback_answers[-1]["text"] or "")
    await bot.press_data(anna, bot.last(anna), "uk:y:notanumber")
    assert api.callback_answers[-1]["show_alert"] is True
    # A private command in a group points to the private chat.
    group = api.group("Ergens", members=[anna, stranger])
    await bot.bot_added(group, anna)
    sent = await bot.send(anna, "/mijngegevens", group)
    assert "privégesprek" in (sent[0].plain or "")
    assert bot.errors == []


async def test_restart_keeps_pairing_link_and_open_invites(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    chris = api.user(first_name="Chris")
    dewi = api.user(first_name="Dewi")
    group = await link_group(bot, api, anna, bram)
    await onboard(bot, chris)
    sent = await bot.press(chris, bot.last(chris), "Koppel met mijn partner")
    payload = (
        next(m for m in sent if "t.me/" in (m.plain or "")).plain.split("start=")[1].split()[0]
    )  # type: ignore[union-attr]

    await bot.restart()
    clock.advance(hours=1)

    sent = await bot.send(anna, f"/start@{api.bot_user.username}", group)
    assert "Ik ben er" in (sent[0].plain or "")
    sent = await bot.send(anna, "/start")
    assert "gekoppeld aan Bram" in (bot.last(anna).plain or "")
    view = (await bot.send(dewi, f"/start {payload}"))[0]
    await bot.press(dewi, view, "Ja, koppel ons")
    assert any("Jij en Chris zijn nu gekoppeld" in (m.plain or "") for m in bot.inbox(dewi))
    again = await bot.send(api.user(first_name="Eva"), f"/start {payload}")
    assert "al gebruikt" in (again[0].plain or "")


async def test_a_redelivered_update_is_answered_once(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser
) -> None:
    await bot.send(anna, "/start")
    update_id = api.last_update_id
    before = len(bot.inbox(anna))
    # The bot "crashed" before confirming the update: after a restart it comes again.
    await bot.stop()
    api.redeliver(update_id)
    await bot.start()
    await bot.wait_until(lambda: update_id in bot.app.processed_update_ids)
    assert len(bot.inbox(anna)) == before

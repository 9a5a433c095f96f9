"""End to end: a coach from the CLI link, consenting clients, exercises and messages.

The real Application polls the fake Bot API. Marieke is the coach, Anna and Bram
a couple who both become her clients, Sam a stranger. Delivery at scale, faults
and restarts are in tests/test_e2e_coach_delivery.py.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.storage.db import Database
from tests.conftest import onboard, pair
from tests.fakeapi import FakeBotApi, FakeUser
from tests.harness import BotHarness, FakeClock
from tests.test_e2e_coach_support import (
    coach_link,
    compose_exercise,
    count,
    join,
    make_coach,
    received,
    text_of,
)


async def coach_of_both(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> FakeUser:
    """Marieke becomes a coach, and Anna and Bram both join her as clients."""
    marieke = api.user(first_name="Marieke")
    invite = await make_coach(bot, marieke)
    await join(bot, anna, invite)
    await join(bot, bram, invite)
    return marieke


def alerts(api: FakeBotApi) -> list[str]:
    """The texts of every callback answer so far."""
    return [str(answer["text"]) for answer in api.callback_answers if answer["text"]]


async def test_coach_link_makes_a_coach_once_with_own_menu(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, stranger: FakeUser
) -> None:
    marieke = api.user(first_name="Marieke")
    payload = await coach_link(bot)
    sent = await bot.send(marieke, f"/start {payload}")
    offer = text_of(sent[-1])
    assert "uitgenodigd om coach te worden" in offer
    assert "Wat ik bewaar" in offer  # a new user also sees the privacy notice
    assert "zie je nooit" in offer
    assert await count(bot, "SELECT count(*) FROM users") == 0

    await bot.press(marieke, sent[-1], "maak mij coach")
    welcome = received(bot, marieke, "Welkom, coach")[-1]
    assert "start=k" in text_of(welcome)
    menu = [name for name, _ in api.commands_for(f"chat:{marieke.id}")]
    assert {"verstuur", "klanten", "start", "hulp"} <= set(menu)
    assert "verstuur" not in [name for name, _ in api.commands_for("all_private_chats")]
    assert "/verstuur" in text_of((await bot.send(marieke, "/hulp"))[-1])
    await onboard(bot, stranger)
    assert "/verstuur" not in text_of((await bot.send(stranger, "/hulp"))[-1])

    # The same link a second time, by someone else: used.
    sent = await bot.send(stranger, f"/start {payload}")
    assert "al gebruikt" in text_of(sent[-1])
    # An expired link, a mangled one, and a new link for someone who already coaches.
    old = await coach_link(bot)
    clock.advance(days=8)
    sent = await bot.send(stranger, f"/start {old}")
    assert "verlopen" in text_of(sent[-1])
    sent = await bot.send(stranger, "/start cABC")
    assert "klopt niet" in text_of(sent[-1])
    sent = await bot.send(marieke, f"/start {await coach_link(bot)}")
    assert "al coach" in text_of(sent[-1])
    assert await count(bot, "SELECT count(*) FROM coaches") == 1
    assert bot.errors == []


async def test_pressing_an_old_coach_offer_after_the_link_was_used(
    api: FakeBotApi, bot: BotHarness, stranger: FakeUser
) -> None:
    marieke = api.user(first_name="Marieke")
    payload = await coach_link(bot)
    offer_marieke = (await bot.send(marieke, f"/start {payload}"))[-1]
    offer_sam = (await bot.send(stranger, f"/start {payload}"))[-1]
    await bot.press(marieke, offer_marieke, "maak mij coach")
    sent = await bot.press(stranger, offer_sam, "maak mij coach")
    assert any("al gebruikt" in text_of(m) for m in sent)
    assert await count(bot, "SELECT count(*) FROM coaches") == 1
    assert await count(bot, "SELECT count(*) FROM coaches WHERE user_id = ?", stranger.id) == 0


async def test_clients_see_what_the_coach_sees_and_consent_each(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    marieke = api.user(first_name="Marieke")
    invite = await make_coach(bot, marieke)
    await pair(bot, anna, bram)
    chris = api.user(first_name="Chris")

    sent = await bot.send(chris, f"/start {invite}")
    offer = text_of(sent[-1])
    assert "Marieke nodigt je uit" in offer
    assert "Wat Marieke ziet" in offer and "Wat Marieke nooit ziet" in offer
    assert "dat jullie een stel zijn" in offer.split("nooit ziet")[0]
    assert "quizzen" in offer and "reflecties" in offer
    assert "Wat ik bewaar" in offer  # Chris never met the bot
    assert await count(bot, "SELECT count(*) FROM users WHERE id = ?", chris.id) == 0
    await bot.press(chris, sent[-1], "liever niet")
    assert await count(bot, "SELECT count(*) FROM coach_clients") == 0

    # A couple: each partner decides for themself; Bram does not share completion.
    await join(bot, anna, invite, share=True)
    await join(bot, bram, invite, share=False)
    assert received(bot, marieke, "Anna doet nu mee")
    assert received(bot, marieke, "Bram doet nu mee")
    assert "ziet welke oefeningen" in text_of(received(bot, anna, "klant bij Marieke")[-1])
    assert "blijft tussen jou en Samen" in text_of(received(bot, bram, "klant bij Marieke")[-1])

    sent = await bot.send(marieke, "/klanten")
    overview = text_of(sent[-1])
    assert "Je klanten (2)" in overview
    assert "Anna: sinds 23 nov 2026, nog niets ontvangen (samen met Bram)" in overview
    assert "Nog niets" in overview  # no broadcast yet

    # Opening the invite again, or the coach's own invite.
    assert "al klant bij Marieke" in text_of((await bot.send(anna, f"/start {invite}"))[-1])
    assert "eigen uitnodigingslink" in text_of((await bot.send(marieke, f"/start {invite}"))[-1])
    assert bot.errors == []


async def test_library_exercise_to_all_with_done_counts(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    marieke = api.user(first_name="Marieke")
    invite = await make_coach(bot, marieke)
    await join(bot, anna, invite, share=True)
    await join(bot, bram, invite, share=False)

    sent = await bot.send(marieke, "/verstuur")
    assert "Wat wil je versturen?" in text_of(sent[-1])
    assert sent[-1].has_button("De check-in van 10 minuten") and sent[-1].has_button("▶")
    page2 = (await bot.press(marieke, sent[-1], "▶"))[-1]
    assert page2.has_button("◀") and not page2.has_button("De check-in van 10 minuten")
    await bot.press(marieke, page2, "◀")
    question = await compose_exercise(bot, marieke, "De spiegel")
    preview = bot.inbox(marieke)[-2]
    assert "Precies zo krijgt elke klant het te zien. Naar 2 klanten versturen?" in text_of(
        question
    )
    assert "minstens drie keer" in text_of(preview)  # the "this week" assignment

    await bot.press(marieke, question, "Ja, versturen")
    await bot.wait_for(lambda m: m.chat_id == marieke.id and "Afgeleverd: 2" in text_of(m))
    for client in (anna, bram):
        got = received(bot, client, "Marieke stuurt je een oefening")
        assert len(got) == 1
        assert got[0].text == preview.text  # exactly what the coach previewed
        assert got[0].has_button("Gedaan")

    for client in (anna, bram):
        message = received(bot, client, "Marieke stuurt je een oefening")[0]
        await bot.press(client, message, "Gedaan")
        assert message.has_button("✓ Gedaan")
    assert "Marieke ziet dat je het gedaan hebt" in alerts(api)[-2]
    assert "blijft tussen jou en Samen" in alerts(api)[-1]
    await bot.press(anna, received(bot, anna, "Marieke stuurt je")[0], "Gedaan")
    assert "al als gedaan" in alerts(api)[-1]

    overview = text_of((await bot.send(marieke, "/klanten"))[-1])
    assert "De spiegel: reflectief luisteren: 2 afgeleverd, 0 onbereikbaar, 0 mislukt" in overview
    assert "1 van 1 gedaan" in overview  # only Anna shares completion
    assert "laatst iets ontvangen op 23 nov 2026" in overview

    # Bram starts sharing later: his earlier press stays his own.
    mine = (await bot.send(bram, "/coach"))[-1]
    await bot.press(bram, mine, "Delen wat ik afrond")
    overview = text_of((await bot.send(marieke, "/klanten"))[-1])
    assert "1 van 2 gedaan" in overview
    assert bot.errors == []


async def test_own_message_to_some_clients(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    marieke = await coach_of_both(api, bot, anna, bram)

    sent = await bot.send(marieke, "/verstuur")
    await bot.press(marieke, sent[-1], "Zelf een bericht schrijven")
    sent = await bot.send(marieke, "Denk deze week aan elkaar & aan <jezelf>.")
    assert "Wie moet het krijgen?" in text_of(sent[-1])
    picker = (await bot.press(marieke, sent[-1], "Klanten kiezen"))[-1]
    assert picker.has_button("☐ Anna") and picker.has_button("☐ Bram")
    await bot.press(marieke, picker, "Klaar, toon het voorbeeld")
    assert "Vink minstens één klant aan" in alerts(api)[-1]
    picker = (await bot.press(marieke, picker, "☐ Anna"))[-1]
    assert picker.has_button("☑ Anna") and "1 aangevinkt" in text_of(picker)
    sent = await bot.press(marieke, picker, "Klaar, toon het voorbeeld")
    preview, question = sent[-2], sent[-1]
    assert text_of(preview).endswith("Denk deze week aan elkaar & aan <jezelf>.")
    assert "Naar 1 klant versturen?" in text_of(question)

    await bot.press(marieke, question, "Ja, versturen")
    await bot.wait_for(lambda m: m.chat_id == marieke.id and "Afgeleverd: 1" in text_of(m))
    assert [text_of(m) for m in received(bot, anna, "Een bericht van je coach Marieke")] == [
        text_of(preview)
    ]
    assert not received(bot, bram, "Een bericht van je coach")
    assert 'je bericht "Denk deze week aan elkaar & aan' in text_of(
        (await bot.send(marieke, "/klanten"))[-1]
    )
    assert bot.errors == []


async def test_bad_input_gets_short_dutch_answers(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, stranger: FakeUser
) -> None:
    marieke = api.user(first_name="Marieke")
    invite = await make_coach(bot, marieke)

    # Not a coach; a coach in a group; a coach without clients.
    await onboard(bot, stranger)
    assert "alleen voor coaches" in text_of((await bot.send(stranger, "/verstuur"))[-1])
    assert "alleen voor coaches" in text_of((await bot.send(stranger, "/klanten"))[-1])
    assert "nog geen klanten" in text_of((await bot.send(marieke, "/verstuur"))[-1])
    await join(bot, anna, invite)

    # Empty (only spaces) and over-long messages; the draft keeps waiting for text.
    sent = await bot.send(marieke, "/verstuur")
    await bot.press(marieke, sent[-1], "Zelf een bericht schrijven")
    assert "leeg" in text_of((await bot.send(marieke, "   "))[-1])
    long_text = "&" * 4000  # fits as typed, but not once escaped and under the header
    assert "te lang" in text_of((await bot.send(marieke, long_text))[-1])
    assert "te lang" in text_of((await bot.send(marieke, "x" * 4090))[-1])
    sent = await bot.send(marieke, "Kort en goed.")
    question = (await bot.press(marieke, sent[-1], "Alle klanten"))[-1]

    # An old preview's button after a change, then confirming twice.
    old_confirm = question.button("Ja, versturen")
    await bot.press(marieke, question, "Ontvangers aanpassen")
    # Changing recipients makes the old preview stale at once, before a new choice.
    await bot.press_data(marieke, question, old_confirm)
    assert "verouderd" in alerts(api)[-1]
    assert not received(bot, anna, "Kort en goed.")
    newer = (await bot.press(marieke, bot.last(marieke), "Alle klanten"))[-1]
    await bot.press(marieke, question, "Ja, versturen")
    assert "verouderd" in alerts(api)[-1]
    confirm = newer.button("Ja, versturen")
    await bot.press(marieke, newer, "Ja, versturen")
    await bot.wait_for(lambda m: m.chat_id == marieke.id and "Afgeleverd: 1" in text_of(m))
    await bot.press_data(marieke, newer, confirm)
    assert "al verstuurd" in alerts(api)[-1]
    assert len(received(bot, anna, "Kort en goed.")) == 1

    # Stray text, a sticker and a cancelled draft's buttons.
    await bot.send(marieke, "hallo?")
    await bot.sticker(marieke)
    sent = await bot.send(marieke, "/verstuur")
    stale = sent[-1].button("De spiegel")
    await bot.press(marieke, sent[-1], "Annuleren")
    assert "Er is niets verstuurd" in text_of(bot.last(marieke))
    await bot.press_data(marieke, sent[-1], stale)
    assert alerts(api)[-1] == "Deze knop werkt niet meer."
    assert bot.errors == []


async def test_safety_net_on_the_coach_message_asks_before_sending(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser
) -> None:
    marieke = api.user(first_name="Marieke")
    await join(bot, anna, await make_coach(bot, marieke))
    sent = await bot.send(marieke, "/verstuur")
    await bot.press(marieke, sent[-1], "Zelf een bericht schrijven")
    sent = await bot.send(marieke, "Ik zie het niet meer zitten.")
    assert any("113" in text_of(m) for m in sent)  # the help lines, privately
    assert "Wil je dit echt delen?" in text_of(sent[-1]) or sent[-1].has_button("verstuur het zo")
    await bot.press(marieke, sent[-1], "ik schrijf het opnieuw")
    assert "Schrijf je bericht" in text_of(bot.last(marieke))
    await bot.send(marieke, "Ik zie het niet meer zitten.")
    sent = await bot.press(marieke, bot.last(marieke), "verstuur het zo")
    question = (await bot.press(marieke, sent[-1], "Alle klanten"))[-1]
    await bot.press(marieke, question, "Ja, versturen")
    await bot.wait_for(lambda m: m.chat_id == marieke.id and "Afgeleverd: 1" in text_of(m))
    assert not any("113" in text_of(m) for m in bot.inbox(anna))
    assert bot.errors == []


async def test_client_leaves_and_gets_nothing_more(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    marieke = await coach_of_both(api, bot, anna, bram)
    question = await compose_exercise(bot, marieke, "Het veilige woord")
    await bot.press(marieke, question, "Ja, versturen")
    await bot.wait_for(lambda m: m.chat_id == marieke.id and "Afgeleverd: 2" in text_of(m))

    sent = await bot.send(anna, "/coach")
    assert "Je coach: Marieke" in text_of(sent[-1])
    sent = await bot.press(anna, sent[-1], "Afronden niet meer delen")
    assert sent[-1].has_button("Delen wat ik afrond")
    sent = await bot.press(anna, sent[-1], "Stoppen bij Marieke")
    await bot.press(anna, sent[-1], "Ja, stoppen")
    assert received(bot, marieke, "Anna is gestopt als jouw klant")
    assert "geen coach" in text_of((await bot.send(anna, "/coach"))[-1])

    # Her old "Gedaan" passes nothing on; the next broadcast skips her.
    await bot.press(anna, received(bot, anna, "Marieke stuurt je")[0], "Gedaan")
    assert "niet meer bij deze coach" in alerts(api)[-1]
    question = await compose_exercise(bot, marieke, "De knuffel van 6 seconden")
    assert "Naar 1 klant versturen?" in text_of(question)
    await bot.press(marieke, question, "Ja, versturen")
    await bot.wait_for(lambda m: m.chat_id == marieke.id and "Verstuurd: De knuffel" in text_of(m))
    assert not received(bot, anna, "knuffel van 6 seconden")
    assert len(received(bot, bram, "knuffel van 6 seconden")) == 1
    overview = text_of((await bot.send(marieke, "/klanten"))[-1])
    assert "Je klanten (1)" in overview and "Anna" not in overview.split("Verstuurd")[0]

    # Bram forgets everything: gone from the list, and nothing more reaches him.
    sent = await bot.send(bram, "/vergeetmij")
    await bot.press(bram, sent[-1], "wis alles")
    assert received(bot, marieke, "Bram is gestopt als jouw klant")
    assert await count(bot, "SELECT count(*) FROM coach_clients") == 0
    assert (
        await count(bot, "SELECT count(*) FROM broadcast_recipients WHERE client_id = ?", bram.id)
        == 0
    )
    assert "nog geen klanten" in text_of((await bot.send(marieke, "/verstuur"))[-1])
    assert bot.errors == []


async def test_a_coach_who_forgets_everything_is_gone_for_the_clients(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    marieke = await coach_of_both(api, bot, anna, bram)

    sent = await bot.send(marieke, "/vergeetmij")
    await bot.press(marieke, sent[-1], "wis alles")
    for client in (anna, bram):
        told = await bot.wait_for(
            lambda m, c=client: m.chat_id == c.id and "gestopt als jouw coach" in text_of(m)
        )
        assert "Marieke" in text_of(told)
    assert await count(bot, "SELECT count(*) FROM coaches") == 0
    assert await count(bot, "SELECT count(*) FROM coach_clients") == 0
    assert "geen coach" in text_of((await bot.send(anna, "/coach"))[-1])
    assert "alleen voor coaches" in text_of((await bot.send(marieke, "/verstuur"))[-1])
    assert bot.errors == []


async def queue_farewells_while_stopped(bot: BotHarness, clients: list[FakeUser]) -> None:
    """Stop the bot and queue what /vergeetmij of coach Marieke queues, as if it died then."""
    await bot.stop()
    db = await Database.open(bot.db_path)
    try:
        for client in clients:
            await db.execute(
                "INSERT INTO notices (user_id, kind, name, created_at)"
                " VALUES (?, 'coach_gone', 'Marieke', '2026-11-23T09:00:00+00:00')",
                (client.id,),
            )
    finally:
        await db.close()


async def test_clients_of_a_forgotten_coach_are_told_after_a_restart(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    """The notices are queued in the database, so a restart before sending loses none."""
    await coach_of_both(api, bot, anna, bram)
    await queue_farewells_while_stopped(bot, [anna, bram])
    await bot.start()
    for client in (anna, bram):
        await bot.wait_for(
            lambda m, c=client: m.chat_id == c.id and "Marieke is gestopt" in text_of(m)
        )
    await bot.restart()  # sent once: nothing is left to send again
    await bot.send(anna, "/menu")
    assert len(received(bot, anna, "Marieke is gestopt")) == 1
    assert await count(bot, "SELECT count(*) FROM notices") == 0
    assert bot.errors == []


async def test_a_notice_that_fails_is_tried_again_then_given_up(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await coach_of_both(api, bot, anna, bram)
    await queue_farewells_while_stopped(bot, [anna, bram])
    api.fail_next(anna, 400, description="Bad Request: a passing hiccup")  # once
    api.fail_next(bram, 400, description="Bad Request: always", times=20)  # every time
    await bot.start()
    await bot.wait_for(lambda m: m.chat_id == anna.id and "Marieke is gestopt" in text_of(m))
    await bot.wait_until(lambda: not api._faults.get(bram.id) or len(api._faults[bram.id]) <= 17)
    for _ in range(50):  # the dispatcher gives up after three failed tries
        if await count(bot, "SELECT count(*) FROM notices") == 0:
            break
        await asyncio.sleep(0.05)
    assert await count(bot, "SELECT count(*) FROM notices") == 0
    assert len(received(bot, anna, "Marieke is gestopt")) == 1
    assert not received(bot, bram, "Marieke is gestopt")
    assert len(api._faults[bram.id]) == 17  # exactly three tries


async def test_a_second_coach_sees_and_reaches_nothing_of_the_first(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, stranger: FakeUser
) -> None:
    marieke = api.user(first_name="Marieke")
    joost = api.user(first_name="Joost")
    await join(bot, anna, await make_coach(bot, marieke))
    await make_coach(bot, joost)

    overview = text_of((await bot.send(joost, "/klanten"))[-1])
    assert "Nog niemand" in overview and "Anna" not in overview
    assert "nog geen klanten" in text_of((await bot.send(joost, "/verstuur"))[-1])

    # Marieke's draft: Joost (and a stranger) forging its buttons get nothing done.
    sent = await bot.send(marieke, "/verstuur")
    draft = sent[-1]
    choose = draft.button("De spiegel")
    draft_id = choose.split(":")[1]
    await bot.press_data(joost, bot.last(joost), choose)  # forged onto his own message
    assert "niet voor jou" in alerts(api)[-1]
    await onboard(bot, stranger)
    await bot.press_data(stranger, bot.last(stranger), f"bc:{draft_id}:ok:0")
    assert "alleen voor coaches" in alerts(api)[-1]

    # Joost's own draft cannot tick Marieke's client.
    await join(bot, stranger, invite=await joost_invite(bot, joost))
    own = (await bot.send(joost, "/verstuur"))[-1]
    joost_draft = own.button("De spiegel").split(":")[1]
    await bot.press(joost, own, "De spiegel")
    picker = (await bot.press(joost, bot.last(joost), "Klanten kiezen"))[-1]
    assert not picker.has_button("Anna")
    await bot.press_data(joost, picker, f"bc:{joost_draft}:t:{anna.id}:0")
    assert "niet voor jou" in alerts(api)[-1]
    assert await count(bot, "SELECT count(*) FROM broadcast_selection") == 0

    # A client's "Gedaan" cannot be pressed for someone else.
    question = await compose_exercise(bot, marieke, "De spiegel")
    await bot.press(marieke, question, "Ja, versturen")
    await bot.wait_for(lambda m: m.chat_id == marieke.id and "Afgeleverd: 1" in text_of(m))
    message = received(bot, anna, "Marieke stuurt je")[0]
    await bot.press_data(stranger, bot.last(stranger), message.button("Gedaan"))
    assert "niet voor jou" in alerts(api)[-1]
    assert (
        await count(bot, "SELECT count(*) FROM broadcast_recipients WHERE done_at IS NOT NULL") == 0
    )
    assert bot.errors == []


async def joost_invite(bot: BotHarness, joost: FakeUser) -> str:
    """Joost's invite payload, from his welcome message."""
    from tests.test_e2e_coach_support import payload_in

    return payload_in(received(bot, joost, "Je uitnodigingslink")[-1])


async def test_invite_link_renewal_retires_the_old_one(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser
) -> None:
    marieke = api.user(first_name="Marieke")
    old = await make_coach(bot, marieke)
    sent = await bot.send(marieke, "/klanten")
    sent = await bot.press(marieke, sent[-1], "Uitnodigingslink voor klanten")
    await bot.press(marieke, sent[-1], "Maak een nieuwe link")
    assert "de oude werkt niet meer" in alerts(api)[-1]
    assert "werkt niet meer" in text_of((await bot.send(anna, f"/start {old}"))[-1])
    from tests.test_e2e_coach_support import payload_in

    await join(bot, anna, payload_in(bot.last(marieke)))
    assert await count(bot, "SELECT count(*) FROM coach_clients") == 1


async def test_coach_ids_coach_and_a_draft_that_survives_a_restart(
    api: FakeBotApi, tmp_path: Path, clock: FakeClock, anna: FakeUser
) -> None:
    hanna = api.user(first_name="Hanna")
    api.started.add(hanna.id)
    async with BotHarness(api, tmp_path / "ids.db", clock, coach_ids=frozenset({hanna.id})) as bot:
        await bot.wait_until(lambda: bool(api.commands_for(f"chat:{hanna.id}")))
        assert "verstuur" in [name for name, _ in api.commands_for(f"chat:{hanna.id}")]
        assert "We kennen elkaar nog niet" in text_of((await bot.send(hanna, "/klanten"))[-1])
        await onboard(bot, hanna)
        sent = await bot.send(hanna, "/klanten")
        sent = await bot.press(hanna, sent[-1], "Uitnodigingslink voor klanten")
        from tests.test_e2e_coach_support import payload_in

        await join(bot, anna, payload_in(sent[-1]))
        sent = await bot.send(hanna, "/verstuur")
        await bot.press(hanna, sent[-1], "Zelf een bericht schrijven")
        await bot.restart()
        sent = await bot.send(hanna, "Tot donderdag!")
        question = (await bot.press(hanna, sent[-1], "Alle klanten"))[-1]
        await bot.restart()
        await bot.press(hanna, question, "Ja, versturen")
        await bot.wait_for(lambda m: m.chat_id == hanna.id and "Afgeleverd: 1" in text_of(m))
        assert len(received(bot, anna, "Tot donderdag!")) == 1
        assert bot.errors == []
    db = await Database.open(tmp_path / "ids.db")
    try:
        assert await db.fetchval("SELECT source FROM coaches") == "config"
    finally:
        await db.close()

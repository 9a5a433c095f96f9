"""End to end: time zones by Dutch place name, choosing the safe word in /instellingen, and the
daily check-in "together" revealing both scores side by side once.

Anna and Bram pair (and link a group where it matters) against the fake Bot API;
the clock starts on Monday 2026-11-23 10:00 in Amsterdam.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.i18n import use_locale
from bot.storage import checkins
from bot.storage.db import Database, to_db
from bot.zone_names import zone_label
from tests.conftest import link_group, onboard, pair
from tests.fakeapi import FakeBotApi, FakeUser, SentMessage
from tests.harness import BotHarness, FakeClock

DUE = datetime(2026, 11, 23, 18, 30, tzinfo=UTC)  # 19:30 in Amsterdam
PLACES = ["Amsterdam", "Brussel", "Londen", "Parijs", "Madrid", "Paramaribo", "Curaçao"]
NOT_PAIRED_PAUSE = "Dit werkt pas als je met je partner gekoppeld bent"
STALE = "Deze knop is verouderd. Open /instellingen voor nieuwe knoppen."
PROMPT = "Welk woord kiezen jullie?"
RETRY_HERE = "Of typ hier gewoon een ander woord."
REVEAL = "Hoe jullie je voelen, naast elkaar"


# --- helpers ---------------------------------------------------------------------------


async def query(bot: BotHarness, sql: str, *params: object) -> list[tuple[object, ...]]:
    db = await Database.open(bot.db_path)
    try:
        return [tuple(row) for row in await db.fetchall(sql, params)]
    finally:
        await db.close()


async def value(bot: BotHarness, sql: str, *params: object) -> object:
    rows = await query(bot, sql, *params)
    return rows[0][0] if rows else None


def having(messages: list[SentMessage], fragment: str) -> list[SentMessage]:
    return [m for m in messages if fragment in (m.plain or "")]


def last_with(messages: list[SentMessage], fragment: str) -> SentMessage:
    found = having(messages, fragment)
    assert found, f"no message with {fragment!r} in {[m.plain for m in messages][-5:]}"
    return found[-1]


def last_answer(api: FakeBotApi) -> tuple[str, bool]:
    answer = api.callback_answers[-1]
    return answer["text"] or "", bool(answer["show_alert"])


async def open_section(bot: BotHarness, user: FakeUser, label: str) -> list[SentMessage]:
    sent = await bot.send(user, "/instellingen")
    return await bot.press(user, last_with(sent, "Instellingen"), label)


async def choose_word(bot: BotHarness, user: FakeUser) -> SentMessage:
    """Open the safe-word section and press the choose button; return the prompt."""
    sent = await open_section(bot, user, "Pauze en veilig woord")
    section = last_with(sent, "Hoe lang duurt jullie pauze?")
    sent = await bot.press(user, section, "veilig woord")
    prompt = last_with(sent, PROMPT)
    assert prompt.has_button("Laat maar")
    return prompt


# --- time zones by place name ------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "place"),
    [
        ("Europe/Amsterdam", "Amsterdam"),
        ("Europe/Brussels", "Brussel"),
        ("Europe/London", "Londen"),
        ("Europe/Paris", "Parijs"),
        ("Europe/Madrid", "Madrid"),
        ("America/Paramaribo", "Paramaribo"),
        ("America/Curacao", "Curaçao"),
        ("Europe/Berlin", "Berlijn"),
        ("America/Argentina/Buenos_Aires", "Buenos Aires"),
        ("UTC", "UTC"),
    ],
)
def test_zone_label_is_a_dutch_place(key: str, place: str) -> None:
    assert zone_label(key) == place
    assert zone_label(ZoneInfo(key)) == place


def test_zone_label_follows_the_locale_and_never_fails() -> None:
    with use_locale("en"):
        assert zone_label("Europe/Brussels") == "Brussels"
    with use_locale("xx"):  # an unknown locale: still a readable name, no exception
        assert zone_label("Europe/Brussels") in ("Brussels", "Brussel")
    assert zone_label("Nowhere/Some_Place") == "Some Place"


async def test_time_zone_section_speaks_dutch_place_names(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser, stranger: FakeUser
) -> None:
    await pair(bot, anna, bram)
    sent = await open_section(bot, anna, "Tijdzone")
    choice = last_with(sent, "Ik reken nu met de tijd in Amsterdam")
    assert [label for label, _ in choice.buttons()] == PLACES
    assert "Europe/" not in (choice.plain or "")

    sent = await bot.press(anna, choice, "Brussel")
    assert last_answer(api) == ("Opgeslagen.", False)
    told = having(sent, "Vanaf nu reken ik met de tijd in Brussel.")
    assert {m.chat_id for m in told} == {anna.id, bram.id}
    assert await value(bot, "SELECT timezone FROM couples") == "Europe/Brussels"

    # Other places that mention the zone name the place too.
    sent = await open_section(bot, bram, "Waardering")
    panel = next(m for m in sent if m.has_button("✓ di"))
    assert "om 20:00 (Brussel)" in (panel.plain or "")
    sent = await open_section(bot, bram, "Tijdzone")
    assert having(sent, "Ik reken nu met de tijd in Brussel")

    # Forged and out-of-range buttons: refused, nothing changes.
    couple_id = await value(bot, "SELECT id FROM couples")
    for data in ("tz:999:1", f"tz:{couple_id}:99", f"tz:{couple_id}:x", f"tz:{couple_id}"):
        assert await bot.press_data(anna, choice, data) == []
        assert last_answer(api) == ("Deze knop werkt niet meer.", True)
    assert await value(bot, "SELECT timezone FROM couples") == "Europe/Brussels"

    # Someone without a partner: a clear alert, nothing changes.
    await onboard(bot, stranger)
    assert await bot.press_data(stranger, bot.last(stranger), f"tz:{couple_id}:2") == []
    text, alert = last_answer(api)
    assert alert and text.startswith("De instellingen gaan over jullie samen")
    assert await value(bot, "SELECT timezone FROM couples") == "Europe/Brussels"
    assert bot.errors == []


# --- choosing the safe word in /instellingen ----------------------------------------------


async def test_safe_word_typed_in_settings_with_bad_input_first(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    sent = await open_section(bot, anna, "Pauze en veilig woord")
    section = last_with(sent, "Hoe lang duurt jullie pauze?")
    assert "Je kunt ook op de knop hieronder tikken" in (section.plain or "")
    assert section.has_button("Kies een veilig woord") and section.has_button("25 minuten")
    prompt = await choose_word(bot, anna)
    assert "hooguit 30 tekens" in (prompt.plain or "")

    # Each refused word gets /veiligwoord's reason, and the word may be typed again.
    refused = {
        "stop": "ligt te gevoelig",
        "Pauze!": "ligt te gevoelig",
        "paarse vliegende olifant": "hooguit twee",
        "a" * 31: "te lang",
        "🍍": "letters nodig",
        "1234": "letters nodig",
    }
    for word, reason in refused.items():
        [answer] = await bot.send(anna, word)
        assert reason in (answer.plain or ""), word
        assert RETRY_HERE in (answer.plain or "")
    # A sticker, a photo and an unknown command: an answer about the word, not the menu.
    [answer] = await bot.sticker(anna)
    assert "als tekst" in (answer.plain or "")
    [answer] = await bot.photo(anna)
    assert "als tekst" in (answer.plain or "")
    [answer] = await bot.send(anna, "/ananas")
    assert "zonder schuine streep" in (answer.plain or "")
    # Commands the bot knows keep working meanwhile.
    sent = await bot.send(anna, "/hulp")
    assert sent and not having(sent, "zonder schuine streep")
    assert await value(bot, "SELECT safe_word FROM couples") is None
    assert not having(bot.inbox(bram), "veilige woord vastgelegd")

    sent = await bot.send(anna, "  Krokodil! ")
    assert await value(bot, "SELECT safe_word FROM couples") == "Krokodil"
    in_group = last_with(bot.group_messages(group), "Anna heeft jullie veilige woord vastgelegd")
    assert "Krokodil" in (in_group.plain or "")
    assert having(sent, "Jullie veilige woord is nu: Krokodil")  # Anna, privately
    assert await query(bot, "SELECT * FROM pending_input WHERE user_id = ?", anna.id) == []
    # The next text is ordinary text again.
    assert not having(await bot.send(anna, "Zeehond"), "veilige woord")
    assert await value(bot, "SELECT safe_word FROM couples") == "Krokodil"

    # With a word set: the button offers another, and "Never mind" keeps the word.
    sent = await open_section(bot, bram, "Pauze en veilig woord")
    assert last_with(sent, "Hoe lang duurt jullie pauze?").has_button("Kies een ander veilig woord")
    prompt = await choose_word(bot, bram)
    assert "blijft Krokodil jullie veilige woord" in (prompt.plain or "")
    never_mind = prompt.button("Laat maar")
    sent = await bot.press(bram, prompt, "Laat maar")
    assert having(sent, "Goed, jullie veilige woord blijft Krokodil.")
    assert not prompt.buttons()
    await bot.press_data(bram, prompt, never_mind)
    assert last_answer(api) == (STALE, True)
    assert await value(bot, "SELECT safe_word FROM couples") == "Krokodil"

    # Typing the current word while choosing a new one answers the choice; no pause starts.
    await open_section(bot, bram, "Pauze en veilig woord")
    await choose_word(bot, bram)
    await bot.send(bram, "Krokodil")
    assert await value(bot, "SELECT count(*) FROM pauses") == 0
    assert await value(bot, "SELECT safe_word FROM couples") == "Krokodil"
    assert bot.errors == []


async def test_safe_word_typed_in_settings_without_a_group(
    api: FakeBotApi, bot: BotHarness, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)
    await choose_word(bot, bram)
    await bot.send(bram, "paarse olifant")
    assert await value(bot, "SELECT safe_word FROM couples") == "paarse olifant"
    assert having(bot.inbox(bram), "Jullie veilige woord is nu: paarse olifant")
    assert having(bot.inbox(anna), "Bram heeft jullie veilige woord vastgelegd: paarse olifant")
    # /veiligwoord while the word is awaited also ends the waiting.
    await choose_word(bot, anna)
    await bot.send(anna, "/veiligwoord Kiwi")
    assert await value(bot, "SELECT safe_word FROM couples") == "Kiwi"
    assert await query(bot, "SELECT * FROM pending_input WHERE user_id = ?", anna.id) == []
    assert bot.errors == []


async def test_safe_word_buttons_stale_foreign_late_or_unpaired(
    api: FakeBotApi,
    bot: BotHarness,
    clock: FakeClock,
    anna: FakeUser,
    bram: FakeUser,
    stranger: FakeUser,
) -> None:
    await pair(bot, anna, bram)
    couple_id = await value(bot, "SELECT id FROM couples")
    prompt = await choose_word(bot, anna)
    for data in ("sw:w:999", "sw:w", f"sw:w:{couple_id}:1", "sw:x:999", f"sw:w:{couple_id}x"):
        assert await bot.press_data(anna, prompt, data) == []
        assert last_answer(api) == (STALE, True), data

    # Someone without a partner presses a choose button: told to pair first.
    await onboard(bot, stranger)
    assert await bot.press_data(stranger, bot.last(stranger), f"sw:w:{couple_id}") == []
    text, alert = last_answer(api)
    assert alert and text.startswith(NOT_PAIRED_PAUSE)
    assert await query(bot, "SELECT * FROM pending_input WHERE user_id = ?", stranger.id) == []

    # Text long after the button was pressed is not taken as the safe word.
    clock.advance(hours=2)
    sent = await bot.send(anna, "kiwi")
    assert having(sent, "ik verwacht nu geen tekst")
    assert await value(bot, "SELECT safe_word FROM couples") is None

    # Words about suicide get the help lines and never become the safe word.
    await choose_word(bot, anna)
    sent = await bot.send(anna, "zelfmoord")
    assert having(sent, "113")
    assert await value(bot, "SELECT safe_word FROM couples") is None
    assert await query(bot, "SELECT * FROM pending_input WHERE user_id = ?", anna.id) == []

    # Unpaired while the word was awaited: nothing stored, a clear answer.
    await choose_word(bot, anna)
    sent = await bot.send(anna, "/ontkoppel")
    await bot.press(anna, last_with(sent, "ontkoppelen"), "Ja, ontkoppel")
    sent = await bot.send(anna, "kiwi")
    assert await value(bot, "SELECT count(*) FROM couples WHERE safe_word IS NOT NULL") == 0
    assert sent and not having(sent, "veilige woord is nu")
    assert bot.errors == []


# --- the daily check-in together: both scores side by side ----------------------------------


async def planned(bot: BotHarness) -> None:
    for _ in range(200):
        if not await query(bot, "SELECT 1 FROM checkin_schedules WHERE replan = 1"):
            return
        await asyncio.sleep(0.02)
    raise AssertionError("schedules not planned")


async def done_together(
    bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser, chat_id: int
) -> None:
    await planned(bot)
    mark = bot.mark()
    clock.set(DUE)
    opening = await bot.wait_for(
        lambda m: m.chat_id == chat_id and "check-in van 10 minuten" in (m.plain or ""),
        since=mark,
    )
    await bot.press(anna, opening, "Gedaan")


async def test_together_scores_are_revealed_side_by_side_once(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    group = await link_group(bot, api, anna, bram)
    await done_together(bot, clock, anna, bram, group.id)
    await bot.press(anna, bot.last(anna), "4")
    await bot.send(anna, "Alleen voor mij")
    assert not having(bot.inbox(anna), REVEAL) and not having(bot.inbox(bram), REVEAL)

    bram_prompt = bot.last(bram)
    two = bram_prompt.button("2")
    await bot.press(bram, bram_prompt, "2")
    for person in (anna, bram):
        [reveal] = having(bot.inbox(person), REVEAL)
        text = reveal.plain or ""
        assert "Anna voelt zich een 4 op 5." in text and "Bram voelt zich een 2 op 5." in text
        assert "Alleen voor mij" not in text
    assert not having(bot.group_messages(group), REVEAL)  # privately, like the apart reveal
    # Bram's optional line is still asked for, after the reveal.
    assert "één zin" in (bot.last(bram).plain or "") and bot.last(bram).has_button("Overslaan")

    # A second press of the same score, and a forged score: no second reveal.
    await bot.press_data(bram, bram_prompt, two)
    assert last_answer(api)[1] is True
    checkin_id = await value(bot, "SELECT id FROM checkins")
    await bot.press_data(bram, bram_prompt, f"ci:{checkin_id}:v:9")
    assert last_answer(api)[1] is True
    await bot.press(bram, bot.last(bram), "Overslaan")
    for person in (anna, bram):
        assert len(having(bot.inbox(person), REVEAL)) == 1
    assert not having(bot.inbox(bram), "Alleen voor mij")
    assert bot.errors == []


async def test_together_scores_pressed_at_the_same_moment_reveal_once(
    api: FakeBotApi, bot: BotHarness, clock: FakeClock, anna: FakeUser, bram: FakeUser
) -> None:
    await pair(bot, anna, bram)  # no group: the opening goes to both private chats
    await done_together(bot, clock, anna, bram, anna.id)
    anna_prompt, bram_prompt = bot.last(anna), bot.last(bram)
    await asyncio.gather(bot.press(anna, anna_prompt, "5"), bot.press(bram, bram_prompt, "3"))
    await bot.wait_until(lambda: bool(having(bot.inbox(bram), REVEAL)))
    for person in (anna, bram):
        [reveal] = having(bot.inbox(person), REVEAL)
        assert "Anna voelt zich een 5 op 5." in (reveal.plain or "")
        assert "Bram voelt zich een 3 op 5." in (reveal.plain or "")
    assert await value(bot, "SELECT count(*) FROM checkins WHERE revealed_at IS NOT NULL") == 1
    assert await value(bot, "SELECT status FROM checkins") == "together"
    assert bot.errors == []


async def test_claim_scores_reveal_only_once_and_only_with_both_scores(tmp_path: Path) -> None:
    now = datetime(2026, 11, 23, 18, 40, tzinfo=UTC)
    db = await Database.open(tmp_path / "reveal.db")
    try:
        for user_id in (1, 2):
            await db.execute(
                "INSERT INTO users (id, first_name, consented_at, created_at) VALUES (?, ?, ?, ?)",
                (user_id, f"P{user_id}", to_db(now), to_db(now)),
            )
        couple_id = await db.insert(
            "INSERT INTO couples (timezone, created_at) VALUES (?, ?)",
            ("Europe/Amsterdam", to_db(now)),
        )
        checkin_id = await checkins.open_now(db, couple_id, "daily", now, now.date())
        await checkins.transition(db, checkin_id, ("open",), "together", finished_at=now)
        assert await checkins.set_score(db, checkin_id, 1, 4, now)
        assert not await checkins.claim_scores_reveal(db, checkin_id, now)  # one score only
        assert await checkins.set_score(db, checkin_id, 2, 3, now)
        claims = await asyncio.gather(
            *(checkins.claim_scores_reveal(db, checkin_id, now) for _ in range(5))
        )
        assert claims.count(True) == 1
        found = await checkins.get(db, checkin_id)
        assert found is not None and found.revealed and found.status == "together"

        # An apart check-in is revealed by its own claim, never by this one.
        other = await checkins.open_now(db, couple_id, "weekly", now, now.date())
        await checkins.transition(db, other, ("open",), "apart")
        for user_id in (1, 2):
            await checkins.set_score(db, other, user_id, 5, now)
        assert not await checkins.claim_scores_reveal(db, other, now)
    finally:
        await db.close()

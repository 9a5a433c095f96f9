"""End to end: broadcast delivery — live progress, the report, 403, 429, restarts, leaving.

Every test checks the promise of issue 8: each recipient gets the message at most
once, and everyone who can be reached gets it.
"""

from __future__ import annotations

import pytest

from bot import broadcast
from bot.storage import broadcasts
from bot.storage.db import Database
from tests.fakeapi import FakeBotApi, FakeUser
from tests.harness import BotHarness
from tests.test_e2e_coach_support import (
    compose_exercise,
    count,
    join,
    make_coach,
    received,
    text_of,
)

TITLE = "De spiegel"
HEADER = "Marieke stuurt je een oefening"


@pytest.fixture
def one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """One worker and an edit after every recipient, so the order of events is fixed."""
    monkeypatch.setattr(broadcast, "WORKERS", 1)
    monkeypatch.setattr(broadcast, "PROGRESS_EVERY", 0.0)


async def coach_with_clients(
    api: FakeBotApi, bot: BotHarness, n: int
) -> tuple[FakeUser, list[FakeUser]]:
    """Marieke with ``n`` consenting clients."""
    marieke = api.user(first_name="Marieke")
    invite = await make_coach(bot, marieke)
    clients = [api.user(first_name=f"Klant{i}") for i in range(n)]
    for client in clients:
        await join(bot, client, invite)
    return marieke, clients


def copies(bot: BotHarness, client: FakeUser) -> int:
    """How many copies of the broadcast the client got."""
    return len(received(bot, client, HEADER))


async def wait_report(bot: BotHarness, coach: FakeUser) -> str:
    """The final report's text."""
    report = await bot.wait_for(
        lambda m: m.chat_id == coach.id and "Afgeleverd:" in text_of(m), timeout=15
    )
    return text_of(report)


@pytest.mark.usefixtures("one_by_one")
async def test_live_progress_and_report_with_a_blocked_client(
    api: FakeBotApi, bot: BotHarness
) -> None:
    marieke, clients = await coach_with_clients(api, bot, 12)
    api.block(clients[3])
    question = await compose_exercise(bot, marieke, TITLE)
    await bot.press(marieke, question, "Ja, versturen")
    report = await wait_report(bot, marieke)

    assert "Afgeleverd: 11" in report
    assert "Onbereikbaar (Samen geblokkeerd): 1" in report
    assert "Mislukt: 0" in report
    versions = [version.text or "" for version in question.history] + [question.text or ""]
    assert "Bezig met versturen… 0 van 12 verstuurd" in versions
    assert any("Bezig met versturen… 5 van 12 verstuurd" in v for v in versions)
    assert versions[-1] == "Klaar: 11 van 12 verstuurd"  # the blocked one did not arrive
    assert [copies(bot, c) for c in clients] == [1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1]
    assert await count(bot, "SELECT reachable FROM users WHERE id = ?", clients[3].id) == 0
    assert bot.errors == []


async def test_a_429_mid_broadcast_waits_and_sends_everyone_once(
    api: FakeBotApi, bot: BotHarness
) -> None:
    marieke, clients = await coach_with_clients(api, bot, 10)
    api.fail_next(clients[4], 429, retry_after=1)
    question = await compose_exercise(bot, marieke, TITLE)
    await bot.press(marieke, question, "Ja, versturen")
    report = await wait_report(bot, marieke)

    assert "Afgeleverd: 10" in report
    assert [copies(bot, c) for c in clients] == [1] * 10
    assert [r.error_code for r in api.rejections if r.method == "sendMessage"] == [429]
    assert bot.errors == []


@pytest.mark.usefixtures("one_by_one")
async def test_a_restart_mid_broadcast_resumes_and_sends_nobody_twice(
    api: FakeBotApi, bot: BotHarness
) -> None:
    marieke, clients = await coach_with_clients(api, bot, 10)
    api.fail_next(clients[6], 429, retry_after=1)  # holds the runner at client 6
    question = await compose_exercise(bot, marieke, TITLE)
    mark = bot.mark()
    await bot.press(marieke, question, "Ja, versturen")
    await bot.wait_for(lambda m: m.chat_id == clients[5].id, timeout=10, since=mark)

    await bot.stop()  # finishes the call under way (client 6, if claimed), then stops claiming
    delivered = [copies(bot, c) for c in clients]
    assert sum(delivered) in (6, 7) and delivered[:6] == [1] * 6 and max(delivered) == 1
    pending = await count(bot, "SELECT count(*) FROM broadcast_recipients WHERE state = 'pending'")
    assert pending == 10 - sum(delivered)  # nothing left half-done ('sending')

    await bot.start()  # the start-up tick resumes the broadcast
    report = await wait_report(bot, marieke)
    assert "Afgeleverd: 10" in report and "Onbekend" not in report
    assert [copies(bot, c) for c in clients] == [1] * 10
    assert text_of(question) == "Klaar: 10 van 10 verstuurd"
    assert bot.errors == []


async def test_a_crash_between_claim_and_answer_is_never_resent(
    api: FakeBotApi, bot: BotHarness
) -> None:
    marieke, clients = await coach_with_clients(api, bot, 4)
    question = await compose_exercise(bot, marieke, TITLE)
    await bot.stop()
    # What a killed process leaves behind: the broadcast confirmed, one row claimed
    # ('sending') whose send may or may not have reached Telegram, the rest pending.
    db = await Database.open(bot.db_path)
    try:
        draft_id = int(question.button("Ja, versturen").split(":")[1])
        draft = await broadcasts.get_broadcast(db, draft_id)
        assert draft is not None
        text = f"{HEADER} (na een crash)"
        where = (marieke.id, question.message_id)
        assert await broadcasts.confirm(db, draft, text, where, bot.clock.now()) == 4
        claim = await broadcasts.claim_next(db, draft_id, bot.clock.now())
        assert claim is not None and claim.client_id == clients[0].id
    finally:
        await db.close()

    await bot.start()
    report = await wait_report(bot, marieke)
    assert "Afgeleverd: 3" in report
    assert "Onbekend na een herstart: 1" in report
    assert [copies(bot, c) for c in clients] == [0, 1, 1, 1]
    assert bot.errors == []


@pytest.mark.usefixtures("one_by_one")
async def test_a_client_who_leaves_mid_broadcast_is_skipped(
    api: FakeBotApi, bot: BotHarness
) -> None:
    marieke, clients = await coach_with_clients(api, bot, 5)
    api.fail_next(clients[1], 429, retry_after=2)  # time for client 4 to leave
    question = await compose_exercise(bot, marieke, TITLE)
    await bot.press(marieke, question, "Ja, versturen")
    leaver = clients[4]
    sent = await bot.send(leaver, "/coach")
    sent = await bot.press(leaver, sent[-1], "Stoppen bij Marieke")
    await bot.press(leaver, sent[-1], "Ja, stoppen")

    report = await wait_report(bot, marieke)
    assert "Afgeleverd: 4" in report
    assert "Gestopt voordat ze aan de beurt waren: 1" in report
    assert [copies(bot, c) for c in clients] == [1, 1, 1, 1, 0]
    assert bot.errors == []

"""Pairing rules: codes, expiry, single use, self and double pairing, group links."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot import pairing
from bot.pairing import InviteStatus
from bot.storage import couples, users
from bot.storage.db import Database

NOW = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
TZ = ZoneInfo("Europe/Amsterdam")


@pytest.fixture
async def db(tmp_path: Path) -> Database:
    database = await Database.open(tmp_path / "p.db")
    for user_id, name in ((1, "Anna"), (2, "Bram"), (3, "Chris"), (4, "Dewi")):
        await users.consent(database, user_id, name, None, NOW)
    yield database  # type: ignore[misc]
    await database.close()


async def test_invite_is_hashed_and_unguessable(db: Database) -> None:
    first = await pairing.create_partner_invite(db, 1, NOW)
    second = await pairing.create_partner_invite(db, 1, NOW)
    assert first != second and len(first) == 25 and first.startswith("p")
    stored = [row[0] for row in await db.fetchall("SELECT code_hash FROM invites")]
    assert first[1:] not in stored and pairing.hash_code(first[1:]) in stored


async def test_accept_pairs_both(db: Database) -> None:
    payload = await pairing.create_partner_invite(db, 1, NOW)
    check, couple = await pairing.accept_partner_invite(db, payload, 2, TZ, NOW)
    assert check.status is InviteStatus.OK and couple is not None
    assert set(couple.partners) == {1, 2}
    assert (await couples.for_user(db, 1)) == couple


async def test_refusals(db: Database) -> None:
    payload = await pairing.create_partner_invite(db, 1, NOW)
    assert (await pairing.check_partner_invite(db, payload, 1, NOW)).status is InviteStatus.OWN
    later = NOW + pairing.INVITE_TTL + timedelta(seconds=1)
    assert (
        await pairing.check_partner_invite(db, payload, 2, later)
    ).status is InviteStatus.EXPIRED
    assert (
        await pairing.check_partner_invite(db, "p" + "x" * 24, 2, NOW)
    ).status is InviteStatus.UNKNOWN
    assert (
        await pairing.check_partner_invite(db, "hello", 2, NOW)
    ).status is InviteStatus.MALFORMED
    await pairing.accept_partner_invite(db, payload, 2, TZ, NOW)
    assert (await pairing.check_partner_invite(db, payload, 3, NOW)).status is InviteStatus.USED
    fresh = await pairing.create_partner_invite(db, 3, NOW)
    assert (
        await pairing.check_partner_invite(db, fresh, 2, NOW)
    ).status is InviteStatus.SELF_PAIRED
    from_paired = await pairing.create_partner_invite(db, 1, NOW)
    check = await pairing.check_partner_invite(db, from_paired, 4, NOW)
    assert check.status is InviteStatus.INVITER_PAIRED


async def test_new_invite_retires_the_old_one(db: Database) -> None:
    old = await pairing.create_partner_invite(db, 1, NOW)
    await pairing.create_partner_invite(db, 1, NOW + timedelta(minutes=1))
    check = await pairing.check_partner_invite(db, old, 2, NOW + timedelta(minutes=2))
    assert check.status is InviteStatus.EXPIRED


async def test_group_link_only_by_a_partner_and_once(db: Database) -> None:
    payload = await pairing.create_partner_invite(db, 1, NOW)
    _, couple = await pairing.accept_partner_invite(db, payload, 2, TZ, NOW)
    assert couple is not None
    group = await pairing.create_group_invite(db, couple.id, 1, NOW)
    status, _ = await pairing.link_group(db, group, -100, 3, NOW)
    assert status is InviteStatus.NOT_PARTNER
    status, linked = await pairing.link_group(db, group, -100, 2, NOW)
    assert status is InviteStatus.OK and linked is not None and linked.group_chat_id == -100
    status, _ = await pairing.link_group(db, group, -200, 1, NOW)
    assert status is InviteStatus.USED
    assert (await couples.migrate_group(db, -100, -1001)) == couple.id
    assert (await couples.for_group(db, -1001)) is not None


@given(st.text(max_size=80))
def test_parse_payload_never_raises(text: str) -> None:
    parsed = pairing.parse_payload(text)
    assert parsed is None or parsed[0] in (pairing.PARTNER, pairing.GROUP)

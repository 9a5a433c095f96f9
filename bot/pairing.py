"""Pairing rules: partner invites, accepting them, and linking the shared group.

Invite codes are 24 random URL-safe characters (144 bits); only their SHA-256
is stored. A code is single use and expires after 48 hours. Deep-link payloads
carry a one-letter kind prefix so a malformed link is told apart from an
unknown one.

A group the couple wants as its shared chat is used only while both partners
are in it. While one is missing (at linking time, or after leaving), the group
is *held*: an invite row of kind ``group_wait`` whose code is derived from the
chat id, so the partner (re)joining that group completes the link.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from bot.storage import couples, users
from bot.storage.couples import Couple
from bot.storage.db import Database, from_db, to_db

INVITE_TTL = timedelta(hours=48)
CODE_BYTES = 18  # → 24 URL-safe characters
_PAYLOAD_RE = re.compile(r"^([a-z])([A-Za-z0-9_-]{24})$")

PARTNER = "partner"
GROUP = "group"
# A group waiting for both partners to be in it (never a deep-link payload).
WAITING = "group_wait"
HOLD_TTL = timedelta(days=30)
PREFIX = {PARTNER: "p", GROUP: "g"}


class InviteStatus(StrEnum):
    """Why an invite can or cannot be used."""

    OK = "ok"
    MALFORMED = "malformed"
    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED = "used"
    OWN = "own"
    SELF_PAIRED = "self_paired"
    INVITER_PAIRED = "inviter_paired"
    WRONG_KIND = "wrong_kind"
    NOT_PARTNER = "not_partner"


@dataclass(frozen=True)
class Invite:
    """A stored invite (the code itself is not stored)."""

    id: int
    kind: str
    inviter_id: int | None
    couple_id: int | None
    expires_at: datetime
    used: bool


@dataclass(frozen=True)
class InviteCheck:
    """The outcome of looking at an invite payload."""

    status: InviteStatus
    invite: Invite | None = None


def hash_code(code: str) -> str:
    """The stored form of a code."""
    return hashlib.sha256(code.encode()).hexdigest()


def parse_payload(payload: str) -> tuple[str, str] | None:
    """Split a deep-link payload into (kind, code), or ``None`` if malformed."""
    match = _PAYLOAD_RE.match(payload.strip())
    if match is None:
        return None
    kinds = {prefix: kind for kind, prefix in PREFIX.items()}
    kind = kinds.get(match.group(1))
    if kind is None:
        return None
    return kind, match.group(2)


async def _create(
    db: Database, kind: str, inviter_id: int | None, couple_id: int | None, now: datetime
) -> str:
    code = secrets.token_urlsafe(CODE_BYTES)
    await db.insert(
        "INSERT INTO invites (kind, code_hash, inviter_id, couple_id, created_at, expires_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (kind, hash_code(code), inviter_id, couple_id, to_db(now), to_db(now + INVITE_TTL)),
    )
    return PREFIX[kind] + code


async def create_partner_invite(db: Database, inviter_id: int, now: datetime) -> str:
    """A fresh partner invite payload; older unused ones of this inviter are retired."""
    await db.execute(
        "UPDATE invites SET expires_at = ? WHERE kind = ? AND inviter_id = ? AND used_at IS NULL"
        " AND expires_at > ?",
        (to_db(now), PARTNER, inviter_id, to_db(now)),
    )
    return await _create(db, PARTNER, inviter_id, None, now)


async def create_group_invite(db: Database, couple_id: int, inviter_id: int, now: datetime) -> str:
    """A fresh payload for linking the couple's shared group."""
    return await _create(db, GROUP, inviter_id, couple_id, now)


async def _load(db: Database, code: str) -> Invite | None:
    row = await db.fetchone("SELECT * FROM invites WHERE code_hash = ?", (hash_code(code),))
    if row is None:
        return None
    expires = from_db(row["expires_at"])
    assert expires is not None
    return Invite(
        id=row["id"],
        kind=row["kind"],
        inviter_id=row["inviter_id"],
        couple_id=row["couple_id"],
        expires_at=expires,
        used=row["used_at"] is not None,
    )


async def check_partner_invite(
    db: Database, payload: str, user_id: int, now: datetime
) -> InviteCheck:
    """Can ``user_id`` accept the partner invite in ``payload`` now?"""
    parsed = parse_payload(payload)
    if parsed is None:
        return InviteCheck(InviteStatus.MALFORMED)
    kind, code = parsed
    invite = await _load(db, code)
    if invite is None:
        return InviteCheck(InviteStatus.UNKNOWN)
    if kind != PARTNER or invite.kind != PARTNER or invite.inviter_id is None:
        return InviteCheck(InviteStatus.WRONG_KIND, invite)
    if invite.used:
        return InviteCheck(InviteStatus.USED, invite)
    if invite.inviter_id == user_id:
        return InviteCheck(InviteStatus.OWN, invite)
    if invite.expires_at <= now:
        return InviteCheck(InviteStatus.EXPIRED, invite)
    if await couples.is_paired(db, user_id):
        return InviteCheck(InviteStatus.SELF_PAIRED, invite)
    if await couples.is_paired(db, invite.inviter_id):
        return InviteCheck(InviteStatus.INVITER_PAIRED, invite)
    return InviteCheck(InviteStatus.OK, invite)


async def accept_partner_invite(
    db: Database, payload: str, user_id: int, timezone: ZoneInfo, now: datetime
) -> tuple[InviteCheck, Couple | None]:
    """Pair ``user_id`` with the inviter if the invite is still good (atomic)."""
    check = await check_partner_invite(db, payload, user_id, now)
    if check.status is not InviteStatus.OK or check.invite is None:
        return check, None
    invite = check.invite
    assert invite.inviter_id is not None
    stamp = to_db(now)
    async with db.transaction() as conn:
        # Re-check inside the transaction: two taps, or two people, may race.
        cursor = await conn.execute(
            "UPDATE invites SET used_at = ?, used_by = ? WHERE id = ? AND used_at IS NULL",
            (stamp, user_id, invite.id),
        )
        claimed = cursor.rowcount
        await cursor.close()
        if claimed != 1:
            return InviteCheck(InviteStatus.USED, invite), None
        cursor = await conn.execute(
            "SELECT count(*) FROM couple_members WHERE user_id IN (?, ?)",
            (user_id, invite.inviter_id),
        )
        row = await cursor.fetchone()
        await cursor.close()
        if row is not None and row[0]:
            await conn.execute(
                "UPDATE invites SET used_at = NULL, used_by = NULL WHERE id = ?", (invite.id,)
            )
            return InviteCheck(InviteStatus.SELF_PAIRED, invite), None
        cursor = await conn.execute(
            "INSERT INTO couples (timezone, created_at) VALUES (?, ?)", (timezone.key, stamp)
        )
        couple_id = cursor.lastrowid
        await cursor.close()
        await conn.executemany(
            "INSERT INTO couple_members (user_id, couple_id, joined_at) VALUES (?, ?, ?)",
            [(invite.inviter_id, couple_id, stamp), (user_id, couple_id, stamp)],
        )
    couple = await couples.get(db, int(couple_id or 0))
    return check, couple


async def _group_code(
    db: Database, payload: str, user_id: int, now: datetime
) -> tuple[InviteStatus, Invite | None, Couple | None]:
    """Check a group payload of ``user_id`` without using it."""
    parsed = parse_payload(payload)
    if parsed is None:
        return InviteStatus.MALFORMED, None, None
    kind, code = parsed
    invite = await _load(db, code)
    if invite is None:
        return InviteStatus.UNKNOWN, None, None
    if kind != GROUP or invite.kind != GROUP or invite.couple_id is None:
        return InviteStatus.WRONG_KIND, invite, None
    couple = await couples.get(db, invite.couple_id)
    if couple is None:
        return InviteStatus.UNKNOWN, invite, None
    if not couple.has(user_id):
        return InviteStatus.NOT_PARTNER, invite, couple
    if invite.used:
        return InviteStatus.USED, invite, couple
    if invite.expires_at <= now:
        return InviteStatus.EXPIRED, invite, couple
    return InviteStatus.OK, invite, couple


async def couple_for_group_code(
    db: Database, payload: str, user_id: int, now: datetime
) -> Couple | None:
    """The couple a valid, unused group code brought by partner ``user_id`` would link."""
    status, _, couple = await _group_code(db, payload, user_id, now)
    return couple if status is InviteStatus.OK else None


async def link_group(
    db: Database, payload: str, chat_id: int, user_id: int, now: datetime
) -> tuple[InviteStatus, Couple | None]:
    """Link ``chat_id`` as the shared chat if a partner brought a valid group code."""
    status, invite, couple = await _group_code(db, payload, user_id, now)
    if status is InviteStatus.USED and couple is not None and couple.group_chat_id == chat_id:
        return InviteStatus.OK, couple
    if status is not InviteStatus.OK or invite is None or couple is None:
        return status, None
    changed = await db.execute(
        "UPDATE invites SET used_at = ?, used_by = ? WHERE id = ? AND used_at IS NULL",
        (to_db(now), user_id, invite.id),
    )
    if changed != 1:
        return InviteStatus.USED, None
    await couples.set_group(db, couple.id, chat_id)
    await _drop_holds(db, couple.id, chat_id)
    return InviteStatus.OK, await couples.get(db, couple.id)


# --- groups waiting for both partners ------------------------------------------------------


def _hold_hash(chat_id: int) -> str:
    # A colon never occurs in a payload code, so this never matches a real invite.
    return hash_code(f"chat:{chat_id}")


async def _drop_holds(db: Database, couple_id: int, chat_id: int) -> None:
    await db.execute(
        "DELETE FROM invites WHERE kind = ? AND (couple_id = ? OR code_hash = ?)",
        (WAITING, couple_id, _hold_hash(chat_id)),
    )


async def hold_group(db: Database, couple_id: int, chat_id: int, now: datetime) -> None:
    """Remember ``chat_id`` as the group the couple wants, until both partners are in it."""
    async with db.transaction() as conn:
        await conn.execute(
            "DELETE FROM invites WHERE kind = ? AND (couple_id = ? OR code_hash = ?)",
            (WAITING, couple_id, _hold_hash(chat_id)),
        )
        await conn.execute(
            "INSERT INTO invites (kind, code_hash, inviter_id, couple_id, created_at, expires_at)"
            " VALUES (?, ?, NULL, ?, ?, ?)",
            (WAITING, _hold_hash(chat_id), couple_id, to_db(now), to_db(now + HOLD_TTL)),
        )


async def held_couple(db: Database, chat_id: int, now: datetime) -> Couple | None:
    """The couple waiting to use ``chat_id`` once both partners are in it, if any."""
    row = await db.fetchone(
        "SELECT couple_id FROM invites WHERE code_hash = ? AND kind = ? AND used_at IS NULL"
        " AND expires_at > ?",
        (_hold_hash(chat_id), WAITING, to_db(now)),
    )
    if row is None or row["couple_id"] is None:
        return None
    return await couples.get(db, int(row["couple_id"]))


async def resume_group(db: Database, chat_id: int, now: datetime) -> Couple | None:
    """Link a held group now that both partners are in it; the couple, or ``None``."""
    couple = await held_couple(db, chat_id, now)
    if couple is None:
        return None
    other = await couples.for_group(db, chat_id)
    if other is not None and other.id != couple.id:
        return None  # another couple linked this chat meanwhile
    await couples.set_group(db, couple.id, chat_id)
    await _drop_holds(db, couple.id, chat_id)
    return await couples.get(db, couple.id)


async def release_group(db: Database, chat_id: int) -> None:
    """Forget that a couple waits for ``chat_id`` (the bot left it)."""
    await db.execute(
        "DELETE FROM invites WHERE kind = ? AND code_hash = ?", (WAITING, _hold_hash(chat_id))
    )


async def move_hold(db: Database, old_chat_id: int, new_chat_id: int) -> None:
    """Follow a group → supergroup migration of a held group."""
    await db.execute(
        "UPDATE invites SET code_hash = ? WHERE kind = ? AND code_hash = ?",
        (_hold_hash(new_chat_id), WAITING, _hold_hash(old_chat_id)),
    )


async def inviter_name(db: Database, invite: Invite) -> str:
    """The first name of who made ``invite``."""
    if invite.inviter_id is None:
        return ""
    user = await users.get(db, invite.inviter_id)
    return "" if user is None else user.first_name

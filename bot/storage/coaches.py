"""Coaches, one-time coach links and clients (broadcasts: bot.storage.broadcasts)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.coach import (
    COACH_LINK_TTL,
    COACH_PREFIX,
    SOURCE_CONFIG,
    SOURCE_LINK,
    LinkStatus,
    hash_code,
    new_code,
)
from bot.storage import export
from bot.storage.db import Database, Row, from_db, to_db


@dataclass(frozen=True)
class Coach:
    """A coach (a consented user)."""

    user_id: int
    source: str
    invite_code: str


@dataclass(frozen=True)
class ClientLink:
    """A client's tie to their coach."""

    client_id: int
    coach_id: int
    share_completion: bool
    joined_at: datetime


@dataclass(frozen=True)
class Client:
    """A client as their coach sees them in /klanten."""

    user_id: int
    first_name: str
    joined_at: datetime
    last_delivery: datetime | None
    partner_id: int | None  # the partner, when both partners are clients of this coach


# --- coach links and coaches -------------------------------------------------------------


async def create_coach_link(db: Database, now: datetime) -> str:
    """A fresh one-time coach link payload (``c<code>``); only its hash is stored."""
    code = new_code()
    await db.insert(
        "INSERT INTO coach_links (code_hash, created_at, expires_at) VALUES (?, ?, ?)",
        (hash_code(code), to_db(now), to_db(now + COACH_LINK_TTL)),
    )
    return COACH_PREFIX + code


async def coach_link_status(db: Database, code: str, now: datetime) -> LinkStatus:
    """Whether this coach link could be used now (does not use it)."""
    row = await db.fetchone(
        "SELECT expires_at, used_at FROM coach_links WHERE code_hash = ?", (hash_code(code),)
    )
    if row is None:
        return LinkStatus.UNKNOWN
    if row["used_at"] is not None:
        return LinkStatus.USED
    expires = from_db(row["expires_at"])
    if expires is None or expires <= now:
        return LinkStatus.EXPIRED
    return LinkStatus.OK


async def redeem_coach_link(db: Database, code: str, user_id: int, now: datetime) -> bool:
    """Use the link and make ``user_id`` a coach, atomically; False if it was not usable."""
    stamp = to_db(now)
    async with db.transaction() as conn:
        cursor = await conn.execute(
            "UPDATE coach_links SET used_at = ?, used_by = ?"
            " WHERE code_hash = ? AND used_at IS NULL AND expires_at > ?",
            (stamp, user_id, hash_code(code), stamp),
        )
        claimed = cursor.rowcount == 1
        await cursor.close()
        if claimed:
            await conn.execute(
                "INSERT INTO coaches (user_id, source, invite_code, created_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(user_id) DO UPDATE SET source = excluded.source",
                (user_id, SOURCE_LINK, new_code(), stamp),
            )
    return claimed


def _coach(row: Row) -> Coach:
    return Coach(row["user_id"], row["source"], row["invite_code"])


async def get_coach(db: Database, user_id: int) -> Coach | None:
    """The coach row of ``user_id``, if any (see bot.coach.is_coach for what counts)."""
    row = await db.fetchone("SELECT * FROM coaches WHERE user_id = ?", (user_id,))
    return None if row is None else _coach(row)


async def ensure_config_coach(db: Database, user_id: int, now: datetime) -> Coach:
    """The coach row of a COACH_IDS coach, created on first use (the user must exist)."""
    await db.execute(
        "INSERT OR IGNORE INTO coaches (user_id, source, invite_code, created_at)"
        " VALUES (?, ?, ?, ?)",
        (user_id, SOURCE_CONFIG, new_code(), to_db(now)),
    )
    coach = await get_coach(db, user_id)
    assert coach is not None
    return coach


async def link_coach_ids(db: Database) -> list[int]:
    """Every coach made by a link (their command menus are refreshed at start-up)."""
    rows = await db.fetchall("SELECT user_id FROM coaches WHERE source = ?", (SOURCE_LINK,))
    return [int(row[0]) for row in rows]


async def coach_by_invite(db: Database, code: str) -> Coach | None:
    """The coach whose current client invite is ``code``."""
    row = await db.fetchone("SELECT * FROM coaches WHERE invite_code = ?", (code,))
    return None if row is None else _coach(row)


async def renew_invite(db: Database, coach_id: int) -> str:
    """A new client invite code; the old link stops working."""
    code = new_code()
    await db.execute("UPDATE coaches SET invite_code = ? WHERE user_id = ?", (code, coach_id))
    return code


# --- clients -----------------------------------------------------------------------------


async def link_of(db: Database, client_id: int) -> ClientLink | None:
    """The client's tie to their coach, if they have one."""
    row = await db.fetchone("SELECT * FROM coach_clients WHERE client_id = ?", (client_id,))
    if row is None:
        return None
    joined = from_db(row["joined_at"])
    assert joined is not None
    return ClientLink(row["client_id"], row["coach_id"], bool(row["share_completion"]), joined)


async def add_client(
    db: Database, coach_id: int, client_id: int, share: bool, now: datetime
) -> bool:
    """Make ``client_id`` a client of ``coach_id``; False if they already have a coach."""
    changed = await db.execute(
        "INSERT OR IGNORE INTO coach_clients (client_id, coach_id, share_completion, joined_at)"
        " VALUES (?, ?, ?, ?)",
        (client_id, coach_id, int(share), to_db(now)),
    )
    return changed == 1


async def remove_client(db: Database, coach_id: int, client_id: int) -> bool:
    """End the tie (the client left); False if it did not exist."""
    changed = await db.execute(
        "DELETE FROM coach_clients WHERE client_id = ? AND coach_id = ?", (client_id, coach_id)
    )
    return changed == 1


async def set_share(db: Database, client_id: int, share: bool) -> None:
    """Whether the client's coach may count their "Gedaan"."""
    await db.execute(
        "UPDATE coach_clients SET share_completion = ? WHERE client_id = ?",
        (int(share), client_id),
    )


async def is_client(db: Database, coach_id: int, client_id: int) -> bool:
    """Whether ``client_id`` is currently a client of ``coach_id``."""
    found = await db.fetchval(
        "SELECT 1 FROM coach_clients WHERE client_id = ? AND coach_id = ?", (client_id, coach_id)
    )
    return found is not None


async def client_count(db: Database, coach_id: int) -> int:
    """How many clients the coach has."""
    return int(
        await db.fetchval("SELECT count(*) FROM coach_clients WHERE coach_id = ?", (coach_id,))
    )


async def client_ids(db: Database, coach_id: int) -> list[int]:
    """The ids of all of the coach's clients (none if ``coach_id`` is not a coach)."""
    rows = await db.fetchall(
        "SELECT client_id FROM coach_clients WHERE coach_id = ? ORDER BY joined_at, client_id",
        (coach_id,),
    )
    return [int(row["client_id"]) for row in rows]


async def client_names(db: Database, coach_id: int, offset: int, limit: int) -> list[Row]:
    """(user_id, first_name) of a page of the coach's clients, oldest first."""
    return await db.fetchall(
        "SELECT u.id AS user_id, u.first_name FROM coach_clients c JOIN users u ON u.id = c.client_id"
        " WHERE c.coach_id = ? ORDER BY c.joined_at, c.client_id LIMIT ? OFFSET ?",
        (coach_id, limit, offset),
    )


async def clients_page(db: Database, coach_id: int, offset: int, limit: int) -> list[Client]:
    """A page of the coach's clients with their last delivery, oldest first."""
    rows = await db.fetchall(
        "SELECT u.id, u.first_name, c.joined_at,"
        " (SELECT max(r.attempted_at) FROM broadcast_recipients r"
        "   JOIN broadcasts b ON b.id = r.broadcast_id"
        "   WHERE r.client_id = c.client_id AND b.coach_id = c.coach_id AND r.state = 'sent')"
        "   AS last_delivery,"
        " (SELECT o.user_id FROM couple_members m JOIN couple_members o"
        "   ON o.couple_id = m.couple_id AND o.user_id <> m.user_id"
        "   JOIN coach_clients oc ON oc.client_id = o.user_id AND oc.coach_id = c.coach_id"
        "   WHERE m.user_id = c.client_id) AS partner_id"
        " FROM coach_clients c JOIN users u ON u.id = c.client_id WHERE c.coach_id = ?"
        " ORDER BY c.joined_at, c.client_id LIMIT ? OFFSET ?",
        (coach_id, limit, offset),
    )
    clients = []
    for row in rows:
        joined = from_db(row["joined_at"])
        assert joined is not None
        clients.append(
            Client(
                row["id"],
                row["first_name"],
                joined,
                from_db(row["last_delivery"]),
                row["partner_id"],
            )
        )
    return clients


# --- export ------------------------------------------------------------------------------


async def _export(db: Database, user_id: int) -> Any:
    coach = await db.fetchone(
        "SELECT source, created_at FROM coaches WHERE user_id = ?", (user_id,)
    )
    link = await db.fetchone(
        "SELECT c.coach_id, u.first_name AS coach_first_name, c.share_completion, c.joined_at"
        " FROM coach_clients c JOIN users u ON u.id = c.coach_id WHERE c.client_id = ?",
        (user_id,),
    )
    received = await db.fetchall(
        "SELECT r.broadcast_id, r.state, r.attempted_at, r.done_at FROM broadcast_recipients r"
        " WHERE r.client_id = ? ORDER BY r.id",
        (user_id,),
    )
    sent = await db.fetchall(
        "SELECT id, state, exercise_id, text, created_at, confirmed_at, finished_at,"
        " (SELECT count(*) FROM broadcast_recipients r WHERE r.broadcast_id = b.id)"
        "   AS recipients FROM broadcasts b WHERE coach_id = ? ORDER BY id",
        (user_id,),
    )
    return {
        "coach": None if coach is None else dict(coach),
        "my_coach": None if link is None else dict(link),
        "messages_received": export.rows_as_dicts(received),
        "broadcasts_sent": export.rows_as_dicts(sent),
    }


export.register("coaching", _export)

"""Everything stored about one user, for ``/mijngegevens``.

Each repository that keeps personal data registers an exporter here, so the
export grows with the features and nothing is forgotten.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from bot.storage.db import Database

Exporter = Callable[[Database, int], Awaitable[Any]]
_EXPORTERS: dict[str, Exporter] = {}


def register(section: str, exporter: Exporter) -> None:
    """Add a section to every export (idempotent by name)."""
    _EXPORTERS[section] = exporter


def rows_as_dicts(rows: list[Any]) -> list[dict[str, Any]]:
    """Plain dicts from database rows."""
    return [dict(row) for row in rows]


async def export_user(db: Database, user_id: int) -> dict[str, Any]:
    """A JSON-ready dict of all sections for ``user_id``."""
    return {
        section: await exporter(db, user_id) for section, exporter in sorted(_EXPORTERS.items())
    }


async def _profile(db: Database, user_id: int) -> Any:
    row = await db.fetchone(
        "SELECT id, first_name, username, locale, consented_at, reachable, quiet, created_at"
        " FROM users WHERE id = ?",
        (user_id,),
    )
    return None if row is None else dict(row)


async def _couple(db: Database, user_id: int) -> Any:
    row = await db.fetchone(
        "SELECT c.id AS couple_id, c.group_chat_id, c.timezone, c.created_at, m.joined_at,"
        " (SELECT u.first_name FROM couple_members o JOIN users u ON u.id = o.user_id"
        "  WHERE o.couple_id = c.id AND o.user_id <> m.user_id) AS partner_first_name"
        " FROM couple_members m JOIN couples c ON c.id = m.couple_id WHERE m.user_id = ?",
        (user_id,),
    )
    return None if row is None else dict(row)


async def _invites(db: Database, user_id: int) -> Any:
    return rows_as_dicts(
        await db.fetchall(
            "SELECT kind, created_at, expires_at, used_at FROM invites WHERE inviter_id = ?"
            " ORDER BY id",
            (user_id,),
        )
    )


register("profile", _profile)
register("couple", _couple)
register("invites_made", _invites)

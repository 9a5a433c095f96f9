"""What a user is in the middle of typing, so free text reaches the right flow."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.storage.db import Database, to_db


@dataclass(frozen=True)
class Pending:
    """A flow waiting for free text from a user."""

    kind: str
    ref: str


async def get(db: Database, user_id: int) -> Pending | None:
    """The flow waiting for this user's text, if any."""
    row = await db.fetchone("SELECT kind, ref FROM pending_input WHERE user_id = ?", (user_id,))
    return None if row is None else Pending(row["kind"], row["ref"])


async def expect(db: Database, user_id: int, kind: str, ref: str, now: datetime) -> None:
    """From now on, this user's free text belongs to ``kind``/``ref``."""
    await db.execute(
        "INSERT INTO pending_input (user_id, kind, ref, since) VALUES (?, ?, ?, ?)"
        " ON CONFLICT(user_id) DO UPDATE SET kind = excluded.kind, ref = excluded.ref,"
        " since = excluded.since",
        (user_id, kind, ref, to_db(now)),
    )


async def clear(db: Database, user_id: int, kind: str | None = None) -> None:
    """Stop routing this user's text (only if it belongs to ``kind``, when given)."""
    if kind is None:
        await db.execute("DELETE FROM pending_input WHERE user_id = ?", (user_id,))
    else:
        await db.execute(
            "DELETE FROM pending_input WHERE user_id = ? AND kind = ?", (user_id, kind)
        )

"""Users who consented: name, locale, whether Telegram reaches them, quiet messages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.storage.db import Database, Row, from_db, to_db


@dataclass(frozen=True)
class User:
    """A person who consented to Samen storing their data."""

    id: int
    first_name: str
    username: str | None
    locale: str
    consented_at: datetime
    reachable: bool
    quiet: bool = False  # Samen's private messages arrive without sound


def _user(row: Row) -> User:
    consented = from_db(row["consented_at"])
    assert consented is not None
    return User(
        id=row["id"],
        first_name=row["first_name"],
        username=row["username"],
        locale=row["locale"],
        consented_at=consented,
        reachable=bool(row["reachable"]),
        quiet=bool(row["quiet"]),
    )


async def get(db: Database, user_id: int) -> User | None:
    """The consented user with this id, or ``None``."""
    row = await db.fetchone("SELECT * FROM users WHERE id = ?", (user_id,))
    return None if row is None else _user(row)


async def consent(
    db: Database,
    user_id: int,
    first_name: str,
    username: str | None,
    now: datetime,
    locale: str = "nl",
) -> User:
    """Record consent (idempotent); refreshes the name on a repeat, keeps the locale."""
    stamp = to_db(now)
    await db.execute(
        "INSERT INTO users (id, first_name, username, consented_at, created_at, locale)"
        " VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(id) DO UPDATE SET first_name = excluded.first_name,"
        " username = excluded.username, reachable = 1",
        (user_id, first_name[:64], username, stamp, stamp, locale),
    )
    user = await get(db, user_id)
    assert user is not None
    return user


async def set_quiet(db: Database, user_id: int, quiet: bool) -> bool:
    """Let Samen's private messages arrive without (or with) sound; False if no such user."""
    changed = await db.execute("UPDATE users SET quiet = ? WHERE id = ?", (int(quiet), user_id))
    return changed == 1


async def is_quiet(db: Database, user_id: int) -> bool:
    """Whether the user asked for messages without sound."""
    return bool(await db.fetchval("SELECT quiet FROM users WHERE id = ?", (user_id,)))


async def set_reachable(db: Database, user_id: int, reachable: bool) -> None:
    """Mark whether Telegram still delivers to this user (403 → unreachable)."""
    await db.execute("UPDATE users SET reachable = ? WHERE id = ?", (int(reachable), user_id))


async def set_reachable_again(db: Database, user_id: int) -> None:
    """Mark a user reachable after they wrote to the bot (a no-op if they already are)."""
    if await db.fetchval("SELECT reachable FROM users WHERE id = ?", (user_id,)) == 0:
        await set_reachable(db, user_id, True)


async def update_name(db: Database, user_id: int, first_name: str, username: str | None) -> None:
    """Keep the display name current (only for consented users)."""
    await db.execute(
        "UPDATE users SET first_name = ?, username = ? WHERE id = ?"
        " AND (first_name <> ? OR username IS NOT ?)",
        (first_name[:64], username, user_id, first_name[:64], username),
    )


async def delete(db: Database, user_id: int) -> None:
    """Delete the user; foreign keys cascade to everything that belongs to them."""
    await db.execute("DELETE FROM users WHERE id = ?", (user_id,))


async def locale_of(db: Database, user_id: int) -> str | None:
    """The stored locale of a consented user (``None`` before consent)."""
    value = await db.fetchval("SELECT locale FROM users WHERE id = ?", (user_id,))
    return None if value is None else str(value)

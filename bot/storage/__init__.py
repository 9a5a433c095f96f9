"""Persistence: one aiosqlite connection, numbered migrations, small repositories."""

from bot.storage.db import Database

__all__ = ["Database"]

"""The shared resources handlers and jobs use, opened in ``post_init``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from telegram.ext import Application, CallbackContext

from bot.clock import Clock
from bot.config import Settings
from bot.sending import Sender
from bot.storage.db import Database

SERVICES_KEY = "samen.services"


@dataclass
class Services:
    """Everything a handler needs besides the update."""

    settings: Settings
    db: Database
    clock: Clock
    sender: Sender
    bot_username: str
    can_read_all_group_messages: bool

    def deep_link(self, payload: str) -> str:
        """``t.me/<bot>?start=<payload>``."""
        return f"https://t.me/{self.bot_username}?start={payload}"

    def group_link(self, payload: str) -> str:
        """``t.me/<bot>?startgroup=<payload>`` (adds the bot to a group)."""
        return f"https://t.me/{self.bot_username}?startgroup={payload}"


def services(context: CallbackContext[Any, Any, Any, Any]) -> Services:
    """The Services of the running application."""
    return from_app(context.application)


def from_app(app: Application[Any, Any, Any, Any, Any, Any]) -> Services:
    """The Services stored on ``app`` by ``on_startup``."""
    svc = app.bot_data[SERVICES_KEY]
    assert isinstance(svc, Services)
    return svc

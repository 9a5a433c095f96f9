"""Every handler, registered in one place. Order matters.

Handler groups run in ascending order and, within a group, the first matching
handler wins:

- group -100 (``core``): drop redelivered updates, set the locale.
- group -50 (``safety``): every text is checked for words about suicide,
  violence or abuse; help goes out privately and the update continues.
- group 0: the features, then the catch-all answers (``fallback``) last.
- group 10 (``group``): watches linked groups for outsiders and migrations,
  beside whatever group 0 did.
"""

from __future__ import annotations

from telegram import Bot, BotCommand, BotCommandScopeAllGroupChats, BotCommandScopeAllPrivateChats
from telegram.ext import Application

from bot.handlers import (
    account,
    core,
    errors,
    fallback,
    group,
    help,
    pairing,
    safety,
    settings,
    start,
    text_input,
)
from bot.i18n import _


def register_all(app: Application) -> None:  # type: ignore[type-arg]
    """Register every handler in its order."""
    core.register(app)
    safety.register(app)
    # group 0 — features first
    start.register(app)
    pairing.register(app)
    account.register(app)
    help.register(app)
    settings.register(app)
    # group 0 — free text router, then the catch-alls
    text_input.register(app)
    fallback.register(app)
    # group 10
    group.register(app)
    errors.register(app)


def command_list(private: bool) -> list[tuple[str, str]]:
    """The (command, Dutch description) pairs for the menu of a kind of chat."""
    if private:
        return [
            ("start", _("Start, or show the menu")),
            ("menu", _("The main menu")),
            ("instellingen", _("Your settings")),
            ("ontkoppel", _("End your pairing")),
            ("mijngegevens", _("Everything I keep about you")),
            ("vergeetmij", _("Delete everything about you")),
            ("hulp", _("What I can do, and help lines")),
        ]
    return [
        ("ontkoppel", _("End your pairing")),
        ("hulp", _("What I can do, and help lines")),
    ]


async def publish_commands(bot: Bot) -> None:
    """Set the Dutch command menus, scoped to private and group chats."""
    await bot.set_my_commands(
        [BotCommand(name, description) for name, description in command_list(private=True)],
        scope=BotCommandScopeAllPrivateChats(),
    )
    await bot.set_my_commands(
        [BotCommand(name, description) for name, description in command_list(private=False)],
        scope=BotCommandScopeAllGroupChats(),
    )

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

from bot import appreciation_texts, checkin_texts, coach_texts, pause_texts
from bot.handlers import (
    account,
    appreciation,
    broadcast,
    checkin,
    coach,
    core,
    edits,
    errors,
    fallback,
    group,
    help,
    notifications,
    pairing,
    pause,
    quiz,
    reflection,
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
    edits.register(app)  # edited messages stop after the safety net (group -40)
    # group 0 — features first
    start.register(app)
    pairing.register(app)
    account.register(app)
    help.register(app)
    settings.register(app)
    notifications.register(app)  # the notifications section of /instellingen
    pause.register(app)  # also /veiligwoord; watches group text in its own group (5)
    quiz.register(app)
    reflection.register(app)  # free text of a quiz round, sharing one reflection
    appreciation.register(app)  # also a sticker guard mid-draft in its own group (-10)
    coach.register(app)  # /coach, /klanten, coach and client deep links (prefixes c, k)
    broadcast.register(app)  # /verstuur; delivery resumes from the DB at start-up
    checkin.register(app)  # /checkin, /voortgang, daily+weekly buttons, one due-task
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
            ("pauze", pause_texts.pause_command_description()),
            ("veiligwoord", pause_texts.safe_word_command_description()),
            ("quiz", _("Quizzes and reflection, just for you")),
            ("checkin", checkin_texts.checkin_command_description()),
            ("voortgang", checkin_texts.progress_command_description()),
            ("waardering", appreciation_texts.command_description()),
            ("coach", coach_texts.client_command_description()),
            ("instellingen", _("Your settings")),
            ("ontkoppel", _("End your pairing")),
            ("mijngegevens", _("Everything I keep about you")),
            ("vergeetmij", _("Delete everything about you")),
            ("hulp", _("What I can do, and help lines")),
        ]
    return [
        ("pauze", pause_texts.pause_command_description()),
        ("veiligwoord", pause_texts.safe_word_command_description()),
        ("quiz", _("Quizzes (taken in our private chat)")),
        ("checkin", checkin_texts.checkin_command_description()),
        ("voortgang", checkin_texts.progress_command_description()),
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

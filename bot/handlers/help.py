"""/hulp: what Samen can do, its commands, the help lines, and what it is not."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot import coach_texts, safety, texts
from bot.callbacks import pattern
from bot.handlers.coach import coach_of_user
from bot.handlers.common import Context, is_private
from bot.i18n import _
from bot.services import services

HELP = "hp"


def help_text(private: bool, coach: bool = False) -> str:
    """The /hulp message for a private chat or a group (with the coach commands for a coach)."""
    from bot.handlers import command_list

    listed = command_list(private=private)
    if private and coach:
        listed += coach_texts.coach_commands()
    commands = "\n".join(f"/{name} — {description}" for name, description in listed)
    return "\n\n".join(
        [
            _("<b>What I can do</b>"),
            _(
                "I coach the two of you in talking with each other: pairing, a shared chat, a pause "
                "when things get heated, and exercises you can do on your own."
            ),
            _("<b>Commands</b>") + "\n" + commands,
            _("<b>When you need more than coaching</b>") + "\n" + safety.help_lines(),
            texts.coaching_not_therapy(),
        ]
    )


async def _is_coach(context: Context, user_id: int) -> bool:
    svc = services(context)
    return await coach_of_user(svc, user_id, svc.clock.now()) is not None


async def help_command(update: Update, context: Context) -> None:
    """/hulp: the help text."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None:
        return
    private = is_private(update)
    coach = private and user is not None and await _is_coach(context, user.id)
    await services(context).sender.send(chat.id, help_text(private, coach))


async def help_pressed(update: Update, context: Context) -> None:
    """Menu entry "help"."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    svc = services(context)
    await svc.sender.answer(query)
    coach = await _is_coach(context, query.from_user.id)
    await svc.sender.send(query.message.chat.id, help_text(private=True, coach=coach))


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add /hulp (and /help, which Telegram clients suggest by default)."""
    app.add_handler(CommandHandler(["hulp", "help"], help_command))
    app.add_handler(CallbackQueryHandler(help_pressed, pattern=pattern(HELP)))

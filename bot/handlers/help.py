"""/hulp: what Samen can do, its commands, the help lines, and what it is not."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot import safety, texts
from bot.callbacks import pattern
from bot.handlers.common import Context, is_private
from bot.i18n import _
from bot.services import services

HELP = "hp"


def help_text(private: bool) -> str:
    """The /hulp message for a private chat or a group."""
    from bot.handlers import command_list

    commands = "\n".join(
        f"/{name} — {description}" for name, description in command_list(private=private)
    )
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


async def help_command(update: Update, context: Context) -> None:
    """/hulp: the help text."""
    chat = update.effective_chat
    if chat is None:
        return
    await services(context).sender.send(chat.id, help_text(is_private(update)))


async def help_pressed(update: Update, context: Context) -> None:
    """Menu entry "help"."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    svc = services(context)
    await svc.sender.answer(query)
    await svc.sender.send(query.message.chat.id, help_text(private=True))


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add /hulp (and /help, which Telegram clients suggest by default)."""
    app.add_handler(CommandHandler(["hulp", "help"], help_command))
    app.add_handler(CallbackQueryHandler(help_pressed, pattern=pattern(HELP)))

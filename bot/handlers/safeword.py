"""/veiligwoord, the pause settings, and whether the safe word works in the group.

``/veiligwoord <woord>`` (privately or in the shared chat) sets the couple's
safe word after the checks of :func:`bot.pause.validate_safe_word`; both
partners are told what it means. The settings section shows the word and
offers the pause length (20, 25 or 30 minutes) as buttons.

In a group Telegram hands a bot ordinary messages only when its privacy mode is
off (BotFather ``/setprivacy`` → Disable, read from ``getMe`` as
``can_read_all_group_messages``) or when it is an administrator there. At
linking time and whenever the safe word is set, the couple is told whether the
safe word works in their group or only ``/pauze`` does.
"""

from __future__ import annotations

import logging

from telegram import ChatMember, InlineKeyboardMarkup, Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, filters

from bot import pause_texts
from bot.callbacks import int_part, keyboard, pack, pattern, unpack
from bot.couple import send_to_couple, send_to_partners
from bot.handlers import pairing
from bot.handlers.common import Context, is_group, reply
from bot.handlers.settings import Section, add_section
from bot.pause import PAUSE_LENGTHS, clean_safe_word, is_valid_pause_length, validate_safe_word
from bot.services import Services, services
from bot.storage import couples, pauses, users
from bot.storage.couples import Couple

log = logging.getLogger(__name__)

SAFE_WORD = "sw"
MENU = "m"
LENGTH = "l"


async def reads_group_text(svc: Services, chat_id: int) -> bool:
    """Whether the bot sees ordinary messages in this group (privacy off, or admin there)."""
    if svc.can_read_all_group_messages:
        return True
    bot = svc.sender.bot
    try:
        member = await bot.get_chat_member(chat_id, bot.id)
    except TelegramError:
        log.info("own membership unavailable chat=%s", chat_id)
        return False
    return member.status in (ChatMember.ADMINISTRATOR, ChatMember.OWNER)


async def privacy_note(svc: Services, chat_id: int) -> str:
    """Whether the safe word works in this group, or only /pauze (and how to change that)."""
    if await reads_group_text(svc, chat_id):
        return pause_texts.privacy_mode_ok()
    return pause_texts.privacy_mode_only_command()


async def on_group_linked(svc: Services, couple: Couple, chat_id: int) -> None:
    """Right after linking: tell the couple whether their safe word works in the group."""
    note = await privacy_note(svc, chat_id)
    prefs = await pauses.settings(svc.db, couple.id)
    if prefs.safe_word is None:
        note = f"{note}\n\n{pause_texts.safe_word_tip()}"
    await svc.sender.send(chat_id, note)


# --- /veiligwoord ------------------------------------------------------------------------


async def _couple_for(update: Update, context: Context) -> Couple | None:
    """The couple the sender may act for here; otherwise answer why not and return None."""
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None:
        return None
    svc = services(context)
    if is_group(update):
        couple = await couples.for_group(svc.db, chat.id)
        if couple is None:
            await reply(update, context, pause_texts.group_not_linked())
            return None
        if not couple.has(user.id):
            await reply(update, context, pause_texts.only_partners())
            return None
        return couple
    couple = await couples.for_user(svc.db, user.id)
    if couple is None:
        await reply(update, context, pause_texts.not_paired())
    return couple


def _argument(text: str | None) -> str:
    """Everything after the command itself (``/veiligwoord paarse olifant`` → the two words)."""
    parts = (text or "").split(maxsplit=1)
    return parts[1] if len(parts) > 1 else ""


async def safe_word_command(update: Update, context: Context) -> None:
    """/veiligwoord <woord>: check, store and explain the couple's safe word."""
    user = update.effective_user
    message = update.effective_message
    if user is None or message is None:
        return
    couple = await _couple_for(update, context)
    if couple is None:
        return
    svc = services(context)
    raw = _argument(message.text)
    if not raw.strip():
        prefs = await pauses.settings(svc.db, couple.id)
        await reply(update, context, pause_texts.safe_word_how_to(prefs.safe_word))
        return
    problem = validate_safe_word(raw)
    if problem is not None:
        log.info("safe word refused couple=%s problem=%s", couple.id, problem.value)
        await reply(update, context, pause_texts.safe_word_refused(problem))
        return
    word = clean_safe_word(raw)
    await pauses.set_safe_word(svc.db, couple.id, word)
    log.info("safe word set couple=%s", couple.id)
    await announce_safe_word(svc, couple, user.id, word, from_group=is_group(update))


async def announce_safe_word(
    svc: Services, couple: Couple, setter_id: int, word: str, *, from_group: bool
) -> None:
    """Tell both partners the new word and its meaning; in the group, whether it works there."""
    prefs = await pauses.settings(svc.db, couple.id)
    setter = await users.get(svc.db, setter_id)
    name = setter.first_name if setter is not None else None
    group_id = couple.group_chat_id
    if group_id is not None:
        note = await privacy_note(svc, group_id)
        told = pause_texts.safe_word_set(word, prefs.minutes, set_by=name)
        sent = await send_to_couple(svc, couple, f"{told}\n\n{note}")
        if not from_group and any(message.chat.id == group_id for message in sent):
            # Set privately: answer in that chat too, not only in the group.
            await svc.sender.send(setter_id, pause_texts.safe_word_set(word, prefs.minutes))
        return
    for partner in couple.partners:
        await svc.sender.send(
            partner,
            pause_texts.safe_word_set(
                word, prefs.minutes, set_by=None if partner == setter_id else name
            ),
        )


# --- the settings section ------------------------------------------------------------------


def length_markup(couple_id: int, current: int) -> InlineKeyboardMarkup:
    """One button per pause length, the current one marked."""
    return keyboard(
        [
            [
                (
                    pause_texts.pause_length_button(minutes, current=minutes == current),
                    pack(SAFE_WORD, LENGTH, couple_id, minutes),
                )
                for minutes in PAUSE_LENGTHS
            ]
        ]
    )


async def settings_pressed(update: Update, context: Context) -> None:
    """The settings section: show the safe word and the length; store a chosen length."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None:
        return
    svc = services(context)
    parts = unpack(query.data)
    action = parts[1] if len(parts) > 1 else ""
    couple = await couples.for_user(svc.db, user.id)
    if couple is None:
        await svc.sender.answer(query, pause_texts.setting_stale(), alert=True)
        return
    if action == MENU:
        await svc.sender.answer(query)
        prefs = await pauses.settings(svc.db, couple.id)
        text = (
            f"{pause_texts.safe_word_how_to(prefs.safe_word)}\n\n"
            f"{pause_texts.pause_length_choice_prompt(prefs.minutes)}"
        )
        await svc.sender.send(user.id, text, length_markup(couple.id, prefs.minutes))
        return
    couple_id, minutes = int_part(parts, 2), int_part(parts, 3)
    if (
        action != LENGTH
        or couple_id != couple.id
        or minutes is None
        or not is_valid_pause_length(minutes)
    ):
        await svc.sender.answer(query, pause_texts.setting_stale(), alert=True)
        return
    await pauses.set_pause_minutes(svc.db, couple.id, minutes)
    log.info("pause length set couple=%s minutes=%s", couple.id, minutes)
    await svc.sender.answer(query)
    await send_to_partners(svc, couple, pause_texts.pause_length_set(minutes))


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add /veiligwoord, the settings section and the group-linking note."""
    app.add_handler(CommandHandler("veiligwoord", safe_word_command, filters.UpdateType.MESSAGE))
    app.add_handler(CallbackQueryHandler(settings_pressed, pattern=pattern(SAFE_WORD)))
    add_section(Section(30, pause_texts.settings_label, pack(SAFE_WORD, MENU)))
    pairing.on_group_linked("pause", on_group_linked)

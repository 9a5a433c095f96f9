"""/veiligwoord, the pause settings, and whether the safe word works in the group.

``/veiligwoord <woord>`` (privately or in the shared chat) sets the couple's
safe word after the checks of :func:`bot.pause.validate_safe_word`; both
partners are told what it means. The settings section shows the word, offers
the pause length (20, 25 or 30 minutes) as buttons, and a button to choose the
word there: the next private text is then checked and stored exactly as
``/veiligwoord`` would (see :func:`word_typed`).

In a group Telegram hands a bot ordinary messages only when its privacy mode is
off (BotFather ``/setprivacy`` → Disable, read from ``getMe`` as
``can_read_all_group_messages``) or when it is an administrator there. At
linking time and whenever the safe word is set, the couple is told whether the
safe word works in their group or only ``/pauze`` does.
"""

from __future__ import annotations

import html
import logging
from datetime import timedelta

from telegram import CallbackQuery, ChatMember, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    ApplicationHandlerStop,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot import pause_texts
from bot.callbacks import int_part, keyboard, pack, pattern, unpack
from bot.couple import send_to_couple, send_to_partners
from bot.handlers import fallback, pairing, text_input
from bot.handlers.common import Context, couple_group_or_private, is_group, reply
from bot.handlers.safety import flagged
from bot.handlers.settings import Section, add_section
from bot.i18n import _
from bot.pause import (
    MAX_SAFE_WORD_LENGTH,
    PAUSE_LENGTHS,
    SafeWordProblem,
    clean_safe_word,
    is_valid_pause_length,
    validate_safe_word,
)
from bot.services import Services, services
from bot.storage import couples, pauses, pending, users
from bot.storage.couples import Couple
from bot.storage.pending import Pending

log = logging.getLogger(__name__)

SAFE_WORD = "sw"
MENU = "m"
LENGTH = "l"
CHOOSE = "w"
CANCEL = "x"
# The pending-input kind while a partner types a safe word chosen from /instellingen.
TYPING = "sw_word"
# How long the typed word is awaited; later text is not taken as a safe word by surprise.
TYPING_WINDOW = timedelta(hours=1)
# Before the features (group 0), after the appreciation guard (-10): a sticker or an unknown
# command while the word is awaited gets an answer about the word, not the main menu.
GUARD = -9


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


async def couple_here(update: Update, context: Context) -> Couple | None:
    """The couple the sender may act for here (/pauze, /veiligwoord); else say why not.

    In a group that is not linked: a partner whose couple has no group yet hears how
    to link one; a partner whose couple uses another group is pointed to it or to the
    private chat; someone who is not paired hears that first.
    """
    user = update.effective_user
    chat = update.effective_chat
    if user is None or chat is None:
        return None
    svc = services(context)
    if is_group(update):
        couple = await couples.for_group(svc.db, chat.id)
        if couple is None:
            own = await couples.for_user(svc.db, user.id)
            if own is None:
                await reply(update, context, pause_texts.not_paired())
            elif own.group_chat_id is not None:
                await couple_group_or_private(update, context)
            else:
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
    couple = await couple_here(update, context)
    if couple is None:
        return
    svc = services(context)
    raw = _argument(message.text)
    if not raw.strip():
        prefs = await pauses.settings(svc.db, couple.id)
        await reply(update, context, pause_texts.safe_word_how_to(prefs.safe_word))
        return
    if flagged() is not None:
        # The help lines were the answer (sent privately); these words are not stored,
        # shown to the partner or posted in the group.
        log.info("safe word not set: safety net couple=%s", couple.id)
        return
    problem = validate_safe_word(raw)
    if problem is not None:
        log.info("safe word refused couple=%s problem=%s", couple.id, problem.value)
        await reply(update, context, pause_texts.safe_word_refused(problem))
        return
    word = clean_safe_word(raw)
    await pauses.set_safe_word(svc.db, couple.id, word)
    await pending.clear(svc.db, user.id, TYPING)
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


def _choose_label(current: str | None) -> str:
    """The button that lets a partner type the safe word here."""
    return _("Choose another safe word") if current else _("Choose a safe word")


def _choose_hint() -> str:
    """Under the how-to in the section: the word can be typed here too."""
    return _("You can also tap the button below and simply type the word here.")


def _typing_prompt(current: str | None) -> str:
    """Ask for the word after the button was pressed."""
    ask = _(
        "<b>Which word do you choose?</b>\n"
        "Type it here: one word or two, at most {max} characters. Pick something you would "
        "never say in a fight, like ananas, krokodil or paars."
    ).format(max=MAX_SAFE_WORD_LENGTH)
    if not current:
        return ask
    keep = _("Until you send a new one, <b>{word}</b> stays your safe word.").format(
        word=html.escape(current)
    )
    return f"{ask}\n\n{keep}"


def _retry_here() -> str:
    """After a refused word from the settings flow: the word may simply be typed again."""
    return _("Or simply type another word here.")


def _text_only() -> str:
    """A sticker, photo or voice note while the word is awaited."""
    return _("I need your safe word as text: type it here, for example ananas.")


def _no_command() -> str:
    """A command the bot does not know while the word is awaited ("/ananas")."""
    return _("Type just the word, without a slash in front, for example ananas.")


def _cancel_label() -> str:
    """Stop choosing a word."""
    return _("Never mind")


def _cancelled(current: str | None) -> str:
    """Choosing was stopped; nothing changed."""
    if current:
        return _("Fine, your safe word stays <b>{word}</b>.").format(word=html.escape(current))
    return _("Fine, no safe word for now. /pauze always works.")


def _couple_changed() -> str:
    """The typed word belongs to a pairing that no longer exists."""
    return _(
        "Your pairing changed in the meantime, so I did not save that word. Open /instellingen "
        "to choose again."
    )


def section_markup(couple_id: int, minutes: int, current: str | None) -> InlineKeyboardMarkup:
    """The pause lengths in one row, the current one marked; below them, choosing the word."""
    lengths = [
        (
            pause_texts.pause_length_button(length, current=length == minutes),
            pack(SAFE_WORD, LENGTH, couple_id, length),
        )
        for length in PAUSE_LENGTHS
    ]
    return keyboard([lengths, [(_choose_label(current), pack(SAFE_WORD, CHOOSE, couple_id))]])


async def settings_pressed(update: Update, context: Context) -> None:
    """The settings section: show it, store a chosen length, or start or stop typing the word."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None:
        return
    svc = services(context)
    parts = unpack(query.data)
    action = parts[1] if len(parts) > 1 else ""
    couple = await couples.for_user(svc.db, user.id)
    if couple is None:
        await svc.sender.answer(query, pause_texts.not_paired(), alert=True)
        return
    if action == MENU:
        await svc.sender.answer(query)
        prefs = await pauses.settings(svc.db, couple.id)
        text = (
            f"{pause_texts.safe_word_how_to(prefs.safe_word)}\n\n{_choose_hint()}\n\n"
            f"{pause_texts.pause_length_choice_prompt(prefs.minutes)}"
        )
        await svc.sender.send(
            user.id, text, section_markup(couple.id, prefs.minutes, prefs.safe_word)
        )
        return
    if action in (CHOOSE, CANCEL):
        if int_part(parts, 2) != couple.id or len(parts) != 3:
            await svc.sender.answer(query, pause_texts.setting_stale(), alert=True)
        elif action == CHOOSE:
            await _start_typing(svc, query, user.id, couple)
        else:
            await _stop_typing(svc, query, user.id, couple)
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


# --- choosing the word by typing it ----------------------------------------------------------


def _typing_ref(couple_id: int, svc: Services) -> str:
    """``couple:since`` (epoch seconds), so a late or foreign text is not taken as the word."""
    return f"{couple_id}:{int(svc.clock.now().timestamp())}"


def _ref_parts(ref: str) -> tuple[int | None, int | None]:
    parts = ref.split(":")
    return int_part(parts, 0), int_part(parts, 1)


async def _start_typing(svc: Services, query: CallbackQuery, user_id: int, couple: Couple) -> None:
    """ "Choose a safe word": the next private text of this partner is the proposed word."""
    await svc.sender.answer(query)
    prefs = await pauses.settings(svc.db, couple.id)
    await pending.expect(svc.db, user_id, TYPING, _typing_ref(couple.id, svc), svc.clock.now())
    log.info("safe word typing started couple=%s user=%s", couple.id, user_id)
    await svc.sender.send(
        user_id,
        _typing_prompt(prefs.safe_word),
        keyboard([[(_cancel_label(), pack(SAFE_WORD, CANCEL, couple.id))]]),
    )


async def _stop_typing(svc: Services, query: CallbackQuery, user_id: int, couple: Couple) -> None:
    """ "Never mind": stop waiting for the word; nothing changes."""
    waiting = await pending.get(svc.db, user_id)
    if waiting is None or waiting.kind != TYPING:
        await svc.sender.answer(query, pause_texts.setting_stale(), alert=True)
        return
    await pending.clear(svc.db, user_id, TYPING)
    await svc.sender.answer(query)
    message = query.message
    if isinstance(message, Message) and message.text is not None:
        await svc.sender.edit(message.chat.id, message.message_id, message.text_html)
    prefs = await pauses.settings(svc.db, couple.id)
    await svc.sender.send(user_id, _cancelled(prefs.safe_word))


async def word_typed(update: Update, context: Context, waiting: Pending) -> None:
    """The word typed after "Choose a safe word": checked and stored as /veiligwoord does."""
    user = update.effective_user
    message = update.effective_message
    if user is None or message is None or message.text is None:
        return
    svc = services(context)
    couple_id, since = _ref_parts(waiting.ref)
    now = svc.clock.now()
    if since is None or now.timestamp() - since > TYPING_WINDOW.total_seconds():
        # Asked long ago: this text is most likely about something else.
        await pending.clear(svc.db, user.id, TYPING)
        await fallback.private_text(update, context)
        return
    if flagged() is not None:
        # The help lines were the answer; this text is not made the couple's safe word.
        await pending.clear(svc.db, user.id, TYPING)
        return
    couple = await couples.for_user(svc.db, user.id)
    if couple is None or couple.id != couple_id:
        await pending.clear(svc.db, user.id, TYPING)
        await reply(
            update, context, pause_texts.not_paired() if couple is None else _couple_changed()
        )
        return
    problem = validate_safe_word(message.text)
    if problem is SafeWordProblem.EMPTY:
        prefs = await pauses.settings(svc.db, couple.id)
        await reply(update, context, _typing_prompt(prefs.safe_word))
        return
    if problem is not None:
        log.info("safe word refused couple=%s problem=%s", couple.id, problem.value)
        await reply(update, context, f"{pause_texts.safe_word_refused(problem)}\n{_retry_here()}")
        return
    word = clean_safe_word(message.text)
    await pauses.set_safe_word(svc.db, couple.id, word)
    await pending.clear(svc.db, user.id, TYPING)
    log.info("safe word set in settings couple=%s", couple.id)
    await announce_safe_word(svc, couple, user.id, word, from_group=False)


def _known_commands(context: Context) -> frozenset[str]:
    """Every command some handler answers (lower case, without the slash)."""
    names: set[str] = set()
    for handlers in context.application.handlers.values():
        for handler in handlers:
            if isinstance(handler, CommandHandler):
                names.update(handler.commands)
    return frozenset(names)


async def guard_typing(update: Update, context: Context) -> None:
    """While the word is awaited: a sticker or an unknown command gets an answer about it."""
    user = update.effective_user
    message = update.effective_message
    if user is None or message is None:
        return
    svc = services(context)
    waiting = await pending.get(svc.db, user.id)
    if waiting is None or waiting.kind != TYPING:
        return  # not choosing a word: the usual answers apply
    if message.text is not None:
        command = message.text.split(maxsplit=1)[0].lstrip("/").split("@", 1)[0].lower()
        if command in _known_commands(context):
            return  # /menu, /veiligwoord …: they work as always
        await reply(update, context, _no_command())
    else:
        await reply(update, context, _text_only())
    raise ApplicationHandlerStop


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add /veiligwoord, the settings section, typing the word, and the group-linking note."""
    app.add_handler(CommandHandler("veiligwoord", safe_word_command, filters.UpdateType.MESSAGE))
    app.add_handler(CallbackQueryHandler(settings_pressed, pattern=pattern(SAFE_WORD)))
    app.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE
            & filters.UpdateType.MESSAGE
            & ~filters.StatusUpdate.ALL
            & (~filters.TEXT | filters.COMMAND),
            guard_typing,
        ),
        group=GUARD,
    )
    text_input.register_input(TYPING, word_typed)
    add_section(Section(30, pause_texts.settings_label, pack(SAFE_WORD, MENU)))
    pairing.on_group_linked("pause", on_group_linked)

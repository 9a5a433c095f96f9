"""/instellingen: one menu where each feature adds its own section.

The core adds the couple's time zone. Features register a section (a label
and the payload their own handler answers), so settings grow with the features
without this module knowing them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.callbacks import int_part, keyboard, pack, pattern, unpack
from bot.couple import send_to_partners
from bot.handlers.common import Context, note_private_answer, reply, require_consent
from bot.i18n import _
from bot.menu import MenuItem, add
from bot.services import services
from bot.storage import couples
from bot.zone_names import zone_label

log = logging.getLogger(__name__)

SETTINGS = "st"
TIMEZONE = "tz"
# Time zones offered with a button: where Dutch-speaking couples mostly live.
TIMEZONES = (
    "Europe/Amsterdam",
    "Europe/Brussels",
    "Europe/London",
    "Europe/Paris",
    "Europe/Madrid",
    "America/Paramaribo",
    "America/Curacao",
)


def _not_paired() -> str:
    """Settings need a partner."""
    return _("Settings are about the two of you: pair first via /menu.")


@dataclass(frozen=True)
class Section:
    """One button of the settings menu."""

    order: int
    label: Callable[[], str]
    payload: str
    needs_couple: bool = True


_SECTIONS: dict[str, Section] = {}


def add_section(section: Section) -> None:
    """Register a settings section (idempotent by payload)."""
    _SECTIONS[section.payload] = section


def settings_markup(paired: bool) -> InlineKeyboardMarkup:
    """The settings menu for someone who is (not) paired."""
    rows = [
        [(section.label(), section.payload)]
        for section in sorted(_SECTIONS.values(), key=lambda s: s.order)
        if paired or not section.needs_couple
    ]
    return keyboard(rows)


async def settings_command(update: Update, context: Context) -> None:
    """/instellingen: the settings menu."""
    user = update.effective_user
    if user is None or not await require_consent(update, context):
        return
    svc = services(context)
    paired = await couples.is_paired(svc.db, user.id)
    if not paired and not any(not s.needs_couple for s in _SECTIONS.values()):
        await reply(update, context, _not_paired())
        return
    sent = await svc.sender.send(
        user.id, _("<b>Settings</b>\nWhat would you like to change?"), settings_markup(paired)
    )
    await note_private_answer(update, context, sent)


async def settings_pressed(update: Update, context: Context) -> None:
    """The settings entry of the main menu."""
    query = update.callback_query
    if query is None:
        return
    await services(context).sender.answer(query)
    await settings_command(update, context)


def timezone_markup(couple_id: int) -> InlineKeyboardMarkup:
    """One button per offered time zone."""
    return keyboard(
        [
            [(zone_label(name), pack(TIMEZONE, couple_id, index))]
            for index, name in enumerate(TIMEZONES)
        ]
    )


async def timezone_pressed(update: Update, context: Context) -> None:
    """Show the time-zone choice, or store the chosen one."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None:
        return
    svc = services(context)
    couple = await couples.for_user(svc.db, user.id)
    parts = unpack(query.data)
    if couple is None:
        await svc.sender.answer(query, _not_paired(), alert=True)
        return
    if len(parts) == 2 and parts[1] == "menu":
        await svc.sender.answer(query)
        await svc.sender.send(
            user.id,
            _("I now go by the time in {place}. Which place suits you?").format(
                place=zone_label(couple.timezone)
            ),
            timezone_markup(couple.id),
        )
        return
    couple_id, index = int_part(parts, 1), int_part(parts, 2)
    if couple_id != couple.id or index is None or index >= len(TIMEZONES):
        await svc.sender.answer(query, _("This button no longer works."), alert=True)
        return
    zone = ZoneInfo(TIMEZONES[index])
    await couples.set_timezone(svc.db, couple.id, zone)
    await svc.sender.answer(query, _("Saved."))
    log.info("timezone changed couple=%s", couple.id)
    await send_to_partners(
        svc,
        couple,
        _("From now on I go by the time in {place}. Times I mention follow it.").format(
            place=zone_label(zone)
        ),
    )


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add /instellingen and the time-zone section."""
    app.add_handler(CommandHandler("instellingen", settings_command))
    app.add_handler(CallbackQueryHandler(settings_pressed, pattern=pattern(SETTINGS)))
    app.add_handler(CallbackQueryHandler(timezone_pressed, pattern=pattern(TIMEZONE)))
    add_section(Section(90, lambda: _("Time zone"), pack(TIMEZONE, "menu")))
    add(MenuItem(70, lambda: _("Settings"), pack(SETTINGS, "menu"), when_paired=True))

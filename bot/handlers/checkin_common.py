"""Shared pieces of the check-in handlers: posting to the couple, taking buttons away, and
checking that the person pressing a check-in button may act on it."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from telegram import CallbackQuery, InlineKeyboardMarkup, Update

from bot import checkin
from bot import checkin_texts as texts
from bot.callbacks import int_part, keyboard, pack, unpack
from bot.couple import group_unreachable
from bot.handlers.common import Context
from bot.sending import Delivery
from bot.services import Services, services
from bot.storage import checkins, couples, pending, users
from bot.storage.checkins import Checkin
from bot.storage.couples import Couple

log = logging.getLogger(__name__)

DAILY_KIND = "ci"
WEEKLY_KIND = "wk"


@dataclass(frozen=True)
class Press:
    """A check-in button press that passed the checks."""

    query: CallbackQuery
    user_id: int
    couple: Couple
    checkin: Checkin
    parts: list[str]

    @property
    def action(self) -> str:
        """The action part of the payload."""
        return self.parts[2] if len(self.parts) > 2 else ""

    @property
    def private(self) -> bool:
        """Whether the button sits in the presser's own private chat."""
        message = self.query.message
        return message is not None and message.chat.id == self.user_id


def rows(kind: str, checkin_id: int, buttons: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    """One button per row, each ``kind:id:action``."""
    return keyboard([[(label, pack(kind, checkin_id, action))] for label, action in buttons])


def score_markup(kind: str, checkin_id: int) -> InlineKeyboardMarkup:
    """The 1–5 score buttons in one row."""
    return keyboard(
        [[(label, pack(kind, checkin_id, "v", value)) for label, value in texts.score_buttons()]]
    )


async def announce(
    svc: Services, couple: Couple, checkin_id: int, text: str, markup: InlineKeyboardMarkup | None
) -> int:
    """Post to the couple's shared chat (or each reachable partner); remember buttons. Return sent."""
    targets: list[int] = []
    if couple.group_chat_id is not None:
        outcome = await svc.sender.deliver(couple.group_chat_id, text, markup)
        if outcome.message is not None:
            if markup is not None:
                await checkins.add_message(
                    svc.db, checkin_id, outcome.message.chat.id, outcome.message.message_id, text
                )
            return 1
        if outcome.status is Delivery.BLOCKED:
            await group_unreachable(svc, couple, couple.group_chat_id)
    for partner in couple.partners:
        user = await users.get(svc.db, partner)
        if user is not None and user.reachable:
            targets.append(partner)
    sent = 0
    for partner in targets:
        message = await svc.sender.send(partner, text, markup)
        if message is not None:
            sent += 1
            if markup is not None:
                await checkins.add_message(svc.db, checkin_id, partner, message.message_id, text)
    return sent


async def strip(svc: Services, checkin_id: int, status: str | None = None) -> None:
    """Take the buttons off every message of the check-in (and append a status line)."""
    for chat_id, message_id, text in await checkins.take_messages(svc.db, checkin_id):
        await svc.sender.edit(
            chat_id, message_id, text if status is None else f"{text}\n\n{status}"
        )


async def private(
    svc: Services, user_id: int, text: str, markup: InlineKeyboardMarkup | None = None
) -> None:
    """Send to one partner privately."""
    await svc.sender.send(user_id, text, markup)


async def first_name(svc: Services, user_id: int) -> str:
    """A partner's first name ('' if gone)."""
    user = await users.get(svc.db, user_id)
    return user.first_name if user is not None else ""


async def expect_if_free(svc: Services, user_id: int, kind: str, ref: str) -> None:
    """Wait for this user's text, unless another flow is already waiting for it."""
    waiting = await pending.get(svc.db, user_id)
    if waiting is None or waiting.kind == kind:
        await pending.expect(svc.db, user_id, kind, ref, svc.clock.now())


async def check_press(update: Update, context: Context, kind: str) -> Press | None:
    """Load the check-in of a button and check the presser; answer and return None if not ok."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None:
        return None
    svc = services(context)
    parts = unpack(query.data)
    checkin_id = int_part(parts, 1)
    found = None if checkin_id is None else await checkins.get(svc.db, checkin_id)
    expected = "weekly" if kind == WEEKLY_KIND else "daily"
    if found is None or found.kind != expected:
        await svc.sender.answer(query, texts.status_closed(), alert=True)
        return None
    couple = await couples.for_user(svc.db, user.id)
    if couple is None or couple.id != found.couple_id:
        log.info("checkin button by outsider checkin=%s user=%s", found.id, user.id)
        await svc.sender.answer(query, texts.not_your_button(), alert=True)
        return None
    newest = await checkins.latest(svc.db, couple.id, found.kind)
    if newest is None or newest.id != found.id or found.status == "closed":
        await svc.sender.answer(query, texts.status_closed(), alert=True)
        return None
    return Press(query, user.id, couple, found, parts)


async def later_pressed(svc: Services, press: Press) -> None:
    """ "Later" on a daily or weekly opening: snooze 30 minutes, at most twice."""
    if not await checkins.snooze(svc.db, press.checkin.id, svc.clock.now() + checkin.SNOOZE):
        limit = press.checkin.status == "open" and not checkin.can_snooze(press.checkin.snoozes)
        await svc.sender.answer(
            press.query, texts.no_more_snoozes() if limit else texts.already_handled(), alert=limit
        )
        return
    await svc.sender.answer(press.query)
    await strip(svc, press.checkin.id, texts.status_snoozed())


async def skip(svc: Services, press: Press, status: str) -> None:
    """ "Not today" / "not this week": close the opening and note it on the message."""
    if not await checkins.transition(svc.db, press.checkin.id, ("open",), "skipped"):
        await svc.sender.answer(press.query, texts.already_handled())
        return
    await svc.sender.answer(press.query)
    await strip(svc, press.checkin.id, status)

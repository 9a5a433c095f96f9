"""Apart today: each partner answers the three questions privately, then a score.

Answers stay private until both partners finished; then both get them side by
side. A partner may share theirs earlier. An answer on which the safety net
fired is stored flagged; before anything of it is shown, its writer is asked
:func:`bot.safety.share_question` and only an explicit yes reveals it.
"""

from __future__ import annotations

import logging

from telegram import Message, Update

from bot import checkin, safety
from bot import checkin_texts as texts
from bot.handlers.checkin_common import (
    DAILY_KIND,
    Press,
    first_name,
    private,
    rows,
    score_markup,
    strip,
)
from bot.handlers.common import Context
from bot.handlers.safety import flagged
from bot.services import Services, services
from bot.storage import checkins, couples, pending
from bot.storage.checkins import Checkin, Reply
from bot.storage.couples import Couple
from bot.storage.pending import Pending

log = logging.getLogger(__name__)


async def apart_pressed(svc: Services, press: Press) -> None:
    """ "We are not together": send each partner the first question privately."""
    if not await checkins.transition(svc.db, press.checkin.id, ("open",), "apart"):
        await svc.sender.answer(press.query, texts.already_handled())
        return
    await svc.sender.answer(press.query)
    await strip(svc, press.checkin.id, texts.status_apart())
    for partner in press.couple.partners:
        await ask_or_offer(svc, partner, press.checkin.id, 1)
    log.info("daily checkin apart checkin=%s", press.checkin.id)


async def ask_or_offer(svc: Services, user_id: int, checkin_id: int, number: int) -> None:
    """Ask question ``number``; if another flow waits for this user's text, offer a button.

    Taking over someone's text input while they are in the middle of a quiz or an
    appreciation draft would file their private words under the wrong flow (and
    show them to the partner in the reveal), so they choose when to answer.
    """
    waiting = await pending.get(svc.db, user_id)
    if waiting is None or waiting.kind == "ci_apart":
        await pending.expect(svc.db, user_id, "ci_apart", str(checkin_id), svc.clock.now())
        await private(svc, user_id, texts.apart_question(number))
        return
    await _with_answer_button(svc, user_id, checkin_id, texts.apart_question(number), busy=True)


async def _with_answer_button(
    svc: Services, user_id: int, checkin_id: int, text: str, *, busy: bool
) -> None:
    """``text`` with the "Answer now" button (and, if another flow waits, why)."""
    body = f"{text}\n\n{texts.apart_busy()}" if busy else text
    await private(
        svc, user_id, body, rows(DAILY_KIND, checkin_id, [(texts.apart_answer_now(), "aq")])
    )


async def answer_now_pressed(svc: Services, press: Press) -> None:
    """ "Answer now": the apart questions take this partner's text from here on."""
    if not press.private:
        await svc.sender.answer(press.query, texts.not_your_button(), alert=True)
        return
    mine = [
        r for r in await checkins.replies(svc.db, press.checkin.id) if r.user_id == press.user_id
    ]
    newest = await checkins.latest(svc.db, press.couple.id, press.checkin.kind)
    stale = newest is None or newest.id != press.checkin.id
    entry = await checkins.entry(svc.db, press.checkin.id, press.user_id)
    if press.checkin.status != "apart" or stale or (entry is not None and entry.done):
        await svc.sender.answer(press.query, texts.status_closed(), alert=True)
        return
    await svc.sender.answer(press.query)
    now = svc.clock.now()
    if len(mine) >= checkin.QUESTIONS:  # all answered: the score is what is still open
        await pending.expect(svc.db, press.user_id, "ci_score", str(press.checkin.id), now)
        await private(
            svc, press.user_id, texts.score_prompt(), score_markup(DAILY_KIND, press.checkin.id)
        )
        return
    await pending.expect(svc.db, press.user_id, "ci_apart", str(press.checkin.id), now)
    await private(svc, press.user_id, texts.apart_question(len(mine) + 1))


async def remind(svc: Services, user_id: int, checkin_id: int) -> None:
    """The one reminder of unanswered apart questions, with a way back in if needed.

    If this partner's text input is no longer waiting for this check-in (another flow
    took it, or it was cleared), "just continue here" would file their answer
    elsewhere, so the reminder carries the "Answer now" button.
    """
    waiting = await pending.get(svc.db, user_id)
    ours = (
        waiting is not None
        and waiting.kind in ("ci_apart", "ci_score")
        and waiting.ref == str(checkin_id)
    )
    if ours:
        await private(svc, user_id, texts.apart_reminder())
        return
    await _with_answer_button(
        svc, user_id, checkin_id, texts.apart_reminder(), busy=waiting is not None
    )


async def _current(svc: Services, user_id: int, ref: str) -> tuple[Checkin, Couple] | None:
    found = await checkins.get(svc.db, int(ref)) if ref.isdigit() else None
    couple = await couples.for_user(svc.db, user_id)
    if found is None or couple is None or found.couple_id != couple.id:
        return None
    newest = await checkins.latest(svc.db, couple.id, found.kind)
    if found.status != "apart" or newest is None or newest.id != found.id:
        return None
    return found, couple


async def answer_typed(update: Update, context: Context, waiting: Pending) -> None:
    """One private answer; then the next question, or the score."""
    user = update.effective_user
    message = update.effective_message
    if user is None or message is None or message.text is None:
        return
    svc = services(context)
    current = await _current(svc, user.id, waiting.ref)
    if current is None:
        await pending.clear(svc.db, user.id, "ci_apart")
        await private(svc, user.id, texts.status_closed())
        return
    found, _couple = current
    mine = [r for r in await checkins.replies(svc.db, found.id) if r.user_id == user.id]
    number = len(mine) + 1
    text = checkin.one_line(message.text)
    if number > checkin.QUESTIONS:
        await pending.clear(svc.db, user.id, "ci_apart")
        return
    if not text:
        await private(svc, user.id, texts.apart_question(number))
        return
    if len(text) > checkin.ANSWER_LIMIT:
        await private(svc, user.id, texts.too_long(checkin.ANSWER_LIMIT))
        return
    now = svc.clock.now()
    await checkins.add_reply(svc.db, found.id, user.id, number, text, flagged() is not None, now)
    if number < checkin.QUESTIONS:
        await private(svc, user.id, texts.apart_question(number + 1))
        return
    await pending.expect(svc.db, user.id, "ci_score", str(found.id), now)
    await private(svc, user.id, texts.score_prompt(), score_markup(DAILY_KIND, found.id))


async def may_score(svc: Services, press: Press) -> bool:
    """Apart, the score comes after the three answers."""
    mine = [
        r for r in await checkins.replies(svc.db, press.checkin.id) if r.user_id == press.user_id
    ]
    if len(mine) < checkin.QUESTIONS:
        await svc.sender.answer(press.query, texts.answer_first(), alert=True)
        return False
    return True


async def after_score(svc: Services, press: Press) -> None:
    """Ask about flagged answers first; otherwise finish this partner's part."""
    mine = [
        r for r in await checkins.replies(svc.db, press.checkin.id) if r.user_id == press.user_id
    ]
    if any(r.flagged and r.share_ok is None for r in mine):
        await private(
            svc,
            press.user_id,
            safety.share_question(),
            rows(
                DAILY_KIND,
                press.checkin.id,
                [(texts.flagged_share_yes(), "y"), (texts.flagged_share_no(), "n")],
            ),
        )
        return
    await finish(svc, press.checkin, press.couple, press.user_id)


async def consent_pressed(svc: Services, press: Press) -> None:
    """The writer's yes or no about sharing their flagged answers."""
    if not press.private:
        await svc.sender.answer(press.query, texts.not_your_button(), alert=True)
        return
    share = press.action == "y"
    if not await checkins.decide_flagged(svc.db, press.checkin.id, press.user_id, share):
        await svc.sender.answer(press.query, texts.already_handled())
        return
    await svc.sender.answer(press.query)
    message = press.query.message
    if isinstance(message, Message) and message.text is not None:
        await svc.sender.edit(message.chat.id, message.message_id, message.text_html)
    log.info("flagged answers decided checkin=%s share=%s", press.checkin.id, share)
    await finish(svc, press.checkin, press.couple, press.user_id)


async def finish(svc: Services, found: Checkin, couple: Couple, user_id: int) -> None:
    """Mark a partner done; reveal if the other is done too, else offer to share early."""
    await checkins.mark_done(svc.db, found.id, user_id, svc.clock.now())
    partner = couple.other(user_id)
    other = await checkins.entry(svc.db, found.id, partner)
    if other is not None and other.done:
        await reveal(svc, found, couple)
        return
    await private(
        svc,
        user_id,
        texts.apart_waiting(await first_name(svc, partner)),
        rows(DAILY_KIND, found.id, [(texts.share_now_label(), "sh"), (texts.wait_label(), "w")]),
    )


def _line(reply: Reply, name: str) -> str:
    if reply.flagged and reply.share_ok is not True:
        return texts.kept_private(name)
    return texts.answer_line(name, reply.text)


def compose(
    replies: list[Reply], names: dict[int, str], scores: dict[int, int | None], order: list[int]
) -> str:
    """The answers of ``order``'s partners, question by question, then their scores."""
    questions = texts.daily_questions()
    blocks = []
    for number, question in enumerate(questions, 1):
        lines = [
            _line(reply, names[user_id])
            for user_id in order
            for reply in replies
            if reply.user_id == user_id and reply.question == number
        ]
        if lines:
            blocks.append(texts.answers_block([question], ["\n".join(lines)]))
    feelings = [
        texts.feeling_line(names[user_id], score)
        for user_id in order
        if (score := scores.get(user_id)) is not None
    ]
    if feelings:
        blocks.append("\n".join(feelings))
    return "\n\n".join(blocks)


async def _material(
    svc: Services, found: Checkin, couple: Couple
) -> tuple[list[Reply], dict[int, str], dict[int, int | None]]:
    names = {partner: await first_name(svc, partner) for partner in couple.partners}
    entries = await checkins.entries(svc.db, found.id)
    scores = {user_id: entry.score for user_id, entry in entries.items()}
    return await checkins.replies(svc.db, found.id), names, scores


async def reveal(svc: Services, found: Checkin, couple: Couple) -> None:
    """Both finished: show both the answers side by side (once)."""
    if not await checkins.claim_reveal(svc.db, found.id, svc.clock.now()):
        return
    replies, names, scores = await _material(svc, found, couple)
    text = texts.reveal_heading() + "\n\n" + compose(replies, names, scores, list(couple.partners))
    for partner in couple.partners:
        await private(svc, partner, text)
    log.info("apart answers revealed checkin=%s", found.id)


async def share_pressed(svc: Services, press: Press) -> None:
    """Share one's own answers with the partner before they answered."""
    mine = await checkins.entry(svc.db, press.checkin.id, press.user_id)
    if not press.private or mine is None or not mine.done:
        await svc.sender.answer(press.query, texts.not_your_button(), alert=True)
        return
    if press.checkin.revealed or not await checkins.mark_shared(
        svc.db, press.checkin.id, press.user_id, svc.clock.now()
    ):
        await svc.sender.answer(press.query, texts.already_handled())
        return
    await svc.sender.answer(press.query)
    replies, names, scores = await _material(svc, press.checkin, press.couple)
    partner = press.couple.other(press.user_id)
    body = compose(replies, names, scores, [press.user_id])
    await private(svc, partner, texts.shared_early(names[press.user_id]) + "\n\n" + body)
    await private(svc, press.user_id, texts.shared_ok(names[partner]))
    log.info("apart answers shared early checkin=%s", press.checkin.id)


async def wait_pressed(svc: Services, press: Press) -> None:
    """ "I will wait"."""
    await svc.sender.answer(press.query, texts.waiting_ok())


async def reveal_scores(svc: Services, press: Press) -> None:
    """Together (daily) or weekly: once both partners scored, show both scores side by side.

    The claim is one conditional UPDATE, so two scores pressed at the same moment reveal
    once. Like the apart reveal, it goes to each partner privately; notes and commitments
    stay private.
    """
    if not await checkins.claim_scores_reveal(svc.db, press.checkin.id, svc.clock.now()):
        return
    entries = await checkins.entries(svc.db, press.checkin.id)
    scores = {user_id: entry.score for user_id, entry in entries.items()}
    names = {partner: await first_name(svc, partner) for partner in press.couple.partners}
    body = compose([], names, scores, list(press.couple.partners))
    text = f"{texts.scores_heading()}\n\n{body}\n\n{texts.scores_nudge()}"
    for partner in press.couple.partners:
        await private(svc, partner, text)
    log.info("scores revealed checkin=%s", press.checkin.id)

"""Free text during a quiz round, and sharing one reflection answer at a time.

While a round is on screen its ``pending_input`` routes the user's text here.
In the reflection quiz the text is the answer (1 to 4,000 characters); it is
stored privately, with a mark if it triggered the safety net, and the round
goes on. In a quiz with buttons, text gets a short pointer to the buttons and
the question again. Reflection answers are never offered for sharing on their
own: only when the user asks ("Eén antwoord delen"), one answer at a time,
after a confirmation (for a marked answer: the safety net's share question).
"""

from __future__ import annotations

import html
import logging

from babel.numbers import format_decimal
from telegram import Update
from telegram.ext import Application

from bot import safety
from bot.callbacks import int_part, keyboard, pack
from bot.content import Quiz, get_quiz
from bot.handlers import fallback, text_input
from bot.handlers import quiz_flow as flow
from bot.handlers import safety as safety_net
from bot.handlers.common import Context, reply
from bot.handlers.quiz_flow import QUIZ, Press
from bot.i18n import _, current_locale
from bot.sending import MAX_TEXT, Delivery
from bot.services import Services, services
from bot.storage import couples, pending, users
from bot.storage import quizzes as rounds
from bot.storage.couples import Couple
from bot.storage.pending import Pending
from bot.storage.quizzes import Reflection

log = logging.getLogger(__name__)

PREVIEW = 3000  # characters of an answer shown in the confirmation before sharing


def number(value: int) -> str:
    """A whole number written the way the user's language does (4.000 in Dutch)."""
    return format_decimal(value, locale=current_locale())


def fit(text: str, limit: int) -> str:
    """``text`` escaped for HTML, shortened (with …) so the escaped form fits ``limit``."""
    escaped = html.escape(text, quote=False)
    while len(escaped) > limit and text:
        text = text[: max(0, len(text) - (len(escaped) - limit) - 1)]
        escaped = html.escape(text, quote=False) + "…"
    return escaped


# --- text while a round is on screen --------------------------------------------------------


async def text_received(update: Update, context: Context, waiting: Pending) -> None:
    """A message while a quiz round waits: a reflection answer, or a pointer to the buttons."""
    user = update.effective_user
    message = update.effective_message
    if user is None or message is None:
        return
    svc = services(context)
    attempt = await rounds.get(svc.db, int(waiting.ref)) if waiting.ref.isdigit() else None
    quiz = get_quiz(attempt.quiz_id) if attempt else None
    if attempt is None or quiz is None or not attempt.is_open or attempt.user_id != user.id:
        await pending.clear(svc.db, user.id, flow.INPUT)
        await fallback.private_text(update, context)
        return
    if attempt.position >= len(quiz.questions):
        await flow.resume(svc, attempt, quiz)
        return
    if quiz.kind != "reflection":
        if safety_net.flagged() is not None:
            return  # the help lines were the answer; the question waits where it is
        await reply(
            update,
            context,
            _(
                "Answer with the buttons under the question. Want to stop for now? Tap "
                "“Stop for now”."
            ),
        )
        await flow.resume(svc, attempt, quiz)
        return
    text = (message.text or "").strip()
    if not text:
        await reply(
            update, context, _("That message is empty. Write your answer, or skip the question.")
        )
        return
    if len(text) > flow.MAX_REFLECTION:
        await reply(
            update,
            context,
            _(
                "That is a little too long for me: at most {limit} characters, and this was "
                "{count}. Could you make it shorter? Nothing has been saved yet."
            ).format(limit=number(flow.MAX_REFLECTION), count=number(len(text))),
        )
        return
    flagged = safety_net.flagged() is not None
    question = quiz.questions[attempt.position]
    now = svc.clock.now()
    await rounds.save_reflection(svc.db, attempt.id, user.id, question.id, text, flagged, now)
    log.info(
        "reflection saved user=%s attempt=%s question=%s flagged=%s",
        user.id,
        attempt.id,
        question.id,
        flagged,
    )
    await flow.advance(svc, attempt, quiz, attempt.answers, _("Your answer is saved."))


# --- sharing one answer ---------------------------------------------------------------------


async def _partner(press: Press) -> Couple | None:
    """The couple of the presser; answers the press if they are not paired."""
    couple = await couples.for_user(press.svc.db, press.user_id)
    if couple is None:
        await press.svc.sender.answer(
            press.query, _("You are not paired, so there is nobody to share with."), alert=True
        )
    return couple


async def _own_answer(press: Press) -> tuple[Reflection, Quiz, int] | None:
    """The presser's own written answer named in the payload, with its quiz and question."""
    svc = press.svc
    answer_id = int_part(press.args, 0)
    answer = await rounds.reflection(svc.db, answer_id) if answer_id is not None else None
    attempt = await rounds.get(svc.db, answer.attempt_id) if answer else None
    quiz = get_quiz(attempt.quiz_id) if attempt else None
    ids = [q.id for q in quiz.questions] if quiz else []
    if answer is None or quiz is None or answer.question_id not in ids:
        await svc.sender.answer(press.query, _("This button no longer works."), alert=True)
        return None
    if answer.user_id != press.user_id:
        await svc.sender.answer(press.query, _("This button is not for you."), alert=True)
        return None
    return answer, quiz, ids.index(answer.question_id)


async def partner_name(svc: Services, couple: Couple, user_id: int) -> str:
    """The partner's first name, escaped for HTML."""
    partner = await users.get(svc.db, couple.other(user_id))
    return html.escape(partner.first_name if partner else "")


async def choose_pressed(press: Press) -> None:
    """The button under a reflection result: pick which answer to share, one at a time."""
    svc = press.svc
    attempt_id = int_part(press.args, 0)
    attempt = await rounds.get(svc.db, attempt_id) if attempt_id is not None else None
    quiz = get_quiz(attempt.quiz_id) if attempt else None
    if attempt is None or quiz is None:
        await svc.sender.answer(press.query, _("This button no longer works."), alert=True)
        return
    if attempt.user_id != press.user_id:
        await svc.sender.answer(press.query, _("This button is not for you."), alert=True)
        return
    couple = await _partner(press)
    if couple is None:
        return
    ids = [q.id for q in quiz.questions]
    written = [a for a in await rounds.reflections(svc.db, attempt.id) if a.question_id in ids]
    if not written:
        await svc.sender.answer(
            press.query, _("You wrote no answers this time, so there is nothing to share.")
        )
        return
    await svc.sender.answer(press.query)
    written.sort(key=lambda a: ids.index(a.question_id))
    lines = []
    buttons = []
    for answer in written:
        number = ids.index(answer.question_id) + 1
        text = flow.content_html(quiz.questions[number - 1].text)
        lines.append(f"{number}. {text}")
        buttons.append([(_("Question {n}").format(n=number), pack(QUIZ, "rp", answer.id))])
    intro = _("Which answer do you want to share? Only the one you pick goes to {name}.").format(
        name=await partner_name(svc, couple, press.user_id)
    )
    await svc.sender.send(press.user_id, "\n\n".join([intro, "\n".join(lines)]), keyboard(buttons))


async def preview_pressed(press: Press) -> None:
    """Show one answer and ask for an explicit yes before it goes to the partner."""
    svc = press.svc
    own = await _own_answer(press)
    if own is None:
        return
    answer, quiz, index = own
    couple = await _partner(press)
    if couple is None:
        return
    if answer.shared_at is not None:
        await svc.sender.answer(press.query, _("You already shared this answer."))
        return
    await svc.sender.answer(press.query)
    name = await partner_name(svc, couple, press.user_id)
    if answer.flagged:
        question = safety.share_question()
    else:
        question = _(
            "Do you want to share this answer with {name}? They read exactly this."
        ).format(name=name)
    parts = [
        f"<b>{flow.content_html(quiz.questions[index].text)}</b>",
        f"<i>{fit(answer.text, PREVIEW)}</i>",
        question,
    ]
    markup = keyboard(
        [
            [(_("Yes, share this answer"), pack(QUIZ, "ry", answer.id))],
            [(_("No, keep it to myself"), pack(QUIZ, "rn", answer.id))],
        ]
    )
    await svc.sender.send(press.user_id, "\n\n".join(parts), markup)


async def share_pressed(press: Press) -> None:
    """The explicit yes: send this one answer privately to the partner, once."""
    svc = press.svc
    own = await _own_answer(press)
    if own is None:
        return
    answer, quiz, index = own
    couple = await _partner(press)
    if couple is None:
        return
    if not await rounds.claim_reflection_share(svc.db, answer.id, svc.clock.now()):
        await svc.sender.answer(press.query, _("You already shared this answer."))
        return
    await svc.sender.answer(press.query)
    me = await users.get(svc.db, press.user_id)
    name = await partner_name(svc, couple, press.user_id)
    heading = _("<b>{name} shares an answer from their reflection with you</b>").format(
        name=html.escape(me.first_name if me else "")
    )
    partner_id = couple.other(press.user_id)
    question = flow.content_html(quiz.questions[index].text)
    first = await svc.sender.deliver(partner_id, "\n\n".join([heading, f"<i>{question}</i>"]))
    second = (
        await svc.sender.deliver(partner_id, fit(answer.text, MAX_TEXT))
        if first.status is Delivery.SENT
        else first
    )
    if second.status is not Delivery.SENT:
        await rounds.release_reflection_share(svc.db, answer.id)
        await svc.sender.send(
            press.user_id, _("I could not reach {name}. Nothing was shared.").format(name=name)
        )
        return
    log.info("reflection shared user=%s answer=%s", press.user_id, answer.id)
    done = _("Shared with {name}: this one answer, nothing else.").format(name=name)
    if press.message_id is not None:
        await svc.sender.edit(press.user_id, press.message_id, done)
    else:
        await svc.sender.send(press.user_id, done)


async def keep_pressed(press: Press) -> None:
    """No: the answer stays private."""
    own = await _own_answer(press)
    if own is None:
        return
    await press.svc.sender.answer(press.query)
    text = _("Fine, this answer stays with you.")
    if press.message_id is not None:
        await press.svc.sender.edit(press.user_id, press.message_id, text)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Route quiz text to this module and add the share buttons to the quiz actions."""
    text_input.register_input(flow.INPUT, text_received)
    flow.add_action("rl", choose_pressed)
    flow.add_action("rp", preview_pressed)
    flow.add_action("ry", share_pressed)
    flow.add_action("rn", keep_pressed)

"""/quiz: the quizzes of ``content/quizzes``, taken privately, one question per message.

``/quiz`` (or the menu entry) lists the quizzes. A round sends the introduction
and then one question per message with its answer buttons, "Vraag 2 van 20", a
button back and a button to stop; the round is kept in the database, so it can
be left and picked up later, also after a restart (see
:mod:`bot.handlers.quiz_flow`). The result comes with an explanation, next
steps, the change since the previous round and, where a result calls for it,
the help lines. A result reaches the partner only on the press of "Deel met
mijn partner". A second quiz while one is open asks: continue, or start over?
Free text (reflection answers, and text while a button is expected) is handled
in :mod:`bot.handlers.reflection`. In a group, ``/quiz`` says quizzes are
private and links to the private chat (``/start q``).
"""

from __future__ import annotations

import html
import logging

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot import menu, safety
from bot.callbacks import int_part, keyboard, pack, pattern, url_button
from bot.content import DONE_OPTION, Quiz, get_quiz
from bot.handlers import start as start_handlers
from bot.handlers.common import Context, is_private, reply, require_consent
from bot.handlers.quiz_flow import (
    INPUT,
    QUIZ,
    Press,
    add_action,
    advance,
    answer_label,
    begin,
    close_question,
    content_html,
    elsewhere,
    load_round,
    on_screen,
    pressed,
    question_markup,
    resume,
    send_question,
    show_list,
    shown,
)
from bot.i18n import _
from bot.quiz import Answer, AnswerError, answer_for, render_question, render_result, toggle
from bot.sending import Delivery
from bot.services import services
from bot.storage import couples, pending, users
from bot.storage import quizzes as rounds
from bot.storage.quizzes import Attempt

log = logging.getLogger(__name__)

LINK = "q"  # /start payload prefix: the deep link from a group


# --- actions --------------------------------------------------------------------------------


async def list_pressed(press: Press) -> None:
    """The menu entry or "Other quizzes": the list."""
    await press.svc.sender.answer(press.query)
    await show_list(press.svc, press.user_id)


async def start_pressed(press: Press) -> None:
    """A quiz picked from the list; asks first if another round is still open."""
    svc = press.svc
    quiz = get_quiz(press.args[0]) if press.args else None
    if quiz is None:
        await svc.sender.answer(press.query, _("This quiz no longer exists. See /quiz."), True)
        return
    await svc.sender.answer(press.query)
    current = await rounds.open_attempt(svc.db, press.user_id)
    open_quiz = get_quiz(current.quiz_id) if current else None
    if current is None or open_quiz is None:
        await begin(svc, press.user_id, quiz)
        return
    where = _("question {n} of {total}").format(
        n=min(current.position + 1, len(open_quiz.questions)), total=len(open_quiz.questions)
    )
    if open_quiz.id == quiz.id:
        text = _(
            "You already started this quiz and are at {where}. Continue where you were, or "
            "start over?"
        ).format(where=where)
    else:
        text = _(
            "You are still busy with “{open}” ({where}). Continue there, or start “{new}” "
            "instead? Then the unfinished round no longer counts."
        ).format(open=content_html(open_quiz.title), where=where, new=content_html(quiz.title))
    markup = keyboard(
        [
            [(_("Continue where I was"), pack(QUIZ, "c", current.id))],
            [(_("Start over"), pack(QUIZ, "n", current.id, quiz.id))],
        ]
    )
    await svc.sender.send(press.user_id, text, markup)


async def continue_pressed(press: Press) -> None:
    """Pick up the open round at the question it was at."""
    loaded = await load_round(press, with_index=False)
    if loaded is None:
        return
    attempt, quiz, _index = loaded
    await press.svc.sender.answer(press.query)
    await resume(press.svc, attempt, quiz)


async def restart_pressed(press: Press) -> None:
    """End the open round and start the chosen quiz from the beginning."""
    svc = press.svc
    loaded = await load_round(press, with_index=False)
    quiz = get_quiz(press.args[1]) if len(press.args) > 1 else None
    if loaded is None:
        return
    if quiz is None:
        await svc.sender.answer(press.query, _("This quiz no longer exists. See /quiz."), True)
        return
    attempt, open_quiz, _index = loaded
    if not await rounds.abandon(svc.db, attempt.id, svc.clock.now()):
        await svc.sender.answer(press.query, _("This button no longer works."), alert=True)
        return
    await svc.sender.answer(press.query)
    await close_question(svc, attempt, open_quiz)
    await begin(svc, press.user_id, quiz)


def chosen_answer(quiz: Quiz, index: int, given: Answer | None, option_id: str) -> Answer:
    """The answer a button stands for (multi-select Done: the ticked options so far)."""
    if quiz.kind == "multi" and option_id == DONE_OPTION:
        return given if isinstance(given, list) else []
    if quiz.kind in ("yes_no", "choice"):
        return answer_for(quiz, index, option_id)
    raise AnswerError(option_id)


async def tick_pressed(press: Press, attempt: Attempt, quiz: Quiz, index: int, option: str) -> None:
    """Multi-select: tick or untick an option, on the same message."""
    svc = press.svc
    question = quiz.questions[index]
    given = attempt.answers.get(question.id)
    try:
        picked = toggle(quiz, index, given if isinstance(given, list) else [], option)
    except AnswerError:
        await svc.sender.answer(press.query, _("This button no longer works."), alert=True)
        return
    answers = {**attempt.answers, question.id: picked}
    now = svc.clock.now()
    if not await rounds.save_progress(svc.db, attempt.id, index, answers, index, now):
        await elsewhere(press, attempt)
        return
    await svc.sender.answer(press.query)
    if attempt.message_id is not None:
        markup = question_markup(attempt.id, quiz, index, answers)
        await svc.sender.edit(
            press.user_id, attempt.message_id, render_question(quiz, index), markup
        )


async def answer_pressed(press: Press) -> None:
    """An answer button: store it and move on (multi-select: tick, or Done)."""
    svc = press.svc
    loaded = await load_round(press)
    if loaded is None:
        return
    attempt, quiz, index = loaded
    option_id = press.args[2] if len(press.args) > 2 else ""
    question = quiz.questions[index]
    given = attempt.answers.get(question.id)
    if not shown(press, attempt, index):
        try:
            same = quiz.kind != "multi" and given == chosen_answer(quiz, index, given, option_id)
        except AnswerError:
            same = False
        if index < attempt.position and same:
            await svc.sender.answer(press.query, _("Already noted."))
        else:
            await elsewhere(press, attempt)
        return
    if quiz.kind == "multi" and option_id != DONE_OPTION:
        await tick_pressed(press, attempt, quiz, index, option_id)
        return
    try:
        answer = chosen_answer(quiz, index, given, option_id)
    except AnswerError:
        await svc.sender.answer(press.query, _("This button no longer works."), alert=True)
        return
    await svc.sender.answer(press.query)
    note = _("Your answer: {answer}").format(answer=answer_label(quiz, index, answer))
    if not await advance(svc, attempt, quiz, {**attempt.answers, question.id: answer}, note):
        log.info("quiz answer raced attempt=%s index=%s", attempt.id, index)


async def back_pressed(press: Press) -> None:
    """Go back one question; the earlier answer stays until it is changed."""
    svc = press.svc
    loaded = await load_round(press)
    if loaded is None:
        return
    attempt, quiz, index = loaded
    if not await on_screen(press, attempt, index):
        return
    if index == 0:
        await svc.sender.answer(press.query, _("This is the first question."))
        return
    now = svc.clock.now()
    if not await rounds.save_progress(svc.db, attempt.id, index, attempt.answers, index - 1, now):
        await elsewhere(press, attempt)
        return
    await svc.sender.answer(press.query)
    await close_question(svc, attempt, quiz, _("Back to the previous question."))
    await send_question(svc, attempt.id, press.user_id, quiz, index - 1, attempt.answers)


async def skip_pressed(press: Press) -> None:
    """Reflection: go on without writing (an earlier answer is kept)."""
    svc = press.svc
    loaded = await load_round(press)
    if loaded is None:
        return
    attempt, quiz, index = loaded
    if not await on_screen(press, attempt, index):
        return
    await svc.sender.answer(press.query)
    written = quiz.questions[index].id in await rounds.written(svc.db, attempt.id)
    note = _("Your answer is saved.") if written else _("Skipped.")
    await advance(svc, attempt, quiz, attempt.answers, note)


async def stop_pressed(press: Press) -> None:
    """Pause the round: progress stays, /quiz picks it up again."""
    svc = press.svc
    loaded = await load_round(press)
    if loaded is None:
        return
    attempt, quiz, index = loaded
    if not await on_screen(press, attempt, index):
        return
    await svc.sender.answer(press.query)
    await close_question(svc, attempt, quiz, _("Stopped here."))
    await rounds.set_message(svc.db, attempt.id, None)
    await pending.clear(svc.db, press.user_id, INPUT)
    log.info("quiz paused user=%s attempt=%s", press.user_id, attempt.id)
    await svc.sender.send(
        press.user_id,
        _(
            "Fine, we stop here. Your answers so far are saved: continue whenever you like, "
            "with /quiz or the button below."
        ),
        keyboard([[(_("Continue where I was"), pack(QUIZ, "c", attempt.id))]]),
    )


async def share_pressed(press: Press) -> None:
    """The share button under a result: send it privately to the partner, once."""
    svc, query = press.svc, press.query
    attempt_id = int_part(press.args, 0)
    attempt = await rounds.get(svc.db, attempt_id) if attempt_id is not None else None
    quiz = get_quiz(attempt.quiz_id) if attempt else None
    if attempt is None or quiz is None or attempt.result is None or quiz.kind == "reflection":
        await svc.sender.answer(query, _("This button no longer works."), alert=True)
        return
    if attempt.user_id != press.user_id:
        await svc.sender.answer(query, _("This button is not for you."), alert=True)
        return
    couple = await couples.for_user(svc.db, press.user_id)
    if couple is None:
        await svc.sender.answer(
            query, _("You are not paired, so there is nobody to share with."), True
        )
        return
    if not await rounds.claim_share(svc.db, attempt.id, svc.clock.now()):
        await svc.sender.answer(query, _("You already shared this result."))
        return
    await svc.sender.answer(query)
    me = await users.get(svc.db, press.user_id)
    partner_id = couple.other(press.user_id)
    partner = await users.get(svc.db, partner_id)
    partner_name = html.escape(partner.first_name if partner else "")
    parts = [
        _("<b>{name} shares a quiz result with you</b>").format(
            name=html.escape(me.first_name if me else "")
        ),
        f"<i>{content_html(quiz.title)}</i>",
        render_result(quiz, attempt.result),
    ]
    if attempt.result.show_help_lines:
        parts.append(safety.help_lines())
    outcome = await svc.sender.deliver(partner_id, "\n\n".join(parts))
    if outcome.status is not Delivery.SENT:
        await rounds.release_share(svc.db, attempt.id)
        await svc.sender.send(
            press.user_id,
            _("I could not reach {name}. Nothing was shared.").format(name=partner_name),
        )
        return
    log.info("quiz result shared user=%s attempt=%s", press.user_id, attempt.id)
    await svc.sender.send(
        press.user_id,
        _("Sent to {name}: only this result, not your answers.").format(name=partner_name),
    )


# --- commands and registration --------------------------------------------------------------


async def quiz_command(update: Update, context: Context) -> None:
    """/quiz: the list in a private chat; in a group, a pointer to the private chat."""
    user = update.effective_user
    if user is None:
        return
    svc = services(context)
    if not is_private(update):
        await reply(
            update,
            context,
            _(
                "Quizzes are private: only you see your answers. Tap below to take one in our "
                "private chat."
            ),
            url_button(_("To the quizzes"), svc.deep_link(LINK)),
        )
        return
    if await require_consent(update, context):
        await show_list(svc, user.id)


async def open_link(update: Update, context: Context, payload: str) -> None:
    """``/start q``: the deep link from a group opens the list."""
    user = update.effective_user
    if user is not None and await require_consent(update, context):
        await show_list(services(context), user.id)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add /quiz, the quiz buttons, the deep link and the menu entry."""
    for name, action in {
        "l": list_pressed,
        "s": start_pressed,
        "c": continue_pressed,
        "n": restart_pressed,
        "a": answer_pressed,
        "b": back_pressed,
        "k": skip_pressed,
        "x": stop_pressed,
        "sh": share_pressed,
    }.items():
        add_action(name, action)
    app.add_handler(CommandHandler("quiz", quiz_command))
    app.add_handler(CallbackQueryHandler(pressed, pattern=pattern(QUIZ)))
    start_handlers.register_payload(LINK, open_link)
    menu.add(menu.MenuItem(40, lambda: _("Quizzes"), pack(QUIZ, "l")))

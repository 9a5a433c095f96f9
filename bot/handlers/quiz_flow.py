"""The mechanics of a quiz round, shared by the quiz and reflection handlers.

A round shows one question per message. Its progress (answers so far, the
question on screen and that message's id) is stored after every step, so a
round can be left and picked up later, also after a restart. Here: the texts
and buttons of the list, a question and a result; sending, closing and moving
between questions; finishing with the result and the change since last time;
and checking that a pressed button belongs to the round and question on screen.

Button payloads are ``qz:<action>:<args…>``, routed by :func:`pressed` to the
actions that :mod:`bot.handlers.quiz` and :mod:`bot.handlers.reflection` add.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass

from telegram import CallbackQuery, InlineKeyboardMarkup, Update

from bot import safety
from bot.callbacks import int_part, keyboard, pack, unpack
from bot.content import YES, Quiz, get_quiz, quizzes
from bot.handlers.common import Context
from bot.i18n import _
from bot.quiz import (
    Answer,
    AnswerError,
    QuizResult,
    compare,
    option_labels,
    render_intro,
    render_question,
    render_result,
    score,
)
from bot.services import Services, services
from bot.storage import couples, pending, users
from bot.storage import quizzes as rounds
from bot.storage.quizzes import Attempt

log = logging.getLogger(__name__)

QUIZ = "qz"  # callback kind
INPUT = "quiz"  # pending_input kind while a round is on screen
MAX_REFLECTION = 4000  # characters of one written answer


@dataclass(frozen=True)
class Press:
    """A quiz button press: who pressed it, on which message, and the payload arguments."""

    svc: Services
    query: CallbackQuery
    user_id: int
    message_id: int | None
    args: list[str]


Action = Callable[[Press], Awaitable[None]]
_ACTIONS: dict[str, Action] = {}


def add_action(name: str, action: Action) -> None:
    """Route ``qz:<name>:…`` presses to ``action`` (used by the reflection flow too)."""
    _ACTIONS[name] = action


# --- texts ----------------------------------------------------------------------------------


def content_text(msgid: str) -> str:
    """A content msgid in the user's language, as plain text (for buttons)."""
    return _(msgid)  # content msgid


def content_html(msgid: str) -> str:
    """A content msgid in the user's language, escaped for HTML."""
    return html.escape(content_text(msgid), quote=False)


def answer_label(quiz: Quiz, index: int, answer: Answer | None) -> str:
    """The answer to one question in words (HTML-escaped)."""
    question = quiz.questions[index]
    if isinstance(answer, bool):
        return _("Yes") if answer else _("No")
    if isinstance(answer, list):
        labels = [content_html(o.label) for o in question.options if o.id in answer]
        return ", ".join(labels) if labels else _("nothing ticked")
    option = question.option(answer) if isinstance(answer, str) else None
    return content_html(option.label) if option else ""


def result_text(quiz: Quiz, result: QuizResult, previous: QuizResult | None) -> str:
    """The result message: explanation and steps, the change since last time, help lines."""
    parts = [render_result(quiz, result)]
    if result.show_help_lines:
        parts.append(_("<b>Please reach out today:</b>") + "\n" + safety.help_lines())
    parts.append(f"<i>{compare(previous, result, quiz)}</i>")
    return "\n\n".join(parts)


def result_line(quiz: Quiz, result: QuizResult) -> str:
    """One line of history: the quiz and its latest result."""
    try:
        label = content_html(quiz.result(result.result_id).label)
    except KeyError:
        label = _("an earlier result")
    title = content_html(quiz.title)
    if quiz.scoring.rule == "count_yes" and result.score is not None:
        return _("{title}: “{label}” ({score} of {total})").format(
            title=title, label=label, score=result.score, total=result.max_score
        )
    return _("{title}: “{label}”").format(title=title, label=label)


# --- showing the list, questions and results ------------------------------------------------


async def show_list(svc: Services, user_id: int) -> None:
    """The quiz list, with a way to continue an unfinished round and the latest results."""
    available = quizzes()
    current = await rounds.open_attempt(svc.db, user_id)
    latest = await rounds.latest_results(svc.db, user_id)
    parts = [
        _("<b>Quizzes</b>"),
        _(
            "Choose a quiz. Only you see your answers; your partner sees a result only if you "
            "share it yourself."
        ),
    ]
    rows: list[list[tuple[str, str]]] = []
    open_quiz = available.get(current.quiz_id) if current else None
    if current is not None and open_quiz is not None:
        parts.append(
            _("You are still busy with “{title}”: question {n} of {total}.").format(
                title=content_html(open_quiz.title),
                n=min(current.position + 1, len(open_quiz.questions)),
                total=len(open_quiz.questions),
            )
        )
        rows.append([(_("▶ Continue where I was"), pack(QUIZ, "c", current.id))])
    rows += [[(content_text(q.title), pack(QUIZ, "s", q.id))] for q in available.values()]
    history = [
        result_line(available[qid], result)
        for qid, result in latest.items()
        if qid in available and available[qid].kind != "reflection"  # nothing to sum up
    ]
    if history:
        parts.append("\n".join([_("<b>Your latest results</b>"), *(f"• {h}" for h in history)]))
    await svc.sender.send(user_id, "\n\n".join(parts), keyboard(rows))


def question_markup(
    attempt_id: int,
    quiz: Quiz,
    index: int,
    answers: Mapping[str, Answer],
    written: bool = False,
) -> InlineKeyboardMarkup:
    """Answer buttons (the earlier answer ticked), then back / skip / stop."""
    question = quiz.questions[index]
    given = answers.get(question.id)
    picked = given if isinstance(given, list) else []
    buttons: list[tuple[str, str]] = []
    for option_id, label in option_labels(quiz, index, picked):
        chosen = given == option_id or (isinstance(given, bool) and given == (option_id == YES))
        text = f"✅ {label}" if chosen and quiz.kind != "multi" else label
        buttons.append((text, pack(QUIZ, "a", attempt_id, index, option_id)))
    rows = [buttons] if quiz.kind == "yes_no" else [[button] for button in buttons]
    nav: list[tuple[str, str]] = []
    if index > 0:
        nav.append((_("◀ Previous question"), pack(QUIZ, "b", attempt_id, index)))
    if quiz.kind == "reflection":
        skip = _("Next question ▶") if written else _("Skip this question")
        nav.append((skip, pack(QUIZ, "k", attempt_id, index)))
    nav.append((_("Stop for now"), pack(QUIZ, "x", attempt_id, index)))
    return keyboard([*rows, nav])


async def close_question(svc: Services, attempt: Attempt, quiz: Quiz, note: str = "") -> None:
    """Take the buttons off the question on screen, noting what happened to it."""
    if attempt.message_id is None or attempt.position >= len(quiz.questions):
        return
    text = render_question(quiz, attempt.position)
    if note:
        text += f"\n\n<i>{note}</i>"
    await svc.sender.edit(attempt.user_id, attempt.message_id, text)


async def send_question(
    svc: Services,
    attempt_id: int,
    user_id: int,
    quiz: Quiz,
    index: int,
    answers: Mapping[str, Answer],
) -> None:
    """Send question ``index`` with its buttons and remember the message."""
    text = render_question(quiz, index)
    written = False
    if quiz.kind == "reflection":
        written = quiz.questions[index].id in await rounds.written(svc.db, attempt_id)
    if written:
        text += "\n\n" + _(
            "You already wrote something here. Send a new message to replace it, or go on."
        )
    markup = question_markup(attempt_id, quiz, index, answers, written)
    message = await svc.sender.send(user_id, text, markup)
    await rounds.set_message(svc.db, attempt_id, message.message_id if message else None)
    await pending.expect(svc.db, user_id, INPUT, str(attempt_id), svc.clock.now())


async def resume(svc: Services, attempt: Attempt, quiz: Quiz) -> None:
    """Show the question the round is at again (after a pause, a restart or stray text)."""
    if attempt.position >= len(quiz.questions):
        await finish(svc, attempt, quiz, attempt.answers)
        return
    await close_question(svc, attempt, quiz)
    await send_question(svc, attempt.id, attempt.user_id, quiz, attempt.position, attempt.answers)


async def begin(svc: Services, user_id: int, quiz: Quiz) -> None:
    """Start a fresh round: the introduction, then the first question."""
    attempt = await rounds.start(svc.db, user_id, quiz.id, svc.clock.now())
    log.info("quiz started user=%s quiz=%s attempt=%s", user_id, quiz.id, attempt.id)
    await svc.sender.send(user_id, render_intro(quiz))
    await send_question(svc, attempt.id, user_id, quiz, 0, {})


async def advance(
    svc: Services, attempt: Attempt, quiz: Quiz, answers: Mapping[str, Answer], note: str
) -> bool:
    """Store the answers and go to the next question, or finish; False if the round moved on."""
    index = attempt.position
    if index + 1 >= len(quiz.questions):
        return await finish(svc, attempt, quiz, answers, note)
    now = svc.clock.now()
    if not await rounds.save_progress(svc.db, attempt.id, index, answers, index + 1, now):
        return False
    await close_question(svc, attempt, quiz, note)
    await send_question(svc, attempt.id, attempt.user_id, quiz, index + 1, answers)
    return True


async def finish(
    svc: Services, attempt: Attempt, quiz: Quiz, answers: Mapping[str, Answer], note: str = ""
) -> bool:
    """Score the round, store the result and send it with the change since last time."""
    try:
        result = score(quiz, answers)
    except AnswerError:  # answers saved before a content change no longer fit
        log.warning("quiz answers do not fit attempt=%s quiz=%s", attempt.id, quiz.id)
        result = score(quiz, {})
    if not await rounds.finish(
        svc.db, attempt.id, attempt.position, answers, result, svc.clock.now()
    ):
        return False
    await pending.clear(svc.db, attempt.user_id, INPUT)
    await close_question(svc, attempt, quiz, note)
    log.info("quiz finished user=%s quiz=%s attempt=%s", attempt.user_id, quiz.id, attempt.id)
    done = await rounds.get(svc.db, attempt.id)
    previous = await rounds.previous_result(svc.db, done) if done else None
    paired = await couples.is_paired(svc.db, attempt.user_id)
    rows: list[list[tuple[str, str]]] = []
    if paired and quiz.kind == "reflection":
        if await rounds.reflections(svc.db, attempt.id):
            rows.append([(_("Share one answer"), pack(QUIZ, "rl", attempt.id))])
    elif paired:
        rows.append([(_("Share with my partner"), pack(QUIZ, "sh", attempt.id))])
    rows.append([(_("Other quizzes"), pack(QUIZ, "l"))])
    await svc.sender.send(attempt.user_id, result_text(quiz, result, previous), keyboard(rows))
    return True


# --- checking a press -----------------------------------------------------------------------


async def load_round(press: Press, with_index: bool = True) -> tuple[Attempt, Quiz, int] | None:
    """The open round and question a button belongs to; answers the press if it is stale."""
    svc, query = press.svc, press.query
    attempt_id = int_part(press.args, 0)
    attempt = await rounds.get(svc.db, attempt_id) if attempt_id is not None else None
    if attempt is None:
        await svc.sender.answer(query, _("This button no longer works."), alert=True)
        return None
    if attempt.user_id != press.user_id:
        await svc.sender.answer(query, _("This button is not for you."), alert=True)
        return None
    if attempt.finished_at is not None:
        await svc.sender.answer(
            query, _("This quiz is already finished. Start a new round with /quiz."), alert=True
        )
        return None
    if attempt.abandoned_at is not None:
        await svc.sender.answer(
            query, _("This round is no longer active. See /quiz for where you are."), alert=True
        )
        return None
    quiz = get_quiz(attempt.quiz_id)
    if quiz is None:
        await svc.sender.answer(query, _("This quiz no longer exists. See /quiz."), alert=True)
        return None
    index = int_part(press.args, 1) if with_index else attempt.position
    if index is None or index >= len(quiz.questions):
        await svc.sender.answer(query, _("This button no longer works."), alert=True)
        return None
    return attempt, quiz, index


def shown(press: Press, attempt: Attempt, index: int) -> bool:
    """Whether the press comes from the question that is on screen now."""
    return (
        index == attempt.position
        and attempt.message_id is not None
        and press.message_id == attempt.message_id
    )


async def elsewhere(press: Press, attempt: Attempt) -> None:
    """Answer a press from a question that is not (or no longer) the one on screen."""
    if attempt.message_id is None:
        text = _("This quiz is paused. Pick it up again with /quiz.")
    else:
        text = _("This button belongs to another question. Carry on under the latest question.")
    await press.svc.sender.answer(press.query, text, alert=True)


async def on_screen(press: Press, attempt: Attempt, index: int) -> bool:
    """Whether the press comes from the question on screen; answers the press if not."""
    if shown(press, attempt, index):
        return True
    await elsewhere(press, attempt)
    return False


async def pressed(update: Update, context: Context) -> None:
    """Route a quiz button to its action."""
    query = update.callback_query
    user = update.effective_user
    if query is None or user is None:
        return
    svc = services(context)
    parts = unpack(query.data)
    action = _ACTIONS.get(parts[1] if len(parts) > 1 else "")
    if action is None:
        await svc.sender.answer(query, _("This button no longer works."), alert=True)
        return
    if await users.get(svc.db, user.id) is None:
        await svc.sender.answer(query, _("We have not met yet. Tap /start to begin."), alert=True)
        return
    message_id = query.message.message_id if query.message is not None else None
    await action(Press(svc, query, user.id, message_id, parts[2:]))

"""Quiz scoring and rendering: pure functions over a :class:`bot.content.Quiz`.

Answers are a mapping from question id to:

- ``choice``: the chosen option id (``str``);
- ``yes_no``: ``True``/``False`` (the button ids ``"y"``/``"n"`` are accepted too);
- ``multi``: the list of picked option ids (empty: none applies);
- ``reflection``: the free text (never scored, never rendered back here).

A missing answer counts as "no" / "nothing picked"; answers to unknown question ids
are ignored (progress saved before a content update); a wrong value raises
:class:`AnswerError`.

Scoring rules (see :mod:`bot.content` for their data):

- ``majority``: each choice answer counts for the result its option maps to. One
  clear winner is the result (score = its count). Any tie for first place,
  two-way or three-way, gives ``tie_result`` ("mixed"), with the tied result ids in
  ``detail``: picking one style on a coin toss would tell the user something the
  answers do not. With three A/B/C questions only a 1-1-1 tie can occur; a two-way
  tie needs a skipped question or a quiz with an even number of questions.
- ``count_yes``: score = number of yes answers; the result is the band holding it.
  ``detail`` lists the groups where at most half the items were a yes.
- ``flags``: ``detail`` lists the questions answered yes (recognised patterns);
  ``found_result`` if any, else ``none_result``.
- ``max_level``: the first (most urgent) level with a yes or a picked option wins,
  else ``none_result``; ``detail`` lists the picked option ids (multi) or the
  question ids answered yes (yes/no).
- ``none``: always the single result.

Rendering returns Dutch HTML via ``_()``; content text is escaped. Buttons stay
with the handler: :func:`option_labels` gives ``(option_id, label)`` pairs.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from bot.content import DONE_OPTION, NO, YES, Quiz, get_quiz
from bot.i18n import _, ngettext

Answer = str | bool | list[str]
MAX_MESSAGE = 4096


class AnswerError(ValueError):
    """An answer does not fit its question (unknown option, wrong type)."""


@dataclass(frozen=True)
class QuizResult:
    """The outcome of one quiz attempt, small enough to store as JSON."""

    quiz_id: str
    result_id: str
    score: int | None = None
    max_score: int | None = None
    detail: tuple[str, ...] = ()
    show_help_lines: bool = False

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (for storage)."""
        data = asdict(self)
        data["detail"] = list(self.detail)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> QuizResult:
        """Rebuild a result stored with :meth:`to_dict`."""
        return cls(
            quiz_id=str(data["quiz_id"]),
            result_id=str(data["result_id"]),
            score=data.get("score"),
            max_score=data.get("max_score"),
            detail=tuple(data.get("detail", ())),
            show_help_lines=bool(data.get("show_help_lines", False)),
        )


def _content(msgid: str) -> str:
    """Translate a msgid that comes from content data (extracted by bot.content_extract)."""
    return _(msgid)  # content msgid


def _t(msgid: str) -> str:
    """Translate a content msgid and escape it for HTML."""
    return html.escape(_content(msgid), quote=False)


def _bold(text: str) -> str:
    return f"<b>{text}</b>"


def _join(items: Sequence[str]) -> str:
    if len(items) < 2:
        return "".join(items)
    return _("{first} and {last}").format(first=", ".join(items[:-1]), last=items[-1])


def _normalise(quiz: Quiz, answers: Mapping[str, Answer]) -> dict[str, Answer]:
    """Check every answer against its question; return a clean mapping of the given ones."""
    clean: dict[str, Answer] = {}
    for question in quiz.questions:
        if question.id not in answers:
            continue
        value = answers[question.id]
        if quiz.kind == "yes_no":
            if value in (YES, NO):
                value = value == YES
            if not isinstance(value, bool):
                raise AnswerError(f"{quiz.id}.{question.id}: expected yes/no, got {value!r}")
        elif quiz.kind == "choice":
            if not isinstance(value, str) or question.option(value) is None:
                raise AnswerError(f"{quiz.id}.{question.id}: unknown option {value!r}")
        elif quiz.kind == "multi":
            if not isinstance(value, list | tuple) or not all(
                isinstance(v, str) and question.option(v) for v in value
            ):
                raise AnswerError(f"{quiz.id}.{question.id}: unknown options {value!r}")
            value = [o.id for o in question.options if o.id in value]
        elif not isinstance(value, str):
            raise AnswerError(f"{quiz.id}.{question.id}: expected text")
        clean[question.id] = value
    return clean


def _as_list(value: Answer) -> list[str]:
    return value if isinstance(value, list) else []


def score(quiz: Quiz, answers: Mapping[str, Answer]) -> QuizResult:
    """Score a (complete or partial) set of answers with the quiz's rule."""
    given = _normalise(quiz, answers)
    rule = quiz.scoring
    detail: tuple[str, ...] = ()
    points: int | None = None
    if rule.rule == "majority":
        option_map = dict(rule.option_map)
        counts = dict.fromkeys(option_map.values(), 0)
        for value in given.values():
            counts[option_map[str(value)]] += 1
        points = max(counts.values())
        winners = tuple(result_id for result_id, count in counts.items() if count == points)
        if len(winners) == 1 and points > 0:
            result_id = winners[0]
        else:
            result_id, detail = rule.tie_result or "", winners
    elif rule.rule == "count_yes":
        points = sum(1 for value in given.values() if value is True)
        result_id = next(r.id for r in quiz.results if r.band and r.band[0] <= points <= r.band[1])
        detail = tuple(
            group.id
            for group in quiz.groups
            if 2 * sum(1 for q in quiz.questions if q.group == group.id and given.get(q.id) is True)
            <= sum(1 for q in quiz.questions if q.group == group.id)
        )
    elif rule.rule == "flags":
        detail = tuple(q.id for q in quiz.questions if given.get(q.id) is True)
        points = len(detail)
        result_id = (rule.found_result if detail else rule.none_result) or ""
    elif rule.rule == "max_level":
        hits = [q for q in quiz.questions if given.get(q.id) not in (None, False, [])]
        picked = [v for q in hits for v in _as_list(given[q.id])]
        detail = tuple(picked) if quiz.kind == "multi" else tuple(q.id for q in hits)
        levels = {q.level for q in hits}
        result_id = next((lvl for lvl in rule.levels if lvl in levels), rule.none_result or "")
    else:
        result_id = rule.result or ""
    result = quiz.result(result_id)
    max_score = len(quiz.questions) if points is not None else None
    return QuizResult(quiz.id, result_id, points, max_score, detail, result.show_help_lines)


def next_question(quiz: Quiz, answers: Mapping[str, Answer]) -> int | None:
    """Index of the first unanswered question (for resuming), or None when all are answered."""
    return next((i for i, q in enumerate(quiz.questions) if q.id not in answers), None)


def answer_for(quiz: Quiz, index: int, option_id: str) -> str | bool:
    """Turn a pressed button's option id into the answer to store (AnswerError if stale)."""
    question = quiz.questions[index]
    if quiz.kind == "yes_no" and option_id in (YES, NO):
        return option_id == YES
    if quiz.kind == "choice" and question.option(option_id):
        return option_id
    raise AnswerError(f"{quiz.id}.{question.id}: no option {option_id!r}")


def toggle(quiz: Quiz, index: int, picked: Sequence[str], option_id: str) -> list[str]:
    """Add or remove ``option_id`` in a multi-select answer (AnswerError if stale)."""
    question = quiz.questions[index]
    if quiz.kind != "multi" or question.option(option_id) is None:
        raise AnswerError(f"{quiz.id}.{question.id}: no option {option_id!r}")
    chosen = set(picked) ^ {option_id}
    return [o.id for o in question.options if o.id in chosen]


def option_labels(quiz: Quiz, index: int, picked: Sequence[str] = ()) -> list[tuple[str, str]]:
    """Button ``(option_id, label)`` pairs for a question; multi adds ``"ok"`` (done)."""
    question = quiz.questions[index]
    if quiz.kind == "yes_no":
        return [(YES, _("Yes")), (NO, _("No"))]
    if quiz.kind == "reflection":
        return []
    labels = [
        (o.id, ("✅ " if o.id in picked else "") + _content(o.label)) for o in question.options
    ]
    if quiz.kind == "multi":
        labels.append((DONE_OPTION, _("Done")))
    return labels


def render_intro(quiz: Quiz) -> str:
    """The quiz's opening message: title, introduction, number of questions."""
    count = len(quiz.questions)
    number = ngettext("{count} question", "{count} questions", count).format(count=count)
    return f"<b>{_t(quiz.title)}</b>\n\n{_t(quiz.intro)}\n\n<i>{number}</i>"


def render_question(quiz: Quiz, index: int) -> str:
    """One question as a message: "Vraag 2 van 20", the group, the question, a hint."""
    question = quiz.questions[index]
    total = len(quiz.questions)
    position = _("Question {n} of {total}").format(n=index + 1, total=total)
    lines = [f"<i>{position}</i>"]
    group = quiz.group(question.group)
    if group is not None:
        lines.append(f"<b>{_t(group.title)}</b>")
    lines += ["", f"<b>{_t(question.text)}</b>"]
    if quiz.kind == "multi":
        lines += ["", _("Tap everything that applies, then Done. Nothing applies? Just tap Done.")]
    elif quiz.kind == "reflection":
        lines += ["", _("Write your answer in a message. Only you can read it.")]
    return "\n".join(lines)


def _detail_lines(quiz: Quiz, result: QuizResult) -> list[str]:
    """The rule-specific part of a result: tied styles, weak groups, patterns, notes."""
    rule = quiz.scoring.rule
    if rule == "majority":
        labels = [_t(r.label) for r in quiz.results if r.id in result.detail]
        if labels:
            return [_("Your answers were split between: {styles}.").format(styles=_join(labels))]
    if rule == "count_yes" and 0 < len(result.detail) < len(quiz.groups):
        titles = [f"• {_t(g.title)}" for g in quiz.groups if g.id in result.detail]
        return [_bold(_("Most room to grow")), *titles]
    if rule == "flags" and result.detail:
        flags = [q.flag for q in quiz.questions if q.id in result.detail and q.flag]
        lines = [f"• <b>{_t(flag.label)}</b>: {_t(flag.advice)}" for flag in flags]
        return [_bold(_("What helps")), *lines]
    if rule == "max_level":
        picked = [o for q in quiz.questions for o in q.options if o.id in result.detail]
        notes = dict.fromkeys(f"• {_t(o.note)}" for o in picked if o.note)
        return [_bold(_("Good to know")), *notes] if notes else []
    return []


def render_result(quiz: Quiz, result: QuizResult) -> str:
    """The result message: title, score, explanation, details, next steps, footer."""
    outcome = quiz.result(result.result_id)
    parts = [f"<b>{_t(outcome.title)}</b>"]
    if quiz.scoring.rule == "count_yes" and result.score is not None:
        parts.append(
            _("Your score: {score} out of {total}.").format(
                score=result.score, total=result.max_score
            )
        )
    parts.append(_t(outcome.text))
    detail = _detail_lines(quiz, result)
    if detail:
        parts.append("\n".join(detail))
    steps = [f"• {_t(step.text)}" for step in outcome.steps]
    parts.append("\n".join([_bold(_("What you can do now")), *steps]))
    if quiz.footer:
        parts.append(f"<i>{_t(quiz.footer)}</i>")
    return "\n\n".join(parts)


def result_exercises(quiz: Quiz, result: QuizResult) -> list[str]:
    """Exercise ids the result points at (steps, then recognised patterns), without repeats."""
    ids = [s.exercise for s in quiz.result(result.result_id).steps if s.exercise]
    if quiz.scoring.rule == "flags":
        ids += [
            q.flag.exercise
            for q in quiz.questions
            if q.id in result.detail and q.flag and q.flag.exercise
        ]
    return list(dict.fromkeys(ids))


def _label(quiz: Quiz | None, result_id: str) -> str:
    try:
        return _t(quiz.result(result_id).label) if quiz else _("an earlier result")
    except KeyError:
        return _("an earlier result")


def compare(previous: QuizResult | None, current: QuizResult, quiz: Quiz | None = None) -> str:
    """One or two Dutch sentences on how ``current`` differs from ``previous``."""
    if previous is None:
        return _(
            "This is the first time you have filled this in. Next time you will see here what "
            "has changed."
        )
    if previous.quiz_id != current.quiz_id:
        raise ValueError(f"cannot compare {previous.quiz_id} with {current.quiz_id}")
    quiz = quiz or get_quiz(current.quiz_id)
    rule = quiz.scoring.rule if quiz else None
    sentences: list[str] = []
    if previous.score is not None and current.score is not None and rule == "count_yes":
        sentences.append(
            _("Last time {before} out of {before_total}, now {now} out of {total}.").format(
                before=previous.score,
                before_total=previous.max_score,
                now=current.score,
                total=current.max_score,
            )
        )
    elif previous.score is not None and current.score is not None and rule == "flags" and quiz:
        sentences.append(
            _("Last time you recognised {before} of {before_total}, now {now} of {total}.").format(
                before=previous.score,
                before_total=previous.max_score,
                now=current.score,
                total=current.max_score,
            )
        )
        names = {q.id: _t(q.flag.label) for q in quiz.questions if q.flag}
        gone = [names[i] for i in previous.detail if i in names and i not in current.detail]
        new = [names[i] for i in current.detail if i in names and i not in previous.detail]
        if gone:
            sentences.append(_("No longer recognised: {patterns}.").format(patterns=_join(gone)))
        if new:
            sentences.append(_("New this time: {patterns}.").format(patterns=_join(new)))
        return " ".join(sentences)
    if rule == "none":
        sentences.append(_("You have answered these questions before. See what has shifted."))
    elif previous.result_id == current.result_id:
        if not sentences:
            sentences.append(
                _("Same result as last time: “{label}”.").format(
                    label=_label(quiz, current.result_id)
                )
            )
    else:
        sentences.append(
            _("Last time your result was “{before}”, now it is “{now}”.").format(
                before=_label(quiz, previous.result_id), now=_label(quiz, current.result_id)
            )
        )
    return " ".join(sentences)

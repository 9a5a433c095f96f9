"""Loads and validates the quiz content in ``content/quizzes/`` at start-up.

One JSON file per quiz. Text fields hold ENGLISH msgids (see
:data:`bot.content_extract.TEXT_KEYS`); the Dutch lives in ``locales/nl/.../quiz.po``.
Adding a quiz is adding a file (and its translations), not code. Shape::

    {"id": "health", "order": 20, "kind": "yes_no", "title": "...", "intro": "...",
     "footer": "... (optional, shown under every result)",
     "groups": [{"id": "connect", "title": "..."}],          (optional)
     "questions": [{"id": "q1", "text": "...", "group": "connect",
                    "options": [{"id": "a", "label": "...", "note": "..."}],
                    "level": "urgent", "flag": {"label": "...", "advice": "...",
                                                "exercise": "checkin_daily"}}],
     "scoring": {"rule": "count_yes", ...},
     "results": [{"id": "healthy", "label": "...", "title": "...", "text": "...",
                  "band": [15, 20], "show_help_lines": false,
                  "steps": [{"text": "...", "exercise": "checkin_weekly"}]}]}

Kinds and the rules they allow (answers: see :mod:`bot.quiz`):

- ``choice`` (one option per question; options required) — ``majority``:
  ``{"map": {option_id: result_id}, "tie_result": id}``; the result with the most
  answers wins, any tie for first place gives ``tie_result``.
- ``yes_no`` — ``count_yes`` (each result has a ``band`` [low, high]; the bands
  must cover 0..number of questions without gaps or overlaps); ``flags`` (every
  question has a ``flag``; ``{"found_result": id, "none_result": id}``);
  ``max_level`` (see multi).
- ``multi`` (pick any options, then "done") — ``max_level``:
  ``{"levels": [most urgent first], "none_result": id}``; each question has a
  ``level``, and the result is the most urgent level with a yes / a picked option.
- ``reflection`` (free text, never scored) — ``none``: ``{"result": id}``.

Ids match ``[a-z0-9_]{1,12}`` (they go into 64-byte callback data such as
``qz:<quiz>:<index>:<option>``); exercise ids ``[a-z0-9_]{1,32}``. Every result
has 2–4 next steps, each optionally pointing at an exercise id. Any problem
raises :class:`ContentError` with ONE line ``<file>: <key>: <problem>``;
an msgid whose Dutch text equals the msgid counts as untranslated.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from bot.content_extract import iter_texts
from bot.i18n import DEFAULT_LOCALE, _, use_locale

PROJECT_DIR = Path(__file__).resolve().parent.parent
CONTENT_DIR = PROJECT_DIR / "content"
ID_PATTERN = re.compile(r"[a-z0-9_]{1,12}")
EXERCISE_PATTERN = re.compile(r"[a-z0-9_]{1,32}")
YES, NO = "y", "n"
DONE_OPTION = "ok"  # the "done" button of a multi-select question; reserved as option id
KIND_RULES = {
    "choice": {"majority"},
    "yes_no": {"count_yes", "flags", "max_level"},
    "multi": {"max_level"},
    "reflection": {"none"},
}
RULE_KEYS = {
    "majority": {"map", "tie_result"},
    "count_yes": set(),
    "flags": {"found_result", "none_result"},
    "max_level": {"levels", "none_result"},
    "none": {"result"},
}


class ContentError(ValueError):
    """A content file is broken; the message is one line naming the file and the key."""

    def __init__(self, file: str | Path, key: str, problem: str) -> None:
        super().__init__(" ".join(f"{file}: {key}: {problem}".split()))


@dataclass(frozen=True)
class Option:
    """An answer option of a choice or multi-select question."""

    id: str
    label: str
    note: str | None = None


@dataclass(frozen=True)
class Flag:
    """What a yes to a ``flags`` question means: a named pattern and what counters it."""

    label: str
    advice: str
    exercise: str | None = None


@dataclass(frozen=True)
class Question:
    """One question; ``options`` is empty for yes/no and reflection quizzes."""

    id: str
    text: str
    options: tuple[Option, ...] = ()
    group: str | None = None
    level: str | None = None
    flag: Flag | None = None

    def option(self, option_id: str) -> Option | None:
        """The option with this id, or None."""
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class Group:
    """A themed group of questions (shown above its questions)."""

    id: str
    title: str


@dataclass(frozen=True)
class Step:
    """A concrete next step, optionally pointing at an exercise or technique id."""

    text: str
    exercise: str | None = None


@dataclass(frozen=True)
class Result:
    """A possible outcome: short label (for history), title, explanation, next steps."""

    id: str
    label: str
    title: str
    text: str
    steps: tuple[Step, ...]
    show_help_lines: bool = False
    band: tuple[int, int] | None = None


@dataclass(frozen=True)
class Scoring:
    """The scoring rule and its parameters (unused ones stay empty)."""

    rule: str
    option_map: tuple[tuple[str, str], ...] = ()
    tie_result: str | None = None
    found_result: str | None = None
    none_result: str | None = None
    levels: tuple[str, ...] = ()
    result: str | None = None


@dataclass(frozen=True)
class Quiz:
    """A validated quiz."""

    id: str
    order: int
    kind: str
    title: str
    intro: str
    questions: tuple[Question, ...]
    scoring: Scoring
    results: tuple[Result, ...]
    groups: tuple[Group, ...] = ()
    footer: str | None = None

    def result(self, result_id: str) -> Result:
        """The result with this id (KeyError if unknown)."""
        for result in self.results:
            if result.id == result_id:
                return result
        raise KeyError(result_id)

    def group(self, group_id: str | None) -> Group | None:
        """The group with this id, or None."""
        return next((g for g in self.groups if g.id == group_id), None)

    @property
    def max_score(self) -> int | None:
        """The highest possible score, for rules that count."""
        return len(self.questions) if self.scoring.rule in ("count_yes", "flags") else None


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _DuplicateKey(key)
        seen[key] = value
    return seen


class _Parser:
    """Turns one parsed JSON document into a :class:`Quiz`, failing on the first problem."""

    def __init__(self, file: str, exercise_ids: Collection[str] | None) -> None:
        self.file = file
        self.exercise_ids = exercise_ids

    def fail(self, key: str, problem: str) -> NoReturn:
        raise ContentError(self.file, key or "(top level)", problem)

    def obj(self, path: str, value: Any, required: set[str], optional: Iterable[str] = ()) -> Any:
        if not isinstance(value, dict):
            self.fail(path, "must be an object")
        prefix = f"{path}." if path else ""
        for key in sorted(required - value.keys()):
            self.fail(prefix + key, "missing")
        for key in sorted(value.keys() - required - set(optional)):
            self.fail(prefix + key, "unknown key")
        return value

    def items(self, path: str, value: Any, minimum: int = 1, maximum: int = 10_000) -> list[Any]:
        if not isinstance(value, list):
            self.fail(path, "must be a list")
        if not minimum <= len(value) <= maximum:
            self.fail(path, f"needs {minimum} to {maximum} items, has {len(value)}")
        return value

    def text(self, path: str, value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(path, "must be a non-empty string")
        return value

    def ident(self, path: str, value: Any, pattern: re.Pattern[str] = ID_PATTERN) -> str:
        if not isinstance(value, str) or not pattern.fullmatch(value):
            self.fail(path, f"{value!r} is not an id matching {pattern.pattern}")
        return value

    def unique(self, path: str, ids: list[str]) -> None:
        for index, item in enumerate(ids):
            if item in ids[:index]:
                self.fail(f"{path}[{index}].id", f"duplicate id {item!r}")

    def ref(self, path: str, value: Any, known: Collection[str], what: str) -> str:
        if not isinstance(value, str) or value not in known:
            self.fail(path, f"{what} {value!r} does not exist")
        return str(value)

    def exercise(self, path: str, value: Any) -> str | None:
        if value is None:
            return None
        exercise = self.ident(path, value, EXERCISE_PATTERN)
        if self.exercise_ids is not None and exercise not in self.exercise_ids:
            self.fail(path, f"unknown exercise {exercise!r}")
        return exercise

    def quiz(self, data: Any) -> Quiz:
        top = {"id", "order", "kind", "title", "intro", "questions", "scoring", "results"}
        doc = self.obj("", data, top, ("footer", "groups"))
        kind = doc["kind"]
        if not isinstance(kind, str) or kind not in KIND_RULES:
            self.fail("kind", f"unknown kind {kind!r} (one of {', '.join(KIND_RULES)})")
        order = doc["order"]
        if not isinstance(order, int) or isinstance(order, bool):
            self.fail("order", "must be an integer")
        all_params = set().union(*RULE_KEYS.values())
        rule = self.obj("scoring", doc["scoring"], {"rule"}, all_params)["rule"]
        if not isinstance(rule, str) or rule not in RULE_KEYS:
            self.fail("scoring.rule", f"unknown rule {rule!r} (one of {', '.join(RULE_KEYS)})")
        if rule not in KIND_RULES[kind]:
            self.fail("scoring.rule", f"rule {rule!r} does not fit kind {kind!r}")
        group_list: list[Group] = []
        for i, group in enumerate(self.items("groups", doc.get("groups", []), minimum=0)):
            self.obj(f"groups[{i}]", group, {"id", "title"})
            group_id = self.ident(f"groups[{i}].id", group["id"])
            group_list.append(Group(group_id, self.text(f"groups[{i}].title", group["title"])))
        groups = tuple(group_list)
        self.unique("groups", [g.id for g in groups])
        results = tuple(
            self.result(f"results[{i}]", r, rule)
            for i, r in enumerate(self.items("results", doc["results"]))
        )
        self.unique("results", [r.id for r in results])
        questions = tuple(
            self.question(f"questions[{i}]", q, kind, rule, groups)
            for i, q in enumerate(self.items("questions", doc["questions"]))
        )
        self.unique("questions", [q.id for q in questions])
        if kind == "multi":  # result detail names picked options, so they must be unambiguous
            seen: set[str] = set()
            for qi, question in enumerate(questions):
                for oi, option in enumerate(question.options):
                    if option.id in seen:
                        self.fail(f"questions[{qi}].options[{oi}].id", "option id used twice")
                    seen.add(option.id)
        for index, group in enumerate(groups):
            if all(q.group != group.id for q in questions):
                self.fail(f"groups[{index}].id", f"group {group.id!r} has no questions")
        footer = self.text("footer", doc["footer"]) if "footer" in doc else None
        return Quiz(
            id=self.ident("id", doc["id"]),
            order=order,
            kind=kind,
            title=self.text("title", doc["title"]),
            intro=self.text("intro", doc["intro"]),
            questions=questions,
            scoring=self.scoring(doc["scoring"], rule, questions, results),
            results=results,
            groups=groups,
            footer=footer,
        )

    def result(self, path: str, value: Any, rule: str) -> Result:
        required = {"id", "label", "title", "text", "steps"}
        required |= {"band"} if rule == "count_yes" else set()
        doc = self.obj(path, value, required, {"show_help_lines"})
        help_lines = doc.get("show_help_lines", False)
        if not isinstance(help_lines, bool):
            self.fail(f"{path}.show_help_lines", "must be true or false")
        band = None
        if "band" in doc:
            low_high = self.items(f"{path}.band", doc["band"], minimum=2, maximum=2)
            if not all(isinstance(n, int) and not isinstance(n, bool) for n in low_high):
                self.fail(f"{path}.band", "must be two integers [low, high]")
            if low_high[0] > low_high[1]:
                self.fail(f"{path}.band", "low is above high")
            band = (low_high[0], low_high[1])
        steps = []
        for i, step in enumerate(self.items(f"{path}.steps", doc["steps"], 2, 4)):
            self.obj(f"{path}.steps[{i}]", step, {"text"}, {"exercise"})
            text = self.text(f"{path}.steps[{i}].text", step["text"])
            steps.append(
                Step(text, self.exercise(f"{path}.steps[{i}].exercise", step.get("exercise")))
            )
        return Result(
            id=self.ident(f"{path}.id", doc["id"]),
            label=self.text(f"{path}.label", doc["label"]),
            title=self.text(f"{path}.title", doc["title"]),
            text=self.text(f"{path}.text", doc["text"]),
            steps=tuple(steps),
            show_help_lines=help_lines,
            band=band,
        )

    def question(
        self, path: str, value: Any, kind: str, rule: str, groups: tuple[Group, ...]
    ) -> Question:
        required = {"id", "text"}
        required |= {"options"} if kind in ("choice", "multi") else set()
        required |= {"group"} if groups else set()
        required |= {"level"} if rule == "max_level" else set()
        required |= {"flag"} if rule == "flags" else set()
        doc = self.obj(path, value, required)
        options: list[Option] = []
        for i, option in enumerate(
            self.items(f"{path}.options", doc.get("options", []), minimum=0)
        ):
            where = f"{path}.options[{i}]"
            self.obj(where, option, {"id", "label"}, {"note"})
            option_id = self.ident(f"{where}.id", option["id"])
            if kind == "multi" and option_id == DONE_OPTION:
                self.fail(f"{where}.id", f"{DONE_OPTION!r} is reserved for the done button")
            note = self.text(f"{where}.note", option["note"]) if "note" in option else None
            options.append(Option(option_id, self.text(f"{where}.label", option["label"]), note))
        if kind == "choice" and len(options) < 2:
            self.fail(f"{path}.options", "a choice question needs at least 2 options")
        if kind == "multi" and not options:
            self.fail(f"{path}.options", "a multi-select question needs options")
        self.unique(f"{path}.options", [o.id for o in options])
        flag = None
        if "flag" in doc:
            self.obj(f"{path}.flag", doc["flag"], {"label", "advice"}, {"exercise"})
            flag = Flag(
                self.text(f"{path}.flag.label", doc["flag"]["label"]),
                self.text(f"{path}.flag.advice", doc["flag"]["advice"]),
                self.exercise(f"{path}.flag.exercise", doc["flag"].get("exercise")),
            )
        group = doc.get("group")
        if groups:
            self.ref(f"{path}.group", group, [g.id for g in groups], "group")
        return Question(
            id=self.ident(f"{path}.id", doc["id"]),
            text=self.text(f"{path}.text", doc["text"]),
            options=tuple(options),
            group=group,
            level=doc.get("level"),
            flag=flag,
        )

    def scoring(
        self, value: Any, rule: str, questions: tuple[Question, ...], results: tuple[Result, ...]
    ) -> Scoring:
        doc = self.obj("scoring", value, {"rule"} | RULE_KEYS[rule])
        ids = [r.id for r in results]
        reached: set[str]
        if rule == "majority":
            mapping = doc["map"]
            if not isinstance(mapping, dict) or not mapping:
                self.fail("scoring.map", "must map option ids to result ids")
            options = {o.id for q in questions for o in q.options}
            for option_id, result_id in mapping.items():
                self.ref(f"scoring.map.{option_id}", option_id, options, "option")
                self.ref(f"scoring.map.{option_id}", result_id, ids, "result")
            for qi, question in enumerate(questions):
                for oi, option in enumerate(question.options):
                    if option.id not in mapping:
                        self.fail(f"questions[{qi}].options[{oi}].id", "not in scoring.map")
            tie = self.ref("scoring.tie_result", doc["tie_result"], ids, "result")
            reached = set(mapping.values()) | {tie}
            scoring = Scoring(rule, option_map=tuple(mapping.items()), tie_result=tie)
        elif rule == "count_yes":
            self.check_bands(results, len(questions))
            reached, scoring = set(ids), Scoring(rule)
        elif rule == "flags":
            found = self.ref("scoring.found_result", doc["found_result"], ids, "result")
            none = self.ref("scoring.none_result", doc["none_result"], ids, "result")
            reached, scoring = {found, none}, Scoring(rule, found_result=found, none_result=none)
        elif rule == "max_level":
            levels = self.items("scoring.levels", doc["levels"])
            for i, level in enumerate(levels):
                self.ref(f"scoring.levels[{i}]", level, ids, "result")
                if level in levels[:i]:
                    self.fail(f"scoring.levels[{i}]", f"duplicate level {level!r}")
            for qi, question in enumerate(questions):
                self.ref(f"questions[{qi}].level", question.level, levels, "level")
            for i, level in enumerate(levels):
                if all(q.level != level for q in questions):
                    self.fail(f"scoring.levels[{i}]", f"no question has level {level!r}")
            none = self.ref("scoring.none_result", doc["none_result"], ids, "result")
            reached = set(levels) | {none}
            scoring = Scoring(rule, levels=tuple(levels), none_result=none)
        else:
            only = self.ref("scoring.result", doc["result"], ids, "result")
            reached, scoring = {only}, Scoring(rule, result=only)
        for index, result_id in enumerate(ids):
            if result_id not in reached:
                self.fail(f"results[{index}].id", f"result {result_id!r} is never reached")
        return scoring

    def check_bands(self, results: tuple[Result, ...], top: int) -> None:
        bands = sorted((r.band or (0, -1), i) for i, r in enumerate(results))
        expected = 0
        for (low, high), index in bands:
            if low > expected:
                self.fail(f"results[{index}].band", f"scores {expected}..{low - 1} have no result")
            if low < expected:
                self.fail(f"results[{index}].band", f"overlaps another band at {low}")
            expected = high + 1
        if expected != top + 1:
            index = bands[-1][1]
            self.fail(f"results[{index}].band", f"bands must end at {top}, not {expected - 1}")


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(PROJECT_DIR))
    except ValueError:
        return str(path)


def _check_translations(file: str, data: Any) -> None:
    with use_locale(DEFAULT_LOCALE):
        for key, msgid in iter_texts(data):
            if _(msgid) == msgid:  # content msgid
                raise ContentError(file, key, f"no {DEFAULT_LOCALE} translation for {msgid!r}")


def load_quiz(
    path: Path, *, exercise_ids: Collection[str] | None = None, check_translations: bool = True
) -> Quiz:
    """Load and validate one quiz file."""
    file = _display(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_duplicate_keys)
    except _DuplicateKey as exc:
        raise ContentError(file, exc.key, "duplicate key") from None
    except json.JSONDecodeError as exc:
        raise ContentError(file, f"line {exc.lineno}", f"invalid JSON: {exc.msg}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError(file, "(file)", f"cannot read: {exc}") from None
    quiz = _Parser(file, exercise_ids).quiz(data)
    if check_translations:
        _check_translations(file, data)
    return quiz


def load_quizzes(
    directory: Path = CONTENT_DIR / "quizzes",
    *,
    exercise_ids: Collection[str] | None = None,
    check_translations: bool = True,
) -> dict[str, Quiz]:
    """Load every ``*.json`` quiz in ``directory``, in display order; raise ContentError."""
    if not directory.is_dir():
        raise ContentError(_display(directory), "(directory)", "not found")
    found: dict[str, tuple[Quiz, Path]] = {}
    for path in sorted(directory.glob("*.json")):
        quiz = load_quiz(path, exercise_ids=exercise_ids, check_translations=check_translations)
        if quiz.id in found:
            other = found[quiz.id][1].name
            raise ContentError(_display(path), "id", f"quiz id {quiz.id!r} is also used by {other}")
        found[quiz.id] = (quiz, path)
    ordered = sorted((quiz for quiz, _path in found.values()), key=lambda q: (q.order, q.id))
    return {quiz.id: quiz for quiz in ordered}


_loaded: dict[str, Quiz] = {}


def quizzes() -> dict[str, Quiz]:
    """The quizzes of ``content/quizzes``, loaded and validated once (ContentError if broken)."""
    if not _loaded:
        _loaded.update(load_quizzes())
    return _loaded


def reload_quizzes(directory: Path | None = None) -> dict[str, Quiz]:
    """Load and validate the quizzes now (at start-up) and serve them from then on."""
    loaded = load_quizzes(directory or CONTENT_DIR / "quizzes")
    _loaded.clear()
    _loaded.update(loaded)
    return loaded


def get_quiz(quiz_id: str) -> Quiz | None:
    """The quiz with this id from ``content/quizzes``, or None (e.g. a stale button)."""
    return quizzes().get(quiz_id)

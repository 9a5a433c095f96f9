"""The exercise library coaches broadcast: ``content/exercises.json``, loaded and validated.

The file holds ENGLISH msgids; the Dutch lives in ``locales/nl/LC_MESSAGES/coach.po``.
Adding an exercise is adding an entry (and its translations), not code. Shape::

    {"exercises": [
        {"id": "reflective_listening",
         "title": "...",                       short name, also the button label
         "why": "...",                         one or two sentences: why it helps
         "steps": [{"text": "..."}, ...],      2 to 8 concrete steps, in order
         "this_week": "..."}                   the assignment for the coming week
    ]}

Ids match ``[a-z0-9_]{1,32}`` (quiz results point at them and they go into button
data). Any problem raises :class:`ExerciseError` with ONE line ``<file>: <key>:
<problem>``; call :func:`library` at start-up so a broken file stops the bot there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from bot.content import CONTENT_DIR, EXERCISE_PATTERN, PROJECT_DIR, ContentError
from bot.i18n import DEFAULT_LOCALE, _, use_locale

EXERCISES_FILE = CONTENT_DIR / "exercises.json"
TEXT_FIELDS = ("title", "why", "this_week")
MIN_STEPS, MAX_STEPS = 2, 8
MAX_TITLE = 40  # the title is a button label too


class ExerciseError(ContentError):
    """The exercise library is broken; the message is one line naming the file and key."""


@dataclass(frozen=True)
class Exercise:
    """One exercise of the library; every text is an English msgid."""

    id: str
    title: str
    why: str
    steps: tuple[str, ...]
    this_week: str

    def texts(self) -> list[str]:
        """Every msgid of the exercise, in reading order."""
        return [self.title, self.why, *self.steps, self.this_week]


class _DuplicateKeyError(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _DuplicateKeyError(key)
        seen[key] = value
    return seen


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(PROJECT_DIR))
    except ValueError:
        return str(path)


class _Parser:
    def __init__(self, file: str) -> None:
        self.file = file

    def fail(self, key: str, problem: str) -> NoReturn:
        raise ExerciseError(self.file, key, problem)

    def text(self, key: str, value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(key, "must be a non-empty string")
        return value

    def keys(self, key: str, value: Any, expected: set[str]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(key or "(top)", "must be an object")
        prefix = f"{key}." if key else ""
        for missing in sorted(expected - value.keys()):
            self.fail(prefix + missing, "missing")
        for unknown in sorted(value.keys() - expected):
            self.fail(prefix + unknown, "unknown key")
        return value

    def library(self, data: Any) -> dict[str, Exercise]:
        doc = self.keys("", data, {"exercises"})
        items = doc["exercises"]
        if not isinstance(items, list) or not items:
            self.fail("exercises", "must be a non-empty list")
        found: dict[str, Exercise] = {}
        for index, item in enumerate(items):
            exercise = self.exercise(f"exercises[{index}]", item)
            if exercise.id in found:
                self.fail(f"exercises[{index}].id", f"duplicate id {exercise.id!r}")
            found[exercise.id] = exercise
        return found

    def exercise(self, key: str, value: Any) -> Exercise:
        doc = self.keys(key, value, {"id", *TEXT_FIELDS, "steps"})
        exercise_id = doc["id"]
        if not isinstance(exercise_id, str) or not EXERCISE_PATTERN.fullmatch(exercise_id):
            self.fail(
                f"{key}.id", f"{exercise_id!r} is not an id matching {EXERCISE_PATTERN.pattern}"
            )
        title = self.text(f"{key}.title", doc["title"])
        if len(title) > MAX_TITLE:
            self.fail(f"{key}.title", f"longer than {MAX_TITLE} characters")
        steps = doc["steps"]
        if not isinstance(steps, list) or not MIN_STEPS <= len(steps) <= MAX_STEPS:
            self.fail(f"{key}.steps", f"needs {MIN_STEPS} to {MAX_STEPS} steps")
        step_texts: list[str] = []
        for number, step in enumerate(steps):
            where = f"{key}.steps[{number}]"
            step_texts.append(self.text(f"{where}.text", self.keys(where, step, {"text"})["text"]))
        return Exercise(
            id=exercise_id,
            title=title,
            why=self.text(f"{key}.why", doc["why"]),
            steps=tuple(step_texts),
            this_week=self.text(f"{key}.this_week", doc["this_week"]),
        )

    def translations(self, exercises: dict[str, Exercise]) -> None:
        with use_locale(DEFAULT_LOCALE):
            for index, exercise in enumerate(exercises.values()):
                for msgid in exercise.texts():
                    translated = _(msgid)  # content msgid
                    if translated == msgid:
                        self.fail(
                            f"exercises[{index}]",
                            f"no {DEFAULT_LOCALE} translation for {msgid[:60]!r}",
                        )
                    if len(translated) > MAX_TITLE and msgid == exercise.title:
                        self.fail(f"exercises[{index}].title", "translation too long for a button")


def load_exercises(
    path: Path = EXERCISES_FILE, *, check_translations: bool = True
) -> dict[str, Exercise]:
    """Load and validate an exercise library file; raise :class:`ExerciseError`."""
    file = _display(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_duplicates)
    except _DuplicateKeyError as exc:
        raise ExerciseError(file, exc.key, "duplicate key") from None
    except json.JSONDecodeError as exc:
        raise ExerciseError(file, f"line {exc.lineno}", f"invalid JSON: {exc.msg}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ExerciseError(file, "(file)", f"cannot read: {exc}") from None
    parser = _Parser(file)
    exercises = parser.library(data)
    if check_translations:
        parser.translations(exercises)
    return exercises


_loaded: dict[str, Exercise] = {}


def library() -> dict[str, Exercise]:
    """The exercises of ``content/exercises.json`` in file order, validated once."""
    if not _loaded:
        _loaded.update(load_exercises())
    return _loaded


def reload_library(path: Path = EXERCISES_FILE) -> dict[str, Exercise]:
    """Load and validate the library now (call at start-up); raise :class:`ExerciseError`."""
    loaded = load_exercises(path)
    _loaded.clear()
    _loaded.update(loaded)
    return loaded


def get(exercise_id: str) -> Exercise | None:
    """The exercise with this id, or None (an unknown id from an old button)."""
    return library().get(exercise_id)


def ids() -> frozenset[str]:
    """Every exercise id (for checking the quizzes' references)."""
    return frozenset(library())

"""Tests for loading and validating content (bot.content), its Dutch catalogue and extractor."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from babel.messages.extract import extract
from babel.messages.pofile import read_po

from bot.content import CONTENT_DIR, ContentError, load_quizzes
from bot.content_extract import TEXT_KEYS, extract_content, iter_texts
from bot.i18n import LOCALE_DIR, _, use_locale

QUIZ_DIR = CONTENT_DIR / "quizzes"
QUIZ_PO = LOCALE_DIR / "nl" / "LC_MESSAGES" / "quiz.po"
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def original(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((QUIZ_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return data


def broken_copy(tmp_path: Path, name: str, change: Callable[[dict[str, Any]], None]) -> Path:
    data = original(name)
    change(data)
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def assert_one_line_error(error: ContentError, path: Path, key: str) -> None:
    text = str(error)
    assert "\n" not in text
    assert text.startswith(str(path))
    assert f": {key}: " in text


# --- the real content ------------------------------------------------------------------


def test_real_content_loads_in_display_order() -> None:
    quizzes = load_quizzes()
    assert list(quizzes) == ["attachment", "health", "patterns", "help", "reflect"]
    kinds = {quiz.id: (quiz.kind, quiz.scoring.rule) for quiz in quizzes.values()}
    assert kinds == {
        "attachment": ("choice", "majority"),
        "health": ("yes_no", "count_yes"),
        "patterns": ("yes_no", "flags"),
        "help": ("multi", "max_level"),
        "reflect": ("reflection", "none"),
    }


def test_every_result_has_two_to_four_steps() -> None:
    for quiz in load_quizzes().values():
        for result in quiz.results:
            assert 2 <= len(result.steps) <= 4
            assert result.title and result.text and result.label


def test_exercise_ids_can_be_checked_against_the_library() -> None:
    referenced = {
        step.exercise
        for quiz in load_quizzes().values()
        for result in quiz.results
        for step in result.steps
        if step.exercise
    } | {
        q.flag.exercise
        for quiz in load_quizzes().values()
        for q in quiz.questions
        if q.flag and q.flag.exercise
    }
    load_quizzes(exercise_ids=referenced)  # passes with the full list
    with pytest.raises(ContentError, match="unknown exercise"):
        load_quizzes(exercise_ids=referenced - {"checkin_daily"})


# --- broken copies: one line naming the file and the key --------------------------------


def test_bad_json(tmp_path: Path) -> None:
    path = tmp_path / "attachment.json"
    path.write_text('{"id": "attachment",\n  "order": 10,,\n}', encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_quizzes(tmp_path)
    assert_one_line_error(caught.value, path, "line 2")
    assert "invalid JSON" in str(caught.value)


def test_duplicate_json_key(tmp_path: Path) -> None:
    path = tmp_path / "attachment.json"
    text = (QUIZ_DIR / "attachment.json").read_text(encoding="utf-8")
    path.write_text(text.replace('"order": 10,', '"order": 10, "order": 11,'), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_quizzes(tmp_path)
    assert_one_line_error(caught.value, path, "order")


def _delete(key: str) -> Callable[[dict[str, Any]], None]:
    return lambda data: data.pop(key)


def _set(setter: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    return setter


CASES: list[tuple[str, str, Callable[[dict[str, Any]], None], str, str]] = [
    ("missing key", "health", _delete("intro"), "intro", "missing"),
    (
        "missing nested key",
        "health",
        lambda d: d["results"][2].pop("steps"),
        "results[2].steps",
        "missing",
    ),
    ("unknown key", "health", lambda d: d.update(titel="x"), "titel", "unknown key"),
    (
        "unknown rule",
        "health",
        lambda d: d["scoring"].update(rule="median"),
        "scoring.rule",
        "unknown rule",
    ),
    (
        "rule does not fit kind",
        "health",
        lambda d: d["scoring"].update(rule="majority"),
        "scoring.rule",
        "does not fit",
    ),
    ("unknown kind", "health", lambda d: d.update(kind="slider"), "kind", "unknown kind"),
    (
        "band gap",
        "health",
        lambda d: d["results"][1].update(band=[11, 14]),
        "results[1].band",
        "scores 10..10 have no result",
    ),
    (
        "band overlap",
        "health",
        lambda d: d["results"][1].update(band=[9, 14]),
        "results[1].band",
        "overlaps",
    ),
    (
        "bands end short",
        "health",
        lambda d: d["results"][0].update(band=[15, 19]),
        "results[0].band",
        "must end at 20",
    ),
    (
        "duplicate question id",
        "attachment",
        lambda d: d["questions"][1].update(id="feel"),
        "questions[1].id",
        "duplicate id",
    ),
    (
        "duplicate result id",
        "patterns",
        lambda d: d["results"][1].update(id="found"),
        "results[1].id",
        "duplicate id",
    ),
    (
        "scoring names a missing option",
        "attachment",
        lambda d: d["scoring"]["map"].update(d="secure"),
        "scoring.map.d",
        "option 'd' does not exist",
    ),
    (
        "option not scored",
        "attachment",
        lambda d: d["scoring"]["map"].pop("c"),
        "questions[0].options[2].id",
        "not in scoring.map",
    ),
    (
        "scoring names a missing result",
        "patterns",
        lambda d: d["scoring"].update(found_result="seen"),
        "scoring.found_result",
        "result 'seen' does not exist",
    ),
    (
        "unreachable result",
        "patterns",
        lambda d: d["results"].append(dict(d["results"][1], id="extra")),
        "results[2].id",
        "never reached",
    ),
    (
        "unknown level",
        "help",
        lambda d: d["questions"][1].update(level="someday"),
        "questions[1].level",
        "level 'someday' does not exist",
    ),
    (
        "reserved option id",
        "help",
        lambda d: d["questions"][0]["options"][0].update(id="ok"),
        "questions[0].options[0].id",
        "reserved",
    ),
    (
        "id too long for callback data",
        "help",
        lambda d: d.update(id="professional_help"),
        "id",
        "not an id",
    ),
    (
        "too many steps",
        "reflect",
        lambda d: d["results"][0]["steps"].extend(d["results"][0]["steps"]),
        "results[0].steps",
        "needs 2 to 4 items",
    ),
    (
        "help lines flag not a boolean",
        "help",
        lambda d: d["results"][0].update(show_help_lines="yes"),
        "results[0].show_help_lines",
        "true or false",
    ),
    (
        "pattern without flag",
        "patterns",
        lambda d: d["questions"][3].pop("flag"),
        "questions[3].flag",
        "missing",
    ),
    (
        "untranslated msgid",
        "attachment",
        lambda d: d.update(title="A title nobody translated"),
        "title",
        "no nl translation",
    ),
    (
        "untranslated nested msgid",
        "patterns",
        lambda d: d["questions"][2]["flag"].update(advice="Untranslated advice"),
        "questions[2].flag.advice",
        "no nl translation",
    ),
]


@pytest.mark.parametrize(
    ("name", "change", "key", "problem"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_broken_copy_stops_loading(
    tmp_path: Path, name: str, change: Callable[[dict[str, Any]], None], key: str, problem: str
) -> None:
    path = broken_copy(tmp_path, name, change)
    with pytest.raises(ContentError) as caught:
        load_quizzes(tmp_path)
    assert_one_line_error(caught.value, path, key)
    assert problem in str(caught.value)


def test_duplicate_quiz_id_across_files(tmp_path: Path) -> None:
    text = (QUIZ_DIR / "attachment.json").read_text(encoding="utf-8")
    (tmp_path / "a.json").write_text(text, encoding="utf-8")
    (tmp_path / "b.json").write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_quizzes(tmp_path)
    assert_one_line_error(caught.value, tmp_path / "b.json", "id")
    assert "a.json" in str(caught.value)


def test_missing_directory(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="not found"):
        load_quizzes(tmp_path / "nope")


def test_adding_a_quiz_is_adding_data(tmp_path: Path) -> None:
    for name in ("attachment", "patterns"):
        (tmp_path / f"{name}.json").write_text(
            (QUIZ_DIR / f"{name}.json").read_text(encoding="utf-8"), encoding="utf-8"
        )
    extra = original("patterns")
    extra.update(id="patterns2", order=5)
    (tmp_path / "patterns2.json").write_text(json.dumps(extra), encoding="utf-8")
    assert list(load_quizzes(tmp_path)) == ["patterns2", "attachment", "patterns"]


# --- translations ------------------------------------------------------------------------


def content_msgids() -> list[tuple[str, str]]:
    found = []
    for path in sorted(QUIZ_DIR.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        found += [(f"{path.name}: {key}", msgid) for key, msgid in iter_texts(data)]
    return found


def test_every_content_msgid_has_a_dutch_translation() -> None:
    msgids = content_msgids()
    assert len(msgids) > 150
    with use_locale("nl"):
        for where, msgid in msgids:
            dutch = _(msgid)
            assert dutch != msgid, where
            assert PLACEHOLDER.findall(dutch) == PLACEHOLDER.findall(msgid), where


def test_quiz_po_is_complete_and_placeholders_match() -> None:
    with QUIZ_PO.open("rb") as po_file:
        catalogue = read_po(po_file)
    assert catalogue.locale is not None and str(catalogue.locale) == "nl"
    assert catalogue.plural_forms == "nplurals=2; plural=(n != 1);"
    for message in catalogue:
        if not message.id:
            continue
        assert not message.fuzzy, message.id
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        assert all(isinstance(string, str) for string in strings)
        assert all(strings), message.id
        for string in strings:
            assert sorted(PLACEHOLDER.findall(str(string))) == sorted(
                PLACEHOLDER.findall(str(ids[-1]))
            )
    in_po = {m.id for m in catalogue if isinstance(m.id, str) and m.id}
    assert {msgid for _, msgid in content_msgids()} <= in_po


# --- extractor -------------------------------------------------------------------------


def test_extractor_yields_every_text_with_its_line() -> None:
    path = QUIZ_DIR / "health.json"
    source = path.read_bytes()
    lines = source.decode("utf-8").splitlines()
    found = list(extract_content(io.BytesIO(source), ["_"], [], {}))
    assert [m for _, _, m, _ in found] == [m for _, m in iter_texts(json.loads(source))]
    for lineno, funcname, message, comments in found:
        assert funcname is None
        assert json.dumps(message, ensure_ascii=False) in lines[lineno - 1]
        assert comments and comments[0].startswith("content health: ")


def test_extractor_through_babel() -> None:
    source = (QUIZ_DIR / "reflect.json").read_bytes()
    method = "bot.content_extract:extract_content"
    messages = [message for _, message, _, _ in extract(method, io.BytesIO(source))]
    assert "Ten reflection questions" in messages
    assert len(messages) == len(list(iter_texts(json.loads(source))))


def test_text_keys_hold_only_text() -> None:
    def walk(data: Any) -> None:
        if isinstance(data, dict):
            for key, value in data.items():
                if key in TEXT_KEYS:
                    assert isinstance(value, str)
                else:
                    walk(value)
        elif isinstance(data, list):
            for item in data:
                walk(item)

    for path in QUIZ_DIR.glob("*.json"):
        walk(json.loads(path.read_text(encoding="utf-8")))


def _paths(data: Any, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    found = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found += _paths(value, (*prefix, index))
    return found


def test_any_damage_gives_content_error_or_a_valid_quiz(tmp_path: Path) -> None:
    """Replace or delete every node of every quiz: never a crash other than ContentError."""
    for source in sorted(QUIZ_DIR.glob("*.json")):
        pristine = json.loads(source.read_text(encoding="utf-8"))
        for path in _paths(pristine)[1:]:
            for junk in (None, "delete"):
                data = json.loads(json.dumps(pristine))
                parent = data
                for step in path[:-1]:
                    parent = parent[step]
                if junk == "delete":
                    del parent[path[-1]]
                else:
                    parent[path[-1]] = junk
                target = tmp_path / source.name
                target.write_text(json.dumps(data), encoding="utf-8")
                try:
                    load_quizzes(tmp_path)
                except ContentError as error:
                    assert "\n" not in str(error)

"""Unit tests for quiz scoring, rendering and comparison (bot.quiz) on the real content."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from itertools import combinations
from pathlib import Path

import pytest

from bot.content import CONTENT_DIR, DONE_OPTION, Quiz, load_quizzes
from bot.quiz import (
    AnswerError,
    QuizResult,
    answer_for,
    compare,
    next_question,
    option_labels,
    render_intro,
    render_question,
    render_result,
    result_exercises,
    score,
    toggle,
)


@pytest.fixture(scope="module")
def quizzes() -> dict[str, Quiz]:
    return load_quizzes()


def yes_count(quiz: Quiz, count: int) -> dict[str, bool]:
    return {q.id: index < count for index, q in enumerate(quiz.questions)}


# --- attachment: majority and the tie rule ---------------------------------------------


@pytest.mark.parametrize(
    ("answers", "expected", "points"),
    [
        (("a", "a", "a"), "avoidant", 3),
        (("b", "b", "b"), "anxious", 3),
        (("c", "c", "c"), "secure", 3),
        (("a", "b", "a"), "avoidant", 2),
        (("c", "b", "b"), "anxious", 2),
        (("c", "a", "c"), "secure", 2),
    ],
)
def test_attachment_majority(
    quizzes: dict[str, Quiz], answers: tuple[str, ...], expected: str, points: int
) -> None:
    quiz = quizzes["attachment"]
    result = score(quiz, dict(zip((q.id for q in quiz.questions), answers, strict=True)))
    assert (result.result_id, result.score, result.max_score) == (expected, points, 3)
    assert result.detail == ()
    assert not result.show_help_lines


@pytest.mark.parametrize("answers", [("a", "b", "c"), ("c", "a", "b"), ("b", "c", "a")])
def test_attachment_three_way_tie_is_mixed(
    quizzes: dict[str, Quiz], answers: tuple[str, ...]
) -> None:
    quiz = quizzes["attachment"]
    result = score(quiz, dict(zip((q.id for q in quiz.questions), answers, strict=True)))
    assert result.result_id == "mixed"
    assert result.detail == ("avoidant", "anxious", "secure")
    text = render_result(quiz, result)
    assert "geen duidelijke stijl" in text
    assert "vermijdend, angstig en veilig" in text
    assert "opnieuw" in text  # suggests retaking


def test_attachment_two_way_tie_is_mixed(quizzes: dict[str, Quiz]) -> None:
    # With three questions a two-way tie needs a skipped question; it is mixed too.
    result = score(quizzes["attachment"], {"feel": "a", "space": "b"})
    assert result.result_id == "mixed"
    assert result.detail == ("avoidant", "anxious")
    assert "vermijdend en angstig" in render_result(quizzes["attachment"], result)


def test_attachment_no_answers_is_mixed(quizzes: dict[str, Quiz]) -> None:
    result = score(quizzes["attachment"], {})
    assert result.result_id == "mixed"
    assert result.score == 0


def test_two_way_tie_in_an_even_quiz(tmp_path: Path) -> None:
    data = json.loads((CONTENT_DIR / "quizzes" / "attachment.json").read_text(encoding="utf-8"))
    fourth = dict(data["questions"][0], id="extra")
    data["questions"].append(fourth)
    (tmp_path / "even.json").write_text(json.dumps(data), encoding="utf-8")
    quiz = load_quizzes(tmp_path)["attachment"]
    result = score(quiz, {"feel": "a", "space": "c", "conflict": "a", "extra": "c"})
    assert (result.result_id, result.detail, result.score) == ("mixed", ("avoidant", "secure"), 2)
    result = score(quiz, {"feel": "a", "space": "c", "conflict": "a", "extra": "b"})
    assert result.result_id == "avoidant"


def test_attachment_results_mention_shares_and_change(quizzes: dict[str, Quiz]) -> None:
    quiz = quizzes["attachment"]
    for outcome in quiz.results:
        text = render_result(quiz, QuizResult(quiz.id, outcome.id))
        for share in ("50%", "20%", "25%", "5%"):
            assert share in text
        assert "één tot drie jaar" in text


def test_wrong_choice_answer_is_rejected(quizzes: dict[str, Quiz]) -> None:
    with pytest.raises(AnswerError):
        score(quizzes["attachment"], {"feel": "d"})
    with pytest.raises(AnswerError):
        score(quizzes["attachment"], {"feel": True})


# --- health checklist: count_yes and every band edge -----------------------------------


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (0, "crisis"),
        (4, "crisis"),
        (5, "redflag"),
        (9, "redflag"),
        (10, "improve"),
        (14, "improve"),
        (15, "healthy"),
        (20, "healthy"),
    ],
)
def test_health_band_edges(quizzes: dict[str, Quiz], count: int, expected: str) -> None:
    quiz = quizzes["health"]
    result = score(quiz, yes_count(quiz, count))
    assert (result.result_id, result.score, result.max_score) == (expected, count, 20)
    assert f"Je score: {count} van 20." in render_result(quiz, result)


def test_health_has_five_groups_of_four(quizzes: dict[str, Quiz]) -> None:
    quiz = quizzes["health"]
    assert len(quiz.questions) == 20
    assert [sum(q.group == g.id for q in quiz.questions) for g in quiz.groups] == [4] * 5


def test_health_accepts_button_ids_and_missing_answers(quizzes: dict[str, Quiz]) -> None:
    quiz = quizzes["health"]
    answers: dict[str, str | bool | list[str]] = {"c1": "y", "c2": "n", "c3": True}
    result = score(quiz, answers)
    assert result.score == 2
    with pytest.raises(AnswerError):
        score(quiz, {"c1": "maybe"})


def test_health_detail_names_weak_groups(quizzes: dict[str, Quiz]) -> None:
    quiz = quizzes["health"]
    answers = {q.id: q.group not in ("talk", "future") for q in quiz.questions}
    result = score(quiz, answers)
    assert result.detail == ("talk", "future")
    text = render_result(quiz, result)
    assert "Hier valt het meest te winnen" in text
    assert "Hoe we met elkaar praten" in text and "Onze toekomst" in text


def test_health_serious_bands_advise_therapy(quizzes: dict[str, Quiz]) -> None:
    quiz = quizzes["health"]
    for count in (0, 7):
        text = render_result(quiz, score(quiz, yes_count(quiz, count)))
        assert "relatietherapeut" in text
        assert "coaching, geen therapie" in text


# --- destructive patterns: flags -------------------------------------------------------


def test_patterns_none_recognised(quizzes: dict[str, Quiz]) -> None:
    quiz = quizzes["patterns"]
    result = score(quiz, {q.id: False for q in quiz.questions})
    assert (result.result_id, result.score, result.max_score, result.detail) == ("none", 0, 7, ())
    assert "Je herkende geen van de zeven" in render_result(quiz, result)


def test_patterns_lists_every_recognised_pattern_with_its_technique(
    quizzes: dict[str, Quiz],
) -> None:
    quiz = quizzes["patterns"]
    result = score(quiz, {"ghost": True, "wall": True, "sarcasm": "y", "fixer": False})
    assert result.result_id == "found"
    assert result.detail == ("wall", "sarcasm", "ghost")  # question order
    assert result.score == 3
    text = render_result(quiz, result)
    assert "De muur" in text and "Sarcasme" in text and "De geest" in text
    assert "De oplosser" not in text
    exercises = result_exercises(quiz, result)
    assert {"checkin_daily", "validate_first"} <= set(exercises)
    assert len(exercises) == len(set(exercises))


@pytest.mark.parametrize(
    ("pattern", "exercise"),
    [
        ("wall", "checkin_daily"),
        ("avoider", "checkin_weekly"),
        ("ghost", "checkin_daily"),
        ("defender", "reflective_listening"),
        ("judge", "reflective_listening"),
        ("fixer", "reflective_listening"),
        ("sarcasm", "validate_first"),
    ],
)
def test_each_pattern_points_at_its_counter(
    quizzes: dict[str, Quiz], pattern: str, exercise: str
) -> None:
    quiz = quizzes["patterns"]
    assert exercise in result_exercises(quiz, score(quiz, {pattern: True}))


def test_defender_and_judge_advice_names_ja_maar(quizzes: dict[str, Quiz]) -> None:
    quiz = quizzes["patterns"]
    text = render_result(quiz, score(quiz, {"defender": True, "judge": True}))
    assert text.count("‘ja, maar’") == 2


# --- do we need professional help: max_level ------------------------------------------

LEVEL_SIGNS = {"immediately": "affair", "urgent": "divorce", "recommended": "kids"}
QUESTION_OF = {"immediately": "now", "urgent": "month", "recommended": "later"}


@pytest.mark.parametrize(
    "levels",
    [combo for size in (1, 2, 3) for combo in combinations(LEVEL_SIGNS, size)],
)
def test_help_most_urgent_level_wins(quizzes: dict[str, Quiz], levels: tuple[str, ...]) -> None:
    quiz = quizzes["help"]
    answers = {QUESTION_OF[level]: [LEVEL_SIGNS[level]] for level in levels}
    result = score(quiz, answers)
    assert result.result_id == levels[0]  # LEVEL_SIGNS is ordered most urgent first
    assert result.show_help_lines is (levels[0] == "immediately")
    assert result.score is None


def test_help_no_signs(quizzes: dict[str, Quiz]) -> None:
    quiz = quizzes["help"]
    result = score(quiz, {"now": [], "month": [], "later": []})
    assert (result.result_id, result.show_help_lines) == ("none", False)
    assert "Geen signalen" in render_result(quiz, result)


@pytest.mark.parametrize("sign", ["violence", "abuse", "suicide", "affair"])
def test_help_every_immediate_sign_shows_help_lines(quizzes: dict[str, Quiz], sign: str) -> None:
    quiz = quizzes["help"]
    result = score(quiz, {"now": [sign], "later": ["prevent"]})
    assert (result.result_id, result.show_help_lines) == ("immediately", True)
    assert quiz.result("immediately").show_help_lines
    assert not any(r.show_help_lines for r in quiz.results if r.id != "immediately")


def test_help_results_name_therapies_and_coaching_note(quizzes: dict[str, Quiz]) -> None:
    quiz = quizzes["help"]
    for outcome in quiz.results:
        text = render_result(quiz, QuizResult(quiz.id, outcome.id))
        assert "Samen is coaching, geen therapie" in text
    urgent = render_result(quiz, score(quiz, {"month": ["fights"]}))
    assert "EFT" in urgent and "Gottman" in urgent
    affair = render_result(quiz, score(quiz, {"now": ["affair"]}))
    assert "herstel na ontrouw" in affair and "EMDR" in affair
    dance = render_result(quiz, score(quiz, {"later": ["dance"]}))
    assert "hechtingsgerichte therapie" in dance and "schematherapie" in dance


def test_help_notes_are_not_repeated(quizzes: dict[str, Quiz]) -> None:
    quiz = quizzes["help"]
    text = render_result(quiz, score(quiz, {"now": ["violence", "abuse"]}))
    assert text.count("Veilig Thuis") == 1


def test_help_rejects_unknown_options(quizzes: dict[str, Quiz]) -> None:
    with pytest.raises(AnswerError):
        score(quizzes["help"], {"now": ["nosex"]})  # belongs to another question
    with pytest.raises(AnswerError):
        score(quizzes["help"], {"now": "affair"})


# --- reflection ------------------------------------------------------------------------


def test_reflection_is_never_scored_and_never_echoes_answers(quizzes: dict[str, Quiz]) -> None:
    quiz = quizzes["reflect"]
    assert len(quiz.questions) == 10
    secret = "mijn geheime antwoord"
    result = score(quiz, {q.id: secret for q in quiz.questions})
    assert (result.result_id, result.score, result.max_score, result.detail) == (
        "done",
        None,
        None,
        (),
    )
    assert secret not in render_result(quiz, result)
    assert secret not in json.dumps(result.to_dict())
    assert option_labels(quiz, 0) == []
    assert "Alleen jij" in render_question(quiz, 0)


# --- rendering -------------------------------------------------------------------------


class _TagChecker(HTMLParser):
    allowed = frozenset({"b", "i"})

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in self.allowed
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack.pop() == tag


def assert_valid_html(text: str) -> None:
    checker = _TagChecker()
    checker.feed(text)
    checker.close()
    assert checker.stack == []


def test_render_question_position_and_group(quizzes: dict[str, Quiz]) -> None:
    quiz = quizzes["health"]
    text = render_question(quiz, 1)
    assert "Vraag 2 van 20" in text
    assert "Emotionele verbinding" in text
    assert "Vraag 3 van 3" in render_question(quizzes["attachment"], 2)
    assert "Klaar" in render_question(quizzes["help"], 0)


def test_render_intro_counts_questions(quizzes: dict[str, Quiz]) -> None:
    assert "20 vragen" in render_intro(quizzes["health"])
    assert "3 vragen" in render_intro(quizzes["attachment"])


def test_every_message_is_valid_html_and_short(quizzes: dict[str, Quiz]) -> None:
    for quiz in quizzes.values():
        assert_valid_html(render_intro(quiz))
        for index in range(len(quiz.questions)):
            assert_valid_html(render_question(quiz, index))
        everything = tuple(
            [q.id for q in quiz.questions]
            + [o.id for q in quiz.questions for o in q.options]
            + [r.id for r in quiz.results]
            + [g.id for g in quiz.groups[:-1]]
        )
        for outcome in quiz.results:
            widest = QuizResult(quiz.id, outcome.id, 0, 20, everything)
            text = render_result(quiz, widest)
            assert_valid_html(text)
            assert len(text) < 4096


def test_option_labels(quizzes: dict[str, Quiz]) -> None:
    assert option_labels(quizzes["health"], 0) == [("y", "Ja"), ("n", "Nee")]
    labels = option_labels(quizzes["attachment"], 0)
    assert [option_id for option_id, _ in labels] == ["a", "b", "c"]
    picked = option_labels(quizzes["help"], 0, ["abuse"])
    assert picked[-1] == (DONE_OPTION, "Klaar")
    assert [label.startswith("✅") for _, label in picked] == [False, True, False, False, False]


def test_callback_data_fits_telegram(quizzes: dict[str, Quiz]) -> None:
    for quiz in quizzes.values():
        for index in range(len(quiz.questions)):
            for option_id, _label in option_labels(quiz, index):
                assert len(f"qz:{quiz.id}:{index}:{option_id}".encode()) <= 64


def test_button_labels_are_short(quizzes: dict[str, Quiz]) -> None:
    for quiz in quizzes.values():
        for index in range(len(quiz.questions)):
            for _option_id, label in option_labels(quiz, index):
                assert len(label) <= 40, label


# --- answering helpers ------------------------------------------------------------------


def test_answer_for_toggle_and_next_question(quizzes: dict[str, Quiz]) -> None:
    health, attachment, help_quiz = quizzes["health"], quizzes["attachment"], quizzes["help"]
    assert answer_for(health, 0, "y") is True
    assert answer_for(health, 0, "n") is False
    assert answer_for(attachment, 0, "b") == "b"
    with pytest.raises(AnswerError):
        answer_for(attachment, 0, "z")
    assert toggle(help_quiz, 0, [], "affair") == ["affair"]
    assert toggle(help_quiz, 0, ["affair"], "violence") == ["violence", "affair"]
    assert toggle(help_quiz, 0, ["violence", "affair"], "affair") == ["violence"]
    with pytest.raises(AnswerError):
        toggle(help_quiz, 0, [], DONE_OPTION)
    assert next_question(attachment, {}) == 0
    assert next_question(attachment, {"feel": "a"}) == 1
    assert next_question(attachment, {"feel": "a", "space": "a", "conflict": "a"}) is None


def test_unknown_question_ids_are_ignored(quizzes: dict[str, Quiz]) -> None:
    result = score(quizzes["attachment"], {"gone": "a", "feel": "c", "space": "c"})
    assert result.result_id == "secure"


def test_quiz_result_round_trip() -> None:
    result = QuizResult("patterns", "found", 2, 7, ("wall", "ghost"), False)
    assert QuizResult.from_dict(json.loads(json.dumps(result.to_dict()))) == result


# --- comparing over time ---------------------------------------------------------------


def test_compare_first_time(quizzes: dict[str, Quiz]) -> None:
    current = score(quizzes["health"], yes_count(quizzes["health"], 12))
    assert "eerste" in compare(None, current)


def test_compare_checklist_scores(quizzes: dict[str, Quiz]) -> None:
    quiz = quizzes["health"]
    before, now = score(quiz, yes_count(quiz, 12)), score(quiz, yes_count(quiz, 15))
    text = compare(before, now)
    assert text.startswith("Vorige keer 12 van 20, nu 15 van 20.")
    assert "‘werk aan de winkel’" in text and "‘gezond’" in text
    same = compare(before, score(quiz, yes_count(quiz, 13)), quiz)
    assert same == "Vorige keer 12 van 20, nu 13 van 20."


def test_compare_style_change(quizzes: dict[str, Quiz]) -> None:
    quiz = quizzes["attachment"]
    avoidant = score(quiz, {"feel": "a", "space": "a", "conflict": "c"})
    secure = score(quiz, {"feel": "c", "space": "a", "conflict": "c"})
    assert (
        compare(avoidant, secure) == "Vorige keer was je uitslag ‘vermijdend’, nu is het ‘veilig’."
    )
    assert compare(secure, secure) == "Net als vorige keer: ‘veilig’."


def test_compare_patterns(quizzes: dict[str, Quiz]) -> None:
    quiz = quizzes["patterns"]
    before = score(quiz, {"wall": True, "fixer": True})
    now = score(quiz, {"wall": True, "judge": True, "ghost": True})
    text = compare(before, now)
    assert text.startswith("Vorige keer herkende je er 2 van de 7, nu 3 van de 7.")
    assert "Niet meer herkend: De oplosser." in text
    assert "Nieuw deze keer: De rechter (hyperkritiek) en De geest (emotioneel afwezig)." in text


def test_compare_help_and_reflection(quizzes: dict[str, Quiz]) -> None:
    help_quiz, reflect = quizzes["help"], quizzes["reflect"]
    urgent = score(help_quiz, {"month": ["nosex"]})
    none = score(help_quiz, {})
    assert "‘hulp binnen een maand’" in compare(urgent, none)
    done = score(reflect, {})
    assert "eerder beantwoord" in compare(done, done)


def test_compare_other_quiz_or_removed_result(quizzes: dict[str, Quiz]) -> None:
    current = score(quizzes["attachment"], {"feel": "c"})
    with pytest.raises(ValueError):
        compare(QuizResult("health", "healthy", 20, 20), current)
    gone = QuizResult("attachment", "retired")
    assert "een eerder resultaat" in compare(gone, current)

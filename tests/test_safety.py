"""Tests for the safety net's detector and help texts (bot/safety.py, bot/safety_rules/).

The labelled phrases live in tests/safety_phrases.py. Run with ``pytest -s`` to see the
recall and false-positive figures that go into the README: the main set is asserted against
the targets, the held-out set (written after the last change to the patterns) is reported.
"""

from __future__ import annotations

import time
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import safety, safety_rules
from bot.i18n import use_locale
from bot.safety import SafetyKind, detect
from tests.safety_phrases import HELD_OUT_NEGATIVES, HELD_OUT_POSITIVES, NEGATIVES, POSITIVES

RECALL_TARGET = 0.95
FALSE_POSITIVE_LIMIT = 0.05


def _figures(
    positives: list[tuple[str, SafetyKind]], negatives: list[str]
) -> tuple[float, float, float, list[str], list[str]]:
    """Recall (any kind), kind accuracy, false-positive rate, and the misses and false alarms."""
    missed = [text for text, _kind in positives if detect(text) is None]
    right_kind = sum(1 for text, kind in positives if detect(text) is kind)
    false_alarms = [text for text in negatives if detect(text) is not None]
    recall = 1 - len(missed) / len(positives)
    kind_accuracy = right_kind / len(positives)
    false_positive_rate = len(false_alarms) / len(negatives)
    return recall, kind_accuracy, false_positive_rate, missed, false_alarms


def _report(label: str, positives: list[tuple[str, SafetyKind]], negatives: list[str]) -> float:
    recall, kind_accuracy, fp_rate, missed, false_alarms = _figures(positives, negatives)
    print(
        f"\n[safety] {label}: {len(positives)} positives, {len(negatives)} negatives | "
        f"recall {recall:.1%} | kind accuracy {kind_accuracy:.1%} | "
        f"false positives {fp_rate:.1%} ({len(false_alarms)})"
    )
    for kind in SafetyKind:
        of_kind = [text for text, k in positives if k is kind]
        hits = sum(1 for text in of_kind if detect(text) is not None)
        print(f"[safety]   {kind.value}: recall {hits / len(of_kind):.1%} ({hits}/{len(of_kind)})")
    for text in missed:
        print(f"[safety]   missed: {text!r}")
    for text in false_alarms:
        print(f"[safety]   false alarm: {text!r}")
    return recall


def test_phrase_set_is_big_and_balanced() -> None:
    per_kind = Counter(kind for _text, kind in POSITIVES)
    assert len(POSITIVES) >= 1000
    assert len(NEGATIVES) >= 1000
    assert all(per_kind[kind] >= 200 for kind in SafetyKind)
    assert len({text for text, _ in POSITIVES}) == len(POSITIVES)
    assert len(set(NEGATIVES)) == len(NEGATIVES)
    assert not {text for text, _ in POSITIVES} & set(NEGATIVES)


def test_held_out_set_is_new() -> None:
    held_out = {text for text, _ in HELD_OUT_POSITIVES} | set(HELD_OUT_NEGATIVES)
    assert not held_out & ({text for text, _ in POSITIVES} | set(NEGATIVES))
    assert all(sum(1 for _text, k in HELD_OUT_POSITIVES if k is kind) >= 10 for kind in SafetyKind)


def test_recall_and_false_positives_on_the_labelled_set() -> None:
    recall, kind_accuracy, fp_rate, missed, false_alarms = _figures(POSITIVES, NEGATIVES)
    _report("main set", POSITIVES, NEGATIVES)
    assert recall >= RECALL_TARGET, missed
    assert fp_rate <= FALSE_POSITIVE_LIMIT, false_alarms
    assert kind_accuracy >= 0.9


def test_held_out_phrases_are_reported() -> None:
    """Phrases written after the patterns were done: reported honestly, not asserted."""
    assert len(HELD_OUT_POSITIVES) >= 40
    assert len(HELD_OUT_NEGATIVES) >= 40
    _report("held-out set", HELD_OUT_POSITIVES, HELD_OUT_NEGATIVES)


def test_typical_message_is_checked_in_milliseconds() -> None:
    """A coarse guard against a pathological pattern (typically ~0.6 ms; figure in the README)."""
    texts = [text for text, _ in POSITIVES] + NEGATIVES
    best = float("inf")
    for _ in range(5):
        started = time.perf_counter()
        for text in texts:
            detect(text)
        best = min(best, (time.perf_counter() - started) / len(texts))
    print(f"\n[safety] mean time per message: {best * 1e6:.0f} µs")
    assert best < 0.005


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("IK WIL DOOD", SafetyKind.SUICIDE),
        ("Ik ben SUÏCIDAAL", SafetyKind.SUICIDE),
        ("zelf-moord", SafetyKind.SUICIDE),
        ("zelf\u200bmoord", SafetyKind.SUICIDE),
        ("z3lfm00rd", SafetyKind.SUICIDE),
        ("ik wiiil er niiiet meer zijn", SafetyKind.SUICIDE),
        ("Hij SLAAT me", SafetyKind.VIOLENCE),
        ("hy slaat my", SafetyKind.VIOLENCE),
        ("ik ben bäng vóór hém", SafetyKind.THREAT),
        ("ｉｋ ｗｉｌ ｄｏｏｄ", SafetyKind.SUICIDE),
    ],
)
def test_normalisation_handles_case_accents_and_tricks(text: str, kind: SafetyKind) -> None:
    assert detect(text) is kind


def test_normalise_spells_the_skeleton() -> None:
    assert safety._normalise("Ik Zíe ’t NIET meer zitten!") == "ik zie het niet mer ziten |"
    assert safety._normalise("m'n vriend") == "mijn vriend"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the misses that started the rebuild
        ("soms fantaseer ik over mijn eigen begrafenis", SafetyKind.SUICIDE),
        ("hij heeft beloofd dat ik ervoor ga boeten", SafetyKind.THREAT),
        ("hij staat elke avond voor mijn deur en dreigt", SafetyKind.THREAT),
        ("ik mag van hem niet naar mijn werk", SafetyKind.ABUSE),
        # word order, fragments, co-occurrence in any order
        ("vanavond ga ik er een eind aan maken", SafetyKind.SUICIDE),
        ("als het morgen weer zo is, dan stop ik ermee. met alles.", SafetyKind.SUICIDE),
        ("ik verdien het niet om te leven", SafetyKind.SUICIDE),
        ("ik heb slaappillen in mijn la, voor als het echt niet meer gaat", SafetyKind.SUICIDE),
        ("ik verstop me in de badkamer als hij zo boos is", SafetyKind.THREAT),
        ("hij sloeg me toen ik hem niet wilde kussen", SafetyKind.VIOLENCE),
        # laughter softens only kill hyperbole and house rules
        ("haha ik ben bang voor hem", SafetyKind.THREAT),
        ("lol hij dreigt me", SafetyKind.THREAT),
        ("ik heb mezelf gesneden", SafetyKind.SUICIDE),
    ],
)
def test_unseen_word_orders_and_fields(text: str, kind: SafetyKind) -> None:
    assert detect(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        "ik ben doodmoe",
        "ik ben doodsbang voor spinnen",
        "het was moordend druk",
        "wat een killer outfit",
        "hij sloeg de bal over het net",
        "we keken een film over huiselijk geweld",
        "dat slaat nergens op",
        "ik schrok me dood",
        "ik kan hem wel wurgen als hij weer te laat is",
        "mijn moeder vermoordt me als ik te laat ben haha",
        "ik mag van haar geen chips meer haha",
        "ik heb mezelf gesneden bij het koken",
        "ze trapte me per ongeluk onder tafel",
        "hij dreigt zijn trein te missen",
        "feedback bedreigt onze identiteit",
        "ik werk in de jeugdzorg en zie veel misbruik",
    ],
)
def test_figures_of_speech_and_context_stay_quiet(text: str) -> None:
    assert detect(text) is None


def test_rule_table_is_well_formed() -> None:
    kinds = {kind.value for kind in SafetyKind}
    for kind, mode, _source in safety_rules.RULES:
        assert kind in kinds
        assert mode in {"bare", "personal", "soft", "injury"}
    assert {kind for kind, _, _ in safety_rules.RULES} == kinds


def test_most_serious_kind_wins() -> None:
    assert detect("hij slaat me en ik wil dood") is SafetyKind.SUICIDE
    assert detect("hij bedreigt me en sloeg me gisteren") is SafetyKind.VIOLENCE
    assert detect("hij controleert mijn telefoon en ik ben bang voor hem") is SafetyKind.THREAT


@pytest.mark.parametrize("text", [None, "", "   ", "\u200b", "😀", "113"])
def test_empty_or_harmless_input_gives_none(text: str | None) -> None:
    assert detect(text) is None


_ODD = st.lists(
    st.one_of(
        st.characters(),
        st.sampled_from(["\u200b", "\u200d", "\ufeff", "\u00ad", "😂", "🏳️‍🌈", "\n", "'", "-", " "]),
        st.sampled_from(
            ["ik ", "wil ", "dood ", "hij ", "slaat ", "me ", "bang ", "voor ", "nee "]
        ),
    ),
    max_size=400,
).map("".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_ODD)
def test_detect_never_raises_and_is_quick(text: str) -> None:
    started = time.perf_counter()
    result = detect(text)
    assert result is None or isinstance(result, SafetyKind)
    assert time.perf_counter() - started < 0.2


@pytest.mark.parametrize(
    "text",
    [
        "a" * 1_000_000,
        "ik wil " * 50_000,
        "nee " * 20_000,
        "hij me " * 20_000,
        "😂\u200b" * 50_000,
        "\x00\ud800x" * 1000,
    ],
)
def test_huge_or_broken_strings_are_handled(text: str) -> None:
    started = time.perf_counter()
    detect(text)
    assert time.perf_counter() - started < 1.0


def test_help_message_has_every_help_line() -> None:
    with use_locale("nl"):
        message = safety.help_message()
    for number in ("113", "0800-0113", "0800-2000", "112", "1813", "1712"):
        assert number in message
    assert '<a href="https://www.113.nl">113.nl</a>' in message
    assert "zelfmoord1813.be" in message
    assert "huisarts" in message  # the Dutch catalogue is in use
    assert "therapie" in message
    assert len(message) < 4096


def test_help_lines_group_notice_and_share_question() -> None:
    with use_locale("nl"):
        lines = safety.help_lines()
        notice = safety.group_notice()
        question = safety.share_question()
    assert "0800-2000" in lines and "1712" in lines and lines in safety.help_message()
    assert "/hulp" in notice and "\n" not in notice
    assert "delen" in question


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("hij heeft me geslage", SafetyKind.VIOLENCE),  # a dropped final n
        ("hij heef me gewurgt", SafetyKind.VIOLENCE),  # d/t swapped
        ("k wil nie meer leve", SafetyKind.SUICIDE),
        ("ik ben bang vr hem", SafetyKind.THREAT),
        ("ik mag nix meer zonder haar", SafetyKind.ABUSE),
    ],
)
def test_chat_spelling_is_read_as_the_word(text: str, kind: SafetyKind) -> None:
    assert detect(text) is kind


def test_a_playful_emoji_counts_as_laughter() -> None:
    assert detect("je krijgt er spijt van als je deze taart niet proeft 😋") is None


def test_the_lexicon_squeezes_like_the_detector() -> None:
    from bot import safety_lexicon

    assert safety_lexicon.squeeze("zelfmoooord") == "zelfmord"
    assert all(kind in {k.value for k in SafetyKind} for kind, _, _ in safety_rules.RULES)


def test_split_verbs_and_woont_are_read_whole() -> None:
    assert "komt afmaken" in safety.skeleton("dat hij me af komt maken")
    assert "an kan doen" in safety.skeleton("dat ik er niets aan kan doen")  # "do about it"
    assert "wil not" in safety.skeleton("he won't let me")
    assert "wil not" not in safety.skeleton("mijn schoonmoeder die bij ons woont")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # weak spots of blind set 3, in fresh wording
        ("ze appte dat ze me kapot gaat maken als ik aangifte doe", SafetyKind.THREAT),
        (
            "hij zegt dat hij me op komt wachten na mijn werk en dat ik dan wel zie",
            SafetyKind.THREAT,
        ),
        ("ik heb een koffer verstopt voor als ik moet vluchten", SafetyKind.THREAT),
        ("ik werd door mijn vriend van de trap geduwd", SafetyKind.VIOLENCE),
        ("ik zei tegen de huisarts dat ik gestruikeld was, maar het was hij", SafetyKind.VIOLENCE),
        ("ik heb geen eigen geld meer, alles gaat via haar", SafetyKind.ABUSE),
        ("my husband won't let me see my sister", SafetyKind.ABUSE),
        ("ik heb de kracht niet meer om door te gaan", SafetyKind.SUICIDE),
    ],
)
def test_weak_spot_wording_is_caught(text: str, kind: SafetyKind) -> None:
    assert detect(text) is kind


@pytest.mark.parametrize(
    "text",
    [
        "dat ik er niets aan kan doen vind ik jammer",
        "hij zei dat hij de schutting morgen af komt maken",
        "ik heb mijn oude laptop weggegeven, die heb ik niet meer nodig sinds ik een nieuwe heb",
        "we hebben afgesproken dat alles via de gezamenlijke rekening gaat",
        "ik zei tegen de dokter dat ik van de trap was gevallen",
        "mijn zus woont bij ons en slaapt op de bank",
    ],
)
def test_weak_spot_look_alikes_stay_quiet(text: str) -> None:
    assert detect(text) is None

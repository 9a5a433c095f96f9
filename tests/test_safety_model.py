"""Tests for the safety net's learned second opinion (bot/safety_model.py).

The model file is trained by scripts/train_safety_model.py on what tests/safety_training.py
assembles. Its fingerprint covers those texts and the skeletons bot.safety makes of them, so
a change to either (new phrases, a different normaliser) fails here until the model is
trained again.
Blind set 4 is never trained on or tuned against: its figures are reported (run with
``pytest -s``). Blind set 3 measured the first model and has been training data since.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bot import safety_model
from bot.safety import SafetyKind, detect, skeleton
from tests.safety_blind_4 import BLIND4_NEGATIVES, BLIND4_POSITIVES
from tests.safety_training import training_rows


def test_model_was_trained_on_the_current_phrases_and_normaliser() -> None:
    assert safety_model.model().fingerprint == safety_model.fingerprint(training_rows()), (
        "the phrase sets or the normaliser changed: run "
        '`pip install -e ".[train]" && python scripts/train_safety_model.py`'
    )


def test_short_messages_are_left_to_the_rules() -> None:
    assert safety_model.assess(skeleton("denk aan jezelf")) is None
    assert detect("ik wil dood") is SafetyKind.SUICIDE  # the rules' home ground


def test_blind_set_4_is_mostly_new_to_the_model() -> None:
    """Blind set 4 is not trained on; only common sentences also written elsewhere coincide."""
    trained = {text for text, _ in training_rows()}
    blind = [skeleton(text) for text, _ in BLIND4_POSITIVES] + [
        skeleton(text) for text in BLIND4_NEGATIVES
    ]
    shared = sum(1 for text in blind if text in trained)
    print(f"\n[safety] blind set 4: {shared} of {len(blind)} sentences also in the training sets")
    assert shared / len(blind) < 0.1


def test_model_file_is_well_formed() -> None:
    trained = safety_model.model()
    assert trained.classes == ("none", *(kind.value for kind in SafetyKind))
    assert 0.5 <= trained.threshold < 1
    assert len(trained.bias) == len(trained.classes)
    assert len(trained.weights) > 1000


def test_a_malformed_model_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "model.json"
    bad.write_text(
        json.dumps(
            {
                "classes": ["suicide", "none"],
                "bias": [0, 0],
                "weights": {},
                "threshold": 0.8,
                "fingerprint": "",
            }
        )
    )
    with pytest.raises(ValueError, match="malformed"):
        safety_model.load(bad)


def test_features_are_word_pieces_words_and_pairs() -> None:
    found = safety_model.features("ik wil | niet , meer")
    assert {" ik", "ik ", " wi", "wil", "il ", " wil ", "w:wil", "b:ik wil", "b:niet meer"} <= found
    assert not any("|" in feature or "," in feature for feature in found)
    assert safety_model.features("") == set()
    assert safety_model.assess("") is None


@pytest.mark.parametrize(
    "text",
    [
        "ik ga dood van het lachen",
        "dat was moordend druk vandaag",
        "we hebben zo gelachen om die film",
        "ik hou van je, dankjewel voor gisteren",
        "de kinderen slapen, eindelijk rust",
    ],
)
def test_everyday_sentences_stay_quiet(text: str) -> None:
    assert safety_model.assess(skeleton(text)) is None
    assert detect(text) is None


def _report(name: str, positives: list[tuple[str, str]], negatives: list[str]) -> None:
    hits: Counter[str] = Counter()
    by_rules: Counter[str] = Counter()
    for text, kind in positives:
        hits[kind] += detect(text) is not None
        by_rules[kind] += safety_model.assess(skeleton(text)) is None and detect(text) is not None
    alarms = [text for text in negatives if detect(text) is not None]
    print(
        f"\n[safety] {name}: {len(positives)} positives, {len(negatives)} negatives | "
        f"recall {sum(hits.values()) / len(positives):.1%} | false positives "
        f"{len(alarms) / len(negatives):.1%} ({len(alarms)})"
    )
    for kind in sorted(hits):
        total = sum(1 for _, k in positives if k == kind)
        print(f"[safety]   {kind}: {hits[kind]}/{total} (the model alone missed {by_rules[kind]})")


def test_blind_set_4_is_reported() -> None:
    """Written by someone who never saw the detector or the other sets; never tuned on."""
    assert len(BLIND4_POSITIVES) >= 250
    assert len(BLIND4_NEGATIVES) >= 250
    _report("blind set 4", BLIND4_POSITIVES, BLIND4_NEGATIVES)
    trained = {text for text, _ in training_rows()}
    _report(
        "blind set 4 without sentences also in the training sets",
        [(text, kind) for text, kind in BLIND4_POSITIVES if skeleton(text) not in trained],
        [text for text in BLIND4_NEGATIVES if skeleton(text) not in trained],
    )

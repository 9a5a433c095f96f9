"""The safety net's second opinion: a small linear model over character n-grams.

The rules (``bot.safety_rules``) catch the wording they know, precisely and with a
reason one can read. People in distress find words no rule foresaw, so a multinomial
logistic regression, trained on the labelled phrase sets in ``tests/`` by
``scripts/train_safety_model.py``, looks at what the rules let through. It sees the
skeleton ``bot.safety`` makes of a message (case, accents, typos and chat spelling
already smoothed out) as a bag of features: the 3- to 5-letter pieces of every word,
the words, and the word pairs, each worth ``1 / sqrt(number of features)``.

Inference is plain Python over a JSON file of weights (no machine-learning library at
run time) and takes a few dozen microseconds. The file records a fingerprint of the
phrases and skeletons it was trained on; a test fails when either changes and the
model was not trained again.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

MODEL_PATH = Path(__file__).with_name("safety_model.json")
NONE = "none"  # the class of harmless text
NGRAMS = (3, 4, 5)
# Below this many words a bag of features says too little ("denk aan jezelf"); short
# messages in danger ("ik wil dood", "hij slaat me") are the rules' home ground.
MIN_WORDS = 4


@dataclass(frozen=True)
class Model:
    """Weights per feature and class, a bias per class, and the risk threshold."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float
    fingerprint: str


def words(skeleton: str) -> list[str]:
    """The words of a skeleton, without the sentence and comma marks."""
    return [word for word in skeleton.replace("|", " ").split() if word.isalnum()]


def features(skeleton: str) -> set[str]:
    """The features of one skeleton (or one of its sentences)."""
    found: set[str] = set()
    tokens = words(skeleton)
    for word in tokens:
        padded = f" {word} "
        for size in NGRAMS:
            found.update(padded[i : i + size] for i in range(len(padded) - size + 1))
        found.add("w:" + word)
    found.update(f"b:{first} {second}" for first, second in pairwise(tokens))
    return found


def fingerprint(rows: Iterable[tuple[str, str]]) -> str:
    """A hash of (skeleton, label) pairs: what a model was trained on."""
    digest = hashlib.sha256()
    for skeleton, label in rows:
        digest.update(f"{label}\t{skeleton}\n".encode())
    return digest.hexdigest()


def load(path: Path = MODEL_PATH) -> Model:
    """Read a model file written by the training script."""
    data = json.loads(path.read_text(encoding="utf-8"))
    classes = tuple(data["classes"])
    weights = {feature: tuple(row) for feature, row in data["weights"].items()}
    if classes[0] != NONE or any(len(row) != len(classes) for row in weights.values()):
        raise ValueError(f"{path}: malformed safety model")
    return Model(
        classes, tuple(data["bias"]), weights, float(data["threshold"]), data["fingerprint"]
    )


@cache
def model() -> Model:
    """The shipped model, read once."""
    return load()


def probabilities(found: set[str], trained: Model) -> list[float]:
    """The softmax over the classes for one feature set."""
    if not found:
        return [1.0] + [0.0] * (len(trained.classes) - 1)
    scale = 1 / math.sqrt(len(found))
    scores = list(trained.bias)
    for feature in found:
        row = trained.weights.get(feature)
        if row is not None:
            for index, weight in enumerate(row):
                scores[index] += weight * scale
    top = max(scores)
    exps = [math.exp(score - top) for score in scores]
    total = sum(exps)
    return [value / total for value in exps]


def assess(skeleton: str, trained: Model | None = None) -> str | None:
    """The kind the model sees in the skeleton, if it is sure enough there is danger."""
    if len(words(skeleton)) < MIN_WORDS:
        return None
    trained = trained or model()
    chance = probabilities(features(skeleton), trained)
    if 1 - chance[0] < trained.threshold:
        return None
    best = max(range(1, len(chance)), key=chance.__getitem__)
    return trained.classes[best]

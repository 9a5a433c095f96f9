"""Train the safety net's second opinion (bot/safety_model.json) on the labelled phrases.

    pip install -e ".[train]"
    python scripts/train_safety_model.py          # snapshot the bot's texts, train, write
    python scripts/train_safety_model.py --dev    # hold the final blind set out and report

What it is trained on is assembled in tests/safety_training.py, blind set 3
(tests/safety_blind_3.py) included. Blind set 4 (tests/safety_blind_4.py) is never trained on
or read here: it is how the README figures are measured.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from bot import safety_model
from bot.safety import skeleton
from tests import safety_training as data

CLASSES = (safety_model.NONE, "suicide", "violence", "threat", "abuse")
C = 30.0  # inverse regularisation strength, chosen with --dev
THRESHOLD = 0.7  # risk probability above which the model speaks, chosen with --dev
MIN_DOCS = 2  # a feature seen in fewer training texts is left out
KEEP = 0.005  # weights smaller than this (in every class) are not stored


def train(rows: list[data.Row]) -> safety_model.Model:
    """Fit the logistic regression and turn it into a Model."""
    docs = [safety_model.features(text) for text, _ in rows]
    seen: dict[str, int] = {}
    for found in docs:
        for feature in found:
            seen[feature] = seen.get(feature, 0) + 1
    vectors = [{f: 1 / len(found) ** 0.5 for f in found if seen[f] >= MIN_DOCS} for found in docs]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(vectors)
    labels = [CLASSES.index(label) for _, label in rows]
    fitted = LogisticRegression(C=C, max_iter=5000).fit(matrix, labels)
    weights: dict[str, tuple[float, ...]] = {}
    for column, name in enumerate(vectorizer.get_feature_names_out()):
        row = tuple(round(float(fitted.coef_[k][column]), 4) for k in range(len(CLASSES)))
        if max(abs(w) for w in row) >= KEEP:
            weights[str(name)] = row
    bias = tuple(round(float(b), 4) for b in fitted.intercept_)
    return safety_model.Model(CLASSES, bias, weights, THRESHOLD, safety_model.fingerprint(rows))


def report(name: str, trained: safety_model.Model, rows: list[data.Row]) -> None:
    """Recall and false positives of the model alone on ``rows``, at several thresholds."""
    risk = {
        text: 1 - safety_model.probabilities(safety_model.features(text), trained)[0]
        for text, _ in rows
    }
    positives = [text for text, label in rows if label != safety_model.NONE]
    negatives = [text for text, label in rows if label == safety_model.NONE]
    for threshold in (0.5, 0.6, 0.7, 0.8):
        hits = sum(risk[text] >= threshold for text in positives)
        alarms = sum(risk[text] >= threshold for text in negatives)
        print(
            f"{name} at {threshold}: recall {hits}/{len(positives)} = "
            f"{hits / max(len(positives), 1):.1%}, false positives {alarms}/{len(negatives)} = "
            f"{alarms / max(len(negatives), 1):.1%}"
        )
    for kind in CLASSES[1:]:
        of_kind = [text for text, label in rows if label == kind]
        hits = sum(risk[text] >= THRESHOLD for text in of_kind)
        print(f"{name} at {THRESHOLD}, {kind}: recall {hits}/{len(of_kind)}")


def write(trained: safety_model.Model, path: Path) -> None:
    """Store the model as compact JSON."""
    document = {
        "about": "Written by scripts/train_safety_model.py; do not edit by hand.",
        "classes": list(trained.classes),
        "threshold": trained.threshold,
        "fingerprint": trained.fingerprint,
        "bias": list(trained.bias),
        "weights": {name: list(row) for name, row in sorted(trained.weights.items())},
    }
    path.write_text(json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n")


def main() -> None:
    """Snapshot, train, report, and (without --dev) write the model."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--dev", action="store_true", help="hold the final blind set out")
    args = parser.parse_args()
    everyday = data.bot_sentences()
    if args.dev:
        rows = data.phrase_rows() + [(skeleton(t), safety_model.NONE) for t in everyday]
        trained = train(rows)
        report("final blind set (held out)", trained, data.final_rows())
        return
    data.EVERYDAY.write_text("\n".join(everyday) + "\n", encoding="utf-8")
    rows = data.training_rows()
    trained = train(rows)
    report("trained on", trained, rows)
    write(trained, safety_model.MODEL_PATH)
    print(f"{safety_model.MODEL_PATH.name}: {len(trained.weights)} features, {len(rows)} texts")


if __name__ == "__main__":
    main()

"""What the safety net's model is trained on (data assembly only; no tests here).

Used by scripts/train_safety_model.py to train, and by tests/test_safety_model.py to check
that the shipped model was trained on exactly this. Rows are (skeleton, label) pairs.

- The labelled phrases: the main and held-out sets (tests/safety_phrases.py) and blind
  sets 1, 3 and final (tests/safety_blind.py, tests/safety_blind_3.py,
  tests/safety_blind_final.py). Blind set 3 measured the model before this one and has been
  development and training data since.
- Extra training sets a, b and c (tests/safety_extra_*.py, about 1,500 phrases), written
  without looking at the detector, to give the model more varied wording than the rules
  were written against.
- Everyday relationship Dutch as negatives: the Dutch texts the bot itself sends (the
  locale catalogues, without the safety net's own texts and without anything the rules
  flag, such as the help-needed quiz). Coaches and couples write like this all day, so the
  model must learn that "denk aan jezelf" or "neem even afstand" is not a crisis. The
  training script takes a snapshot of them in tests/safety_everyday.txt, so that editing a
  translation does not make the model stale.

Blind set 4 (tests/safety_blind_4.py) is never part of it, nor read here: it measures the
README figures.
"""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.pofile import read_po

from bot import safety_model
from bot.safety import by_rules, skeleton
from tests import (
    safety_blind,
    safety_blind_3,
    safety_blind_final,
    safety_extra_a,
    safety_extra_b,
    safety_extra_c,
    safety_phrases,
)

Row = tuple[str, str]
LOCALES = Path(__file__).resolve().parent.parent / "locales" / "nl" / "LC_MESSAGES"
EVERYDAY = Path(__file__).resolve().with_name("safety_everyday.txt")
_MARKUP = re.compile(r"<[^>]+>|\{[a-z_]+\}")


def labelled(positives: list[tuple[str, str]], negatives: list[str]) -> list[Row]:
    """(skeleton, label) pairs of a labelled set."""
    rows = [(skeleton(text), str(kind)) for text, kind in positives]
    return rows + [(skeleton(text), safety_model.NONE) for text in negatives]


def phrase_rows() -> list[Row]:
    """The labelled sets except the final blind set."""
    rows = labelled(safety_phrases.POSITIVES, safety_phrases.NEGATIVES)
    rows += labelled(safety_phrases.HELD_OUT_POSITIVES, safety_phrases.HELD_OUT_NEGATIVES)
    rows += labelled(safety_blind.BLIND_POSITIVES, safety_blind.BLIND_NEGATIVES)
    rows += labelled(safety_blind_3.BLIND3_POSITIVES, safety_blind_3.BLIND3_NEGATIVES)
    for extra in (safety_extra_a, safety_extra_b, safety_extra_c):
        rows += labelled(extra.EXTRA_POSITIVES, extra.EXTRA_NEGATIVES)
    return rows


def final_rows() -> list[Row]:
    """The final blind set (held out when choosing the model's settings)."""
    return labelled(safety_blind_final.FINAL_POSITIVES, safety_blind_final.FINAL_NEGATIVES)


def bot_sentences() -> list[str]:
    """Every Dutch text the bot sends that the rules find harmless, once, in a stable order."""
    texts: set[str] = set()
    for path in sorted(LOCALES.glob("*.po")):
        if path.stem == "safety":
            continue
        with path.open("rb") as handle:
            catalog = read_po(handle)
        for message in catalog:
            strings = message.string if isinstance(message.string, tuple) else (message.string,)
            for text in strings:
                plain = " ".join(_MARKUP.sub(" ", text or "").split())
                if len(plain) > 3 and by_rules(skeleton(plain)) is None:
                    texts.add(plain)
    return sorted(texts)


def everyday_rows() -> list[Row]:
    """The snapshot of the bot's own texts, as negatives."""
    lines = EVERYDAY.read_text(encoding="utf-8").splitlines()
    return [(skeleton(line), safety_model.NONE) for line in lines if line.strip()]


def training_rows() -> list[Row]:
    """Everything the shipped model is trained on."""
    return phrase_rows() + final_rows() + everyday_rows()

"""The safety net's rules (used by bot/safety.py), one module per kind of danger.

The rules combine a word field of bot/safety_lexicon.py with a person: the writer ("ik",
"me", "mezelf") for suicide and self-harm, a partner or family member ("hij", "ze", "mijn
man") as agent or object for the other kinds. Many rules are co-occurrence rules
(:func:`~bot.safety_lexicon.clause`, :func:`~bot.safety_lexicon.sentence`: all parts somewhere
in the clause or sentence, in any order), so unseen word orders still match; the idiom filter
of :mod:`bot.safety_rules.context` and the ``without`` lists keep figures of speech quiet.
Besides the module per kind, four modules hold word families found later: oblique suicidal
wording (suicide_oblique), violence told around its verb (violence_split), threats passed on and
fear told by its precautions (threat_reported), control told by its effects (abuse_effects).
Write in normal spelling: patterns are squeezed like the text.
"""

from __future__ import annotations

from bot.safety_rules import (
    abuse,
    abuse_effects,
    suicide,
    suicide_oblique,
    threat,
    threat_reported,
    violence,
    violence_split,
)

# (kind, mode, patterns): the modes are explained in bot/safety.py.
RULES: tuple[tuple[str, str, str | tuple[str, ...]], ...] = (
    ("suicide", "bare", suicide.SUICIDE_BARE),
    ("suicide", "personal", suicide.SUICIDE),
    ("suicide", "injury", suicide.SELF_INJURY),
    ("suicide", "personal", suicide.SUICIDE_MORE),
    ("suicide", "injury", suicide.SELF_INJURY_MORE),
    ("suicide", "personal", suicide.SUICIDE_WIDE),
    ("suicide", "injury", suicide.SELF_INJURY_WIDE),
    ("suicide", "personal", suicide_oblique.SUICIDE_OBLIQUE),
    ("suicide", "injury", suicide_oblique.SELF_INJURY_OBLIQUE),
    ("violence", "bare", violence.VIOLENCE_BARE),
    ("violence", "personal", violence.VIOLENCE),
    ("violence", "personal", violence.VIOLENCE_MORE),
    ("violence", "personal", violence.VIOLENCE_WIDE),
    ("violence", "personal", violence_split.VIOLENCE_SPLIT),
    ("threat", "bare", threat.THREAT_BARE),
    ("threat", "personal", threat.THREAT),
    ("threat", "soft", threat.THREAT_SOFT),
    ("threat", "soft", threat.THREAT_MORE),
    ("threat", "personal", threat.THREAT_WIDE),
    ("threat", "personal", threat_reported.THREAT_REPORTED),
    ("threat", "soft", threat_reported.THREAT_REPORTED_SOFT),
    ("threat", "personal", threat_reported.THREAT_FEAR),
    ("abuse", "bare", abuse.ABUSE_BARE),
    ("abuse", "soft", abuse.ABUSE_SOFT),
    ("abuse", "personal", abuse.ABUSE),
    ("abuse", "personal", abuse.ABUSE_MORE),
    ("abuse", "personal", abuse.ABUSE_WIDE),
    ("abuse", "personal", abuse_effects.ABUSE_EFFECTS),
)

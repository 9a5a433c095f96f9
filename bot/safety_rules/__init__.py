"""The safety net's rules (used by bot/safety.py), one module per kind of danger.

The rules combine a word field of bot/safety_lexicon.py with a person: the writer ("ik",
"me", "mezelf") for suicide and self-harm, a partner or family member ("hij", "ze", "mijn
man") as agent or object for the other kinds. Many rules are co-occurrence rules
(:func:`~bot.safety_lexicon.clause`, :func:`~bot.safety_lexicon.sentence`: all parts somewhere
in the clause or sentence, in any order), so unseen word orders still match; the idiom filter
of :mod:`bot.safety_rules.context` and the ``without`` lists keep figures of speech quiet.
Write in normal spelling: patterns are squeezed like the text.
"""

from __future__ import annotations

from bot.safety_rules import abuse, suicide, threat, violence

# (kind, mode, patterns): the modes are explained in bot/safety.py.
RULES: tuple[tuple[str, str, str | tuple[str, ...]], ...] = (
    ("suicide", "bare", suicide.SUICIDE_BARE),
    ("suicide", "personal", suicide.SUICIDE),
    ("suicide", "injury", suicide.SELF_INJURY),
    ("suicide", "personal", suicide.SUICIDE_MORE),
    ("suicide", "injury", suicide.SELF_INJURY_MORE),
    ("suicide", "personal", suicide.SUICIDE_WIDE),
    ("suicide", "injury", suicide.SELF_INJURY_WIDE),
    ("violence", "bare", violence.VIOLENCE_BARE),
    ("violence", "personal", violence.VIOLENCE),
    ("violence", "personal", violence.VIOLENCE_MORE),
    ("violence", "personal", violence.VIOLENCE_WIDE),
    ("threat", "bare", threat.THREAT_BARE),
    ("threat", "personal", threat.THREAT),
    ("threat", "soft", threat.THREAT_SOFT),
    ("threat", "soft", threat.THREAT_MORE),
    ("threat", "personal", threat.THREAT_WIDE),
    ("abuse", "bare", abuse.ABUSE_BARE),
    ("abuse", "soft", abuse.ABUSE_SOFT),
    ("abuse", "personal", abuse.ABUSE),
    ("abuse", "personal", abuse.ABUSE_MORE),
    ("abuse", "personal", abuse.ABUSE_WIDE),
)

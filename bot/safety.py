"""The safety net's detector: words that point to suicide, violence, threats or abuse.

:func:`detect` is pure and fast and runs on every text the bot receives. The text is reduced
to a *skeleton* (lower case, no accents or zero-width marks, digits inside words read as
letters, ``y`` as ``ij``, every run of a repeated letter squeezed to one, chat shorthand such
as ``k``/``m'n``/``ie`` spelled out), so "ZELFMOOOORD", "zelf-moord" and "suïcidaal" all look
alike; Dutch word order is undone where it hides a phrase ("vanavond ga ik" reads "ik ga"; a
verb split around a modal, "dat hij me af komt maken", reads "komt afmaken"). Figures of speech ("ik lach me dood", "dat slaat nergens op") are blanked out first,
and a fragment of a few words ("... met alles.") is read together with the sentence before.
Each sentence is then matched against the rules of the bot/safety_rules package (built on the
word lists of bot/safety_lexicon.py), which come in four modes: *personal* (a harm word near a person), *bare* (a word like "zelfmoord"
on its own, ignored in a sentence about a film, the news or someone's work), *soft* (ignored
when the message laughs: "mijn moeder vermoordt me als ik te laat ben haha") and *injury*
(self-harm wording, ignored when an accident explains it). What no rule catches goes to a
second opinion, a small linear model over character n-grams trained on the labelled phrases
(bot/safety_model.py). The borderline decisions are listed in ``tests/safety_phrases.py``.
Nothing here logs, and the words are never kept.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from bot import safety_lexicon as lx
from bot import safety_model
from bot.i18n import _
from bot.safety_rules import RULES
from bot.safety_rules import context as cx


class SafetyKind(StrEnum):
    """What a text points to, most serious first."""

    SUICIDE = "suicide"  # suicidal thoughts or self-harm
    VIOLENCE = "violence"  # physical violence
    THREAT = "threat"  # threats, or fear of the partner
    ABUSE = "abuse"  # sexual or emotional abuse, coercive control


# --- normalisation -------------------------------------------------------------------------

_APOSTROPHE = re.compile("['`´‘’ʼ]")
_LAUGH_EMOJI = re.compile(  # laughing, grinning, winking and tongue-out faces
    "[\U0001f602\U0001f923\U0001f606\U0001f605\U0001f639\U0001f604\U0001f601\U0001f60b\U0001f609\U0001f61c\U0001f61d\U0001f61b]"
)
_BOUNDARY = re.compile(r"[.!?;\n\r\t()\[\]{}|]+")
_OTHER = re.compile(r"[^a-z0-9,|]+")
_MIXED = re.compile(r"\b(?=[a-z0-9]*[a-z])(?=[a-z0-9]*[0-9])[a-z0-9]+\b")
_LEET = str.maketrans("013457", "oieast")
_SPELLED = re.compile(r"\b(?:[a-z] ){3,}[a-z]\b")
_SHORTHAND = {
    "k": "ik", "mn": "mijn", "zn": "zijn", "ie": "hij", "t": "het", "m": "hem", "n": "en",
    "nie": "niet", "nt": "niet", "hm": "hem", "der": "er", "kwil": "ik wil", "kben": "ik ben", "kheb": "ik heb",
    "kzie": "ik zie", "kga": "ik ga", "kwou": "ik wou", "kvoel": "ik voel", "kdenk": "ik denk",
    "kmoet": "ik moet", "kmag": "ik mag", "kdurf": "ik durf", "im": "i am", "ive": "i have",
    "dont": "do not", "doesnt": "does not", "didnt": "did not", "cant": "can not",
    "hes": "he is", "shes": "she is", "id": "i would", "hed": "he would",
    "shed": "she would", "il": "i wil", "bn": "ben", "mss": "misschien",
}  # fmt: skip
# Chat spelling drops a final n or swaps d/t: "leve", "geslage", "gewurgt", "bang vr hem".
_SHORTHAND.update((lx.squeeze(typo), lx.squeeze(word)) for typo, word in lx.CHAT_SPELLING.items())
# "wont" is English "won't" next to English words; otherwise it is Dutch "woont", squeezed.
_WONT_BEFORE = frozenset((
    "i", "you", "he", "she", "it", "we", "they", "that", "this", "who", "one", "just", "stil", "realy",
))  # fmt: skip
_WONT_AFTER = frozenset((
    "let", "be", "do", "go", "stop", "leave", "alow", "talk", "listen", "give", "have", "take", "tel",
    "answer", "accept", "ever", "even", "get", "se", "shut", "hurt", "change", "admit", "move", "pay",
    "come", "say", "eat", "slep", "work", "help", "ned", "make", "care", "touch", "respect", "believe",
    "forgive",
))  # fmt: skip


def _normalise(text: str) -> str:
    """Reduce ``text`` to its skeleton; sentences are separated by ``|``."""
    text = _LAUGH_EMOJI.sub(" haha ", _APOSTROPHE.sub("", text))
    text = unicodedata.normalize("NFKD", text.casefold())
    if not text.isascii():
        text = "".join(c for c in text if unicodedata.category(c) not in ("Mn", "Cf"))
    text = re.sub(r"(?<=[a-z])-(?=[a-z])", "", text)
    text = _BOUNDARY.sub(" | ", text)
    text = _OTHER.sub(" ", re.sub(r"[,:\"“”„«»]", " , ", text))
    text = _MIXED.sub(lambda m: m.group().translate(_LEET), text)
    text = _SPELLED.sub(lambda m: m.group().replace(" ", ""), text)
    text = lx.squeeze(text)  # letter runs never cross a space, so the whole text squeezes at once
    words = text.split()
    if "wont" in words:
        words = [_wont(words, at) if word == "wont" else word for at, word in enumerate(words)]
    return " ".join(_SHORTHAND.get(word, word) for word in words)


def _wont(words: list[str], at: int) -> str:
    """English "won't" (as "wil not") or Dutch "woont", judged by the neighbouring words."""
    before = words[at - 1] if at else ""
    after = words[at + 1] if at + 1 < len(words) else ""
    return "wil not" if before in _WONT_BEFORE or after in _WONT_AFTER else "wont"


# --- matching ------------------------------------------------------------------------------

# Each rule is compiled on its own: the engine skips ahead much faster through a few dozen
# small patterns than through one alternation of all of them.
_RULES = tuple(
    (SafetyKind(kind), mode, lx.rx(item))
    for kind, mode, source in RULES
    for item in (source if isinstance(source, tuple) else (source,))
)


def _kinds_in(sentence: str, laughing: bool) -> set[SafetyKind]:
    """Every kind one sentence of the skeleton points to."""
    if cx.SPORT_CONTEXT.search(sentence):
        sentence = cx.SPORT_VERBS.sub(" ", sentence)
    sentence = cx.ABUSE_QUALIFIED.sub(" xabusex ", sentence)
    skip = {
        "bare": cx.MEDIA_CONTEXT.search(sentence) is not None,
        "soft": laughing,
        "injury": cx.ACCIDENT.search(sentence) is not None,
        "personal": False,
    }
    found: set[SafetyKind] = set()
    for kind, mode, pattern in _RULES:
        if kind in found or skip[mode]:
            continue
        if pattern.search(sentence):
            found.add(kind)
    if cx.GLUED.search(sentence.replace(" ", "")):
        found.add(SafetyKind.SUICIDE)
    return found


# Telegram caps a message at 4096 characters; a longer string is cut so the check stays fast.
_MAX_CHARS = 8_192


def skeleton(text: str) -> str:
    """The normalised form of ``text`` that the rules and the model read."""
    text = text[:_MAX_CHARS]
    try:
        form = lx.SEPARABLE.sub(r"\2 \1\3", lx.INVERTED.sub(r"\2 \1", _normalise(text)))
        return cx.IDIOMS.sub(" | ", form)
    except Exception:  # never let odd input break the bot; fall back to a plain lower case
        return " ".join(text.lower().split())


def detect(text: str | None) -> SafetyKind | None:
    """The most serious kind of danger the text points to, or None.

    The rules speak first; what they let through goes to the learned model.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    form = skeleton(text)
    ruled = by_rules(form)
    if ruled is not None:
        return ruled
    guessed = safety_model.assess(form)
    return None if guessed is None else SafetyKind(guessed)


def by_rules(form: str) -> SafetyKind | None:
    """What the rules alone find in a skeleton (the model's training uses this too)."""
    laughing = cx.LAUGHTER.search(form) is not None
    found: set[SafetyKind] = set()
    for sentence in _sentences(form):
        found |= _kinds_in(sentence, laughing)
    return next((kind for kind in SafetyKind if kind in found), None)


def _sentences(skeleton: str) -> list[str]:
    """The sentences of a skeleton; a fragment of a few words joins the one before it."""
    sentences: list[str] = []
    for part in skeleton.split("|"):
        part = part.strip(" ,")
        if not part:
            continue
        if sentences and part.count(" ") < 3:
            sentences[-1] += " , " + part
        else:
            sentences.append(part)
    return sentences


# --- the help texts ------------------------------------------------------------------------


def help_lines() -> str:
    """The block of help lines (HTML), shown by the safety net, /hulp and quiz results."""
    return _(
        "<b>Netherlands</b>\n"
        "• <b>113 Suicide Prevention</b>: call 113 or 0800-0113 (free, 24/7, anonymous), "
        'or chat at <a href="https://www.113.nl">113.nl</a>\n'
        "• <b>Veilig Thuis</b> (domestic violence and abuse): call 0800-2000 (free, 24/7)\n"
        "• In immediate danger: call 112\n"
        "\n"
        "<b>Belgium</b>\n"
        "• <b>Zelfmoordlijn 1813</b>: call 1813 or visit "
        '<a href="https://www.zelfmoord1813.be">zelfmoord1813.be</a>\n'
        "• <b>1712</b> for violence and abuse (Flanders)\n"
        "\n"
        "Otherwise your GP is always there for you."
    )


def help_message() -> str:
    """The private message the safety net sends (HTML): a warm word, the help lines, privacy."""
    opening = _(
        "What you wrote sounds heavy. You don't have to carry it alone: there are people "
        "ready for you day and night. Talk to them, today if you can:"
    )
    closing = _(
        "Samen is coaching for your relationship, not therapy or emergency help. "
        "This message stays between you and Samen: your partner and your coach do not see it. "
        "Did I read too much into your words? Then just carry on where you were."
    )
    return f"{opening}\n\n{help_lines()}\n\n{closing}"


def group_notice() -> str:
    """One neutral line for a group, pointing to /hulp, saying nothing about any message."""
    return _("Looking for support? Send me /hulp in a private chat and you'll see where to turn.")


def share_question() -> str:
    """The question shown before a text that triggered the safety net is shown to someone else."""
    return _(
        "Do you really want to share this? If you do, your partner or coach will read exactly "
        "what you wrote. You can also change it first, or keep it to yourself."
    )

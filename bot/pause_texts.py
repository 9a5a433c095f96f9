"""Every text of the pause and safe-word flow, as HTML ready to send.

The wording lives in ``locales/nl/LC_MESSAGES/pause.po`` (English msgids,
Dutch translations); these functions only pick the right messages, fill in
the placeholders and escape anything a user typed. Texts marked as alerts
are short enough (≤ 200 characters) for ``answerCallbackQuery``.
"""

from __future__ import annotations

import html

from bot.i18n import _, ngettext
from bot.pause import (
    DEFAULT_PAUSE_MINUTES,
    EXTENSION_MINUTES,
    MAX_EXTENSIONS,
    MAX_SAFE_WORD_LENGTH,
    SafeWordProblem,
)


def duration(minutes: int) -> str:
    """'20 minuten' / '1 minuut'."""
    return ngettext("{n} minute", "{n} minutes", minutes).format(n=minutes)


# --- safe word ---------------------------------------------------------------


def safe_word_set(
    word: str, minutes: int = DEFAULT_PAUSE_MINUTES, set_by: str | None = None
) -> str:
    """Tell both partners the new safe word and what it means."""
    if set_by:
        head = _("{name} has set your safe word: <b>{word}</b>").format(
            name=html.escape(set_by), word=html.escape(word)
        )
    else:
        head = _("Your safe word is now: <b>{word}</b>").format(word=html.escape(word))
    body = _(
        "As soon as one of you writes this word in your shared chat, I start a pause of "
        "{duration}. You both stop right away: no last word, no slammed doors.\n\n"
        'What the word means: not "I don\'t care about this conversation", but '
        '<i>"this conversation matters too much to me to ruin it now."</i>\n\n'
        "Agree on it together: whoever hears the word stops too, without asking why."
    ).format(duration=duration(minutes))
    return f"{head}\n\n{body}"


def safe_word_refused(problem: SafeWordProblem) -> str:
    """Why the proposed safe word cannot be used, and how to try again."""
    if problem is SafeWordProblem.EMPTY:
        return _(
            "You haven't given a word yet. Put it after the command, for example: "
            "/veiligwoord ananas"
        )
    if problem is SafeWordProblem.TOO_LONG:
        reason = _(
            "That word is too long. Keep it to {max} characters at most, so it's quick to say "
            "in the middle of a fight."
        ).format(max=MAX_SAFE_WORD_LENGTH)
    elif problem is SafeWordProblem.TOO_MANY_WORDS:
        reason = _(
            'Choose one word, or two at most (like "paarse olifant"). A short word is easier to '
            "say when things heat up."
        )
    elif problem is SafeWordProblem.LOADED:
        reason = _(
            'That word is too loaded. Words like "stop", "pauze" or "genoeg" get shouted in anger '
            "anyway, so they sound like an accusation instead of your agreement. Pick something "
            "unusual, even a bit silly: ananas, krokodil, paars."
        )
    elif problem is SafeWordProblem.COMMON:
        reason = _(
            "That word comes up too often in ordinary chat: a pause would start when neither of "
            "you meant it. Pick something unusual, even a bit silly: ananas, krokodil, paars."
        )
    else:
        reason = _(
            "A safe word needs letters. Digits, punctuation or emoji alone won't do: you can't "
            "say them out loud in a fight."
        )
    retry = _("Try again: /veiligwoord followed by your word.")
    return f"{reason}\n{retry}"


def safe_word_how_to(current: str | None = None) -> str:
    """How /veiligwoord works, with the couple's current word if they have one."""
    usage = _(
        "<b>Your safe word</b>\n"
        "Choose an unusual word together, one you would never say in a fight: ananas, krokodil, "
        "paars. Then send it like this:\n"
        "/veiligwoord ananas\n\n"
        "One word or two, at most {max} characters. When one of you writes it in your shared "
        "chat, I start a pause right away."
    ).format(max=MAX_SAFE_WORD_LENGTH)
    if current:
        status = _("Your current safe word: <b>{word}</b>").format(word=html.escape(current))
    else:
        status = _("You don't have a safe word yet. /pauze always works.")
    return f"{usage}\n\n{status}"


# --- the pause itself --------------------------------------------------------


def pause_announcement(minutes: int, ends_at_label: str, by_safe_word: bool = False) -> str:
    """The shared-chat announcement of a new pause; names nobody."""
    text = _(
        "⏸ <b>Pause: {duration}, until {time}.</b>\n"
        "Stop now, both of you. No last word, no slammed doors: just stop. Asking for a pause "
        "is no reproach. It's your agreement, and it protects you both.\n\n"
        "You'll each get a private message from me with a way to calm down. At {time} I'll "
        "call you back."
    ).format(duration=duration(minutes), time=ends_at_label)
    if by_safe_word:
        said = _("The safe word has been said.")
        return f"{said}\n{text}"
    return text


def calming_exercise(minutes: int) -> str:
    """The private breathing exercise and self-questions for each partner."""
    return _(
        "🌿 <b>Just for you, for the next {duration}</b>\n"
        "After a fight your body needs about 20 to 30 minutes to settle. Use that time for "
        "yourself, not to carry on the fight in your head.\n\n"
        "<b>Breathe slowly.</b> In through your nose while counting to 4, out through your "
        "mouth while counting to 6. Keep it up for a few minutes; the long out-breath slows "
        "your heart down.\n\n"
        "<b>Take distance.</b> Go to another room or take a walk. No insults, not out loud and "
        "not in a message.\n\n"
        "<b>Ask yourself:</b>\n"
        "• What is really going on here?\n"
        "• What am I afraid of?\n"
        "• What might my partner be afraid of?\n"
        "• Which soft feeling is under my anger? Hurt, fear, loneliness, feeling not good "
        "enough?\n\n"
        "A pause is not silence as a punishment. When the time is up, you both come back."
    ).format(duration=duration(minutes))


def pause_running(minutes_left: int, ends_at_label: str | None = None) -> str:
    """Answer to /pauze during a pause: how long it still lasts."""
    if minutes_left <= 0:
        return _("Your pause is just about over. I'll call you back in a moment.")
    if ends_at_label:
        left = _("Your pause lasts another {duration}, until {time}.").format(
            duration=duration(minutes_left), time=ends_at_label
        )
    else:
        left = _("Your pause lasts another {duration}.").format(duration=duration(minutes_left))
    later = _("I'll call you back when it's time. Until then, be kind to yourself.")
    return f"{left} {later}"


def gentle_nudge_during_pause(name: str | None = None) -> str:
    """A soft reminder when a partner writes in the shared chat during the pause."""
    if name:
        head = _("{name}, you're on a pause right now.").format(name=html.escape(name))
    else:
        head = _("You're on a pause right now.")
    body = _(
        "Let the conversation rest, here too: the pause only works if you both really stop. "
        "I'll call you back when it's time."
    )
    return f"{head} {body}"


# --- coming back ---------------------------------------------------------------


def pause_end_reminder() -> str:
    """The shared-chat call to come back, with an opening sentence."""
    return _(
        "🔔 <b>The pause is over.</b> Time to come back to each other.\n\n"
        'A good first sentence: <i>"I want us to solve this. Shall we try again, more calmly '
        'this time?"</i>\n\n'
        "Let me know with the buttons below whether you're ready."
    )


def ready_button() -> str:
    """Button label: ready to talk again."""
    return _("I'm ready")


def extend_button() -> str:
    """Button label: ask for one more extension."""
    return ngettext("I need {n} more minute", "I need {n} more minutes", EXTENSION_MINUTES).format(
        n=EXTENSION_MINUTES
    )


def finished_button() -> str:
    """Button label: the repair talk has happened."""
    return _("Conversation done")


def partner_ready(name: str) -> str:
    """Shared-chat note that one partner is ready."""
    return _("<b>{name}</b> is ready. As soon as you both are, I'll let you know.").format(
        name=html.escape(name)
    )


def waiting_for_other() -> str:
    """Alert for the partner who pressed ready first."""
    return _("Noted. Now we wait for your partner.")


def already_ready() -> str:
    """Alert when someone presses ready twice."""
    return _("You already said you're ready. Now we wait for your partner.")


def both_ready() -> str:
    """Both partners are ready: say so and suggest how to start."""
    return _(
        "💬 <b>You're both ready.</b> Good that you're coming back to this.\n\n"
        "How to start:\n"
        '• Speak from yourself: "I feel…", "I need…", instead of "you always…".\n'
        "• Let the other finish, then say in your own words what you heard: "
        '"If I understand you right, you mean… is that it?"\n'
        "• Acknowledge the other's feeling first, even if you see the facts differently. "
        "Your side comes after.\n\n"
        'Whoever starts can open with: "I want us to solve this." Talked it through? '
        "Then tap the button below."
    )


def extended(minutes_left: int, extensions_left: int, ends_at_label: str | None = None) -> str:
    """Confirmation of an extension, with how many are left."""
    if ends_at_label:
        head = _("All right: {duration} more pause, until {time}.").format(
            duration=duration(minutes_left), time=ends_at_label
        )
    else:
        head = _("All right: {duration} more pause.").format(duration=duration(minutes_left))
    if extensions_left > 0:
        tail = ngettext(
            "After that you can extend {n} more time.",
            "After that you can extend {n} more times.",
            extensions_left,
        ).format(n=extensions_left)
    else:
        tail = _("This was the last extension. After it, you both come back.")
    return f"{head} {tail}"


def no_more_extensions() -> str:
    """Alert when the pause was already extended as often as allowed."""
    return ngettext(
        "The pause has already been extended {n} time; that's the limit. Come back, even if it "
        'still feels awkward. Start small: "I want to solve this."',
        "The pause has already been extended {n} times; that's the limit. Come back, even if it "
        'still feels awkward. Start small: "I want to solve this."',
        MAX_EXTENSIONS,
    ).format(n=MAX_EXTENSIONS)


def pause_over_stale() -> str:
    """Alert for a button of a pause that has already ended."""
    return _("This pause is already over. Need a new one? Send /pauze.")


# --- the repair talk -----------------------------------------------------------


def follow_up_reminder() -> str:
    """Private reminder, a day after the pause, to have the repair talk."""
    return _(
        "💛 Yesterday you two took a pause. Have you come back to it yet?\n\n"
        "The real repair happens in the talk afterwards, ideally within 24 to 48 hours. "
        "Without that talk, something stays hanging between you.\n\n"
        'You could open with: <i>"Can we talk about yesterday once more? I would like to '
        'understand what was going on for you."</i>\n\n'
        'Already talked it through? Then tap "{finished}" below.'
    ).format(finished=finished_button())


def conversation_finished_ack() -> str:
    """Thanks for finishing the repair talk; no more reminders for this pause."""
    return _(
        "Good that you came back to it; that takes courage. I won't send any more reminders "
        "about this pause."
    )


# --- who may do what -------------------------------------------------------------


def not_paired() -> str:
    """The sender is not paired with a partner yet."""
    return _(
        "This works once you're paired with your partner. Send me /start in a private chat "
        "to invite them."
    )


def group_not_linked() -> str:
    """The group is not linked to a couple."""
    return _(
        "This group isn't linked to a couple yet. Use the group link I sent you privately "
        "after pairing, so I know this chat is yours."
    )


def stranger_pressed() -> str:
    """Alert when someone other than the couple presses a pause button."""
    return _("This button is for the couple in this chat, not for you.")


def privacy_mode_ok() -> str:
    """The bot sees all group messages: the safe word works here."""
    return _("✅ I can read along in this group, so your safe word works here. So does /pauze.")


def privacy_mode_only_command() -> str:
    """The bot sees only commands here: only /pauze works, and how to fix that."""
    return _(
        "ℹ️ In this group I only see commands, so I won't notice your safe word here. "
        "/pauze does work, and so does the safe word sent to me in a private chat.\n\n"
        "Want the safe word to work too? There are two ways:\n"
        "• make me an admin of this group, or\n"
        "• ask whoever runs this bot to turn privacy mode off: in @BotFather, /setprivacy → "
        "Disable. Then remove me from this group and add me again."
    )


# --- pause length ------------------------------------------------------------------


def pause_length_choice_prompt(current: int | None = None) -> str:
    """Ask the couple how long their pause should last."""
    prompt = _(
        "How long should your pause last? After a fight the body needs about 20 to 30 "
        "minutes to calm down. Choose what suits you both."
    )
    if current is None:
        return prompt
    now = _("Now: {duration}.").format(duration=duration(current))
    return f"{prompt}\n{now}"


def pause_length_button(minutes: int, current: bool = False) -> str:
    """Button label for one pause length."""
    if current:
        return _("{duration} (current)").format(duration=duration(minutes))
    return duration(minutes)


def pause_length_set(minutes: int) -> str:
    """Confirmation of the chosen pause length."""
    return _("From now on your pause lasts {duration}.").format(duration=duration(minutes))


# --- commands, settings and who may act ------------------------------------------


def pause_command_description() -> str:
    """Command menu entry for /pauze."""
    return _("Take a pause when things get heated")


def safe_word_command_description() -> str:
    """Command menu entry for /veiligwoord."""
    return _("Choose your safe word")


def settings_label() -> str:
    """Label of the settings section for the pause and the safe word."""
    return _("Pause and safe word")


def setting_stale() -> str:
    """Alert for an outdated settings button."""
    return _("This button is out of date. Open /instellingen for fresh buttons.")


def only_partners() -> str:
    """Someone other than the couple tried to start a pause or set the safe word."""
    return _("Only the couple of this group can start a pause or choose the safe word here.")


def safe_word_tip() -> str:
    """A nudge to choose a safe word, for a couple that has none yet."""
    return _("Tip: choose a safe word together, for example with /veiligwoord ananas.")

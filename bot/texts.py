"""Longer core texts (welcome, privacy, menu, help), composed from translated parts."""

from __future__ import annotations

from html import escape

from bot.i18n import _


def welcome() -> str:
    """The first message after /start: what Samen does and what it keeps."""
    return "\n\n".join(
        [
            _("<b>Welcome to Samen.</b>"),
            _(
                "I help the two of you keep talking, also when it gets difficult: a short daily "
                "check-in, a weekly conversation, a pause button for heated moments, reminders to "
                "show appreciation, and quizzes you can take on your own."
            ),
            privacy_notice(),
            coaching_not_therapy(),
            _("Is this okay with you?"),
        ]
    )


def privacy_notice() -> str:
    """What is stored and who sees what."""
    return "\n".join(
        [
            _("<b>What I keep, and who sees it</b>"),
            _("• Until you agree, I keep nothing but your Telegram number."),
            _(
                "• After that: your first name, your pairing, your settings and what you answer in "
                "the exercises."
            ),
            _(
                "• What you write to me privately stays private. Your partner only sees something "
                "when you choose to share it."
            ),
            _(
                "• A coach, if you have one, only sees that an exercise arrived, never your answers."
            ),
            _("• /mijngegevens sends you everything I keep; /vergeetmij deletes it all."),
        ]
    )


def coaching_not_therapy() -> str:
    """The reminder that Samen coaches and does not treat."""
    return _(
        "<i>Samen is coaching, not therapy. If things are unsafe or feel too heavy, a "
        "professional can help: see /hulp.</i>"
    )


def menu(first_name: str, partner_name: str | None) -> str:
    """The main menu header."""
    if partner_name is None:
        return _("Hi {name}! What would you like to do?").format(name=escape(first_name))
    return _("Hi {name}! You are paired with {partner}. What would you like to do?").format(
        name=escape(first_name), partner=escape(partner_name)
    )


def invite(link: str) -> str:
    """The message with the partner invite link."""
    return "\n\n".join(
        [
            _("<b>Invite your partner</b>"),
            _(
                "Send this link to your partner. When they open it, I ask them whether they want to "
                "pair with you."
            ),
            f"<code>{escape(link)}</code>",
            _("The link works once and for 48 hours."),
        ]
    )


def group_offer() -> str:
    """Explains the shared chat and how to add the bot to one."""
    return "\n\n".join(
        [
            _("<b>Your shared chat</b>"),
            _(
                "Make a group with just the two of you and me. That is where I open check-ins and "
                "where a pause is announced. Tap the button, choose (or create) your group, and I "
                "link it to you two."
            ),
            _(
                "No group? That is fine too: then I send everything meant for both of you to each "
                "of you privately."
            ),
        ]
    )

"""The texts of the appreciation exercise (CONTENT.md §4): prompt, checks, preview, history.

Every sentence is an English msgid with its Dutch translation in
``locales/nl/LC_MESSAGES/appreciation.po``. Day names and dates come from babel
in the current locale. What users wrote is always HTML-escaped here.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from babel.dates import format_date, get_day_names
from babel.lists import format_list

from bot.appreciation import ITEMS, Check, InputProblem, format_time
from bot.i18n import _, current_locale, ngettext
from bot.storage.appreciation_schedules import Schedule
from bot.storage.appreciations import Appreciation, Item
from bot.zone_names import zone_label

HISTORY_ITEMS = 5
SNIPPET = 80


def _locale() -> str:
    return current_locale()


def day_names(days: Sequence[int]) -> str:
    """Full weekday names in the current locale, joined ("dinsdag en vrijdag")."""
    names = get_day_names("wide", locale=_locale())
    return str(format_list([str(names[day]) for day in sorted(days)], locale=_locale()))


def day_short(day: int) -> str:
    """An abbreviated weekday name for a button ("di")."""
    return str(get_day_names("abbreviated", locale=_locale())[day])


# --- the prompt ----------------------------------------------------------------------------


def exercise(partner: str) -> str:
    """The exercise itself: three concrete things, an example, no "maar"."""
    name = escape(partner)
    return "\n\n".join(
        [
            _("<b>Time for appreciation</b>"),
            _(
                "Name three things you appreciate in {name}. Make them concrete: something "
                "{name} did, or a trait you saw in action."
            ).format(name=name),
            _(
                "Vague: <i>“You are sweet.”</i>\nConcrete: <i>“I liked how you listened to my "
                "story about work yesterday, without rushing to solutions.”</i>"
            ),
            _(
                "One rule: no “maar” (but) after it. A “but” wipes out the compliment you "
                "just gave."
            ),
            _(
                "Send your three things as three separate messages, or as one message with "
                "three lines. Nothing goes to {name} until you say so."
            ).format(name=name),
        ]
    )


def resume_note(have: int) -> str:
    """Said with the prompt when an earlier draft is still open."""
    return _("Your earlier draft is still here: {have} of {total} written.").format(
        have=have, total=ITEMS
    )


def write_now() -> str:
    """The button that points the writer's next texts at the exercise."""
    return _("Write my three things")


def listening() -> str:
    """After "write now": the bot waits for text."""
    return _("I am listening. Send your first thing.")


# --- while writing -------------------------------------------------------------------------


def progress(have: int) -> str:
    """How far the writer is, and how many are still to come."""
    left = ITEMS - have
    return ngettext(
        "Noted: {have} of {total}. {left} more to go.",
        "Noted: {have} of {total}. {left} more to go.",
        left,
    ).format(have=have, total=ITEMS, left=left)


def flagged_note() -> str:
    """Said after text that triggered the safety net went into a draft."""
    return _("I have put it in your draft. It goes nowhere unless you say so.")


def question(item: Item, partner: str) -> str:
    """The gentle question about a flagged item."""
    quoted = f"<i>{escape(item.text)}</i>"
    if item.check is Check.BUT:
        body = _(
            "There is a “maar” (but) in point {n}. Whatever comes after it easily erases the "
            "compliment in front of it. Do you want to rewrite it without the “but”?"
        )
    else:
        body = _(
            "Point {n} is still rather general. What exactly did {name} do, or when did you "
            "notice it? The more concrete, the more it lands."
        )
    return body.format(n=item.position, name=escape(partner)) + "\n\n" + quoted


def rewrite_button() -> str:
    """Button: rewrite the flagged item."""
    return _("Rewrite it")


def keep_as_is_button() -> str:
    """Button: keep the flagged item as it is."""
    return _("Keep it like this")


def ask_rewrite(position: int) -> str:
    """After "rewrite": wait for the new version."""
    return _("Send me the new version of point {n}.").format(n=position)


def kept_as_is(position: int) -> str:
    """Replaces the question once the writer keeps the item."""
    return _("Point {n} stays as you wrote it.").format(n=position)


def problem(kind: InputProblem, left: int) -> str:
    """Why a message was not added; the draft is unchanged."""
    if kind is InputProblem.EMPTY:
        return _("That message was empty. Write your thing in words, one per line.")
    if kind is InputProblem.TOO_LONG:
        return _(
            "That is a lot of text: keep each thing under 1,000 characters. Your draft is "
            "unchanged; try it a bit shorter."
        )
    if kind is InputProblem.NOT_ONE:
        return _("Send just the new version of this one point, on one line.")
    if left <= 0:
        return _("You already have three things. Three is enough: choose below what happens now.")
    return ngettext(
        "That is more than fits: you need {left} more thing. Your draft is unchanged.",
        "That is more than fits: you need {left} more things. Your draft is unchanged.",
        left,
    ).format(left=left)


def text_only(left: int) -> str:
    """A sticker, photo or voice note while writing."""
    return ngettext(
        "For your appreciation I need words: type your thing as a message. {left} to go.",
        "For your appreciation I need words: type your things as messages. {left} to go.",
        left,
    ).format(left=left)


def preview(items: Sequence[Item], partner: str) -> str:
    """The three items, and the choice to send or keep."""
    name = escape(partner)
    lines = "\n".join(f"{item.position}. {escape(item.text)}" for item in items)
    return "\n\n".join(
        [
            _("<b>Your three things for {name}</b>").format(name=name),
            lines,
            _(
                "Shall I send this to {name}? It goes only when you press the button, privately "
                "to {name}, never to your shared chat."
            ).format(name=name),
        ]
    )


def send_button(partner: str) -> str:
    """Button: send to the partner (a button label: not HTML)."""
    return _("Send it to {name}").format(name=partner)


def keep_button() -> str:
    """Button: keep it for yourself."""
    return _("Keep it for myself")


def share_yes() -> str:
    """Button: yes, share it despite the safety net."""
    return _("Yes, send it to my partner")


def share_no() -> str:
    """Button: no, do not share."""
    return _("No, do not send it")


def share_declined() -> str:
    """After "no" to the share question."""
    return _("Okay, I send nothing. Your three things stay with you.")


def sent(partner: str) -> str:
    """Replaces the preview once it is sent."""
    return _("Sent to {name}. Nice that you took the time for this.").format(name=escape(partner))


def kept(partner: str) -> str:
    """Replaces the preview once it is kept."""
    return _("Kept for yourself. {name} sees none of it.").format(name=escape(partner))


def delivery_failed(partner: str) -> str:
    """Telegram could not deliver it; the draft is back."""
    return _(
        "I could not deliver it to {name} right now. Your draft is safe; try again later."
    ).format(name=escape(partner))


# --- for the partner -----------------------------------------------------------------------


def delivery(writer: str, items: Sequence[Item]) -> str:
    """What the partner receives, privately."""
    lines = "\n".join(f"{item.position}. {escape(item.text)}" for item in items)
    return "\n\n".join(
        [
            _("<b>Three things {name} appreciates in you</b>").format(name=escape(writer)),
            lines,
        ]
    )


def thanks_button() -> str:
    """Button: the one-tap thank-you."""
    return _("Say thank you ❤️")


def thanked_note(writer: str) -> str:
    """Added under the delivery once the partner said thanks."""
    return _("You thanked {name}.").format(name=escape(writer))


def thanks_for_writer(partner: str) -> str:
    """The thank-you as the writer receives it."""
    return _("{name} says thank you for your three things. ❤️").format(name=escape(partner))


# --- short answers -------------------------------------------------------------------------


def not_paired() -> str:
    """For someone without a partner in Samen."""
    return _("This exercise is for you and your partner: pair first via /menu.")


def not_for_you() -> str:
    """A button pressed by someone it is not meant for."""
    return _("This button is not for you.")


def stale() -> str:
    """A button whose draft no longer exists."""
    return _("This button no longer works. Send /waardering to start again.")


def already_sent() -> str:
    """A second press on "send"."""
    return _("You already sent these three things.")


def already_kept() -> str:
    """ "Send" pressed on something kept."""
    return _("You kept this for yourself; it was not sent.")


def already_decided() -> str:
    """A question that was already answered."""
    return _("You already chose for this point.")


def outdated() -> str:
    """A button of an older preview of a draft that changed."""
    return _("This preview is out of date. Here is the current one.")


def already_thanked() -> str:
    """A second press on the thank-you."""
    return _("You already said thank you.")


def thanks_passed_on() -> str:
    """Toast after the thank-you went to the writer."""
    return _("Your thank-you is passed on.")


# --- history and settings ------------------------------------------------------------------


def _snippet(text: str) -> str:
    short = text if len(text) <= SNIPPET else text[: SNIPPET - 1].rstrip() + "…"
    return escape(short)


def _entry(appreciation: Appreciation, line: str, zone: ZoneInfo) -> str:
    day = short_date(appreciation.decided_at or appreciation.created_at, zone)
    items = "".join(f"\n   · {_snippet(item.text)}" for item in appreciation.items)
    return f"• {day} — {line}{items}"


def history(
    written: Sequence[Appreciation], received: Sequence[Appreciation], partner: str, zone: ZoneInfo
) -> str:
    """What you sent, kept and received, newest first."""
    name = escape(partner)
    parts = [_("<b>Your appreciations so far</b>")]
    if written:
        lines = []
        for item in written[:HISTORY_ITEMS]:
            if item.status == "kept":
                line = _("kept for yourself, not sent")
            elif item.thanked_at is not None:
                line = _("sent to {name}, who said thank you").format(name=name)
            else:
                line = _("sent to {name}").format(name=name)
            lines.append(_entry(item, line, zone))
        parts.append(_("<b>Written by you for your partner</b>") + "\n" + "\n".join(lines))
    if received:
        lines = [
            _entry(item, _("received from {name}").format(name=name), zone)
            for item in received[:HISTORY_ITEMS]
        ]
        parts.append(_("<b>Received from your partner</b>") + "\n" + "\n".join(lines))
    return "\n\n".join(parts)


def schedule_state(plan: Schedule, zone: ZoneInfo) -> str:
    """One line: on which days and at what time, or off."""
    if not plan.enabled or not plan.weekdays:
        return _("Off: you get no appreciation prompts.")
    return _("On: {days} at {time} ({zone}).").format(
        days=day_names(sorted(plan.weekdays)), time=format_time(plan.at), zone=zone_label(zone)
    )


def settings(plan: Schedule, zone: ZoneInfo) -> str:
    """The appreciation section of /instellingen."""
    return "\n\n".join(
        [
            _("<b>Appreciation prompts</b>"),
            _(
                "Each of you privately gets the appreciation exercise on these days. Tap a day "
                "to switch it on or off."
            ),
            schedule_state(plan, zone),
        ]
    )


def section_label() -> str:
    """The settings menu button."""
    return _("Appreciation prompts")


def menu_label() -> str:
    """The main menu button."""
    return _("Appreciate my partner")


def day_button(day: int, chosen: bool) -> str:
    """A weekday toggle."""
    if chosen:
        return f"✓ {day_short(day)}"
    return day_short(day)


def earlier_button() -> str:
    """Button: 30 minutes earlier."""
    return _("Prompt 30 min earlier")


def later_button() -> str:
    """Button: 30 minutes later."""
    return _("Prompt 30 min later")


def switch_button(enabled: bool) -> str:
    """Button: switch the prompts off or on."""
    return _("Switch the prompts off") if enabled else _("Switch the prompts on")


def one_day_needed() -> str:
    """Alert when the last day would be switched off."""
    return _("Keep at least one day, or switch the prompts off.")


def saved() -> str:
    """Toast after a settings change."""
    return _("Saved.")


def short_date(moment: datetime, zone: ZoneInfo) -> str:
    """A date as shown in the history ("24 nov")."""
    return str(format_date(moment.astimezone(zone).date(), "d MMM", locale=_locale()))


def command_description() -> str:
    """/waardering in the private command menu."""
    return _("Three things you appreciate in your partner")

"""The texts of the coach feature: coach and client onboarding, broadcasts, reports."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape
from zoneinfo import ZoneInfo

from babel.dates import format_date
from babel.numbers import format_decimal

from bot.coach import MAX_MESSAGE, InviteStatus, LinkStatus, Tally
from bot.exercises import Exercise
from bot.i18n import _, current_locale, ngettext
from bot.storage.broadcasts import HistoryEntry
from bot.storage.coaches import Client

EXCERPT = 40


def number(value: int) -> str:
    """A number the Dutch way (1.000)."""
    return format_decimal(value, locale=current_locale())


def day(moment: datetime, zone: ZoneInfo) -> str:
    """A date like "23 nov 2026" in the reader's time zone."""
    return format_date(moment.astimezone(zone).date(), "d MMM y", locale=current_locale())


def not_for_you() -> str:
    """A button pressed by someone it is not meant for."""
    return _("This button is not meant for you.")


def stale() -> str:
    """A button that belongs to something finished or replaced."""
    return _("This button no longer works.")


# --- becoming a coach --------------------------------------------------------------------


def link_refusal(status: LinkStatus) -> str:
    """Why a coach link cannot be used."""
    messages = {
        LinkStatus.MALFORMED: _("This coach link does not look right. Ask for a new one."),
        LinkStatus.UNKNOWN: _("I do not know this coach link. Ask for a new one."),
        LinkStatus.USED: _("This coach link has already been used. Each one works only once."),
        LinkStatus.EXPIRED: _("This coach link has expired. Ask for a new one."),
        LinkStatus.ALREADY_COACH: _(
            "You are already a coach. /klanten shows your clients, /verstuur sends them something."
        ),
    }
    return messages.get(status, _("This coach link does not work."))


def coach_offer() -> str:
    """What becoming a coach means, shown when the coach link is opened."""
    return "\n".join(
        [
            _("<b>You are invited to coach in Samen.</b>"),
            _(
                "As a coach you invite your clients with a link. Whoever joins, chooses to. You "
                "send them exercises or a message of your own, and see whether it arrived."
            ),
            _("You never see their check-in answers, quiz results, reflections or appreciations."),
        ]
    )


def become_coach_question() -> str:
    """The question under the coach offer."""
    return _("Do you want to become a coach?")


def coach_welcome(invite_link: str) -> str:
    """The first message to a new coach: the commands and the client invite."""
    return "\n\n".join(
        [
            _("<b>Welcome, coach.</b>"),
            _(
                "/verstuur sends an exercise or a message to your clients.\n"
                "/klanten shows your clients and what you sent them."
            ),
            invite_text(invite_link),
        ]
    )


def invite_text(link: str) -> str:
    """The client invite link and how it works."""
    return "\n\n".join(
        [
            _("<b>Your invite link for clients</b>"),
            _(
                "Send this link to your clients. Whoever opens it sees your name and what you can "
                "and cannot see, and decides for themselves. Partners each open it themselves."
            ),
            f"<code>{escape(link)}</code>",
            _("The link keeps working until you make a new one."),
        ]
    )


def invite_share_note() -> str:
    """The text that comes with the link in Telegram's share sheet."""
    return _("Join me as a client in Samen")


# --- becoming a client -------------------------------------------------------------------


def invite_refusal(status: InviteStatus, coach_name: str = "") -> str:
    """Why a client invite cannot be accepted."""
    name = escape(coach_name)
    messages = {
        InviteStatus.MALFORMED: _("This link does not look right. Ask your coach for a new one."),
        InviteStatus.UNKNOWN: _("This link no longer works. Ask your coach for a new one."),
        InviteStatus.OWN: _("This is your own invite link. Send it to your clients."),
        InviteStatus.ALREADY_CLIENT: _(
            "You are already a client of {coach}. /coach shows how it is set up."
        ).format(coach=name),
        InviteStatus.OTHER_COACH: _(
            "You already have a coach in Samen. To switch, first stop with your coach via /coach."
        ),
    }
    return messages.get(status, _("This link does not work."))


def client_offer(coach_name: str) -> str:
    """What the coach will and will not see, shown when a client opens the invite."""
    name = escape(coach_name)
    return "\n".join(
        [
            _("<b>{coach} invites you to join as a client in Samen.</b>").format(coach=name),
            "",
            _("<b>What {coach} sees</b>").format(coach=name),
            _("• your first name and since when you joined"),
            _("• whether an exercise or message from {coach} reached you").format(coach=name),
            _('• whether you pressed "Did it", only if you allow that below'),
            _("• that you two are a couple, if your partner joins {coach} too").format(coach=name),
            "",
            _("<b>What {coach} never sees</b>").format(coach=name),
            _("• your check-in answers, quiz answers and results"),
            _("• your reflections and appreciations"),
            _("• anything you share with your partner in Samen"),
            "",
            _(
                "You can stop at any time with /coach; {coach} then only hears that you stopped. "
                "Are you in Samen as a couple? Your partner decides for themselves, with the same "
                "link."
            ).format(coach=name),
        ]
    )


def client_question(coach_name: str) -> str:
    """The question under the client offer."""
    return _("Do you want to join {coach}?").format(coach=escape(coach_name))


def joined(coach_name: str, share: bool) -> str:
    """The confirmation for a new client."""
    name = escape(coach_name)
    parts = [_("You are now a client of {coach}.").format(coach=name)]
    if share:
        parts.append(_("{coach} sees which exercises you mark as done.").format(coach=name))
    else:
        parts.append(_("What you mark as done stays between you and Samen."))
    parts.append(_("/coach shows your settings, and lets you stop."))
    return " ".join(parts)


def client_joined(client_name: str) -> str:
    """Told to the coach when a client joins."""
    return _("{name} joined as your client.").format(name=escape(client_name))


def client_left(client_name: str) -> str:
    """Told to the coach when a client leaves."""
    return _("{name} has stopped as your client. They will receive nothing more from you.").format(
        name=escape(client_name)
    )


def coach_gone(coach_name: str) -> str:
    """Told to each client when their coach deleted their data."""
    return _(
        "{coach} no longer uses Samen as your coach, so no more exercises will come from "
        "{coach}. Everything else in Samen stays as it was."
    ).format(coach=escape(coach_name))


# --- /coach for clients ------------------------------------------------------------------


def no_coach() -> str:
    """/coach without a coach."""
    return _("You have no coach in Samen. A coach can send you an invite link.")


def my_coach(coach_name: str, since: str, share: bool) -> str:
    """/coach: who the coach is and what they see."""
    name = escape(coach_name)
    lines = [
        _("<b>Your coach: {coach}</b>").format(coach=name),
        _("Since {date}.").format(date=since),
        _("{coach} sees whether messages reach you, never your answers.").format(coach=name),
    ]
    if share:
        lines.append(_("You share which exercises you mark as done."))
    else:
        lines.append(_("You do not share which exercises you mark as done."))
    return "\n".join(lines)


def leave_question(coach_name: str) -> str:
    """The confirmation before a client stops."""
    return _(
        "Do you want to stop with {coach}? You will receive nothing more from {coach}, and "
        "{coach} only hears that you stopped."
    ).format(coach=escape(coach_name))


def left(coach_name: str) -> str:
    """After a client stopped."""
    return _("You have stopped with {coach}. You will receive nothing more from {coach}.").format(
        coach=escape(coach_name)
    )


# --- coach commands ----------------------------------------------------------------------


def coaches_only() -> str:
    """A coach command from someone who is not a coach."""
    return _("This is only for coaches. Are you a coach? Ask whoever runs Samen for a coach link.")


def no_clients() -> str:
    """/verstuur (or a confirmation) with nobody to send to."""
    return _(
        "You have no clients yet, so there is nobody to send to. Share your invite link first."
    )


def clients_overview(
    clients: Sequence[Client], total: int, page: int, pages: int, zone: ZoneInfo
) -> str:
    """/klanten: a page of the client list."""
    if total == 0:
        return _("<b>Your clients</b>\nNobody yet. Share your invite link to invite clients.")
    names = {client.user_id: client.first_name for client in clients}
    lines = [_("<b>Your clients ({count})</b>").format(count=number(total))]
    for client in clients:
        last = (
            _("last received {date}").format(date=day(client.last_delivery, zone))
            if client.last_delivery
            else _("nothing received yet")
        )
        line = _("• {name}: since {date}, {last}").format(
            name=escape(client.first_name), date=day(client.joined_at, zone), last=last
        )
        if client.partner_id is not None and client.partner_id in names:
            line += " " + _("(together with {partner})").format(
                partner=escape(names[client.partner_id])
            )
        lines.append(line)
    if pages > 1:
        lines.append(_("Page {page} of {pages}").format(page=page + 1, pages=pages))
    return "\n".join(lines)


def history(entries: Sequence[HistoryEntry], zone: ZoneInfo) -> str:
    """/klanten: what the coach sent, with counts, never answers."""
    if not entries:
        return _("<b>Sent</b>\nNothing yet. /verstuur sends your first exercise or message.")
    lines = [_("<b>Sent</b>")]
    for entry in entries:
        moment = entry.broadcast.confirmed_at
        counts = _("{sent} delivered, {blocked} unreachable, {failed} failed").format(
            sent=number(entry.tally.sent),
            blocked=number(entry.tally.blocked),
            failed=number(entry.tally.failed + entry.tally.unknown),
        )
        line = "• {date} · {label}: {counts}".format(
            date=day(moment, zone) if moment else "",
            label=broadcast_label(entry.broadcast.exercise_id, entry.broadcast.body),
            counts=counts,
        )
        if entry.tally.pending or entry.tally.sending:
            line += " " + _("(still sending)")
        if entry.shared:
            line += " · " + _("{done} of {shared} done").format(
                done=number(entry.done), shared=number(entry.shared)
            )
        lines.append(line)
    return "\n".join(lines)


def broadcast_label(exercise_id: str | None, body: str | None) -> str:
    """A short name for a broadcast: the exercise title or the start of the message."""
    from bot import exercises  # the library is loaded at start-up

    exercise = exercises.get(exercise_id) if exercise_id else None
    if exercise is not None:
        return escape(_(exercise.title))  # content msgid
    from bot.coach import plain_text

    text = " ".join(plain_text(body or "").split())
    if len(text) > EXCERPT:
        text = text[: EXCERPT - 1] + "…"
    return _('your message "{start}"').format(start=escape(text))


# --- composing ---------------------------------------------------------------------------


def choose_content() -> str:
    """Step 1 of /verstuur."""
    return _(
        "<b>What do you want to send?</b>\nPick an exercise from the library, or write a message "
        "of your own."
    )


def write_message() -> str:
    """Asking for the coach's own message."""
    return _(
        "Write your message. Your clients get it exactly as you type it, with your name above it. "
        "At most {max} characters."
    ).format(max=number(MAX_MESSAGE))


def empty_message() -> str:
    """The coach sent an empty message."""
    return _("Your message is empty. Write something, or tap Cancel.")


def too_long(length: int) -> str:
    """The coach's message does not fit in one Telegram message."""
    return _(
        "Your message is too long: with your name above it, it is {length} characters, and "
        "{max} fit in one message. Shorten it and send it again."
    ).format(length=number(length), max=number(MAX_MESSAGE))


def choose_audience(total: int) -> str:
    """Step 2: to whom."""
    return ngettext(
        "<b>Who should get it?</b> You have {count} client.",
        "<b>Who should get it?</b> You have {count} clients.",
        total,
    ).format(count=number(total))


def choose_clients(selected: int, page: int, pages: int) -> str:
    """The checkbox page."""
    text = ngettext(
        "<b>Tick your clients.</b> {count} ticked.",
        "<b>Tick your clients.</b> {count} ticked.",
        selected,
    ).format(count=number(selected))
    if pages > 1:
        text += "\n" + _("Page {page} of {pages}").format(page=page + 1, pages=pages)
    return text


def pick_someone() -> str:
    """Preview asked with nobody ticked."""
    return _("Tick at least one client.")


def confirm_question(count: int) -> str:
    """Under the preview."""
    return ngettext(
        "☝️ This is exactly what your client will see. Send it to {count} client?",
        "☝️ This is exactly what each client will see. Send it to {count} clients?",
        count,
    ).format(count=number(count))


def preview_done_pressed() -> str:
    """The "Done" button pressed on the coach's own preview."""
    return _('This is the preview. Your clients press "Did it" here once they have done it.')


def cancelled() -> str:
    """The coach cancelled composing."""
    return _("Cancelled. Nothing was sent.")


def already_sent() -> str:
    """Confirming twice."""
    return _("This has already been sent. It goes to everyone only once.")


def old_preview() -> str:
    """Confirming an older preview."""
    return _("This preview is out of date. Use the newest one.")


# --- delivery ----------------------------------------------------------------------------


def exercise_message(coach_name: str, exercise: Exercise) -> str:
    """An exercise as the client receives it."""
    steps = "\n".join(
        f"{index}. {_(step)}"  # content msgid
        for index, step in enumerate(exercise.steps, start=1)
    )
    title = _(exercise.title)  # content msgid
    why = _(exercise.why)  # content msgid
    return "\n\n".join(
        [
            _("<b>{coach} sends you an exercise</b>").format(coach=escape(coach_name)),
            f"<b>{title}</b>\n<i>{why}</i>",
            _("<b>How it works</b>") + "\n" + steps,
            _("<b>This week</b>") + "\n" + _(exercise.this_week),  # content msgid
            _('Done it? Press "Did it" below.'),
        ]
    )


def custom_message(coach_name: str, body: str) -> str:
    """The coach's own message as the client receives it (``body`` is HTML)."""
    return (
        _("<b>A message from your coach {coach}</b>").format(coach=escape(coach_name))
        + "\n\n"
        + body
    )


def done_label() -> str:
    """The button under every broadcast."""
    return _("Did it")


def done_again_label() -> str:
    """The button after it was pressed."""
    return _("✓ Did it")


def done_thanks(coach_name: str, shared: bool) -> str:
    """The toast after pressing "Done"."""
    if shared:
        return _("Well done! {coach} sees that you did it.").format(coach=coach_name)
    return _("Well done! This stays between you and Samen.")


def done_before() -> str:
    """Pressing "Done" a second time."""
    return _("You already marked this as done.")


def no_longer_client() -> str:
    """Pressing "Done" after leaving the coach."""
    return _("You are no longer with this coach, so I pass nothing on.")


def progress(done: int, total: int) -> str:
    """The live progress line, edited while sending."""
    return _("Sending… {done} of {total} sent").format(done=number(done), total=number(total))


def progress_finished(delivered: int, total: int) -> str:
    """The progress message once everything was handled: how many actually arrived."""
    return _("Finished: {done} of {total} sent").format(done=number(delivered), total=number(total))


def report(label: str, tally: Tally) -> str:
    """The final report: delivered, unreachable, failed."""
    lines = [
        _("<b>Sent: {label}</b>").format(label=label),
        _("• Delivered: {count}").format(count=number(tally.sent)),
        _("• Unreachable (blocked Samen): {count}").format(count=number(tally.blocked)),
        _("• Failed: {count}").format(count=number(tally.failed)),
    ]
    if tally.skipped:
        lines.append(
            _("• Stopped before it was their turn: {count}").format(count=number(tally.skipped))
        )
    if tally.unknown:
        lines.append(
            _(
                "• Unknown after a restart: {count} (not sent again, so nobody gets it twice)"
            ).format(count=number(tally.unknown))
        )
    return "\n".join(lines)


# --- menus -------------------------------------------------------------------------------


def coach_commands() -> list[tuple[str, str]]:
    """The extra commands in a coach's own menu."""
    return [
        ("verstuur", _("Send an exercise or message to your clients")),
        ("klanten", _("Your clients and what you sent")),
    ]


def client_command_description() -> str:
    """/coach in everyone's private menu."""
    return _("Your coach, and what they see")

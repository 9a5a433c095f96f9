"""The texts of the daily and weekly check-ins, the summary and the check-in settings.

English msgids; the Dutch lives in ``locales/nl/LC_MESSAGES/checkin.po``. Day
names, times and decimals come from babel in the current locale.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from babel.dates import get_day_names
from babel.numbers import format_decimal

from bot import checkin
from bot.i18n import _, current_locale


def clock_time(minute: int) -> str:
    """``19:30`` from minutes after midnight."""
    return f"{minute // 60:02d}:{minute % 60:02d}"


def day_name(weekday: int) -> str:
    """The weekday's full name in the current locale (Monday is 0)."""
    return str(get_day_names("wide", locale=current_locale())[weekday])


def day_short(weekday: int) -> str:
    """The weekday's short name in the current locale."""
    return str(get_day_names("abbreviated", locale=current_locale())[weekday])


def decimal(value: float) -> str:
    """A mean score with one decimal, as the locale writes it."""
    return str(format_decimal(value, format="0.0", locale=current_locale()))


def daily_questions() -> list[str]:
    """The three questions of the daily check-in."""
    return [
        _("How did you feel today? (Your feeling, not how your day went.)"),
        _("What did you need from me today that you did not get?"),
        _("What was a moment today that made you think of me?"),
    ]


def daily_opening(late: bool, again: bool) -> str:
    """The message that opens the daily check-in in the couple channel."""
    parts = [_("<b>Time for your 10-minute check-in</b>")]
    if late:
        parts.append(_("I am a little later than planned, sorry. It still counts."))
    if again:
        parts.append(_("Here I am again, as promised."))
    parts.append(
        _(
            "Phones away, sit facing each other (or side by side, hand in hand) and take ten "
            "minutes. Ask each other:"
        )
    )
    parts.append("\n".join(f"{i}. {q}" for i, q in enumerate(daily_questions(), 1)))
    parts.append(_("Tap <b>Done</b> once you have talked."))
    return "\n\n".join(parts)


def daily_buttons(can_snooze: bool) -> list[tuple[str, str]]:
    """(label, action) of the opening buttons, one per row."""
    rows = [(_("Done, we talked"), "d")]
    if can_snooze:
        rows.append((_("Later (30 min)"), "l"))
    rows += [(_("Not today"), "s"), (_("We are not together"), "a")]
    return rows


def daily_reminder() -> str:
    """The one reminder when nobody reacted to the opening."""
    return _("Your check-in is still waiting for you. Ten minutes is enough, also later tonight.")


def status_done(name: str) -> str:
    """The opening message once a partner pressed Done."""
    return _(
        "<b>Check-in done</b> ({name} tapped it). Nicely done, you two. I am asking each of you "
        "privately how you feel."
    ).format(name=escape(name))


def status_skipped() -> str:
    """The opening message after "Not today"."""
    return _("No check-in today, that is fine too. Until the next one.")


def status_snoozed() -> str:
    """The opening message after "Later"."""
    return _("Fine, I will ask again in 30 minutes.")


def status_apart() -> str:
    """The opening message after "We are not together"."""
    return _(
        "Apart today: I am sending each of you the three questions privately. You see each "
        "other's answers once you have both answered."
    )


def status_closed() -> str:
    """A check-in that closed unanswered (shown on a late button press)."""
    return _("This check-in is over. The next one comes by itself.")


def score_prompt() -> str:
    """Ask a partner for their 1–5 feeling score."""
    return _("How do you feel right now? Tap a number: 1 is heavy, 5 is very good.")


def score_buttons() -> list[tuple[str, str]]:
    """(label, score) of the score keyboard."""
    return [(str(n), str(n)) for n in range(1, 6)]


def note_prompt() -> str:
    """After the score: an optional line to remember."""
    return _(
        "Thank you. Is there one line from today you want to keep? Type it, or tap Skip. "
        "Only you will see it."
    )


def skip_label() -> str:
    """The button that skips an optional text."""
    return _("Skip this one")


def note_saved() -> str:
    """The line to remember was stored."""
    return _("Kept. Only you can see it.")


def note_skipped() -> str:
    """The optional line was skipped."""
    return _("Fine. Until the next check-in.")


def text_instead_of_score() -> str:
    """Text arrived where a score button was expected."""
    return _("I am waiting for a number from 1 to 5: tap one of the buttons.")


def too_long(limit: int) -> str:
    """A typed answer over the limit."""
    return _("That is a bit long for me. Can you say it in at most {limit} characters?").format(
        limit=limit
    )


def apart_question(number: int) -> str:
    """One of the three questions, asked privately."""
    question = daily_questions()[number - 1]
    head = _("<b>Question {number} of {total}</b>").format(number=number, total=checkin.QUESTIONS)
    tail = _("Type your answer. Nobody sees it until you have both answered.")
    return f"{head}\n{escape(question)}\n\n{tail}"


def apart_busy() -> str:
    """The apart question arrives while the user is in the middle of another flow."""
    return _(
        "You are in the middle of something else with me. When you want to answer this "
        "question, tap the button first, so your answer ends up in the right place."
    )


def apart_answer_now() -> str:
    """Button: take the apart questions now."""
    return _("Answer now")


def apart_waiting(partner: str) -> str:
    """A partner finished; the other has not yet."""
    return _(
        "Thank you. As soon as {name} has answered too, you both see the answers side by side. "
        "Do you want to share yours already?"
    ).format(name=escape(partner))


def share_now_label() -> str:
    """Share one's answers before the partner answered."""
    return _("Share mine now")


def wait_label() -> str:
    """Keep waiting for the partner."""
    return _("I will wait")


def waiting_ok() -> str:
    """After "I will wait"."""
    return _("Good, I will let you know.")


def shared_early(name: str) -> str:
    """Heading of answers a partner shared before the other answered."""
    return _("<b>{name} shares their answers already</b>, without waiting for yours:").format(
        name=escape(name)
    )


def shared_ok(partner: str) -> str:
    """Confirmation to the partner who shared early."""
    return _("Shared with {name}.").format(name=escape(partner))


def flagged_share_yes() -> str:
    """Agree to share an answer that triggered the safety net."""
    return _("Yes, share it")


def flagged_share_no() -> str:
    """Keep an answer that triggered the safety net private."""
    return _("No, I will keep it private")


def kept_private(name: str) -> str:
    """Shown instead of an answer its writer kept private."""
    return _("{name} keeps this answer private.").format(name=escape(name))


def reveal_heading() -> str:
    """Heading of the side-by-side reveal."""
    return _("<b>Your answers, side by side</b>")


def answer_line(name: str, text: str) -> str:
    """One partner's answer in the reveal."""
    return _("{name}: {answer}").format(name=escape(name), answer=escape(text))


def feeling_line(name: str, score: int) -> str:
    """One partner's score in the reveal."""
    return _("{name} feels a {score} out of 5.").format(name=escape(name), score=score)


def scores_heading() -> str:
    """Heading of the together-mode reveal of both scores."""
    return _("<b>How you both feel, side by side</b>")


def scores_nudge() -> str:
    """Under the revealed scores: an invitation to ask, not to fix."""
    return _("Curious what is behind the other's number? Ask about it, and just listen.")


def apart_reminder() -> str:
    """The one private reminder of unanswered questions."""
    return _("Your answers for today's check-in are still open. You can just continue here.")


def score_reminder() -> str:
    """The one private reminder of a missing score."""
    return _("You can still give today's check-in a score.")


def not_your_button() -> str:
    """A button pressed by someone it is not meant for."""
    return _("This button is meant for someone else.")


def answer_first() -> str:
    """A score pressed before the three answers were typed."""
    return _("First answer the three questions, then the score follows.")


def already_scored() -> str:
    """A second score for the same check-in."""
    return _("You already gave a score for this check-in.")


def already_handled() -> str:
    """A button whose step was already taken (perhaps by the partner)."""
    return _("That has already been taken care of.")


def no_more_snoozes() -> str:
    """A third "Later"."""
    return _("I can only postpone twice. Tap Done or Not today.")


def needs_couple() -> str:
    """A check-in command from someone who is not paired."""
    return _("Check-ins are for the two of you: pair first via /menu.")


def opens_in_group() -> str:
    """/checkin asked privately while the check-in lives in the couple's group."""
    return _("The check-in opens in your shared group, so you can do it together.")


def already_today() -> str:
    """/checkin when today's check-in is already done or skipped."""
    return _("You already had today's check-in. Until tomorrow!")


# ------------------------------------------------------------------- weekly


def weekly_questions() -> list[str]:
    """The four questions of the weekly check-in, in order."""
    return [
        _("What was the most loving moment between us last week? (Start with something good.)"),
        _("Where did you not feel seen or supported?"),
        _("What can I do differently next week so you feel better? Make it concrete."),
        _("Is there something we need to talk about that we have not talked about yet?"),
    ]


def weekly_opening(late: bool, again: bool) -> str:
    """The weekly check-in opens with the rules."""
    parts = [_("<b>Time for your weekly check-in</b>")]
    if late:
        parts.append(_("I am a little later than planned, sorry. It still counts."))
    if again:
        parts.append(_("Here I am again, as promised."))
    parts.append(
        _("Take 30 to 45 minutes, no longer. A quiet spot, no TV, phones away. First the rules:")
    )
    rules = [
        _("No accusations: talk about yourself (“I feel…”)."),
        _("Listen without interrupting, and say back what you heard before you answer."),
        _("Getting too heated? Take a pause, but do not break it off."),
        _("Always end with closeness: a hug, or holding hands."),
    ]
    parts.append("\n".join(f"• {rule}" for rule in rules))
    parts.append(_("Then four questions, in order, each of you in turn."))
    return "\n\n".join(parts)


def weekly_buttons(can_snooze: bool) -> list[tuple[str, str]]:
    """(label, action) of the weekly opening buttons."""
    rows = [(_("We are starting"), "b")]
    if can_snooze:
        rows.append((_("Later (30 min)"), "l"))
    rows.append((_("Not this week"), "s"))
    return rows


def weekly_question(number: int) -> str:
    """Question ``number`` of four."""
    head = _("<b>Question {number} of {total}</b>").format(
        number=number, total=checkin.WEEKLY_QUESTIONS
    )
    return f"{head}\n{escape(weekly_questions()[number - 1])}"


def next_question_label() -> str:
    """Move to the next weekly question."""
    return _("On to the next question")


def finish_label() -> str:
    """After the last weekly question."""
    return _("Round off the check-in")


def weekly_warning() -> str:
    """45 minutes have passed."""
    return _(
        "You have been talking for 45 minutes. Start rounding off: what is left can wait until "
        "next week. Too heated? Pause, do not break it off."
    )


def weekly_closing() -> str:
    """The closing ritual."""
    return _(
        "<b>Well done, the two of you.</b> Close with closeness: a hug, or hold each other's "
        "hands for a moment. I will ask each of you privately for a score and one thing for "
        "next week."
    )


def weekly_started() -> str:
    """The weekly opening once the couple started."""
    return _("Started. Take your time.")


def weekly_skipped() -> str:
    """The weekly opening after "Not this week"."""
    return _("No weekly check-in this time. Until next week.")


def weekly_score_prompt() -> str:
    """Private score after the weekly."""
    return _("How was this weekly check-in for you? Tap a number: 1 is heavy, 5 is very good.")


def commitment_prompt() -> str:
    """Ask for one thing to do differently next week."""
    return _(
        "What will you do differently next week? One concrete thing, in one sentence. "
        "Only you will see it."
    )


def commitment_saved(weekday: int) -> str:
    """Confirmation with the day of the midweek reminder."""
    return _("Noted. On {day} I will remind you of it.").format(day=day_name(weekday))


def commitment_saved_late() -> str:
    """Confirmation when the midweek moment has already passed."""
    return _("Noted. Keep it in mind this week.")


def midweek_reminder(commitment: str | None) -> str:
    """The private midweek recall of a partner's own commitment."""
    if commitment is None:
        return _(
            "Halfway through the week. Think back to what you wanted to do differently after "
            "your weekly check-in. How is it going?"
        )
    return _("Halfway through the week. You decided: <i>{commitment}</i>\nHow is it going?").format(
        commitment=escape(commitment)
    )


def answers_block(questions: Sequence[str], lines: Sequence[str]) -> str:
    """Questions in bold with the answer lines under each."""
    return "\n\n".join(
        f"<b>{escape(q)}</b>\n{line}" for q, line in zip(questions, lines, strict=True)
    )


def checkin_command_description() -> str:
    """The command menu entry of /checkin."""
    return _("Start today's check-in now")


def progress_command_description() -> str:
    """The command menu entry of /voortgang."""
    return _("Our streak and chart of check-ins")

"""Texts of check-in progress (streak, summary, chart) and of the check-in settings.

English msgids; the Dutch lives in ``locales/nl/LC_MESSAGES/checkin.po``.
"""

from __future__ import annotations

from html import escape

from bot import checkin
from bot.checkin_texts import clock_time, day_name, day_short, decimal
from bot.i18n import _, ngettext


def streak_line(count: int) -> str:
    """The streak of daily check-ins."""
    return ngettext(
        "Streak: {count} check-in done in a row.",
        "Streak: {count} check-ins done in a row.",
        count,
    ).format(count=count)


def summary(
    done: int,
    total: int,
    count: int,
    names: tuple[str, str],
    means: tuple[float | None, float | None],
    drift: bool,
) -> str:
    """The weekly summary for the couple (scores only; never notes or answers)."""
    parts = [_("<b>Your week together</b>")]
    parts.append(
        _("Daily check-ins: {done} of {total} done.").format(done=done, total=total)
        + "\n"
        + streak_line(count)
    )
    shown = [
        _("{name}: {mean}").format(name=escape(name), mean=decimal(mean))
        for name, mean in zip(names, means, strict=True)
        if mean is not None
    ]
    if shown:
        parts.append(_("Average feeling this week:") + "\n" + "\n".join(shown))
    if drift:
        parts.append(
            _(
                "Your scores have been further apart for two weeks now. That says nothing about "
                "who is right; it is a reason to ask each other, calmly, how you are really "
                "doing. Your next weekly check-in is a good moment for it."
            )
        )
    return "\n\n".join(parts)


def chart_caption(count: int) -> str:
    """The caption of the chart."""
    return _("Your feeling scores per week (1 to 5).") + "\n" + streak_line(count)


def chart_labels() -> tuple[str, str]:
    """(x axis, y axis) labels of the chart."""
    return _("Week number"), _("Feeling (1–5)")


def nothing_to_show() -> str:
    """/voortgang without any scores."""
    return _(
        "Nothing to show yet. After your first check-in with a score, your chart appears here."
    )


# ------------------------------------------------------------------- settings


def days_text(days: int) -> str:
    """The chosen weekdays, e.g. ``ma, di, wo``; "every day" for all."""
    if days == checkin.ALL_DAYS:
        return _("every day")
    return ", ".join(day_short(d) for d in range(7) if days & checkin.day_bit(d))


def settings_overview(
    daily_on: bool, daily_minute: int, days: int, weekly_on: bool, weekday: int, weekly_minute: int
) -> str:
    """The check-in settings as they are now."""
    daily = (
        _("on, at {time} ({days})").format(time=clock_time(daily_minute), days=days_text(days))
        if daily_on
        else _("switched off")
    )
    weekly = (
        _("on, {day} at {time}").format(day=day_name(weekday), time=clock_time(weekly_minute))
        if weekly_on
        else _("switched off")
    )
    return _(
        "<b>Check-ins</b>\nDaily: {daily}\nWeekly: {weekly}\n\nWhat do you want to change?"
    ).format(daily=daily, weekly=weekly)


def settings_labels(daily_on: bool, weekly_on: bool) -> list[tuple[str, str]]:
    """(label, action) of the settings buttons."""
    return [
        (
            _("Switch the daily check-in off") if daily_on else _("Switch the daily check-in on"),
            "dt",
        ),
        (_("Daily: time"), "dh"),
        (_("Daily: days"), "dd"),
        (
            _("Switch the weekly check-in off")
            if weekly_on
            else _("Switch the weekly check-in on"),
            "wt",
        ),
        (_("Weekly: day"), "wd"),
        (_("Weekly: time"), "wh"),
    ]


def settings_section() -> str:
    """The label of the section in /instellingen."""
    return _("Check-in times and days")


def pick_hour(daily: bool) -> str:
    """Choose the hour of a check-in, with the advice on timing (CONTENT.md §2, §3)."""
    if daily:
        advice = _(
            "Tip: right after dinner, before the TV goes on, works best. Just before bed you "
            "are too tired, and straight after coming home the day is still in your head."
        )
    else:
        advice = _(
            "Tip: pick a quiet moment when you have 30 to 45 minutes, without TV or phones, "
            "on the same day and time every week."
        )
    return _("At what hour?") + "\n\n" + advice


def pick_minute(hour: int) -> str:
    """Choose the minutes after the hour."""
    return _("And the minutes after {hour}:00?").format(hour=f"{hour:02d}")


def pick_days() -> str:
    """Toggle the daily days."""
    return _("On which days? Tap a day to switch it on or off.")


def pick_weekday() -> str:
    """Choose the weekly day."""
    return _("On which day do you want the weekly check-in?")


def ready_label() -> str:
    """Close a picker."""
    return _("These days are fine")


def impossible_time() -> str:
    """A forged or stale time that cannot be chosen."""
    return _("That time does not exist. Choose one of the buttons.")


def last_day_stays() -> str:
    """Switching off the last day."""
    return _("At least one day stays on. Switch the daily check-in off instead.")


def changed_by(name: str) -> str:
    """Tell both partners who changed the check-in settings."""
    return _("{name} changed your check-in settings.").format(name=escape(name))


def progress_menu_label() -> str:
    """The menu entry for the progress chart."""
    return _("Our progress")

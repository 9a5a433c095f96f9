"""Samen: a Telegram bot that coaches couples in Dutch."""

import os

# PTB 22.2+ deprecates time periods as plain ints; opt in to ``timedelta`` now, as PTB's own
# deprecation notice advises. ``bot.sending`` reads ``RetryAfter.retry_after`` either way.
os.environ.setdefault("PTB_TIMEDELTA", "true")

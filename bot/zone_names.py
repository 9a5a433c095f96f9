"""How a time zone is named to users: a place in their language, never an IANA key.

``Europe/Brussels`` becomes "Brussel" and ``America/Curacao`` "Curaçao" in
Dutch. The names come from babel's CLDR data (bundled, so no network), in the
locale of the current update.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from babel.core import UnknownLocaleError
from babel.dates import get_timezone_location

from bot.i18n import current_locale


def _fallback(key: str) -> str:
    """The last part of the key, readable ("America/New_York" → "New York")."""
    return key.rsplit("/", 1)[-1].replace("_", " ")


def zone_label(zone: ZoneInfo | str) -> str:
    """The place a time zone is named after, in the current locale ("Brussel")."""
    key = zone if isinstance(zone, str) else zone.key
    try:
        place = str(get_timezone_location(key, locale=current_locale(), return_city=True))
    except (LookupError, ValueError, UnknownLocaleError):
        return _fallback(key)
    # For some keys CLDR has no city name and babel returns the key's tail with slashes
    # ("Argentina/Buenos Aires"); keep only the place itself.
    place = place.rsplit("/", 1)[-1].strip()
    return place or _fallback(key)

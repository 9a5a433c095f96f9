"""Gettext translations: English msgids, Dutch catalogues, the locale per update.

Every ``.po`` file in ``locales/<locale>/LC_MESSAGES/`` is compiled to a ``.mo``
beside it when the ``.mo`` is missing or older, and all catalogues of a locale
are chained into one. A ``.po`` that cannot be compiled, or a locale folder with
no compiled catalogue, raises :class:`I18nError` instead of silently falling back
to English.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locales"
DEFAULT_LOCALE = "nl"

_current_locale: ContextVar[str] = ContextVar("samen_locale", default=DEFAULT_LOCALE)
_catalogues: dict[str, gettext.NullTranslations] = {}


class I18nError(RuntimeError):
    """A locale catalogue is missing or cannot be compiled."""


def compile_catalogues(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    """Compile every stale or missing ``.mo`` from its ``.po``; return the ``.mo`` paths."""
    written: list[Path] = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        mo_path = po_path.with_suffix(".mo")
        if mo_path.is_file() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        try:
            with po_path.open("rb") as po_file:
                catalogue = read_po(po_file, abort_invalid=True)
            with mo_path.open("wb") as mo_file:
                write_mo(mo_file, catalogue, use_fuzzy=False)
        except Exception as exc:  # babel raises several types; all mean "broken .po"
            raise I18nError(f"cannot compile {po_path}: {exc}") from exc
        written.append(mo_path)
    return written


def load_catalogues(locale_dir: Path | None = None) -> dict[str, gettext.NullTranslations]:
    """Compile and load all catalogues, one chained translation object per locale."""
    locale_dir = LOCALE_DIR if locale_dir is None else locale_dir
    compile_catalogues(locale_dir)
    loaded: dict[str, gettext.NullTranslations] = {}
    for messages_dir in sorted(locale_dir.glob("*/LC_MESSAGES")):
        locale = messages_dir.parent.name
        po_files = sorted(messages_dir.glob("*.po"))
        chain: gettext.NullTranslations | None = None
        for po_path in po_files:
            mo_path = po_path.with_suffix(".mo")
            if not mo_path.exists():
                raise I18nError(f"{po_path} has no compiled catalogue {mo_path.name}")
            try:
                with mo_path.open("rb") as mo_file:
                    translations = gettext.GNUTranslations(mo_file)
            except OSError as exc:
                raise I18nError(f"cannot read the compiled catalogue of {po_path}: {exc}") from exc
            if chain is None:
                chain = translations
            else:
                chain.add_fallback(translations)
        if chain is not None:
            loaded[locale] = chain
    if DEFAULT_LOCALE not in loaded:
        raise I18nError(f"no catalogue for the default locale '{DEFAULT_LOCALE}' in {locale_dir}")
    _catalogues.clear()
    _catalogues.update(loaded)
    return loaded


def _translations() -> gettext.NullTranslations:
    if not _catalogues:
        load_catalogues()
    locale = _current_locale.get()
    return _catalogues.get(locale) or _catalogues[DEFAULT_LOCALE]


def _(message: str) -> str:
    """Translate ``message`` into the current locale."""
    return _translations().gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """Translate with the plural form that fits ``n``."""
    return _translations().ngettext(singular, plural, n)


def several_locales() -> bool:
    """Whether there is a language to choose at all (otherwise everyone gets the default)."""
    if not _catalogues:
        load_catalogues()
    return len(_catalogues) > 1


def supported(language_code: str | None) -> str:
    """The locale for a Telegram ``language_code`` ("nl", "nl-BE", "en-GB"): its language if
    a catalogue for it exists, otherwise the default. A new language is a new folder of
    ``.po`` files in ``locales/``; no code changes."""
    if not _catalogues:
        load_catalogues()
    language = (language_code or "").split("-")[0].lower()
    return language if language in _catalogues else DEFAULT_LOCALE


def set_locale(locale: str | None) -> None:
    """Use ``locale`` for the rest of this update (falls back to the default)."""
    _current_locale.set(locale if locale in _catalogues else DEFAULT_LOCALE)


def current_locale() -> str:
    """The locale in effect for the current update."""
    return _current_locale.get()


@contextmanager
def use_locale(locale: str) -> Iterator[None]:
    """Temporarily translate into ``locale`` (for messages to another user)."""
    token = _current_locale.set(locale)
    try:
        yield
    finally:
        _current_locale.reset(token)

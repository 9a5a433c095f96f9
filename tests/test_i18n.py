"""Every text users see comes from the Dutch catalogues, complete and consistent."""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from bot import i18n

ROOT = Path(__file__).resolve().parent.parent
PO_FILES = sorted((ROOT / "locales" / "nl" / "LC_MESSAGES").glob("*.po"))
SEND_CALLS = {
    "send",
    "deliver",
    "edit",
    "reply",
    "answer",
    "send_message",
    "edit_message_text",
    "reply_text",
    "send_document",
    "send_photo",
    "send_to_couple",
    "send_to_partners",
    "InlineKeyboardButton",
    "BotCommand",
}
TAG_RE = re.compile(r"</?([a-z-]+)")


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def tags(text: str) -> list[str]:
    return sorted(TAG_RE.findall(text))


def catalogue_entries() -> dict[str, tuple[Path, object]]:
    entries: dict[str, tuple[Path, object]] = {}
    for path in PO_FILES:
        with path.open("rb") as handle:
            catalogue = read_po(handle)
        for message in catalogue:
            if message.id:
                key = message.id if isinstance(message.id, str) else message.id[0]
                entries[key] = (path, message)
    return entries


def code_msgids() -> set[str]:
    ids: set[str] = set()
    # The same extraction as babel.cfg: Python code and the content/ data files.
    method_map = [
        ("bot/**.py", "python"),
        ("content/**.json", "bot.content_extract:extract_content"),
    ]
    for _file, _lineno, message, _comments, _context in extract_from_dir(
        str(ROOT), method_map=method_map
    ):
        ids.add(message if isinstance(message, str) else message[0])
    return ids


def test_po_files_exist() -> None:
    assert ROOT / "locales/nl/LC_MESSAGES/messages.po" in PO_FILES


@pytest.mark.parametrize("path", PO_FILES, ids=lambda p: p.name)
def test_every_entry_translated_with_matching_placeholders(path: Path) -> None:
    with path.open("rb") as handle:
        catalogue = read_po(handle)
    assert catalogue.fuzzy is False, f"{path.name}: header is fuzzy"
    for message in catalogue:
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strs = [message.string] if isinstance(message.string, str) else list(message.string)
        assert "fuzzy" not in message.flags, f"{path.name}: fuzzy: {ids[0]!r}"
        for translated in strs:
            assert translated and translated.strip(), f"{path.name}: untranslated: {ids[0]!r}"
            assert placeholders(translated) == placeholders(ids[0]), (
                f"{path.name}: placeholders differ in {ids[0]!r}"
            )
            assert tags(translated) == tags(ids[0]), f"{path.name}: HTML tags differ in {ids[0]!r}"


def test_every_msgid_in_code_is_in_a_catalogue() -> None:
    entries = catalogue_entries()
    missing = sorted(code_msgids() - set(entries))
    assert not missing, f"msgids without a Dutch translation: {missing[:10]}"


def test_no_msgid_defined_twice_across_files() -> None:
    seen: dict[str, Path] = {}
    for path in PO_FILES:
        with path.open("rb") as handle:
            for message in read_po(handle):
                if not message.id:
                    continue
                key = message.id if isinstance(message.id, str) else message.id[0]
                assert key not in seen, f"{key!r} in both {seen[key].name} and {path.name}"
                seen[key] = path


def _is_user_literal(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return any(ch.isalpha() for ch in node.value)
    if isinstance(node, ast.JoinedStr):
        return any(
            isinstance(part, ast.Constant) and any(ch.isalpha() for ch in str(part.value))
            for part in node.values
        )
    return False


def test_no_literal_text_reaches_a_send_call() -> None:
    offenders: list[str] = []
    for path in sorted((ROOT / "bot").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name not in SEND_CALLS:
                continue
            args = list(node.args) + [
                kw.value for kw in node.keywords if kw.arg in (None, "text", "caption")
            ]
            for arg in args:
                if _is_user_literal(arg):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, f"literal user-facing text outside _(): {offenders}"


def test_gettext_calls_use_plain_literals() -> None:
    """``_(f"…")`` or ``_(variable)`` would escape extraction."""
    offenders: list[str] = []
    for path in sorted((ROOT / "bot").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("_", "ngettext"):
                first = node.args[0] if node.args else None
                line = path.read_text(encoding="utf-8").splitlines()[node.lineno - 1]
                if "content msgid" in line:
                    continue  # texts from content/ data, extracted by bot.content_extract
                if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, f"gettext with a non-literal: {offenders}"


def test_dutch_is_served_by_default() -> None:
    i18n.load_catalogues()
    assert i18n._("Yes, I agree") == "Ja, akkoord"


def test_po_without_mo_is_a_loud_error(tmp_path: Path) -> None:
    messages = tmp_path / "nl" / "LC_MESSAGES"
    messages.mkdir(parents=True)
    po = messages / "messages.po"
    po.write_text("garbage here\n", encoding="utf-8")
    with pytest.raises(i18n.I18nError, match=r"messages\.po"):
        i18n.load_catalogues(tmp_path)
    # A valid .po whose catalogue cannot be written is just as loud.
    po.write_text('msgid "x"\nmsgstr "y"\n', encoding="utf-8")
    (messages / "messages.mo").mkdir()
    with pytest.raises(i18n.I18nError):
        i18n.load_catalogues(tmp_path)
    i18n.load_catalogues()


def test_missing_default_locale_is_a_loud_error(tmp_path: Path) -> None:
    with pytest.raises(i18n.I18nError):
        i18n.load_catalogues(tmp_path)
    i18n.load_catalogues()

"""End to end: a second language is a folder of .po files, not a code change.

A test-only locale ("fy", Frisian, one translated message) is added beside the Dutch
catalogues in a copy of ``locales/``. A user whose Telegram speaks it gets it, before
and after consent (stored with the consent); everyone else keeps Dutch; untranslated
messages fall back to the English msgid of that catalogue.
"""

from __future__ import annotations

import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot import i18n
from bot.storage.db import Database
from tests.fakeapi import FakeBotApi
from tests.harness import BotHarness, FakeClock

FRISIAN = """msgid ""
msgstr ""
"Language: fy\\n"
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "We have not met yet. Tap /start to begin."
msgstr "Wy kenne inoar noch net. Tik op /start om te begjinnen."
"""


@pytest.fixture
async def frisian_bot(
    api: FakeBotApi, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[BotHarness]:
    locales = tmp_path / "locales"
    shutil.copytree(i18n.LOCALE_DIR / "nl", locales / "nl", ignore=shutil.ignore_patterns("*.mo"))
    (locales / "fy" / "LC_MESSAGES").mkdir(parents=True)
    (locales / "fy" / "LC_MESSAGES" / "messages.po").write_text(FRISIAN, encoding="utf-8")
    monkeypatch.setattr(i18n, "LOCALE_DIR", locales)
    harness = BotHarness(api, tmp_path / "samen.db", clock)
    await harness.start()
    yield harness
    await harness.stop()
    monkeypatch.undo()
    i18n.load_catalogues()


async def test_a_new_locale_folder_is_served_to_who_speaks_it(
    api: FakeBotApi, frisian_bot: BotHarness
) -> None:
    bot = frisian_bot
    sjoukje = api.user(first_name="Sjoukje", language_code="fy-NL")
    anna = api.user(first_name="Anna", language_code="nl")
    assert (await bot.send(sjoukje, "/checkin"))[-1].plain == (
        "Wy kenne inoar noch net. Tik op /start om te begjinnen."
    )
    assert (await bot.send(anna, "/checkin"))[-1].plain == (
        "We kennen elkaar nog niet. Tik op /start om te beginnen."
    )
    welcome = (await bot.send(sjoukje, "/start"))[-1]
    await bot.press(sjoukje, welcome, "Yes, I agree")  # untranslated: the English msgid
    db = await Database.open(bot.db_path)
    try:
        assert await db.fetchval("SELECT locale FROM users WHERE id = ?", (sjoukje.id,)) == "fy"
    finally:
        await db.close()
    # Untranslated in "fy": the English msgid, never Dutch by accident, never an error.
    sent = await bot.send(sjoukje, "/checkin")
    assert sent[-1].plain == "Check-ins are for the two of you: pair first via /menu."
    assert bot.errors == []

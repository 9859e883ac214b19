"""The English translation (--lang en): the window speaks English and the .ts file is complete.

Italian is the source language; resources/translations/sportello_en.ts holds the English text
and scripts/translations.sh compiles it to the .qm file the program loads.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from gui.app import TRANSLATIONS_DIR, install_translators
from gui.main_window import PARTICIPANTS, MainWindow
from models.enums import AppointmentStatus, Role

TS_FILE = TRANSLATIONS_DIR / "sportello_en.ts"
QM_FILE = TRANSLATIONS_DIR / "sportello_en.qm"

# {name} for str.format, %1 for the strings filled in with replace().
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    unfinished: bool


def ts_messages() -> list[Message]:
    messages = []
    for context in ET.parse(TS_FILE).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    translation=translation.text or "",
                    unfinished=translation.get("type") in ("unfinished", "vanished", "obsolete"),
                )
            )
    return messages


def accelerators(text: str) -> int:
    """How many '&' mark a shortcut letter ('&&' is a literal ampersand)."""
    return text.replace("&&", "").count("&")


@pytest.fixture
def english() -> Iterator[list[QTranslator]]:
    """English installed as with --lang en; afterwards the application is Italian again."""
    app = QApplication.instance()
    assert app is not None
    translators = install_translators(app, "en")
    try:
        yield translators
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))


def test_main_window_in_english(english, make_window, seeded) -> None:  # type: ignore[no-untyped-def]
    """With the English translation the sections, menus, headers and labels are in English."""
    from gui import labels

    assert len(english) == 1, "sportello_en.qm not loaded: run scripts/translations.sh"
    window: MainWindow = make_window(seeded.db)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == [
        "Agenda",
        "Participants",
        "Pathways",
        "Companies",
        "Documents",
        "Administration",
    ]
    assert window.windowTitle() == "Sportello"
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&File", "&View", "&Help"]
    assert window.user_label.text().startswith("User: ")

    section = window.show_section(PARTICIPANTS)
    header = section.table.model().headerData(  # type: ignore[union-attr]
        0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    )
    assert header == "Surname"

    # QT_TRANSLATE_NOOP strings in the "labels" context.
    assert labels.role_label(Role.ADMIN) == "Administrator"
    assert labels.appointment_status_label(AppointmentStatus.NO_SHOW) == "No-show"
    assert labels.weekday_long(0) == "Monday"
    assert QLocale().language() == QLocale.Language.English


def test_ts_file_has_no_unfinished_messages() -> None:
    """Every message is translated; the .qm file gives the same text as the .ts."""
    messages = ts_messages()
    assert len(messages) > 300
    unfinished = [(m.context, m.source) for m in messages if m.unfinished or not m.translation]
    assert unfinished == []
    contexts = {m.context for m in messages}
    assert {"MainWindow", "FirstRunPage", "labels", "app"} <= contexts
    sources = {(m.context, m.source) for m in messages}
    assert ("MainWindow", "Partecipanti") in sources
    assert ("FirstRunPage", "Benvenuti in Sportello") in sources

    compiled = QTranslator()
    assert compiled.load(str(QM_FILE)), f"{QM_FILE} missing: run scripts/translations.sh"
    stale = [
        (m.context, m.source)
        for m in messages
        if compiled.translate(m.context, m.source) != m.translation
    ]
    assert stale == [], "sportello_en.qm is older than the .ts: run scripts/translations.sh"


def test_translations_keep_placeholders_and_accelerators() -> None:
    """{n}, {path}, %1… and the '&' shortcut markers survive translation."""
    placeholders = [
        (m.source, m.translation)
        for m in ts_messages()
        if sorted(PLACEHOLDER.findall(m.source)) != sorted(PLACEHOLDER.findall(m.translation))
    ]
    assert placeholders == []
    with_placeholders = [m for m in ts_messages() if PLACEHOLDER.search(m.source)]
    assert len(with_placeholders) > 10
    shortcuts = [
        (m.source, m.translation)
        for m in ts_messages()
        if accelerators(m.source) != accelerators(m.translation)
    ]
    assert shortcuts == []

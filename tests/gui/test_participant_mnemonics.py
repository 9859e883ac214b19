"""Alt+letter on the participant page: in every tab, each letter leads to one place only.

The tab titles and the page's buttons are always on screen, the widgets of the tab in view too:
a letter used twice would make Alt+letter hop between them instead of acting.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from gui.context import AppContext
from gui.participant_page import ParticipantPage
from models.enums import Role
from models.rows import Actor
from tests.gui.test_translation import english as english  # the fixture

_MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def visible_letters(page: ParticipantPage) -> Counter[str]:
    letters: Counter[str] = Counter()
    for i in range(page.tabs.count()):
        if (key := letter(page.tabs.tabText(i))) is not None:
            letters[key] += 1
    widgets: list[QWidget] = [*page.findChildren(QAbstractButton), *page.findChildren(QLabel)]
    for widget in widgets:
        if not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        if (key := letter(widget.text())) is not None:  # type: ignore[attr-defined]
            letters[key] += 1
    return letters


def test_no_letter_leads_to_two_places(qtbot: Any, seeded: Any) -> None:
    person = seeded.participants["Rossi"]
    ctx = AppContext(seeded.db, Actor("c.neri", Role.COORDINATOR, seeded.users["c.neri"].id))
    page = ParticipantPage(ctx, person.id)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.tabs.count() >= 8
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        title = page.tabs.tabText(index)
        twice = {k: n for k, n in visible_letters(page).items() if n > 1}
        assert not twice, f"{title}: Alt+{', Alt+'.join(twice)} used more than once"


def test_no_letter_leads_to_two_places_in_english(qtbot: Any, seeded: Any, english: Any) -> None:
    test_no_letter_leads_to_two_places(qtbot, seeded)


def test_right_of_access_from_the_page(qtbot: Any, seeded: Any, tmp_path: Any) -> None:
    """Coordinators see «Diritto di accesso…»; the folder gets dati.pdf and dati.json."""
    from gui.workers import SynchronousPool

    person = seeded.participants["Rossi"]
    coordinator = Actor("c.neri", Role.COORDINATOR, seeded.users["c.neri"].id)
    page = ParticipantPage(AppContext(seeded.db, coordinator, SynchronousPool()), person.id)
    qtbot.addWidget(page)
    assert page.access_button.isVisibleTo(page)
    out = tmp_path / "out"
    out.mkdir()
    page.write_subject_access(out)
    (folder,) = [p for p in out.iterdir() if p.is_dir()]
    assert {p.name for p in folder.iterdir()} == {"dati.pdf", "dati.json"}
    tutor = Actor("g.verdi", Role.TUTOR, seeded.users["g.verdi"].id)
    other = ParticipantPage(AppContext(seeded.db, tutor), person.id)
    qtbot.addWidget(other)
    assert not other.access_button.isVisibleTo(other)

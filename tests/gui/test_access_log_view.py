"""The access log viewer: filtering by action, lazy pages, empty states, export by keyboard,
and a tutor refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from gui.access_log_view import AccessLogTableModel, AccessLogView, LogFilters
from gui.context import AppContext
from gui.workers import SynchronousPool
from models.enums import AuditAction, Role
from models.rows import Actor
from storage.services.admin import log_event
from tests.gui.keyboard import ALT, activate, press

COORDINATOR = Actor("c.neri", Role.COORDINATOR, None, "Carla Neri")


def make_view(qtbot, seeded, actor: Actor | None = None) -> AccessLogView:  # type: ignore[no-untyped-def]
    view = AccessLogView(AppContext(seeded.db, actor or COORDINATOR, SynchronousPool()))
    qtbot.addWidget(view)
    view.resize(1100, 600)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    return view


def shown(view: AccessLogView, column: int) -> list[str]:
    model = view.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_filter_by_action_shows_the_right_rows(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    """Choosing «Esportazione» shows only the exports, newest first, and says how many."""
    admin = seeded.admin
    log_event(seeded.db, admin, AuditAction.EXPORT, "dossier", "formato=pdf")
    log_event(seeded.db, admin, AuditAction.BACKUP, "database", "file=a.db")
    log_event(seeded.db, admin, AuditAction.EXPORT, "timesheet", "mese=2026-10")
    view = make_view(qtbot, seeded)
    everything = view.model.total()
    assert everything > 3
    view.action_combo.setFocus()
    view.action_combo.setCurrentIndex(view.action_combo.findData("export"))
    assert view.model.total() == 2
    assert shown(view, AccessLogTableModel.COL_ENTITY) == ["timesheet", "dossier"]
    assert shown(view, AccessLogTableModel.COL_ACTION) == ["Esportazione", "Esportazione"]
    assert view.count_label.text() == "2 eventi"
    view.text_edit.setText("2026-10")
    qtbot.keyClick(view.text_edit, Qt.Key.Key_Return)
    assert shown(view, AccessLogTableModel.COL_SUMMARY) == ["mese=2026-10"]
    assert view.count_label.text() == "1 evento"
    view.text_edit.setText("nessuno così")
    qtbot.keyClick(view.text_edit, Qt.Key.Key_Return)
    assert view.view.is_empty_shown()
    assert "Nessun evento corrisponde ai filtri." in view.view.empty.text()
    assert not view.export_button.isEnabled()
    qtbot.mouseClick(view.clear_button, Qt.MouseButton.LeftButton)
    assert view.model.total() == everything and not view.view.is_empty_shown()


def test_bad_date_is_said_next_to_the_filters(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    """A date that is not one is named under the table; the result stays as it was."""
    view = make_view(qtbot, seeded)
    before = view.model.total()
    view.start_edit.setText("31/02/2026")
    qtbot.keyClick(view.start_edit, Qt.Key.Key_Return)
    assert view.status_label.text().startswith("Dal:")
    assert view.model.total() == before


def test_keeps_and_chain_line(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    """The viewer says how long the log is kept and that check verifies the chain."""
    view = make_view(qtbot, seeded)
    text = view.kept_label.text()
    assert "almeno 24 mesi" in text and "«check»" in text


def test_model_fetches_only_the_pages_painted() -> None:
    """A million matching events: one count, and only the page asked for is fetched."""
    asked: list[tuple[int, int]] = []

    def page(_f: LogFilters, limit: int, offset: int) -> list:  # type: ignore[type-arg]
        asked.append((limit, offset))
        return []

    model = AccessLogTableModel(lambda _f: 1_000_000, page)
    model.reload()
    assert model.rowCount() == 1_000_000 and asked == []
    model.index(999_999, 0).data()
    model.index(999_998, 0).data()
    assert asked == [(200, 999_800)]


def test_export_by_keyboard(qtbot, seeded, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Alt+C asks where (dialog replaced) and writes the filtered events; the export is logged."""
    import gui.files

    out = tmp_path / "registro.csv"
    proposed: list[str] = []

    def fake_ask(_parent, _title, name, _filter, on_chosen):  # type: ignore[no-untyped-def]
        proposed.append(name)
        on_chosen(out)

    monkeypatch.setattr(gui.files, "ask_save_path", fake_ask)
    log_event(seeded.db, seeded.admin, AuditAction.EXPORT, "dossier", "formato=pdf")
    view = make_view(qtbot, seeded)
    view.action_combo.setCurrentIndex(view.action_combo.findData("export"))
    activate(qtbot, view)
    view.table.setFocus()
    with qtbot.waitSignal(view.exported, timeout=3000) as signal:
        press(qtbot, Qt.Key.Key_C, ALT)  # a mnemonic clicks after a short animation
    assert signal.args == [str(out), 1]
    assert proposed[0].startswith("registro-accessi-") and proposed[0].endswith(".csv")
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 2 and lines[1].split(";")[4:6] == ["Esportazione", "dossier"]
    # The export itself is now the newest event in the list.
    assert view.model.total() == 2
    assert shown(view, AccessLogTableModel.COL_ENTITY)[0] == "access_log"
    assert "Esportati 1 eventi" in view.status_label.text()


def test_tutor_is_refused(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    """A tutor sees the refusal instead of the log, and no control to get round it."""
    tutor = Actor("g.verdi", Role.TUTOR, None, "Giovanna Verdi")
    view = make_view(qtbot, seeded, tutor)
    assert view.view.is_empty_shown()
    assert "non può" in view.view.empty.text()
    assert not view.export_button.isEnabled() and not view.action_combo.isEnabled()


@pytest.fixture(autouse=True)
def _no_viewer(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Nothing opens a real program."""
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: True)


def test_retention_months_are_set_here_and_recorded(qtbot, seeded) -> None:  # type: ignore[no-untyped-def]
    """The coordinator sets how long the log is kept; the spin box cannot go under six months;
    the change is itself an event of the log."""
    from storage.services.access_log import get_audit_retention

    view = make_view(qtbot, seeded)
    assert view.retention_spin.value() == 24
    assert view.retention_spin.minimum() == 6
    view.retention_spin.setValue(5)
    assert view.retention_spin.value() == 6
    view.retention_spin.setValue(36)
    qtbot.mouseClick(view.retention_button, Qt.MouseButton.LeftButton)
    assert get_audit_retention(seeded.db, COORDINATOR) == 36
    assert "almeno 36 mesi" in view.kept_label.text()
    assert view.status_label.text() == "Conservazione salvata: almeno 36 mesi."
    view.refresh()
    assert "audit.retention_months=36" in shown(view, 5)

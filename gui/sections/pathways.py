"""Pathways (percorsi): participant, programme, tutor, and hours planned against delivered.

A second tab holds the group courses (editions, calendar, attendance register) and a third the
applications of the tutor's participants; both are built the first time they are shown.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.dialogs import reporting_errors
from gui.format import fmt_int
from gui.models import PathwayTableModel
from gui.widgets import RowTableView, TableOrEmpty, section_title
from models.enums import PathwayStatus
from storage.services.admin import list_programmes
from storage.services.pathways import list_pathways

LIMIT = 500


class PathwaysSection(QWidget):
    """The newest pathways, filtered by status and programme."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Percorsi"))

        self.status_combo = QComboBox()
        self.status_combo.setAccessibleName(self.tr("Stato del percorso"))
        self.status_combo.addItem(self.tr("Tutti gli stati"), None)
        for status in PathwayStatus:
            self.status_combo.addItem(labels.pathway_status_label(status), status.value)
        self.status_combo.currentIndexChanged.connect(lambda _i: self._load())
        status_label = QLabel(self.tr("S&tato:"))
        status_label.setBuddy(self.status_combo)

        self.programme_combo = QComboBox()
        self.programme_combo.setAccessibleName(self.tr("Programma"))
        self.programme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.programme_combo.currentIndexChanged.connect(lambda _i: self._load())
        programme_label = QLabel(self.tr("&Programma:"))
        programme_label.setBuddy(self.programme_combo)

        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")

        self.model = PathwayTableModel(self)
        self.table = RowTableView(self.tr("Elenco dei percorsi"))
        self.table.setModel(self.model)
        self.table.set_column_widths((24, 12, 20, 11, 12, 22, 11, 11))
        self.view = TableOrEmpty(self.table)

        filters = QHBoxLayout()
        filters.addWidget(status_label)
        filters.addWidget(self.status_combo)
        filters.addSpacing(12)
        filters.addWidget(programme_label)
        filters.addWidget(self.programme_combo)
        filters.addStretch(1)

        pathways_page = QWidget()
        pathways_layout = QVBoxLayout(pathways_page)
        pathways_layout.addLayout(filters)
        pathways_layout.addWidget(self.count_label)
        pathways_layout.addWidget(self.view, 1)

        # Tabs without Alt+letters (their pages use most letters): Ctrl+Tab moves between them.
        self.tabs = QTabWidget()
        self.tabs.addTab(pathways_page, self.tr("Elenco dei percorsi"))
        self.courses_page = QWidget()
        QVBoxLayout(self.courses_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.courses_page, self.tr("Corsi di gruppo"))
        self.applications_page = QWidget()
        QVBoxLayout(self.applications_page).setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.applications_page, self.tr("Candidature da seguire"))
        self.tabs.tabBar().setToolTip(self.tr("Ctrl+Tab: scheda successiva"))
        self.courses_view: QWidget | None = None
        self.applications_view: QWidget | None = None
        self.tabs.currentChanged.connect(self._on_tab_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(section_title(self.tr("Percorsi")))
        layout.addWidget(self.tabs, 1)

        self.refresh()

    def courses(self) -> QWidget:
        """The «Corsi di gruppo» view, built the first time it is asked for."""
        if self.courses_view is None:
            from gui.courses_view import CoursesView

            self.courses_view = CoursesView(self.ctx, self.courses_page)
            layout = self.courses_page.layout()
            assert layout is not None
            layout.addWidget(self.courses_view)
            self.courses_view.show()
        return self.courses_view

    def applications(self) -> QWidget:
        """The «Candidature da seguire» view, built the first time it is asked for."""
        if self.applications_view is None:
            from gui.applications_view import TutorApplicationsView

            view = TutorApplicationsView(self.ctx, self.applications_page)
            view.open_participant.connect(self._open_participant)
            self.applications_view = view
            layout = self.applications_page.layout()
            assert layout is not None
            layout.addWidget(view)
            view.show()
        return self.applications_view

    def _open_participant(self, participant_id: int) -> None:
        window = self.window()
        opener = getattr(window, "open_participant_page", None)
        if opener is not None:
            opener(participant_id)

    def _on_tab_changed(self, index: int) -> None:
        if index == 1:
            self.courses().refresh()  # type: ignore[attr-defined]
            self.courses().focus_main()  # type: ignore[attr-defined]
        elif index == 2:
            self.applications().refresh()  # type: ignore[attr-defined]
            self.applications().focus_main()  # type: ignore[attr-defined]

    def focus_main(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.courses().focus_main()  # type: ignore[attr-defined]
        elif self.tabs.currentIndex() == 2:
            self.applications().focus_main()  # type: ignore[attr-defined]
        elif self.model.rowCount():
            self.table.setFocus()
        else:
            self.status_combo.setFocus()

    def _fill_programmes(self) -> None:
        with reporting_errors(self):
            programmes = list_programmes(self.ctx.db, self.ctx.actor)
            current = self.programme_combo.currentData()
            self.programme_combo.blockSignals(True)
            self.programme_combo.clear()
            self.programme_combo.addItem(self.tr("Tutti i programmi"), None)
            for programme in programmes:
                self.programme_combo.addItem(f"{programme.code} – {programme.name}", programme.code)
            index = self.programme_combo.findData(current) if current else 0
            self.programme_combo.setCurrentIndex(max(index, 0))
            self.programme_combo.blockSignals(False)

    def refresh(self) -> None:
        """Reload the programmes offered by the filter and the pathways (and the tab in view)."""
        self._fill_programmes()
        self._load()
        if self.tabs.currentIndex() == 1:
            self.courses().refresh()  # type: ignore[attr-defined]
        elif self.tabs.currentIndex() == 2:
            self.applications().refresh()  # type: ignore[attr-defined]

    def _load(self) -> None:
        status_value = self.status_combo.currentData()
        status = PathwayStatus(status_value) if status_value else None
        programme = self.programme_combo.currentData()
        with reporting_errors(self):
            rows = list_pathways(
                self.ctx.db,
                self.ctx.actor,
                status=status,
                programme_code=str(programme) if programme else None,
                limit=LIMIT,
            )
            self.model.set_rows(rows)
            if len(rows) >= LIMIT:
                self.count_label.setText(
                    self.tr("I {n} percorsi più recenti: usate i filtri per restringere.").format(
                        n=fmt_int(LIMIT)
                    )
                )
            elif len(rows) == 1:
                self.count_label.setText(self.tr("1 percorso"))
            else:
                self.count_label.setText(self.tr("{n} percorsi").format(n=fmt_int(len(rows))))
            if rows:
                self.view.show_table()
            elif status is not None or programme:
                self.view.show_empty(
                    self.tr("Nessun percorso con questi filtri.")
                    + "\n\n"
                    + self.tr(
                        "Scegliete «Tutti gli stati» e «Tutti i programmi» per vederli tutti."
                    )
                )
            else:
                self.view.show_empty(
                    self.tr("Non ci sono ancora percorsi.")
                    + "\n\n"
                    + self.tr(
                        "Un percorso si apre con la presa in carico di un partecipante in un "
                        "programma finanziato; i percorsi importati con «sportello import "
                        "deliveries» compaiono qui con le ore previste ed erogate."
                    )
                )

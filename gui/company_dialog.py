"""The company dialog: the record, its Law 68/99 position, the log of contacts, the conventions.

Four tabs. "Dati" holds the record (name, VAT number, tax code, ATECO, address, contacts, size,
notes); "Legge 68/99" the computable headcount and the workers with disabilities employed, with
the reserved quota, the art. 18 quota, the posts covered by conventions in force and the posts
still uncovered, recomputed as the numbers are typed (the rule is `l68_figures` in the service,
the same the lists use). "Salva" (Enter on these two tabs, or Ctrl+S anywhere) saves both with
one call; every problem is shown under its field and nothing is saved.

"Contatti" lists the calls, visits, meetings and consultancies, newest first, and records a new
one (Enter on that tab); "Convenzioni" lists the art. 11/12/14 conventions and adds one, or
changes the one opened with Enter or a double click. A new company has only "Dati" until it is
saved. Esc closes, asking first when the record has changes not saved. The storage services are
imported inside the methods that use them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS
from gui.form_dialog import FormDialog
from gui.format import fmt_date, fmt_int, fmt_phone
from gui.models import ListTableModel
from gui.widgets import RowTableView, TableOrEmpty, hint_label
from models.enums import CompanyContactKind, CompanySize, ConventionKind
from models.errors import SportelloError, ValidationError

if TYPE_CHECKING:
    from storage.services.companies import (
        CompanyDetails,
        CompanyInput,
        ContactRow,
        ConventionRow,
        L68Figures,
    )

TAB_DATA, TAB_L68, TAB_CONTACTS, TAB_CONVENTIONS = range(4)


def _today_text() -> str:
    return fmt_date(date.today())


def _line(name: str, max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setMaxLength(max_length)
    return edit


def _date_edit(name: str, placeholder: str) -> QLineEdit:
    edit = _line(name, 10)
    edit.setPlaceholderText(placeholder)
    return edit


def _hint(text: str) -> QLabel:
    label = hint_label(text)
    return label


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


# --------------------------------------------------------------------------- table models


class ContactTableModel(ListTableModel["ContactRow"]):
    """A company's contacts: date, kind, note, who recorded it."""

    COL_DATE, COL_KIND, COL_NOTE, COL_USER = range(4)

    def headers(self) -> Sequence[str]:
        return (self.tr("Data"), self.tr("Tipo"), self.tr("Nota"), self.tr("Registrato da"))

    def display(self, row: ContactRow, column: int) -> str:
        if column == self.COL_DATE:
            return fmt_date(row.date)
        if column == self.COL_KIND:
            return labels.contact_kind_label(row.kind)
        if column == self.COL_NOTE:
            return row.note or ""
        if column == self.COL_USER:
            return row.user_full_name or row.username or ""
        return ""

    def tooltip(self, row: ContactRow, column: int) -> str | None:
        return row.note if column == self.COL_NOTE and row.note else None


class ConventionTableModel(ListTableModel["ConventionRow"]):
    """A company's conventions: kind, cooperative, period, people placed, in force or not."""

    COL_KIND, COL_COOPERATIVE, COL_START, COL_END, COL_POSTS, COL_ACTIVE = range(6)
    RIGHT_ALIGNED = frozenset({COL_POSTS})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Tipo"),
            self.tr("Cooperativa"),
            self.tr("Inizio"),
            self.tr("Fine"),
            self.tr("Persone"),
            self.tr("Stato"),
        )

    def display(self, row: ConventionRow, column: int) -> str:
        if column == self.COL_KIND:
            return labels.convention_kind_label(row.kind)
        if column == self.COL_COOPERATIVE:
            return row.cooperative or ""
        if column == self.COL_START:
            return fmt_date(row.start_date)
        if column == self.COL_END:
            return fmt_date(row.end_date)
        if column == self.COL_POSTS:
            return fmt_int(row.posts_covered)
        if column == self.COL_ACTIVE:
            if row.active:
                return self.tr("In corso")
            if row.start_date > date.today():
                return self.tr("Non ancora iniziata")
            return self.tr("Conclusa")
        return ""

    def tooltip(self, row: ConventionRow, column: int) -> str | None:
        return row.notes or None


# --------------------------------------------------------------------------- the dialog


class CompanyDialog(FormDialog):
    """A company's dialog (company_id None: a new company, with the "Dati" tab only).

    Emits `saved` with the CompanyDetails after each change the companies list shows (the
    record, or a convention that changes the uncovered posts).
    """

    saved = Signal(object)  # CompanyDetails

    def __init__(
        self, ctx: AppContext, company_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.company_id = company_id
        self.details: CompanyDetails | None = None
        self.editing_convention: int | None = None
        self.loaded_input: CompanyInput | None = None
        self.setAccessibleName(self.tr("Scheda dell'azienda"))
        self.resize(760, 620)

        self.heading = QLabel()
        self.heading.setObjectName("sectionTitle")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_data(), self.tr("&Dati"))
        self.tabs.addTab(self._build_l68(), self.tr("&Legge 68/99"))
        self.tabs.addTab(self._build_contacts(), self.tr("&Contatti"))
        self.tabs.addTab(self._build_conventions(), self.tr("Con&venzioni"))
        self.tabs.currentChanged.connect(self._on_tab_changed)

        self.notice = _hint("")
        self.notice.setVisible(False)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Salva"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setToolTip(self.tr("Salva i dati dell'azienda (Invio o Ctrl+S)"))
        self.close_button = self.buttons.addButton(
            self.tr("C&hiudi"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setToolTip(self.tr("Chiude la scheda (Esc)"))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.banner)
        layout.addWidget(self.buttons)

        self.reload()
        self._on_tab_changed(TAB_DATA)
        self.name_edit.setFocus()

    # ------------------------------------------------------------------ building: Dati

    def _build_data(self) -> QWidget:
        page = QWidget()
        form = _form()
        self.name_edit = _line(self.tr("Ragione sociale"))
        self.add_row(form, "name", self.tr("&Ragione sociale:"), self.name_edit)
        self.vat_edit = _line(self.tr("Partita IVA"), 16)
        self.vat_edit.setPlaceholderText(self.tr("11 cifre"))
        self.add_row(form, "vat_number", self.tr("Partita &IVA:"), self.vat_edit)
        self.tax_code_edit = _line(self.tr("Codice fiscale"), 16)
        self.tax_code_edit.setPlaceholderText(
            self.tr("11 cifre; 16 caratteri per una ditta individuale")
        )
        self.add_row(form, "tax_code", self.tr("Codice &fiscale:"), self.tax_code_edit)
        self.ateco_edit = _line(self.tr("Codice ATECO"), 10)
        self.ateco_edit.setPlaceholderText(self.tr("es. 88.10.00"))
        self.add_row(form, "ateco_code", self.tr("Codice &ATECO:"), self.ateco_edit)
        self.address_edit = _line(self.tr("Indirizzo"), 300)
        self.add_row(form, "address", self.tr("Indiri&zzo:"), self.address_edit)
        self.municipality_edit = _line(self.tr("Comune"), 100)
        self.add_row(form, "municipality", self.tr("Co&mune:"), self.municipality_edit)
        self.phone_edit = _line(self.tr("Telefono"), 32)
        self.add_row(form, "phone", self.tr("&Telefono:"), self.phone_edit)
        self.email_edit = _line(self.tr("Email"))
        self.add_row(form, "email", self.tr("&Email:"), self.email_edit)
        self.contact_edit = _line(self.tr("Referente"))
        self.contact_edit.setPlaceholderText(self.tr("chi seguire in azienda, con il ruolo"))
        self.add_row(form, "contact_person", self.tr("Refere&nte:"), self.contact_edit)
        self.size_combo = QComboBox()
        self.size_combo.setAccessibleName(self.tr("Dimensione"))
        self.size_combo.addItem("—", None)
        for size in CompanySize:
            self.size_combo.addItem(labels.company_size_label(size), size.value)
        self.add_row(form, "size", self.tr("Dimen&sione:"), self.size_combo)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setAccessibleName(self.tr("Note"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.add_row(form, "notes", self.tr("N&ote:"), self.notes_edit)
        box = QVBoxLayout(page)
        box.addLayout(form)
        box.addStretch(1)
        return page

    # ------------------------------------------------------------------ building: Legge 68/99

    def _build_l68(self) -> QWidget:
        page = QWidget()
        form = _form()
        self.headcount_edit = _line(self.tr("Dipendenti computabili"), 7)
        self.headcount_edit.setPlaceholderText(self.tr("non indicato"))
        self.headcount_edit.textChanged.connect(lambda _t: self._update_l68())
        self.add_row(form, "headcount", self.tr("Dipendenti com&putabili:"), self.headcount_edit)
        self.disabled_edit = _line(self.tr("Lavoratori disabili già assunti"), 7)
        self.disabled_edit.textChanged.connect(lambda _t: self._update_l68())
        width = self.headcount_edit.fontMetrics().averageCharWidth() * 12 + 16
        for edit in (self.headcount_edit, self.disabled_edit):
            edit.setMaximumWidth(width)
        self.add_row(
            form,
            "disabled_employed",
            self.tr("Lavoratori disa&bili già assunti:"),
            self.disabled_edit,
        )

        figures = QGroupBox(self.tr("Obbligo di assunzione (art. 3)"))
        grid = QFormLayout(figures)
        self.l68_values: dict[str, QLabel] = {}
        for key, caption in (
            ("reserved_quota", self.tr("Quota di riserva:")),
            ("art18_quota", self.tr("Quota art. 18 (categorie protette):")),
            ("disabled_employed", self.tr("Disabili già assunti:")),
            ("convention_posts", self.tr("Posti coperti da convenzioni in corso:")),
            ("uncovered", self.tr("Posti ancora scoperti:")),
        ):
            value = QLabel()
            value.setAccessibleName(caption.rstrip(":"))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.l68_values[key] = value
            grid.addRow(QLabel(caption), value)
        bold = QFont(self.l68_values["uncovered"].font())
        bold.setBold(True)
        self.l68_values["uncovered"].setFont(bold)
        self.l68_status = QLabel()
        self.l68_status.setWordWrap(True)
        self.l68_status.setAccessibleName(self.tr("Situazione rispetto all'obbligo"))
        grid.addRow(self.l68_status)

        rule = _hint(
            self.tr(
                "Da 15 a 35 dipendenti computabili 1 posto riservato, da 36 a 50 2 posti, oltre "
                "50 il 7% (più l'1% per le categorie protette dell'art. 18); scoperti = quota − "
                "disabili già assunti − posti coperti dalle convenzioni in corso."
            )
        )
        box = QVBoxLayout(page)
        box.addLayout(form)
        box.addWidget(figures)
        box.addWidget(rule)
        box.addStretch(1)
        return page

    # ------------------------------------------------------------------ building: Contatti

    def _build_contacts(self) -> QWidget:
        page = QWidget()
        self.contact_model = ContactTableModel(self)
        self.contact_table = RowTableView(self.tr("Contatti con l'azienda"))
        self.contact_table.setModel(self.contact_model)
        self.contact_table.set_column_widths((11, 28, 40, 18))
        self.contact_view = TableOrEmpty(self.contact_table)

        add_box = QGroupBox(self.tr("Nuovo contatto"))
        form = _form()
        self.contact_date_edit = _date_edit(self.tr("Data del contatto"), self.tr("gg/mm/aaaa"))
        self.add_row(form, "contact_date", self.tr("Da&ta:"), self.contact_date_edit)
        self.contact_kind_combo = QComboBox()
        self.contact_kind_combo.setAccessibleName(self.tr("Tipo di contatto"))
        for kind in CompanyContactKind:
            self.contact_kind_combo.addItem(labels.contact_kind_label(kind), kind.value)
        self.add_row(form, "contact_kind", self.tr("Ti&po:"), self.contact_kind_combo)
        self.contact_note_edit = _line(self.tr("Nota sul contatto"), 2000)
        self.contact_note_edit.setPlaceholderText(self.tr("di che cosa si è parlato"))
        self.add_row(form, "contact_note", self.tr("&Nota:"), self.contact_note_edit)
        self.add_contact_button = QPushButton(self.tr("&Registra il contatto"))
        self.add_contact_button.clicked.connect(self.add_contact)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_contact_button)
        inner = QVBoxLayout(add_box)
        inner.addLayout(form)
        inner.addLayout(buttons)

        box = QVBoxLayout(page)
        box.addWidget(self.contact_view, 1)
        box.addWidget(add_box)
        return page

    # ------------------------------------------------------------------ building: Convenzioni

    def _build_conventions(self) -> QWidget:
        page = QWidget()
        self.convention_model = ConventionTableModel(self)
        self.convention_table = RowTableView(self.tr("Convenzioni dell'azienda"))
        self.convention_table.setModel(self.convention_model)
        self.convention_table.set_column_widths((27, 20, 10, 10, 8, 14))
        self.convention_table.row_activated.connect(self.edit_convention)
        self.convention_view = TableOrEmpty(self.convention_table)

        self.convention_box = QGroupBox(self.tr("Nuova convenzione"))
        form = _form()
        self.convention_kind_combo = QComboBox()
        self.convention_kind_combo.setAccessibleName(self.tr("Tipo di convenzione"))
        for kind in ConventionKind:
            self.convention_kind_combo.addItem(labels.convention_kind_label(kind), kind.value)
        self.add_row(form, "convention_kind", self.tr("Ti&po:"), self.convention_kind_combo)
        self.cooperative_edit = _line(self.tr("Cooperativa"))
        self.cooperative_edit.setPlaceholderText(self.tr("obbligatoria per l'art. 14"))
        self.add_row(
            form, "convention_cooperative", self.tr("C&ooperativa:"), self.cooperative_edit
        )
        self.convention_start_edit = _date_edit(self.tr("Inizio"), self.tr("gg/mm/aaaa"))
        self.add_row(form, "convention_start_date", self.tr("&Inizio:"), self.convention_start_edit)
        self.convention_end_edit = _date_edit(
            self.tr("Fine"), self.tr("gg/mm/aaaa, da 1 a 5 anni dall'inizio")
        )
        self.add_row(form, "convention_end_date", self.tr("&Fine:"), self.convention_end_edit)
        self.posts_spin = QSpinBox()
        self.posts_spin.setAccessibleName(self.tr("Persone inserite"))
        self.posts_spin.setRange(1, 999)
        self.add_row(
            form, "convention_posts_covered", self.tr("Persone inse&rite:"), self.posts_spin
        )
        self.convention_notes_edit = _line(self.tr("Note sulla convenzione"), 2000)
        self.add_row(form, "convention_notes", self.tr("No&te:"), self.convention_notes_edit)
        self.convention_button = QPushButton(self.tr("Re&gistra la convenzione"))
        self.convention_button.clicked.connect(self.save_convention)
        self.new_convention_button = QPushButton(self.tr("N&uova"))
        self.new_convention_button.setToolTip(self.tr("Svuota il modulo per una nuova convenzione"))
        self.new_convention_button.clicked.connect(self.clear_convention_form)
        self.new_convention_button.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(_hint(self.tr("Invio o doppio clic su una convenzione per modificarla.")))
        buttons.addStretch(1)
        buttons.addWidget(self.new_convention_button)
        buttons.addWidget(self.convention_button)
        inner = QVBoxLayout(self.convention_box)
        inner.addLayout(form)
        inner.addLayout(buttons)

        box = QVBoxLayout(page)
        box.addWidget(self.convention_view, 1)
        box.addWidget(self.convention_box)
        return page

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """Read the company again (nothing to read for a new one) and fill every tab."""
        from storage.services.companies import company_details

        is_new = self.company_id is None
        for tab in (TAB_L68, TAB_CONTACTS, TAB_CONVENTIONS):
            self.tabs.setTabEnabled(tab, not is_new)
        if is_new:
            self.details = None
            self.setWindowTitle(self.tr("Nuova azienda"))
            self.heading.setText(self.tr("Nuova azienda"))
            self.notice.setText(
                self.tr(
                    "Salvate i dati per registrare la legge 68/99, i contatti e le convenzioni."
                )
            )
            self.notice.setVisible(True)
            self._update_l68()
            self.loaded_input = self.company_input()
            return
        try:
            assert self.company_id is not None
            details = company_details(self.ctx.db, self.ctx.actor, self.company_id)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self._fill(details)
        self._load_contacts()
        self._load_conventions()

    def _fill(self, details: CompanyDetails) -> None:
        self.details = details
        self.setWindowTitle(self.tr("Azienda: {name}").format(name=details.name))
        heading = details.name
        if details.archived:
            heading += " " + self.tr("(archiviata)")
        self.heading.setText(heading)
        self.notice.setVisible(details.archived)
        self.notice.setText(
            self.tr(
                "L'azienda è archiviata: resta con la sua storia ma non compare negli elenchi. "
                "Ripristinatela dall'elenco delle aziende per registrare contatti e convenzioni."
            )
        )
        self.name_edit.setText(details.name)
        self.vat_edit.setText(details.vat_number or "")
        self.tax_code_edit.setText(details.tax_code or "")
        self.ateco_edit.setText(details.ateco_code or "")
        self.address_edit.setText(details.address or "")
        self.municipality_edit.setText(details.municipality or "")
        self.phone_edit.setText(fmt_phone(details.phone))
        self.email_edit.setText(details.email or "")
        self.contact_edit.setText(details.contact_person or "")
        index = self.size_combo.findData(details.size.value if details.size else None)
        self.size_combo.setCurrentIndex(max(index, 0))
        self.notes_edit.setPlainText(details.notes or "")
        self.headcount_edit.setText("" if details.headcount is None else str(details.headcount))
        self.disabled_edit.setText(str(details.disabled_employed))
        self._update_l68()
        self.loaded_input = self.company_input()

    def _load_contacts(self) -> None:
        from storage.services.companies import list_contacts

        if self.company_id is None:
            return
        try:
            rows = list_contacts(self.ctx.db, self.ctx.actor, self.company_id)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.contact_model.set_rows(rows)
        if rows:
            self.contact_view.show_table()
        else:
            self.contact_view.show_empty(
                self.tr("Nessun contatto registrato con questa azienda.")
                + "\n\n"
                + self.tr(
                    "Registrate qui sotto telefonate, visite, incontri e consulenze: contano "
                    "per gli indicatori «aziende contattate» e «consulenze»."
                )
            )
        if not self.contact_date_edit.text():
            self.contact_date_edit.setText(_today_text())

    def _load_conventions(self) -> None:
        from storage.services.companies import list_conventions

        if self.company_id is None:
            return
        try:
            rows = list_conventions(self.ctx.db, self.ctx.actor, self.company_id)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.convention_model.set_rows(rows)
        if rows:
            self.convention_view.show_table()
        else:
            self.convention_view.show_empty(
                self.tr("Nessuna convenzione per questa azienda.")
                + "\n\n"
                + self.tr(
                    "Una convenzione art. 14 (con una cooperativa sociale) o art. 11/12 copre "
                    "posti della quota di riserva finché è in corso."
                )
            )

    # ------------------------------------------------------------------ Legge 68/99, live

    def _update_l68(self) -> None:
        """Recompute the figures from the two numbers as typed (a bad number shows why)."""
        from storage.services.companies import l68_figures, people_count

        numbers: dict[str, int | None] = {}
        for key, edit, caption, default in (
            ("headcount", self.headcount_edit, "Dipendenti computabili", None),
            ("disabled_employed", self.disabled_edit, "Lavoratori disabili assunti", 0),
        ):
            label = self.errors[key]
            try:
                numbers[key] = people_count(edit.text(), key, caption, default=default)
                label.clear()
                label.setVisible(False)
            except ValidationError as exc:
                numbers[key] = default
                label.setText(str(exc))
                label.setVisible(True)
        posts = self.details.l68.convention_posts if self.details else 0
        figures = l68_figures(numbers["headcount"], numbers["disabled_employed"] or 0, posts)
        self._show_l68(figures)

    def _show_l68(self, figures: L68Figures) -> None:
        def posts(value: int | None) -> str:
            if value is None:
                return "—"
            return self.tr("1 posto") if value == 1 else self.tr("{n} posti").format(n=value)

        values = self.l68_values
        values["reserved_quota"].setText(posts(figures.reserved_quota))
        values["art18_quota"].setText(posts(figures.art18_quota))
        values["disabled_employed"].setText(fmt_int(figures.disabled_employed))
        values["convention_posts"].setText(posts(figures.convention_posts))
        values["uncovered"].setText(posts(figures.uncovered))
        alert = bool(figures.uncovered)
        values["uncovered"].setStyleSheet("color: #b42318;" if alert else "")
        if figures.headcount is None:
            status = self.tr("Indicate i dipendenti computabili per calcolare la quota.")
        elif not figures.obliged:
            status = self.tr("Nessun obbligo: meno di 15 dipendenti computabili.")
        elif figures.uncovered:
            status = self.tr("L'azienda deve ancora coprire {posts}.").format(
                posts=posts(figures.uncovered)
            )
        else:
            status = self.tr("La quota di riserva è coperta.")
        self.l68_status.setText(status)

    # ------------------------------------------------------------------ tabs and keys

    def _on_tab_changed(self, index: int) -> None:
        """Enter presses the main button of the tab in view."""
        main = {
            TAB_DATA: self.save_button,
            TAB_L68: self.save_button,
            TAB_CONTACTS: self.add_contact_button,
            TAB_CONVENTIONS: self.convention_button,
        }.get(index)
        for button in (self.save_button, self.add_contact_button, self.convention_button):
            button.setDefault(button is main)
            button.setAutoDefault(button is main)
        self.save_button.setVisible(index in (TAB_DATA, TAB_L68))

    # ------------------------------------------------------------------ saving the record

    def company_input(self) -> CompanyInput:
        from storage.services.companies import CompanyInput

        return CompanyInput(
            name=self.name_edit.text(),
            vat_number=self.vat_edit.text(),
            tax_code=self.tax_code_edit.text(),
            ateco_code=self.ateco_edit.text(),
            address=self.address_edit.text(),
            municipality=self.municipality_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            contact_person=self.contact_edit.text(),
            size=self.size_combo.currentData(),
            headcount=self.headcount_edit.text(),
            disabled_employed=self.disabled_edit.text(),
            notes=self.notes_edit.toPlainText(),
        )

    def save(self) -> None:
        """Save the record (Dati and Legge 68/99); every problem is shown under its field."""
        from storage.services.companies import company_problems, create_company, update_company

        self.clear_errors()
        data = self.company_input()
        if self.show_problems(company_problems(data)):
            return
        try:
            if self.company_id is None:
                details = create_company(self.ctx.db, self.ctx.actor, data)
            else:
                details = update_company(self.ctx.db, self.ctx.actor, self.company_id, data)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        was_new = self.company_id is None
        self.company_id = details.id
        if was_new:
            self.reload()
        else:
            self._fill(details)
        self.notice.setText(self.tr("Dati salvati."))
        self.notice.setVisible(True)
        self.saved.emit(details)

    def has_unsaved_changes(self) -> bool:
        return self.company_input() != self.loaded_input

    def unsaved_question(self) -> str:
        return self.tr("I dati dell'azienda hanno modifiche non salvate. Chiudere senza salvarle?")

    # ------------------------------------------------------------------ contacts

    def _show_prefixed(self, exc: SportelloError, prefix: str) -> None:
        """A sub-form's error under its field (the service names it without the prefix)."""
        if isinstance(exc, ValidationError) and f"{prefix}{exc.field}" in self.errors:
            exc = ValidationError(f"{prefix}{exc.field}", exc.reason, label=exc.label)
        self.show_problem(exc)

    def add_contact(self) -> None:
        """Record the contact typed in the form; the log shows it at the top."""
        from storage.services.companies import CompanyContactInput, add_contact

        if self.company_id is None:
            return
        self.clear_errors()
        try:
            add_contact(
                self.ctx.db,
                self.ctx.actor,
                CompanyContactInput(
                    self.company_id,
                    self.contact_date_edit.text(),
                    str(self.contact_kind_combo.currentData()),
                    self.contact_note_edit.text(),
                ),
            )
        except EXPECTED_ERRORS as exc:
            self._show_prefixed(exc, "contact_")
            return
        self.contact_note_edit.clear()
        self._load_contacts()
        self.contact_table.setCurrentIndex(self.contact_model.index(0, 0))
        self.contact_note_edit.setFocus()

    # ------------------------------------------------------------------ conventions

    def edit_convention(self, row: int) -> None:
        """Put the convention of table row `row` in the form, to change it."""
        convention = self.convention_model.row_at(row)
        if convention is None:
            return
        self.clear_errors()
        self.editing_convention = convention.id
        index = self.convention_kind_combo.findData(convention.kind.value)
        self.convention_kind_combo.setCurrentIndex(max(index, 0))
        self.cooperative_edit.setText(convention.cooperative or "")
        self.convention_start_edit.setText(fmt_date(convention.start_date))
        self.convention_end_edit.setText(fmt_date(convention.end_date))
        self.posts_spin.setValue(convention.posts_covered)
        self.convention_notes_edit.setText(convention.notes or "")
        self.convention_box.setTitle(
            self.tr("Modifica della convenzione dal {start}").format(
                start=fmt_date(convention.start_date)
            )
        )
        self.convention_button.setText(self.tr("Salva le &modifiche"))
        self.new_convention_button.setVisible(True)
        self.convention_kind_combo.setFocus()

    def clear_convention_form(self) -> None:
        """Back to an empty form for a new convention."""
        self.editing_convention = None
        self.convention_kind_combo.setCurrentIndex(0)
        for edit in (
            self.cooperative_edit,
            self.convention_start_edit,
            self.convention_end_edit,
            self.convention_notes_edit,
        ):
            edit.clear()
        self.posts_spin.setValue(1)
        self.convention_box.setTitle(self.tr("Nuova convenzione"))
        self.convention_button.setText(self.tr("Re&gistra la convenzione"))
        self.new_convention_button.setVisible(False)

    def save_convention(self) -> None:
        """Add the convention in the form, or save the changes to the one being edited."""
        from storage.services.companies import (
            ConventionInput,
            add_convention,
            company_details,
            update_convention,
        )

        if self.company_id is None:
            return
        self.clear_errors()
        data = ConventionInput(
            company_id=self.company_id,
            kind=str(self.convention_kind_combo.currentData()),
            start_date=self.convention_start_edit.text(),
            end_date=self.convention_end_edit.text(),
            posts_covered=self.posts_spin.value(),
            cooperative=self.cooperative_edit.text(),
            notes=self.convention_notes_edit.text(),
        )
        try:
            if self.editing_convention is None:
                add_convention(self.ctx.db, self.ctx.actor, data)
            else:
                update_convention(self.ctx.db, self.ctx.actor, self.editing_convention, data)
            details = company_details(self.ctx.db, self.ctx.actor, self.company_id)
        except EXPECTED_ERRORS as exc:
            self._show_prefixed(exc, "convention_")
            return
        self.clear_convention_form()
        self._load_conventions()
        # The posts covered change the Law 68/99 figures, here and in the list.
        self.details = details
        self._update_l68()
        self.saved.emit(details)
        self.convention_kind_combo.setFocus()

    def problems_shown(self) -> dict[str, str]:
        """The error lines on show, by field, on any tab."""
        return {key: label.text() for key, label in self.errors.items() if not label.isHidden()}

"""Group courses (Corsi di gruppo): editions, enrolled people, the session calendar, the register.

On the left the courses with their editions (Nuovo corso, Nuova edizione); on the right the
chosen edition in three tabs:

- Iscritti: enrol a person by typing a name or codice fiscale (Enter enrols the first match),
  each person's attendance share and whether it passes 75%, with the denominator in one line
  (the same words as `storage.services.courses.SHARE_RULE`, where the rule is defined);
- Calendario: the sessions (Nuovo incontro, Ripeti ogni settimana, Modifica, Elimina); Enter on a
  session opens its register;
- Registro: one row per person enrolled by the session's day. Tab and the arrows move between
  cells; Space cycles present → absent → excused; P, A and G set them; digits type the minutes;
  Ctrl+S (or Salva registro) saves the whole register in one go.

Services are imported when used, so that building the view does not load the ORM.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.context import AppContext
from gui.dialogs import EXPECTED_ERRORS, message_box, reporting_errors
from gui.form_dialog import FormDialog
from gui.format import fmt_date, fmt_hours
from gui.models import ListTableModel
from gui.widgets import EmptyState, RowTableView, TableOrEmpty, hint_label, section_title
from models.enums import AttendanceStatus, Role, ServiceType
from models.errors import ValidationError

if TYPE_CHECKING:
    from models.rows import UserRow
    from storage.services.courses import (
        AttendanceShare,
        CourseRow,
        EditionRow,
        Register,
        RegisterLine,
        SessionRow,
    )

ModelIndex = QModelIndex | QPersistentModelIndex
EDITORS = frozenset({Role.TUTOR, Role.COORDINATOR, Role.ADMIN})
CYCLE = (AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED)
_ALERT = QColor("#b42318")
_GOOD = QColor("#067647")
_MUTED = QColor("#6b7280")


def _hours_of(minutes: int) -> str:
    return fmt_hours(minutes / 60)


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.1f}".replace(".", ",") + "%"


def _line_edit(name: str, placeholder: str = "", max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    return edit


def _buttons(dialog: FormDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setDefault(True)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(dialog.tr("Annulla"))
    buttons.accepted.connect(dialog.save)  # type: ignore[attr-defined]
    buttons.rejected.connect(dialog.reject)
    return buttons


def _user_combo(name: str, users: Sequence[UserRow], current: str | None = None) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem("—", None)
    for user in users:
        if user.active and user.role is not Role.OPERATOR:
            combo.addItem(user.full_name or user.username, user.username)
    index = combo.findData(current) if current else 0
    combo.setCurrentIndex(max(index, 0))
    return combo


# --------------------------------------------------------------------------- dialogs


class CourseDialog(FormDialog):
    """A new course: code, title, the service its hours count as, total hours."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: CourseRow | None = None
        self.setWindowTitle(self.tr("Nuovo corso"))
        form = QFormLayout()
        self.code_edit = _line_edit(self.tr("Codice"), self.tr("es. EMP"), 32)
        self.add_row(form, "code", self.tr("&Codice:"), self.code_edit)
        self.title_edit = _line_edit(self.tr("Titolo"), self.tr("es. Empowerment"))
        self.add_row(form, "title", self.tr("&Titolo:"), self.title_edit)
        self.service_combo = QComboBox()
        self.service_combo.setAccessibleName(self.tr("Servizio"))
        for service in ServiceType:
            self.service_combo.addItem(labels.service_type_label(service), service.value)
        self.service_combo.setCurrentIndex(self.service_combo.findData(ServiceType.TRAINING.value))
        self.add_row(form, "service_type", self.tr("&Servizio:"), self.service_combo)
        self.hours_spin = QSpinBox()
        self.hours_spin.setAccessibleName(self.tr("Ore totali"))
        self.hours_spin.setRange(0, 9999)
        self.hours_spin.setValue(29)
        self.add_row(form, "total_hours", self.tr("&Ore totali:"), self.hours_spin)
        hint = hint_label(
            self.tr(
                "Le ore in aula sono quelle degli incontri del calendario; un colloquio "
                "individuale previsto dal corso si registra come ore individuali del percorso."
            )
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.banner)
        layout.addWidget(_buttons(self, self.tr("Crea il corso")))

    def save(self) -> None:
        from storage.services.courses import CourseInput, create_course

        self.clear_errors()
        try:
            self.created = create_course(
                self.ctx.db,
                self.ctx.actor,
                CourseInput(
                    self.code_edit.text(),
                    self.title_edit.text(),
                    str(self.service_combo.currentData()),
                    self.hours_spin.value(),
                ),
            )
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.accept()


class EditionDialog(FormDialog):
    """A new edition of a course: code, town, dates."""

    def __init__(
        self,
        ctx: AppContext,
        courses: Sequence[CourseRow],
        course_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created: EditionRow | None = None
        self.setWindowTitle(self.tr("Nuova edizione"))
        form = QFormLayout()
        self.course_combo = QComboBox()
        self.course_combo.setAccessibleName(self.tr("Corso"))
        for course in courses:
            self.course_combo.addItem(f"{course.code} — {course.title}", course.id)
        if course_id is not None:
            self.course_combo.setCurrentIndex(max(self.course_combo.findData(course_id), 0))
        self.add_row(form, "course", self.tr("C&orso:"), self.course_combo)
        self.code_edit = _line_edit(self.tr("Codice dell'edizione"), self.tr("es. EMP-CR-1"), 32)
        self.add_row(form, "code", self.tr("&Codice:"), self.code_edit)
        self.town_edit = _line_edit(self.tr("Comune"), "", 100)
        self.add_row(form, "town", self.tr("Co&mune:"), self.town_edit)
        self.start_edit = _line_edit(self.tr("Inizio"), self.tr("gg/mm/aaaa"), 10)
        self.start_edit.setText(fmt_date(date.today()))
        self.add_row(form, "start_date", self.tr("&Inizio:"), self.start_edit)
        self.end_edit = _line_edit(self.tr("Fine"), self.tr("gg/mm/aaaa"), 10)
        self.add_row(form, "end_date", self.tr("&Fine:"), self.end_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addWidget(_buttons(self, self.tr("Crea l'edizione")))

    def save(self) -> None:
        from storage.services.courses import EditionInput, create_edition

        self.clear_errors()
        try:
            course = self.course_combo.currentData()
            if course is None:
                raise ValidationError("course", "create prima un corso.", label="Corso")
            self.created = create_edition(
                self.ctx.db,
                self.ctx.actor,
                EditionInput(
                    int(course),
                    self.code_edit.text(),
                    self.town_edit.text(),
                    self.start_edit.text(),
                    self.end_edit.text() or None,
                ),
            )
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.accept()


class SessionDialog(FormDialog):
    """One session (new or changed), or — with `weekly` — a series on the same weekday."""

    def __init__(
        self,
        ctx: AppContext,
        edition: EditionRow,
        users: Sequence[UserRow],
        *,
        weekly: bool = False,
        sitting: SessionRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.edition = edition
        self.weekly = weekly
        self.sitting = sitting
        if weekly:
            self.setWindowTitle(self.tr("Ripeti ogni settimana — {code}").format(code=edition.code))
        elif sitting is not None:
            self.setWindowTitle(self.tr("Modifica incontro — {code}").format(code=edition.code))
        else:
            self.setWindowTitle(self.tr("Nuovo incontro — {code}").format(code=edition.code))
        form = QFormLayout()
        caption = self.tr("&Primo incontro:") if weekly else self.tr("&Giorno:")
        self.day_edit = _line_edit(self.tr("Giorno"), self.tr("gg/mm/aaaa"), 10)
        self.day_edit.setText(
            fmt_date(sitting.day if sitting else max(date.today(), edition.start_date))
        )
        self.add_row(form, "day", caption, self.day_edit)
        self.count_spin = QSpinBox()
        self.every_spin = QSpinBox()
        if weekly:
            self.count_spin.setAccessibleName(self.tr("Quanti incontri"))
            self.count_spin.setRange(1, 60)
            self.count_spin.setValue(7)
            self.add_row(form, "count", self.tr("&Quanti incontri:"), self.count_spin)
            self.every_spin.setAccessibleName(self.tr("Ogni quante settimane"))
            self.every_spin.setRange(1, 4)
            self.every_spin.setSuffix(self.tr(" settimana/e"))
            self.add_row(form, "every_weeks", self.tr("O&gni:"), self.every_spin)
        self.start_edit = _line_edit(self.tr("Inizio"), self.tr("HH:MM"), 5)
        self.start_edit.setText(f"{sitting.start:%H:%M}" if sitting else "09:00")
        self.add_row(form, "start", self.tr("&Inizio:"), self.start_edit)
        self.end_edit = _line_edit(self.tr("Fine"), self.tr("HH:MM"), 5)
        self.end_edit.setText(f"{sitting.end:%H:%M}" if sitting else "13:00")
        self.add_row(form, "end", self.tr("&Fine:"), self.end_edit)
        self.place_edit = _line_edit(self.tr("Luogo"))
        self.place_edit.setText(sitting.place or "" if sitting else "")
        self.add_row(form, "place", self.tr("&Luogo:"), self.place_edit)
        self.operator_combo = _user_combo(
            self.tr("Operatore"), users, sitting.operator if sitting else ctx.actor.username
        )
        self.add_row(form, "operator", self.tr("&Operatore:"), self.operator_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if weekly:
            hint = QLabel(self.tr("Gli incontri cadono nello stesso giorno della settimana."))
            hint.setObjectName("hint")
            layout.addWidget(hint)
        layout.addWidget(self.banner)
        ok = self.tr("Crea gli incontri") if weekly else self.tr("Salva l'incontro")
        layout.addWidget(_buttons(self, ok))

    def save(self) -> None:
        from storage.services import courses

        self.clear_errors()
        operator = self.operator_combo.currentData()
        try:
            if self.weekly:
                courses.add_weekly_sessions(
                    self.ctx.db,
                    self.ctx.actor,
                    self.edition.id,
                    self.day_edit.text(),
                    self.count_spin.value(),
                    self.start_edit.text(),
                    self.end_edit.text(),
                    place=self.place_edit.text(),
                    operator=operator,
                    every_weeks=self.every_spin.value(),
                )
            else:
                data = courses.SessionInput(
                    self.edition.id,
                    self.day_edit.text(),
                    self.start_edit.text(),
                    self.end_edit.text(),
                    self.place_edit.text(),
                    operator,
                )
                if self.sitting is None:
                    courses.add_session(self.ctx.db, self.ctx.actor, data)
                else:
                    courses.update_session(self.ctx.db, self.ctx.actor, self.sitting.id, data)
        except EXPECTED_ERRORS as exc:
            self.show_problem(exc)
            return
        self.accept()


# --------------------------------------------------------------------------- table models


class ShareTableModel(ListTableModel["AttendanceShare"]):
    """The people enrolled in an edition with their attendance share."""

    COL_NAME, COL_CF, COL_SINCE, COL_SHARE, COL_PASS, COL_DONE, COL_DUE, COL_HELD, COL_PRESENT = (
        range(9)
    )
    RIGHT_ALIGNED = frozenset({3, 5, 6, 7, 8})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Partecipante"),
            self.tr("Codice fiscale"),
            self.tr("Iscritto dal"),
            self.tr("Quota"),
            self.tr("75%"),
            self.tr("Ore fatte"),
            self.tr("Ore previste"),
            self.tr("Incontri"),
            self.tr("Presenze"),
        )

    def display(self, row: AttendanceShare, column: int) -> str:
        if column == self.COL_NAME:
            return row.name
        if column == self.COL_CF:
            return row.codice_fiscale or row.participant_code
        if column == self.COL_SINCE:
            return fmt_date(row.enrolled_on)
        if column == self.COL_HELD:
            return str(row.sessions_held)
        if column == self.COL_PRESENT:
            return str(row.sessions_present)
        if column == self.COL_DONE:
            return _hours_of(row.attended_minutes)
        if column == self.COL_DUE:
            return _hours_of(row.scheduled_minutes)
        if column == self.COL_SHARE:
            return _percent(row.share)
        if column == self.COL_PASS:
            if row.scheduled_minutes == 0:
                return self.tr("—")
            return self.tr("superato") if row.passes_75 else self.tr("non superato")
        return ""

    def foreground(self, row: AttendanceShare, column: int) -> QColor | None:
        if column in (self.COL_SHARE, self.COL_PASS) and row.scheduled_minutes:
            return _GOOD if row.passes_75 else _ALERT
        return None

    def tooltip(self, row: AttendanceShare, column: int) -> str | None:
        if column in (self.COL_SHARE, self.COL_PASS):
            return self.tr("{done} minuti frequentati su {due} previsti").format(
                done=row.attended_minutes, due=row.scheduled_minutes
            )
        if column == self.COL_HELD:
            return self.tr("Incontri già svolti dalla data di iscrizione")
        return None


class SessionTableModel(ListTableModel["SessionRow"]):
    """The edition's calendar."""

    COL_DAY, COL_WEEKDAY, COL_START, COL_END, COL_HOURS, COL_PLACE, COL_OPERATOR, COL_REGISTER = (
        range(8)
    )
    RIGHT_ALIGNED = frozenset({4})

    def headers(self) -> Sequence[str]:
        return (
            self.tr("Data"),
            self.tr("Giorno"),
            self.tr("Inizio"),
            self.tr("Fine"),
            self.tr("Ore"),
            self.tr("Luogo"),
            self.tr("Operatore"),
            self.tr("Registro"),
        )

    def display(self, row: SessionRow, column: int) -> str:
        if column == self.COL_DAY:
            return fmt_date(row.day)
        if column == self.COL_WEEKDAY:
            return labels.weekday_long(row.day.weekday())
        if column == self.COL_START:
            return f"{row.start:%H:%M}"
        if column == self.COL_END:
            return f"{row.end:%H:%M}"
        if column == self.COL_HOURS:
            return _hours_of(row.minutes)
        if column == self.COL_PLACE:
            return row.place or ""
        if column == self.COL_OPERATOR:
            return row.operator_name or row.operator or ""
        if column == self.COL_REGISTER:
            if row.day > date.today():
                return self.tr("in programma")
            if row.recorded == 0:
                return self.tr("da compilare")
            return self.tr("{present} presenti su {recorded}").format(
                present=row.present, recorded=row.recorded
            )
        return ""

    def foreground(self, row: SessionRow, column: int) -> QColor | None:
        if column == self.COL_REGISTER:
            if row.day > date.today():
                return _MUTED
            if row.recorded == 0:
                return _ALERT
        return None


class RegisterTableModel(QAbstractTableModel):
    """The register being taken: status and minutes are editable; `changed` after each edit."""

    COL_NAME, COL_STATUS, COL_MINUTES, COL_HOURS = range(4)
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[RegisterLine] = []
        self.status: list[AttendanceStatus | None] = []
        self.minutes: list[int] = []
        self.length = 0

    def load(self, register: Register) -> None:
        self.beginResetModel()
        self.lines = list(register.lines)
        self.length = register.session.minutes
        self.status = [line.status for line in self.lines]
        self.minutes = [line.minutes_attended or 0 for line in self.lines]
        self.endResetModel()

    def set_status(self, row: int, status: AttendanceStatus) -> None:
        if not 0 <= row < len(self.lines):
            return
        self.status[row] = status
        if status is AttendanceStatus.PRESENT:
            if self.minutes[row] == 0:
                self.minutes[row] = self.length
        else:
            self.minutes[row] = 0
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.changed.emit()

    def cycle(self, row: int) -> None:
        current = self.status[row] if 0 <= row < len(self.status) else None
        following = CYCLE[(CYCLE.index(current) + 1) % 3] if current in CYCLE else CYCLE[0]
        self.set_status(row, following)

    def unmarked(self) -> list[str]:
        return [
            line.name
            for line, status in zip(self.lines, self.status, strict=True)
            if status is None
        ]

    # -- Qt
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Partecipante"),
            self.tr("Presenza"),
            self.tr("Minuti"),
            self.tr("Ore al percorso"),
        )[section]

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_STATUS:
            return base | Qt.ItemFlag.ItemIsEditable
        if (
            index.column() == self.COL_MINUTES
            and self.status[index.row()] is AttendanceStatus.PRESENT
        ):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        line, status = self.lines[row], self.status[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_NAME:
                return line.name
            if column == self.COL_STATUS:
                return labels.attendance_label(status) if status else self.tr("— da indicare")
            if column == self.COL_MINUTES:
                return str(self.minutes[row]) if status else ""
            if column == self.COL_HOURS:
                if not line.has_open_pathway:
                    return self.tr("nessun percorso aperto")
                if line.delivery_minutes:
                    return self.tr("{hours} h registrate").format(
                        hours=_hours_of(line.delivery_minutes)
                    )
                return ""
        if role == Qt.ItemDataRole.EditRole:
            if column == self.COL_STATUS:
                return status.value if status else ""
            if column == self.COL_MINUTES:
                return self.minutes[row]
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.COL_STATUS and status is None:
                return _ALERT
            if column == self.COL_STATUS and status is AttendanceStatus.ABSENT:
                return _ALERT
            if column == self.COL_HOURS:
                return _MUTED
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_MINUTES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.COL_STATUS:
            return f"{line.name}: {self.data(index)}"
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = index.row()
        if index.column() == self.COL_STATUS:
            try:
                self.set_status(row, AttendanceStatus(value))
            except ValueError:
                return False
            return True
        if index.column() == self.COL_MINUTES:
            self.minutes[row] = max(0, min(int(value), self.length))
            self.dataChanged.emit(index, index)
            self.changed.emit()
            return True
        return False


class RegisterDelegate(QStyledItemDelegate):
    """A status combo and a minutes spin box (0 to the session's length) as cell editors."""

    def __init__(self, model: RegisterTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.register_model = model
        self.open_editor: QWidget | None = None

    def destroyEditor(self, editor: QWidget, index: ModelIndex) -> None:
        if editor is self.open_editor:
            self.open_editor = None
        super().destroyEditor(editor, index)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: ModelIndex
    ) -> QWidget:
        if index.column() == RegisterTableModel.COL_STATUS:
            combo = QComboBox(parent)
            combo.setAccessibleName(self.tr("Presenza"))
            for status in CYCLE:
                combo.addItem(labels.attendance_label(status), status.value)
            self.open_editor = combo
            return combo
        spin = QSpinBox(parent)
        spin.setAccessibleName(self.tr("Minuti"))
        spin.setRange(0, self.register_model.length)
        self.open_editor = spin
        return spin

    def setEditorData(self, editor: QWidget, index: ModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(value), 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
            editor.selectAll()  # a digit typed on the cell replaces the minutes

    def setModelData(self, editor: QWidget, model: Any, index: ModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())


class RegisterTableView(QTableView):
    """Keyboard register: Tab/arrows move, Space cycles the status, P/A/G set it."""

    KEYS = {
        Qt.Key.Key_P: AttendanceStatus.PRESENT,
        Qt.Key.Key_A: AttendanceStatus.ABSENT,
        Qt.Key.Key_G: AttendanceStatus.EXCUSED,
    }

    def __init__(self, model: RegisterTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register_model = model
        self.setModel(model)
        self.setItemDelegate(RegisterDelegate(model, self))
        model.modelReset.connect(self._on_model_reset)
        self.setAccessibleName(self.tr("Registro presenze"))
        self.setTabKeyNavigation(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        unit = self.fontMetrics().averageCharWidth()
        for column, chars in enumerate((28, 22, 9)):
            self.setColumnWidth(column, chars * unit + 16)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        if index.isValid() and plain and self.state() != QAbstractItemView.State.EditingState:
            key = Qt.Key(event.key())
            if key == Qt.Key.Key_Space:
                self.register_model.cycle(index.row())
                event.accept()
                return
            if key in self.KEYS:
                self.register_model.set_status(index.row(), self.KEYS[key])
                event.accept()
                return
        # Tab past the last cell (Shift+Tab before the first) leaves the table.
        last = (self.register_model.rowCount() - 1, RegisterTableModel.COL_MINUTES)
        first = (0, RegisterTableModel.COL_STATUS)
        here = (index.row(), index.column())
        if event.key() == Qt.Key.Key_Tab and plain and index.isValid() and here == last:
            QWidget.focusNextPrevChild(self, True)  # not the view's own: it would Tab again
            return
        if event.key() == Qt.Key.Key_Backtab and index.isValid() and here == first:
            QWidget.focusNextPrevChild(self, False)
            return
        super().keyPressEvent(event)

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Tab and the side arrows walk only the cells a person fills: status and minutes."""
        action = QAbstractItemView.CursorAction
        current = self.currentIndex()
        rows = self.register_model.rowCount()
        status, minutes = RegisterTableModel.COL_STATUS, RegisterTableModel.COL_MINUTES
        if not current.isValid() or rows == 0:
            return super().moveCursor(cursorAction, modifiers)
        row, column = current.row(), current.column()
        if cursorAction in (action.MoveNext, action.MoveRight):
            if column < minutes:
                return self.register_model.index(row, minutes if column == status else status)
            if cursorAction == action.MoveNext and row + 1 < rows:
                return self.register_model.index(row + 1, status)
            return self.register_model.index(row, minutes)
        if cursorAction in (action.MovePrevious, action.MoveLeft):
            if column > status:
                return self.register_model.index(row, status if column == minutes else minutes)
            if cursorAction == action.MovePrevious and row > 0:
                return self.register_model.index(row - 1, minutes)
            return self.register_model.index(row, status)
        return super().moveCursor(cursorAction, modifiers)

    def _on_model_reset(self) -> None:
        """A register loaded: the cursor on the first person's status, ready for Space."""
        if self.register_model.rowCount() > 0:
            self.setCurrentIndex(self.register_model.index(0, RegisterTableModel.COL_STATUS))

    def commit_open_editor(self) -> None:
        """Write what a cell editor still holds into the model (Ctrl+S while typing minutes)."""
        delegate = self.itemDelegate()
        editor = getattr(delegate, "open_editor", None)
        if self.state() == QAbstractItemView.State.EditingState and editor is not None:
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        current = self.currentIndex()
        if self.register_model.rowCount() > 0 and (
            not current.isValid() or current.column() == RegisterTableModel.COL_NAME
        ):
            row = current.row() if current.isValid() else 0
            self.setCurrentIndex(self.register_model.index(row, RegisterTableModel.COL_STATUS))


# --------------------------------------------------------------------------- the view


class CoursesView(QWidget):
    """Courses and editions on the left; the chosen edition's people, calendar and register."""

    # The one line that explains the denominator: the words of courses.SHARE_RULE.
    def share_rule(self) -> str:
        return self.tr(
            "Quota di presenza = minuti frequentati ÷ minuti previsti degli incontri già svolti "
            "dalla data di iscrizione (le assenze giustificate restano nel conto); "
            "supera il 75% chi ne frequenta almeno tre quarti."
        )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.can_edit = ctx.actor.role in EDITORS
        self.setAccessibleName(self.tr("Corsi di gruppo"))
        self.courses: list[CourseRow] = []
        self.editions: dict[int, EditionRow] = {}
        self.edition: EditionRow | None = None
        self.sessions: list[SessionRow] = []
        self._user_rows: list[UserRow] | None = None
        self.sub_dialog: FormDialog | None = None
        self.shown_session: int | None = None  # the session whose register is on screen
        self.unsaved = False  # the register on screen has changes not saved yet
        self._leave_unsaved = False

        # -- left: courses and their editions
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Corsi ed edizioni"))
        self.tree.setHeaderLabels([self.tr("Corso / edizione"), self.tr("Iscritti")])
        self.tree.setRootIsDecorated(True)
        tree_header = self.tree.header()
        tree_header.setStretchLastSection(False)
        tree_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        tree_header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setMinimumWidth(self.fontMetrics().averageCharWidth() * 42)
        self.tree.currentItemChanged.connect(self._on_tree_current_changed)
        tree_label = QLabel(self.tr("C&orsi ed edizioni:"))
        tree_label.setBuddy(self.tree)
        self.tree_empty = EmptyState()
        self.tree_empty.setAccessibleName(self.tr("Corsi ed edizioni"))
        self.tree_stack = QStackedWidget()
        self.tree_stack.addWidget(self.tree)
        self.tree_stack.addWidget(self.tree_empty)
        self.new_course_button = QPushButton(self.tr("&Nuovo corso"))
        self.new_course_button.clicked.connect(self._on_new_course)
        self.new_edition_button = QPushButton(self.tr("Nuova &edizione"))
        self.new_edition_button.clicked.connect(self._on_new_edition)
        left_buttons = QHBoxLayout()
        left_buttons.addWidget(self.new_course_button)
        left_buttons.addWidget(self.new_edition_button)
        left_buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(tree_label)
        left_layout.addWidget(self.tree_stack, 1)
        left_layout.addLayout(left_buttons)

        # -- right: the edition
        self.title = section_title("")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_enrolled(), self.tr("Isc&ritti"))
        self.tabs.addTab(self._build_calendar(), self.tr("Calend&ario"))
        self.tabs.addTab(self._build_register(), self.tr("Re&gistro"))
        self.tabs.currentChanged.connect(lambda _i: self._load_tab())
        self.edition_page = QWidget()
        page_layout = QVBoxLayout(self.edition_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.title)
        page_layout.addWidget(self.summary)
        page_layout.addWidget(self.tabs, 1)
        self.no_edition = EmptyState()
        self.no_edition.setAccessibleName(self.tr("Edizione"))
        self.right = QStackedWidget()
        self.right.addWidget(self.edition_page)
        self.right.addWidget(self.no_edition)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        unit = self.fontMetrics().averageCharWidth()
        splitter.setSizes([unit * 38, unit * 130])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self.register_page)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self._on_save_register)
        for button in (
            self.new_course_button,
            self.new_edition_button,
            self.enrol_button,
            self.withdraw_button,
            self.new_session_button,
            self.weekly_button,
            self.edit_session_button,
            self.delete_session_button,
            self.all_present_button,
            self.save_register_button,
        ):
            button.setEnabled(self.can_edit)
        self.search_edit.setEnabled(self.can_edit)
        self.refresh()

    # ------------------------------------------------------------------ building the tabs

    def _build_enrolled(self) -> QWidget:
        page = QWidget()
        self.search_edit = _line_edit(self.tr("Iscrivi: nome o codice fiscale"))
        self.search_edit.setPlaceholderText(
            self.tr("cognome, nome o codice fiscale; Invio iscrive")
        )
        self.search_edit.textChanged.connect(self._on_search_changed)
        self.search_edit.returnPressed.connect(self._on_enrol)
        search_label = QLabel(self.tr("&Iscrivi:"))
        search_label.setBuddy(self.search_edit)
        self.match_combo = QComboBox()
        self.match_combo.setAccessibleName(self.tr("Persona da iscrivere"))
        self.match_combo.setMinimumContentsLength(28)
        self.match_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        match_label = QLabel(self.tr("&Persona:"))
        match_label.setBuddy(self.match_combo)
        self.since_edit = _line_edit(self.tr("Iscritto dal"), self.tr("gg/mm/aaaa"), 10)
        self.since_edit.setText(fmt_date(date.today()))
        self.since_edit.setMaximumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.since_edit.returnPressed.connect(self._on_enrol)
        since_label = QLabel(self.tr("&dal:"))
        since_label.setBuddy(self.since_edit)
        self.enrol_button = QPushButton(self.tr("Iscri&vi"))
        self.enrol_button.clicked.connect(self._on_enrol)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(self.search_edit, 2)
        row.addWidget(match_label)
        row.addWidget(self.match_combo, 2)
        row.addWidget(since_label)
        row.addWidget(self.since_edit)
        row.addWidget(self.enrol_button)

        self.share_model = ShareTableModel(self)
        self.share_table = RowTableView(self.tr("Iscritti e quota di presenza"))
        self.share_table.setModel(self.share_model)
        self.share_table.set_column_widths((20, 22, 10, 6, 13, 6, 6, 6, 6))
        self.share_view = TableOrEmpty(self.share_table)
        self.rule_label = hint_label(self.share_rule())
        self.rule_label.setAccessibleName(self.tr("Come si calcola la quota di presenza"))
        self.withdraw_button = QPushButton(self.tr("&Togli iscrizione"))
        self.withdraw_button.clicked.connect(self._on_withdraw)
        self.enrolled_status = QLabel()
        self.enrolled_status.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.enrolled_status, 1)
        bottom.addWidget(self.withdraw_button)

        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.share_view, 1)
        layout.addWidget(self.rule_label)
        layout.addLayout(bottom)
        return page

    def _build_calendar(self) -> QWidget:
        page = QWidget()
        self.session_model = SessionTableModel(self)
        self.session_table = RowTableView(self.tr("Calendario degli incontri"))
        self.session_table.setModel(self.session_model)
        self.session_table.set_column_widths((10, 10, 6, 6, 4, 28, 18, 16))
        self.session_table.row_activated.connect(self._on_session_activated)
        self.session_view = TableOrEmpty(self.session_table)
        self.new_session_button = QPushButton(self.tr("Nuovo in&contro"))
        self.new_session_button.clicked.connect(lambda: self._on_session_dialog(weekly=False))
        self.weekly_button = QPushButton(self.tr("Ripeti ogni &settimana"))
        self.weekly_button.clicked.connect(lambda: self._on_session_dialog(weekly=True))
        self.edit_session_button = QPushButton(self.tr("&Modifica"))
        self.edit_session_button.clicked.connect(self._on_edit_session)
        self.delete_session_button = QPushButton(self.tr("E&limina"))
        self.delete_session_button.clicked.connect(self._on_delete_session)
        buttons = QHBoxLayout()
        for button in (
            self.new_session_button,
            self.weekly_button,
            self.edit_session_button,
            self.delete_session_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        hint = QLabel(self.tr("Invio su un incontro apre il suo registro presenze."))
        hint.setObjectName("hint")
        layout = QVBoxLayout(page)
        layout.addWidget(self.session_view, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        return page

    def _build_register(self) -> QWidget:
        self.register_page = QWidget()
        self.session_combo = QComboBox()
        self.session_combo.setAccessibleName(self.tr("Incontro"))
        self.session_combo.currentIndexChanged.connect(self._on_session_combo_changed)
        session_label = QLabel(self.tr("In&contro:"))
        session_label.setBuddy(self.session_combo)
        top = QHBoxLayout()
        top.addWidget(session_label)
        top.addWidget(self.session_combo, 1)

        self.register_model = RegisterTableModel(self)
        self.register_model.changed.connect(self._on_register_changed)
        self.register_table = RegisterTableView(self.register_model)
        self.register_empty = EmptyState()
        self.register_empty.setAccessibleName(self.tr("Registro presenze"))
        self.register_stack = QStackedWidget()
        self.register_stack.addWidget(self.register_table)
        self.register_stack.addWidget(self.register_empty)
        keys = hint_label(
            self.tr(
                "Tastiera: Tab e frecce passano da una casella all'altra; Spazio alterna "
                "presente / assente / giustificato (P, A, G li scelgono); le cifre scrivono i "
                "minuti; Ctrl+S salva."
            )
        )
        self.register_status = QLabel()
        self.register_status.setWordWrap(True)
        self.register_status.setAccessibleName(self.tr("Esito del registro"))
        self.all_present_button = QPushButton(self.tr("Tutti &presenti"))
        self.all_present_button.clicked.connect(self._on_all_present)
        self.save_register_button = QPushButton(self.tr("&Salva registro"))
        self.save_register_button.setToolTip(self.tr("Salva il registro (Ctrl+S)"))
        self.save_register_button.clicked.connect(self._on_save_register)
        buttons = QHBoxLayout()
        buttons.addWidget(self.register_status, 1)
        buttons.addWidget(self.all_present_button)
        buttons.addWidget(self.save_register_button)
        layout = QVBoxLayout(self.register_page)
        layout.addLayout(top)
        layout.addWidget(self.register_stack, 1)
        layout.addWidget(keys)
        layout.addLayout(buttons)
        return self.register_page

    # ------------------------------------------------------------------ loading

    def focus_main(self) -> None:
        """The keyboard lands on the list of courses (or on «Nuovo corso» when there is none)."""
        if self.tree_stack.currentWidget() is self.tree:
            self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.new_course_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def refresh(self, select_edition: int | None = None) -> None:
        """Read the courses and editions again, keeping (or choosing) the edition shown."""
        from storage.services.courses import list_courses, list_editions

        keep = select_edition if select_edition is not None else (
            self.edition.id if self.edition else None
        )  # fmt: skip
        with reporting_errors(self):
            self.courses = list_courses(self.ctx.db, self.ctx.actor)
            editions = list_editions(self.ctx.db, self.ctx.actor)
            self.editions = {e.id: e for e in editions}
            self.tree.blockSignals(True)
            self.tree.clear()
            chosen: QTreeWidgetItem | None = None
            for course in self.courses:
                item = QTreeWidgetItem(
                    [
                        f"{course.code} — {course.title}",
                        "",
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, ("course", course.id))
                item.setToolTip(
                    0,
                    self.tr("{service}, {hours} ore").format(
                        service=labels.service_type_label(course.service_type),
                        hours=fmt_hours(course.total_hours),
                    ),
                )
                self.tree.addTopLevelItem(item)
                for edition in editions:
                    if edition.course_id != course.id:
                        continue
                    child = QTreeWidgetItem(
                        [f"{edition.code} · {edition.town}", str(edition.enrolled)]
                    )
                    child.setData(0, Qt.ItemDataRole.UserRole, ("edition", edition.id))
                    child.setToolTip(
                        0, f"{fmt_date(edition.start_date)} – {fmt_date(edition.end_date)}"
                    )
                    item.addChild(child)
                    if edition.id == keep:
                        chosen = child
                item.setExpanded(True)
            self.tree.blockSignals(False)
            first = self.tree.topLevelItem(0)
            if chosen is None and first is not None:
                chosen = first.child(0) if first.childCount() else first
            if chosen is not None:
                self.tree.setCurrentItem(chosen)
            self.edition = self.editions.get(keep) if keep is not None else None
            self._on_tree_current_changed(self.tree.currentItem(), None)
        if self.courses:
            self.tree_stack.setCurrentWidget(self.tree)
        else:
            self.tree_empty.setText(
                self.tr(
                    "Nessun corso. Create il primo con «Nuovo corso» (Alt+N): codice, titolo, "
                    "servizio e ore totali; poi le sue edizioni con «Nuova edizione» (Alt+E)."
                )
            )
            self.tree_stack.setCurrentWidget(self.tree_empty)
        self.new_edition_button.setEnabled(self.can_edit and bool(self.courses))

    def _current_course_id(self) -> int | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        kind, key = item.data(0, Qt.ItemDataRole.UserRole)
        if kind == "course":
            return int(key)
        edition = self.editions.get(int(key))
        return edition.course_id if edition else None

    def _on_tree_current_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        data = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        edition = self.editions.get(int(data[1])) if data and data[0] == "edition" else None
        self.edition = edition
        if edition is None:
            if not self.courses:
                text = self.tr("Qui appariranno le edizioni dei corsi.")
            elif data and data[0] == "course":
                text = self.tr(
                    "Questo corso non ha ancora edizioni scelte: «Nuova edizione» (Alt+E) ne crea "
                    "una con comune e date; poi scegliete l'edizione a sinistra."
                )
            else:
                text = self.tr("Scegliete un'edizione a sinistra.")
            self.no_edition.setText(text)
            self.right.setCurrentWidget(self.no_edition)
            return
        self.right.setCurrentWidget(self.edition_page)
        self._show_edition_head()
        self._load_tab()

    def _show_edition_head(self) -> None:
        edition = self.edition
        if edition is None:
            return
        self.title.setText(f"{edition.code} — {edition.course_title}")
        dates = fmt_date(edition.start_date)
        if edition.end_date:
            dates += f" – {fmt_date(edition.end_date)}"
        self.summary.setText(
            self.tr(
                "{town}, {dates} · {service} · {sessions} incontri in calendario, "
                "{scheduled} ore su {total} del corso · {enrolled} iscritti"
            ).format(
                town=edition.town,
                dates=dates,
                service=labels.service_type_label(edition.service_type),
                sessions=edition.sessions,
                scheduled=_hours_of(edition.scheduled_minutes),
                total=fmt_hours(edition.total_hours),
                enrolled=edition.enrolled,
            )
        )

    def _reload_edition(self) -> None:
        """After a change: the counts on the left and in the heading, then the open tab."""
        if self.edition is not None:
            self.refresh(self.edition.id)

    def _load_tab(self) -> None:
        if self.edition is None:
            return
        index = self.tabs.currentIndex()
        if index == 0:
            self._load_enrolled()
        elif index == 1:
            self._load_calendar()
        else:
            self._load_sessions_combo()

    def _load_enrolled(self) -> None:
        from storage.services.courses import attendance_shares

        assert self.edition is not None
        with reporting_errors(self):
            rows = attendance_shares(self.ctx.db, self.ctx.actor, self.edition.id)
            self.share_model.set_rows(rows)
        if self.share_model.rowCount():
            self.share_view.show_table()
            passing = sum(1 for r in self.share_model.rows() if r.passes_75)
            self.enrolled_status.setText(
                self.tr("{n} iscritti, {passing} sopra il 75%").format(
                    n=self.share_model.rowCount(), passing=passing
                )
            )
        else:
            self.share_view.show_empty(
                self.tr(
                    "Nessun iscritto. Scrivete cognome, nome o codice fiscale in «Iscrivi» "
                    "(Alt+I) e premete Invio: si iscrive chi ha un percorso aperto."
                )
            )
            self.enrolled_status.clear()

    def _load_calendar(self) -> None:
        from storage.services.courses import list_sessions

        assert self.edition is not None
        with reporting_errors(self):
            self.sessions = list_sessions(self.ctx.db, self.ctx.actor, self.edition.id)
            self.session_model.set_rows(self.sessions)
        if self.sessions:
            self.session_view.show_table()
        else:
            self.session_view.show_empty(
                self.tr(
                    "Nessun incontro in calendario. «Nuovo incontro» (Alt+C) ne aggiunge uno; "
                    "«Ripeti ogni settimana» (Alt+S) crea una serie nello stesso giorno."
                )
            )

    def _load_sessions_combo(self, select_id: int | None = None) -> None:
        from storage.services.courses import list_sessions

        assert self.edition is not None
        keep = select_id if select_id is not None else self.session_combo.currentData()
        with reporting_errors(self):
            self.sessions = list_sessions(self.ctx.db, self.ctx.actor, self.edition.id)
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        today = date.today()
        held = [s for s in self.sessions if s.day <= today]
        to_take = [s for s in held if s.recorded == 0]
        candidates = to_take or held[-1:] or self.sessions[:1]
        default = candidates[0] if candidates else None
        for sitting in self.sessions:
            state = (
                self.tr("in programma")
                if sitting.day > today
                else self.tr("da compilare")
                if sitting.recorded == 0
                else self.tr("{present} presenti").format(present=sitting.present)
            )
            self.session_combo.addItem(
                f"{labels.weekday_short(sitting.day.weekday())} {fmt_date(sitting.day)} "
                f"{sitting.start:%H:%M}–{sitting.end:%H:%M} · {state}",
                sitting.id,
            )
        if keep is not None and self.session_combo.findData(keep) >= 0:
            choice = keep
        else:
            choice = default.id if default is not None else None
        self.session_combo.setCurrentIndex(max(self.session_combo.findData(choice), 0))
        self.session_combo.blockSignals(False)
        self._load_register()

    def _session(self, session_id: int) -> SessionRow:
        return next(s for s in self.sessions if s.id == session_id)

    def _load_register(self) -> None:
        from storage.services.courses import attendance_register

        session_id = self.session_combo.currentData()
        self.shown_session = session_id
        self.unsaved = self._leave_unsaved = False
        self.register_status.clear()
        ready = False
        if session_id is None:
            self.register_empty.setText(
                self.tr(
                    "Nessun incontro in calendario: aggiungeteli nella scheda «Calendario», poi "
                    "tornate qui per il registro."
                )
            )
        else:
            sitting = self._session(int(session_id))
            if sitting.day > date.today():
                self.register_empty.setText(
                    self.tr(
                        "L'incontro del {day} non si è ancora svolto: il registro si compila dal "
                        "giorno dell'incontro."
                    ).format(day=fmt_date(sitting.day))
                )
            else:
                with reporting_errors(self):
                    register = attendance_register(self.ctx.db, self.ctx.actor, sitting.id)
                    self.register_model.load(register)
                    if register.lines:
                        ready = True
                    else:
                        self.register_empty.setText(
                            self.tr(
                                "Nessuno era iscritto il {day}: iscrivete le persone nella "
                                "scheda «Iscritti» (la data di iscrizione conta)."
                            ).format(day=fmt_date(sitting.day))
                        )
                    if ready and not register.taken:
                        self.register_status.setText(
                            self.tr("Registro da compilare: indicate la presenza di ognuno.")
                        )
        self.register_stack.setCurrentWidget(self.register_table if ready else self.register_empty)
        for button in (self.all_present_button, self.save_register_button):
            button.setEnabled(self.can_edit and ready)

    # ------------------------------------------------------------------ courses and editions

    def _open_sub_dialog(self, dialog: FormDialog, done: Any) -> None:
        """Open a dialog without blocking; `done` runs when it is accepted."""
        self.sub_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(done)
        dialog.finished.connect(self._on_sub_dialog_finished)
        dialog.open()

    def _on_sub_dialog_finished(self, _result: int) -> None:
        self.sub_dialog = None

    def _on_new_course(self) -> None:
        dialog = CourseDialog(self.ctx, self)

        def done() -> None:
            if dialog.created is not None:
                self.refresh()
                self.tree.setFocus()

        self._open_sub_dialog(dialog, done)

    def _on_new_edition(self) -> None:
        dialog = EditionDialog(self.ctx, self.courses, self._current_course_id(), self)

        def done() -> None:
            if dialog.created is not None:
                self.refresh(dialog.created.id)
                self.tree.setFocus()

        self._open_sub_dialog(dialog, done)

    # ------------------------------------------------------------------ enrolment

    def _on_search_changed(self, text: str) -> None:
        from models.rows import ParticipantQuery
        from storage.services.participants import list_participants

        self.match_combo.clear()
        if len(text.strip()) < 2:
            return
        with reporting_errors(self):
            for person in list_participants(
                self.ctx.db, self.ctx.actor, ParticipantQuery(text=text.strip()), limit=20
            ):
                code = person.codice_fiscale or person.internal_code
                self.match_combo.addItem(
                    f"{person.last_name} {person.first_name} ({code})", person.internal_code
                )

    def _on_enrol(self) -> None:
        from storage.services.courses import enrol

        if self.edition is None:
            return
        key = self.match_combo.currentData()
        if key is None:
            self.enrolled_status.setText(
                self.tr("Nessuna persona trovata: scrivete almeno due lettere del cognome o il "
                        "codice fiscale.")
            )  # fmt: skip
            self.search_edit.setFocus()
            return
        try:
            row = enrol(
                self.ctx.db, self.ctx.actor, self.edition.id, str(key), self.since_edit.text()
            )
        except EXPECTED_ERRORS as exc:
            self.enrolled_status.setText(str(exc))
            if not isinstance(exc, ValidationError) or exc.field != "enrolled_on":
                message_box(self, self.tr("Iscrizione non fatta"), str(exc))
            if isinstance(exc, ValidationError):
                self.since_edit.setFocus()
            return
        self.search_edit.clear()
        self._reload_edition()
        self.enrolled_status.setText(
            self.tr("{name} iscritto dal {day}.").format(
                name=row.name, day=fmt_date(row.enrolled_on)
            )
        )
        self.search_edit.setFocus()

    def _on_withdraw(self) -> None:
        from storage.services.courses import withdraw

        row = self.share_model.row_at(self.share_table.currentIndex().row())
        if row is None or self.edition is None:
            return
        with reporting_errors(self):
            withdraw(self.ctx.db, self.ctx.actor, self.edition.id, row.participant_id)
            self._reload_edition()
            self.enrolled_status.setText(self.tr("{name}: iscrizione tolta.").format(name=row.name))

    # ------------------------------------------------------------------ calendar

    def _users(self) -> list[UserRow]:
        from storage.services.admin import list_users

        if self._user_rows is None:
            self._user_rows = []
            with reporting_errors(self):
                self._user_rows = list_users(self.ctx.db, self.ctx.actor)
        return self._user_rows

    def _on_session_dialog(self, *, weekly: bool, sitting: SessionRow | None = None) -> None:
        if self.edition is None:
            return
        dialog = SessionDialog(
            self.ctx, self.edition, self._users(), weekly=weekly, sitting=sitting, parent=self
        )

        def done() -> None:
            self._reload_edition()
            self.session_table.setFocus()

        self._open_sub_dialog(dialog, done)

    def _current_session(self) -> SessionRow | None:
        return self.session_model.row_at(self.session_table.currentIndex().row())

    def _on_edit_session(self) -> None:
        sitting = self._current_session()
        if sitting is not None:
            self._on_session_dialog(weekly=False, sitting=sitting)

    def _on_delete_session(self) -> None:
        from storage.services.courses import delete_session

        sitting = self._current_session()
        if sitting is None:
            return
        with reporting_errors(self):
            delete_session(self.ctx.db, self.ctx.actor, sitting.id)
            self._reload_edition()

    def _on_session_activated(self, row: int) -> None:
        sitting = self.session_model.row_at(row)
        if sitting is None:
            return
        self.tabs.setCurrentIndex(2)
        self._load_sessions_combo(sitting.id)
        self.register_table.setFocus()

    # ------------------------------------------------------------------ register

    def _on_register_changed(self) -> None:
        self.unsaved = True
        self.register_status.setText(self.tr("Modifiche non salvate (Ctrl+S per salvare)."))

    def _on_session_combo_changed(self, _index: int) -> None:
        """Another session: the first attempt with unsaved changes stays and warns; choosing
        again leaves them."""
        if self.unsaved and not self._leave_unsaved:
            self._leave_unsaved = True
            self.session_combo.blockSignals(True)
            self.session_combo.setCurrentIndex(self.session_combo.findData(self.shown_session))
            self.session_combo.blockSignals(False)
            self.register_status.setText(
                self.tr(
                    "Il registro ha modifiche non salvate: Ctrl+S le salva; scegliete di nuovo "
                    "l'incontro per lasciarle."
                )
            )
            return
        self._load_register()

    def _on_all_present(self) -> None:
        for row in range(self.register_model.rowCount()):
            if self.register_model.status[row] is None:
                self.register_model.set_status(row, AttendanceStatus.PRESENT)
        self.register_table.setFocus()

    def _on_save_register(self) -> None:
        from storage.services.courses import AttendanceEntry, record_attendance

        self.register_table.commit_open_editor()
        session_id = self.session_combo.currentData()
        if session_id is None or self.register_stack.currentWidget() is not self.register_table:
            return
        missing = self.register_model.unmarked()
        if missing:
            self.register_status.setText(
                self.tr("Indicate la presenza di: {names}.").format(names=", ".join(missing))
            )
            self.register_table.setFocus()
            row = self.register_model.status.index(None)
            self.register_table.setCurrentIndex(
                self.register_model.index(row, RegisterTableModel.COL_STATUS)
            )
            return
        entries = [
            AttendanceEntry(line.participant_id, status, minutes)
            for line, status, minutes in zip(
                self.register_model.lines,
                self.register_model.status,
                self.register_model.minutes,
                strict=True,
            )
            if status is not None
        ]
        try:
            result = record_attendance(self.ctx.db, self.ctx.actor, int(session_id), entries)
        except EXPECTED_ERRORS as exc:
            self.register_status.setText(str(exc))
            message_box(self, self.tr("Registro non salvato"), str(exc))
            return
        text = self.tr(
            "Registro salvato: {present} presenti, {absent} assenti, {excused} giustificati; "
            "ore al percorso per {deliveries} persone."
        ).format(
            present=result.present,
            absent=result.absent,
            excused=result.excused,
            deliveries=result.deliveries,
        )
        if result.without_pathway:
            text += " " + self.tr("Senza percorso aperto (ore non contate): {names}.").format(
                names=", ".join(result.without_pathway)
            )
        self._reload_edition()
        self.register_status.setText(text)
        self.register_table.setFocus()

"""The base of the editing dialogs: each expected error is shown where it belongs.

A `ValidationError` goes under the field it names (switching to the tab that holds it and putting
the cursor there) and the dialog stays open; a `ConflictError`, or a validation error about a
field the dialog does not show, goes in a red line above the buttons; `PermissionDenied` and
`StorageUnavailable` open a message box over the dialog. Anything else is a bug and is raised.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gui.dialogs import confirm, expected_error_box
from models.errors import ConflictError, SportelloError, ValidationError


def error_label() -> QLabel:
    """A red line, hidden until it has something to say."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setVisible(False)
    return label


class FormDialog(QDialog):
    """A dialog of fields, each with a place for its error (see the module docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        self.banner = error_label()
        self.banner.setAccessibleName(self.tr("Problema"))
        # The «close without saving?» question while it is open.
        self.close_box: QMessageBox | None = None

    # ------------------------------------------------------------------ closing

    def has_unsaved_changes(self) -> bool:
        """Whether closing now would lose typed changes (dialogs that keep a record say so)."""
        return False

    def unsaved_question(self) -> str:
        return self.tr("Ci sono modifiche non salvate. Chiudere senza salvarle?")

    def reject(self) -> None:
        """Esc or «Chiudi»: with changes not saved, ask first (without blocking)."""
        if self.close_box is not None:
            return
        if not self.has_unsaved_changes():
            super().reject()
            return
        self.close_box = confirm(
            self,
            self.tr("Modifiche non salvate"),
            self.unsaved_question(),
            self.tr("Chiudi &senza salvare"),
            lambda: QDialog.reject(self),
            keep=self.tr("&Torna alla scheda"),
        )
        self.close_box.finished.connect(lambda _r: setattr(self, "close_box", None))

    # ------------------------------------------------------------------ building

    def register(self, key: str, field: QWidget, error: QLabel | None = None) -> QLabel:
        """Give a field (named as the services name it) a place for its error."""
        label = error or error_label()
        label.setAccessibleName(self.tr("Errore: {field}").format(field=field.accessibleName()))
        self.errors[key] = label
        self.fields[key] = field
        return label

    def with_error(self, key: str, field: QWidget, focus: QWidget | None = None) -> QWidget:
        """The field with its error line under it, ready for a form row.

        `focus` is the widget that takes the cursor on an error, when `field` only holds it.
        """
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(self.register(key, focus or field))
        return holder

    def add_row(
        self,
        form: QFormLayout,
        key: str,
        caption: str,
        field: QWidget,
        buddy: QWidget | None = None,
    ) -> QLabel:
        """A form row: caption (its accelerator moves to the field), field, error line."""
        label = QLabel(caption)
        label.setBuddy(buddy or field)
        form.addRow(label, self.with_error(key, field, buddy))
        return label

    # ------------------------------------------------------------------ errors

    def clear_errors(self) -> None:
        for label in (*self.errors.values(), self.banner):
            label.clear()
            label.setVisible(False)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(True)
        self.fit_height()

    def fit_height(self) -> None:
        """Grow (never shrink) so that the error lines just shown are not cut."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        width = self.width()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(width)
        else:
            needed = layout.totalSizeHint().height()
        if needed > self.height():
            self.resize(width, needed)

    def show_field_error(self, exc: ValidationError) -> bool:
        """Put the message under its field and the cursor in it; False if no such field."""
        label = self.errors.get(exc.field)
        field = self.fields.get(exc.field)
        if label is None or field is None:
            return False
        label.setText(str(exc))
        label.setVisible(True)
        self.reveal(field)
        if field.isEnabled():
            # A compound field (the weekly hours) says itself where the cursor should go.
            focus_problem = getattr(field, "focus_problem", None)
            if callable(focus_problem):
                focus_problem()
            else:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
        self.fit_height()
        return True

    @staticmethod
    def run_checks(checks: Iterable[Callable[[], object]]) -> list[ValidationError]:
        """Every problem of the form at once, with the same rules the services apply."""
        problems = []
        for check in checks:
            try:
                check()
            except ValidationError as exc:
                problems.append(exc)
        return problems

    def show_problems(self, problems: Sequence[ValidationError]) -> bool:
        """Show them all (the cursor ends in the first one); False when there are none."""
        for exc in reversed(problems):
            self.show_problem(exc)
        return bool(problems)

    def show_problem(self, exc: SportelloError) -> None:
        """Show an expected failure where the person will see it; the dialog stays open."""
        if isinstance(exc, ValidationError):
            if not self.show_field_error(exc):
                self.show_banner(str(exc))
        elif isinstance(exc, ConflictError):
            self.show_banner(str(exc))
        else:
            expected_error_box(self, exc)

    def reveal(self, widget: QWidget) -> None:
        """Bring forward every tab between the dialog and the widget."""
        child: QWidget | None = widget
        while child is not None and child is not self:
            parent = child.parentWidget()
            if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
                tabs = parent.parentWidget()
                assert isinstance(tabs, QTabWidget)
                tabs.setCurrentWidget(child)
            child = parent

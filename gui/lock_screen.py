"""The idle lock: after some minutes without keyboard or mouse input, the window hides its content.

`SessionLock` belongs to the main window. It watches input for the whole application
(`IdleWatcher`, an event filter that restarts a single-shot timer) and, when the time is up or on
«File › Blocca ora», it:
- shows an empty «locked» page in the main window instead of the sections, and disables the menus;
- covers every other open window (dialogs, the participant page, previews) with an opaque panel
  and gives them a neutral title, without closing them: what was being typed is still there
  after unlocking;
- opens `LockScreen`, an application-modal dialog with who is signed in and a password field.
The right password unlocks; wrong ones count toward the lockout like at sign-in (they are the
same `sign_in` call); «Esci» closes the program.

The lock only arms for a signed-in user: whoever runs the program as the administrator of the file
(no user yet, or --smoke) has no password to unlock with.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenuBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gui import labels
from gui.form_dialog import error_label
from gui.sign_in import LockoutWait
from gui.widgets import hint_label
from models.errors import PermissionDenied, StorageUnavailable

if TYPE_CHECKING:
    from gui.context import AppContext

log = logging.getLogger(__name__)

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    """Emits `idle_reached` after `interval_ms` without keyboard, mouse or touch input."""

    idle_reached = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # One timer only: precise costs nothing, and a coarse one may fire minutes late.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.idle_reached)
        self._installed = False

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def set_interval_ms(self, interval_ms: int) -> None:
        self.timer.setInterval(interval_ms)
        if self.timer.isActive():
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False


class LockScreen(QDialog):
    """«Sportello è bloccato»: who is signed in, a password field, «Sblocca» and «Esci»."""

    unlocked = Signal()
    quit_requested = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Sportello bloccato"))
        self.setAccessibleName(self.tr("Sportello bloccato"))
        self.setModal(True)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        # No close button: the way out is the password or «Esci».
        self.setWindowFlags(
            Qt.WindowType.Dialog | Qt.WindowType.CustomizeWindowHint | Qt.WindowType.WindowTitleHint
        )
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)

        actor = ctx.actor
        title = QLabel(self.tr("Sportello è bloccato"))
        title.setObjectName("welcomeTitle")
        self.who = QLabel(
            self.tr("Utente: {name} ({role})").format(
                name=actor.full_name or actor.username, role=labels.role_label(actor.role)
            )
        )
        self.who.setAccessibleName(self.tr("Utente che ha bloccato"))
        explanation = hint_label(
            self.tr(
                "Il contenuto è nascosto. Scrivete la vostra password per riprendere da dove "
                "eravate, oppure uscite dal programma."
            )
        )
        self.password_edit = QLineEdit()
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(256)
        password_label = QLabel(self.tr("&Password:"))
        password_label.setBuddy(self.password_edit)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(password_label, self.password_edit)
        self.error = error_label()
        self.error.setAccessibleName(self.tr("Sblocco rifiutato"))

        self.unlock_button = QPushButton(self.tr("&Sblocca"))
        self.unlock_button.setObjectName("primaryButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.quit_button = QPushButton(self.tr("&Esci"))
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self._on_quit_clicked)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.unlock_button)

        self.wait = LockoutWait(self.unlock_button, self.tr("&Sblocca"), self)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.who)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.password_edit.setFocus()

    def try_unlock(self) -> None:
        """The same check as signing in (wrong passwords count toward the lockout)."""
        from storage.services.auth import SignInRefused, sign_in

        if not self.unlock_button.isEnabled():
            return
        password = self.password_edit.text()
        self.password_edit.clear()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            actor = sign_in(self.ctx.db, self.ctx.actor.username, password, via="unlock")
        except SignInRefused as exc:
            self._refused(str(exc), exc.retry_after)
            return
        except (PermissionDenied, StorageUnavailable) as exc:
            self._refused(str(exc), None)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        if actor.user_id != self.ctx.actor.user_id:
            self._refused(self.tr("Nome utente o password errati."), None)
            return
        self.error.setVisible(False)
        self.unlocked.emit()
        self.accept()

    def _refused(self, message: str, wait: int | None) -> None:
        self.error.setText(message)
        self.error.setVisible(True)
        self.password_edit.setFocus()
        if wait:
            self.wait.start(wait)

    def _on_quit_clicked(self) -> None:
        self.quit_requested.emit()
        self.accept()

    # Neither Esc nor the window manager's close button gets past the lock.
    def reject(self) -> None:
        return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.result() == QDialog.DialogCode.Accepted:
            super().closeEvent(event)
        else:
            event.ignore()


class _Cover(QWidget):
    """An opaque panel over a whole window while the program is locked."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockCover")
        self.setAutoFillBackground(True)
        self.setAttribute(Qt.WidgetAttribute.WA_NoMousePropagation)
        text = QLabel(self.tr("Sportello è bloccato"), self)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        self.setGeometry(parent.rect())
        parent.installEventFilter(self)
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
            self.raise_()
        return False


class SessionLock(QObject):
    """Locks and unlocks a main window (see the module docstring)."""

    locked = Signal()
    unlocked = Signal()

    def __init__(self, window: QMainWindow, ctx: AppContext, minutes: int = 10) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.watcher = IdleWatcher(minutes * 60_000, self)
        self.watcher.idle_reached.connect(self.lock)
        self.screen: LockScreen | None = None
        self._covers: list[_Cover] = []
        self._titles: list[tuple[QWidget, str]] = []
        self._page: QWidget | None = None
        self._previous_page: QWidget | None = None
        self._actions: list[QAction] = []

    # ------------------------------------------------------------------ arming

    def can_lock(self) -> bool:
        """Only a signed-in user has a password to unlock with."""
        return self.ctx.actor.user_id is not None

    def arm(self, minutes: int | None = None) -> None:
        """Start (or restart) watching for idleness, with new minutes when given."""
        if minutes is not None:
            self.watcher.set_interval_ms(minutes * 60_000)
        if self.can_lock() and not self.is_locked():
            self.watcher.start()

    def disarm(self) -> None:
        self.watcher.stop()

    def is_locked(self) -> bool:
        return self.screen is not None

    # ------------------------------------------------------------------ locking

    def _pages(self) -> QWidget | None:
        pages = getattr(self.window, "pages", None)
        return pages if isinstance(pages, QWidget) else None

    def lock(self) -> None:
        """Hide everything personal and ask for the password."""
        if self.is_locked() or not self.can_lock():
            return
        self.watcher.stop()
        log.info("Window locked")
        pages = self._pages()
        if isinstance(pages, QStackedWidget):
            self._previous_page = pages.currentWidget()
            self._page = QWidget()
            self._page.setObjectName("lockedPage")
            self._page.setAccessibleName(self.tr("Sportello bloccato"))
            pages.addWidget(self._page)
            pages.setCurrentWidget(self._page)
        else:
            self._covers.append(_Cover(self.window))
        menu_bar = self.window.menuBar()
        if isinstance(menu_bar, QMenuBar):
            menu_bar.setEnabled(False)
        # Application-wide shortcuts (Ctrl+F, Ctrl+1…) must not reach the hidden window.
        self._actions = [a for a in self.window.findChildren(QAction) if a.isEnabled()]
        for action in self._actions:
            action.setEnabled(False)
        neutral = self.tr("Sportello (bloccato)")
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible():
                continue
            self._titles.append((widget, widget.windowTitle()))
            widget.setWindowTitle(neutral)
            self._covers.append(_Cover(widget))
        self._titles.append((self.window, self.window.windowTitle()))
        self.window.setWindowTitle(neutral)
        screen = LockScreen(self.ctx, self.window)
        screen.unlocked.connect(self.unlock)
        screen.quit_requested.connect(self._on_quit_requested)
        self.screen = screen
        screen.open()
        screen.password_edit.setFocus()
        self.locked.emit()

    def unlock(self) -> None:
        """Bring everything back as it was and start watching again."""
        if self.screen is None:
            return
        log.info("Window unlocked")
        screen, self.screen = self.screen, None
        screen.deleteLater()
        for cover in self._covers:
            parent = cover.parentWidget()
            if parent is not None:
                parent.removeEventFilter(cover)
            cover.hide()
            cover.deleteLater()
        self._covers.clear()
        for widget, title in self._titles:
            widget.setWindowTitle(title)
        self._titles.clear()
        pages = self._pages()
        if isinstance(pages, QStackedWidget) and self._page is not None:
            if self._previous_page is not None and pages.indexOf(self._previous_page) >= 0:
                pages.setCurrentWidget(self._previous_page)
            pages.removeWidget(self._page)
            self._page.deleteLater()
        self._page = None
        self._previous_page = None
        menu_bar = self.window.menuBar()
        if isinstance(menu_bar, QMenuBar):
            menu_bar.setEnabled(True)
        for action in self._actions:
            action.setEnabled(True)
        self._actions = []
        self.unlocked.emit()
        self.arm()

    def _on_quit_requested(self) -> None:
        """«Esci» on the lock screen: close every window without asking (nothing is shown)."""
        log.info("Quit from the lock screen")
        self.screen = None
        for widget in QApplication.topLevelWidgets():
            if widget is self.window or not widget.isVisible():
                continue
            if isinstance(widget, QDialog):
                widget.done(QDialog.DialogCode.Rejected)
            else:
                widget.close()
        self.window.close()

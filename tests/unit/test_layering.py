"""The house rules: gui -> storage -> models, never backwards."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names
    return found


def test_models_and_storage_do_not_import_qt() -> None:
    """No PySide6 below the GUI."""
    for package in ("models", "storage"):
        offenders = [f for f, names in _imports(package).items() if "PySide6" in names]
        assert offenders == [], offenders


def test_models_do_not_import_storage_or_gui() -> None:
    """models/ is the bottom layer."""
    offenders = [f for f, n in _imports("models").items() if n & {"storage", "gui"}]
    assert offenders == [], offenders


def test_storage_does_not_import_gui() -> None:
    """storage/ never reaches up into the GUI."""
    offenders = [f for f, n in _imports("storage").items() if "gui" in n]
    assert offenders == [], offenders


def test_gui_does_not_import_sqlalchemy() -> None:
    """Widgets get plain rows from services; no SQLAlchemy in gui/."""
    offenders = [f for f, n in _imports("gui").items() if n & {"sqlalchemy", "alembic"}]
    assert offenders == [], offenders


def test_every_module_has_a_docstring() -> None:
    """Each file says what it is for."""
    missing = []
    for package in ("models", "storage", "gui"):
        for path in (ROOT / package).rglob("*.py"):
            if "versions" in path.parts:
                continue
            if ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) is None:
                missing.append(str(path.relative_to(ROOT)))
    assert missing == []

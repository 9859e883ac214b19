"""Save a PNG of every section of the main window, for the README and for looking at the GUI.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --db demo.db --out shots/

Uses the real window on the given database (load demo data first with `main.py demo`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", default="shots")
    parser.add_argument("--as", dest="as_user", default=None)
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=800)
    parser.add_argument("--lang", default="it")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from gui.app import apply_style, install_translators
    from gui.main_window import MainWindow
    from storage.schema import open_database
    from storage.services.common import resolve_actor

    app = QApplication(sys.argv[:1])
    translators = install_translators(app, args.lang)
    apply_style(app)
    db = open_database(args.db)
    window = MainWindow(db, resolve_actor(db, args.as_user), remember_geometry=False)
    window.resize(args.width, args.height)
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for index in range(window.nav.count()):
        window.show_section(index)
        for _ in range(20):
            app.processEvents()
        path = out / f"section-{index + 1}.png"
        window.grab().save(str(path))
        print(path)
    window.close()
    db.dispose()
    del translators
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

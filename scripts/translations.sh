#!/usr/bin/env bash
# Update the English translation of the GUI and compile it.
#
#   scripts/translations.sh
#
# pyside6-lupdate reads every gui/**/*.py file (self.tr in a class: context = class name;
# QCoreApplication.translate(context, ...) and QT_TRANSLATE_NOOP(context, ...): the context
# given) and merges new strings into resources/translations/sportello_en.ts, dropping the ones
# no longer in the code. New strings come in unfinished: translate them (Qt Linguist or an
# editor), then run this again so that pyside6-lrelease writes sportello_en.qm, the file the
# program loads with --lang en.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
OUT="resources/translations"
TS="$OUT/sportello_en.ts"
QM="$OUT/sportello_en.qm"

cd "$ROOT"
for tool in pyside6-lupdate pyside6-lrelease; do
  if [ ! -x "$VENV/bin/$tool" ]; then
    echo "Manca $VENV/bin/$tool: installare prima Sportello nel venv (scripts/setup.sh)." >&2
    exit 1
  fi
done
mkdir -p "$OUT"

# Sorted, so that the order of contexts in the .ts does not depend on the file system.
mapfile -t sources < <(find gui -name '*.py' -type f | LC_ALL=C sort)
if [ "${#sources[@]}" -eq 0 ]; then
  echo "Nessun file Python in gui/." >&2
  exit 1
fi

# Relative locations: line numbers that move do not rewrite the whole file.
"$VENV/bin/pyside6-lupdate" -no-obsolete -locations relative \
  -source-language it_IT -target-language en_GB \
  "${sources[@]}" -ts "$TS"
"$VENV/bin/pyside6-lrelease" "$TS" -qm "$QM"

unfinished=$(grep -c 'type="unfinished"' "$TS" || true)
if [ "$unfinished" -gt 0 ]; then
  echo "Attenzione: $unfinished messaggi da tradurre in $TS." >&2
fi

# Shared set-up for scripts/run and scripts/test (sourced, not executed).
# Installs the Debian libraries Qt needs (when root, or through sudo), creates .venv with
# Python >= 3.11 and installs Sportello into it; reinstalls only when pyproject.toml changes.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"

# Libraries PySide6 loads at run time (offscreen and on an X11 desktop).
QT_DEBS=(libegl1 libgl1 libopengl0 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0
         libdbus-1-3 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
         libxcb-image0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
         libxcb-randr0 libxcb-xfixes0 libx11-xcb1 fonts-dejavu-core)

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else 1)'; then
      echo "$candidate"; return 0
    fi
  done
  echo "Serve Python 3.11 o successivo (apt-get install python3)." >&2
  return 1
}

install_debs() {
  local wanted=("$@") missing=()
  command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian: nothing to do here
  for pkg in "${wanted[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" ||
      missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Mancano pacchetti di sistema: ${missing[*]} (installateli come root)." >&2
      return 0
    fi
  fi
  echo "Installo i pacchetti di sistema: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" >/dev/null
}

setup_venv() {
  local extras="$1" py stamp want
  py="$(find_python)"
  if ! "$py" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    local ver; ver="$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')"
    install_debs "python${ver}-venv"
  fi
  [ -x "$VENV/bin/python" ] || "$py" -m venv "$VENV"
  stamp="$VENV/.sportello-installed"
  want="$(cat "$ROOT/pyproject.toml" | sha256sum | cut -c1-16)-$extras"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e "$ROOT[$extras]"
    echo "$want" > "$stamp"
  fi
}

#!/usr/bin/env bash
# Set up Vitrine's environment (idempotent; fast when nothing changed), then:
#   scripts/dev.sh studio [ARGS]   open the studio (ARGS go to `vitrine`)
#   scripts/dev.sh test [ARGS]     run the checks and the tests (ARGS go to pytest)
#   scripts/dev.sh setup           only set up
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
STAMP="$VENV/.vitrine-setup"
APT_PACKAGES=(espeak-ng libimage-exiftool-perl xvfb xdotool imagemagick libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1)

# pip's notes about local package indexes that lack a project are noise, not problems
quiet() { grep -v "is ignored: it is neither a file nor a directory" || true; }

say() { printf '\033[1m[vitrine]\033[0m %s\n' "$*" >&2; }

find_python() {
    for candidate in "${VITRINE_PYTHON:-}" python3.11 python3; do
        [ -n "$candidate" ] || continue
        if command -v "$candidate" >/dev/null 2>&1 &&
            "$candidate" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    say "Python 3.11 is required (found: $(python3 --version 2>&1 || echo none))."
    say "Install it (e.g. 'apt install python3.11 python3.11-venv', 'brew install python@3.11' or pyenv) and retry."
    exit 1
}

system_packages() {
    [ "$(uname -s)" = "Linux" ] && command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=()
    for pkg in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; else
            say "Missing system packages: ${missing[*]}"
            say "Install them with: sudo apt-get install ${missing[*]}  (voice-overs need espeak-ng)"
            return 0
        fi
    fi
    say "Installing system packages: ${missing[*]}"
    if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
        say "Could not install ${missing[*]}; the features that need them will say so."
    fi
}

setup() {
    system_packages
    local py
    py="$(find_python)"
    if [ ! -x "$VENV/bin/python" ]; then
        say "Creating $VENV"
        "$py" -m venv "$VENV"
    fi
    local want
    want="$(cat "$ROOT/pyproject.toml" "$ROOT"/requirements/*.txt "$ROOT/scripts/dev.sh" | sha256sum | cut -c1-64)"
    if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$want" ] && "$VENV/bin/python" -c 'import app, PySide6' 2>/dev/null; then
        return 0
    fi
    say "Installing Python packages (pinned by requirements/constraints.txt)"
    local pip=("$VENV/bin/python" -m pip install --disable-pip-version-check -q)
    # ${VITRINE_TORCH_INDEX} lets CPU-only Linux machines take torch from
    # https://download.pytorch.org/whl/cpu instead of PyPI's CUDA build (see README).
    local extra=()
    [ -n "${VITRINE_TORCH_INDEX:-}" ] && extra=(--extra-index-url "$VITRINE_TORCH_INDEX")
    "${pip[@]}" "${extra[@]}" -c "$ROOT/requirements/constraints.txt" -e "$ROOT[dev]" 2> >(quiet >&2)
    # Packages whose declared dependencies would pull an unpinned torch or a GUI OpenCV that
    # breaks Qt: installed without them (their real needs are in the constraints above).
    "${pip[@]}" --no-deps -c "$ROOT/requirements/constraints.txt" -r "$ROOT/requirements/nodeps.txt" 2> >(quiet >&2)
    echo "$want" > "$STAMP"
}

cmd="${1:-studio}"
[ $# -gt 0 ] && shift
case "$cmd" in
    setup)
        setup ;;
    studio)
        setup
        if [ "$(uname -s)" = "Linux" ] && [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
            say "No display found (DISPLAY and WAYLAND_DISPLAY are unset). Run this from a desktop session,"
            say "or under a virtual screen: xvfb-run -a scripts/dev.sh studio"
            exit 1
        fi
        exec "$VENV/bin/vitrine" "$@" ;;
    test)
        setup
        cd "$ROOT"
        export QT_QPA_PLATFORM=offscreen
        say "ruff"
        "$VENV/bin/ruff" check app tests scripts
        say "import-linter"
        "$VENV/bin/lint-imports" --no-cache
        say "pytest"
        # one test process per core (pytest-xdist) unless the caller chose otherwise
        parallel=(-n auto)
        for arg in "$@"; do case "$arg" in -n|-n*|--numprocesses*|-p) parallel=() ;; esac; done
        exec "$VENV/bin/python" -m pytest "${parallel[@]}" "$@" ;;
    *)
        echo "usage: scripts/dev.sh [studio|test|setup] [ARGS]" >&2; exit 2 ;;
esac

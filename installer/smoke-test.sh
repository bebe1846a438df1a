#!/bin/sh
# Smoke test of the frozen app and of the .deb, as CI runs it (after qutebrowser's
# build_release smoke test): every command must succeed and print nothing on stderr.
#   installer/smoke-test.sh frozen    # dist/minga/ from build_spec.py
#   installer/smoke-test.sh deb       # installs dist/minga_*.deb, checks it, removes it
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen
unset MINGA_DATA_DIR MINGA_LANG

quiet() {
    # Runs a command; fails when it fails or writes anything on stderr.
    if ! "$@" >"$WORK/out" 2>"$WORK/err"; then
        echo "FAILED: $*" >&2; cat "$WORK/out" "$WORK/err" >&2; exit 1
    fi
    if [ -s "$WORK/err" ]; then
        echo "UNEXPECTED STDERR from: $*" >&2; cat "$WORK/err" >&2; exit 1
    fi
    cat "$WORK/out"
}

check_app() {
    gui=$1 cli=$2 label=$3
    data="$WORK/$label-data"
    echo "== $label: $cli"
    quiet "$cli" --version
    quiet "$cli" --data-dir "$data" --lang es demo --scale small
    quiet "$cli" --data-dir "$data" stats
    quiet "$cli" --data-dir "$data" check
    quiet "$cli" --data-dir "$data" --lang en practice list --search practica --limit 3
    quiet "$gui" --data-dir "$data" selftest --screenshots "$WORK/$label-shots"
    count=$(ls "$WORK/$label-shots"/*.png | wc -l)
    [ "$count" -ge 3 ] || { echo "selftest saved only $count screenshots" >&2; exit 1; }
}

check_layouts() {
    # Every screen at 1366x768 with the text at 100, 150 and 200 %, in Spanish and
    # English: no button or field off the window or narrower than its text (advisor's
    # demo: she reaches the most screens). About 6 s a run.
    gui=$1 cli=$2 label=$3
    data="$WORK/$label-advisor"
    quiet "$cli" --data-dir "$data" --lang es demo --scale small --as advisor >/dev/null
    for lang in es en; do
        for scale in 100 150 200; do
            echo "== $label: selftest --lang $lang --text-scale $scale"
            quiet "$gui" --data-dir "$data" --lang "$lang" selftest --text-scale "$scale" | tail -n 1
        done
    done
}

case "${1:-frozen}" in
frozen)
    check_app "$ROOT/dist/minga/minga" "$ROOT/dist/minga/minga-cli" frozen
    check_layouts "$ROOT/dist/minga/minga" "$ROOT/dist/minga/minga-cli" frozen
    echo "frozen app: $(du -sh "$ROOT/dist/minga" | cut -f1) on disk"
    ;;
deb)
    deb=$(ls "$ROOT"/dist/minga_*.deb | head -n 1)
    echo "== installing $deb ($(du -h "$deb" | cut -f1))"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
    trap 'dpkg -r minga >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
    # The system PATH, not the caller's (an activated virtual environment has a minga too).
    [ "$(PATH=/usr/local/bin:/usr/bin:/bin command -v minga)" = /usr/bin/minga ] ||
        { echo "minga is not on the system PATH" >&2; exit 1; }
    check_app /usr/bin/minga /opt/minga/minga-cli deb
    dpkg -r minga >/dev/null
    [ ! -e /usr/bin/minga ] || { echo "dpkg -r left /usr/bin/minga" >&2; exit 1; }
    echo "deb: installed, checked and removed"
    ;;
*)
    echo "usage: $0 frozen|deb" >&2; exit 2
    ;;
esac

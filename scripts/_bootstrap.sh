# Shared start of scripts/run and scripts/test (sourced, not run): a project virtualenv with
# requirements.txt installed, re-installed only when requirements.txt changes.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
    if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 10))' 2>/dev/null; then
        echo "error: Python 3.10 or newer is needed as '$PYTHON' (set PYTHON=/path/to/python3)" >&2
        exit 1
    fi
    echo "Creating the virtualenv .venv"
    if ! "$PYTHON" -m venv .venv; then
        rm -rf .venv
        echo "error: '$PYTHON -m venv' failed; on Debian/Ubuntu: apt-get install python3-venv" >&2
        exit 1
    fi
fi

# The stamp lives inside .venv, so deleting .venv also forgets what was installed.
stamp=.venv/.requirements.sha256
wanted=$(.venv/bin/python -c 'import hashlib, sys; print(hashlib.sha256(open("requirements.txt", "rb").read()).hexdigest())')
if [ "$(cat "$stamp" 2>/dev/null || true)" != "$wanted" ]; then
    echo "Installing requirements.txt into .venv"
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -r requirements.txt
    echo "$wanted" >"$stamp"
fi

# shellcheck disable=SC1091
. .venv/bin/activate

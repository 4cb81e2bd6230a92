#!/usr/bin/env bash
# The test command (README "Set up and run"; .ci/run runs it verbatim):
#
#     bash scripts/test.sh [PYTEST ARGS...]
#
# From a clone on a fresh Debian or Ubuntu machine it installs what the tests need, then
# runs them:
#   1. the Debian packages of the programs the tests start themselves, when missing (apt,
#      with sudo when not root; `apt-get update` only when something is missing);
#   2. the project and its test extras into the active Python (a virtual environment if
#      one is active): python -m pip install -e '.[test]';
#   3. python -m pytest with the arguments given.
set -euo pipefail
cd "$(dirname "$0")/.."

bash "$(dirname "$0")/system-packages.sh"

# The active interpreter: a virtual environment's when one is active.
PYTHON=$(command -v python || command -v python3) || {
    echo "test.sh: no python or python3 on PATH" >&2
    exit 1
}
echo "test.sh: installing the project and its test extras into $PYTHON"
"$PYTHON" -m pip install --quiet -e '.[test]'
exec "$PYTHON" -m pytest "$@"

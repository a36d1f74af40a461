#!/usr/bin/env bash
# Sets up (first time only) and runs every check: ruff, mypy and the test suite.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$here"
bash packaging/setup-dev.sh
export RJ_REQUIRE_KEYRING=1  # the real Secret Service test must run, not skip
export RJ_REQUIRE_TOOLS=1  # so must the .desktop and AppStream validators
export QT_QPA_PLATFORM=offscreen
echo "== ruff" && .venv/bin/ruff check . && .venv/bin/ruff format --check .
echo "== mypy" && .venv/bin/mypy recovery_journal
echo "== pytest" && exec .venv/bin/python -m pytest "$@"

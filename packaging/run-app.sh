#!/usr/bin/env bash
# Sets up (first time only) and starts Recovery Journal. Arguments go to the app,
# e.g. --demo for a throwaway journal full of sample data.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bash "$here/packaging/setup-dev.sh"
exec "$here/.venv/bin/recovery-journal" "$@"

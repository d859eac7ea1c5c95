#!/usr/bin/env bash
# The long crash-consistency run (issue 9): KILLS times a real 'dyad ingest' is killed with SIGKILL at a random moment
# (half the rounds on a new store, half resuming the crashed one); after each kill SQLite's integrity check must pass
# and every stored document must be exactly as a clean ingest stores it; the final resume must equal a clean ingest.
# It is the CI test CrashConsistencyTests with more kills.
# Usage: bench/crash/run.sh [KILLS=100]
set -euo pipefail
cd "$(dirname "$0")/../.."
DYAD_CRASH_KILLS=${1:-100} exec dotnet test tests/Dyad.Cli.Tests --filter "FullyQualifiedName~CrashConsistencyTests" --logger "console;verbosity=detailed"

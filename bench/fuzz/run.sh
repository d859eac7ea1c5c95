#!/usr/bin/env bash
# The long fuzz run (issue 9): INPUTS hostile documents (random bytes, odd Unicode, broken front matter, deep
# Markdown and HTML, huge numbers, impossible dates, bare time phrases, spliced prose) from SEED, each through the
# reader, the extraction pipeline and the JSONL writer. Exits 1 if any input threw or wrote a line that is not JSON;
# failing and slow inputs are written to KEEP to reproduce them; an input still running after 30 s is a hang (exit 2).
# Usage: bench/fuzz/run.sh [INPUTS=100000] [SEED=1] [KEEP=/tmp/dyad-fuzz]
set -euo pipefail
cd "$(dirname "$0")/../.."
inputs=${1:-100000}
seed=${2:-1}
keep=${3:-/tmp/dyad-fuzz}
dotnet build bench/Dyad.Bench -c Release -v q -nologo >/dev/null
exec bench/Dyad.Bench/bin/Release/net10.0/dyad-bench fuzz --inputs "$inputs" --seed "$seed" --keep "$keep"

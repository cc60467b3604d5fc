#!/usr/bin/env bash
# Runs the whole benchmark suite with BenchmarkDotNet's default job (memory diagnoser on) and
# prints the issue-7 markdown table (also written to
# tests/NewsSchema.Benchmarks/BenchmarkDotNet.Artifacts/results/newsschema-table.md).
#
#   tests/NewsSchema.Benchmarks/run.sh                      # the final numbers: run on a quiet machine
#   tests/NewsSchema.Benchmarks/run.sh --job short          # a quick look (preliminary numbers)
#   tests/NewsSchema.Benchmarks/run.sh --filter '*Parse*'   # some classes only
#
# Any argument is passed to BenchmarkDotNet. Takes about 15-25 minutes with the default job.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

args=("$@")
if [[ " $* " != *" --filter "* ]]; then
  args+=(--filter '*')
fi

dotnet run -c Release -- "${args[@]}"

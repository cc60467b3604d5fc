#!/usr/bin/env bash
# Runs the whole benchmark suite with BenchmarkDotNet's default job (memory diagnoser on) and
# prints the markdown table with every target of issues 7 and 14, met or missed (also written to
# tests/NewsSchema.Benchmarks/BenchmarkDotNet.Artifacts/results/newsschema-table.md).
#
#   tests/NewsSchema.Benchmarks/run.sh                      # the final numbers: run on a quiet machine
#   tests/NewsSchema.Benchmarks/run.sh --job short          # a quick look (preliminary numbers)
#   tests/NewsSchema.Benchmarks/run.sh --filter '*Parse*'   # some classes only
#
# Any argument is passed to BenchmarkDotNet. Takes about 30-40 minutes with the default job.
# The interleaved check of the ratios (docs/benchmarks.md): dotnet run -c Release -- --interleaved 15
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

args=("$@")
if [[ " $* " != *" --filter "* ]]; then
  args+=(--filter '*')
fi

dotnet run -c Release -- "${args[@]}"

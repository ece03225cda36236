#!/bin/sh
# Builds the MiniPy libFuzzer target with AddressSanitizer and runs it.
#   Fuzz/run.sh [SECONDS] [extra libFuzzer flags...]
# Leak detection is off: reference cycles a program builds (a list containing itself, a
# recursive closure) are not collected in MiniPy, which has no cycle collector.
# The corpus starts from the script tests (Tests/MiniPyTests/Scripts) and grows in Fuzz/corpus.
set -e
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-180}
[ $# -gt 0 ] && shift
mkdir -p .build/fuzz Fuzz/corpus Fuzz/crashes
find Tests/MiniPyTests/Scripts -name '*.py' -exec cp {} Fuzz/corpus/ \;
# compile a snapshot, so that editing the sources while this builds does not break it
rm -rf .build/fuzz/src && mkdir -p .build/fuzz/src && cp Sources/MiniPy/*.swift Fuzz/FuzzMiniPy.swift .build/fuzz/src/
# (from inside .build/fuzz: a -wmo -g build drops MiniPy-1.swiftmodule/.swiftdoc in the current folder)
(cd .build/fuzz && swiftc -sanitize=fuzzer,address -parse-as-library -O -wmo -g \
  -module-name MiniPy \
  src/*.swift \
  -o minipy-fuzz)
export ASAN_OPTIONS=detect_leaks=0
exec .build/fuzz/minipy-fuzz Fuzz/corpus -max_total_time="$SECONDS_TO_RUN" -timeout=10 \
  -rss_limit_mb=4096 -max_len=4096 -dict=Fuzz/minipy.dict -print_final_stats=1 \
  -detect_leaks=0 -artifact_prefix=Fuzz/crashes/ "$@"

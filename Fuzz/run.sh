#!/usr/bin/env bash
# Fuzzes the line framer, the text sanitizer and the command parser with libFuzzer and
# AddressSanitizer for SECONDS (default 60), starting from the seed corpus in Fuzz/corpus/.
# Builds into .build-fuzz/ with the toolchain's swiftc (no SwiftPM). A crash or a broken
# invariant stops the run with a non-zero status and leaves the input in .build-fuzz/crash-*.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
# A crash report from libFuzzer and ASan is enough; the Swift backtracer would only add noise.
export SWIFT_BACKTRACE=enable=no
out=.build-fuzz
mkdir -p "$out/modules" "$out/corpus"
flags=(-sanitize=fuzzer,address -parse-as-library -O -g)
: > "$out/build.log"
# The linker's warnings about sanitizer symbols are noise: keep them in the log, show it on failure.
build() { "$@" >> "$out/build.log" 2>&1 || { cat "$out/build.log"; exit 1; }; }

# LyceumCore (roles) as a module of its own, as the server's sources import it.
build swiftc "${flags[@]}" -module-name LyceumCore -emit-module -emit-module-path "$out/modules/LyceumCore.swiftmodule" \
  -emit-library -static -o "$out/modules/libLyceumCore.a" Sources/LyceumCore/*.swift

# The target, compiled together with the pure sources it exercises.
build swiftc "${flags[@]}" -module-name LineAndCommand -I "$out/modules" -L "$out/modules" -lLyceumCore \
  Fuzz/LineAndCommand.swift \
  Sources/LyceumServer/Framing/InboundLine.swift \
  Sources/LyceumServer/Framing/LineFramer.swift \
  Sources/LyceumServer/Framing/TextSanitizer.swift \
  Sources/LyceumServer/Limits/ServerLimits.swift \
  Sources/LyceumServer/Protocol/CommandParser.swift \
  Sources/LyceumServer/Protocol/CommandTable.swift \
  -o "$out/line-and-command"

# New inputs go to .build-fuzz/corpus; the committed seeds are only read. libFuzzer's progress
# goes to .build-fuzz/fuzz.log; a failure shows its report, a success the final statistics.
status=0
"$out/line-and-command" -max_total_time="$seconds" -max_len=4096 -print_final_stats=1 \
  -artifact_prefix="$out/" "$out/corpus" Fuzz/corpus > "$out/fuzz.log" 2>&1 || status=$?
if [ "$status" -ne 0 ]; then
  tail -n 60 "$out/fuzz.log"
  echo "Fuzz/run.sh: the fuzz target failed (status $status); the input is in $out/crash-* (replay: $out/line-and-command FILE)" >&2
  exit "$status"
fi
grep -E '^(Done|stat::)' "$out/fuzz.log"

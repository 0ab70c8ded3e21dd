#!/usr/bin/env bash
# Fuzzes the core's parsers with libFuzzer, one target after another:
#   bench/fuzz_parsers.sh [--seconds N] [--targets a,b,...]
# Installs clang and libFuzzer's runtime when missing, builds build-fuzz
# (RELANCE_FUZZ=ON, core only, ASan/UBSan), runs each fuzzer for N seconds
# (default 180) over a copy of tests/fuzz/corpus/<target>/ in a temporary
# folder, so the repository's corpus only gains real findings: a crashing,
# leaking or hanging input is copied to tests/fuzz/corpus/<target>/ and
# reported. Prints a summary; exits 1 when something was found.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_PER_TARGET=180
TARGETS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) SECONDS_PER_TARGET="$2"; shift 2 ;;
    --targets) TARGETS="${2//,/ }"; shift 2 ;;
    *) echo "usage: bench/fuzz_parsers.sh [--seconds N] [--targets a,b,...]" >&2; exit 2 ;;
  esac
done
JOBS=${JOBS:-2}
PACKAGES=(cmake make clang libclang-rt-14-dev libboost-dev)

install_missing_packages() {
  local missing=()
  for package in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "fuzz: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

build_fuzzers() {
  CC=clang CXX=clang++ cmake -S . -B build-fuzz -DRELANCE_FUZZ=ON -DRELANCE_CORE_ONLY=ON \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  cmake --build build-fuzz -j"$JOBS" --target relance_fuzzers
}

# The last value of `key: number` in a libFuzzer log ("cov: 176", "ft: 327").
last_value() { grep -o "$1: [0-9]*" "$2" | tail -1 | grep -o '[0-9]*$' || echo "?"; }
# A final statistic ("stat::number_of_executed_units: 435068").
final_stat() { grep -o "stat::$1: *[0-9]*" "$2" | tail -1 | grep -o '[0-9]*$' || echo "?"; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SUMMARY=()
FOUND=0

fuzz_target() {
  local target=$1
  local fuzzer="$PWD/build-fuzz/tests/fuzz/${target}_fuzzer"
  local dir="$WORK/$target"
  mkdir -p "$dir/corpus" "$dir/artifacts"
  cp tests/fuzz/corpus/"$target"/* "$dir/corpus/"
  echo "fuzz: $target for ${SECONDS_PER_TARGET}s"
  local started=$(date +%s)
  # One process, one job: the machine is shared. libFuzzer writes the job's
  # log to fuzz-0.log in the working folder.
  (cd "$dir" && "$fuzzer" -workers=1 -jobs=1 -max_total_time="$SECONDS_PER_TARGET" -max_len=4096 \
     -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$dir/artifacts/" \
     corpus >"$dir/driver.log" 2>&1) || true
  # A finding stops the fuzzer early: report the time it really ran.
  local elapsed=$(( $(date +%s) - started ))
  local log="$dir/all.log"
  cat "$dir/driver.log" "$dir"/fuzz-*.log >"$log" 2>/dev/null || true
  local findings=()
  local artifact
  for artifact in "$dir"/artifacts/*; do
    [ -f "$artifact" ] || continue
    local kept="tests/fuzz/corpus/$target/$(basename "$artifact")"
    cp "$artifact" "$kept"
    findings+=("$kept")
    FOUND=1
  done
  if [ ${#findings[@]} -gt 0 ]; then
    echo "fuzz: $target FOUND ${findings[*]}; its report:"
    grep -E "ERROR|SUMMARY|what\(\)|terminate|runtime error|#[0-9]+ 0x" "$log" | head -40 || true
  fi
  SUMMARY+=("$(printf '%-22s %8ss %12s %9s %6s %7s  %s' "$target" "$elapsed" \
    "$(final_stat number_of_executed_units "$log")" "$(final_stat average_exec_per_sec "$log")" \
    "$(last_value cov "$log")" "$(last_value ft "$log")" "${findings[*]:-none}")")
}

install_missing_packages
build_fuzzers
if [ -z "$TARGETS" ]; then
  TARGETS=$(cd tests/fuzz/corpus && ls -d */ | tr -d /)
fi
for target in $TARGETS; do
  fuzz_target "$target"
done

echo
printf '%-22s %9s %12s %9s %6s %7s  %s\n' target time runs exec/s cov ft findings
for line in "${SUMMARY[@]}"; do
  echo "$line"
done
if [ "$FOUND" -ne 0 ]; then
  echo "fuzz: findings were copied into tests/fuzz/corpus/; fix them, rename each crash-<what>, commit it" >&2
  exit 1
fi

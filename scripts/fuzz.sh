#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang, ASan and UBSan into build-fuzz/ (or
# $FOLIO_FUZZ_BUILD_DIR) and runs each for SECONDS_PER_TARGET seconds (default 30), starting
# from seeds made from ../shared/handbook-corpus. Inputs that crash, leak, hang or break an
# invariant are kept in build-fuzz/artifacts/ and make the script exit non-zero.
#
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#   scripts/fuzz.sh 3600 fuzz_markdown     an hour on one target
# What each run found so far is kept in build-fuzz/corpus/<target>/ and reused next time.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${FOLIO_FUZZ_BUILD_DIR:-$here/build-fuzz}"
corpus_dir="${FOLIO_CORPUS_DIR:-$here/../shared/handbook-corpus}"
seconds="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_frontmatter fuzz_markdown fuzz_urlmapping)

if [ ! -f "$build/CMakeCache.txt" ]; then
  generator=()
  if command -v ninja >/dev/null 2>&1; then generator=(-G Ninja); fi
  cmake -S "$here" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER=clang++ -DFOLIO_FUZZ=ON
fi
cmake --build "$build" --parallel "$(nproc)" --target "${targets[@]}"

# Seeds, made once per build directory (the corpus is not committed twice).
seeds="$build/seeds"
if [ ! -f "$seeds/.done" ]; then
  [ -d "$corpus_dir" ] || { echo "fuzz.sh: no corpus at $corpus_dir" >&2; exit 2; }
  rm -rf "$seeds"
  mkdir -p "$seeds/fuzz_frontmatter" "$seeds/fuzz_markdown" "$seeds/fuzz_urlmapping"
  i=0
  while IFS= read -r -d '' page; do
    i=$((i + 1))
    cp "$page" "$seeds/fuzz_frontmatter/page$i"
    # fuzz_markdown reads its last byte as the choice: the page's dialect (bit 0), and in
    # turn the whole preview, cmark-gfm's HTML, or the sanitizer with every option (bits 1-4).
    dialect=0
    case "$page" in */middleman/*) dialect=1 ;; esac
    case $((i % 3)) in 0) mode=0 ;; 1) mode=2 ;; *) mode=28 ;; esac
    { cat "$page"; printf "\\$(printf %03o $((mode | dialect)))"; } >"$seeds/fuzz_markdown/page$i"
  done < <(find "$corpus_dir" -type f \( -name '*.md' -o -name '*.erb' \) -print0 | sort -z)
  # fuzz_urlmapping: the links and images pages write (and Hugo refs), each from a page of
  # the fuzzer's own handbooks.
  from=(content/handbook/sales/_index.md content/handbook/bundle/index.md
    sites/handbook/source/handbook/sales/index.html.md
    sites/handbook/source/handbook/about.html.md.erb "")
  i=0
  { grep -rhoE '\]\([^) ]+' "$corpus_dir" | sed 's/^](//' || true
    grep -rhoE '\{\{[<%] *(rel)?ref [^}]*[>%]\}\}' "$corpus_dir" || true; } |
    sort -u | awk 'NR <= 600' | while IFS= read -r url; do
      i=$((i + 1))
      printf '%s\n%s' "$url" "${from[$((i % ${#from[@]}))]}" >"$seeds/fuzz_urlmapping/link$i"
    done
  touch "$seeds/.done"
fi

mkdir -p "$build/artifacts" "$build/logs"
failed=()
for target in "${targets[@]}"; do
  # Longer inputs only slow the search down (under ASan a 64 KB page renders at a few runs a
  # second): front matter sits at a page's top, and 8 KB of Markdown hold every construct.
  case "$target" in
    fuzz_urlmapping) max_len=1024 ;;
    fuzz_markdown) max_len=8192 ;;
    *) max_len=16384 ;;
  esac
  mkdir -p "$build/corpus/$target"
  options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len"
    -print_final_stats=1 -artifact_prefix="$build/artifacts/$target-")
  [ -f "$here/tests/fuzz/$target.dict" ] && options+=(-dict="$here/tests/fuzz/$target.dict")
  echo "fuzz.sh: $target for ${seconds}s (log: $build/logs/$target.log)"
  status=0
  ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}" \
    UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}" \
    "$build/tests/fuzz/$target" "${options[@]}" "$build/corpus/$target" "$seeds/$target" \
    >"$build/logs/$target.log" 2>&1 || status=$?
  grep -E '^(#[0-9]+ +DONE|stat::number_of_executed_units|Done [0-9]+ runs)' \
    "$build/logs/$target.log" | tail -n 2 || true
  if [ "$status" -ne 0 ]; then
    failed+=("$target")
    echo "fuzz.sh: $target FAILED (status $status); last lines of its log:" >&2
    tail -n 40 "$build/logs/$target.log" >&2
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: failed: ${failed[*]}; inputs in $build/artifacts/" >&2
  exit 1
fi
echo "fuzz.sh: ${targets[*]}: no crash, leak or broken invariant"

#!/usr/bin/env bash
# CI for the freestanding programs: builds them (release), proves from their symbol tables that
# nothing of std, alloc or libc (allocator, start files) is linked and that no symbol is left
# undefined, runs each and compares its output with expected/NAME.txt (the `stack:` line, which
# reports measured stack use, is shown but not compared).
#
#   bash examples/embedded/check.sh            # from the repository root
#   bash examples/embedded/check.sh --bless    # rewrite expected/*.txt from this run
set -euo pipefail
cd "$(dirname "$0")"
target="${CARGO_TARGET_DIR:-../../target}/embedded"
cargo build --quiet --locked --release --bins --target-dir "$target"

forbidden='(^|[^:[:alnum:]_])(std|alloc)::|__rust_(alloc|dealloc|realloc|alloc_zeroed|alloc_error_handler)|__rd[lg]_|__rg_|^(malloc|calloc|realloc|free|posix_memalign|aligned_alloc|memalign|__libc_.*|_IO_.*|__cxa_.*|_Unwind_.*)$'
status=0
for program in digits kalman learn; do
    before=$status
    bin="$target/release/$program"
    names="$(nm --defined-only -C "$bin" | cut -d' ' -f3-)"
    if bad="$(grep -E "$forbidden" <<<"$names")"; then
        echo "$program links std/alloc/libc symbols:"; echo "$bad"; status=1
    fi
    if undefined="$(nm -u "$bin")" && [[ -n "$undefined" ]]; then
        echo "$program has undefined symbols:"; echo "$undefined"; status=1
    fi
    if file "$bin" | grep -q dynamic; then
        echo "$program is dynamically linked"; status=1
    fi
    output="$("$bin")" || { echo "$program exited with status $?"; status=1; }
    grep '^stack:' <<<"$output" | sed "s/^/$program /"
    if [[ "${1:-}" == "--bless" ]]; then
        grep -v '^stack:' <<<"$output" >"expected/$program.txt"
    elif ! diff -u "expected/$program.txt" <(grep -v '^stack:' <<<"$output"); then
        echo "$program: output differs from expected/$program.txt"; status=1
    fi
    if [[ $status == "$before" ]]; then
        echo "$program: $(nm --defined-only "$bin" | wc -l) symbols, none of std/alloc/libc; output as expected"
    fi
done
exit $status

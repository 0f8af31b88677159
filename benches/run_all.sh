#!/usr/bin/env bash
# Runs every benchmark family beside its anchor (benches/run_*.sh) and writes docs/benchmarks.md:
# the machine (CPU, ISA level the kernels detect at run time, threads), then each family's
# markdown report.
#
#   benches/run_all.sh            # portable build (default target CPU), as users build
#   benches/run_all.sh --native   # for information: RUSTFLAGS="-C target-cpu=native"
#
# Takes long (every family, each with its own NumPy/PyTorch anchor). Each family script prints
# its report last, starting at a `## title` line followed by a markdown table; that part is
# copied into the page. A script that prints none (or fails) gets its last output lines instead.
# Run it on a quiet machine: timings are medians, but other processes still move them.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=benches/lib.sh
source benches/lib.sh "$@"

families=(broadcast reduce matmul einsum train_step math io embedded)
out=docs/benchmarks.md
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

isa="$(cargo bench -p tensorial-benches --quiet --bench isa 2>/dev/null)"
echo "$isa"
started="$(date -u '+%Y-%m-%d %H:%M UTC')"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

for family in "${families[@]}"; do
    script="benches/run_$family.sh"
    if [[ ! -f "$script" ]]; then
        echo "--- $family: no $script, skipped"
        continue
    fi
    echo "--- $family: $script"
    status=0
    bash "$script" "$@" 2>&1 | tee "$work/$family.log" || status=$?
    # The report: from the first `## ` line to the end.
    awk 'found || /^## / { found = 1; print }' "$work/$family.log" >"$work/$family.md"
    if [[ ! -s "$work/$family.md" || $status -ne 0 ]]; then
        {
            echo "## $family"
            echo
            [[ $status -ne 0 ]] && echo "\`$script\` failed (exit $status); its last lines:" ||
                echo "\`$script\` printed no \`## \` report; its last lines:"
            echo
            echo '```text'
            tail -n 30 "$work/$family.log"
            echo '```'
        } >"$work/$family.md"
    fi
done

{
    echo "# Benchmarks"
    echo
    echo "Written by \`benches/run_all.sh\` on $started (Rust: $label). Every figure is a"
    echo "median from this one run, beside its anchor (NumPy, PyTorch) run on the same machine"
    echo "right after; ratios are Rust time / anchor time (< 1 is faster). Compare ratios, not"
    echo "times, across machines."
    echo
    echo "- $header"
    echo "$isa"
    echo "- load average before the run: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
    for family in "${families[@]}"; do
        if [[ -f "$work/$family.md" ]]; then
            echo
            cat "$work/$family.md"
        fi
    done
} >"$out"
echo "wrote $out"

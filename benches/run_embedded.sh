#!/usr/bin/env bash
# The freestanding programs of examples/embedded beside the same algorithms written with
# nalgebra's SMatrix: `.text` size of each linked program (release with opt-level 3, and the
# `size` profile with opt-level "s"), instructions per step counted by callgrind (repeatable
# on a noisy machine: it counts, it does not time), and the stack each program used (painted
# stack). Prints a markdown table for docs/benchmarks.md.
#
#   benches/run_embedded.sh
#
# Per step = the instructions executed inside the step function (`kalman::step`, one predict +
# update; `digits::logits`, one 64-32-10 forward pass), both `#[inline(never)]`, counted with
# callgrind's --toggle-collect and divided by the number of calls (99 steps, 40 images).
# The programs are freestanding (no libc), so the whole .text is the algorithm, the printing
# and the runtime of examples/embedded/src/rt.rs, the same in both columns.
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=benches/lib.sh
source benches/lib.sh "$@"

if ! command -v valgrind >/dev/null; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        apt-get install -y -qq valgrind >/dev/null || { apt-get update -qq && apt-get install -y -qq valgrind >/dev/null; }
    fi
fi
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)"; exit 1; }

embedded_target="$target_dir/embedded"
manifest=examples/embedded/Cargo.toml
for profile in release size; do
    cargo build --quiet --manifest-path "$manifest" --target-dir "$embedded_target" \
        --profile "$profile" --features nalgebra --bins
done

text_size() { size -A "$1" | awk '$1 == ".text" { print $2 }'; }

# instructions BINARY FUNCTION_PATTERN CALLS: instructions inside the function, per call.
instructions() {
    local out
    out="$(mktemp)"
    valgrind --tool=callgrind --callgrind-out-file="$out" --toggle-collect="$2" "$1" >/dev/null 2>&1
    local total
    total=$(callgrind_annotate "$out" 2>/dev/null | awk '/PROGRAM TOTALS/ { gsub(",", "", $1); print $1 }')
    rm -f "$out"
    echo $(( (total + $3 / 2) / $3 ))
}

stack_use() { "$1" | sed -n 's/^stack: \([0-9]*\) bytes$/\1/p'; }

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

row() {  # name, tensorial binary, nalgebra binary, tensorial function, nalgebra function, calls
    local cells=("$1")
    local t_text_3 n_text_3 t_text_s n_text_s t_ir_3 n_ir_3 t_ir_s n_ir_s
    t_text_3=$(text_size "$embedded_target/release/$2")
    n_text_3=$(text_size "$embedded_target/release/$3")
    t_text_s=$(text_size "$embedded_target/size/$2")
    n_text_s=$(text_size "$embedded_target/size/$3")
    t_ir_3=$(instructions "$embedded_target/release/$2" "$4" "$6")
    n_ir_3=$(instructions "$embedded_target/release/$3" "$5" "$6")
    t_ir_s=$(instructions "$embedded_target/size/$2" "$4" "$6")
    n_ir_s=$(instructions "$embedded_target/size/$3" "$5" "$6")
    cells+=("$t_text_3 / $n_text_3 ($(ratio "$t_text_3" "$n_text_3"))")
    cells+=("$t_text_s / $n_text_s ($(ratio "$t_text_s" "$n_text_s"))")
    cells+=("$t_ir_3 / $n_ir_3 ($(ratio "$t_ir_3" "$n_ir_3"))")
    cells+=("$t_ir_s / $n_ir_s ($(ratio "$t_ir_s" "$n_ir_s"))")
    cells+=("$(stack_use "$embedded_target/release/$2") / $(stack_use "$embedded_target/release/$3")")
    local IFS="|"
    echo "|${cells[*]}|" | sed 's/|/ | /g; s/^ //; s/ $//'
}

kalman=$(row "Kalman step (4 states, 2 measured)" kalman kalman_nalgebra \
    '*kalman::step*' '*nalgebra_versions::kalman_step*' 99)
mlp=$(row "MLP inference (64-32-10, one image)" digits digits_nalgebra \
    '*digits::logits*' '*nalgebra_versions::digits_logits*' 40)

echo
echo "## Embedded: size and instructions beside nalgebra"
echo
echo "$header; x86_64-unknown-linux-gnu, freestanding (no libc), rustc $(rustc --version | cut -d' ' -f2);" \
    "nalgebra $(sed -n '/^name = "nalgebra"$/{n;s/version = "\(.*\)"/\1/p}' examples/embedded/Cargo.lock)."
echo "Each cell: tensorial / nalgebra (ratio; ≤ 1.00 is the goal). \`.text\`: bytes of the whole linked program;"
echo "instructions: per step, counted by callgrind; stack: bytes the program used (painted), opt-level 3."
echo
echo "| program | .text, opt-level 3 | .text, opt-level \"s\" | instructions, opt-level 3 | instructions, opt-level \"s\" | stack |"
echo "|---|---|---|---|---|---|"
echo "$kalman"
echo "$mlp"

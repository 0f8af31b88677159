#!/usr/bin/env bash
# The `cargo` that scripts/mutants.sh gives cargo-mutants (as $CARGO).
#
# `cargo test` becomes the fast suite: unit and reference tests, then doc tests (cargo cannot mix
# `--doc` with `--lib`/`--tests` in one call), without the trybuild UI suite (the test `ui` of
# tests/compiletest.rs, which compiles ~50 programs). With `--no-run` (cargo-mutants' build
# phase) it only builds those targets. Any other command goes to the real cargo unchanged.
set -euo pipefail
real=${MUTANTS_REAL_CARGO:?"run scripts/mutants.sh, which sets MUTANTS_REAL_CARGO"}

if [[ ${1-} != test ]]; then
  exec "$real" "$@"
fi
shift

# cargo's own arguments, then those after `--` for the test harness.
cargo_args=()
harness_args=()
while (($#)); do
  if [[ $1 == -- ]]; then
    shift
    harness_args=("$@")
    break
  fi
  cargo_args+=("$1")
  shift
done

"$real" test "${cargo_args[@]}" --lib --tests -- --exact --skip ui "${harness_args[@]}"
for arg in "${cargo_args[@]}"; do
  if [[ $arg == --no-run ]]; then
    exit 0
  fi
done
exec "$real" test "${cargo_args[@]}" --doc -- "${harness_args[@]}"

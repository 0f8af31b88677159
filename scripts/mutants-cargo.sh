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

# MUTANTS_TESTS (set by `scripts/mutants.sh --tests FILE`): the suite is the `cargo test` calls
# FILE lists instead, one per line (cargo's arguments, then `--` and the harness's; `#` starts a
# comment). The lines choose the packages, so cargo-mutants' `--workspace`/`--package` is dropped;
# `--doc` lines are skipped in the build phase.
if [[ -n ${MUTANTS_TESTS-} ]]; then
  common=()
  no_run=false
  while ((${#cargo_args[@]})); do
    case ${cargo_args[0]} in
      --workspace | --package=*) ;;
      -p | --package) cargo_args=("${cargo_args[@]:1}") ;;
      --no-run) no_run=true; common+=(--no-run) ;;
      *) common+=("${cargo_args[0]}") ;;
    esac
    cargo_args=("${cargo_args[@]:1}")
  done
  while read -r -u 3 line; do
    read -r -a words <<<"${line%%#*}"
    ((${#words[@]})) || continue
    line_cargo=()
    line_harness=()
    for ((i = 0; i < ${#words[@]}; i++)); do
      if [[ ${words[i]} == -- ]]; then
        line_harness=("${words[@]:i+1}")
        break
      fi
      line_cargo+=("${words[i]}")
    done
    if $no_run && [[ " ${line_cargo[*]} " == *" --doc "* ]]; then
      continue
    fi
    "$real" test "${common[@]}" "${line_cargo[@]}" -- "${line_harness[@]}" "${harness_args[@]}"
  done 3<"$MUTANTS_TESTS"
  exit 0
fi

"$real" test "${cargo_args[@]}" --lib --tests -- --exact --skip ui "${harness_args[@]}"
for arg in "${cargo_args[@]}"; do
  if [[ $arg == --no-run ]]; then
    exit 0
  fi
done
exec "$real" test "${cargo_args[@]}" --doc -- "${harness_args[@]}"

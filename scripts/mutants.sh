#!/usr/bin/env bash
# Mutation testing with cargo-mutants: small bugs are put into the code one at a time, and each
# must make the fast test suite fail. A mutant that survives ("missed") is a behaviour change no
# test would notice: add a test, or, if the mutant is equivalent, exclude it in
# .cargo/mutants.toml with its reason.
#
#   scripts/mutants.sh                  mutants in the Rust lines changed since the branch left
#                                       main (committed or not; `git add -N` new files first)
#   scripts/mutants.sh --base REF       the same against REF instead of main
#   scripts/mutants.sh --file GLOB ...  every mutant of these files (repeatable)
#   scripts/mutants.sh --tests FILE ... run the `cargo test` calls FILE lists instead of the
#                                       fast suite (e.g. scripts/mutants-io.tests for io/)
#
# Any other option goes to cargo-mutants: --list (show the mutants, run nothing), --re REGEX,
# --shard K/N, --timeout SECS, ... The fast suite is scripts/mutants-cargo.sh: unit, reference
# and doc tests, without the trybuild UI suite. Builds go to target/mutants/ (kept between runs),
# results to target/mutants.out/ (missed.txt, caught.txt, one log per mutant). The exit status
# is cargo-mutants': 0 when every mutant was caught, 2 when some were missed.
#
# Not run in CI: a full run takes over an hour on 2 cores. Run it on the files a change touches.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

# The version .cargo/mutants.toml's mutant names were written for.
version=27.1.0
if ! command -v cargo-mutants >/dev/null; then
  cargo install --locked cargo-mutants --version "$version"
elif [[ $(cargo-mutants mutants --version) != "cargo-mutants $version" ]]; then
  echo "note: $(cargo-mutants mutants --version) installed; .cargo/mutants.toml was written for $version" >&2
fi

base=main
whole_files=false
args=()
while (($#)); do
  case $1 in
    --base) base=$2; shift 2 ;;
    --base=*) base=${1#--base=}; shift ;;
    --tests) MUTANTS_TESTS=$(realpath "$2"); export MUTANTS_TESTS; shift 2 ;;
    -f | --file) whole_files=true; args+=("$1" "$2"); shift 2 ;;
    --file=*) whole_files=true; args+=("$1"); shift ;;
    *) args+=("$1"); shift ;;
  esac
done

mkdir -p target
if ! $whole_files; then
  diff=target/mutants.diff
  # Against the working tree, which is what cargo-mutants copies and mutates.
  git diff "$(git merge-base "$base" HEAD)" -- '*.rs' >"$diff"
  if [[ ! -s $diff ]]; then
    echo "no Rust changes since $base: nothing to mutate (use --file GLOB for whole files)"
    exit 0
  fi
  args+=(--in-diff "$diff")
fi

# The first run starts from a copy of the ordinary debug build: only the mutated crates rebuild.
if [[ ! -d target/mutants && -d target/debug ]]; then
  mkdir -p target/mutants
  cp -R target/debug target/mutants/debug
fi

# cargo-mutants runs $CARGO for every build and test: the wrapper runs the fast suite. (Started
# as `cargo mutants`, cargo would set $CARGO to itself, so the binary is run directly.)
MUTANTS_REAL_CARGO=$(command -v cargo)
export MUTANTS_REAL_CARGO
export CARGO="$root/scripts/mutants-cargo.sh"
export CARGO_TARGET_DIR="$root/target/mutants"
exec cargo-mutants mutants --workspace --output target "${args[@]}"

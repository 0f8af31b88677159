# Sourced by the benches/run_*.sh scripts, from the repository root, with their arguments.
#
# Sets `target_dir` and `label` (`--native` as first argument builds with
# RUSTFLAGS="-C target-cpu=native" into target/native, for information only; users build for the
# default target), exports CARGO_TARGET_DIR, and sets and prints `header`: the CPU model, whether
# it has AVX-512 and the hardware thread count, which every benchmark report must show.

target_dir="${CARGO_TARGET_DIR:-target}"
label="default target"
if [[ "${1:-}" == "--native" ]]; then
    export RUSTFLAGS="${RUSTFLAGS:-} -C target-cpu=native"
    target_dir="target/native"
    label="target-cpu=native"
fi
# Absolute: the bench binaries run in benches/ (their package's directory), where criterion
# would otherwise write `target/criterion` under benches/ and the scripts would not find it.
case "$target_dir" in
    /*) ;;
    *) target_dir="$PWD/$target_dir" ;;
esac
export CARGO_TARGET_DIR="$target_dir"

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
if grep -qw avx512f /proc/cpuinfo; then avx512=yes; else avx512=no; fi
header="CPU: $cpu; AVX-512: $avx512; $(nproc) hardware threads available"
echo "$header"

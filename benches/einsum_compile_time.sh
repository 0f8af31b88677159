#!/usr/bin/env bash
# What 20 distinct `einsum!` calls add to the build time of a user crate.
#
#   benches/einsum_compile_time.sh              # `cargo build` (dev profile) and `cargo build --release`
#   benches/einsum_compile_time.sh dev          # one profile only (dev or release)
#   ROUNDS=5 benches/einsum_compile_time.sh     # timed builds per crate and profile (default 3)
#
# Builds two throwaway binary crates in a temporary directory, both path-depending on this
# workspace's `tensorial` (default features) and sharing one target directory: `ct_base` makes
# the same tensors and prints them, `ct_einsum` also runs 20 different `einsum!` calls on them.
# The dependencies are built once first (not timed); then each round touches each crate's
# `main.rs` and times its `cargo build`, alternating the two crates. Prints the median time of
# each and the difference. The temporary directory is removed at exit.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
rounds="${ROUNDS:-3}"
if (($#)); then profiles=("$@"); else profiles=(dev release); fi

tmp="$(mktemp -d /tmp/einsum-ct.XXXXXX)"
trap 'rm -rf "$tmp"' EXIT
export CARGO_TARGET_DIR="$tmp/target"

cpu="$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
echo "CPU: $cpu; $(nproc) hardware threads; CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-default}"
echo "$(rustc --version); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

common='use tensorial::prelude::*;
use tensorial::Heap;

fn main() {
    let a = Tensor::<f32, Rank2<3, 4>>::arange();
    let b = Tensor::<f32, Rank2<4, 5>>::arange();
    let sq = Tensor::<f32, Rank2<4, 4>>::arange();
    let v = Tensor::<f32, Rank1<4>>::arange();
    let w = Tensor::<f32, Rank1<5>>::arange();
    let x = Tensor::<f32, Rank3<2, 3, 4>>::arange();
    let y = Tensor::<f32, Rank3<2, 4, 5>>::arange();
    let f = Tensor::<f32, Rank3<4, 2, 3>>::arange();
    let c = Tensor::<f32, Rank2<5, 6>>::arange();
    let d = Tensor::<f32, Rank2<6, 2>>::arange();
    let p = Tensor::<f32, Rank2<3, 2>>::arange();
    let big = Tensor::<f32, Rank2<64, 64>, Heap>::ones();
    let big3 = Tensor::<f32, Rank3<8, 64, 64>, Heap>::ones();
    println!("{a} {b} {sq} {v} {w} {x} {y} {f} {c} {d} {p} {} {}", big.sum(), big3.sum());
'

mkcrate() { # name, extra body
    mkdir -p "$tmp/$1/src"
    cat >"$tmp/$1/Cargo.toml" <<EOF
[package]
name = "$1"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
tensorial = { path = "$root" }

[workspace]
EOF
    printf '%s%s}\n' "$common" "$2" >"$tmp/$1/src/main.rs"
}

mkcrate ct_base ''
mkcrate ct_einsum '
    use tensorial::einsum;
    let r1 = einsum!("ij,jk->ik", a, b);
    let r2 = einsum!("ij->ji", a);
    let r3 = einsum!("ii->i", sq);
    let r4 = einsum!("ii->", sq);
    let r5 = einsum!("i,i->", v, v);
    let r6 = einsum!("i,j->ij", v, w);
    let r7 = einsum!("ij,ij->ij", a, a);
    let r8 = einsum!("bij,bjk->bik", x, y);
    let r9 = einsum!("ij,jk,kl->il", a, b, c);
    let r10 = einsum!("btf,fnh->btnh", x, f);
    let r11 = einsum!("ijk->ik", x);
    let r12 = einsum!("ij,j->i", a, v);
    let r13 = einsum!("jk,jk,ji->ijk", a, a, p);
    let r14 = einsum!("jk,ik,ji->ijk", b, b, sq);
    let r15 = einsum!("ikj,kj->ij", x, a);
    let r16 = einsum!("...ij,...jk->...ik", x, b);
    let r17: Tensor<f32, Rank2<4, 7>> = einsum!("i->ij", v; broadcast = [j]);
    let r18 = einsum!("i->ii", w);
    let r19 = einsum!(row col, col out, out last -> row last; a, b, c);
    let r20 = einsum!("bij,jk,bkl->bil", big3, big, big3);
    println!("{r1} {r2} {r3} {r4} {r5} {r6} {r7} {r8} {r9} {r10} {r11} {r12} {r13} {r14} {r15}");
    println!("{r16} {r17} {r18} {r19} {}", r20.sum());
'

now() { date +%s.%N; }
median() { sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

for profile in "${profiles[@]}"; do
    flag=()
    [[ "$profile" == release ]] && flag=(--release)
    echo
    echo "== profile $profile: warming the dependency build (not timed)"
    t0="$(now)"
    for crate in ct_base ct_einsum; do
        cargo build -q "${flag[@]}" --manifest-path "$tmp/$crate/Cargo.toml"
    done
    echo "   first build of both crates with dependencies: $(echo "$(now) - $t0" | bc) s"
    : >"$tmp/base.$profile"
    : >"$tmp/einsum.$profile"
    for round in $(seq "$rounds"); do
        for crate in ct_base ct_einsum; do
            touch "$tmp/$crate/src/main.rs"
            t0="$(now)"
            cargo build -q "${flag[@]}" --manifest-path "$tmp/$crate/Cargo.toml"
            t="$(echo "$(now) - $t0" | bc)"
            echo "   round $round: $crate $t s"
            echo "$t" >>"$tmp/${crate#ct_}.$profile"
        done
    done
    base="$(median <"$tmp/base.$profile")"
    with="$(median <"$tmp/einsum.$profile")"
    printf '   median cargo build: without einsum! %.2f s, with 20 einsum! %.2f s, difference %.2f s (%.3f s per call)\n' \
        "$base" "$with" "$(echo "$with - $base" | bc)" "$(echo "($with - $base) / 20" | bc -l)"
    "$CARGO_TARGET_DIR/${profile/dev/debug}/ct_einsum" >/dev/null # the calls compile and run
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

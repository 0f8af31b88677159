//! Matrix products, beside NumPy (`benches/numpy_matmul.py`) and nalgebra; run all three with
//! `benches/run_matmul.sh`, which prints the ratios.
//!
//! - `matmul_<f32|f64>_<T>t` (`T` = the thread count this run uses, `parallel::max_threads()`,
//!   capped by `TENSORIAL_NUM_THREADS`): `a.matmul_into(&b, &mut c)` on heap tensors
//!   (`into_MxKxN`, NumPy `np.matmul(a, b, out=c)`) for squares 64–2048 and the training step's
//!   skinny shapes 64×784·784×128, 784×64·64×128 and 64×128·128×784; at 256² also `a.matmul(&b)`
//!   (`alloc_256x256x256`: a new output per call, dropped inside the timed region, as NumPy's
//!   `a @ b` frees its result). `run_matmul.sh` runs it with `TENSORIAL_NUM_THREADS=1` and with
//!   the default (all cores).
//! - `matmul_<f32|f64>_avx2` (only on CPUs with AVX-512): the same `into_…` products on one
//!   thread with the AVX2 + FMA kernels forced (`math::set_isa`), beside OpenBLAS with its
//!   Haswell (AVX2) kernels (`OPENBLAS_CORETYPE=Haswell`): what an AVX2-only machine runs, as
//!   closely as an AVX-512 machine can show it.
//! - `matmul_small_f32`: inline `n×n` products, `n` = 4, 8, 16 (`tensorial_n`), against
//!   nalgebra's `SMatrix` (`nalgebra_n`).

use criterion::measurement::WallTime;
use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use tensorial::ops::kernel::math::{self, Isa};
use tensorial::{Heap, Rank2, Tensor, parallel};

/// Deterministic inputs in `[-1, 1)`, the same values as the NumPy script.
#[allow(clippy::cast_precision_loss)]
fn value(i: usize, j: usize, salt: usize) -> f32 {
    ((i * 31 + j * 17 + salt * 7) % 64) as f32 / 32.0 - 1.0
}

fn flops(m: usize, k: usize, n: usize) -> u64 {
    2 * (m * k * n) as u64
}

/// Benches `into_MxKxN` (and `alloc_…` when `$alloc`) for each `(m, k, n)` of element `$t`.
macro_rules! large {
    ($group:expr, $t:ty, $(($m:literal, $k:literal, $n:literal, $alloc:literal))*) => {$({
        let a = Tensor::<$t, Rank2<$m, $k>, Heap>::from_fn(|[i, j]| value(i, j, 1).into());
        let b = Tensor::<$t, Rank2<$k, $n>, Heap>::from_fn(|[i, j]| value(i, j, 2).into());
        let mut c = Tensor::<$t, Rank2<$m, $n>, Heap>::zeros();
        a.matmul_into(&b, &mut c); // first touch of the output outside the timing
        let name = concat!($m, "x", $k, "x", $n);
        $group.throughput(Throughput::Elements(flops($m, $k, $n)));
        if $alloc {
            $group.bench_function(format!("alloc_{name}"), |bench| {
                bench.iter(|| drop(black_box(black_box(&a).matmul(black_box(&b)))));
            });
        }
        $group.bench_function(format!("into_{name}"), |bench| {
            bench.iter(|| black_box(&a).matmul_into(black_box(&b), black_box(&mut c)));
        });
    })*};
}

/// A group named after the element type and the thread count of this run.
fn group<'c>(c: &'c mut Criterion, ty: &str) -> BenchmarkGroup<'c, WallTime> {
    let mut group = c.benchmark_group(format!("matmul_{ty}_{}t", parallel::max_threads()));
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(2));
    group
}

/// Every `into_…` (and `alloc_256…`) product of element `$t` in group `$group`.
macro_rules! all_shapes {
    ($g:expr, $t:ty) => {
        large!(
            $g,
            $t,
            (64, 64, 64, false)(128, 128, 128, false)(256, 256, 256, true)(512, 512, 512, false)(
                1024, 1024, 1024, false
            )(2048, 2048, 2048, false)(64, 784, 128, false)(784, 64, 128, false)(
                64, 128, 784, false
            )
        )
    };
}

fn matmul_large(c: &mut Criterion) {
    let mut g = group(c, "f32");
    all_shapes!(g, f32);
    g.finish();
    let mut g = group(c, "f64");
    all_shapes!(g, f64);
    g.finish();
}

/// One thread on the AVX2 + FMA kernels, on CPUs that have AVX-512 (elsewhere the default run
/// already shows the CPU's best kernels).
fn matmul_avx2(c: &mut Criterion) {
    if Isa::detected() != Isa::Avx512 || !Isa::Avx2.is_available() {
        return;
    }
    parallel::set_max_threads(1);
    math::set_isa(Some(Isa::Avx2));
    for ty in ["f32", "f64"] {
        let mut g = c.benchmark_group(format!("matmul_{ty}_avx2"));
        g.sample_size(10);
        g.warm_up_time(Duration::from_millis(500));
        g.measurement_time(Duration::from_secs(2));
        if ty == "f32" {
            all_shapes!(g, f32);
        } else {
            all_shapes!(g, f64);
        }
        g.finish();
    }
    math::set_isa(None);
    parallel::set_max_threads(0);
}

macro_rules! small {
    ($group:expr, $($n:literal)*) => {$({
        let a = Tensor::<f32, Rank2<$n, $n>>::from_fn(|[i, j]| value(i, j, 1));
        let b = Tensor::<f32, Rank2<$n, $n>>::from_fn(|[i, j]| value(i, j, 2));
        let na = nalgebra::SMatrix::<f32, $n, $n>::from_fn(|i, j| value(i, j, 1));
        let nb = nalgebra::SMatrix::<f32, $n, $n>::from_fn(|i, j| value(i, j, 2));
        assert_eq!(a.matmul(&b)[[1, 2]], (na * nb)[(1, 2)]);
        $group.throughput(Throughput::Elements(flops($n, $n, $n)));
        $group.bench_function(concat!("tensorial_", $n), |bench| {
            bench.iter(|| black_box(black_box(&a).matmul(black_box(&b))));
        });
        $group.bench_function(concat!("nalgebra_", $n), |bench| {
            bench.iter(|| black_box(black_box(&na) * black_box(&nb)));
        });
    })*};
}

fn matmul_small(c: &mut Criterion) {
    let mut group = c.benchmark_group("matmul_small_f32");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    small!(group, 4 8 16);
    group.finish();
}

criterion_group!(benches, matmul_large, matmul_avx2, matmul_small);
criterion_main!(benches);

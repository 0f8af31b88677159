//! Matrix products, beside NumPy (`benches/numpy_matmul.py`) and nalgebra; run all three with
//! `benches/run_matmul.sh`, which prints the ratios.
//!
//! - `matmul_f32`: `a.matmul(&b)` on heap `n×n` f32 tensors, `n` = 256 and 1024 (`alloc_n`: a
//!   new output per call, dropped inside the timed region, as NumPy's `a @ b` frees its
//!   result), and `a.matmul_into(&b, &mut c)` (`into_n`, NumPy `np.matmul(a, b, out=c)`).
//!   Single-threaded: `matrixmultiply` runs without its `threading` feature.
//! - `matmul_small_f32`: inline `n×n` products, `n` = 4, 8, 16 (`tensorial_n`), against
//!   nalgebra's `SMatrix` (`nalgebra_n`).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use tensorial::{Heap, Rank2, Tensor};

/// Deterministic inputs in `[-1, 1)`, the same values as the NumPy script.
#[allow(clippy::cast_precision_loss)]
fn value(i: usize, j: usize, salt: usize) -> f32 {
    ((i * 31 + j * 17 + salt * 7) % 64) as f32 / 32.0 - 1.0
}

fn flops(n: usize) -> u64 {
    2 * (n as u64).pow(3)
}

macro_rules! large {
    ($group:expr, $($n:literal)*) => {$({
        type M = Tensor<f32, Rank2<$n, $n>, Heap>;
        let a = M::from_fn(|[i, j]| value(i, j, 1));
        let b = M::from_fn(|[i, j]| value(i, j, 2));
        let mut c = M::zeros();
        a.matmul_into(&b, &mut c); // first touch of the output outside the timing
        $group.throughput(Throughput::Elements(flops($n)));
        $group.bench_function(concat!("alloc_", $n), |bench| {
            bench.iter(|| drop(black_box(black_box(&a).matmul(black_box(&b)))));
        });
        $group.bench_function(concat!("into_", $n), |bench| {
            bench.iter(|| black_box(&a).matmul_into(black_box(&b), black_box(&mut c)));
        });
    })*};
}

fn matmul_large(c: &mut Criterion) {
    let mut group = c.benchmark_group("matmul_f32");
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(6));
    large!(group, 256 1024);
    group.finish();
}

macro_rules! small {
    ($group:expr, $($n:literal)*) => {$({
        let a = Tensor::<f32, Rank2<$n, $n>>::from_fn(|[i, j]| value(i, j, 1));
        let b = Tensor::<f32, Rank2<$n, $n>>::from_fn(|[i, j]| value(i, j, 2));
        let na = nalgebra::SMatrix::<f32, $n, $n>::from_fn(|i, j| value(i, j, 1));
        let nb = nalgebra::SMatrix::<f32, $n, $n>::from_fn(|i, j| value(i, j, 2));
        assert_eq!(a.matmul(&b)[[1, 2]], (na * nb)[(1, 2)]);
        $group.throughput(Throughput::Elements(flops($n)));
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

criterion_group!(benches, matmul_large, matmul_small);
criterion_main!(benches);

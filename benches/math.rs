//! Vectorized transcendentals beside NumPy (`benches/numpy_math.py`); run both with
//! `benches/run_math.sh`, which prints a markdown table of the ratios.
//!
//! For heap `f32` tensors of shape (64, 1024) and (50000, 784), values `8 · value(flat)` in
//! [-8, 8): `exp`, `tanh`, `sigmoid`, `softmax::<-1>` and `log_softmax::<-1>`, each allocating
//! its result (dropped inside the timed region, as NumPy frees the array it returns). Each op
//! runs with one thread (`parallel::set_max_threads(1)`, as `TENSORIAL_NUM_THREADS=1`), with the
//! default thread count, and with one thread on the AVX2 kernels (`math::set_isa`) when the CPU
//! has AVX-512, to show what an AVX2-only machine runs. Bench names: `{op}_{shape}_{t1|tN|avx2}`;
//! `{op}_64x1024_into` times the kernel alone into a preallocated output.

use criterion::{BenchmarkGroup, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use tensorial::ops::kernel::math::{self, Func, Isa};
use tensorial::{Heap, Rank2, Tensor, parallel};

/// Deterministic values in `[-1, 1)`, exact in f32; the NumPy script computes the same.
#[allow(clippy::cast_precision_loss)]
fn value(flat: usize) -> f32 {
    ((flat * 37 + flat / 7) % 256) as f32 / 128.0 - 1.0
}

type Group<'a> = BenchmarkGroup<'a, criterion::measurement::WallTime>;

/// The thread and kernel settings each op runs under: name suffix, threads (0 = default), ISA.
fn settings() -> Vec<(&'static str, usize, Option<Isa>)> {
    let mut s = vec![("t1", 1, None), ("tN", 0, None)];
    if Isa::detected() == Isa::Avx512 && Isa::Avx2.is_available() {
        s.push(("avx2", 1, Some(Isa::Avx2)));
    }
    s
}

/// Benches every op on a `(R, C)` tensor under every setting.
fn ops<const R: usize, const C: usize>(group: &mut Group<'_>, shape: &str) {
    let x = Tensor::<f32, Rank2<R, C>, Heap>::from_fn(|[i, j]| 8.0 * value(i * C + j));
    group.throughput(Throughput::Elements((R * C) as u64));
    type Op<const R: usize, const C: usize> =
        fn(&Tensor<f32, Rank2<R, C>, Heap>) -> Tensor<f32, Rank2<R, C>, Heap>;
    let table: [(&str, Op<R, C>); 5] = [
        ("exp", Tensor::exp),
        ("tanh", Tensor::tanh),
        ("sigmoid", Tensor::sigmoid),
        ("softmax", Tensor::softmax::<-1>),
        ("log_softmax", Tensor::log_softmax::<-1>),
    ];
    for (suffix, threads, isa) in settings() {
        parallel::set_max_threads(threads);
        math::set_isa(isa);
        for (name, op) in table {
            group.bench_function(format!("{name}_{shape}_{suffix}"), |bench| {
                bench.iter(|| drop(black_box(op(black_box(&x)))));
            });
        }
    }
    parallel::set_max_threads(0);
    math::set_isa(None);
}

/// The kernels alone on (64, 1024), one thread, into a preallocated output (no allocation):
/// `{op}_64x1024_into`. Tells kernel time from the cost of allocating the result.
fn kernels_into(group: &mut Group<'_>) {
    const N: usize = 64 * 1024;
    let x: Vec<f32> = (0..N).map(|i| 8.0 * value(i)).collect();
    let mut out = vec![0.0f32; N];
    for (name, func) in [
        ("exp", Func::Exp),
        ("tanh", Func::Tanh),
        ("sigmoid", Func::Sigmoid),
    ] {
        group.bench_function(format!("{name}_64x1024_into"), |bench| {
            bench.iter(|| math::map(func, black_box(&x), black_box(&mut out)));
        });
    }
}

fn transcendentals(c: &mut Criterion) {
    let mut group = c.benchmark_group("math_f32");
    group.sample_size(30);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    kernels_into(&mut group);
    ops::<64, 1024>(&mut group, "64x1024");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(4));
    ops::<50_000, 784>(&mut group, "50000x784");
    group.finish();
}

criterion_group!(benches, transcendentals);
criterion_main!(benches);

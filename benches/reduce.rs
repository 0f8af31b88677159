//! Reductions beside NumPy (`benches/numpy_reduce.py`); run both with `benches/run_reduce.sh`,
//! which prints the ratios. Every op allocates its result, dropped inside the timed region (as
//! NumPy frees the array it returns).
//!
//! - `sum_axis0`, `sum_axis1`: `x.sum_axis::<0>()` / `x.sum_axis::<1>()` of a heap
//!   `(50000, 784)` f32 (NumPy `x.sum(axis=0)` / `x.sum(axis=1)`).
//! - `softmax_64x1024_heap`: `x.softmax::<-1>()` of a heap `(64, 1024)` f32 (NumPy
//!   `e = np.exp(x - x.max(axis=-1, keepdims=True)); e /= e.sum(axis=-1, keepdims=True)`);
//!   at 256 KiB it is over the inline cap (`MAX_INLINE_BYTES`), so there is no inline variant.
//! - `argmax_last`: `x.argmax_axis::<-1>()` of a heap `(1280, 720, 20)` f32 (NumPy
//!   `x.argmax(axis=-1)`).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use tensorial::{Heap, Rank2, Rank3, Tensor};

/// Deterministic values in `[-1, 1)`, exact in f32; the NumPy script computes the same.
#[allow(clippy::cast_precision_loss)]
fn value(flat: usize) -> f32 {
    ((flat * 37 + flat / 7) % 256) as f32 / 128.0 - 1.0
}

fn configure(group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>) {
    group.sample_size(30);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(8));
}

fn reductions(c: &mut Criterion) {
    let mut group = c.benchmark_group("reduce_f32");
    configure(&mut group);

    {
        const ROWS: usize = 50_000;
        const COLS: usize = 784;
        let x = Tensor::<f32, Rank2<ROWS, COLS>, Heap>::from_fn(|[i, j]| value(i * COLS + j));
        group.throughput(Throughput::Elements((ROWS * COLS) as u64));
        group.bench_function("sum_axis0", |bench| {
            bench.iter(|| drop(black_box(black_box(&x).sum_axis::<0>())));
        });
        group.bench_function("sum_axis1", |bench| {
            bench.iter(|| drop(black_box(black_box(&x).sum_axis::<1>())));
        });
    }

    {
        const ROWS: usize = 64;
        const COLS: usize = 1024;
        let heap =
            Tensor::<f32, Rank2<ROWS, COLS>, Heap>::from_fn(|[i, j]| 8.0 * value(i * COLS + j));
        group.throughput(Throughput::Elements((ROWS * COLS) as u64));
        group.bench_function("softmax_64x1024_heap", |bench| {
            bench.iter(|| drop(black_box(black_box(&heap).softmax::<-1>())));
        });
    }

    {
        const A: usize = 1280;
        const B: usize = 720;
        const C: usize = 20;
        let x =
            Tensor::<f32, Rank3<A, B, C>, Heap>::from_fn(|[i, j, k]| value((i * B + j) * C + k));
        group.throughput(Throughput::Elements((A * B * C) as u64));
        group.sample_size(20); // ~30 ms per call: 30 samples would not fit in 8 s
        group.bench_function("argmax_last", |bench| {
            bench.iter(|| drop(black_box(black_box(&x).argmax_axis::<-1>())));
        });
    }

    group.finish();
}

criterion_group!(benches, reductions);
criterion_main!(benches);

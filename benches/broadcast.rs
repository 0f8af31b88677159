//! Memory-bound elementwise ops on `(50000, 784)` f32 beside NumPy
//! (`benches/numpy_broadcast.py`); run both with `benches/run_broadcast.sh`, which also runs
//! them with one thread (`TENSORIAL_NUM_THREADS=1`) and reports each as a fraction of the
//! machine's copy bandwidth.
//!
//! - `memory_floor/copy`: a 157 MB `copy_from_slice` (NumPy `np.copyto`): the floor every
//!   memory-bound op is measured against.
//! - `alloc`: `&a + &b` with `b` of shape `(50000, Bcast)`, a new output per iteration, dropped
//!   inside the timed region (as NumPy's `a + b` frees its result).
//! - `into`: `a.add_into(&b, &mut out)` into a preallocated output (NumPy `np.add(a, b, out=c)`).
//! - `inplace`: `a += &b` (NumPy `a += b`).
//! - `select`: `mask.select(&a, &c)`, a new output (NumPy `np.where(mask, a, c)`).
//! - `select_into`: `mask.select_into(&a, &c, &mut out)` (NumPy has no `out=` for `where`).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use tensorial::{Bcast, Const, Heap, Rank2, Tensor};

const ROWS: usize = 50_000;
const COLS: usize = 784;

type Matrix = Tensor<f32, Rank2<ROWS, COLS>, Heap>;
type Column = Tensor<f32, (Const<ROWS>, Bcast), Heap>;

fn inputs() -> (Matrix, Column) {
    // Small integers scaled by 2^-4: exact in f32, so repeated `+=` never leaves the normal range.
    #[allow(clippy::cast_precision_loss)]
    let a = Matrix::from_fn(|[i, j]| ((i * 7 + j) % 251) as f32 / 16.0);
    #[allow(clippy::cast_precision_loss)]
    let b = Column::from_fn(|[i, _]| (i % 13) as f32 / 16.0);
    (a, b)
}

fn configure(group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>) {
    group.throughput(Throughput::Elements((ROWS * COLS) as u64));
    group.sample_size(30);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(8));
}

fn memory_floor(c: &mut Criterion) {
    let (a, _) = inputs();
    let mut out = Matrix::zeros();
    out.as_mut_slice().copy_from_slice(a.as_slice()); // first touch outside the timing
    let mut group = c.benchmark_group("memory_floor");
    configure(&mut group);
    group.bench_function("copy", |bench| {
        bench.iter(|| {
            black_box(&mut out)
                .as_mut_slice()
                .copy_from_slice(black_box(&a).as_slice());
        });
    });
    group.finish();
}

fn broadcast_add(c: &mut Criterion) {
    let (mut a, b) = inputs();
    let mut out = Matrix::zeros();
    // Touch the output once so `into` measures steady state, not first-touch page faults.
    a.add_into(&b, &mut out);
    #[allow(clippy::cast_precision_loss)]
    let other = Matrix::from_fn(|[i, j]| ((i + j * 3) % 251) as f32 / 16.0);
    let mask = a.gt(&other);

    let mut group = c.benchmark_group("broadcast_add_50000x784_f32");
    configure(&mut group);
    group.bench_function("alloc", |bench| {
        bench.iter(|| drop(black_box(black_box(&a) + black_box(&b))));
    });
    group.bench_function("into", |bench| {
        bench.iter(|| black_box(&a).add_into(black_box(&b), black_box(&mut out)));
    });
    group.bench_function("select", |bench| {
        bench.iter(|| drop(black_box(black_box(&mask).select(&a, &other))));
    });
    group.bench_function("select_into", |bench| {
        bench.iter(|| black_box(&mask).select_into(&a, &other, black_box(&mut out)));
    });
    group.bench_function("inplace", |bench| {
        bench.iter(|| *black_box(&mut a) += black_box(&b));
    });
    group.finish();
}

criterion_group!(benches, memory_floor, broadcast_add);
criterion_main!(benches);

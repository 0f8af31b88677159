//! Loading a 50000×784 `f32` `.npy` file (157 MB) from a warm page cache, beside NumPy's
//! `np.load` of the same file (`benches/numpy_io.py`); run both with `benches/run_io.sh`,
//! which prints the ratio.
//!
//! - `read_npy`: `Tensor::<f32, Rank2<50000, 784>, Heap>::read_npy(path)`, the tensor dropped
//!   inside the timed region (as NumPy frees the array it returns).
//!
//! The file is `TENSORIAL_IO_BENCH_FILE` (default: the temp dir), written by the crate when it
//! is missing; NumPy loads the same file and checks its values.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;
use tensorial::{Heap, Rank2, Tensor};

const ROWS: usize = 50_000;
const COLS: usize = 784;

/// Deterministic values in `[-1, 1)`, exact in f32; the NumPy script checks the same.
#[allow(clippy::cast_precision_loss)]
fn value(flat: usize) -> f32 {
    ((flat * 37 + flat / 7) % 256) as f32 / 128.0 - 1.0
}

fn bench_file() -> PathBuf {
    std::env::var_os("TENSORIAL_IO_BENCH_FILE").map_or_else(
        || std::env::temp_dir().join("tensorial-bench-50000x784-f32.npy"),
        PathBuf::from,
    )
}

fn load(c: &mut Criterion) {
    let path = bench_file();
    let size = 128 + (ROWS * COLS * 4) as u64;
    if std::fs::metadata(&path).map(|m| m.len()).ok() != Some(size) {
        let x = Tensor::<f32, Rank2<ROWS, COLS>, Heap>::from_fn(|[i, j]| value(i * COLS + j));
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).unwrap();
        }
        x.write_npy(&path).unwrap();
    }
    // Warm the page cache, and check the values once.
    let x = Tensor::<f32, Rank2<ROWS, COLS>, Heap>::read_npy(&path).unwrap();
    assert!(x.iter().enumerate().all(|(i, &v)| v == value(i)));
    drop(x);

    let mut group = c.benchmark_group("load_npy");
    group.sample_size(30);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(8));
    group.throughput(Throughput::Bytes(size));
    group.bench_function("read_npy", |bench| {
        bench.iter(|| {
            let x = Tensor::<f32, Rank2<ROWS, COLS>, Heap>::read_npy(black_box(&path)).unwrap();
            drop(black_box(x));
        });
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);

//! Loading a 50000×784 `f32` `.npy` file (157 MB) from a warm page cache, beside NumPy's
//! `np.load` of the same file, and the same array as a safetensors file, beside the Python
//! `safetensors` package (`benches/numpy_io.py`); run both with `benches/run_io.sh`, which
//! prints the ratios.
//!
//! - `load_npy/read_npy`: `Tensor::<f32, Rank2<50000, 784>, Heap>::read_npy(path)`, the tensor
//!   dropped inside the timed region (as NumPy frees the array it returns).
//! - `load_safetensors/open_tensor_sum`: `Safetensors::open`, `tensor::<f32, …>("x")` (read
//!   into a heap tensor), `sum()`.
//! - `load_safetensors/map_view_sum`: `Safetensors::map`, `view::<f32, …>("x")` (no copy),
//!   `sum()` over the mapped pages; `map_view`: the same without the sum (header only).
//!
//! The `.npy` file is `TENSORIAL_IO_BENCH_FILE` (default: the temp dir), the safetensors file
//! the same path ending in `.safetensors`; both are written by the crate when missing, and
//! Python loads the same files and checks their values.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;
use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
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

/// Opens the safetensors file with `open` and with `map`, then loads or views tensor `x`.
fn load_safetensors(c: &mut Criterion) {
    type X = Rank2<ROWS, COLS>;
    let path = bench_file().with_extension("safetensors");
    let size = ROWS * COLS * 4;
    let up_to_date = std::fs::metadata(&path).is_ok_and(|m| m.len() > size as u64);
    if !up_to_date {
        let x = Tensor::<f32, X, Heap>::from_fn(|[i, j]| value(i * COLS + j));
        let mut out = SafetensorsWriter::new();
        out.add("x", &x).unwrap();
        out.save(&path).unwrap();
    }
    // Warm the page cache, and check the values once.
    let x = Safetensors::open(&path)
        .unwrap()
        .tensor::<f32, X>("x")
        .unwrap();
    assert!(x.iter().enumerate().all(|(i, &v)| v == value(i)));
    drop(x);

    let mut group = c.benchmark_group("load_safetensors");
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Bytes(size as u64));
    group.bench_function("open_tensor_sum", |bench| {
        bench.iter(|| {
            let mut st = Safetensors::open(black_box(&path)).unwrap();
            let x = st.tensor::<f32, X>("x").unwrap();
            black_box(x.sum())
        });
    });
    group.bench_function("map_view_sum", |bench| {
        bench.iter(|| {
            // SAFETY: the bench's own file, unchanged while mapped.
            let st = unsafe { Safetensors::map(black_box(&path)) }.unwrap();
            black_box(st.view::<f32, X>("x").unwrap().sum())
        });
    });
    group.bench_function("map_view", |bench| {
        bench.iter(|| {
            // SAFETY: as above.
            let st = unsafe { Safetensors::map(black_box(&path)) }.unwrap();
            black_box(st.view::<f32, X>("x").unwrap().as_slice().map(<[f32]>::len))
        });
    });
    group.finish();
}

criterion_group!(benches, load, load_safetensors);
criterion_main!(benches);

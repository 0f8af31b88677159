//! `einsum!`, beside NumPy's `np.einsum` (`benches/numpy_einsum.py`); run both with
//! `benches/run_einsum.sh`, which prints the ratios. All f32, heap operands unless noted. Large
//! GEMM steps use every core by default (`tensorial::parallel`); `run_einsum.sh` also runs the
//! bench with `TENSORIAL_NUM_THREADS=1` to compare one thread with NumPy's one thread.
//!
//! - `einsum_f32`: `chain_512` is `ij,jk,kl->il` on three 512×512 matrices (NumPy:
//!   `optimize=True`); `batch_64` is `bij,bjk->bik` on 64×64×64 stacks (`optimize=True`);
//!   `btnh_x16` is seed 002's `btf,fnh->btnh` with every size ×16 (`B, T, F, N, H` =
//!   32, 48, 96, 32, 48). A new output per call, dropped inside the timed region, as NumPy
//!   frees its result.
//! - `einsum_small_f32`: `tiny_3x4x5` is `ij,jk->ik` on inline 3×4 and 4×5 tensors, per call
//!   (NumPy: plain `np.einsum`, which parses the subscripts at every call); `matmul_3x4x5`, the
//!   same product by `a.matmul(&b)`, for information.
//! - `einsum_vs_matmul_f32`: `einsum_256` is `einsum!("ij,jk->ik", a, b)` and `matmul_256` is
//!   `a.matmul(&b)` on the same 256×256 heap operands: the overhead of the macro over the
//!   direct call (both Rust, same run).

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use tensorial::{Heap, Inline, Kind, Rank2, Rank3, Rank4, Shape, Tensor, einsum};

/// Deterministic inputs in `[-1, 1)` from the row-major flat index, the same values as the
/// NumPy script's `inputs`.
fn filled<S: Shape, K: Kind>(salt: usize) -> Tensor<f32, S, K> {
    let mut flat = 0usize;
    Tensor::from_fn(|_| {
        #[allow(clippy::cast_precision_loss)]
        let v = ((flat * 31 + salt * 7) % 64) as f32 / 32.0 - 1.0;
        flat += 1;
        v
    })
}

/// Largest `|a - b|` relative to the largest `|b|`, for the sanity checks before timing.
fn rel_diff(a: &[f32], b: &[f32]) -> f32 {
    let scale = b.iter().fold(0f32, |m, x| m.max(x.abs())).max(1.0);
    a.iter().zip(b).fold(0f32, |m, (x, y)| m.max((x - y).abs())) / scale
}

fn large(c: &mut Criterion) {
    let mut group = c.benchmark_group("einsum_f32");
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(6));

    {
        type M = Tensor<f32, Rank2<512, 512>, Heap>;
        let (a, b, d): (M, M, M) = (filled(1), filled(2), filled(3));
        let want = a.matmul(&b).matmul(&d);
        let got = einsum!("ij,jk,kl->il", a, b, d);
        assert!(rel_diff(got.as_slice(), want.as_slice()) < 1e-5);
        group.throughput(Throughput::Elements(2 * 2 * 512u64.pow(3)));
        group.bench_function("chain_512", |bench| {
            bench.iter(|| {
                drop(black_box(einsum!(
                    "ij,jk,kl->il",
                    black_box(&a),
                    black_box(&b),
                    black_box(&d)
                )));
            });
        });
    }
    {
        type B = Tensor<f32, Rank3<64, 64, 64>, Heap>;
        let (a, b): (B, B) = (filled(1), filled(2));
        let want = a.matmul(&b); // a stack of 64 products
        let got = einsum!("bij,bjk->bik", a, b);
        assert!(rel_diff(got.as_slice(), want.as_slice()) < 1e-5);
        group.throughput(Throughput::Elements(2 * 64u64.pow(4)));
        group.bench_function("batch_64", |bench| {
            bench.iter(|| {
                drop(black_box(einsum!(
                    "bij,bjk->bik",
                    black_box(&a),
                    black_box(&b)
                )));
            });
        });
    }
    {
        // Seed 002's sizes (2, 3, 6, 2, 3) ×16.
        let x: Tensor<f32, Rank3<32, 48, 96>, Heap> = filled(1);
        let y: Tensor<f32, Rank3<96, 32, 48>, Heap> = filled(2);
        let got: Tensor<f32, Rank4<32, 48, 32, 48>, Heap> = einsum!("btf,fnh->btnh", x, y);
        let want = x.tensordot(&y);
        assert!(rel_diff(got.as_slice(), want.as_slice()) < 1e-5);
        group.throughput(Throughput::Elements(2 * 32 * 48 * 96 * 32 * 48));
        group.bench_function("btnh_x16", |bench| {
            bench.iter(|| {
                drop(black_box(einsum!(
                    "btf,fnh->btnh",
                    black_box(&x),
                    black_box(&y)
                )));
            });
        });
    }
    group.finish();
}

fn small(c: &mut Criterion) {
    let mut group = c.benchmark_group("einsum_small_f32");
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(3));
    let a: Tensor<f32, Rank2<3, 4>, Inline> = filled(1);
    let b: Tensor<f32, Rank2<4, 5>, Inline> = filled(2);
    assert!(
        rel_diff(
            einsum!("ij,jk->ik", a, b).as_slice(),
            a.matmul(&b).as_slice()
        ) < 1e-6
    );
    group.throughput(Throughput::Elements(2 * 3 * 4 * 5));
    // black_box on the operands (the compiler cannot see their values, so nothing is folded)
    // and on the result (so the product is not dropped as unused).
    group.bench_function("tiny_3x4x5", |bench| {
        bench.iter(|| black_box(einsum!("ij,jk->ik", black_box(&a), black_box(&b))));
    });
    // For information: the same product through `matmul` (compile-time-sized loops).
    group.bench_function("matmul_3x4x5", |bench| {
        bench.iter(|| black_box(black_box(&a).matmul(black_box(&b))));
    });
    group.finish();
}

fn vs_matmul(c: &mut Criterion) {
    let mut group = c.benchmark_group("einsum_vs_matmul_f32");
    group.sample_size(40);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(6));
    type M = Tensor<f32, Rank2<256, 256>, Heap>;
    let (a, b): (M, M) = (filled(1), filled(2));
    assert_eq!(einsum!("ij,jk->ik", a, b), a.matmul(&b));
    group.throughput(Throughput::Elements(2 * 256u64.pow(3)));
    group.bench_function("einsum_256", |bench| {
        bench.iter(|| {
            drop(black_box(einsum!(
                "ij,jk->ik",
                black_box(&a),
                black_box(&b)
            )))
        });
    });
    group.bench_function("matmul_256", |bench| {
        bench.iter(|| drop(black_box(black_box(&a).matmul(black_box(&b)))));
    });
    group.finish();
}

criterion_group!(benches, large, small, vs_matmul);
criterion_main!(benches);

//! Every packed kernel against the textbook triple loop, on random operands.

use super::microkernel::Tile;
use super::microkernel_avx2::{f32::Avx2F32, f64::Avx2F64};
use super::microkernel_avx512::{f32::Avx512F32, f64::Avx512F64};
use super::{Grid, PackedFloat, gemm_with};
use crate::{SeededRng, parallel};
use alloc::vec::Vec;

/// Conversions the checks need.
trait Real: PackedFloat + Into<f64> + PartialEq + core::fmt::Debug {
    fn from_f64(x: f64) -> Self;
}

impl Real for f32 {
    #[allow(clippy::cast_possible_truncation)]
    fn from_f64(x: f64) -> Self {
        x as f32
    }
}

impl Real for f64 {
    fn from_f64(x: f64) -> Self {
        x
    }
}

/// A product's operands as stored: `a` (m×k) and `b` (k×n), each row-major or (flag `true`)
/// as its transpose stored row-major, with the strides that read `op(x)`.
struct Case<T> {
    mkn: (usize, usize, usize),
    a: Vec<T>,
    b: Vec<T>,
    ta: bool,
    tb: bool,
}

impl<T: Real> Case<T> {
    fn random(rng: &mut SeededRng, mkn: (usize, usize, usize), (ta, tb): (bool, bool)) -> Self {
        let (m, k, n) = mkn;
        let a = random(rng, m * k);
        let b = random(rng, k * n);
        Self { mkn, a, b, ta, tb }
    }

    /// Element `(i, p)` of `op(a)` and `(p, j)` of `op(b)`.
    fn a(&self, i: usize, p: usize) -> f64 {
        let (m, k, _) = self.mkn;
        self.a[self.sa(m, k)[0] * i + self.sa(m, k)[1] * p].into()
    }

    fn b(&self, p: usize, j: usize) -> f64 {
        let (_, k, n) = self.mkn;
        self.b[self.sb(k, n)[0] * p + self.sb(k, n)[1] * j].into()
    }

    fn sa(&self, m: usize, k: usize) -> [usize; 2] {
        if self.ta { [1, m] } else { [k, 1] }
    }

    fn sb(&self, k: usize, n: usize) -> [usize; 2] {
        if self.tb { [1, k] } else { [n, 1] }
    }

    /// `c (+)= op(a)·op(b)` on kernel `K`.
    fn run<K: Tile<T = T>>(&self, c: &mut [T], overwrite: bool) {
        let (m, k, n) = self.mkn;
        let (a, b) = ((&self.a[..], self.sa(m, k)), (&self.b[..], self.sb(k, n)));
        gemm_with::<K>(self.mkn, a, b, c, overwrite);
    }

    /// Checks `c` against `c0 + op(a)·op(b)` by the triple loop (in `f64`), within `tol` per
    /// unit of depth.
    fn check(&self, c0: &[T], c: &[T], tol: f64, what: &str) {
        let (m, k, n) = self.mkn;
        for i in 0..m {
            for j in 0..n {
                let want =
                    (0..k).fold(c0[i * n + j].into(), |s, p| s + self.a(i, p) * self.b(p, j));
                let got: f64 = c[i * n + j].into();
                let bound = tol * f64::from(u32::try_from(k + 1).unwrap());
                assert!(
                    (got - want).abs() <= bound,
                    "{what} {:?} t=({}, {}) [{i}, {j}]: {got} vs {want}",
                    self.mkn,
                    self.ta,
                    self.tb,
                );
            }
        }
    }
}

fn random<T: Real>(rng: &mut SeededRng, len: usize) -> Vec<T> {
    (0..len)
        .map(|_| T::from_f64(rng.next_f64() * 2.0 - 1.0))
        .collect()
}

/// Overwrite (over garbage) and accumulate (onto random values), every transpose combination.
fn check_shape<K: Tile>(rng: &mut SeededRng, mkn: (usize, usize, usize), tol: f64)
where
    K::T: Real,
{
    let (m, _, n) = mkn;
    for t in [(false, false), (true, false), (false, true), (true, true)] {
        let case = Case::<K::T>::random(rng, mkn, t);
        let garbage = alloc::vec![K::T::from_f64(f64::NAN); m * n];
        let mut c = garbage.clone();
        case.run::<K>(&mut c, true);
        case.check(
            &alloc::vec![K::T::from_f64(0.0); m * n],
            &c,
            tol,
            "overwrite",
        );
        let c0: Vec<K::T> = random(rng, m * n);
        let mut c = c0.clone();
        case.run::<K>(&mut c, false);
        case.check(&c0, &c, tol, "accumulate");
    }
}

/// Every edge size up to two tiles and one in each dimension (against a whole, a partial and
/// a single tile in the other), depths 0, 1, 7 and around `KC`, and blocks past `MC` and `NC`.
fn check_kernel<K: Tile>(tol: f64)
where
    K::T: Real,
{
    if !K::available() {
        return;
    }
    let mut rng = SeededRng::new(K::MR as u64 * 1000 + K::NR as u64);
    let (mr, nr) = (K::MR, K::NR);
    let rows = (1..=2 * mr + 1).flat_map(|m| [(m, 1), (m, nr), (m, nr + 3)]);
    let cols = (1..=2 * nr + 1).flat_map(|n| [(1, n), (mr, n), (mr + 3, n)]);
    for (m, n) in rows.chain(cols) {
        for k in [0, 1, 7] {
            check_shape::<K>(&mut rng, (m, k, n), tol);
        }
    }
    for (m, n) in [
        (1, 1),
        (K::MR, K::NR),
        (2 * K::MR + 1, K::NR + 3),
        (3, 2 * K::NR + 1),
    ] {
        for k in [K::KC - 1, K::KC, K::KC + 3, 2 * K::KC + 5] {
            check_shape::<K>(&mut rng, (m, k, n), tol);
        }
    }
    check_shape::<K>(&mut rng, (K::MC + K::MR + 3, 37, K::NC + K::NR + 5), tol);
}

#[test]
fn avx512_f32_matches_the_triple_loop() {
    check_kernel::<Avx512F32>(1e-6);
}

#[test]
fn avx512_f64_matches_the_triple_loop() {
    check_kernel::<Avx512F64>(1e-14);
}

#[test]
fn avx2_f32_matches_the_triple_loop() {
    check_kernel::<Avx2F32>(1e-6);
}

#[test]
fn avx2_f64_matches_the_triple_loop() {
    check_kernel::<Avx2F64>(1e-14);
}

/// The product on 1, 2 and 3 threads, and on one thread block by block in a grid of `tm×tn`:
/// all bit-identical.
fn check_threads<K: Tile>(mkn: (usize, usize, usize))
where
    K::T: Real,
{
    if !K::available() {
        return;
    }
    let mut rng = SeededRng::new(17);
    let (m, _, n) = mkn;
    for t in [(false, false), (true, false), (false, true)] {
        let case = Case::<K::T>::random(&mut rng, mkn, t);
        let run = || {
            let mut c = alloc::vec![K::T::from_f64(f64::NAN); m * n];
            case.run::<K>(&mut c, true);
            c
        };
        let one = parallel::with_max_threads(1, run);
        for threads in [2, 3] {
            let many = parallel::with_max_threads(threads, run);
            assert!(one == many, "{mkn:?} t={t:?}, {threads} threads");
        }
    }
}

#[test]
fn threaded_products_are_bit_identical_to_one_thread() {
    // Above 2·PAR_MIN so they split: tall (rows), wide and short (columns), odd sizes.
    for mkn in [
        (128, 784, 256),
        (784, 128, 256),
        (128, 256, 784),
        (333, 197, 257),
    ] {
        check_threads::<Avx512F32>(mkn);
        check_threads::<Avx512F64>(mkn);
        check_threads::<Avx2F32>(mkn);
        check_threads::<Avx2F64>(mkn);
    }
}

#[test]
fn grid_splits_along_the_long_side_and_covers_every_element() {
    // 64×784·784×128 on two threads, 14×32 tiles: by columns (64 each), not rows (70 + 0).
    let grid = Grid::new((64, 784, 128), (14, 32), 2);
    assert_eq!((grid.tm, grid.tn), (1, 2));
    let grid = Grid::new((784, 64, 128), (14, 32), 2);
    assert_eq!((grid.tm, grid.tn), (2, 1));
    for (mkn, tasks) in [
        ((5, 3, 7), 1),
        ((100, 9, 33), 4),
        ((64, 1, 1000), 3),
        ((1, 1, 1), 2),
    ] {
        let (m, _, n) = mkn;
        let grid = Grid::new(mkn, (14, 32), tasks);
        let mut seen = alloc::vec![0u8; m * n];
        for t in 0..grid.tasks() {
            let ((i0, rows), (j0, cols)) = grid.block(t, m, n);
            for i in i0..i0 + rows {
                for j in j0..j0 + cols {
                    seen[i * n + j] += 1;
                }
            }
        }
        assert!(seen.iter().all(|&s| s == 1), "{mkn:?} on {tasks} tasks");
    }
}

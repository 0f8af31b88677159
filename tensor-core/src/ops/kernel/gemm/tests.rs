//! Every packed kernel against the textbook triple loop, on random operands.

use super::direct::Path;
use super::microkernel::Tile;
use super::microkernel_avx2::{f32::Avx2F32, f64::Avx2F64};
use super::microkernel_avx512::{f32::Avx512F32, f64::Avx512F64};
use super::pack::Panels;
use super::{Grid, PAR_MIN, PackedFloat, gemm_path, gemm_with};
use crate::ops::kernel::math::Isa;
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

/// A product's operands as stored: `a` (m×k) with element `(i, p)` at `a[i·sa[0] + p·sa[1]]`,
/// `b` (k×n) with `(p, j)` at `b[p·sb[0] + j·sb[1]]`.
struct Case<T> {
    mkn: (usize, usize, usize),
    a: Vec<T>,
    b: Vec<T>,
    sa: [usize; 2],
    sb: [usize; 2],
}

impl<T: Real> Case<T> {
    /// Each operand row-major or (flag `true`) stored as its transpose, row-major.
    fn random(rng: &mut SeededRng, mkn: (usize, usize, usize), (ta, tb): (bool, bool)) -> Self {
        let (m, k, n) = mkn;
        let sa = if ta { [1, m] } else { [k, 1] };
        let sb = if tb { [1, k] } else { [n, 1] };
        Self::strided(rng, mkn, sa, sb)
    }

    /// Operands read through the strides `sa` and `sb`, stored in the shortest slices that hold
    /// them.
    fn strided(
        rng: &mut SeededRng,
        mkn: (usize, usize, usize),
        sa: [usize; 2],
        sb: [usize; 2],
    ) -> Self {
        let (m, k, n) = mkn;
        let span = |rows: usize, cols: usize, [rs, cs]: [usize; 2]| {
            if rows == 0 || cols == 0 {
                0
            } else {
                (rows - 1) * rs + (cols - 1) * cs + 1
            }
        };
        let a = random(rng, span(m, k, sa));
        let b = random(rng, span(k, n, sb));
        Self { mkn, a, b, sa, sb }
    }

    /// Element `(i, p)` of `a` and `(p, j)` of `b`.
    fn a(&self, i: usize, p: usize) -> f64 {
        self.a[self.sa[0] * i + self.sa[1] * p].into()
    }

    fn b(&self, p: usize, j: usize) -> f64 {
        self.b[self.sb[0] * p + self.sb[1] * j].into()
    }

    /// `c (+)= a·b` on kernel `K`.
    fn run<K: Tile<T = T>>(&self, c: &mut [T], overwrite: bool) {
        gemm_with::<K>(
            self.mkn,
            (&self.a, self.sa),
            (&self.b, self.sb),
            c,
            overwrite,
        );
    }

    /// `c (+)= a·b` on kernel `K`, packed or not as `path` says.
    fn run_path<K: Tile<T = T>>(&self, c: &mut [T], overwrite: bool, path: Path) {
        let (a, b) = ((&self.a[..], self.sa), (&self.b[..], self.sb));
        gemm_path::<K>(self.mkn, a, b, c, overwrite, path);
    }

    /// Checks `c` against `c0 + a·b` by the triple loop (in `f64`), within `tol` per unit of
    /// depth.
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
                    "{what} {:?} strides {:?} {:?} [{i}, {j}]: {got} vs {want}",
                    self.mkn,
                    self.sa,
                    self.sb,
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
    for t in [(false, false), (true, false), (false, true), (true, true)] {
        let case = Case::<K::T>::random(rng, mkn, t);
        check_case::<K>(rng, &case, tol);
    }
}

/// Overwrite (over garbage) and accumulate (onto random values) of one product.
fn check_case<K: Tile>(rng: &mut SeededRng, case: &Case<K::T>, tol: f64)
where
    K::T: Real,
{
    let (m, _, n) = case.mkn;
    let mut c = alloc::vec![K::T::from_f64(f64::NAN); m * n];
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

/// Every edge size up to two tiles and one in each dimension (against a whole, a partial and
/// a single tile in the other), depths 0, 1, 7 and around `KC`, and blocks past `MC` and `NC`
/// (and past [`Tile::MC_WIDE`] in a block of `b` wider than [`Tile::WIDE`]).
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
    if K::MC_WIDE != K::MC {
        // A block of `b` wide enough for the taller row block, and rows past it.
        let wide = (K::WIDE + 5).min(K::NC);
        assert_eq!(super::driver::row_block::<K>(wide), K::MC_WIDE);
        check_shape::<K>(&mut rng, (K::MC_WIDE + K::MR + 3, 9, wide), tol);
    }
    // Empty outputs, with and without depth.
    for mkn in [(0, 5, nr), (mr, 5, 0), (0, 0, 0), (0, 3, 0)] {
        check_shape::<K>(&mut rng, mkn, tol);
    }
    // Neither operand contiguous along either axis (views such as every other column of a
    // transposed matrix): the packing's general gathers, on whole and partial panels, across
    // two depth blocks.
    for (m, k, n) in [(2 * mr + 1, 7, nr + 3), (mr, K::KC + 3, 2 * nr + 1)] {
        let case = Case::<K::T>::strided(&mut rng, (m, k, n), [2, 2 * m + 1], [3, 3 * k + 1]);
        check_case::<K>(&mut rng, &case, tol);
    }
}

/// `gemm` runs the best kernel of this CPU (bit for bit what that kernel computes), and returns
/// `false`, computing nothing, only on a CPU without AVX2 + FMA.
#[test]
fn gemm_runs_the_detected_kernel() {
    fn check<T: Real>() {
        let mut rng = SeededRng::new(5);
        let case = Case::<T>::random(&mut rng, (19, 23, 37), (false, true));
        let (m, _, n) = case.mkn;
        let mut got = alloc::vec![T::from_f64(f64::NAN); m * n];
        let ran = super::gemm(case.mkn, (&case.a, case.sa), (&case.b, case.sb), &mut got);
        let mut want = alloc::vec![T::from_f64(f64::NAN); m * n];
        match Isa::detected() {
            Isa::Avx512 => case.run::<T::Avx512>(&mut want, true),
            Isa::Avx2 => case.run::<T::Avx2>(&mut want, true),
            Isa::Portable => {}
        }
        assert_eq!(ran, Isa::detected() != Isa::Portable);
        assert!(!ran || got == want, "{:?}", Isa::detected());
    }
    check::<f32>();
    check::<f64>();
}

/// `Panels::pack` against its documented layout on every path (the panel axis contiguous, the
/// depth contiguous, neither): panel `t` holds, at depth `p`, lane `w`, element `x0 + t·W + w`
/// at depth `p0 + p`, zeros past the block, and nothing after the packed length is written.
#[test]
fn packing_lays_out_panels_and_zero_pads() {
    fn check<const W: usize>() {
        let data: Vec<f64> = (0..600u32).map(|i| f64::from(i) + 0.5).collect();
        for (sx, sp) in [(1, 9), (9, 1), (2, 19), (19, 2)] {
            for (x0, xn) in [(0, 2 * W), (3, W + 2), (5, 1), (4, 0)] {
                // 19 deep: several of the contiguous path's depth groups, the last one short.
                for (p0, kc) in [(0, 1), (2, 5), (1, 19)] {
                    let len = xn.div_ceil(W) * kc * W;
                    let mut out = alloc::vec![f64::NAN; len + W];
                    let panels = Panels {
                        data: &data,
                        sx,
                        sp,
                    };
                    panels.pack::<W>((x0, xn), (p0, kc), &mut out);
                    let what =
                        alloc::format!("W {W}, strides ({sx}, {sp}), x {x0}+{xn}, p {p0}+{kc}");
                    for (at, got) in out[..len].iter().enumerate() {
                        let (t, p, w) = (at / (kc * W), at / W % kc, at % W);
                        let x = t * W + w;
                        let want = if x < xn {
                            data[(x0 + x) * sx + (p0 + p) * sp]
                        } else {
                            0.0
                        };
                        assert!(
                            got.to_bits() == want.to_bits(),
                            "{what} [{t}, {p}, {w}]: {got} vs {want}"
                        );
                    }
                    assert!(
                        out[len..].iter().all(|v| v.is_nan()),
                        "{what}: wrote past the panels"
                    );
                }
            }
        }
    }
    check::<4>();
    check::<6>();
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
    // Above 2·PAR_MIN so they split their output: tall (rows), wide and short (columns), odd
    // sizes (none deep enough to split its depth).
    for mkn in [
        (128, 300, 784),
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

/// Products deep enough to split their depth (`k` larger than `m` and `n`), on 2 and 3
/// threads, overwriting and accumulating, every transpose combination: against the triple loop
/// (the partial sums change the order of the additions, so not bit for bit).
fn check_depth_split<K: Tile>(tol: f64)
where
    K::T: Real,
{
    if !K::available() {
        return;
    }
    let mut rng = SeededRng::new(23);
    for mkn @ (m, k, n) in [(64, 784, 128), (37, 1999, 45), (96, 1500, 200)] {
        let tasks = parallel::with_max_threads(2, || parallel::tasks_for(m * k * n, PAR_MIN));
        let grid = Grid::new(mkn, (K::MR, K::NR), tasks);
        assert!(
            tasks < 2 || grid.depth_split(mkn, K::MR, tasks).is_some(),
            "{mkn:?} splits its depth"
        );
        for threads in [2, 3] {
            parallel::with_max_threads(threads, || check_shape::<K>(&mut rng, mkn, tol));
        }
    }
}

#[test]
fn depth_split_products_match_the_triple_loop() {
    check_depth_split::<Avx512F32>(1e-6);
    check_depth_split::<Avx512F64>(1e-14);
    check_depth_split::<Avx2F32>(1e-6);
    check_depth_split::<Avx2F64>(1e-14);
}

/// The depth split is taken where it reads less than the output grid (deep products with a
/// small output), in blocks of whole row tiles that split the weight rows like the rows of
/// the gradient's product (`784×64·64×128`, which splits its output rows).
#[test]
fn depth_split_only_where_it_reads_less() {
    let (mr, nr) = (8, 32);
    let split = |mkn, tasks| Grid::new(mkn, (mr, nr), tasks).depth_split(mkn, mr, tasks);
    assert_eq!(split((64, 784, 128), 2), Some(392));
    let grid = Grid::new((784, 64, 128), (mr, nr), 2);
    assert_eq!(
        (grid.tm, grid.rows),
        (2, 392),
        "the gradient's rows split alike"
    );
    assert_eq!(split((64, 784, 128), 1), None);
    assert_eq!(split((64, 784, 128), 3), Some(264));
    for mkn in [
        (784, 64, 128),
        (256, 256, 256),
        (64, 128, 784),
        (1024, 1024, 1024),
    ] {
        assert_eq!(split(mkn, 2), None, "{mkn:?}");
    }
}

#[test]
fn grid_splits_along_the_long_side_and_covers_every_element() {
    // 64×784·784×128 on two threads, 14×32 tiles: by columns (64 each), not rows (70 + 0).
    let grid = Grid::new((64, 784, 128), (14, 32), 2);
    assert_eq!((grid.tm, grid.tn), (1, 2));
    let grid = Grid::new((784, 64, 128), (14, 32), 2);
    assert_eq!((grid.tm, grid.tn), (2, 1));
    // The AVX-512 f64 tiles (6×32): 786×64 column blocks hold fewer padded elements than
    // 396×128 row blocks, but each thread would pack all of `a`.
    let grid = Grid::new((784, 64, 128), (6, 32), 2);
    assert_eq!((grid.tm, grid.tn, grid.rows), (2, 1, 396));
    for (mkn, tasks) in [
        ((5, 3, 7), 1),
        ((100, 9, 33), 4),
        ((64, 1, 1000), 3),
        ((1, 1, 1), 2),
        ((100, 9, 100), 6),
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

/// The direct path ([`direct`](super::direct)) against the triple loop and bit for bit against
/// the packed path: every edge row count and vector count (and masked last vector) up to two
/// tiles and one, depths 0, 1, 7 and around `KC`, overwriting and accumulating, each operand
/// row-major or transposed (a transposed `b` falls back to packing), and on 2 threads a product
/// that splits its depth.
fn check_direct<K: Tile>(tol: f64)
where
    K::T: Real,
{
    if !K::available() {
        return;
    }
    assert!(
        K::DIRECT.is_some(),
        "the AVX-512 kernels have a direct path"
    );
    let mut rng = SeededRng::new(K::NR as u64 * 77 + K::MR as u64);
    let (mr, nr) = (K::MR, K::NR);
    let rows = (1..=2 * mr + 1).flat_map(|m| [(m, 1), (m, nr + 3)]);
    let cols = (1..=2 * nr + 1).flat_map(|n| [(1, n), (mr + 3, n)]);
    let mut shapes: Vec<_> = rows
        .chain(cols)
        .flat_map(|(m, n)| [0, 1, 7].map(|k| (m, k, n)))
        .collect();
    for k in [K::KC - 1, K::KC, K::KC + 3, 2 * K::KC + 5] {
        shapes.extend([(2 * mr + 1, k, nr + 3), (mr, k, 2 * nr + 1)]);
    }
    shapes.extend([(64, 64, 64), (50, 40, 70), (0, 5, nr), (mr, 5, 0)]);
    for mkn @ (m, _, n) in shapes {
        for t in [(false, false), (true, false), (false, true), (true, true)] {
            let case = Case::<K::T>::random(&mut rng, mkn, t);
            let c0: Vec<K::T> = random(&mut rng, m * n);
            for overwrite in [true, false] {
                let (mut direct, mut packed) = (c0.clone(), c0.clone());
                case.run_path::<K>(&mut direct, overwrite, Path::Direct);
                case.run_path::<K>(&mut packed, overwrite, Path::Packed);
                let zero = alloc::vec![K::T::from_f64(0.0); m * n];
                case.check(if overwrite { &zero } else { &c0 }, &direct, tol, "direct");
                assert!(direct == packed, "{mkn:?} t={t:?} overwrite={overwrite}");
            }
        }
    }
    let case = Case::<K::T>::random(&mut rng, (64, 784, 128), (false, false));
    let mut c = alloc::vec![K::T::from_f64(f64::NAN); 64 * 128];
    parallel::with_max_threads(2, || case.run_path::<K>(&mut c, true, Path::Direct));
    case.check(
        &alloc::vec![K::T::from_f64(0.0); 64 * 128],
        &c,
        tol,
        "direct depth split",
    );
}

#[test]
fn direct_path_matches_the_packed_path_bit_for_bit() {
    check_direct::<Avx512F32>(1e-6);
    check_direct::<Avx512F64>(1e-14);
}

/// The taller row block only where the packed block of `b` is wider than [`Tile::WIDE`]: the
/// AVX-512 `f32` kernel above 1024 columns; the other kernels always `MC`.
#[test]
fn tall_row_blocks_only_beside_wide_blocks_of_b() {
    use super::driver::row_block;
    assert_eq!(row_block::<Avx512F32>(1024), Avx512F32::MC);
    assert_eq!(row_block::<Avx512F32>(1025), Avx512F32::MC_WIDE);
    assert_eq!(row_block::<Avx512F32>(5000), 448);
    assert_eq!(row_block::<Avx512F64>(5000), Avx512F64::MC);
    assert_eq!(row_block::<Avx2F32>(1024), Avx2F32::MC);
    assert_eq!(row_block::<Avx2F32>(5000), 192);
    assert_eq!(row_block::<Avx2F64>(5000), Avx2F64::MC);
}

/// Products up to 64³ take the direct path on AVX-512 (when `b`'s rows are contiguous), larger
/// ones and the AVX2 kernels (which have none) the packed path.
#[test]
fn direct_path_is_chosen_for_small_products_only() {
    let direct = |mkn, b_sx| Path::Auto.choose::<Avx512F64>(mkn, b_sx).is_some();
    assert!(direct((64, 64, 64), 1));
    assert!(direct((33, 40, 50), 1));
    assert!(!direct((64, 64, 64), 64), "transposed b");
    assert!(!direct((128, 128, 128), 1));
    assert!(!direct((784, 64, 128), 1));
    assert!(
        Path::Direct
            .choose::<Avx512F32>((784, 64, 128), 1)
            .is_some()
    );
    assert!(Path::Packed.choose::<Avx512F32>((8, 8, 8), 1).is_none());
    assert!(Path::Auto.choose::<Avx2F64>((64, 64, 64), 1).is_none());
    assert!(Path::Direct.choose::<Avx2F32>((64, 64, 64), 1).is_none());
}

/// Partial tiles (their own kernel instance, [`Tile::tile_part`], when the kernel has one)
/// against the same elements inside whole tiles: bit-identical, for every row count and every
/// column count of the last tile (whole vectors or not), in one and two depth blocks.
fn check_partial_tiles<K: Tile>()
where
    K::T: Real,
{
    if !K::available() {
        return;
    }
    let mut rng = SeededRng::new(23);
    let (mr, nr) = (K::MR, K::NR);
    for k in [7, K::KC + 5] {
        // Whole tiles only: 2·MR rows by 2·NR columns.
        let full = Case::<K::T>::random(&mut rng, (2 * mr, k, 2 * nr), (false, false));
        let mut want = alloc::vec![K::T::from_f64(0.0); 4 * mr * nr];
        full.run::<K>(&mut want, true);
        for (m, n) in (mr + 1..=2 * mr).flat_map(|m| (nr + 1..=2 * nr).map(move |n| (m, n))) {
            // The first `m` rows and `n` columns of the same operands.
            let part = Case {
                mkn: (m, k, n),
                a: full.a[..m * k].to_vec(),
                b: full.b.clone(),
                sa: full.sa,
                sb: full.sb,
            };
            let mut c = alloc::vec![K::T::from_f64(f64::NAN); m * n];
            part.run::<K>(&mut c, true);
            for (i, row) in c.chunks_exact(n).enumerate() {
                assert!(row == &want[i * 2 * nr..][..n], "{m}×{k}×{n}, row {i}");
            }
        }
    }
}

#[test]
fn partial_tiles_are_bit_identical_to_whole_ones() {
    check_partial_tiles::<Avx512F32>();
    check_partial_tiles::<Avx512F64>();
    check_partial_tiles::<Avx2F32>();
    check_partial_tiles::<Avx2F64>();
}

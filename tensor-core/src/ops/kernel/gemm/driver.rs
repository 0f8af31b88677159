//! The loop nest around the micro-kernel for one block of the output: BLIS order (`NC`
//! columns, `KC` depth, pack `b`; `MC` rows, pack `a`; `NR` columns, `MR` rows, one tile).

use super::microkernel::Tile;
use super::pack::Panels;
use crate::storage::scratch::Scratch;

/// The largest `MR·NR` of any kernel: the stack buffer of an edge tile.
const MAX_TILE: usize = 512;

/// A block of rows `rows.0 .. rows.0 + rows.1` and columns `cols.0 .. cols.0 + cols.1` of the
/// output, whose element `(i, j)` is at `c + i·ldc + j`.
#[derive(Clone, Copy)]
pub(crate) struct Out<T> {
    pub c: *mut T,
    pub ldc: usize,
    pub rows: (usize, usize),
    pub cols: (usize, usize),
}

/// `c = a · b` (or `c += a · b` when not `overwrite`) on the block `out`, `k ≥ 1` deep, with
/// `a` as panels along rows and `b` as panels along columns; `scratch` holds the packed blocks.
///
/// Every element of `c` gets `Σ` over the `KC` depth blocks in order of (a sum from 0 of its
/// products in depth order), whatever the block: the result does not depend on how the output
/// is split into blocks.
///
/// # Safety
/// `K::available()`; the block lies inside an output of row stride `ldc` that is valid for
/// reads and writes, not aliased by `a`, `b` or anything else while this runs.
///
/// # Panics
/// When the block reaches outside `a` or `b`.
pub(super) unsafe fn run<K: Tile>(
    k: usize,
    a: Panels<'_, K::T>,
    b: Panels<'_, K::T>,
    out: Out<K::T>,
    scratch: &mut [Scratch<K::T>; 2],
    overwrite: bool,
) {
    const {
        assert!(K::MR * K::NR <= MAX_TILE && K::NC % K::NR == 0);
        assert!(K::MC % K::MR == 0 && K::MC_WIDE % K::MR == 0);
    };
    let ((i0, m), (j0, n)) = (out.rows, out.cols);
    let mc_max = row_block::<K>(n);
    // Buffers for the largest blocks of this product (small products allocate little).
    let depth = K::KC.min(k);
    let [a_buf, b_buf] = scratch;
    let a_buf = a_buf.get(mc_max.min(m.next_multiple_of(K::MR)) * depth);
    let b_buf = b_buf.get(K::NC.min(n.next_multiple_of(K::NR)) * depth);
    for jc in (0..n).step_by(K::NC) {
        let nc = K::NC.min(n - jc);
        for pc in (0..k).step_by(K::KC) {
            let kc = K::KC.min(k - pc);
            K::pack_b(b, (j0 + jc, nc), (pc, kc), b_buf);
            let overwrite = overwrite && pc == 0;
            for ic in (0..m).step_by(mc_max) {
                let mc = mc_max.min(m - ic);
                K::pack_a(a, (i0 + ic, mc), (pc, kc), a_buf);
                for jr in (0..nc).step_by(K::NR) {
                    let b_panel = &b_buf[jr * kc..][..kc * K::NR];
                    for ir in (0..mc).step_by(K::MR) {
                        let a_panel = &a_buf[ir * kc..][..kc * K::MR];
                        let tile = (K::MR.min(mc - ir), K::NR.min(nc - jr));
                        let first = (i0 + ic + ir, j0 + jc + jr);
                        // SAFETY: the panels hold `kc·MR` and `kc·NR` elements; the tile's
                        // `tile.0 × tile.1` elements lie inside the caller's block.
                        unsafe { one_tile::<K>(kc, a_panel, b_panel, out, first, tile, overwrite) };
                    }
                }
            }
        }
    }
}

/// The row block (`MC`) of a block of the output `n` columns wide: [`Tile::MC_WIDE`] when the
/// packed block of `b` (`KC × min(n, NC)`) is wider than [`Tile::WIDE`] columns, else
/// [`Tile::MC`].
///
/// A wide block of `b` no longer fits beside the rest in L2 and each of its panels comes back
/// from L3 once per row block; a taller row block reuses it for more tiles. The AVX-512 `f32`
/// kernel (8×32, `KC` 256) takes 448 rows instead of 112 when more than 1024 columns (1 MiB of
/// `b`, half of the 2 MiB L2 of the Sapphire Rapids Xeon) are packed. Measured there, one
/// thread, old and new builds alternated in one window: 2048³ 0.95–0.97 of the time in every
/// round, while 448 rows for every product made 512³ and 1024³ on one thread and 1024³–2048³ on
/// two threads (each thread 1024 columns) 2–5 % slower.
pub(super) fn row_block<K: Tile>(n: usize) -> usize {
    if n.min(K::NC) > K::WIDE {
        K::MC_WIDE
    } else {
        K::MC
    }
}

/// The tile of `tile.0 × tile.1` elements at `first` (row, column) of `out`: the kernel writes
/// it in place when whole, or when it is whole vectors of columns and the kernel has an
/// instance for that part ([`Tile::tile_part`]); else into a stack buffer (through the part's
/// instance when there is one) copied (or added) into `c`.
///
/// # Safety
/// As [`run`], and the tile lies inside the caller's block.
#[inline]
unsafe fn one_tile<K: Tile>(
    kc: usize,
    a: &[K::T],
    b: &[K::T],
    out: Out<K::T>,
    (i, j): (usize, usize),
    (mr, nr): (usize, usize),
    overwrite: bool,
) {
    // SAFETY: the caller vouches for the tile inside `out`.
    let c = unsafe { out.c.add(i * out.ldc + j) };
    if mr == K::MR && nr == K::NR {
        // SAFETY: a whole tile: exactly the `MR×NR` elements the caller vouched for.
        unsafe { K::tile(kc, a.as_ptr(), b.as_ptr(), c, out.ldc, overwrite) };
        return;
    }
    // The part of the tile in whole vectors: written in place when it is exactly the tile.
    let part = (mr, nr.div_ceil(K::LANES));
    // SAFETY: `mr × nr` elements, as the caller vouched for, when `nr` is whole vectors.
    if part.1 * K::LANES == nr
        && unsafe { K::tile_part(part, kc, a.as_ptr(), b.as_ptr(), c, out.ldc, overwrite) }
    {
        return;
    }
    let mut buf = [<K::T as num_traits::Zero>::zero(); MAX_TILE];
    let buf_ptr = buf.as_mut_ptr();
    // SAFETY: `buf` holds `MR·NR ≤ MAX_TILE` elements (checked at compile time), row stride
    // NR: room for the part or the whole tile.
    unsafe {
        if !K::tile_part(part, kc, a.as_ptr(), b.as_ptr(), buf_ptr, K::NR, true) {
            K::tile(kc, a.as_ptr(), b.as_ptr(), buf_ptr, K::NR, true);
        }
    }
    for (r, row) in buf.chunks_exact(K::NR).take(mr).enumerate() {
        for (x, &v) in row[..nr].iter().enumerate() {
            // SAFETY: `r < mr`, `x < nr`: inside the tile the caller vouched for.
            unsafe {
                let p = c.add(r * out.ldc + x);
                *p = if overwrite { v } else { *p + v };
            }
        }
    }
}

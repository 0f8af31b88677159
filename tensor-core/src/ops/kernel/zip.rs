//! Elementwise kernels: map, zip, assign, select and copies over strided operands.
//!
//! `map`, `zip`, `zip_assign` and `zip3` split outputs longer than [`PAR_GRAIN`] elements
//! across threads ([`crate::parallel`]); each element is computed by the same code whatever the
//! split, so results are bit-identical to one thread. Outputs of [`STREAM_BYTES`] or more that
//! the caller passes in (`add_into`, `select_into`) are written with streaming stores (see
//! `stream.rs`).
//!
//! [`STREAM_BYTES`]: super::STREAM_BYTES

use super::stream::{streams, write_streaming};
use super::{RowPlan, Strided, StridedMut, at, check_len, row_major_strides};
use crate::{Elem, parallel};

/// Outputs shorter than this many elements (per extra thread) stay on the calling thread:
/// below it, waking a thread costs more than the work it takes over.
pub const PAR_GRAIN: usize = 1 << 16;
/// In-place updates (`zip_assign` of a contiguous destination) split from this many elements
/// per extra thread: their destination lives on across calls (a parameter updated from its
/// gradient each training step) and was last split the same way (task `t` on thread `t`, see
/// [`parallel`]), so each thread finds its part in its own core's cache. Measured on the 2-core
/// Xeon (`benches/train_step_profile.rs`, 2 threads, provisional): the SGD update of a
/// 784×128 `f32` weight matrix (100 352 elements, below [`PAR_GRAIN`]) took 31 µs on the
/// calling thread, which pulled the half of the gradient and weights the other core had
/// computed, and 8 µs split.
pub const ASSIGN_GRAIN: usize = 1 << 15;
/// Threads' pieces of an output start at multiples of this many elements (a 64-byte cache
/// line of `f32`), so no two threads write the same line and vector loops start aligned.
const PAR_ALIGN: usize = 16;

/// Runs `f(offset, chunk, others_chunks)` over consecutive chunks of `data` and the same
/// ranges of `others`, split across threads where `zip_assign` splits `data` (an in-place
/// update: a parameter and its optimiser state, see [`ASSIGN_GRAIN`]).
#[cfg(feature = "alloc")] // the optimisers'
pub(crate) fn update_chunks<T: Send, const N: usize>(
    data: &mut [T],
    others: [&mut [T]; N],
    f: impl Fn(usize, &mut [T], [&mut [T]; N]) + Sync,
) {
    parallel::for_each_chunk_zip_mut(data, others, ASSIGN_GRAIN, PAR_ALIGN, f);
}

/// Runs `f(offset, chunk)` over consecutive chunks of `out`, in parallel for long outputs.
fn par_chunks<O: Send>(out: &mut [O], f: impl Fn(usize, &mut [O]) + Sync) {
    parallel::for_each_chunk_mut(out, PAR_GRAIN, PAR_ALIGN, f);
}

/// How a kernel writes its output.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Store {
    /// Ordinary stores: for a buffer just allocated (its zeroed pages are in the cache when the
    /// kernel writes them), for small outputs, and whenever the caller reads the result soon.
    Cached,
    /// Streaming stores when the output is big ([`STREAM_BYTES`](super::STREAM_BYTES)): for
    /// an existing buffer the caller passes in (`add_into`, `select_into`), which ordinary stores
    /// would first read from memory.
    StreamBig,
}

/// Like [`par_chunks`] for an output the kernel only writes: `fill(offset, part)` must write
/// every element of `part`, which it may get in pieces (blocks then streamed out).
fn par_fill<O: Elem>(out: &mut [O], store: Store, fill: impl Fn(usize, &mut [O]) + Sync) {
    let stream = store == Store::StreamBig && streams::<O>(out.len());
    par_chunks(out, |off, chunk| {
        if stream {
            write_streaming(chunk, |at, part| fill(off + at, part));
        } else {
            fill(off, chunk);
        }
    });
}

/// Runs `run(piece, offsets)` over the row pieces of `plan`, whose operand 0 is `out` itself
/// (contiguous from offset 0): `piece` is the part of `out` a piece covers and `offsets` are
/// every operand's offset at its first element. Long outputs are split across threads.
fn par_runs<O: Elem, const N: usize>(
    (out, store): (&mut [O], Store),
    plan: &RowPlan<N>,
    start: [usize; N],
    run: impl Fn(&mut [O], [usize; N]) + Sync,
) {
    par_fill(out, store, |off, part| {
        runs_in(plan, start, (off, part), &run);
    });
}

/// Runs `run(piece, offsets)` over the row pieces of `plan` that cover `part`, the elements
/// from `off` on of operand 0 (contiguous from offset 0).
fn runs_in<O, const N: usize>(
    plan: &RowPlan<N>,
    start: [usize; N],
    (off, part): (usize, &mut [O]),
    run: &impl Fn(&mut [O], [usize; N]),
) {
    plan.for_each_run(start, off..off + part.len(), |offs, len| {
        let o = offs[0] - off;
        run(&mut part[o..o + len], offs);
    });
}

/// `out[i] = f(a[i])`.
///
/// # Panics
/// When `out` and `a` differ in length.
///
/// ```
/// use tensorial::ops::kernel::map;
/// let mut out = [0; 3];
/// map(&mut out, &[1, 2, 3], |x| x * 2);
/// assert_eq!(out, [2, 4, 6]);
/// ```
pub fn map<A: Copy + Sync, O: Elem>(out: &mut [O], a: &[A], f: impl Fn(A) -> O + Sync) {
    assert_eq!(out.len(), a.len());
    par_fill(out, Store::Cached, |off, chunk| {
        for (o, &x) in chunk.iter_mut().zip(&a[off..]) {
            *o = f(x);
        }
    });
}

/// `x = f(x)` for every element of `data`.
///
/// ```
/// use tensorial::ops::kernel::map_inplace;
/// let mut data = [1, 2, 3];
/// map_inplace(&mut data, |x| x * x);
/// assert_eq!(data, [1, 4, 9]);
/// ```
pub fn map_inplace<T: Copy + Send>(data: &mut [T], f: impl Fn(T) -> T + Sync) {
    par_chunks(data, |_, chunk| chunk.iter_mut().for_each(|x| *x = f(*x)));
}

/// `out = f(a)` elementwise, with `a` strided and `out` contiguous of the same dims.
///
/// # Panics
/// When `out.len()` is not the number of elements of `a`.
///
/// ```
/// use tensorial::ops::kernel::{map_strided, Strided};
/// let mut out = [0; 3];
/// map_strided(&mut out, Strided::new(&[1, 2, 3], 2, &[3], &[-1]), |x| x * 10);
/// assert_eq!(out, [30, 20, 10]);
/// ```
pub fn map_strided<A: Copy + Sync, O: Elem>(
    out: &mut [O],
    a: Strided<'_, A>,
    f: impl Fn(A) -> O + Sync,
) {
    check_len(out.len(), a.dims());
    if let Some(a) = a.as_contiguous() {
        return map(out, a, f);
    }
    let out_strides = row_major_strides(a.dims());
    let plan = RowPlan::new(
        a.dims(),
        [(a.dims(), &out_strides[..a.geo.rank]), a.parts()],
    );
    let (_, [_, sa]) = plan.inner();
    let src = a.data;
    par_runs(
        (out, Store::Cached),
        &plan,
        [0, a.geo.offset],
        |out, [_, i]| {
            for (t, o) in out.iter_mut().enumerate() {
                *o = f(src[at(i, t, sa)]);
            }
        },
    );
}

/// `out = f(a, b)` elementwise, with `a` and `b` broadcast to `out_dims`.
///
/// # Panics
/// When a dim list does not broadcast to `out_dims` or a slice length disagrees with its dims.
///
/// ```
/// use tensorial::ops::kernel::zip;
/// let mut out = [0; 6];
/// zip(&mut out, &[2, 3], (&[1, 2, 3, 4, 5, 6], &[2, 3]), (&[10, 20], &[2, 1]), |a, b| a + b);
/// assert_eq!(out, [11, 12, 13, 24, 25, 26]);
/// ```
pub fn zip<A: Copy + Sync, B: Copy + Sync, O: Elem>(
    out: &mut [O],
    out_dims: &[usize],
    (a, a_dims): (&[A], &[usize]),
    (b, b_dims): (&[B], &[usize]),
    f: impl Fn(A, B) -> O + Sync,
) {
    zip_strided(
        out,
        out_dims,
        Strided::contiguous(a, a_dims),
        Strided::contiguous(b, b_dims),
        f,
    );
}

/// `out = f(a, b)` elementwise, with strided `a` and `b` broadcast to `out_dims`.
///
/// # Panics
/// When a dim list does not broadcast to `out_dims` or `out.len()` disagrees with `out_dims`.
///
/// ```
/// use tensorial::ops::kernel::{zip_strided, Strided};
/// let m = [1, 2, 3, 4, 5, 6]; // 2×3
/// let col0 = Strided::new(&m, 0, &[2, 1], &[3, 1]); // m[:, :1]
/// let mut out = [0; 6];
/// zip_strided(&mut out, &[2, 3], Strided::contiguous(&m, &[2, 3]), col0, |a, b| a - b);
/// assert_eq!(out, [0, 1, 2, 0, 1, 2]);
/// ```
pub fn zip_strided<A: Copy + Sync, B: Copy + Sync, O: Elem>(
    out: &mut [O],
    out_dims: &[usize],
    a: Strided<'_, A>,
    b: Strided<'_, B>,
    f: impl Fn(A, B) -> O + Sync,
) {
    zip_strided_to((out, Store::Cached), out_dims, a, b, f);
}

/// [`zip_strided`] writing its output as `store` says.
pub(crate) fn zip_strided_to<A: Copy + Sync, B: Copy + Sync, O: Elem>(
    (out, store): (&mut [O], Store),
    out_dims: &[usize],
    a: Strided<'_, A>,
    b: Strided<'_, B>,
    f: impl Fn(A, B) -> O + Sync,
) {
    check_len(out.len(), out_dims);
    if a.dims() == out_dims
        && b.dims() == out_dims
        && let (Some(a), Some(b)) = (a.as_contiguous(), b.as_contiguous())
    {
        // Same shapes, both contiguous: no row plan (small tensors, the common case).
        return par_fill(out, store, |off, part| {
            let n = part.len();
            let ab = a[off..off + n].iter().zip(&b[off..off + n]);
            for (o, (&x, &y)) in part.iter_mut().zip(ab) {
                *o = f(x, y);
            }
        });
    }
    let out_strides = row_major_strides(out_dims);
    let out_layout = (out_dims, &out_strides[..out_dims.len()]);
    let plan = RowPlan::new(out_dims, [out_layout, a.parts(), b.parts()]);
    let (_, [_, sa, sb]) = plan.inner();
    let (a, b, start) = (a.data, b.data, [0, a.geo.offset, b.geo.offset]);
    par_runs((out, store), &plan, start, |out, [_, i, j]| {
        let n = out.len();
        match (sa, sb) {
            (1, 1) => {
                for ((o, &x), &y) in out.iter_mut().zip(&a[i..i + n]).zip(&b[j..j + n]) {
                    *o = f(x, y);
                }
            }
            (1, 0) => {
                let y = b[j];
                for (o, &x) in out.iter_mut().zip(&a[i..i + n]) {
                    *o = f(x, y);
                }
            }
            (0, 1) => {
                let x = a[i];
                for (o, &y) in out.iter_mut().zip(&b[j..j + n]) {
                    *o = f(x, y);
                }
            }
            _ => {
                for (t, o) in out.iter_mut().enumerate() {
                    *o = f(a[at(i, t, sa)], b[at(j, t, sb)]);
                }
            }
        }
    });
}

/// `dst = f(dst, b)` elementwise, with `b` broadcast to `dst_dims` (the `+=` family).
///
/// # Panics
/// When `b_dims` does not broadcast to `dst_dims` or a slice length disagrees with its dims.
///
/// ```
/// use tensorial::ops::kernel::zip_assign;
/// let mut m = [1, 2, 3, 4, 5, 6]; // 2×3
/// zip_assign(&mut m, &[2, 3], (&[10, 20, 30], &[3]), |a, b| a + b); // m += row
/// assert_eq!(m, [11, 22, 33, 14, 25, 36]);
/// ```
pub fn zip_assign<T: Copy + Send, B: Copy + Sync>(
    dst: &mut [T],
    dst_dims: &[usize],
    (b, b_dims): (&[B], &[usize]),
    f: impl Fn(T, B) -> T + Sync,
) {
    zip_assign_strided(
        StridedMut::contiguous(dst, dst_dims),
        Strided::contiguous(b, b_dims),
        f,
    );
}

/// `dst = f(dst, b)` elementwise on strided layouts, with `b` broadcast to `dst`'s dims.
///
/// # Panics
/// When `b`'s dims do not broadcast to `dst`'s.
///
/// ```
/// use tensorial::ops::kernel::{zip_assign_strided, Strided, StridedMut};
/// let mut m = [1, 2, 3, 4, 5, 6]; // 2×3
/// let col1 = StridedMut::new(&mut m, 1, &[2], &[3]); // m[:, 1]
/// zip_assign_strided(col1, Strided::contiguous(&[100], &[]), |a, b| a + b);
/// assert_eq!(m, [1, 102, 3, 4, 105, 6]);
/// ```
pub fn zip_assign_strided<T: Copy + Send, B: Copy + Sync>(
    mut dst: StridedMut<'_, T>,
    b: Strided<'_, B>,
    f: impl Fn(T, B) -> T + Sync,
) {
    let dims = dst.geo;
    let Some(data) = dst.contiguous_mut() else {
        let plan = RowPlan::new(dst.dims(), [(dst.dims(), dst.strides()), b.parts()]);
        return assign_rows(&plan, dst.data, dst.geo.offset, b, &f);
    };
    // A contiguous destination: split across threads like an output.
    let strides = row_major_strides(dims.dims());
    let plan = RowPlan::new(
        dims.dims(),
        [(dims.dims(), &strides[..dims.rank]), b.parts()],
    );
    let (_, [_, sb]) = plan.inner();
    let run = |dst: &mut [T], [_, j]: [usize; 2]| {
        let n = dst.len();
        assign_run(dst, (0, 1), (b.data, j, sb), n, &f);
    };
    parallel::for_each_chunk_mut(data, ASSIGN_GRAIN, PAR_ALIGN, |off, part| {
        runs_in(&plan, [0, b.geo.offset], (off, part), &run);
    });
}

/// Runs `dst = f(dst, src)` over every row of `plan` (operands `[dst, src]`), with `dst`
/// starting at `dst_offset`, on the calling thread (`dst` may be strided).
pub(super) fn assign_rows<T: Copy, B: Copy>(
    plan: &RowPlan<2>,
    dst: &mut [T],
    dst_offset: usize,
    src: Strided<'_, B>,
    f: &impl Fn(T, B) -> T,
) {
    let (n, [sd, sb]) = plan.inner();
    plan.for_each_row([dst_offset, src.geo.offset], |[o, j]| {
        assign_run(dst, (o, sd), (src.data, j, sb), n, f);
    });
}

/// `dst = f(dst, b)` along one run of `n` elements: `dst` from `o` with stride `sd`, `b` from
/// `j` with stride `sb`.
fn assign_run<T: Copy, B: Copy>(
    dst: &mut [T],
    (o, sd): (usize, isize),
    (b, j, sb): (&[B], usize, isize),
    n: usize,
    f: &impl Fn(T, B) -> T,
) {
    match (sd, sb) {
        (1, 1) => {
            for (d, &y) in dst[o..o + n].iter_mut().zip(&b[j..j + n]) {
                *d = f(*d, y);
            }
        }
        (1, 0) => {
            let y = b[j];
            dst[o..o + n].iter_mut().for_each(|d| *d = f(*d, y));
        }
        _ => {
            for t in 0..n {
                let d = &mut dst[at(o, t, sd)];
                *d = f(*d, b[at(j, t, sb)]);
            }
        }
    }
}

/// `out = f(a, b, c)` elementwise with all three broadcast to `out_dims` (used by `select`).
///
/// # Panics
/// When a dim list does not broadcast to `out_dims` or a slice length disagrees with its dims.
///
/// ```
/// use tensorial::ops::kernel::zip3;
/// let mut out = [0; 4];
/// let cond = [true, false];
/// zip3(&mut out, &[2, 2], (&cond, &[2]), (&[1, 2, 3, 4], &[2, 2]), (&[0], &[]), |c, a, b| {
///     if c { a } else { b }
/// });
/// assert_eq!(out, [1, 0, 3, 0]);
/// ```
pub fn zip3<A: Copy + Sync, B: Copy + Sync, C: Copy + Sync, O: Elem>(
    out: &mut [O],
    out_dims: &[usize],
    (a, a_dims): (&[A], &[usize]),
    (b, b_dims): (&[B], &[usize]),
    (c, c_dims): (&[C], &[usize]),
    f: impl Fn(A, B, C) -> O + Sync,
) {
    zip3_strided(
        out,
        out_dims,
        (
            Strided::contiguous(a, a_dims),
            Strided::contiguous(b, b_dims),
            Strided::contiguous(c, c_dims),
        ),
        f,
    );
}

/// `out = f(a, b, c)` elementwise with strided `a`, `b`, `c` broadcast to `out_dims`.
///
/// # Panics
/// When a dim list does not broadcast to `out_dims` or `out.len()` disagrees with `out_dims`.
///
/// ```
/// use tensorial::ops::kernel::{zip3_strided, Strided};
/// let mut out = [0; 3];
/// let cond = Strided::contiguous(&[true, false, true], &[3]);
/// let a = Strided::new(&[1, 2, 3], 2, &[3], &[-1]); // reversed
/// let zero = Strided::contiguous(&[0], &[]); // a scalar
/// zip3_strided(&mut out, &[3], (cond, a, zero), |c, a, b| if c { a } else { b });
/// assert_eq!(out, [3, 0, 1]);
/// ```
pub fn zip3_strided<A: Copy + Sync, B: Copy + Sync, C: Copy + Sync, O: Elem>(
    out: &mut [O],
    out_dims: &[usize],
    operands: (Strided<'_, A>, Strided<'_, B>, Strided<'_, C>),
    f: impl Fn(A, B, C) -> O + Sync,
) {
    zip3_strided_to((out, Store::Cached), out_dims, operands, f);
}

/// [`zip3_strided`] writing its output as `store` says.
pub(crate) fn zip3_strided_to<A: Copy + Sync, B: Copy + Sync, C: Copy + Sync, O: Elem>(
    (out, store): (&mut [O], Store),
    out_dims: &[usize],
    (a, b, c): (Strided<'_, A>, Strided<'_, B>, Strided<'_, C>),
    f: impl Fn(A, B, C) -> O + Sync,
) {
    check_len(out.len(), out_dims);
    let out_strides = row_major_strides(out_dims);
    let out_layout = (out_dims, &out_strides[..out_dims.len()]);
    let plan = RowPlan::new(out_dims, [out_layout, a.parts(), b.parts(), c.parts()]);
    let (_, [_, sa, sb, sc]) = plan.inner();
    let start = [0, a.geo.offset, b.geo.offset, c.geo.offset];
    let (a, b, c) = (a.data, b.data, c.data);
    par_runs((out, store), &plan, start, |out, [_, i, j, k]| {
        let n = out.len();
        match (sa, sb, sc) {
            (1, 1, 1) => {
                let abc = a[i..i + n].iter().zip(&b[j..j + n]).zip(&c[k..k + n]);
                for (o, ((&x, &y), &z)) in out.iter_mut().zip(abc) {
                    *o = f(x, y, z);
                }
            }
            (1, 1, 0) => {
                let z = c[k];
                for (o, (&x, &y)) in out.iter_mut().zip(a[i..i + n].iter().zip(&b[j..j + n])) {
                    *o = f(x, y, z);
                }
            }
            (1, 0, 1) => {
                let y = b[j];
                for (o, (&x, &z)) in out.iter_mut().zip(a[i..i + n].iter().zip(&c[k..k + n])) {
                    *o = f(x, y, z);
                }
            }
            _ => {
                for (t, o) in out.iter_mut().enumerate() {
                    *o = f(a[at(i, t, sa)], b[at(j, t, sb)], c[at(k, t, sc)]);
                }
            }
        }
    });
}

/// Copies `src` broadcast to `out_dims` into `out` (materializing; used by `broadcast_to`).
pub fn broadcast_copy<T: Copy>(
    out: &mut [T],
    out_dims: &[usize],
    (src, src_dims): (&[T], &[usize]),
) {
    copy(
        StridedMut::contiguous(out, out_dims),
        Strided::contiguous(src, src_dims),
    );
}

/// Copies `src`, broadcast to `dst`'s dims, into the strided `dst`.
///
/// # Panics
/// When `src`'s dims do not broadcast to `dst`'s.
///
/// ```
/// use tensorial::ops::kernel::{copy, Strided, StridedMut};
/// let mut m = [0; 6]; // 2×3
/// copy(StridedMut::contiguous(&mut m, &[2, 3]), Strided::contiguous(&[1, 2, 3], &[3]));
/// assert_eq!(m, [1, 2, 3, 1, 2, 3]);
/// ```
pub fn copy<T: Copy>(dst: StridedMut<'_, T>, src: Strided<'_, T>) {
    let plan = RowPlan::new(dst.dims(), [(dst.dims(), dst.strides()), src.parts()]);
    let (n, [sd, s]) = plan.inner();
    let (out, data) = (&mut *dst.data, src.data);
    plan.for_each_row([dst.geo.offset, src.geo.offset], |[o, i]| match (sd, s) {
        (1, 1) => out[o..o + n].copy_from_slice(&data[i..i + n]),
        (1, 0) => out[o..o + n].fill(data[i]),
        _ => {
            for t in 0..n {
                out[at(o, t, sd)] = data[at(i, t, s)];
            }
        }
    });
}

/// Calls `f(a, b)` for every element of `a` in row-major order, with `b` broadcast to `a`'s
/// dims (used by `masked_select`).
///
/// # Panics
/// When `b`'s dims do not broadcast to `a`'s.
///
/// ```
/// use tensorial::ops::kernel::{for_each_zip, Strided};
/// let mut picked = [0; 2];
/// let mut n = 0;
/// let mask = Strided::contiguous(&[true, false, true], &[3]);
/// for_each_zip(Strided::contiguous(&[4, 5, 6], &[3]), mask, |x, m| {
///     if m { picked[n] = x; n += 1; }
/// });
/// assert_eq!(picked, [4, 6]);
/// ```
pub fn for_each_zip<A: Copy, B: Copy>(
    a: Strided<'_, A>,
    b: Strided<'_, B>,
    mut f: impl FnMut(A, B),
) {
    let plan = RowPlan::new(a.dims(), [a.parts(), b.parts()]);
    let (n, [sa, sb]) = plan.inner();
    let (x, y) = (a.data, b.data);
    plan.for_each_row([a.geo.offset, b.geo.offset], |[i, j]| {
        for t in 0..n {
            f(x[at(i, t, sa)], y[at(j, t, sb)]);
        }
    });
}

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use super::*;
    use alloc::vec::Vec;

    /// An in-place update long enough to split (a 784×128 weight matrix minus a row broadcast
    /// along it, and one of odd length) equals the naive loop bit for bit, on 1 and 2 threads.
    #[test]
    fn split_in_place_updates_match_the_naive_loop() {
        let mut rng = crate::SeededRng::new(11);
        for (rows, cols) in [(784, 128), (2 * ASSIGN_GRAIN / 7 + 3, 7)] {
            let w: Vec<f32> = (0..rows * cols).map(|_| rng.next_f32()).collect();
            let g: Vec<f32> = (0..cols).map(|_| rng.next_f32()).collect();
            let f = |w: f32, g: f32| w - 0.01 * g;
            let want: Vec<f32> = w
                .iter()
                .enumerate()
                .map(|(i, &x)| f(x, g[i % cols]))
                .collect();
            for threads in [1, 2] {
                let mut got = w.clone();
                crate::parallel::with_max_threads(threads, || {
                    zip_assign(&mut got, &[rows, cols], (&g, &[cols]), f);
                });
                assert!(got == want, "{rows}×{cols} on {threads} threads");
            }
        }
    }
}

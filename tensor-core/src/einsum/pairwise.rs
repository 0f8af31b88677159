//! Pairwise execution on the GEMM (feature `alloc`): each step lays its two terms out as
//! `[B, M, K]` and `[B, K, N]` (in place when they already are), sums labels private to one term
//! on the way, and runs a batched GEMM into `[B, M, N]` — straight into the output on the last
//! step when the output's axes are in that order.

use super::layout::{Labels, Layout, ordered};
use super::path::EinsumPath;
use crate::ops::GemmElem;
use crate::ops::kernel::Strided;
use alloc::vec::Vec;

use super::equation::MAX_LABELS;

impl Layout {
    /// The contiguous row-major layout of a buffer whose axes carry `order`'s labels (each once).
    fn row_major(order: &[u8], sizes: &[usize]) -> Self {
        let mut layout = Self {
            offset: 0,
            strides: [0; MAX_LABELS],
            mask: 0,
        };
        let mut stride = 1isize;
        for &l in order.iter().rev() {
            let l = usize::from(l);
            layout.strides[l] = stride;
            layout.mask |= 1 << l;
            stride *= sizes[l].cast_signed();
        }
        layout
    }
}

/// The labels of `mask` by decreasing stride in `layout` (memory order: no copy when it is
/// already contiguous).
fn by_stride(mask: u64, layout: &Layout) -> Labels {
    let mut labels = ordered(mask, &[]);
    labels.as_mut_slice().sort_unstable_by_key(|&l| {
        (
            core::cmp::Reverse(layout.strides[usize::from(l)].unsigned_abs()),
            l,
        )
    });
    labels
}

/// One axis of a loop nest: trip count and the strides of a source and a destination.
#[derive(Clone, Copy)]
struct Ax {
    n: usize,
    src: isize,
    dst: isize,
}

/// Calls `f(src_offset, dst_offset)` for every point of the loop nest `axes` (last innermost).
fn for_each(axes: &[Ax], (src0, dst0): (isize, isize), mut f: impl FnMut(isize, isize)) {
    if axes.iter().any(|a| a.n == 0) {
        return;
    }
    let Some((last, outer)) = axes.split_last() else {
        f(src0, dst0);
        return;
    };
    let mut idx = [0usize; MAX_LABELS];
    let (mut src, mut dst) = (src0, dst0);
    loop {
        let (mut s, mut d) = (src, dst);
        for _ in 0..last.n {
            f(s, d);
            s += last.src;
            d += last.dst;
        }
        let mut level = outer.len();
        loop {
            if level == 0 {
                return;
            }
            level -= 1;
            let a = outer[level];
            idx[level] += 1;
            src += a.src;
            dst += a.dst;
            if idx[level] < a.n {
                break;
            }
            idx[level] = 0;
            src -= a.src * a.n.cast_signed();
            dst -= a.dst * a.n.cast_signed();
        }
    }
}

/// Loop axes over `labels` with strides from `src` and `dst`.
fn axes_of(
    labels: &[u8],
    sizes: &[usize],
    src: &Layout,
    dst: &Layout,
) -> ([Ax; MAX_LABELS], usize) {
    let mut axes = [Ax {
        n: 1,
        src: 0,
        dst: 0,
    }; MAX_LABELS];
    for (a, &l) in axes.iter_mut().zip(labels) {
        let l = usize::from(l);
        *a = Ax {
            n: sizes[l],
            src: src.strides[l],
            dst: dst.strides[l],
        };
    }
    (axes, labels.len())
}

/// `dst[keep] = Σ_{reduce} src[keep, reduce]`: permutes, sums private labels, takes diagonals,
/// embeds diagonals and broadcasts, depending on the layouts.
fn gather_sum<T: GemmElem>(
    sizes: &[usize],
    (src, src_data): (&Layout, &[T]),
    (dst, dst_data): (&Layout, &mut [T]),
    keep: &[u8],
    reduce: &[u8],
) {
    let (outer, n_outer) = axes_of(keep, sizes, src, dst);
    let (inner, n_inner) = axes_of(reduce, sizes, src, dst);
    let inner = &inner[..n_inner];
    let at = |o: isize| usize::try_from(o).expect("einsum: offset inside the buffer");
    for_each(&outer[..n_outer], (src.offset, dst.offset), |s, d| {
        let mut acc = T::zero();
        for_each(inner, (s, 0), |s, _| acc = acc + src_data[at(s)]);
        dst_data[at(d)] = acc;
    });
}

/// A term's elements: an input's buffer or an intermediate.
enum Data<'a, T> {
    Input(&'a [T]),
    Temp(Vec<T>),
}

impl<T> Data<'_, T> {
    fn as_slice(&self) -> &[T] {
        match self {
            Data::Input(s) => s,
            Data::Temp(v) => v,
        }
    }
}

/// `true` when `layout` over `order` is the contiguous row-major block at its offset.
fn is_row_major(layout: &Layout, order: &[u8], sizes: &[usize]) -> bool {
    let want = Layout::row_major(order, sizes);
    order.iter().all(|&l| {
        let l = usize::from(l);
        sizes[l] == 1 || layout.strides[l] == want.strides[l]
    })
}

/// `term` laid out contiguously as `order`, its labels in `sum` summed: borrowed when it already
/// is, else gathered into a new buffer.
fn arrange<'t, T: GemmElem>(
    sizes: &[usize],
    (layout, data): (&Layout, &'t [T]),
    order: &[u8],
    sum: &[u8],
) -> Data<'t, T> {
    let len: usize = order.iter().map(|&l| sizes[usize::from(l)]).product();
    if sum.is_empty() && is_row_major(layout, order, sizes) {
        let start = usize::try_from(layout.offset).expect("einsum: offset inside the buffer");
        return Data::Input(&data[start..start + len]);
    }
    let mut buf = alloc::vec![T::zero(); len];
    let dst = Layout::row_major(order, sizes);
    gather_sum(sizes, (layout, data), (&dst, &mut buf), order, sum);
    Data::Temp(buf)
}

/// `dst[b, m, n] = Σ_k x[b, m, k] · y[b, k, n]` on contiguous blocks; small products run side by
/// side on the cores ([`for_each_batch`](crate::ops::gemm::for_each_batch)).
fn batched_gemm<T: GemmElem>(
    (batches, m, k, n): (usize, usize, usize, usize),
    x: &[T],
    y: &[T],
    dst: &mut [T],
) {
    let dst = &mut dst[..batches * m * n];
    let operands = |t: usize| (&x[t * m * k..][..m * k], &y[t * k * n..][..k * n]);
    crate::ops::gemm::for_each_batch((m, k, n), dst, operands, |(a, b), c| {
        crate::ops::gemm::gemm(m, k, n, a, b, c);
    });
}

/// One pairwise step. With `direct = Some((out_order, out))`, writes straight into `out` when
/// the result's axes can be laid out in `out_order` (then returns `None`).
fn pair<'t, T: GemmElem>(
    sizes: &[usize],
    (mut x, mut y): ((Layout, Data<'t, T>), (Layout, Data<'t, T>)),
    kept: u64,
    direct: Option<(&Labels, &mut [T])>,
) -> Option<(Layout, Data<'t, T>)> {
    let (xm, ym) = (x.0.mask, y.0.mask);
    let batch = xm & ym & kept;
    let mut rows = xm & !ym & kept;
    let mut cols = ym & !xm & kept;
    let contracted = xm & ym & !kept;
    let (mut orders, mut target) = (None, None);
    if let Some((out_order, out)) = direct {
        let seq = out_order.as_slice();
        let nb = batch.count_ones() as usize;
        let split = |mask: u64, from: usize| {
            seq[from..]
                .iter()
                .take(mask.count_ones() as usize)
                .all(|&l| mask & (1 << l) != 0)
        };
        if seq.len() == (batch | rows | cols).count_ones() as usize && split(batch, 0) {
            let first_rows = split(rows, nb);
            if !first_rows && split(cols, nb) {
                core::mem::swap(&mut x, &mut y);
                core::mem::swap(&mut rows, &mut cols);
            }
            if split(rows, nb) {
                let b = ordered(batch, seq);
                orders = Some((b, ordered(rows, seq), ordered(cols, seq)));
                target = Some(out);
            }
        }
    }
    let (xm, ym) = (x.0.mask, y.0.mask);
    let (b, m, n) = orders.unwrap_or_else(|| {
        (
            by_stride(batch, &x.0),
            by_stride(rows, &x.0),
            by_stride(cols, &y.0),
        )
    });
    let k = by_stride(contracted, &x.0);
    let x_sum = ordered(xm & !ym & !kept, &[]);
    let y_sum = ordered(ym & !xm & !kept, &[]);
    let xd = arrange(
        sizes,
        (&x.0, x.1.as_slice()),
        Labels::concat(&[&b, &m, &k]).as_slice(),
        x_sum.as_slice(),
    );
    let yd = arrange(
        sizes,
        (&y.0, y.1.as_slice()),
        Labels::concat(&[&b, &k, &n]).as_slice(),
        y_sum.as_slice(),
    );
    let size = |ls: &Labels| -> usize {
        ls.as_slice()
            .iter()
            .map(|&l| sizes[usize::from(l)])
            .product()
    };
    let dims = (size(&b), size(&m), size(&k), size(&n));
    let result_order = Labels::concat(&[&b, &m, &n]);
    if let Some(out) = target {
        batched_gemm(dims, xd.as_slice(), yd.as_slice(), out);
        return None;
    }
    let mut buf = alloc::vec![T::zero(); dims.0 * dims.1 * dims.3];
    batched_gemm(dims, xd.as_slice(), yd.as_slice(), &mut buf);
    Some((
        Layout::row_major(result_order.as_slice(), sizes),
        Data::Temp(buf),
    ))
}

/// Runs `path` pairwise (see [`run`](super::run)).
pub(super) fn run<T: GemmElem>(
    path: &EinsumPath,
    inputs: &[Strided<'_, T>],
    (out_layout, out_order): (&Layout, &Labels),
    out: &mut [T],
) {
    let sizes = path.sizes();
    let mut terms: Vec<(Layout, Data<'_, T>)> = inputs
        .iter()
        .enumerate()
        .map(|(k, s)| (Layout::input(path, k, s), Data::Input(s.data())))
        .collect();
    let steps = path.steps();
    for (step, &(i, j)) in steps.iter().enumerate() {
        let last = step + 1 == steps.len();
        let (i, j) = (usize::from(i), usize::from(j));
        let (y, x) = (terms.remove(j), terms.remove(i));
        let mut others = out_layout.mask;
        for (t, _) in &terms {
            others |= t.mask;
        }
        let kept = (x.0.mask | y.0.mask) & others;
        let contiguous_out = path.output().rank == out_layout.mask.count_ones() as usize;
        let result = pair(
            sizes,
            (x, y),
            kept,
            (last && contiguous_out).then_some((out_order, &mut *out)),
        );
        match result {
            Some(term) => terms.push(term),
            None => return,
        }
    }
    let (layout, data) = terms.pop().expect("einsum: one term left");
    let reduce = ordered(layout.mask & !out_layout.mask, &[]);
    gather_sum(
        sizes,
        (&layout, data.as_slice()),
        (out_layout, out),
        out_order.as_slice(),
        reduce.as_slice(),
    );
}

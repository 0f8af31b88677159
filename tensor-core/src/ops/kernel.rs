//! Slice kernels behind every elementwise op: plain loops over contiguous row-major buffers.
//!
//! Broadcasting never materializes the smaller operand: each operand gets a stride per output
//! axis (0 along axes it broadcasts over), adjacent axes that stay contiguous are merged, and the
//! innermost axis runs as a tight loop with each operand either contiguous or a repeated scalar.
//! These kernels take run-time dims; the typed layers above guarantee they are compatible.

/// The highest rank a shape can have.
pub const MAX_RANK: usize = 6;

/// Row iteration over an output and `N` operands broadcast into it.
struct RowPlan<const N: usize> {
    /// Merged axes, outermost first; the last one is the inner (row) axis.
    dims: [usize; MAX_RANK],
    /// Per operand, its stride along each merged axis.
    strides: [[usize; MAX_RANK]; N],
    rank: usize,
}

impl<const N: usize> RowPlan<N> {
    /// Plans `operands` (each right-aligned, sizes equal to `out` or 1) broadcast into `out`.
    fn new(out: &[usize], operands: [&[usize]; N]) -> Self {
        assert!(out.len() <= MAX_RANK, "rank above {MAX_RANK}");
        let mut full = [[0; MAX_RANK]; N];
        for (strides, dims) in full.iter_mut().zip(operands) {
            assert!(dims.len() <= out.len(), "operand rank exceeds output rank");
            let lead = out.len() - dims.len();
            let mut stride = 1;
            for (axis, &n) in dims.iter().enumerate().rev() {
                let o = out[lead + axis];
                assert!(
                    n == o || n == 1,
                    "operand axis {n} does not broadcast to {o}"
                );
                strides[lead + axis] = if n == 1 { 0 } else { stride };
                stride *= n;
            }
        }
        let mut plan = Self {
            dims: [1; MAX_RANK],
            strides: [[0; MAX_RANK]; N],
            rank: 0,
        };
        for (axis, &n) in out.iter().enumerate() {
            if n == 1 {
                continue;
            }
            let merge = plan.rank > 0
                && (0..N).all(|k| full[k][axis] * n == plan.strides[k][plan.rank - 1]);
            if merge {
                plan.dims[plan.rank - 1] *= n;
                for (strides, full) in plan.strides.iter_mut().zip(&full) {
                    strides[plan.rank - 1] = full[axis];
                }
            } else {
                plan.dims[plan.rank] = n;
                for (strides, full) in plan.strides.iter_mut().zip(&full) {
                    strides[plan.rank] = full[axis];
                }
                plan.rank += 1;
            }
        }
        if plan.rank == 0 {
            plan.rank = 1; // a single element: one row of length 1
        }
        plan
    }

    /// Length of a row and each operand's stride along it (0 or 1).
    fn inner(&self) -> (usize, [usize; N]) {
        let last = self.rank - 1;
        (
            self.dims[last],
            core::array::from_fn(|k| self.strides[k][last]),
        )
    }

    /// Calls `row` with each operand's offset at the start of every row (skips empty outputs).
    fn for_each_row(&self, mut row: impl FnMut([usize; N])) {
        if self.dims[..self.rank].contains(&0) {
            return;
        }
        let outer = self.rank - 1;
        let mut idx = [0usize; MAX_RANK];
        let mut offs = [0usize; N];
        loop {
            row(offs);
            let mut axis = outer;
            loop {
                if axis == 0 {
                    return;
                }
                axis -= 1;
                idx[axis] += 1;
                for (off, s) in offs.iter_mut().zip(&self.strides) {
                    *off += s[axis];
                }
                if idx[axis] < self.dims[axis] {
                    break;
                }
                for (off, s) in offs.iter_mut().zip(&self.strides) {
                    *off -= s[axis] * self.dims[axis];
                }
                idx[axis] = 0;
            }
        }
    }
}

/// `out[i] = f(a[i])`.
///
/// # Panics
/// When `out` and `a` differ in length.
pub fn map<A: Copy, O>(out: &mut [O], a: &[A], f: impl Fn(A) -> O) {
    assert_eq!(out.len(), a.len());
    for (o, &x) in out.iter_mut().zip(a) {
        *o = f(x);
    }
}

/// `out = f(a, b)` elementwise, with `a` and `b` broadcast to `out_dims`.
///
/// # Panics
/// When a dim list does not broadcast to `out_dims` or a slice length disagrees with its dims.
pub fn zip<A: Copy, B: Copy, O>(
    out: &mut [O],
    out_dims: &[usize],
    (a, a_dims): (&[A], &[usize]),
    (b, b_dims): (&[B], &[usize]),
    f: impl Fn(A, B) -> O,
) {
    check_len(out.len(), out_dims);
    check_len(a.len(), a_dims);
    check_len(b.len(), b_dims);
    if a_dims == out_dims && b_dims == out_dims {
        for ((o, &x), &y) in out.iter_mut().zip(a).zip(b) {
            *o = f(x, y);
        }
        return;
    }
    let plan = RowPlan::new(out_dims, [out_dims, a_dims, b_dims]);
    let (n, [_, sa, sb]) = plan.inner();
    match (sa, sb) {
        (1, 1) => plan.for_each_row(|[o, i, j]| {
            let rows = out[o..o + n].iter_mut().zip(&a[i..i + n]).zip(&b[j..j + n]);
            for ((o, &x), &y) in rows {
                *o = f(x, y);
            }
        }),
        (1, _) => plan.for_each_row(|[o, i, j]| {
            let y = b[j];
            for (o, &x) in out[o..o + n].iter_mut().zip(&a[i..i + n]) {
                *o = f(x, y);
            }
        }),
        (_, 1) => plan.for_each_row(|[o, i, j]| {
            let x = a[i];
            for (o, &y) in out[o..o + n].iter_mut().zip(&b[j..j + n]) {
                *o = f(x, y);
            }
        }),
        _ => plan.for_each_row(|[o, i, j]| {
            let (x, y) = (a[i], b[j]);
            out[o..o + n].iter_mut().for_each(|o| *o = f(x, y));
        }),
    }
}

/// `dst = f(dst, b)` elementwise, with `b` broadcast to `dst_dims` (the `+=` family).
///
/// # Panics
/// When `b_dims` does not broadcast to `dst_dims` or a slice length disagrees with its dims.
pub fn zip_assign<T: Copy, B: Copy>(
    dst: &mut [T],
    dst_dims: &[usize],
    (b, b_dims): (&[B], &[usize]),
    f: impl Fn(T, B) -> T,
) {
    check_len(dst.len(), dst_dims);
    check_len(b.len(), b_dims);
    if b_dims == dst_dims {
        for (d, &y) in dst.iter_mut().zip(b) {
            *d = f(*d, y);
        }
        return;
    }
    let plan = RowPlan::new(dst_dims, [dst_dims, b_dims]);
    let (n, [_, sb]) = plan.inner();
    if sb == 1 {
        plan.for_each_row(|[o, j]| {
            for (d, &y) in dst[o..o + n].iter_mut().zip(&b[j..j + n]) {
                *d = f(*d, y);
            }
        });
    } else {
        plan.for_each_row(|[o, j]| {
            let y = b[j];
            dst[o..o + n].iter_mut().for_each(|d| *d = f(*d, y));
        });
    }
}

/// `out = f(a, b, c)` elementwise with all three broadcast to `out_dims` (used by `select`).
///
/// # Panics
/// When a dim list does not broadcast to `out_dims` or a slice length disagrees with its dims.
pub fn zip3<A: Copy, B: Copy, C: Copy, O>(
    out: &mut [O],
    out_dims: &[usize],
    (a, a_dims): (&[A], &[usize]),
    (b, b_dims): (&[B], &[usize]),
    (c, c_dims): (&[C], &[usize]),
    f: impl Fn(A, B, C) -> O,
) {
    check_len(out.len(), out_dims);
    check_len(a.len(), a_dims);
    check_len(b.len(), b_dims);
    check_len(c.len(), c_dims);
    let plan = RowPlan::new(out_dims, [out_dims, a_dims, b_dims, c_dims]);
    let (n, [_, sa, sb, sc]) = plan.inner();
    plan.for_each_row(|[o, i, j, k]| {
        for (t, o) in out[o..o + n].iter_mut().enumerate() {
            *o = f(a[i + t * sa], b[j + t * sb], c[k + t * sc]);
        }
    });
}

/// Copies `src` broadcast to `out_dims` into `out` (materializing; used by `broadcast_to`).
pub fn broadcast_copy<T: Copy>(
    out: &mut [T],
    out_dims: &[usize],
    (src, src_dims): (&[T], &[usize]),
) {
    check_len(out.len(), out_dims);
    check_len(src.len(), src_dims);
    let plan = RowPlan::new(out_dims, [out_dims, src_dims]);
    let (n, [_, s]) = plan.inner();
    plan.for_each_row(|[o, i]| {
        if s == 1 {
            out[o..o + n].copy_from_slice(&src[i..i + n]);
        } else {
            out[o..o + n].fill(src[i]);
        }
    });
}

fn check_len(len: usize, dims: &[usize]) {
    assert_eq!(
        len,
        dims.iter().product::<usize>(),
        "buffer length disagrees with dims {dims:?}"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_contiguous_axes() {
        let plan = RowPlan::new(&[2, 3, 4], [&[2, 3, 4], &[3, 4]]);
        assert_eq!(plan.rank, 2);
        assert_eq!(plan.dims[..2], [2, 12]);
        assert_eq!(plan.strides[1][..2], [0, 1]);
    }

    #[test]
    fn drops_size_one_axes_and_handles_scalars() {
        let plan = RowPlan::new(&[1, 1], [&[1, 1], &[]]);
        assert_eq!((plan.rank, plan.inner()), (1, (1, [0, 0])));
        let mut out = [0; 1];
        zip(&mut out, &[1, 1], (&[3], &[1, 1]), (&[4], &[]), |a, b| {
            a * b
        });
        assert_eq!(out, [12]);
    }

    #[test]
    #[should_panic(expected = "does not broadcast")]
    fn rejects_incompatible_dims() {
        let mut out = [0; 6];
        zip(
            &mut out,
            &[2, 3],
            (&[0; 6], &[2, 3]),
            (&[0; 2], &[2]),
            |a: i32, b: i32| a + b,
        );
    }
}

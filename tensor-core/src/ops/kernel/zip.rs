//! Elementwise kernels: map, zip, assign, select and copies over strided operands.

use super::{RowPlan, Strided, StridedMut, at, check_len, row_major_strides};

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

/// `out = f(a)` elementwise, with `a` strided and `out` contiguous of the same dims.
///
/// # Panics
/// When `out.len()` is not the number of elements of `a`.
///
/// ```
/// use tensor_core::ops::kernel::{map_strided, Strided};
/// let mut out = [0; 3];
/// map_strided(&mut out, Strided::new(&[1, 2, 3], 2, &[3], &[-1]), |x| x * 10);
/// assert_eq!(out, [30, 20, 10]);
/// ```
pub fn map_strided<A: Copy, O>(out: &mut [O], a: Strided<'_, A>, f: impl Fn(A) -> O) {
    check_len(out.len(), a.dims());
    if let Some(a) = a.as_contiguous() {
        return map(out, a, f);
    }
    let out_strides = row_major_strides(a.dims());
    let plan = RowPlan::new(
        a.dims(),
        [(a.dims(), &out_strides[..a.geo.rank]), a.parts()],
    );
    let (n, [_, sa]) = plan.inner();
    let src = a.data;
    plan.for_each_row([0, a.geo.offset], |[o, i]| {
        for (t, o) in out[o..o + n].iter_mut().enumerate() {
            *o = f(src[at(i, t, sa)]);
        }
    });
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
/// use tensor_core::ops::kernel::{zip_strided, Strided};
/// let m = [1, 2, 3, 4, 5, 6]; // 2×3
/// let col0 = Strided::new(&m, 0, &[2, 1], &[3, 1]); // m[:, :1]
/// let mut out = [0; 6];
/// zip_strided(&mut out, &[2, 3], Strided::contiguous(&m, &[2, 3]), col0, |a, b| a - b);
/// assert_eq!(out, [0, 1, 2, 0, 1, 2]);
/// ```
pub fn zip_strided<A: Copy, B: Copy, O>(
    out: &mut [O],
    out_dims: &[usize],
    a: Strided<'_, A>,
    b: Strided<'_, B>,
    f: impl Fn(A, B) -> O,
) {
    check_len(out.len(), out_dims);
    if a.dims() == out_dims
        && b.dims() == out_dims
        && let (Some(a), Some(b)) = (a.as_contiguous(), b.as_contiguous())
    {
        for ((o, &x), &y) in out.iter_mut().zip(a).zip(b) {
            *o = f(x, y);
        }
        return;
    }
    let out_strides = row_major_strides(out_dims);
    let out_layout = (out_dims, &out_strides[..out_dims.len()]);
    let plan = RowPlan::new(out_dims, [out_layout, a.parts(), b.parts()]);
    let (n, [_, sa, sb]) = plan.inner();
    let (a, b, start) = (a.data, b.data, [0, a.geo.offset, b.geo.offset]);
    match (sa, sb) {
        (1, 1) => plan.for_each_row(start, |[o, i, j]| {
            let rows = out[o..o + n].iter_mut().zip(&a[i..i + n]).zip(&b[j..j + n]);
            for ((o, &x), &y) in rows {
                *o = f(x, y);
            }
        }),
        (1, 0) => plan.for_each_row(start, |[o, i, j]| {
            let y = b[j];
            for (o, &x) in out[o..o + n].iter_mut().zip(&a[i..i + n]) {
                *o = f(x, y);
            }
        }),
        (0, 1) => plan.for_each_row(start, |[o, i, j]| {
            let x = a[i];
            for (o, &y) in out[o..o + n].iter_mut().zip(&b[j..j + n]) {
                *o = f(x, y);
            }
        }),
        (0, 0) => plan.for_each_row(start, |[o, i, j]| {
            let (x, y) = (a[i], b[j]);
            out[o..o + n].iter_mut().for_each(|o| *o = f(x, y));
        }),
        _ => plan.for_each_row(start, |[o, i, j]| {
            for (t, o) in out[o..o + n].iter_mut().enumerate() {
                *o = f(a[at(i, t, sa)], b[at(j, t, sb)]);
            }
        }),
    }
}

/// `dst = f(dst, b)` elementwise, with `b` broadcast to `dst_dims` (the `+=` family).
///
/// # Panics
/// When `b_dims` does not broadcast to `dst_dims` or a slice length disagrees with its dims.
///
/// ```
/// use tensor_core::ops::kernel::zip_assign;
/// let mut m = [1, 2, 3, 4, 5, 6]; // 2×3
/// zip_assign(&mut m, &[2, 3], (&[10, 20, 30], &[3]), |a, b| a + b); // m += row
/// assert_eq!(m, [11, 22, 33, 14, 25, 36]);
/// ```
pub fn zip_assign<T: Copy, B: Copy>(
    dst: &mut [T],
    dst_dims: &[usize],
    (b, b_dims): (&[B], &[usize]),
    f: impl Fn(T, B) -> T,
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
/// use tensor_core::ops::kernel::{zip_assign_strided, Strided, StridedMut};
/// let mut m = [1, 2, 3, 4, 5, 6]; // 2×3
/// let col1 = StridedMut::new(&mut m, 1, &[2], &[3]); // m[:, 1]
/// zip_assign_strided(col1, Strided::contiguous(&[100], &[]), |a, b| a + b);
/// assert_eq!(m, [1, 102, 3, 4, 105, 6]);
/// ```
pub fn zip_assign_strided<T: Copy, B: Copy>(
    mut dst: StridedMut<'_, T>,
    b: Strided<'_, B>,
    f: impl Fn(T, B) -> T,
) {
    if b.dims() == dst.dims()
        && let Some(b) = b.as_contiguous()
        && let Some(dst) = dst.contiguous_mut()
    {
        for (d, &y) in dst.iter_mut().zip(b) {
            *d = f(*d, y);
        }
        return;
    }
    let plan = RowPlan::new(dst.dims(), [(dst.dims(), dst.strides()), b.parts()]);
    assign_rows(&plan, dst.data, dst.geo.offset, b, &f);
}

/// Runs `dst = f(dst, src)` over every row of `plan` (operands `[dst, src]`), with `dst`
/// starting at `dst_offset`.
pub(super) fn assign_rows<T: Copy, B: Copy>(
    plan: &RowPlan<2>,
    dst: &mut [T],
    dst_offset: usize,
    src: Strided<'_, B>,
    f: &impl Fn(T, B) -> T,
) {
    let (n, [sd, sb]) = plan.inner();
    let (b, start) = (src.data, [dst_offset, src.geo.offset]);
    match (sd, sb) {
        (1, 1) => plan.for_each_row(start, |[o, j]| {
            for (d, &y) in dst[o..o + n].iter_mut().zip(&b[j..j + n]) {
                *d = f(*d, y);
            }
        }),
        (1, 0) => plan.for_each_row(start, |[o, j]| {
            let y = b[j];
            dst[o..o + n].iter_mut().for_each(|d| *d = f(*d, y));
        }),
        _ => plan.for_each_row(start, |[o, j]| {
            for t in 0..n {
                let d = &mut dst[at(o, t, sd)];
                *d = f(*d, b[at(j, t, sb)]);
            }
        }),
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
/// use tensor_core::ops::kernel::{zip3_strided, Strided};
/// let mut out = [0; 3];
/// let cond = Strided::contiguous(&[true, false, true], &[3]);
/// let a = Strided::new(&[1, 2, 3], 2, &[3], &[-1]); // reversed
/// let zero = Strided::contiguous(&[0], &[]); // a scalar
/// zip3_strided(&mut out, &[3], (cond, a, zero), |c, a, b| if c { a } else { b });
/// assert_eq!(out, [3, 0, 1]);
/// ```
pub fn zip3_strided<A: Copy, B: Copy, C: Copy, O>(
    out: &mut [O],
    out_dims: &[usize],
    (a, b, c): (Strided<'_, A>, Strided<'_, B>, Strided<'_, C>),
    f: impl Fn(A, B, C) -> O,
) {
    check_len(out.len(), out_dims);
    let out_strides = row_major_strides(out_dims);
    let out_layout = (out_dims, &out_strides[..out_dims.len()]);
    let plan = RowPlan::new(out_dims, [out_layout, a.parts(), b.parts(), c.parts()]);
    let (n, [_, sa, sb, sc]) = plan.inner();
    let start = [0, a.geo.offset, b.geo.offset, c.geo.offset];
    let (a, b, c) = (a.data, b.data, c.data);
    plan.for_each_row(start, |[o, i, j, k]| {
        for (t, o) in out[o..o + n].iter_mut().enumerate() {
            *o = f(a[at(i, t, sa)], b[at(j, t, sb)], c[at(k, t, sc)]);
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
/// use tensor_core::ops::kernel::{copy, Strided, StridedMut};
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
/// use tensor_core::ops::kernel::{for_each_zip, Strided};
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

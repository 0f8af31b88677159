//! Gather and scatter along one axis by an index list.

use super::zip::assign_rows;
use super::{RowPlan, Strided, StridedMut, copy};

/// Gathers along `axis`: `out[.., k, ..] = src[.., index(k), ..]` for `k` in `0..count`,
/// with `out` contiguous of `src`'s dims except `count` along `axis` (NumPy
/// `np.take(src, indices, axis)`).
///
/// `index(k)` must be in bounds for `src` along `axis`; the typed layer checks it.
///
/// # Panics
/// When `axis` is out of range, `out.len()` disagrees with the dims, or an index is out of
/// bounds.
///
/// ```
/// use tensorial::ops::kernel::{take_axis, Strided};
/// let m = Strided::contiguous(&[1, 2, 3, 4, 5, 6], &[3, 2]);
/// let mut out = [0; 6];
/// take_axis(&mut out, m, 0, 3, |k| [2, 0, 2][k]); // m[[2, 0, 2]]
/// assert_eq!(out, [5, 6, 1, 2, 5, 6]);
/// ```
pub fn take_axis<T: Copy>(
    out: &mut [T],
    src: Strided<'_, T>,
    axis: usize,
    count: usize,
    index: impl Fn(usize) -> usize,
) {
    assert!(axis < src.geo.rank, "axis {axis} out of range");
    let mut out_dims = src.geo.dims;
    out_dims[axis] = count;
    let out_dims = &out_dims[..src.geo.rank];
    let mut dst = StridedMut::contiguous(out, out_dims);
    for k in 0..count {
        let i = index(k);
        assert!(
            i < src.dims()[axis],
            "index {i} out of bounds along axis {axis}"
        );
        copy(dst.fix_axis(axis, k), src.fix_axis(axis, i));
    }
}

/// Scatters along `axis`: `dst[.., index(k), ..] = f(dst[.., index(k), ..], src[.., k, ..])`
/// for `k` in `0..count`, in order, so repeated indices accumulate (NumPy `np.add.at`,
/// PyTorch `index_add_`). `src` has `dst`'s dims except `count` along `axis`.
///
/// # Panics
/// When `axis` is out of range, `src`'s dims disagree, or an index is out of bounds.
///
/// ```
/// use tensorial::ops::kernel::{scatter_axis, Strided, StridedMut};
/// let mut counts = [0; 3];
/// let ones = Strided::contiguous(&[1], &[]).broadcast_to(&[4]);
/// scatter_axis(StridedMut::contiguous(&mut counts, &[3]), 0, ones, |k| [2, 0, 2, 2][k], |a, b| a + b);
/// assert_eq!(counts, [1, 0, 3]);
/// ```
pub fn scatter_axis<T: Copy, B: Copy>(
    mut dst: StridedMut<'_, T>,
    axis: usize,
    src: Strided<'_, B>,
    index: impl Fn(usize) -> usize,
    f: impl Fn(T, B) -> T,
) {
    assert!(axis < dst.geo.rank, "axis {axis} out of range");
    assert_eq!(
        src.geo.rank, dst.geo.rank,
        "source rank differs from destination rank"
    );
    let count = src.dims()[axis];
    for (k, (&n, &m)) in dst.dims().iter().zip(src.dims()).enumerate() {
        assert!(
            k == axis || n == m,
            "source dims {:?} do not match {:?}",
            src.dims(),
            dst.dims()
        );
    }
    let bound = dst.dims()[axis];
    for k in 0..count {
        let i = index(k);
        assert!(i < bound, "index {i} out of bounds along axis {axis}");
        let d = dst.fix_axis(axis, i);
        let s = src.fix_axis(axis, k);
        let plan = RowPlan::new(d.dims(), [(d.dims(), d.strides()), s.parts()]);
        assign_rows(&plan, d.data, d.geo.offset, s, &f);
    }
}

//! Slice kernels behind every elementwise op: plain loops over strided row-major buffers.
//!
//! Broadcasting never materializes the smaller operand: each operand gets a stride per output
//! axis (0 along axes it broadcasts over), adjacent axes that stay contiguous are merged, and the
//! innermost axis runs as a tight loop. When every operand is contiguous or a repeated scalar
//! along that axis (stride 1 or 0: tensors, broadcasts, rows of a matrix) the loop works on
//! whole sub-slices; other strides (columns, stepped or reversed slices, see
//! [`View`](crate::View)) take a general indexed loop.
//!
//! An operand is a [`Strided`] layout: a slice, a base offset, dims and per-axis strides in
//! elements (negative for reversed axes). These kernels take run-time dims; the typed layers
//! above guarantee they are compatible.

/// The highest rank a shape can have.
pub const MAX_RANK: usize = 6;

/// Row-major strides (in elements) of a contiguous buffer with dims `dims`.
///
/// # Panics
/// When `dims` has more than [`MAX_RANK`] axes.
///
/// ```
/// use tensorial::ops::kernel::row_major_strides;
/// assert_eq!(row_major_strides(&[2, 3, 4])[..3], [12, 4, 1]);
/// ```
#[must_use]
pub fn row_major_strides(dims: &[usize]) -> [isize; MAX_RANK] {
    assert!(dims.len() <= MAX_RANK, "rank above {MAX_RANK}");
    let mut strides = [0; MAX_RANK];
    let mut stride = 1usize;
    for (s, &n) in strides[..dims.len()].iter_mut().zip(dims).rev() {
        *s = stride.cast_signed();
        stride = stride.wrapping_mul(n);
    }
    strides
}

mod gather;
#[cfg(all(feature = "std", target_arch = "x86_64"))]
pub(crate) mod gemm;
pub mod math;
mod plan;
pub(crate) mod prefetch;
mod stream;
mod strided;
mod zip;

pub use gather::{scatter_axis, take_axis};
pub use stream::STREAM_BYTES;
pub use strided::{Strided, StridedMut};
pub use zip::*;
pub(crate) use zip::{Store, zip_strided_to, zip3_strided_to};

use plan::RowPlan;
use strided::at;

pub(crate) fn check_len(len: usize, dims: &[usize]) {
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
        let plan = RowPlan::new(&[2, 3, 4], [(&[2, 3, 4], &[12, 4, 1]), (&[3, 4], &[4, 1])]);
        assert_eq!(plan.rank, 2);
        assert_eq!(plan.dims[..2], [2, 12]);
        assert_eq!(plan.strides[1][..2], [0, 1]);
    }

    #[test]
    fn merges_reversed_axes() {
        // A fully reversed 2×3 buffer is one run of 6 with stride -1.
        let plan = RowPlan::new(&[2, 3], [(&[2, 3], &[-3, -1])]);
        assert_eq!((plan.rank, plan.inner()), (1, (6, [-1])));
    }

    #[test]
    fn drops_size_one_axes_and_handles_scalars() {
        let plan = RowPlan::new(&[1, 1], [(&[1, 1], &[1, 1]), (&[], &[])]);
        assert_eq!((plan.rank, plan.inner()), (1, (1, [0, 0])));
        let mut out = [0; 1];
        zip(&mut out, &[1, 1], (&[3], &[1, 1]), (&[4], &[]), |a, b| {
            a * b
        });
        assert_eq!(out, [12]);
    }

    #[test]
    fn strided_general_path() {
        // out = a[:, ::-1] * b[::2] with a 2×3 and b 4 long.
        let a = [1, 2, 3, 4, 5, 6];
        let b = [10, 0, 20, 0, 30, 0];
        let mut out = [0; 6];
        zip_strided(
            &mut out,
            &[2, 3],
            Strided::new(&a, 2, &[2, 3], &[3, -1]),
            Strided::new(&b, 0, &[3], &[2]),
            |x, y| x * y,
        );
        assert_eq!(out, [30, 40, 30, 60, 100, 120]);
    }

    #[test]
    #[should_panic(expected = "reaches outside")]
    fn rejects_layouts_outside_the_buffer() {
        let _ = Strided::new(&[1, 2, 3], 1, &[3], &[1]);
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

//! The backward of broadcasting: a gradient of the broadcast shape summed back into the shape of
//! the operand that was stretched.

use crate::ops::kernel::{MAX_RANK, row_major_strides};
use core::ops::Add;

/// `dst += g` where `dst` (dims `dst_dims`) broadcast to `g_dims`: every element of `g` is added
/// to the element of `dst` it was read from (axes aligned from the right; `dst`'s size-1 and
/// missing leading axes are summed over).
///
/// # Panics
/// When `dst_dims` does not broadcast to `g_dims` or a length disagrees with its dims.
pub(crate) fn sum_into<T: Copy + Add<Output = T>>(
    dst: &mut [T],
    dst_dims: &[usize],
    g: &[T],
    g_dims: &[usize],
) {
    assert_eq!(g.len(), g_dims.iter().product::<usize>(), "gradient length");
    assert_eq!(
        dst.len(),
        dst_dims.iter().product::<usize>(),
        "operand length"
    );
    // `dst` (leading size-1 axes aside) is the trailing block of `g`: it was repeated along
    // leading axes only (a bias over rows, or the same shape), so add `g` row by row.
    let trailing = &dst_dims[dst_dims.iter().take_while(|&&d| d == 1).count()..];
    if !dst.is_empty() && g_dims.ends_with(trailing) {
        for row in g.chunks_exact(dst.len()) {
            for (d, &x) in dst.iter_mut().zip(row) {
                *d = *d + x;
            }
        }
        return;
    }
    let rank = g_dims.len();
    assert!(
        rank <= MAX_RANK && dst_dims.len() <= rank,
        "shapes do not broadcast"
    );
    let lead = rank - dst_dims.len();
    let own = row_major_strides(dst_dims);
    let mut strides = [0usize; MAX_RANK];
    for axis in lead..rank {
        let d = dst_dims[axis - lead];
        assert!(d == g_dims[axis] || d == 1, "shapes do not broadcast");
        if d != 1 {
            strides[axis] = own[axis - lead].unsigned_abs();
        }
    }
    if g.is_empty() {
        return;
    }
    // Odometer over g in row-major order; `at` follows it in dst.
    let mut idx = [0usize; MAX_RANK];
    let mut at = 0usize;
    for &x in g {
        dst[at] = dst[at] + x;
        let mut axis = rank;
        while axis > 0 {
            axis -= 1;
            idx[axis] += 1;
            at += strides[axis];
            if idx[axis] < g_dims[axis] {
                break;
            }
            at -= strides[axis] * g_dims[axis];
            idx[axis] = 0;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sum_into;

    #[test]
    fn sums_over_stretched_and_missing_axes() {
        // g: (2, 3, 4) = 0..24; dst (3, 1): Σ over axis 0 and axis 2.
        let g: alloc::vec::Vec<i64> = (0..24).collect();
        let mut dst = [0i64; 3];
        sum_into(&mut dst, &[3, 1], &g, &[2, 3, 4]);
        for (r, &d) in (0i64..).zip(&dst) {
            let want: i64 = (0..2)
                .flat_map(|b| (0..4).map(move |c| b * 12 + r * 4 + c))
                .sum();
            assert_eq!(d, want, "row {r}");
        }
        let mut same = [1i64; 24];
        sum_into(&mut same, &[2, 3, 4], &g, &[2, 3, 4]);
        assert_eq!(same[23], 24);
        let mut scalar = [0i64];
        sum_into(&mut scalar, &[], &g, &[2, 3, 4]);
        assert_eq!(scalar[0], (0..24).sum());
    }
}

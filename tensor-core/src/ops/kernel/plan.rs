//! Row plans: how an output and its broadcast operands are walked, row by row.

use super::MAX_RANK;

/// An operand's strides along each axis of `out` (right-aligned; 0 where it broadcasts).
pub(super) fn expand(out: &[usize], (dims, strides): (&[usize], &[isize])) -> [isize; MAX_RANK] {
    assert!(dims.len() <= out.len(), "operand rank exceeds output rank");
    let lead = out.len() - dims.len();
    let mut full = [0; MAX_RANK];
    for (axis, (&n, &s)) in dims.iter().zip(strides).enumerate() {
        let o = out[lead + axis];
        assert!(
            n == o || n == 1,
            "operand axis {n} does not broadcast to {o}"
        );
        full[lead + axis] = if n == 1 { 0 } else { s };
    }
    full
}

/// Row iteration over an output and `N` operands broadcast into it.
pub(super) struct RowPlan<const N: usize> {
    /// Merged axes, outermost first; the last one is the inner (row) axis.
    pub(super) dims: [usize; MAX_RANK],
    /// Per operand, its stride along each merged axis.
    pub(super) strides: [[isize; MAX_RANK]; N],
    pub(super) rank: usize,
}

impl<const N: usize> RowPlan<N> {
    /// Plans `operands` (each `(dims, strides)`, right-aligned, sizes equal to `out` or 1)
    /// broadcast into `out`.
    pub(super) fn new(out: &[usize], operands: [(&[usize], &[isize]); N]) -> Self {
        assert!(out.len() <= MAX_RANK, "rank above {MAX_RANK}");
        let full = operands.map(|operand| expand(out, operand));
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
                && (0..N).all(|k| {
                    full[k][axis].wrapping_mul(n.cast_signed()) == plan.strides[k][plan.rank - 1]
                });
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

    /// Length of a row and each operand's stride along it.
    pub(super) fn inner(&self) -> (usize, [isize; N]) {
        let last = self.rank - 1;
        (
            self.dims[last],
            core::array::from_fn(|k| self.strides[k][last]),
        )
    }

    /// Calls `row` with each operand's offset at the start of every row, starting from the
    /// base offsets `start` (skips empty outputs).
    pub(super) fn for_each_row(&self, start: [usize; N], mut row: impl FnMut([usize; N])) {
        if self.dims[..self.rank].contains(&0) {
            return;
        }
        let outer = self.rank - 1;
        let mut idx = [0usize; MAX_RANK];
        let mut offs = start;
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
                    *off = off.wrapping_add_signed(s[axis]);
                }
                if idx[axis] < self.dims[axis] {
                    break;
                }
                for (off, s) in offs.iter_mut().zip(&self.strides) {
                    *off = off.wrapping_sub(
                        s[axis]
                            .wrapping_mul(self.dims[axis].cast_signed())
                            .cast_unsigned(),
                    );
                }
                idx[axis] = 0;
            }
        }
    }
}

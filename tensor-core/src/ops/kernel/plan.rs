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

    /// Number of elements the plan walks (the product of its dims).
    pub(super) fn len(&self) -> usize {
        self.dims[..self.rank].iter().product()
    }

    /// Calls `row` with each operand's offset at the start of every row, starting from the
    /// base offsets `start` (skips empty outputs).
    pub(super) fn for_each_row(&self, start: [usize; N], mut row: impl FnMut([usize; N])) {
        self.for_each_run(start, 0..self.len(), |offs, _| row(offs));
    }

    /// Calls `run(offsets, len)` for each piece of a row that covers the row-major elements
    /// `range` of the output, in order: `offsets` are each operand's offset at the piece's first
    /// element, and the piece continues for `len` elements along the inner axis. A range that
    /// starts or ends inside a row gives a shorter first or last piece, so a range can be split
    /// anywhere (which is how elementwise work is spread across threads).
    pub(super) fn for_each_run(
        &self,
        start: [usize; N],
        range: core::ops::Range<usize>,
        mut run: impl FnMut([usize; N], usize),
    ) {
        let (n, inner) = self.inner();
        if n == 0 || range.is_empty() {
            return;
        }
        let (row, mut t0) = (range.start / n, range.start % n);
        let mut cursor = Cursor::at_row(self, start, row);
        let mut left = range.len();
        loop {
            let len = (n - t0).min(left);
            let offs = core::array::from_fn(|k| super::at(cursor.offs[k], t0, inner[k]));
            run(offs, len);
            left -= len;
            if left == 0 {
                return;
            }
            t0 = 0;
            cursor.next_row(self);
        }
    }
}

/// A position among the rows of a [`RowPlan`]: the index along each outer axis and each
/// operand's offset at the start of that row.
struct Cursor<const N: usize> {
    idx: [usize; MAX_RANK],
    offs: [usize; N],
}

impl<const N: usize> Cursor<N> {
    /// The start of row `row` (row-major over the outer axes), from base offsets `start`.
    fn at_row(plan: &RowPlan<N>, start: [usize; N], mut row: usize) -> Self {
        let mut cursor = Self {
            idx: [0; MAX_RANK],
            offs: start,
        };
        for axis in (0..plan.rank - 1).rev() {
            let i = row % plan.dims[axis];
            row /= plan.dims[axis];
            cursor.idx[axis] = i;
            for (off, s) in cursor.offs.iter_mut().zip(&plan.strides) {
                *off = super::at(*off, i, s[axis]);
            }
        }
        cursor
    }

    /// Moves to the start of the next row (an odometer over the outer axes; past the last row
    /// it wraps to the first).
    fn next_row(&mut self, plan: &RowPlan<N>) {
        let mut axis = plan.rank - 1;
        while axis > 0 {
            axis -= 1;
            self.idx[axis] += 1;
            for (off, s) in self.offs.iter_mut().zip(&plan.strides) {
                *off = off.wrapping_add_signed(s[axis]);
            }
            if self.idx[axis] < plan.dims[axis] {
                return;
            }
            for (off, s) in self.offs.iter_mut().zip(&plan.strides) {
                *off = off.wrapping_sub(
                    s[axis]
                        .wrapping_mul(plan.dims[axis].cast_signed())
                        .cast_unsigned(),
                );
            }
            self.idx[axis] = 0;
        }
    }
}

//! NumPy slice syntax, [`s!`](crate::s)`(x[.., 1..3, ..;2])`: the steps the macro chains (one
//! per index) and their compile-time checks.
//!
//! # Design
//! `s!` is a proc macro: it sees the index tokens but not the shape, and stable Rust cannot
//! compute a type like `Const<{N - 1}>` from a generic `N`. So the work is split:
//!
//! - **The macro** parses NumPy's indices in Rust spelling (`..` for `:`, `...` for `...`,
//!   `a..b;k` for `a:b:k`, `None` for a new axis), rejects malformed ones with a spanned error
//!   (zero step, two ellipses, `..=`), and turns each index into one call on a view: integer
//!   and range indices before `...` address axes from the front, those after it from the end
//!   (negative axes), so the macro never needs the rank. Its first call states how many axes
//!   the indices take ([`MinRank`]): too many indices fail `cargo check` with one message.
//! - **The output length of a range is computed by the macro when it does not depend on the
//!   axis size**: both bounds counted from the same end (`1..3`, `-3..-1`, `..2`, `-2..`,
//!   `3..;-1`) give `Const<LEN>`; the whole axis forwards or backwards (`..`, `..;-1`) keeps the
//!   axis type. Other ranges (`1..`, `..-1`, `1..-1`, `..;2`) have a length that depends on the
//!   size: the macro leaves it as `Const<_>`, inferred from the result's annotation (`let v:
//!   View<_, Rank2<8, 8>> = s!(z[1..-1, 1..-1]);`) or from its use, and a build-time check
//!   proves it equals NumPy's length. Without an annotation rustc asks for one ("type
//!   annotations needed ... consider giving `v` an explicit type"), pointing at the range.
//! - **Bounds are checked at build time** (`cargo build`, not `cargo check`: "`N ≥ 3`" is not
//!   a trait bound on stable Rust) with messages naming the index, the axis and its size.
//!   Unlike NumPy, bounds outside `-N..=N` are errors, not clamped: `x[1:9]` on 5 elements
//!   silently gives 4 in NumPy, here it does not compile.
//!
//! Each step is a `#[doc(hidden)]` method of [`View`] and [`ViewMut`]; only `s!`/`s_mut!`
//! call them.

use super::{View, ViewMut, index::remove_axis, step};
use crate::ops::Msg;
use crate::ops::kernel::MAX_RANK;
use crate::storage::Kind;
use crate::{Axis, Dim, Elem, InsertAxis, InsertAxisBack, MinRank, ReplaceAxis, Replaced, Shape};

/// An absent bound (`..3` has no start, `1..` no stop); `s!` passes it for START or STOP.
#[doc(hidden)]
pub const OPEN: isize = isize::MIN;

/// Appends the range as the user wrote it in `s!`: `1..-1`, `..;2`.
#[allow(clippy::similar_names)] // NumPy's start and stop
const fn range_text(msg: Msg, start: isize, stop: isize, step: isize) -> Msg {
    let mut msg = msg.str("`");
    if start != OPEN {
        msg = msg.int(start);
    }
    msg = msg.str("..");
    if stop != OPEN {
        msg = msg.int(stop);
    }
    if step != 1 {
        msg = msg.str(";").int(step);
    }
    msg.str("` on axis ")
}

/// Appends ` <axis> of size <n>`.
const fn axis_text(msg: Msg, axis: isize, n: usize) -> Msg {
    msg.int(axis).str(" of size ").num(n)
}

/// A bound resolved to `0..=n` (negative counts from the end), or a panic naming it.
#[allow(clippy::cast_possible_wrap, clippy::similar_names)] // sizes are far below isize::MAX
const fn resolve_bound(
    axis: isize,
    n: usize,
    start: isize,
    stop: isize,
    step: isize,
    bound: isize,
) -> isize {
    let r = if bound < 0 { bound + n as isize } else { bound };
    if r < 0 || r > n as isize {
        let msg = axis_text(range_text(Msg::new("slice "), start, stop, step), axis, n)
            .str(": bound ")
            .int(bound)
            .str(" is outside -")
            .num(n)
            .str("..=")
            .num(n)
            .str(" (NumPy would clamp it; here it is an error)");
        panic!("{}", msg.as_str());
    }
    r
}

/// The first index and the length of NumPy's `x[start:stop:step]` on an axis of size `n`
/// (`OPEN` for an absent bound), checked against the `len` the result's type gives.
///
/// # Panics
/// (At compile time, called in `const`.) When `step` is zero, a bound is outside `-n..=n`,
/// a backward range starts past the last element, or the length differs from `len`.
#[allow(
    clippy::cast_possible_wrap,
    clippy::cast_sign_loss,
    clippy::similar_names
)] // sizes are far below isize::MAX; NumPy's start and stop
pub(crate) const fn checked_range(
    axis: isize,
    n: usize,
    start: isize,
    stop: isize,
    step: isize,
    len: usize,
) -> (usize, usize) {
    assert!(step != 0, "slice step must not be zero");
    let first = if start == OPEN {
        if step > 0 { 0 } else { n as isize - 1 }
    } else {
        let r = resolve_bound(axis, n, start, stop, step, start);
        if step < 0 && r == n as isize {
            let msg = axis_text(range_text(Msg::new("slice "), start, stop, step), axis, n)
                .str(": a backward range starts at an element, and ")
                .int(start)
                .str(" is past the last one");
            panic!("{}", msg.as_str());
        }
        r
    };
    let end = if stop == OPEN {
        if step > 0 { n as isize } else { -1 }
    } else {
        resolve_bound(axis, n, start, stop, step, stop)
    };
    let count = if step > 0 && end > first {
        (end - first - 1) / step + 1
    } else if step < 0 && first > end {
        (first - end - 1) / -step + 1
    } else {
        0
    } as usize;
    if count != len {
        let msg = axis_text(range_text(Msg::new("slice "), start, stop, step), axis, n)
            .str(" takes ")
            .num(count)
            .str(" elements, but the result's type says ")
            .num(len);
        panic!("{}", msg.as_str());
    }
    (if count == 0 { 0 } else { first as usize }, count)
}

/// Index `i` (negative counts from the end) resolved on an axis of size `n`, or a panic.
#[allow(clippy::cast_possible_wrap, clippy::cast_sign_loss)] // sizes are far below isize::MAX
pub(crate) const fn checked_index(axis: isize, n: usize, i: isize) -> usize {
    let r = if i < 0 { i + n as isize } else { i };
    if r < 0 || r >= n as isize {
        let msg = axis_text(
            Msg::new("index ").int(i).str(" is out of range for axis "),
            axis,
            n,
        )
        .str(" (valid: -")
        .num(n)
        .str("..")
        .num(n)
        .str(")");
        panic!("{}", msg.as_str());
    }
    r as usize
}

/// `strides` with a stride-0 entry inserted at `pos` (a new broadcast axis).
fn insert_axis(mut strides: [isize; MAX_RANK], pos: usize) -> [isize; MAX_RANK] {
    strides.copy_within(pos..MAX_RANK - 1, pos + 1);
    strides[pos] = 0;
    strides
}

/// The offset and strides after taking `len` elements from `first` in steps of `step` along
/// `axis`.
fn ranged(
    offset: usize,
    mut strides: [isize; MAX_RANK],
    axis: usize,
    (first, len): (usize, usize),
    by: isize,
) -> (usize, [isize; MAX_RANK]) {
    let offset = if len == 0 {
        offset
    } else {
        step(offset, first, strides[axis])
    };
    strides[axis] = strides[axis].wrapping_mul(by);
    (offset, strides)
}

/// The steps of `s!` on `View` and `ViewMut` (both take `self`; a `View` is `Copy`).
macro_rules! numpy_slice_steps {
    ($($Ty:ident)*) => {$(
        impl<'a, T: Elem, S: Shape, K: Kind> $Ty<'a, T, S, K> {
            /// `s!` step: the indices take `N` axes (a type-level check).
            #[doc(hidden)]
            #[must_use]
            pub fn __s_axes<const N: usize>(self) -> $Ty<'a, T, <S as MinRank<N>>::Output, K>
            where
                S: MinRank<N>,
            {
                $Ty::from_parts(self.data, self.offset, self.strides)
            }

            /// `s!` step: `START..STOP;STEP` on axis `AX`, of length `D::SIZE` (checked).
            #[doc(hidden)]
            #[must_use]
            pub fn __s_range<const AX: isize, const START: isize, const STOP: isize, const STEP: isize, D: Dim>(
                self,
            ) -> $Ty<'a, T, Replaced<S, AX, D>, K>
            where
                S: ReplaceAxis<AX, D>,
            {
                let range = const {
                    checked_range(AX, <S as Axis<AX>>::Dim::SIZE, START, STOP, STEP, D::SIZE)
                };
                let (offset, strides) =
                    ranged(self.offset, self.strides, <S as Axis<AX>>::INDEX, range, STEP);
                $Ty::from_parts(self.data, offset, strides)
            }

            /// `s!` step: a range over the whole axis `AX` (`..`, `..;-1`): its type is kept.
            #[doc(hidden)]
            #[must_use]
            pub fn __s_range_whole<const AX: isize, const START: isize, const STOP: isize, const STEP: isize>(
                self,
            ) -> Self
            where
                S: Axis<AX>,
            {
                let range = const {
                    let n = <S as Axis<AX>>::Dim::SIZE;
                    checked_range(AX, n, START, STOP, STEP, n)
                };
                let (offset, strides) =
                    ranged(self.offset, self.strides, <S as Axis<AX>>::INDEX, range, STEP);
                $Ty::from_parts(self.data, offset, strides)
            }

            /// `s!` step: the integer index `I` on axis `AX`, which leaves the shape.
            #[doc(hidden)]
            #[must_use]
            pub fn __s_index<const AX: isize, const I: isize>(
                self,
            ) -> $Ty<'a, T, <S as Axis<AX>>::Removed, K>
            where
                S: Axis<AX>,
            {
                let i = const { checked_index(AX, <S as Axis<AX>>::Dim::SIZE, I) };
                let axis = <S as Axis<AX>>::INDEX;
                let offset = step(self.offset, i, self.strides[axis]);
                $Ty::from_parts(self.data, offset, remove_axis(self.strides, axis))
            }

            /// `s!` step: `None`, a new broadcast axis at position `POS`.
            #[doc(hidden)]
            #[must_use]
            pub fn __s_new_axis<const POS: usize>(self) -> $Ty<'a, T, <S as InsertAxis<POS>>::Output, K>
            where
                S: InsertAxis<POS>,
            {
                $Ty::from_parts(self.data, self.offset, insert_axis(self.strides, POS))
            }

            /// `s!` step: `None` after `...`, a new broadcast axis with `BACK` axes after it.
            #[doc(hidden)]
            #[must_use]
            pub fn __s_new_axis_back<const BACK: usize>(
                self,
            ) -> $Ty<'a, T, <S as InsertAxisBack<BACK>>::Output, K>
            where
                S: InsertAxisBack<BACK>,
            {
                $Ty::from_parts(self.data, self.offset, insert_axis(self.strides, S::RANK - BACK))
            }
        }
    )*};
}

numpy_slice_steps!(View ViewMut);

impl<'a, T: Elem, S: Shape, K: Kind> View<'a, T, S, K> {
    /// `s!` source: this view.
    #[doc(hidden)]
    #[must_use]
    pub fn __s_view(&self) -> View<'a, T, S, K> {
        *self
    }
}

impl<T: Elem, S: Shape, K: Kind> ViewMut<'_, T, S, K> {
    /// `s!` source: a read-only view of this one.
    #[doc(hidden)]
    #[must_use]
    pub fn __s_view(&self) -> View<'_, T, S, K> {
        self.as_view()
    }

    /// `s_mut!` source: a reborrow of this view.
    #[doc(hidden)]
    #[must_use]
    pub fn __s_view_mut(&mut self) -> ViewMut<'_, T, S, K> {
        self.reborrow()
    }
}

/// **Views, slices, windows** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> crate::Tensor<T, S, K> {
    /// `s!` source: a view of the tensor.
    #[doc(hidden)]
    #[must_use]
    pub fn __s_view(&self) -> View<'_, T, S, K> {
        self.view()
    }

    /// `s_mut!` source: a mutable view of the tensor.
    #[doc(hidden)]
    #[must_use]
    pub fn __s_view_mut(&mut self) -> ViewMut<'_, T, S, K> {
        self.view_mut()
    }
}

#[cfg(test)]
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_possible_wrap,
    clippy::cast_sign_loss,
    clippy::similar_names
)]
mod tests {
    extern crate std;
    use super::{MAX_RANK, OPEN, checked_index, checked_range, insert_axis, ranged};
    use crate::SeededRng;
    use std::{vec, vec::Vec};

    /// Random strides, some negative, as views have after flips and slices.
    fn random_strides(rng: &mut SeededRng) -> [isize; MAX_RANK] {
        core::array::from_fn(|_| rng.below(41) as isize - 20)
    }

    #[test]
    fn a_new_axis_has_stride_zero_and_shifts_the_later_axes() {
        let mut rng = SeededRng::new(1);
        for pos in 0..MAX_RANK {
            let strides = random_strides(&mut rng);
            // The naive reference: the strides before `pos`, a zero, then the rest (the last
            // entry, past any rank a view may have before `None`, drops out).
            let mut want = strides[..pos].to_vec();
            want.push(0);
            want.extend_from_slice(&strides[pos..MAX_RANK - 1]);
            assert_eq!(insert_axis(strides, pos).to_vec(), want, "pos {pos}");
        }
    }

    #[test]
    fn a_range_moves_the_offset_to_its_first_element_and_scales_the_stride() {
        let mut rng = SeededRng::new(2);
        for _ in 0..200 {
            let strides = random_strides(&mut rng);
            let axis = rng.below(MAX_RANK as u64) as usize;
            let offset = 1000 + rng.below(100) as usize;
            let by = [-3, -2, -1, 1, 2, 3][rng.below(6) as usize];
            let len = rng.below(4) as usize;
            let first = if len == 0 { 0 } else { rng.below(5) as usize };
            let (got_offset, got_strides) = ranged(offset, strides, axis, (first, len), by);
            // Element k of the range sits at source index first + k·by along the axis.
            for k in 0..len as isize {
                let want = offset as isize + (first as isize + k * by) * strides[axis];
                assert_eq!(got_offset as isize + k * got_strides[axis], want);
            }
            if len == 0 {
                assert_eq!(got_offset, offset, "an empty range keeps the offset");
            }
            for (a, (&got, &was)) in got_strides.iter().zip(&strides).enumerate() {
                if a != axis {
                    assert_eq!(got, was, "axis {a} is not sliced");
                }
            }
        }
    }

    /// NumPy's `len(range(n)[start:stop:step])` with clamping, for bounds inside `-n..=n`.
    fn numpy(n: usize, start: isize, stop: isize, step: isize) -> (usize, usize) {
        let ni = n as isize;
        let fix = |b: isize| if b < 0 { b + ni } else { b };
        let idx: Vec<isize> = if step > 0 {
            let (a, b) = (
                if start == OPEN { 0 } else { fix(start) },
                if stop == OPEN { ni } else { fix(stop) },
            );
            (a..b.max(a)).step_by(step as usize).collect()
        } else {
            let a = if start == OPEN { ni - 1 } else { fix(start) };
            let b = if stop == OPEN { -1 } else { fix(stop) };
            let mut v = vec![];
            let mut i = a;
            while i > b {
                v.push(i);
                i += step;
            }
            v
        };
        (idx.first().map_or(0, |&i| i as usize), idx.len())
    }

    #[test]
    fn ranges_match_numpy_on_every_bound() {
        for n in 0..7usize {
            let ni = n as isize;
            let bounds: Vec<isize> = core::iter::once(OPEN).chain(-ni..=ni).collect();
            for &start in &bounds {
                for &stop in &bounds {
                    for step in [-3, -2, -1, 1, 2, 3] {
                        let resolved = if start < 0 && start != OPEN {
                            start + ni
                        } else {
                            start
                        };
                        if step < 0 && resolved == ni {
                            continue; // a backward range must start at an element
                        }
                        let want = numpy(n, start, stop, step);
                        assert_eq!(
                            checked_range(0, n, start, stop, step, want.1),
                            want,
                            "n={n} {start}..{stop};{step}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    #[should_panic(expected = "slice `1..9` on axis 0 of size 5: bound 9 is outside -5..=5")]
    fn rejects_a_bound_numpy_would_clamp() {
        checked_range(0, 5, 1, 9, 1, 4);
    }

    #[test]
    #[should_panic(
        expected = "slice `5..;-1` on axis 1 of size 5: a backward range starts at an element"
    )]
    fn rejects_a_backward_start_past_the_end() {
        checked_range(1, 5, 5, OPEN, -1, 5);
    }

    #[test]
    #[should_panic(
        expected = "slice `1..-1` on axis 0 of size 10 takes 8 elements, but the result's type says 7"
    )]
    fn rejects_a_wrong_annotated_length() {
        checked_range(0, 10, 1, -1, 1, 7);
    }

    #[test]
    fn resolves_indices_from_either_end() {
        assert_eq!(
            (
                checked_index(0, 4, 0),
                checked_index(0, 4, 3),
                checked_index(0, 4, -4)
            ),
            (0, 3, 0)
        );
    }

    #[test]
    #[should_panic(expected = "index -5 is out of range for axis -1 of size 4 (valid: -4..4)")]
    fn rejects_an_index_past_the_start() {
        checked_index(-1, 4, -5);
    }
}

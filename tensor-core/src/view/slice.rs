//! Length-based slicing along one axis (`slice_len::<AX, START, LEN, STEP>()`: `LEN` elements
//! from `START`, *not* NumPy's `start:stop`; the NumPy spelling is [`s!`](crate::s)) and
//! reversal (`flip`, NumPy `x[::-1]`), as views.

use super::{View, ViewMut, step};
use crate::ops::Msg;
use crate::ops::kernel::MAX_RANK;
use crate::storage::Kind;
use crate::{Axis, Const, Dim, Elem, ReplaceAxis, Replaced, Shape, Tensor};

/// Panics — at compile time, where it is called in `const` — unless `START`, `LEN`, `STEP`
/// select `LEN` indices inside an axis of size `n`.
#[allow(clippy::cast_possible_truncation, clippy::cast_possible_wrap)] // bounded by the checks
const fn check_slice(axis: isize, n: usize, start: usize, len: usize, step: isize) {
    assert!(
        step != 0,
        "slice step must not be zero: use STEP = 1 for every element, or a negative STEP to go backwards"
    );
    if len == 0 {
        return;
    }
    let last = start as i128 + (len as i128 - 1) * step as i128;
    if start >= n || last < 0 || last >= n as i128 {
        let reach = if last < 0 { "-" } else { "" };
        let msg = Msg::new("slice out of bounds: axis ")
            .int(axis)
            .str(" has size ")
            .num(n)
            .str(", but START = ")
            .num(start)
            .str(", LEN = ")
            .num(len)
            .str(", STEP = ")
            .int(step)
            .str(" takes indices ")
            .num(start)
            .str(" to ")
            .str(reach)
            .num(last.unsigned_abs() as usize);
        panic!("{}", msg.as_str());
    }
}

/// The base offset and strides of `slice::<AX, START, LEN, STEP>` of a view with `offset` and
/// `strides` (unchecked: each public method checks the bounds in its own `const` block, so the
/// compile error names the caller's line).
fn sliced<S, const AX: isize, const START: usize, const LEN: usize, const STEP: isize>(
    offset: usize,
    mut strides: [isize; MAX_RANK],
) -> (usize, [isize; MAX_RANK])
where
    S: Axis<AX>,
{
    let axis = <S as Axis<AX>>::INDEX;
    let offset = if LEN == 0 {
        offset
    } else {
        step(offset, START, strides[axis])
    };
    strides[axis] = strides[axis].wrapping_mul(STEP);
    (offset, strides)
}

impl<'a, T: Elem, S: Shape, K: Kind> View<'a, T, S, K> {
    /// `LEN` elements along axis `AX`, from index `START` in steps of `STEP` (see
    /// [`Tensor::slice_len`]).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2, 3, 4], [5, 6, 7, 8]];
    /// let v = x.row(1).slice_len::<0, 3, 2, -2>(); // NumPy `x[1][3::-2]`
    /// assert_eq!(v, tensor![8, 6]);
    /// ```
    #[must_use]
    pub fn slice_len<const AX: isize, const START: usize, const LEN: usize, const STEP: isize>(
        &self,
    ) -> View<'a, T, Replaced<S, AX, Const<LEN>>, K>
    where
        S: ReplaceAxis<AX, Const<LEN>>,
    {
        const { check_slice(AX, <S as Axis<AX>>::Dim::SIZE, START, LEN, STEP) };
        let (offset, strides) = sliced::<S, AX, START, LEN, STEP>(self.offset, self.strides);
        View::from_parts(self.data, offset, strides)
    }

    /// The view with axis `AX` reversed (NumPy `np.flip(x, AX)`, `x[::-1]` for axis 0), as a
    /// view: nothing is copied. ([`Tensor::flip`] returns a reversed copy.)
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7]];
    /// let rev = x.view().flip::<0>();                    // x[::-1]
    /// assert_eq!(rev.row(0), tensor![6, 7]);
    /// assert_eq!(rev.col(0), tensor![6, 5, 4, 3, 2, 1]); // x[::-1, 0]
    /// ```
    #[must_use]
    pub fn flip<const AX: isize>(&self) -> Self
    where
        S: Axis<AX>,
    {
        let (axis, n) = (<S as Axis<AX>>::INDEX, <S as Axis<AX>>::Dim::SIZE);
        let mut strides = self.strides;
        let offset = if n == 0 {
            self.offset
        } else {
            step(self.offset, n - 1, strides[axis])
        };
        strides[axis] = strides[axis].wrapping_neg();
        View::from_parts(self.data, offset, strides)
    }
}

impl<'a, T: Elem, S: Shape, K: Kind> ViewMut<'a, T, S, K> {
    /// `LEN` elements along axis `AX`, from index `START` in steps of `STEP`, as a mutable
    /// view (see [`Tensor::slice_len_mut`]). Consumes this view (see
    /// [`reborrow`](Self::reborrow)).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2, 3, 4], [5, 6, 7, 8]];
    /// x.row_mut(0).slice_len_mut::<0, 1, 2, 2>().fill(0); // NumPy `x[0][1::2] = 0`
    /// assert_eq!(x, tensor![[1, 0, 3, 0], [5, 6, 7, 8]]);
    /// ```
    #[must_use]
    pub fn slice_len_mut<const AX: isize, const START: usize, const LEN: usize, const STEP: isize>(
        self,
    ) -> ViewMut<'a, T, Replaced<S, AX, Const<LEN>>, K>
    where
        S: ReplaceAxis<AX, Const<LEN>>,
    {
        const { check_slice(AX, <S as Axis<AX>>::Dim::SIZE, START, LEN, STEP) };
        let (offset, strides) = sliced::<S, AX, START, LEN, STEP>(self.offset, self.strides);
        ViewMut::from_parts(self.data, offset, strides)
    }

    /// The mutable view with axis `AX` reversed. Consumes this view (see
    /// [`reborrow`](Self::reborrow)).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![1, 2, 3];
    /// x.view_mut().flip_mut::<0>().assign(&tensor![7, 8, 9]); // NumPy `x[::-1] = [7, 8, 9]`
    /// assert_eq!(x, tensor![9, 8, 7]);
    /// ```
    #[must_use]
    pub fn flip_mut<const AX: isize>(self) -> Self
    where
        S: Axis<AX>,
    {
        let v = self.as_view().flip::<AX>();
        let (offset, strides) = (v.offset, v.strides);
        ViewMut::from_parts(self.data, offset, strides)
    }
}

/// **Views, slices, windows** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// A view of `LEN` elements along axis `AX`, from index `START` in steps of `STEP`
    /// (NumPy `x[START : START + LEN*STEP : STEP]` along that axis); the other axes are whole.
    ///
    /// **The third parameter is a length, not NumPy's stop**: `slice_len::<1, 1, 3, 1>()` is
    /// `x[:, 1:4]`. For NumPy's own syntax write [`s!`](crate::s)`(x[.., 1..3])`; this form
    /// suits generic code, where the length is a const parameter (`slice_len::<0, 0, B, 1>()`).
    /// `STEP` may be negative: then `START` is the first index taken and indices go down
    /// (`slice::<0, 5, 6, -1>()` on 6 rows is `x[::-1]`; see also [`View::flip`]). A zero step
    /// or an index outside the axis is a compile error reported by `cargo build`:
    /// "slice out of bounds: axis 0 has size 6, but START = 4, LEN = 3, STEP = 1 takes
    /// indices 4 to 6".
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7]];
    /// assert_eq!(x.slice_len::<0, 0, 2, 1>(), tensor![[1, 2], [2, 3]]);         // x[:2]
    /// assert_eq!(x.slice_len::<0, 1, 2, 2>(), tensor![[2, 3], [4, 5]]);         // x[1:4:2]
    /// assert_eq!(x.slice_len::<0, 0, 3, 2>().col(1), tensor![2, 4, 6]);         // x[::2, 1]
    /// assert_eq!(x.slice_len::<0, 5, 6, -1>().col(0), tensor![6, 5, 4, 3, 2, 1]); // x[::-1, 0]
    /// ```
    ///
    /// ```compile_fail,E0080
    /// let x = tensorial::tensor![1, 2, 3];
    /// let _ = x.slice_len::<0, 2, 2, 1>(); // indices 2 and 3: out of bounds
    /// ```
    ///
    /// Steps count in the bound: the last index taken is `START + (LEN - 1)·STEP`.
    ///
    /// ```compile_fail,E0080
    /// let x = tensorial::tensor![1, 2, 3, 4, 5];
    /// let _ = x.slice_len::<0, 1, 3, 2>(); // indices 1, 3 and 5: out of bounds
    /// ```
    ///
    /// ```compile_fail,E0080
    /// let x = tensorial::tensor![1, 2, 3, 4, 5];
    /// let _ = x.slice_len::<0, 2, 3, -2>(); // indices 2, 0 and -2: out of bounds
    /// ```
    #[must_use]
    pub fn slice_len<const AX: isize, const START: usize, const LEN: usize, const STEP: isize>(
        &self,
    ) -> View<'_, T, Replaced<S, AX, Const<LEN>>, K>
    where
        S: ReplaceAxis<AX, Const<LEN>>,
    {
        const { check_slice(AX, <S as Axis<AX>>::Dim::SIZE, START, LEN, STEP) };
        let v = self.view();
        let (offset, strides) = sliced::<S, AX, START, LEN, STEP>(v.offset, v.strides);
        View::from_parts(v.data, offset, strides)
    }

    /// A mutable view of `LEN` elements along axis `AX`, from index `START` in steps of
    /// `STEP` (see [`slice`](Self::slice_len)): writes change `self`.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2, 3], [4, 5, 6]];
    /// x.slice_len_mut::<1, 0, 2, 1>().fill(0); // NumPy `x[:, :2] = 0`
    /// assert_eq!(x, tensor![[0, 0, 3], [0, 0, 6]]);
    /// ```
    #[must_use]
    pub fn slice_len_mut<const AX: isize, const START: usize, const LEN: usize, const STEP: isize>(
        &mut self,
    ) -> ViewMut<'_, T, Replaced<S, AX, Const<LEN>>, K>
    where
        S: ReplaceAxis<AX, Const<LEN>>,
    {
        const { check_slice(AX, <S as Axis<AX>>::Dim::SIZE, START, LEN, STEP) };
        let v = self.view_mut();
        let (offset, strides) = sliced::<S, AX, START, LEN, STEP>(v.offset, v.strides);
        ViewMut::from_parts(v.data, offset, strides)
    }
}

#[cfg(test)]
mod tests {
    use super::check_slice;

    #[test]
    fn accepts_slices_inside_the_axis() {
        check_slice(0, 6, 0, 6, 1); // x[:]
        check_slice(0, 6, 5, 6, -1); // x[::-1], down to index 0
        check_slice(0, 6, 1, 3, 2); // x[1::2], up to index 5
        check_slice(0, 6, 4, 3, -2); // x[4::-2], down to index 0
        check_slice(0, 0, 9, 0, -3); // empty: any START
    }

    #[test]
    #[should_panic(
        expected = "axis 1 has size 6, but START = 4, LEN = 3, STEP = 1 takes indices 4 to 6"
    )]
    fn names_the_last_index_past_the_end() {
        check_slice(1, 6, 4, 3, 1);
    }

    #[test]
    #[should_panic(expected = "START = 1, LEN = 3, STEP = 2 takes indices 1 to 5")]
    fn counts_the_step_in_the_bound() {
        check_slice(0, 5, 1, 3, 2);
    }

    #[test]
    #[should_panic(expected = "START = 2, LEN = 3, STEP = -2 takes indices 2 to -2")]
    fn names_a_negative_last_index() {
        check_slice(0, 5, 2, 3, -2);
    }

    #[test]
    #[should_panic(expected = "START = 5, LEN = 6, STEP = -1 takes indices 5 to 0")]
    fn names_index_zero_without_a_sign() {
        // START is past the end; the walk down ends at 0, which has no sign ("to -0" is wrong).
        check_slice(0, 5, 5, 6, -1);
    }

    #[test]
    #[should_panic(expected = "slice step must not be zero")]
    fn rejects_a_zero_step() {
        check_slice(0, 5, 0, 2, 0);
    }
}

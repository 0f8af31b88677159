//! Fixed-length windows at a run-time offset (`window::<AX, LEN>(start)`, nalgebra's
//! `fixed_view`, NumPy `x[i:i+LEN]`) and exact chunks of an axis (`chunks::<AX, B>()`,
//! minibatches `x[i*B:(i+1)*B]`), as views.
//!
//! The length is a constant, so it is the view's type; the start is a run-time value, checked
//! when the window is taken (`get_window` returns `None`, `window` panics). A `LEN` larger than
//! the axis is a compile error (`cargo build`).

use super::{View, ViewMut, step};
use crate::ops::Msg;
use crate::storage::Kind;
use crate::{Axis, Const, Dim, Elem, ReplaceAxis, Replaced, Shape, Tensor};
use core::iter::FusedIterator;

/// Panics — at compile time, called in `const` — unless windows or chunks of `len` elements
/// fit an axis of size `n` and `len` is at least `min`.
const fn check_fits(what: &str, axis: isize, n: usize, len: usize, min: usize) {
    if len > n || len < min {
        let msg = Msg::new(what)
            .str(" of ")
            .num(len)
            .str(" elements cannot be taken along axis ")
            .int(axis)
            .str(" of size ")
            .num(n)
            .str(if len == 0 {
                ": the length must be at least 1"
            } else {
                ": the length must be at most the size"
            });
        panic!("{}", msg.as_str());
    }
}

/// Panics with the message of a window starting too late.
#[cold]
#[track_caller]
fn window_out_of_bounds<S: Axis<AX>, const AX: isize, const LEN: usize>(start: usize) -> ! {
    let (axis, n) = (<S as Axis<AX>>::INDEX, <S as Axis<AX>>::Dim::SIZE);
    panic!(
        "window {start}..{} is out of bounds for axis {axis} of size {n}",
        start.saturating_add(LEN)
    )
}

/// `window`/`get_window` on `View` and `ViewMut` (both take `self`).
macro_rules! windows {
    ($($Ty:ident $recv:literal $get:ident $take:ident $inner:ident;)*) => {$(
        impl<'a, T: Elem, S: Shape, K: Kind> $Ty<'a, T, S, K> {
            /// The window, or `None` past the end; `LEN` unchecked (each public method checks
            /// it in its own `const` block, so the compile error names the caller's line).
            fn $inner<const AX: isize, const LEN: usize>(
                self,
                start: usize,
            ) -> Option<$Ty<'a, T, Replaced<S, AX, Const<LEN>>, K>>
            where
                S: ReplaceAxis<AX, Const<LEN>>,
            {
                let fits = start.checked_add(LEN).is_some_and(|end| end <= <S as Axis<AX>>::Dim::SIZE);
                fits.then(|| {
                    let offset = step(self.offset, start, self.strides[<S as Axis<AX>>::INDEX]);
                    $Ty::from_parts(self.data, offset, self.strides)
                })
            }

            #[doc = concat!("The `LEN` elements along axis `AX` from index `start`, or `None` when they run")]
            /// past the end (see [`Tensor::window`]). No copy.
            ///
            /// ```
            /// use tensorial::tensor;
            /// let mut x = tensor![[1, 2, 3, 4], [5, 6, 7, 8]];
            #[doc = concat!("let w = ", $recv, ".", stringify!($get), "::<1, 2>(2).unwrap();")]
            /// assert_eq!(w.to_tensor(), tensor![[3, 4], [7, 8]]);
            #[doc = concat!("assert!(", $recv, ".", stringify!($get), "::<1, 2>(3).is_none());")]
            /// ```
            #[must_use]
            pub fn $get<const AX: isize, const LEN: usize>(
                self,
                start: usize,
            ) -> Option<$Ty<'a, T, Replaced<S, AX, Const<LEN>>, K>>
            where
                S: ReplaceAxis<AX, Const<LEN>>,
            {
                const { check_fits("a window", AX, <S as Axis<AX>>::Dim::SIZE, LEN, 0) };
                self.$inner::<AX, LEN>(start)
            }

            /// The `LEN` elements along axis `AX` from index `start` (see [`Tensor::window`]).
            ///
            /// # Panics
            #[doc = concat!("When `start + LEN` exceeds the axis' size; [`", stringify!($get), "`](Self::", stringify!($get), ") returns `None`.")]
            ///
            /// ```
            /// use tensorial::tensor;
            /// let mut x = tensor![1, 2, 3, 4, 5];
            #[doc = concat!("assert_eq!(", $recv, ".", stringify!($take), "::<0, 3>(1).to_tensor(), tensor![2, 3, 4]);")]
            /// ```
            #[must_use]
            #[track_caller]
            pub fn $take<const AX: isize, const LEN: usize>(
                self,
                start: usize,
            ) -> $Ty<'a, T, Replaced<S, AX, Const<LEN>>, K>
            where
                S: ReplaceAxis<AX, Const<LEN>>,
            {
                const { check_fits("a window", AX, <S as Axis<AX>>::Dim::SIZE, LEN, 0) };
                self.$inner::<AX, LEN>(start).unwrap_or_else(|| window_out_of_bounds::<S, AX, LEN>(start))
            }
        }
    )*};
}

windows! {
    View "x.view()" get_window window window_inner;
    ViewMut "x.view_mut()" get_window_mut window_mut window_mut_inner;
}

/// **Views, slices, windows** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// A view of the `LEN` elements along axis `AX` from the run-time index `start` (NumPy
    /// `x[start:start + LEN]` along that axis; nalgebra's `fixed_view`); the other axes are
    /// whole. Nothing is copied. For stencils and minibatches; see also [`chunks`](Self::chunks).
    ///
    /// `LEN` is part of the type; a `LEN` larger than the axis is a compile error
    /// reported by `cargo build`: "a window of 5 elements cannot be taken along axis 0 of size
    /// 3".
    ///
    /// # Panics
    /// When `start + LEN` exceeds the axis' size;
    /// [`get_window`](Self::get_window) returns `None` instead.
    ///
    /// ```
    /// use tensorial::{tensor, Rank2, Tensor};
    /// let img = Tensor::<i32, Rank2<4, 5>>::arange();
    /// // A 3×3 neighbourhood sum at every inner pixel: nine shifted windows.
    /// let mut sum = Tensor::<i32, Rank2<2, 3>>::zeros();
    /// for di in 0..3 {
    ///     for dj in 0..3 {
    ///         sum += img.window::<0, 2>(di).window::<1, 3>(dj);
    ///     }
    /// }
    /// assert_eq!(sum[[0, 0]], (0..3).map(|i| (0..3).map(|j| img[[i, j]]).sum::<i32>()).sum());
    /// ```
    ///
    /// ```compile_fail,E0080
    /// let x = tensorial::tensor![1, 2, 3];
    /// let _ = x.window::<0, 5>(0); // 5 elements from an axis of 3
    /// ```
    #[must_use]
    #[track_caller]
    pub fn window<const AX: isize, const LEN: usize>(
        &self,
        start: usize,
    ) -> View<'_, T, Replaced<S, AX, Const<LEN>>, K>
    where
        S: ReplaceAxis<AX, Const<LEN>>,
    {
        const { check_fits("a window", AX, <S as Axis<AX>>::Dim::SIZE, LEN, 0) };
        self.view()
            .window_inner::<AX, LEN>(start)
            .unwrap_or_else(|| window_out_of_bounds::<S, AX, LEN>(start))
    }

    /// The window of [`window`](Self::window), or `None` when `start + LEN` exceeds the axis'
    /// size.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![10, 20, 30, 40];
    /// assert_eq!(x.get_window::<0, 2>(2).map(|w| w.to_tensor()), Some(tensor![30, 40]));
    /// assert!(x.get_window::<0, 2>(3).is_none());
    /// ```
    #[must_use]
    pub fn get_window<const AX: isize, const LEN: usize>(
        &self,
        start: usize,
    ) -> Option<View<'_, T, Replaced<S, AX, Const<LEN>>, K>>
    where
        S: ReplaceAxis<AX, Const<LEN>>,
    {
        const { check_fits("a window", AX, <S as Axis<AX>>::Dim::SIZE, LEN, 0) };
        self.view().window_inner::<AX, LEN>(start)
    }

    /// A mutable view of the `LEN` elements along axis `AX` from `start` (see
    /// [`window`](Self::window)): writes change `self`.
    ///
    /// # Panics
    /// When `start + LEN` exceeds the axis' size.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2, 3, 4], [5, 6, 7, 8]];
    /// let start = 1;
    /// x.window_mut::<1, 2>(start).fill(0); // x[:, start:start + 2] = 0
    /// assert_eq!(x, tensor![[1, 0, 0, 4], [5, 0, 0, 8]]);
    /// ```
    #[must_use]
    #[track_caller]
    pub fn window_mut<const AX: isize, const LEN: usize>(
        &mut self,
        start: usize,
    ) -> ViewMut<'_, T, Replaced<S, AX, Const<LEN>>, K>
    where
        S: ReplaceAxis<AX, Const<LEN>>,
    {
        const { check_fits("a window", AX, <S as Axis<AX>>::Dim::SIZE, LEN, 0) };
        self.view_mut()
            .window_mut_inner::<AX, LEN>(start)
            .unwrap_or_else(|| window_out_of_bounds::<S, AX, LEN>(start))
    }

    /// The mutable window of [`window_mut`](Self::window_mut), or `None` when `start + LEN`
    /// exceeds the axis' size.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![1, 2, 3];
    /// if let Some(mut w) = x.get_window_mut::<0, 2>(1) {
    ///     w += 10;
    /// }
    /// assert!(x.get_window_mut::<0, 2>(2).is_none());
    /// assert_eq!(x, tensor![1, 12, 13]);
    /// ```
    #[must_use]
    pub fn get_window_mut<const AX: isize, const LEN: usize>(
        &mut self,
        start: usize,
    ) -> Option<ViewMut<'_, T, Replaced<S, AX, Const<LEN>>, K>>
    where
        S: ReplaceAxis<AX, Const<LEN>>,
    {
        const { check_fits("a window", AX, <S as Axis<AX>>::Dim::SIZE, LEN, 0) };
        self.view_mut().window_mut_inner::<AX, LEN>(start)
    }

    /// Iterates over the `N / B` exact chunks of `B` elements along axis `AX` (NumPy
    /// `x[i*B:(i+1)*B]` for each minibatch `i`; Rust's `chunks_exact`), as views. The last
    /// `N % B` elements are not in any chunk: take them with [`Chunks::remainder`].
    ///
    /// A `B` larger than the axis (or 0) is a compile error reported by `cargo build`.
    ///
    /// ```
    /// use tensorial::{Rank1, Rank2, Tensor, View};
    /// let x = Tensor::<i32, Rank2<10, 2>>::arange();      // 10 samples
    /// let batches = x.chunks::<0, 4>();                    // 2 batches of 4, 2 samples left
    /// assert_eq!(batches.len(), 2);
    /// let rest: View<'_, i32, Rank2<2, 2>> = batches.remainder();
    /// assert_eq!(rest.to_tensor().as_slice(), &[16, 17, 18, 19]);
    /// let sums: Vec<i32> = batches.map(|b| b.iter().sum()).collect();
    /// assert_eq!(sums, [28, 92]);
    /// ```
    pub fn chunks<const AX: isize, const B: usize>(&self) -> Chunks<'_, T, S, K, AX, B>
    where
        S: ReplaceAxis<AX, Const<B>>,
    {
        const { check_fits("chunks", AX, <S as Axis<AX>>::Dim::SIZE, B, 1) };
        Chunks::new(self.view())
    }
}

impl<'a, T: Elem, S: Shape, K: Kind> View<'a, T, S, K> {
    /// Iterates over the exact chunks of `B` elements along axis `AX` (see
    /// [`Tensor::chunks`]).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]];
    /// let pairs: Vec<_> = x.view().chunks::<1, 2>().map(|c| c.to_tensor()).collect();
    /// assert_eq!(pairs, [tensor![[1, 2], [6, 7]], tensor![[3, 4], [8, 9]]]);
    /// ```
    pub fn chunks<const AX: isize, const B: usize>(self) -> Chunks<'a, T, S, K, AX, B>
    where
        S: ReplaceAxis<AX, Const<B>>,
    {
        const { check_fits("chunks", AX, <S as Axis<AX>>::Dim::SIZE, B, 1) };
        Chunks::new(self)
    }
}

/// Iterator over the exact chunks of `B` elements along axis `AX` of a view: see
/// [`Tensor::chunks`]. Double-ended and of known length; the `N % B` elements left over are
/// [`remainder`](Self::remainder).
///
/// ```
/// use tensorial::{Rank1, Tensor};
/// let x = Tensor::<i32, Rank1<7>>::arange();
/// let mut it = x.chunks::<0, 3>();
/// assert_eq!(it.remainder_len(), 1);
/// assert_eq!(it.next_back().unwrap().to_tensor().as_slice(), &[3, 4, 5]);
/// assert_eq!(it.len(), 1);
/// ```
#[derive(Clone)]
pub struct Chunks<'a, T: Elem, S: Shape, K: Kind, const AX: isize, const B: usize> {
    view: View<'a, T, S, K>,
    front: usize,
    back: usize,
}

impl<'a, T: Elem, S: Shape, K: Kind, const AX: isize, const B: usize> Chunks<'a, T, S, K, AX, B>
where
    S: ReplaceAxis<AX, Const<B>>,
{
    /// The number of elements along the axis after the last chunk (`N % B`).
    ///
    /// ```
    /// use tensorial::{Rank1, Tensor};
    /// assert_eq!(Tensor::<f32, Rank1<10>>::zeros().chunks::<0, 4>().remainder_len(), 2);
    /// ```
    #[must_use]
    pub const fn remainder_len(&self) -> usize {
        <S as Axis<AX>>::Dim::SIZE % B
    }

    /// The `R = N % B` elements along the axis after the last chunk, as a view (empty when `B`
    /// divides `N`). Stable Rust cannot compute `N % B` in a type, so `R` comes from the
    /// caller (annotation or turbofish) and is checked at build time.
    ///
    /// ```
    /// use tensorial::{Rank1, Tensor};
    /// let x = Tensor::<i32, Rank1<7>>::arange();
    /// let chunks = x.chunks::<0, 3>();
    /// assert_eq!(chunks.remainder::<1>().to_tensor().as_slice(), &[6]);
    /// ```
    ///
    /// ```compile_fail,E0080
    /// use tensorial::{Rank1, Tensor};
    /// let x = Tensor::<i32, Rank1<7>>::arange();
    /// let _ = x.chunks::<0, 3>().remainder::<2>(); // 7 % 3 is 1
    /// ```
    #[must_use]
    pub fn remainder<const R: usize>(&self) -> View<'a, T, Replaced<S, AX, Const<R>>, K>
    where
        S: ReplaceAxis<AX, Const<R>>,
    {
        const {
            let (n, rest) = (<S as Axis<AX>>::Dim::SIZE, <S as Axis<AX>>::Dim::SIZE % B);
            if R != rest {
                let msg = Msg::new("the remainder of axis ")
                    .int(AX)
                    .str(" of size ")
                    .num(n)
                    .str(" in chunks of ")
                    .num(B)
                    .str(" has ")
                    .num(rest)
                    .str(" elements, but the result's type says ")
                    .num(R);
                panic!("{}", msg.as_str());
            }
        };
        let start = <S as Axis<AX>>::Dim::SIZE - R;
        let v = &self.view;
        let offset = if R == 0 {
            v.offset
        } else {
            step(v.offset, start, v.strides[<S as Axis<AX>>::INDEX])
        };
        View::from_parts(v.data, offset, v.strides)
    }

    /// All chunks of `view` (`B` unchecked: the public constructors check it).
    fn new(view: View<'a, T, S, K>) -> Self {
        Self {
            view,
            front: 0,
            back: <S as Axis<AX>>::Dim::SIZE / B,
        }
    }

    /// The chunk with index `i` (elements `i*B .. (i+1)*B`).
    fn chunk(&self, i: usize) -> View<'a, T, Replaced<S, AX, Const<B>>, K> {
        let offset = step(
            self.view.offset,
            i * B,
            self.view.strides[<S as Axis<AX>>::INDEX],
        );
        View::from_parts(self.view.data, offset, self.view.strides)
    }
}

impl<'a, T: Elem, S: Shape, K: Kind, const AX: isize, const B: usize> Iterator
    for Chunks<'a, T, S, K, AX, B>
where
    S: ReplaceAxis<AX, Const<B>>,
{
    type Item = View<'a, T, Replaced<S, AX, Const<B>>, K>;

    fn next(&mut self) -> Option<Self::Item> {
        (self.front < self.back).then(|| {
            self.front += 1;
            self.chunk(self.front - 1)
        })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.back - self.front;
        (left, Some(left))
    }
}

impl<T: Elem, S: Shape, K: Kind, const AX: isize, const B: usize> DoubleEndedIterator
    for Chunks<'_, T, S, K, AX, B>
where
    S: ReplaceAxis<AX, Const<B>>,
{
    fn next_back(&mut self) -> Option<Self::Item> {
        (self.front < self.back).then(|| {
            self.back -= 1;
            self.chunk(self.back)
        })
    }
}

impl<T: Elem, S: Shape, K: Kind, const AX: isize, const B: usize> ExactSizeIterator
    for Chunks<'_, T, S, K, AX, B>
where
    S: ReplaceAxis<AX, Const<B>>,
{
}

impl<T: Elem, S: Shape, K: Kind, const AX: isize, const B: usize> FusedIterator
    for Chunks<'_, T, S, K, AX, B>
where
    S: ReplaceAxis<AX, Const<B>>,
{
}

#[cfg(test)]
mod tests {
    use super::check_fits;

    /// `check_fits` runs in `const` for the library; called at run time here, its verdicts and
    /// messages can be tested without building a failing program (tests/ui has those).
    #[test]
    fn fits_from_min_to_the_axis_size() {
        for n in 0..5 {
            for len in 0..=n {
                check_fits("a window", 0, n, len, 0);
            }
            for len in 1..=n {
                check_fits("chunks", 1, n, len, 1);
            }
        }
    }

    #[test]
    #[should_panic(
        expected = "a window of 5 elements cannot be taken along axis -1 of size 3: \
                    the length must be at most the size"
    )]
    fn rejects_a_length_past_the_size() {
        check_fits("a window", -1, 3, 5, 0);
    }

    #[test]
    #[should_panic(
        expected = "chunks of 0 elements cannot be taken along axis 2 of size 4: \
                    the length must be at least 1"
    )]
    fn rejects_a_length_below_the_minimum() {
        check_fits("chunks", 2, 4, 0, 1);
    }
}

//! Rank facts the `s!` slice macro needs: "has at least `N` axes" and "insert an axis `K`
//! places before the end".

use super::dim::{Bcast, Dim};
use super::tuple::Shape;

/// A shape with at least `N` axes: `N` indices (integers or ranges, not `None`) fit it.
///
/// ```
/// use tensorial::{MinRank, Rank3, Shape};
/// fn fits<S: MinRank<2>>() -> usize { S::RANK }
/// assert_eq!(fits::<Rank3<2, 3, 4>>(), 3);
/// ```
#[diagnostic::on_unimplemented(
    message = "too many indices: {N} axes are indexed, but shape `{Self}` has fewer",
    label = "indexes {N} axes",
    note = "each integer and range takes one axis; `None` adds one and `...` stands for the axes not named"
)]
pub trait MinRank<const N: usize>: Shape {
    /// `Self` (a projection the next step depends on, so one error does not cascade).
    type Output: Shape;
}

/// A shape into which a [`Bcast`] axis can be inserted with `K` axes after it (`K == 0`
/// appends): NumPy `None` in the indices after `...`.
///
/// Implemented for every shape of rank 0 to 5 and every `K` from 0 to its rank. The generated
/// impls are not listed here.
///
/// ```
/// use tensorial::{InsertAxisBack, Rank2, Shape};
/// assert_eq!(<<Rank2<2, 3> as InsertAxisBack<1>>::Output as Shape>::DIMS, [2, 1, 3]);
/// ```
#[diagnostic::on_unimplemented(
    message = "cannot insert a new axis {K} places before the end of shape `{Self}`",
    label = "the result would have more than 6 axes"
)]
pub trait InsertAxisBack<const K: usize>: Shape {
    /// `Self` with a `Bcast` axis before its last `K` axes.
    type Output: Shape;
}

/// Implements `MinRank<0..=RANK>` for one rank.
macro_rules! min_rank_impls {
    ($dims:tt $($n:literal)*) => {$(
        min_rank_impls!(@one $dims $n);
    )*};
    (@one [$($A:ident)*] $n:literal) => {
        #[diagnostic::do_not_recommend]
        impl<$($A: Dim),*> MinRank<$n> for ($($A,)*) {
            type Output = Self;
        }
    };
}

min_rank_impls!([] 0);
min_rank_impls!([A] 0 1);
min_rank_impls!([A B] 0 1 2);
min_rank_impls!([A B C] 0 1 2 3);
min_rank_impls!([A B C D] 0 1 2 3 4);
min_rank_impls!([A B C D E] 0 1 2 3 4 5);
min_rank_impls!([A B C D E F] 0 1 2 3 4 5 6);

/// Implements `InsertAxisBack` at every split point of one shape, walking the split left;
/// `$k` (from a literal list, so the docs show `InsertAxisBack<1>`) counts the axes after it.
macro_rules! insert_axis_back_impls {
    ([$k:literal $($ks:literal)*]; [] [$($post:ident)*]) => {
        #[doc(hidden)] // one impl per rank and position: the trait's docs list them
        #[diagnostic::do_not_recommend]
        impl<$($post: Dim),*> InsertAxisBack<$k> for ($($post,)*) {
            type Output = (Bcast, $($post,)*);
        }
    };
    ([$k:literal $($ks:literal)*]; [$($pre:ident)*] [$($post:ident)*]) => {
        #[doc(hidden)] // one impl per rank and position: the trait's docs list them
        #[diagnostic::do_not_recommend]
        impl<$($pre: Dim,)* $($post: Dim),*> InsertAxisBack<$k> for ($($pre,)* $($post,)*) {
            type Output = ($($pre,)* Bcast, $($post,)*);
        }
        insert_axis_back_impls!(@shift [$($ks)*]; [$($pre)*] [] [$($post)*]);
    };
    // Moves the last ident of `pre` to the front of `post`.
    (@shift $ks:tt; [$last:ident] [$($done:ident)*] [$($post:ident)*]) => {
        insert_axis_back_impls!($ks; [$($done)*] [$last $($post)*]);
    };
    (@shift $ks:tt; [$head:ident $($rest:ident)+] [$($done:ident)*] [$($post:ident)*]) => {
        insert_axis_back_impls!(@shift $ks; [$($rest)+] [$($done)* $head] [$($post)*]);
    };
}

insert_axis_back_impls!([0]; [] []);
insert_axis_back_impls!([0 1]; [A] []);
insert_axis_back_impls!([0 1 2]; [A B] []);
insert_axis_back_impls!([0 1 2 3]; [A B C] []);
insert_axis_back_impls!([0 1 2 3 4]; [A B C D] []);
insert_axis_back_impls!([0 1 2 3 4 5]; [A B C D E] []);

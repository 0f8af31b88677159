//! The `Shape` trait, implemented for tuples of [`Dim`]s of rank 0 through 6, and `RankN` aliases.

use super::broadcast::{BroadcastFrom, BroadcastWith};
use super::dim::{Const, Dim};
use core::fmt::Debug;
use core::hash::Hash;

/// A compile-time shape: a tuple of axes ([`Const<N>`] or [`Bcast`](crate::Bcast)), rank 0 to 6.
///
/// The sizes live in the type, so `RANK`, `NUMEL` and `DIMS` are constants.
///
/// ```
/// use tensorial::{Rank3, Shape};
/// type S = Rank3<2, 3, 4>;
/// assert_eq!(S::RANK, 3);
/// assert_eq!(S::NUMEL, 24);
/// assert_eq!(S::DIMS, [2, 3, 4]);
/// ```
///
/// Every shape broadcasts with itself and with a scalar `()` into itself (the supertraits), so
/// code generic over `S: Shape` needs no other bound for `&x + &y`, `x * 2.0` or `x += &y`
/// with `x` and `y` of shape `S` (see the guide on generic helpers).
pub trait Shape:
    Copy
    + Default
    + Debug
    + Send
    + Sync
    + 'static
    + BroadcastWith<Self, Output = Self>
    + BroadcastWith<(), Output = Self>
    + BroadcastFrom<Self>
    + BroadcastFrom<()>
{
    /// Number of axes.
    const RANK: usize;
    /// Number of elements (product of the sizes; 1 for rank 0).
    const NUMEL: usize;
    /// A multi-index into this shape: `[usize; RANK]`.
    type Idx: Copy + Debug + Default + Eq + Hash + AsRef<[usize]> + AsMut<[usize]> + 'static;
    /// The size of each axis.
    const DIMS: Self::Idx;
    /// The size of each axis, then 1s up to rank 6: [`DIMS`](Self::DIMS) as one array type
    /// for every rank, so `const fn`s can read it.
    ///
    /// ```
    /// use tensorial::{Rank2, Shape};
    /// assert_eq!(Rank2::<2, 3>::PADDED_DIMS, [2, 3, 1, 1, 1, 1]);
    /// ```
    const PADDED_DIMS: [usize; 6];
    /// Nested-array storage of this shape (`[[T; 3]; 2]` for `(Const<2>, Const<3>)`).
    type Array<T: Copy + 'static>: Copy + 'static;

    /// The elements of a nested array, row-major.
    fn flat<T: Copy + 'static>(array: &Self::Array<T>) -> &[T];
    /// The elements of a nested array, row-major, mutably.
    fn flat_mut<T: Copy + 'static>(array: &mut Self::Array<T>) -> &mut [T];
    /// A nested array with every element equal to `value`.
    fn fill<T: Copy + 'static>(value: T) -> Self::Array<T>;

    /// Row-major offset of `idx`, or `None` when an index is out of bounds.
    ///
    /// ```
    /// use tensorial::{Rank2, Shape};
    /// assert_eq!(Rank2::<2, 3>::ravel([1, 2]), Some(5));
    /// assert_eq!(Rank2::<2, 3>::ravel([2, 0]), None);
    /// ```
    #[must_use]
    fn ravel(idx: Self::Idx) -> Option<usize> {
        let mut offset = 0;
        for (&i, &n) in idx.as_ref().iter().zip(Self::DIMS.as_ref()) {
            if i >= n {
                return None;
            }
            offset = offset * n + i;
        }
        Some(offset)
    }

    /// Multi-index of the row-major offset `offset` (which must be `< NUMEL`).
    ///
    /// ```
    /// use tensorial::{Rank2, Shape};
    /// assert_eq!(Rank2::<2, 3>::unravel(5), [1, 2]);
    /// ```
    #[must_use]
    fn unravel(mut offset: usize) -> Self::Idx {
        let mut idx = Self::Idx::default();
        for (i, &n) in idx.as_mut().iter_mut().zip(Self::DIMS.as_ref()).rev() {
            *i = offset % n;
            offset /= n;
        }
        idx
    }
}

impl Shape for () {
    const RANK: usize = 0;
    const NUMEL: usize = 1;
    type Idx = [usize; 0];
    const DIMS: [usize; 0] = [];
    const PADDED_DIMS: [usize; 6] = [1; 6];
    type Array<T: Copy + 'static> = T;

    fn flat<T: Copy + 'static>(array: &T) -> &[T] {
        core::slice::from_ref(array)
    }
    fn flat_mut<T: Copy + 'static>(array: &mut T) -> &mut [T] {
        core::slice::from_mut(array)
    }
    fn fill<T: Copy + 'static>(value: T) -> T {
        value
    }
}

/// `A::Array<B::Array<..T..>>` for the axes `A B ..`.
macro_rules! nested_array {
    ($T:ty;) => { $T };
    ($T:ty; $D:ident $($rest:ident)*) => { <$D as Dim>::Array<nested_array!($T; $($rest)*)> };
}

/// Flattens a nested array one axis at a time, outermost first.
macro_rules! flatten {
    ($f:ident, $flatten:ident, $a:expr; $D:ident $($rest:ident)*) => {
        flatten!(@rest $flatten, <$D as Dim>::$f($a); $($rest)*)
    };
    (@rest $flatten:ident, $e:expr;) => { $e };
    (@rest $flatten:ident, $e:expr; $D:ident $($rest:ident)*) => {
        flatten!(@rest $flatten, <$D as Dim>::$flatten($e); $($rest)*)
    };
}

/// Fills a nested array from the innermost axis out.
macro_rules! fill {
    ($v:expr;) => { $v };
    ($v:expr; $D:ident $($rest:ident)*) => { <$D as Dim>::fill(fill!($v; $($rest)*)) };
}

macro_rules! impl_shape {
    ($rank:literal: $($D:ident)+) => {
        impl<$($D: Dim),+> Shape for ($($D,)+) {
            const RANK: usize = $rank;
            const NUMEL: usize = 1 $(* $D::SIZE)+;
            type Idx = [usize; $rank];
            const DIMS: [usize; $rank] = [$($D::SIZE),+];
            const PADDED_DIMS: [usize; 6] = {
                let mut dims = [1; 6];
                let mut axis = 0;
                while axis < $rank {
                    dims[axis] = Self::DIMS[axis];
                    axis += 1;
                }
                dims
            };
            type Array<T: Copy + 'static> = nested_array!(T; $($D)+);

            fn flat<T: Copy + 'static>(array: &Self::Array<T>) -> &[T] {
                flatten!(as_slice, flatten, array; $($D)+)
            }
            fn flat_mut<T: Copy + 'static>(array: &mut Self::Array<T>) -> &mut [T] {
                flatten!(as_mut_slice, flatten_mut, array; $($D)+)
            }
            fn fill<T: Copy + 'static>(value: T) -> Self::Array<T> {
                fill!(value; $($D)+)
            }
        }
    };
}

impl_shape!(1: A);
impl_shape!(2: A B);
impl_shape!(3: A B C);
impl_shape!(4: A B C D);
impl_shape!(5: A B C D E);
impl_shape!(6: A B C D E F);

/// A scalar shape `()`.
pub type Rank0 = ();
/// A vector of `A` elements: `(Const<A>,)`.
pub type Rank1<const A: usize> = (Const<A>,);
/// An `A×B` matrix: `(Const<A>, Const<B>)`.
pub type Rank2<const A: usize, const B: usize> = (Const<A>, Const<B>);
/// An `A×B×C` shape: `(Const<A>, Const<B>, Const<C>)`.
pub type Rank3<const A: usize, const B: usize, const C: usize> = (Const<A>, Const<B>, Const<C>);
/// A rank-4 shape of `Const` axes.
pub type Rank4<const A: usize, const B: usize, const C: usize, const D: usize> =
    (Const<A>, Const<B>, Const<C>, Const<D>);
/// A rank-5 shape of `Const` axes.
pub type Rank5<const A: usize, const B: usize, const C: usize, const D: usize, const E: usize> =
    (Const<A>, Const<B>, Const<C>, Const<D>, Const<E>);
/// A rank-6 shape of `Const` axes.
pub type Rank6<
    const A: usize,
    const B: usize,
    const C: usize,
    const D: usize,
    const E: usize,
    const F: usize,
> = (Const<A>, Const<B>, Const<C>, Const<D>, Const<E>, Const<F>);

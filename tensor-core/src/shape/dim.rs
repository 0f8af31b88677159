//! Axis types: `Const<N>` (an axis of size `N`) and `Bcast` (a size-1 axis that broadcasts).

use super::broadcast::{BroadcastDim, DimBroadcastTo};
use core::fmt;

/// One axis of a shape: its size and the nested-array type that stores it.
///
/// Implemented by [`Const<N>`] and [`Bcast`]. Shapes are tuples of `Dim`s; see
/// [`Shape`](crate::Shape).
///
/// ```
/// use tensorial::{Bcast, Const, Dim};
/// assert_eq!(<Const<7> as Dim>::SIZE, 7);
/// assert_eq!(<Bcast as Dim>::SIZE, 1);
/// ```
///
/// Every axis broadcasts with itself into itself (the supertraits), so code generic over an
/// axis `D: Dim` needs no broadcast bound to combine two tensors with that axis.
pub trait Dim:
    Copy
    + Default
    + fmt::Debug
    + Send
    + Sync
    + 'static
    + BroadcastDim<Self, Output = Self>
    + DimBroadcastTo<Self>
{
    /// Number of elements along this axis.
    const SIZE: usize;
    /// `true` for [`Bcast`]: the axis stretches to match any size.
    const BROADCASTS: bool;
    /// Array holding `SIZE` values of `E` (`[E; N]` for `Const<N>`, `[E; 1]` for `Bcast`).
    type Array<E: Copy + 'static>: Copy + 'static;

    /// The array's elements as a slice.
    fn as_slice<E: Copy + 'static>(array: &Self::Array<E>) -> &[E];
    /// The array's elements as a mutable slice.
    fn as_mut_slice<E: Copy + 'static>(array: &mut Self::Array<E>) -> &mut [E];
    /// An array with every element equal to `value`.
    fn fill<E: Copy + 'static>(value: E) -> Self::Array<E>;
    /// Flattens a slice of arrays into a slice of their elements (row-major).
    fn flatten<E: Copy + 'static>(arrays: &[Self::Array<E>]) -> &[E];
    /// Flattens a mutable slice of arrays into a mutable slice of their elements.
    fn flatten_mut<E: Copy + 'static>(arrays: &mut [Self::Array<E>]) -> &mut [E];
}

/// An axis whose size `N` is known at compile time.
///
/// `Const<1>` is an ordinary axis of size one: it does **not** broadcast. Use [`Bcast`] for
/// that (NumPy's `x[:, None]` or `keepdims=True`).
///
/// ```
/// use tensorial::{Const, Tensor};
/// let t: Tensor<f32, (Const<2>, Const<3>)> = Tensor::zeros();
/// assert_eq!(t.shape(), [2, 3]);
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Const<const N: usize>;

/// A size-1 axis that broadcasts: it matches an axis of any size in elementwise ops.
///
/// This is NumPy's "size-1 axis" rule made explicit in the type. Get one with
/// [`Tensor::new_axis`](crate::Tensor::new_axis) (NumPy `x[:, None]`), or write it in a
/// shape directly.
///
/// ```
/// use tensorial::{Bcast, Const, Tensor};
/// let x = Tensor::<f32, (Const<2>, Const<3>)>::arange();
/// let col = Tensor::<f32, (Const<2>, Bcast)>::from_array([[10.0], [20.0]]);
/// let y = &x + &col;
/// assert_eq!(y.as_slice(), &[10.0, 11.0, 12.0, 23.0, 24.0, 25.0]);
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Bcast;

impl<const N: usize> Dim for Const<N> {
    const SIZE: usize = N;
    const BROADCASTS: bool = false;
    type Array<E: Copy + 'static> = [E; N];

    fn as_slice<E: Copy + 'static>(array: &[E; N]) -> &[E] {
        array
    }
    fn as_mut_slice<E: Copy + 'static>(array: &mut [E; N]) -> &mut [E] {
        array
    }
    fn flatten<E: Copy + 'static>(arrays: &[[E; N]]) -> &[E] {
        arrays.as_flattened()
    }
    fn flatten_mut<E: Copy + 'static>(arrays: &mut [[E; N]]) -> &mut [E] {
        arrays.as_flattened_mut()
    }
    fn fill<E: Copy + 'static>(value: E) -> [E; N] {
        [value; N]
    }
}

impl Dim for Bcast {
    const SIZE: usize = 1;
    const BROADCASTS: bool = true;
    type Array<E: Copy + 'static> = [E; 1];

    fn as_slice<E: Copy + 'static>(array: &[E; 1]) -> &[E] {
        array
    }
    fn as_mut_slice<E: Copy + 'static>(array: &mut [E; 1]) -> &mut [E] {
        array
    }
    fn flatten<E: Copy + 'static>(arrays: &[[E; 1]]) -> &[E] {
        arrays.as_flattened()
    }
    fn flatten_mut<E: Copy + 'static>(arrays: &mut [[E; 1]]) -> &mut [E] {
        arrays.as_flattened_mut()
    }
    fn fill<E: Copy + 'static>(value: E) -> [E; 1] {
        [value]
    }
}

impl<const N: usize> fmt::Debug for Const<N> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{N}")
    }
}

impl fmt::Debug for Bcast {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Bcast")
    }
}

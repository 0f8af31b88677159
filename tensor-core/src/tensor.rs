//! The `Tensor` type: elements of type `T`, a compile-time shape `S`, a storage kind `K`.

use crate::storage::{Buffer, Inline, InlineBuf, Kind};
use crate::{Elem, Shape};
use core::hash::{Hash, Hasher};

/// A tensor with element type `T`, shape `S` (a tuple of axes) and storage kind `K`.
///
/// `K` is [`Inline`] by default (elements inside the value, no allocator); use
/// [`Heap`](crate::Heap) for big tensors. Every op works on both kinds.
///
/// ```
/// use tensor_core::{Rank2, Tensor};
/// let x = Tensor::<f32, Rank2<2, 3>>::from_array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]);
/// assert_eq!(x.shape(), [2, 3]);
/// assert_eq!(x[[1, 2]], 6.0);
/// let y = &x * 2.0 + 1.0;
/// assert_eq!(y.as_slice(), &[3.0, 5.0, 7.0, 9.0, 11.0, 13.0]);
/// ```
pub struct Tensor<T: Elem, S: Shape, K: Kind = Inline> {
    pub(crate) buf: K::Buf<T, S>,
}

impl<T: Elem, S: Shape> Tensor<T, S, Inline> {
    /// An inline tensor holding `array` (row-major nested arrays); usable in `const` and `static`.
    ///
    /// ```
    /// use tensor_core::{Rank2, Tensor};
    /// const EYE: Tensor<i32, Rank2<2, 2>> = Tensor::from_array([[1, 0], [0, 1]]);
    /// assert_eq!(EYE.as_slice(), &[1, 0, 0, 1]);
    /// ```
    #[must_use]
    pub const fn from_array(array: S::Array<T>) -> Self {
        Self {
            buf: InlineBuf::new(array),
        }
    }

    /// The nested array of an inline tensor.
    ///
    /// ```
    /// use tensor_core::{Rank2, Tensor};
    /// let x = Tensor::<u8, Rank2<1, 2>>::from_array([[1, 2]]);
    /// assert_eq!(x.as_array(), &[[1, 2]]);
    /// ```
    #[must_use]
    pub const fn as_array(&self) -> &S::Array<T> {
        self.buf.array()
    }

    /// Copies this tensor into heap storage.
    ///
    /// ```
    /// use tensor_core::{tensor, Heap, Rank1, Tensor};
    /// let h: Tensor<i32, Rank1<2>, Heap> = tensor![1, 2].to_heap();
    /// assert_eq!(h.as_slice(), &[1, 2]);
    /// ```
    #[cfg(feature = "alloc")]
    #[must_use]
    pub fn to_heap(&self) -> Tensor<T, S, crate::Heap> {
        self.to_kind()
    }
}

impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    pub(crate) fn from_buf(buf: K::Buf<T, S>) -> Self {
        Self { buf }
    }

    /// A tensor whose elements are written by `fill` into zeroed storage.
    pub(crate) fn build(fill: impl FnOnce(&mut [T])) -> Self {
        let mut buf = <K::Buf<T, S>>::zeroed();
        fill(buf.as_mut_slice());
        Self { buf }
    }

    /// The size of each axis, e.g. `[2, 3]` (NumPy `x.shape`).
    ///
    /// ```
    /// use tensor_core::{Rank3, Tensor};
    /// assert_eq!(Tensor::<f64, Rank3<2, 3, 4>>::zeros().shape(), [2, 3, 4]);
    /// ```
    #[must_use]
    pub fn shape(&self) -> S::Idx {
        S::DIMS
    }

    /// Number of axes (NumPy `x.ndim`).
    ///
    /// ```
    /// use tensor_core::{Rank3, Tensor};
    /// assert_eq!(Tensor::<f64, Rank3<2, 3, 4>>::zeros().rank(), 3);
    /// ```
    #[must_use]
    pub const fn rank(&self) -> usize {
        S::RANK
    }

    /// Number of elements (NumPy `x.size`).
    ///
    /// ```
    /// use tensor_core::{Rank3, Tensor};
    /// assert_eq!(Tensor::<f64, Rank3<2, 3, 4>>::zeros().len(), 24);
    /// ```
    #[must_use]
    pub const fn len(&self) -> usize {
        S::NUMEL
    }

    /// `true` when some axis has size 0.
    ///
    /// ```
    /// use tensor_core::{Rank2, Tensor};
    /// assert!(Tensor::<f64, Rank2<0, 3>>::zeros().is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        S::NUMEL == 0
    }

    /// The elements, contiguous and row-major.
    ///
    /// ```
    /// use tensor_core::{tensor};
    /// assert_eq!(tensor![[1, 2], [3, 4]].as_slice(), &[1, 2, 3, 4]);
    /// ```
    #[must_use]
    pub fn as_slice(&self) -> &[T] {
        self.buf.as_slice()
    }

    /// The elements, contiguous and row-major, mutably.
    ///
    /// ```
    /// use tensor_core::{tensor};
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// x.as_mut_slice()[3] = 9;
    /// assert_eq!(x[[1, 1]], 9);
    /// ```
    #[must_use]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        self.buf.as_mut_slice()
    }

    /// Iterates over the elements in row-major order.
    ///
    /// ```
    /// use tensor_core::tensor;
    /// let x = tensor![[1, 2], [3, 4]];
    /// assert_eq!(x.iter().sum::<i32>(), 10);
    /// ```
    pub fn iter(&self) -> core::slice::Iter<'_, T> {
        self.as_slice().iter()
    }

    /// Iterates mutably over the elements in row-major order.
    ///
    /// ```
    /// use tensor_core::tensor;
    /// let mut x = tensor![1, 2, 3];
    /// x.iter_mut().for_each(|v| *v *= 10);
    /// assert_eq!(x.as_slice(), &[10, 20, 30]);
    /// ```
    pub fn iter_mut(&mut self) -> core::slice::IterMut<'_, T> {
        self.as_mut_slice().iter_mut()
    }

    /// Iterates over `(multi-index, &element)` pairs in row-major order (NumPy `ndenumerate`).
    ///
    /// ```
    /// use tensor_core::tensor;
    /// let x = tensor![[1, 2], [3, 4]];
    /// let (idx, v) = x.indexed_iter().last().unwrap();
    /// assert_eq!((idx, *v), ([1, 1], 4));
    /// ```
    pub fn indexed_iter(&self) -> impl Iterator<Item = (S::Idx, &T)> + '_ {
        self.iter().enumerate().map(|(i, v)| (S::unravel(i), v))
    }

    /// Copies the elements into storage kind `K2` (e.g. inline ↔ heap).
    ///
    /// ```
    /// use tensor_core::{tensor, Heap, Inline, Rank1, Tensor};
    /// let h: Tensor<u8, Rank1<2>, Heap> = tensor![1u8, 2].to_kind();
    /// let back: Tensor<u8, Rank1<2>, Inline> = h.to_kind();
    /// assert_eq!(back.as_slice(), &[1, 2]);
    /// ```
    #[must_use]
    pub fn to_kind<K2: Kind>(&self) -> Tensor<T, S, K2> {
        Tensor::build(|out| out.copy_from_slice(self.as_slice()))
    }

    /// The same elements under a shape with the same element count, reusing heap storage.
    pub(crate) fn relabel<S2: Shape>(self) -> Tensor<T, S2, K> {
        Tensor {
            buf: K::reshape::<T, S, S2>(self.buf),
        }
    }
}

#[allow(clippy::expl_impl_clone_on_copy)] // `Copy` only for `Inline`; heap tensors clone deeply
impl<T: Elem, S: Shape, K: Kind> Clone for Tensor<T, S, K> {
    fn clone(&self) -> Self {
        Self {
            buf: self.buf.clone(),
        }
    }
}

impl<T: Elem, S: Shape> Copy for Tensor<T, S, Inline> {}

impl<T: Elem, S: Shape, K: Kind> Default for Tensor<T, S, K> {
    /// A tensor of `T::default()` (zeros).
    fn default() -> Self {
        Self {
            buf: <K::Buf<T, S>>::zeroed(),
        }
    }
}

impl<T: Elem, S: Shape, K: Kind, K2: Kind> PartialEq<Tensor<T, S, K2>> for Tensor<T, S, K> {
    /// Equal shapes (by type) and equal elements; NaN != NaN as for floats.
    fn eq(&self, other: &Tensor<T, S, K2>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Elem + Eq, S: Shape, K: Kind> Eq for Tensor<T, S, K> {}

impl<T: Elem + Hash, S: Shape, K: Kind> Hash for Tensor<T, S, K> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state);
    }
}

impl<T: Elem, S: Shape, K: Kind> AsRef<[T]> for Tensor<T, S, K> {
    fn as_ref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T: Elem, S: Shape, K: Kind> AsMut<[T]> for Tensor<T, S, K> {
    fn as_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<'a, T: Elem, S: Shape, K: Kind> IntoIterator for &'a Tensor<T, S, K> {
    type Item = &'a T;
    type IntoIter = core::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a, T: Elem, S: Shape, K: Kind> IntoIterator for &'a mut Tensor<T, S, K> {
    type Item = &'a mut T;
    type IntoIter = core::slice::IterMut<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

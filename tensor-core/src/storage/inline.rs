//! Inline storage: the elements as a nested array inside the tensor value.

use super::{Buffer, Kind};
use crate::{Elem, Shape};

/// The largest inline tensor, in bytes, that run-time constructors and ops build (1 MiB).
///
/// Above it, building the tensor is a compile error (reported by `cargo build`) telling you to
/// use [`Heap`](crate::Heap): such values risk overflowing a thread's stack, above all in debug
/// builds. `const`/`static` tensors made with `from_array` or `tensor!` are not limited.
pub const MAX_INLINE_BYTES: usize = 1 << 20;

/// Storage kind of tensors that hold their elements inline (no allocator; the default).
///
/// ```
/// use tensor_core::{Rank2, Tensor};
/// assert_eq!(core::mem::size_of::<Tensor<f32, Rank2<3, 4>>>(), 48);
/// static W: Tensor<f32, Rank2<1, 2>> = Tensor::from_array([[1.0, 2.0]]);
/// assert_eq!(W[[0, 1]], 2.0);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Inline;

/// The nested array `S::Array<T>` of an inline tensor.
///
/// ```
/// use tensor_core::{Buffer, InlineBuf, Rank2};
/// let b = InlineBuf::<u8, Rank2<2, 2>>::new([[1, 2], [3, 4]]);
/// assert_eq!(b.as_slice(), &[1, 2, 3, 4]);
/// ```
pub struct InlineBuf<T: Elem, S: Shape>(S::Array<T>);

impl<T: Elem, S: Shape> InlineBuf<T, S> {
    /// Wraps a nested array.
    pub const fn new(array: S::Array<T>) -> Self {
        Self(array)
    }

    /// The nested array.
    pub const fn array(&self) -> &S::Array<T> {
        &self.0
    }
}

#[allow(clippy::expl_impl_clone_on_copy)] // `derive` would not see the `S::Array<T>: Copy` bound
impl<T: Elem, S: Shape> Clone for InlineBuf<T, S> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Elem, S: Shape> Copy for InlineBuf<T, S> {}

impl<T: Elem, S: Shape> Buffer<T> for InlineBuf<T, S> {
    fn zeroed() -> Self {
        const {
            assert!(
                size_of::<S::Array<T>>() <= MAX_INLINE_BYTES,
                "this tensor is too big for inline storage (over 1 MiB): use `Heap` storage, e.g. `Tensor<T, S, Heap>`"
            );
        }
        Self(S::fill(T::default()))
    }
    fn as_slice(&self) -> &[T] {
        S::flat(&self.0)
    }
    fn as_mut_slice(&mut self) -> &mut [T] {
        S::flat_mut(&mut self.0)
    }
}

impl Kind for Inline {
    type Buf<T: Elem, S: Shape> = InlineBuf<T, S>;

    fn reshape<T: Elem, S: Shape, S2: Shape>(buf: InlineBuf<T, S>) -> InlineBuf<T, S2> {
        let mut out = InlineBuf::<T, S2>::zeroed();
        out.as_mut_slice().copy_from_slice(buf.as_slice());
        out
    }

    fn from_inline<T: Elem, S: Shape>(
        buf: InlineBuf<T, S>,
    ) -> Result<InlineBuf<T, S>, InlineBuf<T, S>> {
        Ok(buf)
    }

    #[cfg(feature = "alloc")]
    fn from_heap<T: Elem, S: Shape>(
        buf: super::HeapBuf<T, S>,
    ) -> Result<InlineBuf<T, S>, super::HeapBuf<T, S>> {
        Err(buf)
    }

    fn transfer<T: Elem, S: Shape, K2: Kind>(
        buf: InlineBuf<T, S>,
    ) -> Result<K2::Buf<T, S>, InlineBuf<T, S>> {
        K2::from_inline(buf)
    }
}

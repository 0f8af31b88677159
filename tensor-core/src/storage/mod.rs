//! Storage kinds: where a tensor's elements live. Ops are written once over [`Buffer`].
//!
//! - [`Inline`]: a nested array inside the tensor value. No allocator, `Copy`, usable in
//!   `const`/`static`, `size_of` is exactly `NUMEL * size_of::<T>()`.
//! - [`Heap`] (feature `alloc`): one zeroed allocation, never on the stack, so
//!   50000×784 tensors are fine even in debug builds. Big buffers are 2 MiB aligned and use
//!   transparent huge pages on Linux (feature `std`).
//!
//! An op on two tensors produces [`Inline`] storage when both inputs are inline, else [`Heap`]
//! (see [`Combine`]).

#[cfg(feature = "alloc")]
mod heap;
mod inline;
#[cfg(feature = "alloc")]
mod os_alloc;
#[cfg(feature = "std")]
pub(crate) mod scratch;

#[cfg(feature = "alloc")]
pub use heap::{Heap, HeapBuf};
pub(crate) use inline::check_inline_cap;
pub use inline::{Inline, InlineBuf, MAX_INLINE_BYTES};

use crate::{Elem, Shape};
use core::fmt::Debug;

/// Contiguous row-major element storage of one tensor.
///
/// ```
/// use tensorial::{Buffer, InlineBuf, Rank1};
/// let mut b = InlineBuf::<f32, Rank1<3>>::zeroed();
/// b.as_mut_slice()[1] = 2.0;
/// assert_eq!(b.as_slice(), &[0.0, 2.0, 0.0]);
/// ```
pub trait Buffer<T: Elem>: Clone {
    /// A buffer with every element `T::default()` (zero).
    fn zeroed() -> Self;
    /// A buffer whose elements the caller overwrites, every one, before reading any: valid
    /// values of `T`, not necessarily zero (a reused heap buffer's old contents, when
    /// [`Elem::ANY_BITS`](crate::Elem)). The default is [`zeroed`](Self::zeroed).
    #[doc(hidden)]
    fn for_overwrite() -> Self {
        Self::zeroed()
    }
    /// The elements, row-major.
    fn as_slice(&self) -> &[T];
    /// The elements, row-major, mutably.
    fn as_mut_slice(&mut self) -> &mut [T];

    /// A buffer whose element `i` (row-major) is `f(i)`, computed for `i = 0, 1, …` in order.
    ///
    /// Inline buffers write each element once, with no zeroing pass first (what small ops on
    /// inline tensors build their results with); the default fills a buffer
    /// that may hold a reused heap buffer's old values, since every element is written.
    ///
    /// ```
    /// use tensorial::{Buffer, InlineBuf, Rank2};
    /// let b = InlineBuf::<usize, Rank2<2, 3>>::from_flat_fn(|i| 10 * i);
    /// assert_eq!(b.as_slice(), &[0, 10, 20, 30, 40, 50]);
    /// ```
    #[must_use]
    #[inline]
    fn from_flat_fn(mut f: impl FnMut(usize) -> T) -> Self
    where
        Self: Sized,
    {
        let mut buf = Self::for_overwrite();
        for (i, x) in buf.as_mut_slice().iter_mut().enumerate() {
            *x = f(i);
        }
        buf
    }
}

/// A storage kind: maps an element type and a shape to a [`Buffer`].
///
/// ```
/// use tensorial::{Inline, Kind, Rank2};
/// type B = <Inline as Kind>::Buf<f32, Rank2<3, 4>>;
/// assert_eq!(core::mem::size_of::<B>(), 48);
/// ```
///
/// Every kind combines with itself and with [`Inline`] (a scalar operand) into itself (the
/// supertraits, see [`CombineWith`]), so code generic over `K: Kind` needs no [`Combine`] bound
/// for same-kind or scalar operands.
pub trait Kind:
    Copy
    + Default
    + Debug
    + Send
    + Sync
    + 'static
    + CombineWith<Self, Output = Self>
    + CombineWith<Inline, Output = Self>
{
    /// The buffer holding a tensor of element `T` and shape `S`.
    type Buf<T: Elem, S: Shape>: Buffer<T>;

    /// `true` for [`Inline`]: the elements live in the value, so they are capped at
    /// [`MAX_INLINE_BYTES`], and moving the value copies them (in debug builds every such move
    /// takes another stack slot, so ops read owned inline operands in place instead of reusing
    /// their buffers).
    #[doc(hidden)]
    const INLINE: bool;

    /// The same elements under another shape with the same number of elements.
    ///
    /// # Panics
    /// When `S::NUMEL != S2::NUMEL`.
    fn reshape<T: Elem, S: Shape, S2: Shape>(buf: Self::Buf<T, S>) -> Self::Buf<T, S2>;

    /// Moves an inline buffer into this kind without copying, if this kind is [`Inline`].
    #[doc(hidden)]
    fn from_inline<T: Elem, S: Shape>(
        buf: InlineBuf<T, S>,
    ) -> Result<Self::Buf<T, S>, InlineBuf<T, S>>;

    /// Moves a heap buffer into this kind without copying, if this kind is [`Heap`].
    #[cfg(feature = "alloc")]
    #[doc(hidden)]
    fn from_heap<T: Elem, S: Shape>(buf: HeapBuf<T, S>) -> Result<Self::Buf<T, S>, HeapBuf<T, S>>;

    /// Moves `buf` into kind `K2` without copying when `K2` is this same kind.
    #[doc(hidden)]
    fn transfer<T: Elem, S: Shape, K2: Kind>(
        buf: Self::Buf<T, S>,
    ) -> Result<K2::Buf<T, S>, Self::Buf<T, S>>;
}

/// The storage kind of the result of an op on kinds `Self` and `K2`: inline only if both are.
///
/// ```
/// use tensorial::{Combine, Heap, Inline};
/// fn same<A: 'static, B: 'static>() -> bool { core::any::TypeId::of::<A>() == core::any::TypeId::of::<B>() }
/// assert!(same::<<Inline as Combine<Inline>>::Output, Inline>());
/// assert!(same::<<Inline as Combine<Heap>>::Output, Heap>());
/// ```
pub trait Combine<K2: Kind>: Kind {
    /// The result's storage kind.
    type Output: Kind;
}

/// The bound of the elementwise operators on storage kinds: [`Combine`] (a blanket impl), which
/// every [`Kind`] has with itself and with [`Inline`] (supertraits of `Kind`), so operators in
/// code generic over `K: Kind` need no bound. (`Combine` cannot be a supertrait of `Kind`: it
/// has `Kind` as its own.)
///
/// ```
/// use tensorial::{CombineWith, Heap, Inline};
/// fn same<A: 'static, B: 'static>() -> bool { core::any::TypeId::of::<A>() == core::any::TypeId::of::<B>() }
/// assert!(same::<<Heap as CombineWith<Inline>>::Output, Heap>());
/// ```
pub trait CombineWith<K2> {
    /// The result's storage kind.
    type Output: Kind;
}

impl<K: Combine<K2>, K2: Kind> CombineWith<K2> for K {
    type Output = Combined<K, K2>;
}

/// The storage kind of an op's result: `<K1 as Combine<K2>>::Output`.
pub type Combined<K1, K2> = <K1 as Combine<K2>>::Output;

impl Combine<Inline> for Inline {
    type Output = Inline;
}
#[cfg(feature = "alloc")]
impl Combine<Heap> for Inline {
    type Output = Heap;
}
#[cfg(feature = "alloc")]
impl Combine<Inline> for Heap {
    type Output = Heap;
}
#[cfg(feature = "alloc")]
impl Combine<Heap> for Heap {
    type Output = Heap;
}

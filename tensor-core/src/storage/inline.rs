//! Inline storage: the elements as a nested array inside the tensor value.

use super::{Buffer, Kind};
use crate::ops::Msg;
use crate::{Elem, Shape};
use core::mem::MaybeUninit;

/// The largest inline tensor, in bytes, that run-time constructors and ops build: 32 KiB
/// (8192 `f32`, e.g. `Rank2<64, 128>`).
///
/// Above it, building the tensor is a compile error (reported by `cargo build` and
/// `cargo test`, not `cargo check`) naming this cap and telling you to use
/// [`Heap`](crate::Heap) storage: `Tensor<f32, Rank2<256, 256>, Heap>`, or `.to_heap()`.
/// `const`/`static` tensors made with `from_array` or `tensor!` are not limited.
///
/// **Why 32 KiB.** Inline tensors are values: in a debug build every temporary of an
/// expression gets its own stack slot, and each op call adds a few more. Measured on rustc
/// 1.95 (debug, x86-64), the eight-op chain `(((x * 2.0 + 1.0).exp().ln() - x) * 0.5 + x).tanh()`
/// needs about 25 times the tensor's size in stack (`tests/api/inline_cap.rs` measures it), so a
/// `#[test]` thread (2 MiB) survives it up to about 80 KiB; the cap keeps a safety factor of
/// 2.5 for longer expressions and deeper call stacks. Release builds need far less, but a
/// tensor type must compile the same in both.
///
/// ```
/// use tensorial::{Heap, Rank2, Tensor, MAX_INLINE_BYTES};
/// assert_eq!(MAX_INLINE_BYTES, 32 * 1024);
/// let small = Tensor::<f32, Rank2<64, 128>>::zeros(); // exactly 32 KiB: inline is fine
/// let big = Tensor::<f32, Rank2<256, 256>, Heap>::zeros(); // 256 KiB: name `Heap`
/// assert_eq!(small.len() * 8, big.len());
/// ```
///
/// ```compile_fail
/// use tensorial::{Rank2, Tensor};
/// let x = Tensor::<f32, Rank2<256, 256>>::zeros(); // 256 KiB inline: use `Heap`
/// ```
pub const MAX_INLINE_BYTES: usize = 32 << 10;

/// Panics (at compile time, when called in `const`) if a tensor of `T` and shape `S` in
/// storage kind `K` is inline and over [`MAX_INLINE_BYTES`].
///
/// Public constructors and ops call it in their own body (`const { check_inline_cap::<..>() }`),
/// so the compiler's "encountered while instantiating" note points at the user's call.
pub(crate) const fn check_inline_cap<T, S: Shape, K: Kind>() {
    let bytes = S::NUMEL.saturating_mul(size_of::<T>());
    if K::INLINE && bytes > MAX_INLINE_BYTES {
        let msg = Msg::new("this inline tensor has ")
            .num(bytes)
            .str(" bytes, over the inline cap `MAX_INLINE_BYTES` (")
            .num(MAX_INLINE_BYTES)
            .str(" bytes, where debug builds risk a stack overflow): use heap storage, `Tensor<T, S, Heap>` (or `.to_heap()`)");
        panic!("{}", msg.as_str());
    }
}

/// Storage kind of tensors that hold their elements inline (no allocator; the default).
///
/// ```
/// use tensorial::{Rank2, Tensor};
/// assert_eq!(core::mem::size_of::<Tensor<f32, Rank2<3, 4>>>(), 48);
/// static W: Tensor<f32, Rank2<1, 2>> = Tensor::from_array([[1.0, 2.0]]);
/// assert_eq!(W[[0, 1]], 2.0);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Inline;

/// The nested array `S::Array<T>` of an inline tensor.
///
/// ```
/// use tensorial::{Buffer, InlineBuf, Rank2};
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
    #[inline]
    fn zeroed() -> Self {
        const { check_inline_cap::<T, S, Inline>() };
        Self(S::fill(T::default()))
    }
    #[inline]
    fn as_slice(&self) -> &[T] {
        S::flat(&self.0)
    }
    #[inline]
    fn as_mut_slice(&mut self) -> &mut [T] {
        S::flat_mut(&mut self.0)
    }
    #[inline]
    fn from_flat_fn(mut f: impl FnMut(usize) -> T) -> Self {
        // The inline cap is checked by the public op that builds the result (in its own body,
        // so the error names the user's call) and by `zeroed`: not again here, where it would
        // only repeat the same error.
        const {
            // A nested array of `T` is exactly its `NUMEL` elements, with no padding.
            assert!(size_of::<S::Array<T>>() == S::NUMEL * size_of::<T>());
        };
        let mut array = MaybeUninit::<S::Array<T>>::uninit();
        let first = array.as_mut_ptr().cast::<T>();
        for i in 0..S::NUMEL {
            // SAFETY: `S::Array<T>` is a nested array `[[T; B]; A]…` holding exactly
            // `S::NUMEL` elements of `T` contiguously (the size assert above), so element
            // `i < S::NUMEL` lies inside `array` and is aligned for `T`.
            unsafe { first.add(i).write(f(i)) };
        }
        // SAFETY: the loop wrote all `S::NUMEL` elements, which are all the bytes of the nested
        // array. (If `f` panics, `array` is dropped unread; `T: Copy` has no destructor.)
        Self(unsafe { array.assume_init() })
    }
}

impl Kind for Inline {
    type Buf<T: Elem, S: Shape> = InlineBuf<T, S>;
    const INLINE: bool = true;

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

//! Heap storage: one zeroed allocation per tensor, never built on the stack.

use super::os_alloc;
use super::{Buffer, InlineBuf, Kind};
use crate::{Elem, Shape};
use core::marker::PhantomData;
use core::ptr::NonNull;

/// Storage kind of tensors whose elements live in one heap allocation (feature `alloc`).
///
/// Use it for tensors too big for the stack: creating, operating on and dropping them never
/// moves the elements through the stack, also in debug builds.
///
/// ```
/// use tensorial::{Heap, Rank2, Tensor};
/// let x = Tensor::<f32, Rank2<50_000, 784>, Heap>::zeros();
/// assert_eq!(core::mem::size_of_val(&x), core::mem::size_of::<usize>());
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Heap;

#[cfg(feature = "std")]
impl Heap {
    /// Frees the buffers of dropped heap tensors that this crate keeps for reuse, and returns
    /// how many bytes that gave back.
    ///
    /// Under `std`, a dropped heap tensor of 256 KiB to 32 MiB is kept (at most 8 buffers and
    /// 64 MiB in all), so that the next tensor of the same size gets it back with one zeroing
    /// pass instead of faulting fresh pages in: loops that allocate the same shapes again, such
    /// as training steps, run faster. Call this when memory matters more, e.g. after a
    /// training run (like PyTorch's `torch.cuda.empty_cache()`).
    ///
    /// ```
    /// use tensorial::{Heap, Rank2, Tensor};
    /// let t = Tensor::<f32, Rank2<512, 512>, Heap>::zeros(); // 1 MiB
    /// drop(t); // kept for reuse
    /// let _freed: usize = Heap::release_cached(); // 1 MiB here, unless another thread took it
    /// assert_eq!(Heap::release_cached(), 0);
    /// ```
    pub fn release_cached() -> usize {
        super::os_alloc::reuse::release_all()
    }
}

/// An owned heap allocation of exactly `S::NUMEL` elements of `T`.
///
/// ```
/// use tensorial::{Buffer, HeapBuf, Rank1};
/// let mut b = HeapBuf::<i32, Rank1<4>>::zeroed();
/// b.as_mut_slice()[3] = 7;
/// assert_eq!(b.as_slice(), &[0, 0, 0, 7]);
/// ```
pub struct HeapBuf<T: Elem, S: Shape> {
    ptr: NonNull<T>,
    _owns: PhantomData<(T, S)>,
}

// SAFETY: `HeapBuf` uniquely owns its elements, like `Box<[T]>`.
unsafe impl<T: Elem + Send, S: Shape> Send for HeapBuf<T, S> {}
// SAFETY: shared access only hands out `&[T]`, like `Box<[T]>`.
unsafe impl<T: Elem + Sync, S: Shape> Sync for HeapBuf<T, S> {}

impl<T: Elem, S: Shape> HeapBuf<T, S> {
    /// Reinterprets the allocation under a shape with the same number of elements.
    fn with_shape<S2: Shape>(self) -> HeapBuf<T, S2> {
        assert_eq!(S::NUMEL, S2::NUMEL, "reshape must keep the element count");
        let ptr = self.ptr;
        core::mem::forget(self);
        HeapBuf {
            ptr,
            _owns: PhantomData,
        }
    }
}

impl<T: Elem, S: Shape> Drop for HeapBuf<T, S> {
    fn drop(&mut self) {
        // SAFETY: `ptr` came from `os_alloc::alloc_zeroed::<T>(S::NUMEL)` or
        // `alloc_reused::<T>(S::NUMEL)` (also through `with_shape`, which keeps `NUMEL`) and is
        // released exactly once, here.
        unsafe { os_alloc::dealloc(self.ptr, S::NUMEL) }
    }
}

impl<T: Elem, S: Shape> Clone for HeapBuf<T, S> {
    fn clone(&self) -> Self {
        let mut out = Self::for_overwrite(); // every element copied over
        out.as_mut_slice().copy_from_slice(self.as_slice());
        out
    }
}

impl<T: Elem, S: Shape> Buffer<T> for HeapBuf<T, S> {
    fn zeroed() -> Self {
        Self {
            ptr: os_alloc::alloc_zeroed(S::NUMEL),
            _owns: PhantomData,
        }
    }
    fn for_overwrite() -> Self {
        Self {
            ptr: if T::ANY_BITS {
                os_alloc::alloc_reused::<T>(S::NUMEL)
            } else {
                os_alloc::alloc_zeroed(S::NUMEL)
            },
            _owns: PhantomData,
        }
    }
    fn as_slice(&self) -> &[T] {
        // SAFETY: `ptr` points to `S::NUMEL` initialized elements (zeroed memory is a valid `T`
        // by the `Elem` contract) owned by `self`, and is aligned (dangling-but-aligned if empty).
        unsafe { core::slice::from_raw_parts(self.ptr.as_ptr(), S::NUMEL) }
    }
    fn as_mut_slice(&mut self) -> &mut [T] {
        // SAFETY: as in `as_slice`, and `&mut self` guarantees exclusive access.
        unsafe { core::slice::from_raw_parts_mut(self.ptr.as_ptr(), S::NUMEL) }
    }
}

impl Kind for Heap {
    type Buf<T: Elem, S: Shape> = HeapBuf<T, S>;
    const INLINE: bool = false;

    fn reshape<T: Elem, S: Shape, S2: Shape>(buf: HeapBuf<T, S>) -> HeapBuf<T, S2> {
        buf.with_shape()
    }

    fn from_inline<T: Elem, S: Shape>(
        buf: InlineBuf<T, S>,
    ) -> Result<HeapBuf<T, S>, InlineBuf<T, S>> {
        Err(buf)
    }

    fn from_heap<T: Elem, S: Shape>(buf: HeapBuf<T, S>) -> Result<HeapBuf<T, S>, HeapBuf<T, S>> {
        Ok(buf)
    }

    fn transfer<T: Elem, S: Shape, K2: Kind>(
        buf: HeapBuf<T, S>,
    ) -> Result<K2::Buf<T, S>, HeapBuf<T, S>> {
        K2::from_heap(buf)
    }
}

//! Scratch memory a thread keeps between calls: the packed GEMM's blocks.

use super::os_alloc;
use core::ptr::NonNull;

/// A zeroed, 64-byte aligned buffer of `T` that grows on demand and keeps its size; from 1 MiB
/// up it sits on 2 MiB pages where the OS provides them (Linux).
///
/// Why huge pages: the packed GEMM reads its `b` block (up to 2 MiB) panel by panel and its `a`
/// block in tile-sized strides, so on 4 KiB pages most of its loads cross into another page.
/// On the 2-core Sapphire Rapids Xeon of the benches, one thread, seven alternating rounds on a
/// busy machine: 2048³ `f64` took 0.91–1.01 of the time (0.96 on average) with the blocks on
/// 2 MiB pages, 1024³ 0.97.
pub(crate) struct Scratch<T> {
    ptr: NonNull<T>,
    len: usize,
}

impl<T: crate::Elem> Scratch<T> {
    /// An empty buffer (no allocation).
    pub(crate) const fn new() -> Self {
        Self {
            ptr: NonNull::dangling(),
            len: 0,
        }
    }

    /// The first `len` elements, 64-byte aligned, growing the buffer (to zeros) when it is
    /// shorter. The contents are whatever the last user left.
    pub(crate) fn get(&mut self, len: usize) -> &mut [T] {
        const {
            assert!(
                T::ANY_BITS,
                "scratch starts as zero bytes: every bit pattern must be a value"
            );
        };
        if len > self.len {
            *self = Self::new(); // frees the old buffer first
            let size = len
                .checked_mul(size_of::<T>())
                .expect("scratch too large for the address space");
            if size > 0 {
                self.ptr = os_alloc::alloc_scratch(size).cast();
                self.len = len;
            }
        }
        // SAFETY: `ptr` holds `self.len ≥ len` initialized elements (zero bytes at first, a
        // value of `T` as `T::ANY_BITS` says, then whatever was written through this borrow),
        // aligned to 64 ≥ align_of::<T>() bytes and owned by `self`, which the result borrows
        // mutably; dangling and `len = 0` for an empty buffer is a valid empty slice.
        unsafe { core::slice::from_raw_parts_mut(self.ptr.as_ptr(), len) }
    }
}

impl<T> Default for Scratch<T> {
    fn default() -> Self {
        Self {
            ptr: NonNull::dangling(),
            len: 0,
        }
    }
}

impl<T> Drop for Scratch<T> {
    fn drop(&mut self) {
        if self.len > 0 {
            // SAFETY: `ptr` came from `alloc_scratch` of exactly these bytes (see `get`) and is
            // freed only here, once.
            unsafe { os_alloc::dealloc_scratch(self.ptr.cast(), self.len * size_of::<T>()) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Scratch;

    /// Every size from empty to several huge pages: aligned, zeroed when fresh, kept when it
    /// fits, and written memory reads back (so the mapping is real, not just reserved).
    #[test]
    fn scratch_grows_aligned_and_keeps_its_contents() {
        let mut s = Scratch::<u64>::new();
        assert!(s.get(0).is_empty());
        for len in [1, 7, 1000, (1 << 20) / 8 - 1, (1 << 20) / 8, 700_001] {
            let buf = s.get(len);
            assert_eq!(buf.len(), len);
            assert_eq!(buf.as_ptr().addr() % 64, 0, "{len}");
            assert!(buf.iter().all(|&x| x == 0), "{len}");
            for (i, x) in buf.iter_mut().enumerate() {
                *x = i as u64;
            }
            // A shorter request keeps the buffer and its contents.
            let again = s.get(len / 2);
            assert!(
                again.iter().enumerate().all(|(i, &x)| x == i as u64),
                "{len}"
            );
        }
    }
}

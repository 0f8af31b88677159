//! Zeroed allocations for heap tensors; big ones are 2 MiB aligned huge pages on Linux.
//!
//! The OS hands out fresh pages already zeroed, so a zeroed allocation costs no write pass.
//! For buffers of at least [`HUGE_THRESHOLD`] bytes on Linux (feature `std`) we `mmap` a
//! 2 MiB-aligned region and `madvise(MADV_HUGEPAGE)` it, as NumPy does: first touch of a
//! 157 MB buffer drops from ~63 ms to ~15 ms (DESIGN-NOTES §2).
//!
//! Under `std`, freed buffers of 256 KiB to 32 MiB are kept for reuse ([`reuse`]): a loop that
//! allocates the same shapes again (a training step, repeated products) gets them back zeroed
//! by one write pass instead of faulting fresh pages in, which the C allocator otherwise makes
//! it do each time it returns the freed top of the heap to the OS. Op outputs, which are
//! written whole, take them back with their old bytes and skip that pass too
//! ([`alloc_reused`]; the rule is at `Tensor::build`).

use alloc::alloc::{Layout, alloc_zeroed as sys_alloc_zeroed, dealloc as sys_dealloc};
use core::ptr::NonNull;

/// Buffers this big (bytes) or bigger use the huge-page path where available.
#[cfg_attr(not(feature = "std"), allow(dead_code))] // only the `std` (Linux) path maps huge pages
pub const HUGE_THRESHOLD: usize = 4 << 20;

fn layout<T>(n: usize) -> Layout {
    Layout::array::<T>(n).expect("tensor too large for the address space")
}

/// Allocates `n` zeroed elements of `T`; dangling (aligned) when the size is zero.
pub fn alloc_zeroed<T>(n: usize) -> NonNull<T> {
    let layout = layout::<T>(n);
    if layout.size() == 0 {
        return NonNull::dangling();
    }
    #[cfg(feature = "std")]
    if let Some(p) = reuse::take(layout) {
        // SAFETY: `p` is a live, unused allocation of exactly `layout`'s size.
        unsafe { p.as_ptr().write_bytes(0, layout.size()) };
        return p.cast();
    }
    fresh(layout).cast()
}

/// `n` elements of `T` for a caller that overwrites them all: a kept buffer of the same layout
/// with its old bytes (no zeroing pass), else a fresh zeroed one. Without `std`, zeroed.
///
/// The old bytes are initialized: a kept buffer held a whole heap tensor of some [`Elem`]
/// type of this size and alignment, and element types have no padding. They are valid `T`s
/// only when every bit pattern is, which `T::ANY_BITS` promises (`HeapBuf::for_overwrite`
/// checks it).
///
/// [`Elem`]: crate::Elem
pub fn alloc_reused<T: crate::Elem>(n: usize) -> NonNull<T> {
    assert!(
        T::ANY_BITS,
        "only for types whose every bit pattern is a value"
    );
    let layout = layout::<T>(n);
    #[cfg(feature = "std")]
    if layout.size() > 0
        && let Some(p) = reuse::take(layout)
    {
        return p.cast();
    }
    alloc_zeroed(n)
}

/// A new zeroed allocation of `layout` (non-zero size) from the OS or the global allocator.
fn fresh(layout: Layout) -> NonNull<u8> {
    #[cfg(all(
        feature = "std",
        target_os = "linux",
        any(target_arch = "x86_64", target_arch = "aarch64")
    ))]
    if layout.size() >= HUGE_THRESHOLD {
        return huge::map(layout.size());
    }
    // SAFETY: `layout` has a non-zero size.
    let ptr = unsafe { sys_alloc_zeroed(layout) };
    match NonNull::new(ptr) {
        Some(p) => p,
        None => alloc::alloc::handle_alloc_error(layout),
    }
}

/// Frees what [`alloc_zeroed`] returned.
///
/// # Safety
/// `ptr` must come from `alloc_zeroed::<T>(n)` with this same `n`, and not be freed before.
// SAFETY: callers uphold the contract in `# Safety` above; each call inside says why it is sound.
pub unsafe fn dealloc<T>(ptr: NonNull<T>, n: usize) {
    let layout = layout::<T>(n);
    if layout.size() == 0 {
        return;
    }
    #[cfg(feature = "std")]
    let Some(ptr) = reuse::keep(ptr.cast(), layout) else {
        return;
    };
    // SAFETY: per this function's contract `ptr` came from `fresh(layout)` (a kept buffer is
    // handed out again only for this same layout).
    unsafe { release(ptr.cast(), layout) }
}

/// Frees what [`fresh`] returned.
///
/// # Safety
/// `ptr` must come from `fresh(layout)` with this same layout, and not be freed before.
// SAFETY: callers uphold the contract in `# Safety` above; each call inside says why it is sound.
unsafe fn release(ptr: NonNull<u8>, layout: Layout) {
    #[cfg(all(
        feature = "std",
        target_os = "linux",
        any(target_arch = "x86_64", target_arch = "aarch64")
    ))]
    if layout.size() >= HUGE_THRESHOLD {
        // SAFETY: per this function's contract the region came from `huge::map(layout.size())`.
        return unsafe { huge::unmap(ptr, layout.size()) };
    }
    // SAFETY: per this function's contract `ptr` came from `sys_alloc_zeroed(layout)`.
    unsafe { sys_dealloc(ptr.as_ptr(), layout) }
}

/// Scratch of this many bytes or more is mapped on 2 MiB pages where available.
#[cfg_attr(not(feature = "std"), allow(dead_code))] // only the `std` (Linux) path maps pages
const SCRATCH_HUGE: usize = 1 << 20;

/// The layout of `size` bytes of scratch: 64-byte aligned (whole cache lines and vectors).
fn scratch_layout(size: usize) -> Layout {
    Layout::from_size_align(size, 64).expect("scratch too large for the address space")
}

/// `size` (non-zero) zeroed bytes of scratch, 64-byte aligned; from [`SCRATCH_HUGE`] bytes up
/// on 2 MiB pages where available (Linux, `std`), whatever [`HUGE_THRESHOLD`] says for tensors.
pub(crate) fn alloc_scratch(size: usize) -> NonNull<u8> {
    debug_assert!(size > 0);
    #[cfg(all(
        feature = "std",
        target_os = "linux",
        any(target_arch = "x86_64", target_arch = "aarch64")
    ))]
    if size >= SCRATCH_HUGE {
        return huge::map(size);
    }
    let layout = scratch_layout(size);
    // SAFETY: `layout` has a non-zero size.
    let ptr = unsafe { sys_alloc_zeroed(layout) };
    NonNull::new(ptr).unwrap_or_else(|| alloc::alloc::handle_alloc_error(layout))
}

/// Frees what [`alloc_scratch`] returned.
///
/// # Safety
/// `ptr` must come from `alloc_scratch(size)` with this same `size`, and not be freed before.
// SAFETY: callers uphold the contract in `# Safety` above; each call inside says why it is sound.
pub(crate) unsafe fn dealloc_scratch(ptr: NonNull<u8>, size: usize) {
    #[cfg(all(
        feature = "std",
        target_os = "linux",
        any(target_arch = "x86_64", target_arch = "aarch64")
    ))]
    if size >= SCRATCH_HUGE {
        // SAFETY: per the contract the region came from `huge::map(size)`.
        return unsafe { huge::unmap(ptr, size) };
    }
    // SAFETY: per the contract `ptr` came from `sys_alloc_zeroed(scratch_layout(size))`.
    unsafe { sys_dealloc(ptr.as_ptr(), scratch_layout(size)) }
}

#[cfg(feature = "std")]
pub(crate) mod reuse {
    //! A few freed buffers kept for the next allocation of the same layout.
    //!
    //! Bounded: buffers of [`MIN`] to [`MAX`] bytes, at most [`SLOTS`] of them and [`TOTAL`]
    //! bytes in all; when full, the oldest is freed. Smaller buffers are left to the C
    //! allocator's own bins, bigger ones (a 157 MB data set) go back to the OS at once.

    use super::{Layout, release};
    use core::ptr::NonNull;
    use std::sync::Mutex;
    use std::vec::Vec;

    /// Smallest buffer kept (bytes).
    pub const MIN: usize = 256 << 10;
    /// Largest buffer kept (bytes).
    pub const MAX: usize = 32 << 20;
    /// Most buffers kept at once.
    pub const SLOTS: usize = 8;
    /// Most bytes kept at once.
    pub const TOTAL: usize = 64 << 20;

    /// A kept buffer: its address (a `usize`, so the list is `Send`) and layout.
    type Kept = (usize, Layout);

    static KEPT: Mutex<Vec<Kept>> = Mutex::new(Vec::new());

    fn kept() -> std::sync::MutexGuard<'static, Vec<Kept>> {
        KEPT.lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// A kept buffer of exactly `layout` (its old contents still in it), if there is one.
    pub fn take(layout: Layout) -> Option<NonNull<u8>> {
        if !(MIN..=MAX).contains(&layout.size()) {
            return None;
        }
        let mut kept = kept();
        let i = kept.iter().rposition(|&(_, l)| l == layout)?;
        NonNull::new(kept.remove(i).0 as *mut u8)
    }

    /// Keeps `ptr` (a buffer of `layout` from [`super::fresh`], no longer used) for reuse;
    /// gives it back when it does not qualify, for the caller to free.
    pub fn keep(ptr: NonNull<u8>, layout: Layout) -> Option<NonNull<u8>> {
        if !(MIN..=MAX).contains(&layout.size()) {
            return Some(ptr);
        }
        let mut evicted = Vec::new();
        {
            let mut kept = kept();
            let mut total: usize = kept.iter().map(|(_, l)| l.size()).sum();
            while !kept.is_empty() && (kept.len() >= SLOTS || total + layout.size() > TOTAL) {
                let old = kept.remove(0);
                total -= old.1.size();
                evicted.push(old);
            }
            kept.push((ptr.as_ptr() as usize, layout));
        }
        for (addr, layout) in evicted {
            // SAFETY: kept buffers came from `fresh(layout)` with their recorded layout, and
            // one removed from the list is owned by nobody else.
            unsafe { release(NonNull::new_unchecked(addr as *mut u8), layout) };
        }
        None
    }

    /// Frees every kept buffer; returns the bytes freed.
    pub fn release_all() -> usize {
        let all = core::mem::take(&mut *kept());
        let bytes = all.iter().map(|(_, l)| l.size()).sum();
        for (addr, layout) in all {
            // SAFETY: as in `keep`: taken off the list, owned by nobody else.
            unsafe { release(NonNull::new_unchecked(addr as *mut u8), layout) };
        }
        bytes
    }

    /// Bytes kept right now (for tests).
    #[cfg(test)]
    pub fn kept_bytes() -> usize {
        kept().iter().map(|(_, l)| l.size()).sum()
    }
}

#[cfg(all(
    feature = "std",
    target_os = "linux",
    any(target_arch = "x86_64", target_arch = "aarch64")
))]
mod huge {
    //! `mmap` and `madvise` on Linux (`x86_64`, `aarch64`); `std` links libc there already.
    use core::ffi::{c_int, c_long, c_void};
    use core::ptr::NonNull;

    const HUGE_PAGE: usize = 2 << 20;
    const PROT_READ: c_int = 1;
    const PROT_WRITE: c_int = 2;
    const MAP_PRIVATE: c_int = 2;
    const MAP_ANONYMOUS: c_int = 0x20;
    const MADV_HUGEPAGE: c_int = 14;

    // SAFETY: these are the glibc/musl prototypes of `mmap`, `munmap` and `madvise` on 64-bit
    // Linux (`off_t` is `c_long`); std links the C library on this target.
    unsafe extern "C" {
        fn mmap(
            addr: *mut c_void,
            len: usize,
            prot: c_int,
            flags: c_int,
            fd: c_int,
            off: c_long,
        ) -> *mut c_void;
        fn munmap(addr: *mut c_void, len: usize) -> c_int;
        fn madvise(addr: *mut c_void, len: usize, advice: c_int) -> c_int;
    }

    /// Whole huge pages, so the buffer's tail is not left to 4 KiB pages.
    fn mapped_len(size: usize) -> usize {
        size.next_multiple_of(HUGE_PAGE)
    }

    /// Maps `size` zeroed bytes at a 2 MiB boundary, advised to use huge pages.
    pub fn map(size: usize) -> NonNull<u8> {
        let len = mapped_len(size);
        let total = len + HUGE_PAGE;
        // SAFETY: an anonymous private mapping with no address hint touches no existing memory.
        let raw = unsafe {
            mmap(
                core::ptr::null_mut(),
                total,
                PROT_READ | PROT_WRITE,
                MAP_PRIVATE | MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if raw as isize == -1 {
            let layout = core::alloc::Layout::from_size_align(size, HUGE_PAGE).unwrap();
            alloc::alloc::handle_alloc_error(layout);
        }
        let head = (raw as usize).next_multiple_of(HUGE_PAGE) - raw as usize;
        let tail = total - head - len;
        // SAFETY: `raw .. raw + total` is our fresh mapping; we give back its unaligned head and
        // its tail (both page-aligned, possibly empty) and keep `start .. start + len`.
        unsafe {
            let start = raw.cast::<u8>().add(head);
            if head > 0 {
                munmap(raw, head);
            }
            if tail > 0 {
                munmap(start.add(len).cast(), tail);
            }
            // Advice only: if the kernel refuses, we still have ordinary zeroed pages.
            madvise(start.cast(), len, MADV_HUGEPAGE);
            NonNull::new_unchecked(start)
        }
    }

    /// Unmaps what [`map`] returned.
    ///
    /// # Safety
    /// `ptr` must come from `map(size)` with this same `size`, and not be unmapped before.
    // SAFETY: callers uphold the contract in `# Safety` above.
    pub unsafe fn unmap(ptr: NonNull<u8>, size: usize) {
        // SAFETY: per the contract this is exactly the region `map` kept.
        unsafe { munmap(ptr.as_ptr().cast(), mapped_len(size)) };
    }
}

#[cfg(all(test, feature = "std"))]
mod tests {
    use super::{alloc_zeroed, dealloc, reuse};

    /// A freed buffer in the kept range comes back for the same size, zeroed again; the kept
    /// bytes stay within the bounds whatever is freed.
    #[test]
    fn kept_buffers_come_back_zeroed_and_stay_bounded() {
        const N: usize = (1 << 20) / 4 + 3; // ~1 MiB of f32, an odd count
        let p = alloc_zeroed::<f32>(N);
        // SAFETY: `p` holds `N` zeroed `f32`s owned here.
        let data = unsafe { core::slice::from_raw_parts_mut(p.as_ptr(), N) };
        data.fill(7.5);
        // SAFETY: `p` came from `alloc_zeroed::<f32>(N)` and is freed once.
        unsafe { dealloc(p, N) };
        // Other tests allocate too, so the same buffer may have been taken: any buffer handed
        // out must be zeroed.
        let q = alloc_zeroed::<f32>(N);
        // SAFETY: as above.
        let again = unsafe { core::slice::from_raw_parts(q.as_ptr(), N) };
        assert!(
            again.iter().all(|&x| x == 0.0),
            "a reused buffer is not zeroed"
        );
        // SAFETY: as above.
        unsafe { dealloc(q, N) };

        // Many sizes freed: the kept set stays within its bounds.
        let sizes = [300_000usize, 1 << 20, 5 << 20, 20 << 20, 33 << 20, 100];
        let bufs: std::vec::Vec<_> = sizes.iter().map(|&n| (alloc_zeroed::<u8>(n), n)).collect();
        for (p, n) in bufs {
            // SAFETY: each came from `alloc_zeroed::<u8>(n)` and is freed once.
            unsafe { dealloc(p, n) };
            assert!(reuse::kept_bytes() <= reuse::TOTAL);
        }
    }
}

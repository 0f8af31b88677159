//! Zeroed allocations for heap tensors; big ones are 2 MiB aligned huge pages on Linux.
//!
//! The OS hands out fresh pages already zeroed, so a zeroed allocation costs no write pass.
//! For buffers of at least [`HUGE_THRESHOLD`] bytes on Linux (feature `std`) we `mmap` a
//! 2 MiB-aligned region and `madvise(MADV_HUGEPAGE)` it, as NumPy does: first touch of a
//! 157 MB buffer drops from ~63 ms to ~15 ms (DESIGN-NOTES §2).

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
    #[cfg(all(
        feature = "std",
        target_os = "linux",
        any(target_arch = "x86_64", target_arch = "aarch64")
    ))]
    if layout.size() >= HUGE_THRESHOLD {
        return huge::map(layout.size()).cast();
    }
    // SAFETY: `layout` has a non-zero size.
    let ptr = unsafe { sys_alloc_zeroed(layout) };
    match NonNull::new(ptr) {
        Some(p) => p.cast(),
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
    #[cfg(all(
        feature = "std",
        target_os = "linux",
        any(target_arch = "x86_64", target_arch = "aarch64")
    ))]
    if layout.size() >= HUGE_THRESHOLD {
        // SAFETY: per this function's contract the region came from `huge::map(layout.size())`.
        return unsafe { huge::unmap(ptr.cast(), layout.size()) };
    }
    // SAFETY: per this function's contract `ptr` came from `sys_alloc_zeroed(layout)`.
    unsafe { sys_dealloc(ptr.as_ptr().cast(), layout) }
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

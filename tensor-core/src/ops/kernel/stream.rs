//! Streaming (non-temporal) writes of outputs much larger than the caches.
//!
//! An ordinary store first reads the destination's cache line from memory (a "read for
//! ownership"), so writing a fresh 157 MB output moves 157 MB more than it needs to. On `x86_64`
//! these kernels compute an output a block at a time into a small buffer on the stack and copy
//! the block out with non-temporal stores (`movntdq`, part of the SSE2 baseline: no run-time
//! detection needed), which write whole lines without reading them. Other targets, and outputs
//! shorter than [`STREAM_BYTES`], store normally. Values are the same either way: only how
//! they reach memory differs.

use crate::Elem;

/// Outputs of at least this many bytes are written with streaming stores: far more than a
/// core's caches, so the output would be evicted before it is read again anyway.
pub const STREAM_BYTES: usize = 16 << 20;

/// Elements computed per block before they are streamed out.
const BLOCK: usize = 1024;

/// `true` when an output of `len` elements of `O` is written with streaming stores.
pub(super) fn streams<O>(len: usize) -> bool {
    cfg!(target_arch = "x86_64") && len.saturating_mul(size_of::<O>()) >= STREAM_BYTES
}

/// Fills `out` by calling `fill(offset, block)` for consecutive blocks (`offset` is the index of
/// the block's first element in `out`), then writing each block to `out` with streaming stores.
/// `fill` must write every element of its block.
pub(super) fn write_streaming<O: Elem>(out: &mut [O], mut fill: impl FnMut(usize, &mut [O])) {
    let Some(&first) = out.first() else { return };
    // Elements before the first 64-byte boundary are written directly.
    let head = out.as_ptr().align_offset(64).min(out.len());
    let (lead, body) = out.split_at_mut(head);
    fill(0, lead);
    let mut buf = [first; BLOCK];
    for (b, chunk) in body.chunks_mut(BLOCK).enumerate() {
        let block = &mut buf[..chunk.len()];
        fill(head + b * BLOCK, block);
        stream_copy(chunk, block);
    }
    fence();
}

/// Copies `src` into `dst` (same length, `dst` 16-byte aligned) with streaming stores.
#[cfg(target_arch = "x86_64")]
fn stream_copy<O: Elem>(dst: &mut [O], src: &[O]) {
    use core::arch::x86_64::{__m128i, _mm_loadu_si128, _mm_stream_si128};
    assert_eq!(dst.len(), src.len());
    let size = size_of::<O>();
    if size == 0 || 16 % size != 0 || dst.as_ptr().align_offset(16) != 0 {
        dst.copy_from_slice(src);
        return;
    }
    let vectors = size_of_val(dst) / 16;
    let d = dst.as_mut_ptr().cast::<__m128i>();
    let s = src.as_ptr().cast::<__m128i>();
    for v in 0..vectors {
        // SAFETY: both slices hold `16 * vectors` bytes or more, so vector `v` lies inside each;
        // `d` is 16-byte aligned (checked above) and so is `d + v`; `Elem` types are primitives
        // without padding, so every source byte is initialized and any bytes form valid values
        // of `O` once all of an element's bytes are written; SSE2 is part of `x86_64`.
        unsafe { _mm_stream_si128(d.add(v), _mm_loadu_si128(s.add(v))) };
    }
    let done = vectors * 16 / size; // whole elements: `size` divides 16
    dst[done..].copy_from_slice(&src[done..]);
}

/// Other targets: an ordinary copy.
#[cfg(not(target_arch = "x86_64"))]
fn stream_copy<O: Elem>(dst: &mut [O], src: &[O]) {
    dst.copy_from_slice(src);
}

/// Orders the streaming stores before any later store (they are weakly ordered), so another
/// thread that sees this one finish sees the whole output.
fn fence() {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: `sfence` only orders stores; SSE is part of `x86_64`.
    unsafe {
        core::arch::x86_64::_mm_sfence();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::vec::Vec;

    /// Every element of outputs of many lengths and start alignments comes out as `fill` wrote
    /// it, for element sizes from 1 to 16 bytes.
    #[test]
    fn streamed_outputs_match_direct_writes() {
        fn check<O: Elem>(value: impl Fn(usize) -> O) {
            let backing: Vec<O> = (0..3 * BLOCK + 100).map(|_| O::default()).collect();
            for skip in [0, 1, 3, 7] {
                for len in [
                    0,
                    1,
                    15,
                    16,
                    17,
                    BLOCK - 1,
                    BLOCK + 5,
                    3 * BLOCK + 100 - skip,
                ] {
                    let mut buf = backing.clone();
                    let out = &mut buf[skip..skip + len];
                    write_streaming(out, |off, block| {
                        for (i, o) in block.iter_mut().enumerate() {
                            *o = value(off + i);
                        }
                    });
                    for (i, &o) in out.iter().enumerate() {
                        assert_eq!(o, value(i), "element {i} of {len} (skip {skip})");
                    }
                }
            }
        }
        check(|i| u8::try_from(i % 251).unwrap());
        check(|i| i % 3 == 0);
        check(|i| u16::try_from(i % 60_000).unwrap());
        check(|i| f32::from(u16::try_from(i).unwrap()) * 0.5);
        check(|i| f64::from(u32::try_from(i).unwrap()) - 7.0);
        check(|i| u128::MAX - u128::from(u64::try_from(i).unwrap()));
    }

    #[test]
    fn only_large_outputs_stream() {
        assert!(!streams::<f32>(1000));
        assert_eq!(
            streams::<f32>(STREAM_BYTES / 4),
            cfg!(target_arch = "x86_64")
        );
    }
}

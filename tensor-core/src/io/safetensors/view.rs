//! Zero-copy access: a tensor of a safetensors file held in memory (a byte slice or a memory
//! map) borrowed as a [`View`], its dtype and shape checked.

use super::Safetensors;
use crate::io::{ByteOrder, DType, Error, IoElem};
use crate::{Heap, Shape, View};
use std::format;
use std::io::Cursor;

const VIEW: &str = "safetensors view";

impl<B: AsRef<[u8]>> Safetensors<Cursor<B>> {
    /// Borrows tensor `name` as a view of the file's bytes, no copy (Python
    /// `safe_open(path, "np").get_tensor(name)` on a memory map), checking its dtype and shape.
    ///
    /// The view is a full operand: reductions, elementwise math, `matmul` and `einsum!` take
    /// it (reductions, whole or along an axis, read the mapped bytes in place; the others
    /// work on a copy), and [`to_tensor`](View::to_tensor) copies it into a heap tensor. Results computed
    /// from it are heap tensors (the view's storage kind is [`Heap`]).
    ///
    /// # Errors
    /// As [`tensor`](Self::tensor), and [`Error::Unsupported`] when the data cannot be
    /// borrowed as `T`: it does not start at a multiple of `T`'s alignment (a file whose
    /// header length is not a multiple of 8, or an unaligned byte slice), or `T` is wider
    /// than a byte on a big-endian machine (the format is little-endian). Both cases load
    /// with [`tensor`](Self::tensor), which copies (and swaps the bytes). [`Error::Invalid`]
    /// for a `bool` byte other than 0 or 1.
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
    /// let w = Tensor::<f32, Rank2<3, 4>>::arange();
    /// let bytes = SafetensorsWriter::new().add("w", &w)?.to_bytes();
    /// let st = Safetensors::from_bytes(&bytes)?;
    /// let v = st.view::<f32, Rank2<3, 4>>("w")?;         // borrows `bytes`
    /// assert_eq!(v.sum(), 66.0);
    /// assert_eq!(v.t().to_tensor(), w.t());
    /// let err = st.view::<f32, Rank2<4, 3>>("w").unwrap_err();
    /// assert_eq!(err.to_string(), "array `w`: expected f32 of shape (4, 3), found f32 of shape (3, 4)");
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn view<T: IoElem, S: Shape>(&self, name: &str) -> Result<View<'_, T, S, Heap>, Error> {
        let begin = self.check::<T, S>(name)?;
        let bytes = self.reader.get_ref().as_ref();
        let len = S::NUMEL.checked_mul(size_of::<T>());
        let start = usize::try_from(self.data_start + begin).ok();
        // The header was checked against the length the source had when it was opened; a
        // source whose bytes have another length now is refused here, not read past.
        let data = start
            .zip(len)
            .and_then(|(start, len)| bytes.get(start..start.checked_add(len)?))
            .ok_or_else(|| {
                Error::invalid(
                    VIEW,
                    format!("tensor `{name}` lies past the end of the bytes"),
                )
            })?;
        let unsupported = |why: &str| {
            Err(Error::unsupported(
                VIEW,
                format!(
                    "tensor `{name}` ({}) {why}: load a copy with `tensor`",
                    T::DTYPE
                ),
            ))
        };
        if S::NUMEL == 0 {
            return Ok(View::row_major(&[])); // no bytes: nothing to align or swap
        }
        if size_of::<T>() > 1 && ByteOrder::NATIVE == ByteOrder::Big {
            return unsupported("is little-endian in the file and this machine is big-endian");
        }
        if !data.as_ptr().cast::<T>().is_aligned() {
            let at = self.data_start + begin;
            return unsupported(&format!(
                "starts at byte {at} of the file, not aligned to {} bytes",
                align_of::<T>()
            ));
        }
        if T::DTYPE == DType::Bool
            && let Some(b) = data.iter().find(|&&b| b > 1)
        {
            return Err(Error::invalid(
                "data",
                format!("bool byte {b} is neither 0 nor 1"),
            ));
        }
        // SAFETY: `data` holds `S::NUMEL * size_of::<T>()` bytes (taken with that length just
        // above), starts aligned for `T` (checked), and is borrowed from `self` for the
        // returned lifetime. Every byte pattern is a valid `T` for the sealed `IoElem` types
        // (integers and floats), except `bool`, whose bytes were checked to be 0 or 1. A
        // memory-mapped source stays unchanged while mapped: the caller of
        // `Safetensors::map` promised it.
        let elems = unsafe { core::slice::from_raw_parts(data.as_ptr().cast::<T>(), S::NUMEL) };
        Ok(View::row_major(elems))
    }
}

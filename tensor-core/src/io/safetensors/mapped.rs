//! Memory-mapped safetensors files (feature `mmap`): [`Safetensors::map`] and its
//! [`MappedFile`].

use super::Safetensors;
use crate::io::Error;
use std::fs::File;
use std::io::Cursor;
use std::path::Path;

/// A file mapped read-only into memory: the source of a [`Safetensors`] opened with
/// [`Safetensors::map`] (feature `mmap`). Its bytes are the file's; unmapped when dropped.
///
/// ```no_run
/// use tensorial::io::safetensors::Safetensors;
/// // SAFETY: nothing modifies or truncates the file while it is mapped.
/// let st = unsafe { Safetensors::map("model.safetensors")? };
/// let file_len = st.into_inner().get_ref().len();
/// # Ok::<(), tensorial::io::Error>(())
/// ```
pub struct MappedFile {
    map: memmap2::Mmap,
}

impl core::ops::Deref for MappedFile {
    type Target = [u8];

    /// The file's bytes.
    fn deref(&self) -> &[u8] {
        &self.map
    }
}

impl AsRef<[u8]> for MappedFile {
    /// The file's bytes.
    fn as_ref(&self) -> &[u8] {
        &self.map
    }
}

impl core::fmt::Debug for MappedFile {
    /// The mapping's address and length (not the bytes).
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("MappedFile")
            .field("ptr", &self.map.as_ptr())
            .field("len", &self.map.len())
            .finish()
    }
}

impl Safetensors<Cursor<MappedFile>> {
    /// Maps a safetensors file into memory and reads its header (Python
    /// `safe_open(path, "np")`): tensors are then borrowed from the mapping with
    /// [`view`](Self::view), no copy, or copied with [`tensor`](Self::tensor). Pages are read
    /// from the file (or the page cache) as they are first touched.
    ///
    /// # Safety
    /// The file must not be modified or truncated, by this or another process, while the
    /// returned value or any view borrowed from it lives: views are `&[T]` over the file's
    /// pages, and Rust assumes such memory does not change (a truncated file makes reads fault
    /// with `SIGBUS` on Unix). This is the contract of `memmap2::Mmap::map`, on which this
    /// rests. Model files that are written once and then only read meet it; to load a file
    /// that may change, use [`open`](Safetensors::open), which reads through `std::fs`.
    ///
    /// # Errors
    /// When the file cannot be opened or mapped, or its header is invalid (see the
    /// [module](super) docs: the same checks as [`open`](Safetensors::open)).
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
    /// let path = std::env::temp_dir().join("tensorial-doc-map.safetensors");
    /// let w = Tensor::<f32, Rank2<784, 128>, Heap>::full(0.5);
    /// SafetensorsWriter::new().add("fc1.weight", &w)?.save(&path)?;
    ///
    /// // SAFETY: this program wrote the file and nothing changes it while it is mapped.
    /// let st = unsafe { Safetensors::map(&path)? };       // safe_open(path, "np")
    /// let v = st.view::<f32, Rank2<784, 128>>("fc1.weight")?;
    /// assert_eq!(v.sum(), 0.5 * 784.0 * 128.0);
    /// let h = v.matmul(&Tensor::<f32, Rank1<128>>::full(2.0)); // views are operands
    /// assert_eq!(h, Tensor::<f32, Rank1<784>>::full(128.0));
    /// # std::fs::remove_file(&path)?;
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub unsafe fn map(path: impl AsRef<Path>) -> Result<Self, Error> {
        let file = File::open(path)?;
        // SAFETY: the caller promises that the file stays unchanged while mapped (above).
        let map = unsafe { memmap2::Mmap::map(&file)? };
        Self::new(Cursor::new(MappedFile { map }))
    }
}

//! safetensors files (Hugging Face's weight format): typed lookup of named tensors, listing,
//! and writing (feature `std`).
//!
//! A safetensors file is an 8-byte little-endian header length, a JSON header naming each
//! tensor's dtype, shape and byte range (`data_offsets`) plus optional string `__metadata__`,
//! then the raw little-endian data. [`Safetensors`] reads and checks the header once, then
//! loads tensors by name into tensor types whose dtype and shape must match
//! ([`Error::Mismatch`] names the tensor, the expected and the found dtype and shape).
//! [`SafetensorsWriter`] writes files the Python `safetensors` package loads.
//!
//! **Format written here, no dependency.** The header is a small JSON subset (objects,
//! strings, integers), read by a strict parser of this module rather than through the
//! `safetensors` crate, which would bring `serde` and `serde_json` for it. Files from the
//! Python package are tested against committed fixtures.
//!
//! **Checked on open**, each an [`Error::Invalid`], never a panic: a header length past the
//! file or over [`MAX_HEADER_LEN`] (checked before anything is allocated), a header that is
//! not UTF-8 or not JSON, a missing or repeated field or name, an unknown dtype, a shape
//! whose byte size overflows, `data_offsets` that do not span dtype × shape bytes, and ranges
//! that overlap, leave a gap, or pass the end of the file (the tensors must tile the data
//! exactly, as the format requires).
//!
//! **Two ways to load.** [`Safetensors::open`] reads the header only; each tensor asked for
//! with [`tensor`](Safetensors::tensor) is then read with one seek and one read straight into
//! the tensor's storage (a heap tensor's single allocation): one copy from the page cache, no
//! `unsafe`, on every platform. A file held in memory ([`Safetensors::from_bytes`], or mapped
//! with `Safetensors::map`) also lends its tensors without any copy:
//! [`view`](Safetensors::view) borrows one as a [`View`](crate::View), a full operand of
//! reductions, math, `matmul` and `einsum!`.
//!
//! **Memory map (feature `mmap`).** `Safetensors::map` maps the file with the `memmap2`
//! crate rather than the crate's own Linux-only `mmap` declarations (which serve anonymous
//! huge-page memory): it is small, well kept, and maps files on Linux, macOS, the BSDs and
//! Windows alike. Mapping is `unsafe`, as `memmap2::Mmap::map` is: a file changed or
//! truncated by another process while mapped breaks the promise a `&[T]` makes (Rust's API
//! guidelines keep a function safe only when no use of it can cause undefined behavior, and
//! no check here can rule that out), so the caller states that the file stays unchanged. The
//! header gets the same checks as through `open`. A view needs the tensor's bytes aligned for
//! its element type (they are when the header length is a multiple of 8, as the format's
//! writers pad it) and a little-endian machine; otherwise `view` returns
//! [`Error::Unsupported`] and [`tensor`](Safetensors::tensor) loads a copy (as it always can).
//!
//! ```
//! use tensorial::prelude::*;
//! use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
//! let path = std::env::temp_dir().join("tensorial-doc.safetensors");
//! let w = Tensor::<f32, Rank2<784, 128>, Heap>::full(0.25);
//! let b = Tensor::<f32, Rank1<128>>::zeros();
//! let mut out = SafetensorsWriter::new();               // save_file({...}, path)
//! out.add("fc1.weight", &w)?.add("fc1.bias", &b)?;
//! out.save(&path)?;
//!
//! let mut st = Safetensors::open(&path)?;               // safe_open(path, "np")
//! let names: Vec<&str> = st.names().collect();
//! assert_eq!(names, ["fc1.bias", "fc1.weight"]);        // by element size, then name
//! let w2 = st.tensor::<f32, Rank2<784, 128>>("fc1.weight")?;
//! assert_eq!(w2, w);
//! let err = st.tensor::<f32, Rank2<128, 784>>("fc1.weight").unwrap_err();
//! assert_eq!(
//!     err.to_string(),
//!     "array `fc1.weight`: expected f32 of shape (128, 784), found f32 of shape (784, 128)"
//! );
//! # std::fs::remove_file(&path)?;
//! # Ok::<(), tensorial::io::Error>(())
//! ```

mod header;
mod json;
#[cfg(feature = "mmap")]
mod mapped;
mod view;
mod writer;

pub use header::{MAX_HEADER_LEN, TensorInfo};
#[cfg(feature = "mmap")]
pub use mapped::MappedFile;
pub use writer::SafetensorsWriter;

use super::{ByteOrder, Error, IoElem, check_array};
use crate::{Heap, Kind, Shape, Tensor};
use header::{Header, header_len};
use std::fs::File;
use std::io::{Cursor, Read, Seek, SeekFrom};
use std::path::Path;
use std::string::String;
use std::vec;

/// An open safetensors file: its checked header, and the reader its tensors load from.
///
/// ```
/// use tensorial::prelude::*;
/// use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
/// let x = tensor![[1i32, 2], [3, 4]];
/// let bytes = SafetensorsWriter::new().add("x", &x)?.to_bytes();
/// let mut st = Safetensors::from_bytes(&bytes)?;
/// let mut y = Tensor::<i32, Rank2<2, 2>>::zeros();
/// st.read_into("x", &mut y)?;                         // any storage kind
/// assert_eq!(y, x);
/// assert_eq!(st.info("x")?.shape, [2, 2]);             // inspect before loading
/// # Ok::<(), tensorial::io::Error>(())
/// ```
pub struct Safetensors<R> {
    reader: R,
    header: Header,
    /// Where the data section starts in the reader: after the length and the header.
    data_start: u64,
}

impl<R> core::fmt::Debug for Safetensors<R> {
    /// The tensors' infos and the metadata (not the reader).
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.debug_struct("Safetensors")
            .field("tensors", &self.header.tensors)
            .field("metadata", &self.header.metadata)
            .finish_non_exhaustive()
    }
}

impl Safetensors<File> {
    /// Opens a safetensors file and reads its header (Python `safe_open(path, "np")`); no
    /// tensor data is read until asked for.
    ///
    /// # Errors
    /// When the file cannot be read or its header is invalid (see the [module](self) docs).
    ///
    /// ```no_run
    /// use tensorial::prelude::*;
    /// let mut st = tensorial::io::safetensors::Safetensors::open("model.safetensors")?;
    /// let w = st.tensor::<f32, Rank2<784, 128>>("fc1.weight")?;
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn open(path: impl AsRef<Path>) -> Result<Self, Error> {
        Self::new(File::open(path)?)
    }
}

impl<'a> Safetensors<Cursor<&'a [u8]>> {
    /// Reads a safetensors file held in memory (Python `safetensors.numpy.load(bytes)`).
    ///
    /// # Errors
    /// When the header is invalid (see the [module](self) docs).
    ///
    /// ```
    /// use tensorial::io::safetensors::Safetensors;
    /// let err = Safetensors::from_bytes(b"\xff\xff\xff\xff\xff\xff\xff\xff{}").unwrap_err();
    /// assert!(err.to_string().contains("exceeds the limit"));
    /// ```
    pub fn from_bytes(bytes: &'a [u8]) -> Result<Self, Error> {
        Self::new(Cursor::new(bytes))
    }
}

impl<R: Read + Seek> Safetensors<R> {
    /// Reads and checks the header of the safetensors file `reader` holds (from its start).
    ///
    /// # Errors
    /// When reading fails or the header is invalid (see the [module](self) docs).
    ///
    /// ```
    /// use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
    /// let bytes = SafetensorsWriter::new().to_bytes();
    /// let st = Safetensors::new(std::io::Cursor::new(bytes))?;
    /// assert!(st.tensors().is_empty());
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn new(mut reader: R) -> Result<Self, Error> {
        let file_len = reader.seek(SeekFrom::End(0))?;
        reader.seek(SeekFrom::Start(0))?;
        if file_len < 8 {
            return Err(Error::invalid(
                "safetensors",
                std::format!("{file_len} bytes is too short for the 8-byte header length"),
            ));
        }
        let mut prefix = [0u8; 8];
        reader.read_exact(&mut prefix)?;
        let len = header_len(prefix, file_len)?;
        // `len` is at most the file's size and `MAX_HEADER_LEN`: this allocation is bounded.
        let mut text = vec![0u8; usize::try_from(len).unwrap_or(usize::MAX)];
        reader.read_exact(&mut text)?;
        let data_start = 8 + len;
        let header = Header::parse(&text, file_len - data_start)?;
        Ok(Self {
            reader,
            header,
            data_start,
        })
    }
}

/// Listing and checks: the same for every source.
impl<R> Safetensors<R> {
    /// Every tensor's name, dtype, shape and data range, in header order.
    ///
    /// ```
    /// use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
    /// let bytes = SafetensorsWriter::new().add("x", &tensorial::tensor![1u16, 2])?.to_bytes();
    /// let st = Safetensors::from_bytes(&bytes)?;
    /// assert_eq!(st.tensors()[0].dtype_name, "U16");
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    #[must_use]
    pub fn tensors(&self) -> &[TensorInfo] {
        &self.header.tensors
    }

    /// The tensors' names, in header order (Python `f.keys()` gives them sorted).
    ///
    /// ```
    /// use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
    /// let (a, b) = (tensorial::tensor![1u8], tensorial::tensor![2.0f64]);
    /// let bytes = SafetensorsWriter::new().add("a", &a)?.add("b", &b)?.to_bytes();
    /// let st = Safetensors::from_bytes(&bytes)?;
    /// assert_eq!(st.names().collect::<Vec<_>>(), ["b", "a"]); // written by element size
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn names(&self) -> impl Iterator<Item = &str> + '_ {
        self.header.tensors.iter().map(|t| t.name.as_str())
    }

    /// The header's `__metadata__` (string keys and values), in header order.
    ///
    /// ```
    /// use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
    /// let bytes = SafetensorsWriter::new().metadata("format", "pt").to_bytes();
    /// let st = Safetensors::from_bytes(&bytes)?;
    /// assert_eq!(st.metadata()[0], ("format".to_string(), "pt".to_string()));
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    #[must_use]
    pub fn metadata(&self) -> &[(String, String)] {
        &self.header.metadata
    }

    /// The dtype, shape and data range of tensor `name`.
    ///
    /// # Errors
    /// [`Error::NotFound`] (listing the file's names) for an unknown name.
    ///
    /// ```
    /// use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
    /// let bytes = SafetensorsWriter::new().add("x", &tensorial::tensor![1i8])?.to_bytes();
    /// let st = Safetensors::from_bytes(&bytes)?;
    /// assert_eq!(st.info("y").unwrap_err().to_string(), "no array named `y` (the file holds: `x`)");
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn info(&self, name: &str) -> Result<&TensorInfo, Error> {
        self.header
            .tensors
            .iter()
            .find(|t| t.name == name)
            .ok_or_else(|| Error::NotFound {
                array: name.into(),
                available: self.names().map(String::from).collect(),
            })
    }

    /// Checks tensor `name` against `Tensor<T, S, _>`; its first byte in the data section.
    fn check<T: IoElem, S: Shape>(&self, name: &str) -> Result<u64, Error> {
        let info = self.info(name)?;
        let Some(dtype) = info.dtype else {
            return Err(Error::UnsupportedDType {
                array: Some(name.into()),
                dtype: info.dtype_name.into(),
            });
        };
        check_array::<T, S>(dtype, &info.shape).map_err(|e| e.in_array(name))?;
        Ok(info.data_offsets.0)
    }
}

impl<R: Read + Seek> Safetensors<R> {
    /// Loads tensor `name` into a heap tensor, checking its dtype and shape. See
    /// [`read_into`](Self::read_into) for other storage kinds.
    ///
    /// # Errors
    /// [`Error::NotFound`], [`Error::Mismatch`] (naming the tensor, the expected and the found
    /// dtype and shape), [`Error::UnsupportedDType`] for dtypes with no element type here
    /// (`F8_E4M3`, …), [`Error::Io`] when reading fails.
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
    /// let x = Tensor::<f64, Rank3<2, 3, 4>>::arange();
    /// let bytes = SafetensorsWriter::new().add("x", &x)?.to_bytes();
    /// let mut st = Safetensors::from_bytes(&bytes)?;
    /// assert_eq!(st.tensor::<f64, Rank3<2, 3, 4>>("x")?, x);
    /// let err = st.tensor::<f32, Rank3<2, 3, 4>>("x").unwrap_err();
    /// assert_eq!(err.to_string(), "array `x`: expected f32 of shape (2, 3, 4), found f64 of shape (2, 3, 4)");
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn tensor<T: IoElem, S: Shape>(&mut self, name: &str) -> Result<Tensor<T, S, Heap>, Error> {
        let begin = self.check::<T, S>(name)?;
        let mut out = Tensor::default();
        self.read_data(begin, out.as_mut_slice())?;
        Ok(out)
    }

    /// Loads tensor `name` into `out`, a tensor of any storage kind, checking its dtype and
    /// shape. On an I/O error `out` may hold part of the data.
    ///
    /// # Errors
    /// As [`tensor`](Self::tensor).
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
    /// let bytes = SafetensorsWriter::new().add("bias", &tensor![0.5f32, -0.5])?.to_bytes();
    /// let mut bias = Tensor::<f32, Rank1<2>>::zeros();   // inline
    /// Safetensors::from_bytes(&bytes)?.read_into("bias", &mut bias)?;
    /// assert_eq!(bias, tensor![0.5, -0.5]);
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn read_into<T: IoElem, S: Shape, K: Kind>(
        &mut self,
        name: &str,
        out: &mut Tensor<T, S, K>,
    ) -> Result<(), Error> {
        let begin = self.check::<T, S>(name)?;
        self.read_data(begin, out.as_mut_slice())
    }

    /// Gives back the reader.
    ///
    /// ```
    /// use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
    /// let bytes = SafetensorsWriter::new().to_bytes();
    /// assert_eq!(Safetensors::from_bytes(&bytes)?.into_inner().get_ref().len(), 16);
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn into_inner(self) -> R {
        self.reader
    }

    /// Reads `out.len()` little-endian elements from data byte `begin` (checked in range when
    /// the header was read) straight into `out`.
    fn read_data<T: IoElem>(&mut self, begin: u64, out: &mut [T]) -> Result<(), Error> {
        self.reader.seek(SeekFrom::Start(self.data_start + begin))?;
        T::read_into(&mut self.reader, ByteOrder::Little, out)
    }
}

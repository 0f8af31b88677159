//! NumPy `.npz` archives (`np.savez`, `np.savez_compressed`): typed lookup by name, and writing
//! (feature `npz`).
//!
//! An `.npz` file is a zip archive of `.npy` files, one per array, named `NAME.npy`. [`Npz`]
//! reads its directory once, then loads arrays by name into tensors whose dtype and shape are
//! checked against the file's ([`Error::Mismatch`] names the array, the expected and the found
//! dtype and shape). Members may be stored (`np.savez`) or deflated (`np.savez_compressed`);
//! either way the data goes straight into the tensor's storage, inflated into exactly the
//! space the tensor type fixes (a zip bomb cannot make it allocate more), and its CRC is
//! checked. [`NpzWriter`] writes archives NumPy loads.
//!
//! The zip container is read and written by a small reader of this crate (central directory,
//! zip64, stored and deflated members); `miniz_oxide` inflates and deflates, `crc32fast`
//! checks. (The `zip` crate would bring a dozen more crates for features `.npz` never uses.)
//!
//! ```
//! use tensorial::prelude::*;
//! use tensorial::io::npz::{Npz, NpzWriter};
//! let path = std::env::temp_dir().join("tensorial-doc-npz.npz");
//! let w = Tensor::<f32, Rank2<3, 2>>::arange();
//! let labels = tensor![1u8, 0, 1];
//! let mut out = NpzWriter::create_compressed(&path)?;    // np.savez_compressed(path, w=w, labels=labels)
//! out.add("w", &w)?;
//! out.add("labels", &labels)?;
//! out.finish()?;
//!
//! let mut npz = Npz::open(&path)?;                        // np.load(path)
//! assert_eq!(npz.names().collect::<Vec<_>>(), ["w", "labels"]);
//! let w2 = npz.tensor::<f32, Rank2<3, 2>>("w")?;          // a heap tensor
//! assert_eq!(w2, w);
//! let err = npz.tensor::<f32, Rank1<3>>("labels").unwrap_err();
//! assert_eq!(err.to_string(), "array `labels`: expected f32 of shape (3,), found u8 of shape (3,)");
//! # std::fs::remove_file(&path)?;
//! # Ok::<(), tensorial::io::Error>(())
//! ```

use super::npy::Header;
use super::zip::{Entry, Member, ZipWriter, read_directory};
use super::{Error, IoElem, check_array};
use crate::{Heap, Kind, Shape, Tensor};
use std::fs::File;
use std::io::{BufWriter, Cursor, Read, Seek, Write};
use std::path::Path;
use std::string::String;
use std::vec::Vec;

/// An open `.npz` archive: its directory, and the reader its arrays load from.
///
/// Arrays are looked up by the name given to `np.savez` (the member `NAME.npy`), or by the
/// member's full name.
///
/// ```
/// use tensorial::prelude::*;
/// use tensorial::io::npz::{Npz, NpzWriter};
/// let mut out = NpzWriter::new(Vec::new());
/// out.add("x", &tensor![[1i64, 2], [3, 4]])?;
/// let bytes = out.finish()?;
/// let mut npz = Npz::from_bytes(&bytes)?;
/// let mut x = Tensor::<i64, Rank2<2, 2>>::zeros();
/// npz.read_into("x", &mut x)?;                    // any storage kind
/// assert_eq!(x, tensor![[1, 2], [3, 4]]);
/// assert_eq!(npz.header("x")?.shape, [2, 2]);      // inspect before loading
/// # Ok::<(), tensorial::io::Error>(())
/// ```
pub struct Npz<R> {
    reader: R,
    entries: Vec<Entry>,
}

impl Npz<File> {
    /// Opens an `.npz` file and reads its directory (NumPy `np.load(path)`).
    ///
    /// # Errors
    /// When the file cannot be read or is not a valid zip archive.
    ///
    /// ```no_run
    /// use tensorial::prelude::*;
    /// let mut npz = tensorial::io::npz::Npz::open("mnist.npz")?;
    /// let images = npz.tensor::<u8, Rank3<60_000, 28, 28>>("x_train")?;
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn open(path: impl AsRef<Path>) -> Result<Self, Error> {
        Self::new(File::open(path)?)
    }
}

impl<'a> Npz<Cursor<&'a [u8]>> {
    /// Reads an `.npz` archive held in memory.
    ///
    /// # Errors
    /// When the bytes are not a valid zip archive.
    ///
    /// ```
    /// assert!(tensorial::io::npz::Npz::from_bytes(b"not a zip").is_err());
    /// ```
    pub fn from_bytes(bytes: &'a [u8]) -> Result<Self, Error> {
        Self::new(Cursor::new(bytes))
    }
}

impl<R: Read + Seek> Npz<R> {
    /// Reads the directory of the archive in `reader`.
    ///
    /// # Errors
    /// When reading fails or the archive is malformed.
    ///
    /// ```
    /// use tensorial::io::npz::{Npz, NpzWriter};
    /// let bytes = NpzWriter::new(Vec::new()).finish()?;
    /// let npz = Npz::new(std::io::Cursor::new(bytes))?;
    /// assert_eq!(npz.names().count(), 0);
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn new(mut reader: R) -> Result<Self, Error> {
        let entries = read_directory(&mut reader)?;
        Ok(Self { reader, entries })
    }

    /// The arrays' names, in archive order (NumPy `npz.files`): member names without their
    /// `.npy` suffix.
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// use tensorial::io::npz::{Npz, NpzWriter};
    /// let mut out = NpzWriter::new(Vec::new());
    /// out.add("b", &tensor![1u8])?;
    /// out.add("a", &tensor![2u8])?;
    /// let bytes = out.finish()?;
    /// assert_eq!(Npz::from_bytes(&bytes)?.names().collect::<Vec<_>>(), ["b", "a"]);
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn names(&self) -> impl Iterator<Item = &str> + '_ {
        self.entries
            .iter()
            .map(|e| e.name.strip_suffix(".npy").unwrap_or(&e.name))
    }

    /// The `.npy` header of array `name`: its dtype, shape and layout, without loading it.
    ///
    /// # Errors
    /// [`Error::NotFound`] for an unknown name; a malformed member as for loading.
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// use tensorial::io::{npz::{Npz, NpzWriter}, DType};
    /// let mut out = NpzWriter::new(Vec::new());
    /// out.add("x", &Tensor::<f64, Rank2<2, 5>>::zeros())?;
    /// let bytes = out.finish()?;
    /// let header = Npz::from_bytes(&bytes)?.header("x")?;
    /// assert_eq!((header.dtype, header.shape), (DType::F64, vec![2, 5]));
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn header(&mut self, name: &str) -> Result<Header, Error> {
        let entry = find(&self.entries, name)?;
        let mut member = Member::open(&mut self.reader, entry)?;
        Header::read_from(&mut member)
    }

    /// Loads array `name` into a heap tensor, checking its dtype and shape
    /// (NumPy `npz[name]`). See [`read_into`](Self::read_into) for other storage kinds.
    ///
    /// # Errors
    /// [`Error::NotFound`] (listing the archive's names), [`Error::Mismatch`] (naming the
    /// array, the expected and the found dtype and shape), or a malformed member
    /// ([`Error::Invalid`], [`Error::Io`]), including a CRC mismatch.
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// use tensorial::io::npz::{Npz, NpzWriter};
    /// let mut out = NpzWriter::new(Vec::new());
    /// out.add("w", &Tensor::<f32, Rank2<784, 128>, Heap>::full(0.5))?;
    /// let bytes = out.finish()?;
    /// let mut npz = Npz::from_bytes(&bytes)?;
    /// let w = npz.tensor::<f32, Rank2<784, 128>>("w")?;
    /// assert_eq!(w[[783, 127]], 0.5);
    /// let err = npz.tensor::<f32, Rank2<128, 784>>("w").unwrap_err();
    /// assert_eq!(err.to_string(), "array `w`: expected f32 of shape (128, 784), found f32 of shape (784, 128)");
    /// let err = npz.tensor::<f32, Rank2<784, 128>>("b").unwrap_err();
    /// assert_eq!(err.to_string(), "no array named `b` (the file holds: `w`)");
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn tensor<T: IoElem, S: Shape>(&mut self, name: &str) -> Result<Tensor<T, S, Heap>, Error> {
        let (header, member) = self.member::<T, S>(name)?;
        let mut out = Tensor::default();
        fill::<T, S, R>(&header, member, out.as_mut_slice())?;
        Ok(out)
    }

    /// Loads array `name` into `out`, a tensor of any storage kind, checking its dtype and
    /// shape. On error `out` may hold part of the data.
    ///
    /// # Errors
    /// As [`tensor`](Self::tensor).
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// use tensorial::io::npz::{Npz, NpzWriter};
    /// let mut out = NpzWriter::new_compressed(Vec::new());
    /// out.add("bias", &tensor![0.5f32, -0.5])?;
    /// let bytes = out.finish()?;
    /// let mut bias = Tensor::<f32, Rank1<2>>::zeros();       // inline
    /// Npz::from_bytes(&bytes)?.read_into("bias", &mut bias)?;
    /// assert_eq!(bias, tensor![0.5, -0.5]);
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn read_into<T: IoElem, S: Shape, K: Kind>(
        &mut self,
        name: &str,
        out: &mut Tensor<T, S, K>,
    ) -> Result<(), Error> {
        let (header, member) = self.member::<T, S>(name)?;
        fill::<T, S, R>(&header, member, out.as_mut_slice())
    }

    /// Opens member `name` and reads its header, checked against `Tensor<T, S, _>`.
    fn member<T: IoElem, S: Shape>(
        &mut self,
        name: &str,
    ) -> Result<(Header, Member<'_, R>), Error> {
        let entry = find(&self.entries, name)?;
        let mut member = Member::open(&mut self.reader, entry)?;
        let header = Header::read_from(&mut member).map_err(|e| e.in_array(name))?;
        check_array::<T, S>(header.dtype, &header.shape).map_err(|e| e.in_array(name))?;
        Ok((header, member))
    }

    /// Gives back the reader.
    ///
    /// ```
    /// use tensorial::io::npz::{Npz, NpzWriter};
    /// let bytes = NpzWriter::new(Vec::new()).finish()?;
    /// let cursor = Npz::from_bytes(&bytes)?.into_inner();
    /// assert_eq!(cursor.get_ref().len(), bytes.len());
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn into_inner(self) -> R {
        self.reader
    }
}

/// Reads the data after `header` into `out` and checks that the member ends there.
fn fill<T: IoElem, S: Shape, R: Read>(
    header: &Header,
    mut member: Member<'_, R>,
    out: &mut [T],
) -> Result<(), Error> {
    header.read_data::<T, S, _>(&mut member, out)?;
    member.finish()
}

/// The member holding array `name` (`name.npy`, else `name` itself).
fn find<'a>(entries: &'a [Entry], name: &str) -> Result<&'a Entry, Error> {
    let with_suffix = [name, ".npy"].concat();
    // The last of duplicate names wins, as in Python's `zipfile`.
    let found = entries.iter().rev().find(|e| e.name == with_suffix);
    found
        .or_else(|| entries.iter().rev().find(|e| e.name == name))
        .ok_or_else(|| Error::NotFound {
            array: name.into(),
            available: entries
                .iter()
                .map(|e| String::from(e.name.strip_suffix(".npy").unwrap_or(&e.name)))
                .collect(),
        })
}

/// Writes an `.npz` archive NumPy loads: `np.savez` ([`new`](Self::new),
/// [`create`](Self::create)) or `np.savez_compressed` ([`new_compressed`](Self::new_compressed),
/// [`create_compressed`](Self::create_compressed)).
///
/// Stored members stream from the tensors (a first pass computes each CRC), compressed ones
/// are deflated in memory first. Call [`finish`](Self::finish) to write the directory: an
/// archive dropped before is incomplete.
///
/// ```
/// use tensorial::prelude::*;
/// use tensorial::io::npz::{Npz, NpzWriter};
/// let mut out = NpzWriter::new(Vec::new());
/// out.add("x", &tensor![1.0f64, 2.0])?;
/// assert!(out.add("x", &tensor![3.0f64]).is_err()); // names are unique
/// let bytes = out.finish()?;
/// assert_eq!(Npz::from_bytes(&bytes)?.tensor::<f64, Rank1<2>>("x")?, tensor![1.0, 2.0]);
/// # Ok::<(), tensorial::io::Error>(())
/// ```
pub struct NpzWriter<W: Write> {
    zip: ZipWriter<W>,
    compress: bool,
}

impl NpzWriter<BufWriter<File>> {
    /// Creates (or truncates) an `.npz` file with stored members (`np.savez`).
    ///
    /// # Errors
    /// When the file cannot be created.
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// let path = std::env::temp_dir().join("tensorial-doc-savez.npz");
    /// let mut out = tensorial::io::npz::NpzWriter::create(&path)?;
    /// out.add("x", &tensor![1u8, 2])?;
    /// out.finish()?;
    /// # std::fs::remove_file(&path)?;
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn create(path: impl AsRef<Path>) -> Result<Self, Error> {
        Ok(Self::new(BufWriter::with_capacity(
            1 << 16,
            File::create(path)?,
        )))
    }

    /// Creates (or truncates) an `.npz` file with deflated members (`np.savez_compressed`).
    ///
    /// # Errors
    /// When the file cannot be created.
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// let path = std::env::temp_dir().join("tensorial-doc-savez-compressed.npz");
    /// let mut out = tensorial::io::npz::NpzWriter::create_compressed(&path)?;
    /// out.add("zeros", &Tensor::<f32, Rank2<100, 100>, Heap>::zeros())?;
    /// out.finish()?;
    /// assert!(std::fs::metadata(&path)?.len() < 1000);
    /// # std::fs::remove_file(&path)?;
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn create_compressed(path: impl AsRef<Path>) -> Result<Self, Error> {
        Ok(Self::new_compressed(BufWriter::with_capacity(
            1 << 16,
            File::create(path)?,
        )))
    }
}

impl<W: Write> NpzWriter<W> {
    /// An archive of stored members written to `writer`.
    ///
    /// ```
    /// let out = tensorial::io::npz::NpzWriter::new(Vec::new());
    /// assert_eq!(out.finish()?.len(), 22); // just the end record
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn new(writer: W) -> Self {
        Self {
            zip: ZipWriter::new(writer),
            compress: false,
        }
    }

    /// An archive of deflated members written to `writer`.
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// let mut out = tensorial::io::npz::NpzWriter::new_compressed(Vec::new());
    /// out.add("x", &Tensor::<u8, Rank1<10_000>, Heap>::zeros())?;
    /// assert!(out.finish()?.len() < 500);
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn new_compressed(writer: W) -> Self {
        Self {
            zip: ZipWriter::new(writer),
            compress: true,
        }
    }

    /// Adds `tensor` as array `name` (the member `name.npy`).
    ///
    /// # Errors
    /// When writing fails, or `name` is already in the archive ([`Error::Invalid`]).
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// let mut out = tensorial::io::npz::NpzWriter::new(Vec::new());
    /// out.add("eye", &Tensor::<f32, Rank2<3, 3>>::eye())?;
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn add<T: IoElem, S: Shape, K: Kind>(
        &mut self,
        name: &str,
        tensor: &Tensor<T, S, K>,
    ) -> Result<(), Error> {
        let member = [name, ".npy"].concat();
        if self.zip.has(&member) {
            return Err(Error::invalid(
                ".npz",
                std::format!("the archive already holds an array named `{name}`"),
            ));
        }
        self.zip.add(&member, self.compress, &|w| {
            tensor.write_npy_to(w).map_err(|e| match e {
                Error::Io(e) => e,
                other => std::io::Error::other(std::string::ToString::to_string(&other)),
            })
        })
    }

    /// Writes the archive's directory and returns the writer (flushed).
    ///
    /// # Errors
    /// When writing fails.
    ///
    /// ```
    /// let bytes = tensorial::io::npz::NpzWriter::new(Vec::new()).finish()?;
    /// assert_eq!(&bytes[..4], b"PK\x05\x06");
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn finish(self) -> Result<W, Error> {
        self.zip.finish()
    }
}

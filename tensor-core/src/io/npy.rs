//! NumPy `.npy` files (format versions 1.0, 2.0 and 3.0): read into and write from tensors.
//!
//! A `.npy` file is the magic `\x93NUMPY`, a version, a header length, a header that is a
//! Python dict literal (`{'descr': '<f4', 'fortran_order': False, 'shape': (784, 128), }`) and
//! the raw elements. [`Header`] parses it with a small hand-written parser (no `eval`), its
//! length bounded by [`MAX_HEADER_LEN`]; version 3.0 headers are UTF-8, older ones ASCII.
//!
//! - **Byte order:** little- and big-endian files load on any machine; the crate writes
//!   little-endian (`'<f4'`), as NumPy does on x86 and ARM.
//! - **Fortran order** (`fortran_order: True`, from `np.save` of a transposed or
//!   `np.asfortranarray` array) is transposed on load, so the tensor has the file's logical
//!   shape and C (row-major) layout, as `np.load` then `np.ascontiguousarray` would give. This
//!   one case reads through a temporary buffer of the array's size; C-order files read straight
//!   into the tensor's storage.
//! - **Whole files** ([`Tensor::read_npy`], [`Tensor::from_npy_bytes`]) must end where the
//!   data ends; [`Tensor::read_npy_from`] stops after the data, so several arrays saved one
//!   after another to one stream load one after another, as with NumPy.
//!
//! ```
//! use tensorial::prelude::*;
//! let path = std::env::temp_dir().join("tensorial-doc-npy.npy");
//! let x = Tensor::<i64, Rank2<2, 3>>::arange();
//! x.write_npy(&path)?;                                      // np.save(path, x)
//! let y = Tensor::<i64, Rank2<2, 3>, Heap>::read_npy(&path)?; // np.load(path)
//! assert_eq!(x, y);
//! # std::fs::remove_file(&path)?;
//! # Ok::<(), tensorial::io::Error>(())
//! ```

use super::{ByteOrder, DType, Error, IoElem, check_array};
use crate::{Kind, Shape, Tensor};
use std::borrow::ToOwned;
use std::format;
use std::fs::File;
use std::io::{BufWriter, Read, Write};
use std::path::Path;
use std::string::String;
use std::vec;
use std::vec::Vec;

/// The first six bytes of every `.npy` file.
pub const MAGIC: &[u8; 6] = b"\x93NUMPY";

/// The longest header read, in bytes (1 MiB). NumPy's own headers are under 200 bytes for
/// the dtypes tensors load; the bound keeps a file that claims a 4 GiB header from allocating
/// it.
pub const MAX_HEADER_LEN: usize = 1 << 20;

const FORMAT: &str = ".npy";
const HEADER: &str = ".npy header";

/// The header of a `.npy` file: element type, byte order, layout and shape.
///
/// ```
/// use tensorial::io::{npy::Header, ByteOrder, DType};
/// use tensorial::prelude::*;
/// let bytes = Tensor::<f32, Rank2<2, 3>>::zeros().to_npy_bytes();
/// let header = Header::read_from(&mut &bytes[..])?;
/// assert_eq!(header.dtype, DType::F32);
/// assert_eq!(header.byte_order, ByteOrder::Little);
/// assert!(!header.fortran_order);
/// assert_eq!(header.shape, [2, 3]);
/// assert_eq!(header.data_len(), 24);
/// # Ok::<(), tensorial::io::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Header {
    /// The element type.
    pub dtype: DType,
    /// The byte order of the elements.
    pub byte_order: ByteOrder,
    /// `true` when the elements are stored column-major (Fortran order).
    pub fortran_order: bool,
    /// The size of each axis.
    pub shape: Vec<usize>,
}

impl Header {
    /// Reads the magic, version and header from `reader`, leaving it at the first data byte.
    ///
    /// # Errors
    /// [`Error::Invalid`] for a bad magic, an oversized or malformed header, or a shape whose
    /// byte size overflows `usize`; [`Error::Unsupported`] for an unknown format version;
    /// [`Error::UnsupportedDType`] for dtypes tensors do not hold; [`Error::Io`] when the
    /// reader fails or ends early.
    pub fn read_from<R: Read + ?Sized>(reader: &mut R) -> Result<Self, Error> {
        let mut lead = [0u8; 8];
        reader.read_exact(&mut lead)?;
        if &lead[..6] != MAGIC {
            return Err(Error::invalid(
                FORMAT,
                "the file does not start with the .npy magic",
            ));
        }
        let (major, minor) = (lead[6], lead[7]);
        let len = match (major, minor) {
            (1, 0) => {
                let mut len = [0u8; 2];
                reader.read_exact(&mut len)?;
                usize::from(u16::from_le_bytes(len))
            }
            (2 | 3, 0) => {
                let mut len = [0u8; 4];
                reader.read_exact(&mut len)?;
                usize::try_from(u32::from_le_bytes(len)).unwrap_or(usize::MAX)
            }
            _ => {
                return Err(Error::unsupported(
                    FORMAT,
                    format!("format version {major}.{minor} (1.0, 2.0 and 3.0 are read)"),
                ));
            }
        };
        if len > MAX_HEADER_LEN {
            return Err(Error::invalid(
                HEADER,
                format!("header length {len} exceeds the limit of {MAX_HEADER_LEN} bytes"),
            ));
        }
        let mut text = vec![0u8; len];
        reader.read_exact(&mut text)?;
        if major < 3 && !text.is_ascii() {
            return Err(Error::invalid(
                HEADER,
                "a version 1.0/2.0 header must be ASCII",
            ));
        }
        if major == 3 && core::str::from_utf8(&text).is_err() {
            return Err(Error::invalid(HEADER, "a version 3.0 header must be UTF-8"));
        }
        Self::parse(&text)
    }

    /// Parses the header's dict literal.
    fn parse(text: &[u8]) -> Result<Self, Error> {
        let mut p = Parser { text, at: 0 };
        let dict = p.dict()?;
        p.skip_space();
        if p.at != text.len() {
            return Err(p.error("text after the closing `}`"));
        }
        let (mut descr, mut fortran, mut shape) = (None, None, None);
        for (key, value) in dict {
            let slot = match key.as_str() {
                "descr" => &mut descr,
                "fortran_order" => &mut fortran,
                "shape" => &mut shape,
                _ => return Err(Error::invalid(HEADER, format!("unexpected key '{key}'"))),
            };
            if slot.replace(value).is_some() {
                return Err(Error::invalid(HEADER, format!("key '{key}' appears twice")));
            }
        }
        let missing = |key: &str| Error::invalid(HEADER, format!("missing key '{key}'"));
        let Value::Bool(fortran_order) = fortran.ok_or_else(|| missing("fortran_order"))? else {
            return Err(Error::invalid(
                HEADER,
                "'fortran_order' is not True or False",
            ));
        };
        let shape = match shape.ok_or_else(|| missing("shape"))? {
            Value::Tuple(dims) => dims
                .into_iter()
                .map(|d| match d {
                    Value::Int(n) => Ok(n),
                    _ => Err(Error::invalid(
                        HEADER,
                        "'shape' holds something other than integers",
                    )),
                })
                .collect::<Result<Vec<_>, _>>()?,
            _ => return Err(Error::invalid(HEADER, "'shape' is not a tuple")),
        };
        let (dtype, byte_order) = match descr.ok_or_else(|| missing("descr"))? {
            Value::Str(s) => parse_descr(&s)?,
            Value::List | Value::Tuple(_) => {
                return Err(Error::UnsupportedDType {
                    array: None,
                    dtype: "a structured dtype".to_owned(),
                });
            }
            _ => return Err(Error::invalid(HEADER, "'descr' is not a string")),
        };
        let header = Self {
            dtype,
            byte_order,
            fortran_order,
            shape,
        };
        header.checked_data_len().ok_or_else(|| {
            let mut shape = String::new();
            // Writing into a `String` cannot fail.
            let _ = super::error::write_shape(&mut shape, &header.shape);
            Error::invalid(
                HEADER,
                format!("shape {shape} is too large for this machine"),
            )
        })?;
        Ok(header)
    }

    fn checked_data_len(&self) -> Option<usize> {
        self.shape
            .iter()
            .try_fold(self.dtype.size(), |n, &d| n.checked_mul(d))
            .filter(|&n| isize::try_from(n).is_ok())
    }

    /// Number of elements (the product of the shape; 1 for a 0-d array).
    ///
    /// ```
    /// use tensorial::io::{npy::Header, ByteOrder, DType};
    /// let h = Header { dtype: DType::U8, byte_order: ByteOrder::Little, fortran_order: false, shape: vec![] };
    /// assert_eq!(h.numel(), 1);
    /// ```
    #[must_use]
    pub fn numel(&self) -> usize {
        self.shape.iter().product()
    }

    /// Bytes of element data that follow the header.
    ///
    /// ```
    /// use tensorial::io::{npy::Header, ByteOrder, DType};
    /// let h = Header { dtype: DType::F64, byte_order: ByteOrder::Big, fortran_order: false, shape: vec![2, 3] };
    /// assert_eq!(h.data_len(), 48);
    /// ```
    #[must_use]
    pub fn data_len(&self) -> usize {
        self.numel() * self.dtype.size()
    }

    /// The whole header (magic, version, length, dict, padding) exactly as NumPy writes it:
    /// version 1.0, keys sorted, room for the first axis to grow to 21 digits, spaces up to
    /// a multiple of 64 bytes and a newline.
    ///
    /// ```
    /// use tensorial::io::{npy::Header, ByteOrder, DType};
    /// let h = Header { dtype: DType::F32, byte_order: ByteOrder::Little, fortran_order: false, shape: vec![3] };
    /// let bytes = h.to_bytes();
    /// assert_eq!(bytes.len(), 128);
    /// assert!(bytes.starts_with(b"\x93NUMPY\x01\x00\x76\x00{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }"));
    /// assert!(bytes.ends_with(b" \n"));
    /// assert_eq!(Header::read_from(&mut &bytes[..])?, h);
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    #[must_use]
    pub fn to_bytes(&self) -> Vec<u8> {
        let order = match (self.dtype.size(), self.byte_order) {
            (1, _) => '|',
            (_, ByteOrder::Little) => '<',
            (_, ByteOrder::Big) => '>',
        };
        let kind = match self.dtype {
            DType::Bool => 'b',
            DType::I8 | DType::I16 | DType::I32 | DType::I64 => 'i',
            DType::U8 | DType::U16 | DType::U32 | DType::U64 => 'u',
            DType::F16 | DType::F32 | DType::F64 => 'f',
            DType::BF16 => 'V', // not a NumPy dtype: raw 2-byte records
        };
        let mut shape = String::new();
        let _ = super::error::write_shape(&mut shape, &self.shape);
        let fortran = if self.fortran_order { "True" } else { "False" };
        let mut dict = format!(
            "{{'descr': '{order}{kind}{}', 'fortran_order': {fortran}, 'shape': {shape}, }}",
            self.dtype.size()
        );
        // NumPy leaves room for the growing axis (the first in C order) to reach 21 digits.
        let growing = if self.fortran_order {
            self.shape.last()
        } else {
            self.shape.first()
        };
        if let Some(n) = growing {
            let digits = n.checked_ilog10().unwrap_or(0) as usize + 1;
            dict.extend(core::iter::repeat_n(' ', 21usize.saturating_sub(digits)));
        }
        let padded = |len_bytes: usize| {
            let total = (MAGIC.len() + 2 + len_bytes + dict.len() + 1).next_multiple_of(64);
            (total, total - MAGIC.len() - 2 - len_bytes)
        };
        let (total, header_len) = padded(2);
        let mut out = Vec::with_capacity(total);
        out.extend_from_slice(MAGIC);
        if let Ok(len) = u16::try_from(header_len) {
            out.extend_from_slice(&[1, 0]);
            out.extend_from_slice(&len.to_le_bytes());
        } else {
            // Version 2.0: a 4-byte length (headers of dtypes tensors hold never need it).
            let (_, header_len) = padded(4);
            out.extend_from_slice(&[2, 0]);
            out.extend_from_slice(&u32::try_from(header_len).unwrap_or(u32::MAX).to_le_bytes());
        }
        let total = out.len() + dict.len() + 1;
        let total = total.next_multiple_of(64);
        out.extend_from_slice(dict.as_bytes());
        out.resize(total - 1, b' ');
        out.push(b'\n');
        out
    }

    /// Checks this header against `Tensor<T, S, _>` and reads the data that follows it into
    /// `out` (`S::NUMEL` elements), transposing Fortran order.
    pub(crate) fn read_data<T: IoElem, S: Shape, R: Read + ?Sized>(
        &self,
        reader: &mut R,
        out: &mut [T],
    ) -> Result<(), Error> {
        check_array::<T, S>(self.dtype, &self.shape)?;
        if !self.fortran_order || S::RANK < 2 {
            return T::read_into(reader, self.byte_order, out);
        }
        let mut file_order = vec![T::default(); out.len()];
        T::read_into(reader, self.byte_order, &mut file_order)?;
        transpose_fortran(&file_order, S::DIMS.as_ref(), out);
        Ok(())
    }

    /// The header of a C-order, little-endian array of `T` and shape `S`.
    pub(crate) fn of<T: IoElem, S: Shape>() -> Self {
        Self {
            dtype: T::DTYPE,
            byte_order: ByteOrder::Little,
            fortran_order: false,
            shape: S::DIMS.as_ref().to_vec(),
        }
    }
}

/// Copies column-major `src` of logical shape `dims` into row-major `dst`.
fn transpose_fortran<T: Copy>(src: &[T], dims: &[usize], dst: &mut [T]) {
    // Column-major strides: axis 0 varies fastest.
    let mut strides = vec![1usize; dims.len()];
    for k in 1..dims.len() {
        strides[k] = strides[k - 1] * dims[k - 1];
    }
    let mut idx = vec![0usize; dims.len()];
    let mut offset = 0;
    for d in dst.iter_mut() {
        *d = src[offset];
        // Advance the row-major odometer (last axis fastest) and the column-major offset.
        for k in (0..dims.len()).rev() {
            idx[k] += 1;
            offset += strides[k];
            if idx[k] < dims[k] {
                break;
            }
            offset -= strides[k] * dims[k];
            idx[k] = 0;
        }
    }
}

/// Parses a NumPy type string such as `'<f4'`, `'|b1'`, `'>i8'`.
fn parse_descr(descr: &str) -> Result<(DType, ByteOrder), Error> {
    let unsupported = || Error::UnsupportedDType {
        array: None,
        dtype: format!("'{descr}'"),
    };
    let (order, code) = match descr.as_bytes().first() {
        Some(b'<') => (ByteOrder::Little, &descr[1..]),
        Some(b'>') => (ByteOrder::Big, &descr[1..]),
        Some(b'|' | b'=') => (ByteOrder::NATIVE, &descr[1..]),
        _ => (ByteOrder::NATIVE, descr),
    };
    let dtype = match code {
        "b1" | "?" => DType::Bool,
        "i1" => DType::I8,
        "i2" => DType::I16,
        "i4" => DType::I32,
        "i8" => DType::I64,
        "u1" => DType::U8,
        "u2" => DType::U16,
        "u4" => DType::U32,
        "u8" => DType::U64,
        "f2" => DType::F16,
        "f4" => DType::F32,
        "f8" => DType::F64,
        _ => return Err(unsupported()),
    };
    Ok((dtype, order))
}

/// A value of the header's Python literal.
enum Value {
    Str(String),
    Bool(bool),
    Int(usize),
    Tuple(Vec<Value>),
    /// A list (structured dtypes); its items are parsed and dropped.
    List,
}

/// Deepest nesting of tuples and lists accepted (structured dtypes nest a few levels).
const MAX_DEPTH: usize = 32;

/// A recursive-descent parser of the Python literals `.npy` headers use: a dict of string
/// keys, strings, `True`/`False`, non-negative integers, tuples and lists.
struct Parser<'a> {
    text: &'a [u8],
    at: usize,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> Error {
        Error::invalid(HEADER, format!("{what} at byte {}", self.at))
    }

    fn skip_space(&mut self) {
        while self.text.get(self.at).is_some_and(u8::is_ascii_whitespace) {
            self.at += 1;
        }
    }

    /// Skips spaces and returns the next byte without consuming it.
    fn peek(&mut self) -> Option<u8> {
        self.skip_space();
        self.text.get(self.at).copied()
    }

    fn expect(&mut self, byte: u8) -> Result<(), Error> {
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(&format!("expected `{}`", char::from(byte))))
        }
    }

    fn dict(&mut self) -> Result<Vec<(String, Value)>, Error> {
        self.expect(b'{')?;
        let mut entries = Vec::new();
        loop {
            if self.peek() == Some(b'}') {
                self.at += 1;
                return Ok(entries);
            }
            let Value::Str(key) = self.value(0)? else {
                return Err(self.error("a dict key that is not a string"));
            };
            self.expect(b':')?;
            let value = self.value(0)?;
            entries.push((key, value));
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {}
                _ => return Err(self.error("expected `,` or `}`")),
            }
        }
    }

    fn value(&mut self, depth: usize) -> Result<Value, Error> {
        if depth > MAX_DEPTH {
            return Err(self.error("nesting too deep"));
        }
        match self.peek() {
            Some(q @ (b'\'' | b'"')) => self.string(q),
            Some(open @ (b'(' | b'[')) => {
                let close = if open == b'(' { b')' } else { b']' };
                self.at += 1;
                let mut items = Vec::new();
                let mut had_comma = false;
                loop {
                    if self.peek() == Some(close) {
                        self.at += 1;
                        break;
                    }
                    items.push(self.value(depth + 1)?);
                    had_comma = false;
                    match self.peek() {
                        Some(b',') => {
                            self.at += 1;
                            had_comma = true;
                        }
                        Some(c) if c == close => {}
                        _ => return Err(self.error("expected `,` or a closing bracket")),
                    }
                }
                // `(5)` is the integer 5 in Python, not a tuple.
                if open == b'(' && items.len() == 1 && !had_comma {
                    return Err(self.error("a parenthesized value without a comma is no tuple"));
                }
                Ok(if open == b'(' {
                    Value::Tuple(items)
                } else {
                    Value::List
                })
            }
            Some(b'0'..=b'9') => self.int(),
            Some(b'T' | b'F') => {
                let rest = &self.text[self.at..];
                if rest.starts_with(b"True") {
                    self.at += 4;
                    Ok(Value::Bool(true))
                } else if rest.starts_with(b"False") {
                    self.at += 5;
                    Ok(Value::Bool(false))
                } else {
                    Err(self.error("unknown name"))
                }
            }
            Some(_) => Err(self.error("unexpected character")),
            None => Err(self.error("unexpected end of the header")),
        }
    }

    fn string(&mut self, quote: u8) -> Result<Value, Error> {
        self.at += 1;
        let start = self.at;
        loop {
            match self.text.get(self.at) {
                None => return Err(self.error("unterminated string")),
                Some(b'\\') => return Err(self.error("escapes in strings are not supported")),
                Some(&c) if c == quote => break,
                Some(_) => self.at += 1,
            }
        }
        let s = String::from_utf8_lossy(&self.text[start..self.at]).into_owned();
        self.at += 1;
        Ok(Value::Str(s))
    }

    fn int(&mut self) -> Result<Value, Error> {
        let mut n: usize = 0;
        while let Some(&c @ b'0'..=b'9') = self.text.get(self.at) {
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(usize::from(c - b'0')))
                .ok_or_else(|| self.error("an integer too large for this machine"))?;
            self.at += 1;
        }
        // Python 2 wrote long integers with an `L` suffix.
        if self.text.get(self.at) == Some(&b'L') {
            self.at += 1;
        }
        Ok(Value::Int(n))
    }
}

impl<T: IoElem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// Loads a `.npy` file (NumPy `np.load(path)`), checking its dtype and shape against this
    /// tensor type. The data is read straight into the tensor's storage.
    ///
    /// # Errors
    /// [`Error::Mismatch`] names the expected and the found dtype and shape; a malformed,
    /// truncated or longer-than-announced file gives [`Error::Invalid`] or [`Error::Io`]. See
    /// [`io`](crate::io) for the rules.
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// let path = std::env::temp_dir().join("tensorial-doc-read-npy.npy");
    /// Tensor::<f32, Rank2<3, 4>>::arange().write_npy(&path)?;
    /// let x = Tensor::<f32, Rank2<3, 4>, Heap>::read_npy(&path)?;
    /// assert_eq!(x[[2, 3]], 11.0);
    /// let err = Tensor::<f32, Rank2<4, 3>, Heap>::read_npy(&path).unwrap_err();
    /// assert_eq!(err.to_string(), "expected f32 of shape (4, 3), found f32 of shape (3, 4)");
    /// # std::fs::remove_file(&path)?;
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn read_npy(path: impl AsRef<Path>) -> Result<Self, Error> {
        let mut file = File::open(path)?;
        let file_len = file.metadata()?.len();
        let header = Header::read_from(&mut file)?;
        // Where the data starts: the header reads above consumed exactly that much.
        let data_start = std::io::Seek::stream_position(&mut file)?;
        let expected = data_start.saturating_add(header.data_len() as u64);
        if file_len != expected {
            check_array::<T, S>(header.dtype, &header.shape)?;
            return Err(Error::invalid(
                FORMAT,
                format!("the file has {file_len} bytes, its header announces {expected}"),
            ));
        }
        let mut tensor = Self::default();
        header.read_data::<T, S, _>(&mut file, tensor.as_mut_slice())?;
        Ok(tensor)
    }

    /// Reads one `.npy` array from `reader`, leaving it just after the array's data (NumPy
    /// `np.load(file_object)`), so arrays saved one after another load one after another.
    ///
    /// # Errors
    /// As [`read_npy`](Self::read_npy); a reader that ends early gives [`Error::Io`]
    /// (`UnexpectedEof`).
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// let mut stream = Vec::new();
    /// tensor![1u8, 2].write_npy_to(&mut stream)?;
    /// tensor![[true], [false]].write_npy_to(&mut stream)?;
    /// let mut reader = &stream[..];
    /// assert_eq!(Tensor::<u8, Rank1<2>>::read_npy_from(&mut reader)?, tensor![1u8, 2]);
    /// assert_eq!(Tensor::<bool, Rank2<2, 1>>::read_npy_from(&mut reader)?, tensor![[true], [false]]);
    /// assert!(reader.is_empty());
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn read_npy_from<R: Read>(mut reader: R) -> Result<Self, Error> {
        let header = Header::read_from(&mut reader)?;
        check_array::<T, S>(header.dtype, &header.shape)?;
        let mut tensor = Self::default();
        header.read_data::<T, S, _>(&mut reader, tensor.as_mut_slice())?;
        Ok(tensor)
    }

    /// Loads a whole `.npy` file held in memory (NumPy `np.load(io.BytesIO(bytes))`).
    ///
    /// # Errors
    /// As [`read_npy`](Self::read_npy); bytes after the data are an error.
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// let bytes = tensor![[1.5f64, -2.0]].to_npy_bytes();
    /// let x = Tensor::<f64, Rank2<1, 2>>::from_npy_bytes(&bytes)?;
    /// assert_eq!(x, tensor![[1.5, -2.0]]);
    /// assert!(Tensor::<f64, Rank2<1, 2>>::from_npy_bytes(&bytes[..bytes.len() - 1]).is_err());
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn from_npy_bytes(bytes: &[u8]) -> Result<Self, Error> {
        let mut rest = bytes;
        let tensor = Self::read_npy_from(&mut rest)?;
        if !rest.is_empty() {
            return Err(Error::invalid(
                FORMAT,
                format!("{} bytes after the data the header announces", rest.len()),
            ));
        }
        Ok(tensor)
    }

    /// Saves the tensor as a `.npy` file that NumPy loads (`np.save(path, x)`): format 1.0,
    /// C order, little-endian.
    ///
    /// # Errors
    /// When the file cannot be created or written.
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// let path = std::env::temp_dir().join("tensorial-doc-write-npy.npy");
    /// Tensor::<u16, Rank3<2, 3, 4>, Heap>::arange().write_npy(&path)?;
    /// assert_eq!(std::fs::metadata(&path)?.len(), 128 + 2 * 24);
    /// # std::fs::remove_file(&path)?;
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn write_npy(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        let mut file = BufWriter::with_capacity(1 << 16, File::create(path)?);
        self.write_npy_to(&mut file)?;
        file.flush()?;
        Ok(())
    }

    /// Writes the tensor in `.npy` format to `writer` (`np.save(file_object, x)`).
    ///
    /// # Errors
    /// When the writer fails.
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// let mut out = Vec::new();
    /// tensor![1i32, 2, 3].write_npy_to(&mut out)?;
    /// assert_eq!(out, tensor![1i32, 2, 3].to_npy_bytes());
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn write_npy_to<W: Write>(&self, mut writer: W) -> Result<(), Error> {
        writer.write_all(&Header::of::<T, S>().to_bytes())?;
        T::write_le(self.as_slice(), &mut writer)?;
        Ok(())
    }

    /// The tensor in `.npy` format, in memory.
    ///
    /// ```
    /// use tensorial::prelude::*;
    /// let bytes = tensor![1.0f32, 2.0].to_npy_bytes();
    /// assert_eq!(&bytes[..6], b"\x93NUMPY");
    /// assert_eq!(bytes.len(), 128 + 8);
    /// ```
    #[must_use]
    pub fn to_npy_bytes(&self) -> Vec<u8> {
        let mut out = Header::of::<T, S>().to_bytes();
        out.reserve(S::NUMEL * T::DTYPE.size());
        // Writing into a `Vec` cannot fail.
        let _ = T::write_le(self.as_slice(), &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::string::ToString;

    fn header(text: &str) -> Result<Header, Error> {
        Header::parse(text.as_bytes())
    }

    #[test]
    fn parses_numpy_headers() {
        let h =
            header("{'descr': '<f4', 'fortran_order': False, 'shape': (784, 128), }   \n").unwrap();
        assert_eq!(h.dtype, DType::F32);
        assert_eq!(h.byte_order, ByteOrder::Little);
        assert_eq!(h.shape, [784, 128]);
        let h = header("{\"shape\": (3L,), \"fortran_order\": True, \"descr\": \">i8\"}").unwrap();
        assert_eq!(
            (h.dtype, h.byte_order, h.fortran_order),
            (DType::I64, ByteOrder::Big, true)
        );
        assert_eq!(h.shape, [3]);
        assert_eq!(
            header("{'descr':'|b1','fortran_order':False,'shape':()}")
                .unwrap()
                .shape,
            []
        );
    }

    #[test]
    fn rejects_malformed_headers() {
        for bad in [
            "",
            "{",
            "{'descr': '<f4', 'fortran_order': False}",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), 'extra': 1}",
            "{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': ()}",
            "{'descr': '<f4', 'fortran_order': 0, 'shape': ()}",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (2)}",
            "{'descr': '<f4', 'fortran_order': False, 'shape': [2]}",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (-2,)}",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999999999999999,)}",
            "{'descr': '<f4', 'fortran_order': False, 'shape': (4294967296, 4294967296)}",
            "{'descr': '<f4', 'fortran_order': False, 'shape': ()} x",
            "{'descr': 'a\\'b', 'fortran_order': False, 'shape': ()}",
            "{'descr': '<f4', 'fortran_order': Fals, 'shape': ()}",
        ] {
            assert!(
                matches!(header(bad), Err(Error::Invalid { .. })),
                "accepted {bad:?}"
            );
        }
        let deep = format!("{{'descr': {}", "[".repeat(10_000));
        assert!(header(&deep).is_err());
    }

    #[test]
    fn unsupported_dtypes_are_named() {
        let e = header("{'descr': '<c8', 'fortran_order': False, 'shape': ()}").unwrap_err();
        assert_eq!(
            e.to_string(),
            "unsupported dtype '<c8' (tensors load bool, int8–int64, uint8–uint64, float32 and float64)"
        );
        let e = header("{'descr': [('x', '<f4')], 'fortran_order': False, 'shape': ()}");
        assert!(matches!(e, Err(Error::UnsupportedDType { .. })));
    }

    #[test]
    fn header_bytes_round_trip_for_every_dtype_and_order() {
        for dtype in [
            DType::Bool,
            DType::I8,
            DType::I16,
            DType::I32,
            DType::I64,
            DType::U8,
        ]
        .into_iter()
        .chain([
            DType::U16,
            DType::U32,
            DType::U64,
            DType::F16,
            DType::F32,
            DType::F64,
        ]) {
            for byte_order in [ByteOrder::Little, ByteOrder::Big] {
                for shape in [vec![], vec![0], vec![5], vec![2, 3, 4, 5, 6, 7]] {
                    let h = Header {
                        dtype,
                        byte_order,
                        fortran_order: false,
                        shape,
                    };
                    let bytes = h.to_bytes();
                    assert_eq!(bytes.len() % 64, 0);
                    let back = Header::read_from(&mut &bytes[..]).unwrap();
                    assert_eq!(back.dtype, h.dtype);
                    assert_eq!(back.shape, h.shape);
                    if dtype.size() > 1 {
                        assert_eq!(back.byte_order, h.byte_order);
                    }
                }
            }
        }
    }

    #[test]
    fn fortran_transpose_matches_index_formula() {
        let dims = [2usize, 3, 4];
        // Column-major: element (i, j, k) at i + 2 j + 6 k; store that offset as the value.
        let src: Vec<usize> = (0..24).collect();
        let mut dst = vec![0usize; 24];
        transpose_fortran(&src, &dims, &mut dst);
        for i in 0..2 {
            for j in 0..3 {
                for k in 0..4 {
                    assert_eq!(dst[(i * 3 + j) * 4 + k], i + 2 * j + 6 * k);
                }
            }
        }
    }
}

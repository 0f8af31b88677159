//! Element types as files store them: [`DType`], [`ByteOrder`] and the [`IoElem`] mapping.

use super::Error;
use crate::Elem;
use core::fmt;
use std::format;
use std::io::{Read, Write};

/// The element type of an array in a file (NumPy's `dtype` without the byte order).
///
/// `F16` and `BF16` exist so that an error can name them ("found f16"); no tensor element
/// type maps to them.
///
/// ```
/// use tensorial::io::DType;
/// assert_eq!(DType::F32.size(), 4);
/// assert_eq!(DType::F32.to_string(), "f32");
/// assert_eq!(DType::I64.numpy_name(), "int64");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DType {
    /// `bool` (NumPy `bool`, one byte, 0 or 1).
    Bool,
    /// `i8` (NumPy `int8`).
    I8,
    /// `i16` (NumPy `int16`).
    I16,
    /// `i32` (NumPy `int32`).
    I32,
    /// `i64` (NumPy `int64`).
    I64,
    /// `u8` (NumPy `uint8`).
    U8,
    /// `u16` (NumPy `uint16`).
    U16,
    /// `u32` (NumPy `uint32`).
    U32,
    /// `u64` (NumPy `uint64`).
    U64,
    /// IEEE half precision (NumPy `float16`); named in errors, not loadable.
    F16,
    /// bfloat16 (safetensors `BF16`); named in errors, not loadable.
    BF16,
    /// `f32` (NumPy `float32`).
    F32,
    /// `f64` (NumPy `float64`).
    F64,
}

impl DType {
    /// Bytes per element.
    ///
    /// ```
    /// assert_eq!(tensorial::io::DType::Bool.size(), 1);
    /// ```
    #[must_use]
    pub const fn size(self) -> usize {
        match self {
            Self::Bool | Self::I8 | Self::U8 => 1,
            Self::I16 | Self::U16 | Self::F16 | Self::BF16 => 2,
            Self::I32 | Self::U32 | Self::F32 => 4,
            Self::I64 | Self::U64 | Self::F64 => 8,
        }
    }

    /// The Rust name (`"f32"`, `"bool"`, `"bf16"`), as errors print it.
    ///
    /// ```
    /// assert_eq!(tensorial::io::DType::U16.name(), "u16");
    /// ```
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Bool => "bool",
            Self::I8 => "i8",
            Self::I16 => "i16",
            Self::I32 => "i32",
            Self::I64 => "i64",
            Self::U8 => "u8",
            Self::U16 => "u16",
            Self::U32 => "u32",
            Self::U64 => "u64",
            Self::F16 => "f16",
            Self::BF16 => "bf16",
            Self::F32 => "f32",
            Self::F64 => "f64",
        }
    }

    /// The NumPy name (`"float32"`, `"bool"`; `"bfloat16"` is not a NumPy dtype).
    ///
    /// ```
    /// assert_eq!(tensorial::io::DType::F64.numpy_name(), "float64");
    /// ```
    #[must_use]
    pub const fn numpy_name(self) -> &'static str {
        match self {
            Self::Bool => "bool",
            Self::I8 => "int8",
            Self::I16 => "int16",
            Self::I32 => "int32",
            Self::I64 => "int64",
            Self::U8 => "uint8",
            Self::U16 => "uint16",
            Self::U32 => "uint32",
            Self::U64 => "uint64",
            Self::F16 => "float16",
            Self::BF16 => "bfloat16",
            Self::F32 => "float32",
            Self::F64 => "float64",
        }
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The byte order of the elements in a file.
///
/// ```
/// use tensorial::io::ByteOrder;
/// assert_eq!(ByteOrder::NATIVE, if cfg!(target_endian = "little") { ByteOrder::Little } else { ByteOrder::Big });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ByteOrder {
    /// Least significant byte first (x86, ARM; what NumPy writes there, `'<'`).
    Little,
    /// Most significant byte first (`'>'`).
    Big,
}

impl ByteOrder {
    /// The byte order of this machine.
    pub const NATIVE: Self = if cfg!(target_endian = "little") {
        Self::Little
    } else {
        Self::Big
    };
}

mod sealed {
    pub trait Sealed {}
}

/// Bytes read per step when elements are decoded through a scratch buffer (`bool`) or checked
/// on the fly (CRCs): big enough to amortize calls, small enough to stay in cache.
pub(crate) const CHUNK_BYTES: usize = 1 << 20;

/// Element types that files store: each maps to its [`DType`] and decodes from either byte
/// order straight into a tensor's storage.
///
/// Implemented for `bool`, `i8`–`i64`, `u8`–`u64`, `f32` and `f64` (sealed). Loaders check the
/// file's dtype against [`DTYPE`](Self::DTYPE): an `f64` file does not load as `f32` (cast
/// after loading with `.cast::<f32>()`).
///
/// ```
/// use tensorial::io::{ByteOrder, DType, IoElem};
/// assert_eq!(<f32 as IoElem>::DTYPE, DType::F32);
/// let mut out = [0u16; 2];
/// u16::decode(&[1, 2, 3, 4], ByteOrder::Big, &mut out).unwrap();
/// assert_eq!(out, [0x0102, 0x0304]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be loaded from or saved to a data file",
    label = "not a file element type",
    note = "files store bool, i8, i16, i32, i64, u8, u16, u32, u64, f32 and f64"
)]
pub trait IoElem: Elem + sealed::Sealed {
    /// The dtype files store this type as.
    const DTYPE: DType;

    /// Decodes `out.len()` elements from `bytes` (exactly `out.len() * DTYPE.size()` bytes,
    /// else an error) stored in `order`.
    ///
    /// # Errors
    /// [`Error::Invalid`] when the length is wrong or a `bool` byte is neither 0 nor 1.
    ///
    /// ```
    /// use tensorial::io::{ByteOrder, IoElem};
    /// let mut out = [0.0f32; 1];
    /// f32::decode(&1.5f32.to_le_bytes(), ByteOrder::Little, &mut out).unwrap();
    /// assert_eq!(out, [1.5]);
    /// assert!(bool::decode(&[2], ByteOrder::Little, &mut [false]).is_err());
    /// ```
    fn decode(bytes: &[u8], order: ByteOrder, out: &mut [Self]) -> Result<(), Error>;

    /// Fills `out` with elements stored in `order`, read from `reader` straight into `out`'s
    /// memory (numbers; `bool` goes through a small scratch buffer to be checked first).
    ///
    /// # Errors
    /// [`Error::Io`] when the reader fails or ends early (`UnexpectedEof`), [`Error::Invalid`]
    /// for a `bool` byte other than 0 or 1.
    ///
    /// ```
    /// use tensorial::io::{ByteOrder, IoElem};
    /// let mut out = [0i32; 2];
    /// i32::read_into(&mut &[0u8, 0, 0, 7, 0, 0, 1, 0][..], ByteOrder::Big, &mut out).unwrap();
    /// assert_eq!(out, [7, 256]);
    /// ```
    fn read_into<R: Read + ?Sized>(
        reader: &mut R,
        order: ByteOrder,
        out: &mut [Self],
    ) -> Result<(), Error>;

    /// Writes `data` little-endian (the bytes as they are on little-endian machines).
    ///
    /// # Errors
    /// When the writer fails.
    ///
    /// ```
    /// use tensorial::io::IoElem;
    /// let mut out = Vec::new();
    /// u16::write_le(&[0x0102], &mut out).unwrap();
    /// assert_eq!(out, [2, 1]);
    /// ```
    fn write_le<W: Write + ?Sized>(data: &[Self], writer: &mut W) -> std::io::Result<()>;
}

/// Number types every bit pattern of which is a valid value, with no padding bytes.
///
/// # Safety
/// Implementors must be plain integers or floats: any `size_of::<Self>()` bytes are a value.
unsafe trait Pod: Copy {}

/// The elements' memory as bytes, for writing into it.
fn bytes_mut<T: Pod>(data: &mut [T]) -> &mut [u8] {
    // SAFETY: `T: Pod` has no padding and accepts any bytes, so the region of `data` is
    // `size_of_val(data)` initialized bytes that may be overwritten with anything; `u8` has
    // alignment 1 and the borrow of `data` is moved into the result.
    unsafe { core::slice::from_raw_parts_mut(data.as_mut_ptr().cast::<u8>(), size_of_val(data)) }
}

/// The elements' memory as bytes, for reading it.
fn bytes<T: Pod>(data: &[T]) -> &[u8] {
    // SAFETY: `T: Pod` has no padding, so all `size_of_val(data)` bytes are initialized.
    unsafe { core::slice::from_raw_parts(data.as_ptr().cast::<u8>(), size_of_val(data)) }
}

fn length_error(bytes: usize, elems: usize, size: usize) -> Error {
    Error::invalid(
        "data",
        format!("{bytes} bytes cannot hold {elems} elements of {size} bytes"),
    )
}

macro_rules! pod_elems {
    ($($t:ty => $dtype:ident, $uint:ty;)*) => {$(
        impl sealed::Sealed for $t {}
        // SAFETY: a primitive integer or float: no padding, every bit pattern is a value.
        unsafe impl Pod for $t {}
        impl IoElem for $t {
            const DTYPE: DType = DType::$dtype;

            fn decode(bytes: &[u8], order: ByteOrder, out: &mut [Self]) -> Result<(), Error> {
                if Some(bytes.len()) != out.len().checked_mul(size_of::<$t>()) {
                    return Err(length_error(bytes.len(), out.len(), size_of::<$t>()));
                }
                if order == ByteOrder::NATIVE {
                    bytes_mut(out).copy_from_slice(bytes);
                } else {
                    for (o, b) in out.iter_mut().zip(bytes.chunks_exact(size_of::<$t>())) {
                        let b: [u8; size_of::<$t>()] =
                            b.try_into().expect("chunks have the element size");
                        *o = <$t>::from_ne_bytes(<$uint>::from_ne_bytes(b).swap_bytes().to_ne_bytes());
                    }
                }
                Ok(())
            }

            fn read_into<R: Read + ?Sized>(
                reader: &mut R,
                order: ByteOrder,
                out: &mut [Self],
            ) -> Result<(), Error> {
                for chunk in out.chunks_mut(CHUNK_BYTES / size_of::<$t>()) {
                    reader.read_exact(bytes_mut(chunk))?;
                    if order != ByteOrder::NATIVE {
                        for v in chunk {
                            *v = <$t>::from_ne_bytes(
                                <$uint>::from_ne_bytes(v.to_ne_bytes()).swap_bytes().to_ne_bytes(),
                            );
                        }
                    }
                }
                Ok(())
            }

            fn write_le<W: Write + ?Sized>(data: &[Self], writer: &mut W) -> std::io::Result<()> {
                if ByteOrder::NATIVE == ByteOrder::Little {
                    return writer.write_all(bytes(data));
                }
                let mut buf = [0u8; 4096];
                for chunk in data.chunks(buf.len() / size_of::<$t>()) {
                    let n = size_of_val(chunk);
                    for (b, v) in buf.chunks_exact_mut(size_of::<$t>()).zip(chunk) {
                        b.copy_from_slice(&v.to_le_bytes());
                    }
                    writer.write_all(&buf[..n])?;
                }
                Ok(())
            }
        }
    )*};
}

pod_elems! {
    i8 => I8, u8;
    i16 => I16, u16;
    i32 => I32, u32;
    i64 => I64, u64;
    u8 => U8, u8;
    u16 => U16, u16;
    u32 => U32, u32;
    u64 => U64, u64;
    f32 => F32, u32;
    f64 => F64, u64;
}

impl sealed::Sealed for bool {}
impl IoElem for bool {
    const DTYPE: DType = DType::Bool;

    fn decode(bytes: &[u8], _order: ByteOrder, out: &mut [Self]) -> Result<(), Error> {
        if bytes.len() != out.len() {
            return Err(length_error(bytes.len(), out.len(), 1));
        }
        for (o, &b) in out.iter_mut().zip(bytes) {
            *o = match b {
                0 => false,
                1 => true,
                _ => {
                    return Err(Error::invalid(
                        "data",
                        format!("bool byte {b} is neither 0 nor 1"),
                    ));
                }
            };
        }
        Ok(())
    }

    fn read_into<R: Read + ?Sized>(
        reader: &mut R,
        order: ByteOrder,
        out: &mut [Self],
    ) -> Result<(), Error> {
        let mut buf = [0u8; 4096];
        for chunk in out.chunks_mut(buf.len()) {
            let raw = &mut buf[..chunk.len()];
            reader.read_exact(raw)?;
            Self::decode(raw, order, chunk)?;
        }
        Ok(())
    }

    fn write_le<W: Write + ?Sized>(data: &[Self], writer: &mut W) -> std::io::Result<()> {
        let mut buf = [0u8; 4096];
        for chunk in data.chunks(buf.len()) {
            for (b, &v) in buf.iter_mut().zip(chunk) {
                *b = u8::from(v);
            }
            writer.write_all(&buf[..chunk.len()])?;
        }
        Ok(())
    }
}

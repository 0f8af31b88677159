//! The one error type of every loader and saver in [`io`](super).

use super::DType;
use crate::Shape;
use core::fmt;
use std::string::String;
use std::vec::Vec;

/// The element type and shape of an array: what a tensor type expects, or what a file holds.
///
/// Displays as `f32 of shape (784, 128)` (NumPy's tuple notation: `()` for a scalar, `(5,)`
/// for a vector).
///
/// ```
/// use tensorial::io::{ArrayInfo, DType};
/// use tensorial::Rank2;
/// let info = ArrayInfo::of::<f32, Rank2<784, 128>>();
/// assert_eq!(info, ArrayInfo { dtype: DType::F32, shape: vec![784, 128] });
/// assert_eq!(info.to_string(), "f32 of shape (784, 128)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ArrayInfo {
    /// The element type.
    pub dtype: DType,
    /// The size of each axis.
    pub shape: Vec<usize>,
}

impl ArrayInfo {
    /// What a `Tensor<T, S, _>` expects. A [`Bcast`](crate::Bcast) axis expects size 1.
    ///
    /// ```
    /// use tensorial::io::ArrayInfo;
    /// use tensorial::{Bcast, Const};
    /// assert_eq!(ArrayInfo::of::<u8, (Const<3>, Bcast)>().shape, [3, 1]);
    /// ```
    #[must_use]
    pub fn of<T: super::IoElem, S: Shape>() -> Self {
        Self {
            dtype: T::DTYPE,
            shape: S::DIMS.as_ref().to_vec(),
        }
    }
}

impl fmt::Display for ArrayInfo {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} of shape ", self.dtype)?;
        write_shape(f, &self.shape)
    }
}

/// Writes `dims` as a Python tuple: `()`, `(5,)`, `(2, 3)`.
pub(crate) fn write_shape(f: &mut impl fmt::Write, dims: &[usize]) -> fmt::Result {
    match dims {
        [] => f.write_str("()"),
        [n] => write!(f, "({n},)"),
        [first, rest @ ..] => {
            write!(f, "({first}")?;
            for n in rest {
                write!(f, ", {n}")?;
            }
            f.write_str(")")
        }
    }
}

/// Why loading or saving data failed: the error of every loader in [`io`](super).
///
/// Errors are values, never panics: a truncated, malformed or hostile file gives
/// [`Invalid`](Self::Invalid), [`Unsupported`](Self::Unsupported) or [`Io`](Self::Io)
/// (`UnexpectedEof`), and allocates nothing the tensor type does not already fix.
///
/// ```
/// use tensorial::io::{ArrayInfo, DType, Error};
/// let err = Error::Mismatch {
///     array: None,
///     expected: ArrayInfo { dtype: DType::F32, shape: vec![784, 128] },
///     found: ArrayInfo { dtype: DType::F64, shape: vec![128, 784] },
/// };
/// assert_eq!(err.to_string(), "expected f32 of shape (784, 128), found f64 of shape (128, 784)");
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Reading or writing failed, or the data ended early (`UnexpectedEof`).
    Io(std::io::Error),
    /// The file's array has another element type or shape than the tensor type.
    Mismatch {
        /// The array's name in an archive (`.npz`, safetensors), if it has one.
        array: Option<String>,
        /// What the tensor type needs.
        expected: ArrayInfo,
        /// What the file holds.
        found: ArrayInfo,
    },
    /// The file's element type is valid in its format but has no tensor element type here
    /// (complex numbers, strings, structured records, …).
    UnsupportedDType {
        /// The array's name in an archive, if it has one.
        array: Option<String>,
        /// The type as the file spells it (`'<c8'`, `"[('x', '<f4')]"`).
        dtype: String,
    },
    /// No array of that name in the archive.
    NotFound {
        /// The name asked for.
        array: String,
        /// The names the archive holds.
        available: Vec<String>,
    },
    /// The file breaks its format: bad magic, a header that does not parse, lengths that do
    /// not add up, a CRC that does not match, …
    Invalid {
        /// The format or the part of it (`".npy header"`, `".npz"`).
        format: &'static str,
        /// What is wrong, in words.
        reason: String,
    },
    /// The file is valid but uses a feature this crate does not read (a compression method,
    /// encryption, a format version).
    Unsupported {
        /// The format (`".npy"`, `".npz"`).
        format: &'static str,
        /// What is not supported, in words.
        feature: String,
    },
}

impl Error {
    /// An [`Error::Invalid`].
    pub(crate) fn invalid(format: &'static str, reason: impl Into<String>) -> Self {
        Self::Invalid {
            format,
            reason: reason.into(),
        }
    }

    /// An [`Error::Unsupported`].
    pub(crate) fn unsupported(format: &'static str, feature: impl Into<String>) -> Self {
        Self::Unsupported {
            format,
            feature: feature.into(),
        }
    }

    /// Attaches an archive member's name to a [`Mismatch`](Self::Mismatch) or
    /// [`UnsupportedDType`](Self::UnsupportedDType) error (others are returned as they are).
    #[must_use]
    pub(crate) fn in_array(mut self, name: &str) -> Self {
        if let Self::Mismatch { array, .. } | Self::UnsupportedDType { array, .. } = &mut self {
            *array = Some(name.into());
        }
        self
    }
}

/// Checks a file's dtype and shape against the tensor type `Tensor<T, S, _>`: the rank and
/// every axis must be equal (a [`Bcast`](crate::Bcast) axis takes a file axis of size 1).
pub(crate) fn check_array<T: super::IoElem, S: Shape>(
    dtype: DType,
    shape: &[usize],
) -> Result<(), Error> {
    if dtype == T::DTYPE && shape == S::DIMS.as_ref() {
        return Ok(());
    }
    Err(Error::Mismatch {
        array: None,
        expected: ArrayInfo::of::<T, S>(),
        found: ArrayInfo {
            dtype,
            shape: shape.to_vec(),
        },
    })
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Io(e) => write!(f, "I/O error: {e}"),
            Self::Mismatch {
                array,
                expected,
                found,
            } => {
                if let Some(name) = array {
                    write!(f, "array `{name}`: ")?;
                }
                write!(f, "expected {expected}, found {found}")
            }
            Self::UnsupportedDType { array, dtype } => {
                if let Some(name) = array {
                    write!(f, "array `{name}`: ")?;
                }
                write!(
                    f,
                    "unsupported dtype {dtype} (tensors load bool, int8–int64, uint8–uint64, float32 and float64)"
                )
            }
            Self::NotFound { array, available } => {
                write!(f, "no array named `{array}` (the file holds: ")?;
                for (i, name) in available.iter().enumerate() {
                    let sep = if i == 0 { "" } else { ", " };
                    write!(f, "{sep}`{name}`")?;
                }
                f.write_str(")")
            }
            Self::Invalid { format, reason } => write!(f, "invalid {format}: {reason}"),
            Self::Unsupported { format, feature } => write!(f, "unsupported {format}: {feature}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Self::Io(e) => Some(e),
            _ => None,
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Self::Io(e)
    }
}

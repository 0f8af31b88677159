//! Errors of run-time conversions into typed tensors.

use core::fmt;

/// A slice or `Vec` had the wrong number of elements for the target shape.
///
/// ```
/// use tensorial::{LengthError, Rank2, Tensor};
/// let err = Tensor::<f32, Rank2<2, 3>>::from_slice(&[1.0; 5]).unwrap_err();
/// assert_eq!(err, LengthError { expected: 6, found: 5 });
/// assert_eq!(err.to_string(), "expected 6 elements for the tensor's shape, found 5");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct LengthError {
    /// Elements the shape needs (`NUMEL`).
    pub expected: usize,
    /// Elements given.
    pub found: usize,
}

impl fmt::Display for LengthError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "expected {} elements for the tensor's shape, found {}",
            self.expected, self.found
        )
    }
}

impl core::error::Error for LengthError {}

/// An array's run-time shape differs from the tensor type's shape (rank or a size).
///
/// ```
/// use tensorial::ShapeError;
/// let err = ShapeError { expected: vec![2, 3], found: vec![3, 2] };
/// assert_eq!(err.to_string(), "expected shape [2, 3], found [3, 2]");
/// ```
#[cfg(feature = "alloc")]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ShapeError {
    /// The tensor type's shape (`S::DIMS`).
    pub expected: alloc::vec::Vec<usize>,
    /// The shape found at run time.
    pub found: alloc::vec::Vec<usize>,
}

#[cfg(feature = "alloc")]
impl fmt::Display for ShapeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "expected shape {:?}, found {:?}",
            self.expected, self.found
        )
    }
}

#[cfg(feature = "alloc")]
impl core::error::Error for ShapeError {}

//! Conversions to and from other crates' arrays, each behind its own feature: `ndarray`,
//! `nalgebra`, `serde`.
//!
//! | crate | into a tensor | out of a tensor |
//! |---|---|---|
//! | `ndarray` | `Tensor::try_from(array)` (any layout, shape checked: `ShapeError`) | `x.as_ndarray()`, `x.as_ndarray_mut()` (no copy) |
//! | `nalgebra` | `Tensor::from(smatrix)` | `SMatrix::from(tensor)` |
//! | `serde` | `Deserialize` from nested sequences, shape checked | `Serialize` as nested sequences |

#[cfg(feature = "nalgebra")]
mod nalgebra;
#[cfg(feature = "ndarray")]
mod ndarray;
#[cfg(feature = "serde")]
mod serde;

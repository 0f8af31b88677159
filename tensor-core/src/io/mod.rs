//! Getting tensors in and out of the program: NumPy `.npy` and `.npz` files into typed tensors,
//! the shape and element type checked at load (feature `std`; `.npz` needs feature `npz`), and
//! Rust source for weights in flash ([`rust_source`], no allocator needed).
//!
//! A file's dtype and shape are only known at run time; a tensor's are fixed by its type. Every
//! loader compares the two and returns [`Error::Mismatch`] naming both when they differ, e.g.
//! `expected f32 of shape (784, 128), found f64 of shape (128, 784)`. The rank and every axis
//! must match exactly: a file of shape `(784,)` does not load as `Rank2<1, 784>`, and a
//! [`Bcast`](crate::Bcast) axis takes a file axis of size 1. Element types never convert: an
//! `f64` file loads as `f64` (then `.cast::<f32>()`).
//!
//! | from | into | how |
//! |---|---|---|
//! | `.npy` file, reader, bytes | `Tensor<T, S, K>` | [`Tensor::read_npy`](crate::Tensor::read_npy), [`Tensor::read_npy_from`](crate::Tensor::read_npy_from), [`Tensor::from_npy_bytes`](crate::Tensor::from_npy_bytes) |
//! | `Tensor<T, S, K>` | `.npy` file, writer, bytes | [`Tensor::write_npy`](crate::Tensor::write_npy), [`Tensor::write_npy_to`](crate::Tensor::write_npy_to), [`Tensor::to_npy_bytes`](crate::Tensor::to_npy_bytes) |
//! | `.npz` archive (`np.savez`, `np.savez_compressed`) | named tensors | `npz::Npz` (feature `npz`) |
//! | named tensors | `.npz` archive | `npz::NpzWriter` (feature `npz`) |
//! | named tensors | Rust `static` items | [`rust_source`] |
//!
//! Element types ([`IoElem`]): `bool`, `i8`–`i64`, `u8`–`u64`, `f32`, `f64`, in either byte
//! order. Data is read straight into the tensor's storage (a heap tensor's one allocation),
//! with no second full-size copy; byte order is fixed in place.
//!
//! **Hostile files** give an [`Error`], never a panic: headers are parsed by a small
//! hand-written parser with a bounded length, sizes are checked for overflow, nothing is
//! allocated before the file's shape has matched the tensor type, and compressed members are
//! inflated into exactly the space the tensor type fixes (a zip bomb stops there).
//!
//! ```
//! use tensorial::prelude::*;
//! let x = Tensor::<f32, Rank2<2, 3>>::arange();
//! let bytes = x.to_npy_bytes();                                   // np.save
//! let y = Tensor::<f32, Rank2<2, 3>>::from_npy_bytes(&bytes)?;    // np.load
//! assert_eq!(x, y);
//! let err = Tensor::<f64, Rank2<3, 2>>::from_npy_bytes(&bytes).unwrap_err();
//! assert_eq!(err.to_string(), "expected f64 of shape (3, 2), found f32 of shape (2, 3)");
//! # Ok::<(), tensorial::io::Error>(())
//! ```

#[cfg(feature = "std")]
mod dtype;
#[cfg(feature = "std")]
mod error;
#[cfg(feature = "std")]
pub mod npy;
#[cfg(feature = "npz")]
pub mod npz;
pub mod rust_source;
#[cfg(feature = "std")]
pub mod safetensors;
#[cfg(feature = "npz")]
mod zip;

#[cfg(feature = "std")]
pub use dtype::{ByteOrder, DType, IoElem};
#[cfg(feature = "std")]
pub(crate) use error::check_array;
#[cfg(feature = "std")]
pub use error::{ArrayInfo, Error};

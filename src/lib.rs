//! Const-generic, statically-shaped tensors: NumPy-like code whose shapes the compiler checks.
//!
//! `tensorial` is the one crate to depend on. It re-exports [`tensor_core`] (tensors, shapes,
//! storage, ops) and the `tensor!` literal.
//!
//! ```
//! use tensorial::prelude::*;
//! let x = tensor![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];       // Tensor<f64, Rank2<2, 3>>
//! let bias = tensor![0.5, 0.5, 0.5];                      // broadcasts over rows
//! let y = (&x + &bias).maximum(2.0);
//! assert_eq!(y.as_slice(), &[2.0, 2.5, 3.5, 4.5, 5.5, 6.5]);
//! ```
#![no_std]
#![deny(missing_docs)]

pub use tensor_core::*;

// The glob above loses `#[doc(hidden)]` on these macro-internal re-exports and would inline all
// of `num_traits` into these docs; explicit re-exports shadow the glob's.
/// The numeric traits behind the element bounds ([`FloatElem`] extends `num_traits::Float`).
#[doc(no_inline)]
pub use tensor_core::num_traits;
#[doc(hidden)]
pub use tensor_core::{__einsum_macro, __slice_macro, __tensor_literal};

/// The README's examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

/// Guides rendered into the API docs; their examples run as doc tests.
#[cfg(any(doc, doctest))]
pub mod guide {
    /// NumPy → tensorial cheat sheet (`docs/numpy.md`): every NumPy call of the tutorials the
    /// crate grew from, with its typed equivalent.
    #[doc = include_str!("../docs/numpy.md")]
    pub mod numpy_users {}

    /// Writing shape-, storage- and element-generic helpers (`docs/generic.md`): the bounds
    /// each kind of helper needs.
    #[doc = include_str!("../docs/generic.md")]
    pub mod generic_helpers {}
}

//! Elementwise ops, written once over [`Buffer`](crate::Buffer) slices for every storage kind.
//!
//! # Conventions
//! - Binary ops take the right-hand side as an [`Operand`]: a tensor, a reference to one, a
//!   [`View`](crate::View) (a row, column or slice, read in place), or a scalar (a rank-0 operand). Shapes broadcast by the rules of [`BroadcastShape`](crate::BroadcastShape);
//!   the result's shape and storage kind are computed by the types.
//! - Borrowed operands are never cloned. An owned left operand of the result's shape lends its
//!   storage to the result (`x + &y` on heap tensors allocates nothing).
//! - Methods taking `&self` return new tensors; `*_inplace`, `*Assign` and `zip_assign` write in place;
//!   `*_into` and `zip_map_into` write into a given output tensor (NumPy `out=`).
//! - Each op is a thin typed wrapper over a kernel in [`kernel`] so later layers (reductions,
//!   `einsum!`, autodiff) reuse the same loops.
//! - Shape ops whose output size stable Rust cannot compute in a type (`reshape`, `flatten`,
//!   `concatenate`, `stack`) take the output shape from the caller, by a type annotation or a
//!   turbofish, and check it: by trait bounds where possible (`cargo check` reports them), else
//!   by a `const` assertion (`cargo build` reports it). Their copies are [`layout`] kernels.
//!
//! ```
//! use tensorial::{tensor, Bcast, Const, Tensor};
//! let x = tensor![[1.0, 2.0], [3.0, 4.0]];
//! let bias = tensor![10.0, 20.0];               // shape (2,): broadcasts over rows
//! let scale: Tensor<f64, (Const<2>, Bcast)> = tensor![2.0, 3.0].new_axis::<1>();
//! let y = (&x + &bias) * &scale;
//! assert_eq!(y.as_slice(), &[22.0, 44.0, 39.0, 72.0]);
//! ```

mod arith;
mod average;
mod axes;
mod cast;
mod compare;
mod const_msg;
mod create;
mod dot_nd;
mod flip;
mod gather;
pub(crate) mod gemm;
mod join;
mod join_parts;
#[doc(hidden)] // internal: slice kernels under the typed ops, public for tests and benches
pub mod kernel;
#[doc(hidden)] // internal: slice kernels under the typed ops, public for tests and benches
pub mod layout;
mod linalg;
mod map;
mod nn;
mod operand;
mod permute;
mod reduce;
#[doc(hidden)] // internal: slice kernels under the typed ops, public for tests and benches
pub mod reduce_kernel;
pub(crate) mod reduce_whole;
mod reshape;
mod scalar_left;
mod sort;
mod tile;
mod unary;

pub use cast::CastElem;
pub(crate) use const_msg::Msg;
pub use create::{IndexElem, IndexRangeError, OneHot, meshgrid, meshgrid_ij};
pub use dot_nd::{DotNd, DotRhs};
pub use gather::{Indices, Points, Take};
pub use join::{ConcatParts, StackParts};
pub use join_parts::{ConcatList, PartsFit};
pub use linalg::{GemmElem, InnerAxis, InnerSizes, MatMul, MatMulShape, Tensordot, TensordotShape};
pub use map::{OpOutput, ZipOutput};
pub(crate) use map::{zip_new, zip_to};
pub use operand::Operand;
pub(crate) use permute::permutation;
pub use scalar_left::ScalarOnLeft;

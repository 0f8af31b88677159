//! Statically-shaped tensors: NumPy-like code whose shapes the compiler checks.
//!
//! This is the core crate of [`tensorial`](https://docs.rs/tensorial); depend on `tensorial`,
//! which re-exports everything here.
//!
//! # Design
//! - **Shapes are tuples of axis types** ([`Shape`]): [`Const<N>`] is an axis of size `N`, and
//!   [`Bcast`] is a size-1 axis that broadcasts. `Rank2<3, 4>` is `(Const<3>, Const<4>)`.
//!   One const parameter per axis is what stable Rust allows (no `generic_const_exprs`), and
//!   tuples let every trait be written once per rank by a `macro_rules!` table.
//! - **Broadcasting is trait resolution** ([`BroadcastShape`]): four impls per axis pair
//!   (`N×N`, `N×Bcast`, `Bcast×N`, `Bcast×Bcast`) and one impl per rank pair. Incompatible
//!   shapes fail `cargo check` with one message naming both shapes. `Const<1>` does *not*
//!   broadcast: a separate marker is the only overlap-free encoding on stable Rust, and it
//!   mirrors NumPy practice (`x[:, None]`, `keepdims=True`) — see [`Tensor::new_axis`].
//! - **Storage kinds** ([`Kind`]): [`Inline`] (the default) holds a nested array, is `Copy`,
//!   works without an allocator and in `const`/`static`; [`Heap`] (feature `alloc`) holds one
//!   zeroed allocation, so 157 MB tensors never touch the stack. Storage is chosen per tensor
//!   type: `Tensor<f32, Rank2<50_000, 784>, Heap>`. An op's result is inline only when all
//!   inputs are ([`Combine`]).
//! - **Axes are typed** ([`Axis<AX>`](Axis)): `x.sum_axis::<1>()` removes axis 1 from the
//!   result's type, `x.max_keepdims::<-1>()` turns the last axis into `Bcast` so the result
//!   broadcasts back (NumPy `keepdims=True`). An axis past the rank does not compile.
//! - **Sizes stable Rust cannot compute are named and checked**: `reshape`, `flatten`,
//!   `concatenate` and `stack` take the output shape from the caller (annotation or turbofish)
//!   and prove it: by trait bounds where possible (`cargo check`), else by a `const` assertion
//!   (`cargo build`). NumPy slices [`s!`]`(x[1..-1, ..;2])` put a range's length in the type
//!   when the literals fix it, and otherwise infer it from the annotation and check it.
//! - **Views alias, copies are explicit**: [`View`]/[`ViewMut`] are strided borrows (rows,
//!   columns, stepped and reversed slices) usable as operands without copying; `to_tensor()`
//!   copies.
//! - **Matrix products are typed** ([`MatMulShape`]): the contracted axes must be the same type,
//!   so `(M, K) @ (K2, N)` with `K != K2` is one compile error naming both shapes; large `f32`/
//!   `f64` products run on the crate's packed GEMM (x86-64 with AVX-512F or AVX2 + FMA, under
//!   `std`; else on `matrixmultiply`), tiny inline ones on unrolled loops.
//! - **Typed `einsum!`** ([`einsum`](mod@einsum)): every label is an axis type, so a label with
//!   two sizes fails `cargo check` naming the label and both sizes; the contraction order is
//!   planned by a `const fn` from the const sizes, and pairwise steps run on the GEMM.
//! - **Ops are written once** as slice kernels (`ops::kernel`, internal) under thin typed wrappers, so
//!   `einsum!` and autodiff can reuse them.
//!
//! The [`Tensor`] page has a [map of its methods by topic](Tensor#methods-by-topic).
//!
//! ```
//! use tensorial::{tensor, Bcast, Const, Tensor};
//! let x = tensor![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];          // (2, 3)
//! let means: Tensor<f64, (Const<2>,)> = tensor![2.0, 5.0];   // (2,)
//! // let bad = &x - &means;  // error: shapes `(Const<2>, Const<3>)` and `(Const<2>,)` are not broadcast-compatible
//! let centered = &x - &means.new_axis::<1>();                // (2, 3) - (2, Bcast)
//! assert_eq!(centered.as_slice(), &[-1.0, 0.0, 1.0, -1.0, 0.0, 1.0]);
//! ```
#![no_std]
#![deny(missing_docs)]
#![warn(clippy::pedantic)]
#![allow(
    clippy::must_use_candidate,
    clippy::module_name_repetitions,
    clippy::return_self_not_must_use,
    clippy::many_single_char_names,
    clippy::needless_pass_by_value // operands are taken by value so `x + &y` and `x + 2.0` share one API
)]

#[cfg(feature = "alloc")]
extern crate alloc;
#[cfg(feature = "std")]
extern crate std;

#[cfg(feature = "alloc")]
pub mod autodiff;
mod construct;
pub mod einsum;
mod elem;
mod error;
mod fmt;
mod index;
mod interop;
pub mod io;
pub mod ops;
pub mod parallel;
mod random;
mod shape;
mod storage;
mod tensor;
pub mod view;

pub use elem::{Elem, FloatElem, IntElem};
pub use error::LengthError;
#[cfg(feature = "alloc")]
pub use error::ShapeError;
/// The numeric traits behind the element bounds ([`FloatElem`] extends `num_traits::Float`).
#[doc(no_inline)]
pub use num_traits;
pub use ops::{ConcatParts, StackParts};
pub use ops::{GemmElem, MatMul, MatMulShape, Tensordot, TensordotShape};
pub use ops::{IndexElem, IndexRangeError, OneHot, meshgrid, meshgrid_ij};
pub use ops::{Indices, Points, Take};
pub use ops::{Operand, ZipOutput};
pub use random::{RandomFloat, RandomInt, SeededRng};
pub use shape::{AppendAxis, Concat, ReplaceAxis, Replaced};
pub use shape::{
    Axis, Bcast, Broadcast, BroadcastDim, BroadcastFrom, BroadcastShape, BroadcastTo,
    BroadcastWith, Const, Dim, DimBroadcastTo, InsertAxis, Rank0, Rank1, Rank2, Rank3, Rank4,
    Rank5, Rank6, Shape,
};
pub use shape::{ConcatPart, InsertAxisBack, MinRank, SameShape, SizeOne, StackAxis, SwapAxes};
pub use storage::{
    Buffer, Combine, CombineWith, Combined, Inline, InlineBuf, Kind, MAX_INLINE_BYTES,
};
#[cfg(feature = "alloc")]
pub use storage::{Heap, HeapBuf};
pub use tensor::Tensor;
pub use view::{View, ViewMut};

/// A tensor literal: nested brackets give the shape, literals (or context) the element type.
///
/// ```
/// use tensorial::{tensor, Rank2, Tensor};
/// let x = tensor![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
/// let _: &Tensor<f64, Rank2<2, 3>> = &x;
/// static W: Tensor<f32, Rank2<2, 2>> = tensor![[1.0, 0.0], [0.0, 1.0]];
/// let s = tensor!(scalar 2.5);
/// assert_eq!(s.shape(), []);
/// ```
///
/// A ragged literal is a compile error pointing at the row:
/// ```compile_fail
/// let x = tensorial::tensor![[1, 2, 3], [4, 5]]; // row 1 has 2 elements, expected 3
/// ```
#[macro_export]
macro_rules! tensor {
    ($($tokens:tt)*) => {
        $crate::__tensor_literal!($crate; $($tokens)*)
    };
}

/// NumPy slice syntax, as a [`View`]: `s!(x[.., 1..3, ..;2])` is NumPy `x[:, 1:3, ::2]`.
///
/// Each index is, in NumPy's order:
///
/// | NumPy | `s!` | result |
/// |---|---|---|
/// | `i`, `-1` | `i`, `-1` (integer literals) | the axis leaves the shape |
/// | `a:b`, `a:`, `:b`, `:` | `a..b`, `a..`, `..b`, `..` | stop-based, negative counts from the end |
/// | `a:b:k`, `::-1` | `a..b;k`, `..;-1` | a step after `;` |
/// | `None`, `np.newaxis` | `None` | a new [`Bcast`] axis |
/// | `...` | `...` | the axes no index names |
///
/// Fewer indices than axes leave the last axes whole, as in NumPy. The view borrows the
/// tensor (or view) and copies nothing; [`View::to_tensor`] copies. [`s_mut!`](crate::s_mut)
/// gives a [`ViewMut`].
///
/// **Checked at compile time.** Too many indices fail `cargo check` ("too many indices: 3
/// axes are indexed, but shape `(Const<2>, Const<3>)` has fewer"). An index or bound outside
/// the axis fails `cargo build`, naming the index, axis and size; unlike NumPy, a bound past
/// the end is an error, not clamped. A zero step, `..=` or two `...` are syntax errors.
///
/// **Lengths.** When the literals fix a range's length (`1..3`, `-3..-1`, `..2`, `-2..`,
/// `4..;-2`), it is in the type; the whole axis (`..`, `..;-1`) keeps its type. A length that
/// depends on the axis size (`1..`, `..-1`, `1..-1`, `..;2`) cannot be computed in a type on
/// stable Rust: it is inferred from the result's annotation or use and checked at build time,
/// so a wrong annotation does not compile either. See [`view`](crate::view) for the design.
///
/// ```
/// use tensorial::{s, tensor, Bcast, Const, Rank2, View};
/// let x = tensor![[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]];       // (3, 4)
/// assert_eq!(s!(x[.., 1..3]), tensor![[1, 2], [5, 6], [9, 10]]);   // x[:, 1:3]
/// assert_eq!(s!(x[-1, ..;-1]), tensor![11, 10, 9, 8]);             // x[-1, ::-1]
/// assert_eq!(s!(x[..., 0]), tensor![0, 4, 8]);                     // x[..., 0]
/// let col: View<'_, i32, (Const<3>, Bcast)> = s!(x[.., 2, None]);  // x[:, 2, None]
/// assert_eq!(col.shape(), [3, 1]);
/// // The length of `1..` depends on the axis size: annotate it (checked).
/// let inner: View<'_, i32, Rank2<2, 2>> = s!(x[1.., 1..;2]);       // x[1:, 1::2]
/// assert_eq!(inner, tensor![[5, 7], [9, 11]]);
/// ```
///
/// **On tracked values.** `s!` on an [`autodiff::Var`] (feature `alloc`) gives a `Var` (a
/// copy), with the same indices and checks; the gradient is scattered back into zeros.
///
/// ```
/// use tensorial::{autodiff::Var, s, tensor};
/// let x = Var::param(tensor![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]);
/// let g = s!(x[.., 1..3]).sum().backward().wrt(&x);                // x[:, 1:3]
/// assert_eq!(g, tensor![[0.0, 1.0, 1.0], [0.0, 1.0, 1.0]]);
/// ```
///
/// A bound past the end does not build:
///
/// ```compile_fail,E0080
/// use tensorial::{s, tensor};
/// let x = tensor![1, 2, 3];
/// let _ = s!(x[1..4]); // NumPy gives [2, 3]; here: "bound 4 is outside -3..=3"
/// ```
#[macro_export]
macro_rules! s {
    ($($tokens:tt)*) => {
        $crate::__slice_macro!($crate; ref; $($tokens)*)
    };
}

/// NumPy slice syntax, as a [`ViewMut`]: writes change the source (NumPy `x[:, 1:3] = 0`).
///
/// Takes the same indices as [`s!`](crate::s).
///
/// ```
/// use tensorial::{s_mut, tensor};
/// let mut x = tensor![[1, 2, 3], [4, 5, 6]];
/// s_mut!(x[.., 1..3]).fill(0);      // x[:, 1:3] = 0
/// s_mut!(x[-1, ..;-1]).assign(&tensor![7, 8, 9]); // x[-1, ::-1] = [7, 8, 9]
/// assert_eq!(x, tensor![[1, 0, 0], [9, 8, 7]]);
/// ```
#[macro_export]
macro_rules! s_mut {
    ($($tokens:tt)*) => {
        $crate::__slice_macro!($crate; mut; $($tokens)*)
    };
}

#[doc(hidden)]
pub use tensor_macros::tensor_literal as __tensor_literal;

#[doc(hidden)]
pub use tensor_macros::slice as __slice_macro;

#[doc(hidden)]
pub use tensor_macros::einsum as __einsum_macro;

/// The common imports: `use tensorial::prelude::*;`.
pub mod prelude {
    #[cfg(feature = "alloc")]
    pub use crate::Heap;
    #[cfg(feature = "alloc")]
    pub use crate::autodiff::TakeVar;
    pub use crate::{
        Bcast, Const, Elem, FloatElem, Inline, Kind, OneHot, Rank0, Rank1, Rank2, Rank3, Rank4,
        Rank5, Rank6, SeededRng, Shape, Take, Tensor, View, ViewMut, einsum, einsum_into,
        einsum_path, meshgrid, s, s_mut, tensor,
    };
}

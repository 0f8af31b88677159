//! Procedural macros of [`tensorial`](https://docs.rs/tensorial): the `tensor!` literal, typed
//! `einsum!` and NumPy slice syntax `s!`.
//!
//! Each macro is a thin shim over parse → check → expand, returning spanned errors as
//! `compile_error!` (never a panic). Users call the `tensor!` wrapper re-exported by
//! `tensorial` (or `tensor_core`), which passes its `$crate` path in so the output names the right crate.

mod check;
mod einsum;
mod expand;
mod parse;
mod slice;

use proc_macro::TokenStream;

/// Builds an inline tensor from a nested-bracket literal: `$crate; [[1, 2], [3, 4]]`.
///
/// Call it through `tensorial::tensor!`, which supplies the crate path:
///
/// ```
/// use tensorial::{tensor, Rank2, Tensor};
/// let x: Tensor<i64, Rank2<2, 2>> = tensor![[1, 2], [3, 4]];
/// assert_eq!(x[[1, 0]], 3);
/// ```
#[proc_macro]
pub fn tensor_literal(input: TokenStream) -> TokenStream {
    syn::parse_macro_input!(input as parse::TensorLiteral)
        .check()
        .and_then(|lit| expand::tensor_literal(&lit))
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// Typed Einstein summation: `$crate; MODE; SUBSCRIPTS, OPERANDS [; OPTIONS]`.
///
/// Call it through `tensorial::einsum!` (or `einsum_into!`, `einsum_path!`), which supply the
/// crate path and the mode:
///
/// ```
/// use tensorial::{einsum, tensor};
/// let a = tensor![[1, 2], [3, 4]];
/// assert_eq!(einsum!("ij,jk->ik", a, a).as_slice(), &[7, 10, 15, 22]);
/// ```
#[proc_macro]
pub fn einsum(input: TokenStream) -> TokenStream {
    einsum::einsum(input.into())
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

/// NumPy slice syntax: `$crate; ref|mut; EXPR[INDICES]`.
///
/// Call it through `tensorial::s!` or `tensorial::s_mut!`, which supply the crate path and
/// the mode:
///
/// ```
/// use tensorial::{s, tensor};
/// let x = tensor![[1, 2, 3], [4, 5, 6]];
/// assert_eq!(s!(x[.., 1..3]), tensor![[2, 3], [5, 6]]);
/// ```
#[proc_macro]
pub fn slice(input: TokenStream) -> TokenStream {
    slice::slice(input.into())
        .unwrap_or_else(syn::Error::into_compile_error)
        .into()
}

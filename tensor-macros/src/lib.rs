//! Procedural macros of [`tensorial`](https://docs.rs/tensorial): the `tensor!` literal.
//!
//! Each macro is a thin shim over parse → check → expand, returning spanned errors as
//! `compile_error!` (never a panic). Users call the `tensor!` wrapper re-exported by
//! `tensor_core`/`tensorial`, which passes its `$crate` path in so the output names the right crate.

mod check;
mod expand;
mod parse;

use proc_macro::TokenStream;

/// Builds an inline tensor from a nested-bracket literal: `$crate; [[1, 2], [3, 4]]`.
///
/// Call it through `tensor_core::tensor!`, which supplies the crate path:
///
/// ```
/// use tensor_core::{tensor, Rank2, Tensor};
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

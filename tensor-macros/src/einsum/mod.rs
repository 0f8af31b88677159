//! `einsum!`: parse → check → plan → expand.
//!
//! - [`parse`]: the subscripts (NumPy string or words), operands and options;
//! - [`check`]: operand count, ellipses, output labels, options; labels numbered;
//! - [`plan`]: where each label occurs, and the loop nest of the direct path;
//! - [`expand`]: the typed function, the `const` plan and the loops.

mod check;
mod expand;
mod parse;
mod plan;

use proc_macro2::TokenStream;

/// Expands `einsum!`, `einsum_into!` or `einsum_path!` input.
pub fn einsum(input: TokenStream) -> syn::Result<TokenStream> {
    let input: parse::EinsumInput = syn::parse2(input)?;
    let checked = check::check(&input)?;
    let plan = plan::plan(&checked);
    expand::expand(&input, &checked, &plan)
}

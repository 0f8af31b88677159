//! Expanding `s!`: a view of the source, then one call per planned step, each spanned at the
//! index it comes from so build-time errors point there.

use super::check::{Len, Step, Steps};
use super::parse::SliceInput;
use proc_macro2::{Literal, TokenStream};
use quote::{quote, quote_spanned};

/// A bound as a const argument (`OPEN` when absent).
fn bound(krate: &TokenStream, b: Option<isize>) -> TokenStream {
    match b {
        Some(v) => isize_arg(v),
        None => quote!({ #krate::view::OPEN }),
    }
}

/// An `isize` const argument.
fn isize_arg(v: isize) -> TokenStream {
    let lit = Literal::isize_suffixed(v);
    quote!({ #lit })
}

/// The chained calls.
pub fn expand(input: &SliceInput, steps: &Steps) -> TokenStream {
    let krate = &input.krate;
    let source = &input.source;
    let view = if input.mutable {
        quote!(__s_view_mut)
    } else {
        quote!(__s_view)
    };
    let axes = steps.axes;
    let mut out = quote!((#source).#view().__s_axes::<#axes>());
    for step in &steps.steps {
        let call = match step {
            Step::Range {
                axis,
                start,
                stop,
                step,
                len,
                span,
            } => {
                let (ax, a, b, k) = (
                    isize_arg(*axis),
                    bound(krate, *start),
                    bound(krate, *stop),
                    isize_arg(*step),
                );
                match len {
                    Len::Whole => quote_spanned!(*span=> .__s_range_whole::<#ax, #a, #b, #k>()),
                    Len::Known(n) => {
                        quote_spanned!(*span=> .__s_range::<#ax, #a, #b, #k, #krate::Const<#n>>())
                    }
                    Len::Inferred => {
                        quote_spanned!(*span=> .__s_range::<#ax, #a, #b, #k, #krate::Const<_>>())
                    }
                }
            }
            Step::Int { axis, value, span } => {
                let (ax, i) = (isize_arg(*axis), isize_arg(*value));
                quote_spanned!(*span=> .__s_index::<#ax, #i>())
            }
            Step::NewAxis { pos, span } => quote_spanned!(*span=> .__s_new_axis::<#pos>()),
            Step::NewAxisBack { back, span } => {
                quote_spanned!(*span=> .__s_new_axis_back::<#back>())
            }
        };
        out.extend(call);
    }
    out
}

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

#[cfg(test)]
mod tests {
    use super::einsum;
    use quote::quote;

    /// The message of the error `einsum!` gives for `input`, or `None` when it expands.
    fn error(input: proc_macro2::TokenStream) -> Option<String> {
        einsum(quote!(::k; einsum; #input))
            .err()
            .map(|e| e.to_string())
    }

    #[test]
    fn valid_equations_expand() {
        for input in [
            quote!("ij,jk->ik", a, b),
            quote!("ij,jk", a, b),
            quote!("...ij,...jk->...ik", a, b),
            quote!("i->ij", a; broadcast = [j]),
            quote!("i->ii", a),
            quote!(",i->i", s, v),
            quote!(batch seq feat, feat out -> batch seq out; x, w),
            quote!(r#type in, in out -> r#type out; x, w),
            quote!("ij,jk,kl->il", a, b, c; order = [(1, 2), (0, 1)]),
            quote!("a,b,c,d,e,f,g,h->abcdef", a, b, c, d, e, f, g, h),
        ] {
            assert_eq!(error(input.clone()), None, "{input}");
        }
    }

    #[test]
    fn each_mistake_has_its_own_message() {
        let cases = [
            (quote!("ij,jk->ik", a), "name 2 operand(s), but 1 are given"),
            (quote!("ij->ij", a, b), "name 1 operand(s), but 2 are given"),
            (
                quote!("ij->il", a),
                "output label `l` appears in no operand",
            ),
            (quote!("i.j->i", a), "an ellipsis is three dots"),
            (quote!("i->i->i", a), "the output follows one `->`"),
            (quote!("ij9", a), "labels are ASCII letters"),
            (quote!("......i->i", a), "more than one `...`"),
            (quote!("abcdefg->a", a), "more than 6 axes"),
            (quote!("i->ij", a; broadcast = [i]), "appears in an operand"),
            (quote!("i->i", a; broadcast = [j]), "is not in the output"),
            (quote!("i", a; broadcast = [j]), "needs an explicit output"),
            (
                quote!("i,i->", a, b; order = [(0, 2)]),
                "order step 0 is (0, 2)",
            ),
            (quote!("i,i->", a, b; order = []), "needs 1 pair(s)"),
            (quote!("i->i", a; colour = [red]), "unknown option"),
            (quote!(i j, j k -> i k, l; a, b), "the output has one term"),
            (quote!(i j -> j -> i; a), "one `->`"),
            (quote!(i j -> j i), "expected `;` and operands"),
            (quote!(), "expected subscripts and operands"),
            (quote!("ij"), "none is given"),
        ];
        for (input, want) in cases {
            let got = error(input.clone()).unwrap_or_default();
            assert!(got.contains(want), "{input}: got {got:?}, want {want:?}");
        }
    }

    #[test]
    fn garbage_never_panics() {
        let samples = [
            quote!("->"),
            quote!("", a),
            quote!(",,,", a),
            quote!(1 + 2),
            quote!(; ; ;),
            quote!("ij->ij", ; order),
            quote!("ij->ij", a; order = [(0)]),
            quote!("ij->ij", a; order = [(99999999999999999999999, 0)]),
            quote!("é->é", a),
            quote!(... -> ...; a),
            quote!("ij->ij", a;),
        ];
        for input in samples {
            let _ = einsum(quote!(::k; einsum; #input));
        }
    }
}

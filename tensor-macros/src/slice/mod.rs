//! `s!`/`s_mut!`: NumPy slice syntax, parse → check → expand.
//!
//! - [`parse`]: the tensor expression and its bracketed indices (`x[.., 1..3, ..;2]`);
//! - [`check`]: one ellipsis at most, at most 6 indexed axes; the output length of each range
//!   where it does not depend on the axis size;
//! - [`expand`]: one call per index on a view of the tensor (see
//!   `tensorial::view::numpy_slice` for the design).

mod check;
mod expand;
mod parse;

use proc_macro2::TokenStream;

/// Expands `s!`/`s_mut!` input: `$crate; ref|mut; EXPR[INDICES]`.
pub fn slice(input: TokenStream) -> syn::Result<TokenStream> {
    let input: parse::SliceInput = syn::parse2(input)?;
    let steps = check::check(&input)?;
    Ok(expand::expand(&input, &steps))
}

#[cfg(test)]
mod tests {
    use super::slice;
    use quote::quote;

    /// The message of the error `s!` gives for `input`, or `None` when it expands.
    fn error(input: proc_macro2::TokenStream) -> Option<String> {
        slice(quote!(::k; ref; #input)).err().map(|e| e.to_string())
    }

    /// The expansion of `s!` for `input`, as text without spaces.
    fn expansion(input: proc_macro2::TokenStream) -> String {
        slice(quote!(::k; ref; #input))
            .unwrap()
            .to_string()
            .replace(' ', "")
    }

    #[test]
    fn valid_indices_expand() {
        for input in [
            quote!(x[..]),
            quote!(x[]),
            quote!(x[.., 1..3, ..;2]),
            quote!(x[..., 0]),
            quote!(x[None, ..., -1..;-1, None]),
            quote!(a.b()[1, -2]),
            quote!((x + y)[-3..-1]),
            quote!(x[0, 1, 2, 3, 4, 5]),
        ] {
            assert_eq!(error(input.clone()), None, "{input}");
        }
    }

    #[test]
    fn each_mistake_has_its_own_message() {
        let cases = [
            (quote!(x[..;0]), "slice step must not be zero"),
            (
                quote!(x[..., 1, ...]),
                "an index can only have a single ellipsis (`...`)",
            ),
            (
                quote!(x[1..=3]),
                "stops are exclusive as in NumPy: write `1..4` for `1..=3`",
            ),
            (
                quote!(x[0, 1, 2, 3, 4, 5, 6]),
                "too many indices: 7 axes are indexed, but a tensor has at most 6",
            ),
            (quote!(x[k..3]), "slice bounds are integer literals"),
            (quote!(x[1;2]), "a step needs a range: write `1..;2`"),
            (
                quote!(x),
                "expected the tensor followed by its indices in brackets",
            ),
            (quote!([1, 2]), "expected a tensor before the brackets"),
            (quote!(x[99999999999999999999]), "integer out of range"),
        ];
        for (input, want) in cases {
            let got = error(input.clone()).unwrap_or_default();
            assert!(got.contains(want), "{input}: got {got:?}, want {want:?}");
        }
    }

    #[test]
    fn lengths_known_from_the_literals_are_in_the_type() {
        let e = expansion(quote!(x[1..3, -3..-1, ..2, -2.., 3..;-1, 5..1;-2]));
        for want in ["::k::Const<2usize>", "::k::Const<4usize>"] {
            assert!(e.contains(want), "{e} lacks {want}");
        }
        assert!(!e.contains("Const<_>"), "{e}");
    }

    #[test]
    fn lengths_that_depend_on_the_axis_are_inferred() {
        for input in [
            quote!(x[1..]),
            quote!(x[..-1]),
            quote!(x[1..-1]),
            quote!(x[..;2]),
            quote!(x[..3;-1]),
        ] {
            assert!(expansion(input.clone()).contains("Const<_>"), "{input}");
        }
        for input in [
            quote!(x[..]),
            quote!(x[0..]),
            quote!(x[..;-1]),
            quote!(x[-1..;-1]),
        ] {
            assert!(
                expansion(input.clone()).contains("__s_range_whole"),
                "{input}"
            );
        }
    }

    #[test]
    fn axes_count_from_the_front_before_the_ellipsis_and_from_the_end_after() {
        let e = expansion(quote!(x[1, None, 2.., ..., 0, None, ..]));
        // `1` and `2..` take axes 0 and 1; `0` and `..` take axes -2 and -1.
        assert!(e.contains("__s_axes::<4usize>()"), "{e}");
        assert!(e.contains("__s_range::<{1isize}"), "{e}");
        assert!(e.contains("__s_range_whole::<{-1isize}"), "{e}");
        assert!(e.contains("__s_index::<{0isize},{1isize}>"), "{e}");
        assert!(e.contains("__s_index::<{-2isize},{0isize}>"), "{e}");
        // `None` goes to output position 0 with `2..` after it; the back one has `..` after it.
        assert!(e.contains("__s_new_axis::<0usize>"), "{e}");
        assert!(e.contains("__s_new_axis_back::<1usize>"), "{e}");
    }
}

//! Expanding a checked literal to `Tensor::<_, (Const<..>, ..), Inline>::from_array([..])`.

use crate::check::Checked;
use crate::parse::{Body, List, Node};
use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};

/// The tokens of a checked `tensor!` literal.
pub fn tensor_literal(checked: &Checked) -> syn::Result<TokenStream> {
    let krate = &checked.lit.krate;
    let dims = checked.dims.iter().map(|&n| quote!(#krate::Const<#n>));
    let array = match &checked.lit.body {
        Body::Scalar(expr) => quote!(#expr),
        Body::List(list) => nested_array(list),
    };
    Ok(quote! {
        #krate::Tensor::<_, (#(#dims,)*), #krate::Inline>::from_array(#array)
    })
}

fn nested_array(list: &List) -> TokenStream {
    let items = list.items.iter().map(|item| match item {
        Node::Leaf(expr) => quote!(#expr),
        Node::Row(row) => nested_array(row),
    });
    quote_spanned!(list.span=> [#(#items),*])
}

#[cfg(test)]
mod tests {
    use crate::parse::TensorLiteral;
    use quote::quote;

    fn expand(input: proc_macro2::TokenStream) -> String {
        let lit: TensorLiteral = syn::parse2(input).unwrap();
        super::tensor_literal(&lit.check().unwrap())
            .unwrap()
            .to_string()
    }

    fn error(input: proc_macro2::TokenStream) -> String {
        let lit: TensorLiteral = syn::parse2(input).unwrap();
        lit.check().err().unwrap().to_string()
    }

    #[test]
    fn matrix_expands_to_from_array() {
        let want = quote! {
            k::Tensor::<_, (k::Const<2usize>, k::Const<3usize>,), k::Inline>::from_array(
                [[1., 2., 3.], [4., 5., 6.]]
            )
        };
        assert_eq!(
            expand(quote!(k; [1., 2., 3.], [4., 5., 6.])),
            want.to_string()
        );
    }

    #[test]
    fn scalar_and_vector() {
        let want = quote!(k::Tensor::<_, (), k::Inline>::from_array(x + 1));
        assert_eq!(expand(quote!(k; scalar x + 1)), want.to_string());
        let want = quote!(k::Tensor::<_, (k::Const<1usize>,), k::Inline>::from_array(
            [x]
        ));
        assert_eq!(expand(quote!(k; x)), want.to_string());
    }

    #[test]
    fn ragged_rows_are_reported() {
        assert_eq!(
            error(quote!(k; [1, 2, 3], [4, 5])),
            "row 1 has 2 elements, expected 3"
        );
        assert_eq!(
            error(quote!(k; [[1], [2]], [[3], [4, 5]])),
            "row [1, 1] has 2 elements, expected 1"
        );
        assert_eq!(
            error(quote!(k; [1, 2], 3)),
            "row 1 is an element, expected a row `[...]` like the others"
        );
    }

    #[test]
    fn rank_above_six_is_rejected() {
        let msg = error(quote!(k; [[[[[[1]]]]]]));
        assert_eq!(
            msg,
            "tensor! supports ranks 0 to 6; this literal has rank 7"
        );
    }
}

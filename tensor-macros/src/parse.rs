//! Parsing `tensor!` input: `$crate; <rows>` where rows nest in brackets and leaves are expressions.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::parse::{Parse, ParseStream};
use syn::{Expr, Token};

/// The parsed macro input.
pub struct TensorLiteral {
    /// Path of the tensor crate (`$crate` of the wrapper macro).
    pub krate: TokenStream,
    pub body: Body,
}

/// A rank-0 `scalar EXPR` literal or a (possibly nested) list of rows.
pub enum Body {
    Scalar(Box<Expr>),
    List(List),
}

/// One bracketed level: its items and the span of its brackets (call site for the outer level).
pub struct List {
    pub span: Span,
    pub items: Vec<Node>,
}

/// An element expression or a nested bracketed row.
pub enum Node {
    Leaf(Box<Expr>),
    Row(List),
}

impl Parse for TensorLiteral {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut krate = TokenStream::new();
        while !input.peek(Token![;]) {
            if input.is_empty() {
                return Err(input.error("internal: expected the crate path followed by `;`"));
            }
            krate.extend([input.parse::<TokenTree>()?]);
        }
        input.parse::<Token![;]>()?;
        let body = if input.peek(syn::Ident) && input.fork().parse::<syn::Ident>()? == "scalar" {
            input.parse::<syn::Ident>()?;
            let expr: Expr = input.parse()?;
            if !input.is_empty() {
                return Err(input.error("`tensor!(scalar x)` takes one expression"));
            }
            Body::Scalar(Box::new(expr))
        } else {
            Body::List(List {
                span: Span::call_site(),
                items: parse_items(input)?,
            })
        };
        Ok(Self { krate, body })
    }
}

/// Comma-separated items of one level; a bracket group is a nested row.
fn parse_items(input: ParseStream) -> syn::Result<Vec<Node>> {
    let mut items = Vec::new();
    while !input.is_empty() {
        let row = input.step(|cursor| match cursor.group(Delimiter::Bracket) {
            Some((inner, span, rest)) if is_item_end(rest) => {
                Ok((Some((inner.token_stream(), span.join())), rest))
            }
            _ => Ok((None, *cursor)),
        })?;
        let node = match row {
            Some((inner, span)) => Node::Row(List {
                span,
                items: syn::parse::Parser::parse2(parse_items, inner)?,
            }),
            None => Node::Leaf(Box::new(input.parse()?)),
        };
        items.push(node);
        if input.is_empty() {
            break;
        }
        if input.peek(Token![;]) {
            let msg = "`;` does not separate rows in `tensor!`: nest rows in brackets, as in `tensor![[1, 2], [3, 4]]`";
            return Err(input.error(msg));
        }
        if matches!(items.last(), Some(Node::Row(_))) && input.peek(syn::token::Bracket) {
            return Err(input.error("expected `,` between rows"));
        }
        input.parse::<Token![,]>()?;
    }
    Ok(items)
}

/// A bracket group is a row when a comma, another row (a missing comma, reported by the
/// caller) or the end follows it; otherwise it starts an expression such as `[1, 2][0]`.
fn is_item_end(rest: syn::buffer::Cursor) -> bool {
    rest.eof()
        || rest
            .punct()
            .is_some_and(|(p, _)| matches!(p.as_char(), ',' | ';'))
        || rest.group(Delimiter::Bracket).is_some()
}

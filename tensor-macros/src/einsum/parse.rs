//! Parsing `einsum!` input: `$crate; MODE; [OUT,] SUBSCRIPTS OPERANDS [; OPTIONS]`.
//!
//! Subscripts are a NumPy string (`"ij,jk->ik", a, b`) or words (`i j, j k -> i k; a, b`).
//! Options are `broadcast = [labels]` and `order = [(i, j), ...]`.

use proc_macro2::{Span, TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::punctuated::Punctuated;
use syn::{Expr, Ident, LitInt, LitStr, Token, bracketed, parenthesized};

/// What the macro produces.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `einsum!`: a new tensor.
    Einsum,
    /// `einsum_into!`: writes into its first argument.
    Into,
    /// `einsum_path!`: the plan.
    Path,
}

/// A label as written, with the span to report it at.
#[derive(Clone)]
pub struct Label {
    pub name: String,
    pub span: Span,
}

/// One item of a term's subscripts.
#[derive(Clone)]
pub enum Item {
    Label(Label),
    Ellipsis(Span),
}

/// The subscripts of each operand and, after `->`, of the output.
pub struct Subscripts {
    pub inputs: Vec<Vec<Item>>,
    pub output: Option<Vec<Item>>,
    /// Where to report problems of the subscripts as a whole.
    pub span: Span,
}

/// The parsed macro input.
pub struct EinsumInput {
    pub krate: TokenStream,
    pub mode: Mode,
    /// `einsum_into!`'s target.
    pub into: Option<Expr>,
    pub subscripts: Subscripts,
    pub operands: Vec<Expr>,
    /// Labels declared as output-only (`broadcast = [..]`).
    pub broadcast: Vec<Label>,
    /// A user contraction order (`order = [..]`) and its span.
    pub order: Option<(Vec<(usize, usize)>, Span)>,
}

impl Parse for EinsumInput {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut krate = TokenStream::new();
        while !input.peek(Token![;]) {
            if input.is_empty() {
                return Err(input.error("internal: expected the crate path followed by `;`"));
            }
            krate.extend([input.parse::<TokenTree>()?]);
        }
        input.parse::<Token![;]>()?;
        let mode_ident: Ident = input.parse()?;
        let mode = match mode_ident.to_string().as_str() {
            "einsum" => Mode::Einsum,
            "into" => Mode::Into,
            "path" => Mode::Path,
            _ => return Err(syn::Error::new(mode_ident.span(), "internal: unknown mode")),
        };
        input.parse::<Token![;]>()?;
        if input.is_empty() {
            return Err(input
                .error("expected subscripts and operands, e.g. `einsum!(\"ij,jk->ik\", a, b)`"));
        }
        let into = if mode == Mode::Into {
            let target: Expr = input.parse()?;
            input.parse::<Token![,]>().map_err(|e| {
                syn::Error::new(
                    e.span(),
                    "expected `,` after the output: `einsum_into!(&mut out, \"ij,jk->ik\", a, b)`",
                )
            })?;
            Some(target)
        } else {
            None
        };
        let subscripts = if input.peek(LitStr) {
            let lit: LitStr = input.parse()?;
            let subs = parse_string(&lit)?;
            if !input.is_empty() {
                input.parse::<Token![,]>()?;
            }
            subs
        } else {
            let subs = parse_words(input)?;
            if !input.is_empty() {
                input.parse::<Token![;]>()?;
            }
            subs
        };
        let mut operands = Vec::new();
        while !input.is_empty() && !input.peek(Token![;]) {
            operands.push(input.parse::<Expr>()?);
            if input.is_empty() || input.peek(Token![;]) {
                break;
            }
            input.parse::<Token![,]>()?;
        }
        let (mut broadcast, mut order) = (Vec::new(), None);
        if input.parse::<Option<Token![;]>>()?.is_some() {
            while !input.is_empty() {
                let key = Ident::parse_any(input)?;
                input.parse::<Token![=]>()?;
                match key.to_string().as_str() {
                    "broadcast" => {
                        let content;
                        bracketed!(content in input);
                        let labels = Punctuated::<Ident, Token![,]>::parse_terminated_with(
                            &content,
                            Ident::parse_any,
                        )?;
                        broadcast.extend(labels.into_iter().map(|l| Label {
                            name: l.to_string(),
                            span: l.span(),
                        }));
                    }
                    "order" => {
                        let content;
                        let brackets = bracketed!(content in input);
                        let pairs = Punctuated::<Pair, Token![,]>::parse_terminated(&content)?;
                        order = Some((
                            pairs.into_iter().map(|p| (p.0, p.1)).collect(),
                            brackets.span.join(),
                        ));
                    }
                    _ => {
                        return Err(syn::Error::new(
                            key.span(),
                            "unknown option: expected `broadcast = [labels]` or `order = [(i, j), ...]`",
                        ));
                    }
                }
                if !input.is_empty() {
                    input.parse::<Token![,]>()?;
                }
            }
        }
        Ok(Self {
            krate,
            mode,
            into,
            subscripts,
            operands,
            broadcast,
            order,
        })
    }
}

/// `(i, j)` of an order.
struct Pair(usize, usize);

impl Parse for Pair {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let content;
        parenthesized!(content in input);
        let a: LitInt = content.parse()?;
        content.parse::<Token![,]>()?;
        let b: LitInt = content.parse()?;
        Ok(Self(a.base10_parse()?, b.base10_parse()?))
    }
}

/// NumPy's subscript string: letters, `...`, `,`, `->`, spaces.
fn parse_string(lit: &LitStr) -> syn::Result<Subscripts> {
    let text = lit.value();
    let span = lit.span();
    let (lhs, rhs) = match text.split_once("->") {
        Some((l, r)) => (l, Some(r)),
        None => (text.as_str(), None),
    };
    let term = |s: &str| -> syn::Result<Vec<Item>> {
        let mut items = Vec::new();
        let mut rest = s;
        while let Some(c) = rest.chars().next() {
            if let Some(after) = rest.strip_prefix("...") {
                items.push(Item::Ellipsis(span));
                rest = after;
                continue;
            }
            if c.is_ascii_alphabetic() {
                items.push(Item::Label(Label {
                    name: c.to_string(),
                    span,
                }));
            } else if !c.is_whitespace() {
                let hint = match c {
                    '.' => "an ellipsis is three dots `...`",
                    '-' | '>' => "the output follows one `->`",
                    _ => {
                        "labels are ASCII letters; use the word form `einsum!(a b, b c -> a c; x, y)` for longer names"
                    }
                };
                return Err(syn::Error::new(
                    span,
                    format!("unexpected `{c}` in einsum subscripts `{text}`: {hint}"),
                ));
            }
            rest = &rest[c.len_utf8()..];
        }
        Ok(items)
    };
    let inputs = lhs.split(',').map(term).collect::<syn::Result<Vec<_>>>()?;
    let output = rhs.map(term).transpose()?;
    Ok(Subscripts {
        inputs,
        output,
        span,
    })
}

/// Word subscripts: identifiers and `...`, terms split by `,`, output after `->`, ending at `;`.
fn parse_words(input: ParseStream) -> syn::Result<Subscripts> {
    let span = input.span();
    let mut inputs = vec![Vec::new()];
    let mut output: Option<Vec<Item>> = None;
    while !input.is_empty() && !input.peek(Token![;]) {
        let current = match output.as_mut() {
            Some(out) => out,
            None => inputs.last_mut().expect("one term at least"),
        };
        if input.peek(Token![...]) {
            let dots: Token![...] = input.parse()?;
            current.push(Item::Ellipsis(dots.spans[0]));
        } else if input.peek(Token![->]) {
            let arrow: Token![->] = input.parse()?;
            if output.is_some() {
                return Err(syn::Error::new(
                    arrow.spans[0],
                    "einsum subscripts have one `->`",
                ));
            }
            output = Some(Vec::new());
        } else if input.peek(Token![,]) {
            let comma: Token![,] = input.parse()?;
            if output.is_some() {
                return Err(syn::Error::new(
                    comma.span,
                    "the output has one term; operands follow a `;`: `einsum!(i j, j k -> i k; a, b)`",
                ));
            }
            inputs.push(Vec::new());
        } else if input.peek(Ident::peek_any) {
            let ident = Ident::parse_any(input)?;
            current.push(Item::Label(Label {
                name: ident.unraw().to_string(),
                span: ident.span(),
            }));
        } else {
            return Err(
                input.error("expected a label, `...`, `,`, `->` or `;` in einsum subscripts")
            );
        }
    }
    if input.is_empty() {
        return Err(syn::Error::new(
            span,
            "expected `;` and operands after the subscripts: `einsum!(i j, j k -> i k; a, b)`",
        ));
    }
    Ok(Subscripts {
        inputs,
        output,
        span,
    })
}

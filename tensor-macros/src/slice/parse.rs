//! Parsing `s!` input: `$crate; ref|mut; EXPR[INDEX, ...]`, each index an integer, a range
//! `start..stop;step` (parts optional), `None` or `...`.

use proc_macro2::{Delimiter, Span, TokenStream, TokenTree};
use syn::parse::{ParseStream, Parser};
use syn::punctuated::Punctuated;
use syn::{Expr, LitInt, Token};

/// One index inside the brackets, with the span to report it at.
pub enum Index {
    /// An integer: the axis leaves the result.
    Int { value: isize, span: Span },
    /// `start..stop;step`; absent bounds are `None`.
    Range {
        start: Option<isize>,
        stop: Option<isize>,
        step: isize,
        span: Span,
    },
    /// `None`: a new broadcast axis.
    NewAxis(Span),
    /// `...`: the axes no index names.
    Ellipsis(Span),
}

impl Index {
    /// Where the index was written.
    pub fn span(&self) -> Span {
        match self {
            Self::Int { span, .. }
            | Self::Range { span, .. }
            | Self::NewAxis(span)
            | Self::Ellipsis(span) => *span,
        }
    }
}

/// The parsed macro input.
pub struct SliceInput {
    /// Path of the tensor crate (`$crate` of the wrapper macro).
    pub krate: TokenStream,
    /// `s_mut!`: a mutable view.
    pub mutable: bool,
    /// The tensor or view being sliced.
    pub source: Expr,
    /// The indices, in order.
    pub indices: Vec<Index>,
}

impl syn::parse::Parse for SliceInput {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut krate = TokenStream::new();
        while !input.peek(Token![;]) {
            if input.is_empty() {
                return Err(input.error("internal: expected the crate path followed by `;`"));
            }
            krate.extend([input.parse::<TokenTree>()?]);
        }
        input.parse::<Token![;]>()?;
        let mutable = input.parse::<Option<Token![mut]>>()?.is_some();
        if !mutable {
            input.parse::<Token![ref]>()?;
        }
        input.parse::<Token![;]>()?;
        let mut tokens: Vec<TokenTree> = Vec::new();
        while !input.is_empty() {
            tokens.push(input.parse()?);
        }
        let expected =
            "expected the tensor followed by its indices in brackets, as in `s!(x[.., 1..3])`";
        let group = match tokens.pop() {
            Some(TokenTree::Group(g)) if g.delimiter() == Delimiter::Bracket => g,
            Some(other) => return Err(syn::Error::new(other.span(), expected)),
            None => return Err(input.error(expected)),
        };
        if tokens.is_empty() {
            return Err(syn::Error::new(
                group.span(),
                "expected a tensor before the brackets, as in `s!(x[.., 1..3])`",
            ));
        }
        let source: Expr = syn::parse2(tokens.into_iter().collect())?;
        let indices = Punctuated::<Index, Token![,]>::parse_terminated
            .parse2(group.stream())?
            .into_iter()
            .collect();
        Ok(Self {
            krate,
            mutable,
            source,
            indices,
        })
    }
}

impl syn::parse::Parse for Index {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let span = input.span();
        if input.peek(Token![...]) {
            input.parse::<Token![...]>()?;
            return Ok(Self::Ellipsis(span));
        }
        if input.peek(syn::Ident) && input.fork().parse::<syn::Ident>()? == "None" {
            input.parse::<syn::Ident>()?;
            return Ok(Self::NewAxis(span));
        }
        let start = if input.peek(Token![..]) {
            None
        } else {
            Some(int(input)?)
        };
        if input.peek(Token![..=]) {
            let dots: Token![..=] = input.parse()?;
            let fix = match (start, int(input)) {
                (Some(a), Ok(-1)) => format!("`{a}..` for `{a}..=-1`"),
                (Some(a), Ok(b)) => format!("`{a}..{}` for `{a}..={b}`", b.saturating_add(1)),
                _ => "`a..b` with `b` one past the last index".to_owned(),
            };
            return Err(syn::Error::new(
                dots.spans[0],
                format!("stops are exclusive as in NumPy: write {fix}"),
            ));
        }
        if !input.peek(Token![..]) {
            if input.peek(Token![;]) {
                let a = start.unwrap_or_default();
                return Err(input.error(format!(
                    "a step needs a range: write `{a}..;2` for NumPy `{a}::2`"
                )));
            }
            let value = start.unwrap_or_default();
            return Ok(Self::Int { value, span });
        }
        input.parse::<Token![..]>()?;
        let stop = if input.peek(Token![-]) || input.peek(LitInt) {
            Some(int(input)?)
        } else if input.is_empty() || input.peek(Token![,]) || input.peek(Token![;]) {
            None
        } else {
            return Err(input.error(BOUNDS));
        };
        let step = if input.peek(Token![;]) {
            input.parse::<Token![;]>()?;
            let step_span = input.span();
            let step = int(input)?;
            if step == 0 {
                return Err(syn::Error::new(
                    step_span,
                    "slice step must not be zero: `..;-1` walks backwards, `..;2` takes every other element",
                ));
            }
            step
        } else {
            1
        };
        Ok(Self::Range {
            start,
            stop,
            step,
            span,
        })
    }
}

/// The error for a bound that is not an integer literal.
const BOUNDS: &str = "slice bounds are integer literals (the result's length is computed from them); \
                      for a start known only at run time use `window::<AX, LEN>(start)`";

/// An optionally negative integer literal.
fn int(input: ParseStream) -> syn::Result<isize> {
    let negative = input.parse::<Option<Token![-]>>()?.is_some();
    if !input.peek(LitInt) {
        return Err(input.error(BOUNDS));
    }
    let lit: LitInt = input.parse()?;
    let magnitude: i128 = lit.base10_parse()?;
    let value = if negative { -magnitude } else { magnitude };
    // isize::MIN marks an absent bound in the generated code.
    match isize::try_from(value) {
        Ok(v) if v != isize::MIN => Ok(v),
        _ => Err(syn::Error::new(
            lit.span(),
            "integer out of range for an index",
        )),
    }
}

//! Checking a parsed literal: every row at a level has the same length, rows and elements do not
//! mix, and the rank is at most 6. All problems are reported together, each at its row.

use crate::parse::{Body, List, Node, TensorLiteral};

/// The highest rank `tensor!` accepts (the highest rank of a shape).
pub const MAX_RANK: usize = 6;

impl TensorLiteral {
    /// Returns the literal with its shape computed, or every shape error found.
    pub fn check(self) -> syn::Result<Checked> {
        let dims = match &self.body {
            Body::Scalar(_) => Vec::new(),
            Body::List(list) => {
                let mut errors = Vec::new();
                let mut dims = Vec::new();
                shape_of(list, &mut dims, &mut Vec::new(), &mut errors);
                if let Some(e) = errors.into_iter().reduce(|mut a, b| {
                    a.combine(b);
                    a
                }) {
                    return Err(e);
                }
                if dims.len() > MAX_RANK {
                    let msg = format!(
                        "tensor! supports ranks 0 to {MAX_RANK}; this literal has rank {}",
                        dims.len()
                    );
                    return Err(syn::Error::new(list.span, msg));
                }
                dims
            }
        };
        Ok(Checked { lit: self, dims })
    }
}

/// A literal whose rows are regular, with its dims (outermost first).
pub struct Checked {
    pub lit: TensorLiteral,
    pub dims: Vec<usize>,
}

/// Records the dims of `list` into `dims` (first row seen defines each level) and pushes an
/// error for every row that disagrees. `path` is the index path of `list`.
fn shape_of(
    list: &List,
    dims: &mut Vec<usize>,
    path: &mut Vec<usize>,
    errors: &mut Vec<syn::Error>,
) {
    let level = path.len();
    match dims.get(level) {
        None => dims.push(list.items.len()),
        Some(&expected) if expected != list.items.len() => {
            let n = list.items.len();
            let plural = if n == 1 { "" } else { "s" };
            let msg = format!(
                "{} has {n} element{plural}, expected {expected}",
                row_name(path)
            );
            errors.push(syn::Error::new(list.span, msg));
            return;
        }
        Some(_) => {}
    }
    let rows = list
        .items
        .iter()
        .filter(|n| matches!(n, Node::Row(_)))
        .count();
    if rows == 0 {
        if dims.len() > level + 1 {
            let msg = format!(
                "{} holds elements where rows `[...]` were expected",
                row_name(path)
            );
            errors.push(syn::Error::new(list.span, msg));
        }
        return;
    }
    for (i, item) in list.items.iter().enumerate() {
        path.push(i);
        match item {
            Node::Row(row) => shape_of(row, dims, path, errors),
            Node::Leaf(expr) => {
                let msg = format!(
                    "{} is an element, expected a row `[...]` like the others",
                    row_name(path)
                );
                errors.push(syn::Error::new_spanned(expr, msg));
            }
        }
        path.pop();
    }
}

/// `row 1`, `row [0, 2]`, or `the literal` for the outermost level.
fn row_name(path: &[usize]) -> String {
    match path {
        [] => "the literal".to_string(),
        [i] => format!("row {i}"),
        _ => format!("row {path:?}"),
    }
}

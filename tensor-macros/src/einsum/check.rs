//! Checking `einsum!` subscripts: operand count, ellipses, output labels, options. Every error
//! is spanned at the offending label, operand or option.

use super::parse::{EinsumInput, Item, Label};
use proc_macro2::Span;
use std::collections::BTreeMap;

/// Most operands (the run-time's `MAX_OPERANDS`).
const MAX_OPERANDS: usize = 16;
/// Most named labels (64 minus 6 ellipsis labels).
const MAX_NAMED: usize = 58;
/// Most axes of a tensor.
const MAX_RANK: usize = 6;

/// One term with its labels numbered.
pub struct Term {
    pub front: Vec<u8>,
    pub ellipsis: bool,
    pub back: Vec<u8>,
}

impl Term {
    /// Labels in subscript order (front then back).
    pub fn labels(&self) -> impl Iterator<Item = u8> + '_ {
        self.front.iter().chain(&self.back).copied()
    }
}

/// A checked equation.
pub struct Checked {
    /// Label names by number.
    pub names: Vec<String>,
    pub inputs: Vec<Term>,
    pub output: Term,
    /// Output-only labels.
    pub broadcast: Vec<u8>,
    /// A user order, validated.
    pub order: Option<Vec<(usize, usize)>>,
}

impl Checked {
    /// A term written back as subscripts (`ij`, `...ij`, or `batch seq` for word labels).
    pub fn term_text(&self, term: &Term) -> String {
        let spaced = self.names.iter().any(|n| n.len() > 1);
        let mut parts: Vec<String> = term
            .front
            .iter()
            .map(|&l| self.names[l as usize].clone())
            .collect();
        if term.ellipsis {
            parts.push("...".into());
        }
        parts.extend(term.back.iter().map(|&l| self.names[l as usize].clone()));
        parts.join(if spaced { " " } else { "" })
    }

    /// The whole equation written back.
    pub fn text(&self) -> String {
        let inputs: Vec<String> = self.inputs.iter().map(|t| self.term_text(t)).collect();
        format!("{}->{}", inputs.join(","), self.term_text(&self.output))
    }
}

/// Splits a term at its ellipsis.
fn split(items: &[Item], what: &str) -> syn::Result<(Vec<Label>, Option<Span>, Vec<Label>)> {
    let (mut front, mut back, mut ellipsis) = (Vec::new(), Vec::new(), None);
    for item in items {
        match item {
            Item::Label(l) if ellipsis.is_none() => front.push(l.clone()),
            Item::Label(l) => back.push(l.clone()),
            Item::Ellipsis(span) if ellipsis.is_some() => {
                return Err(syn::Error::new(
                    *span,
                    format!("{what} has more than one `...`"),
                ));
            }
            Item::Ellipsis(span) => ellipsis = Some(*span),
        }
    }
    if front.len() + back.len() > MAX_RANK {
        let span = back
            .last()
            .or(front.last())
            .map_or(Span::call_site(), |l| l.span);
        return Err(syn::Error::new(
            span,
            format!("{what} names more than {MAX_RANK} axes: tensors have at most {MAX_RANK}"),
        ));
    }
    Ok((front, ellipsis, back))
}

/// Checks `input` and numbers its labels.
pub fn check(input: &EinsumInput) -> syn::Result<Checked> {
    let subs = &input.subscripts;
    let (n_subs, n_ops) = (subs.inputs.len(), input.operands.len());
    if n_ops == 0 {
        return Err(syn::Error::new(
            subs.span,
            format!("the subscripts name {n_subs} operand(s), but none is given"),
        ));
    }
    if n_subs != n_ops {
        let msg = format!("the subscripts name {n_subs} operand(s), but {n_ops} are given");
        return Err(match input.operands.get(n_subs) {
            Some(extra) => syn::Error::new_spanned(extra, msg),
            None => syn::Error::new(subs.span, msg),
        });
    }
    if n_ops > MAX_OPERANDS {
        return Err(syn::Error::new_spanned(
            &input.operands[MAX_OPERANDS],
            format!("einsum takes at most {MAX_OPERANDS} operands"),
        ));
    }

    let mut names: Vec<String> = Vec::new();
    let number = |name: &str, names: &mut Vec<String>| -> u8 {
        match names.iter().position(|n| n == name) {
            Some(i) => i as u8,
            None => {
                names.push(name.to_string());
                (names.len() - 1) as u8
            }
        }
    };
    let mut inputs = Vec::new();
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut any_ellipsis = false;
    for (k, items) in subs.inputs.iter().enumerate() {
        let (front, ellipsis, back) = split(items, &format!("operand {k}'s subscripts"))?;
        any_ellipsis |= ellipsis.is_some();
        for l in front.iter().chain(&back) {
            *counts.entry(l.name.clone()).or_default() += 1;
        }
        inputs.push(Term {
            front: front.iter().map(|l| number(&l.name, &mut names)).collect(),
            ellipsis: ellipsis.is_some(),
            back: back.iter().map(|l| number(&l.name, &mut names)).collect(),
        });
    }
    let in_inputs = names.len();

    let mut broadcast = Vec::new();
    for l in &input.broadcast {
        if names[..in_inputs].contains(&l.name) {
            return Err(syn::Error::new(
                l.span,
                format!(
                    "label `{}` appears in an operand: only labels that no operand has can be broadcast",
                    l.name
                ),
            ));
        }
        broadcast.push(number(&l.name, &mut names));
    }

    let output = match &subs.output {
        None => {
            if let Some(l) = input.broadcast.first() {
                return Err(syn::Error::new(
                    l.span,
                    "a broadcast label needs an explicit output: write `->` and the output's subscripts",
                ));
            }
            // NumPy: the labels that appear once, in ASCII order, after the ellipsis.
            let once: Vec<u8> = counts
                .iter()
                .filter(|&(_, &c)| c == 1)
                .map(|(name, _)| number(name, &mut names))
                .collect();
            if any_ellipsis {
                Term {
                    front: Vec::new(),
                    ellipsis: true,
                    back: once,
                }
            } else {
                Term {
                    front: once,
                    ellipsis: false,
                    back: Vec::new(),
                }
            }
        }
        Some(items) => {
            let (front, ellipsis, back) = split(items, "the output")?;
            for l in front.iter().chain(&back) {
                if !names.contains(&l.name) {
                    return Err(syn::Error::new(
                        l.span,
                        format!(
                            "output label `{0}` appears in no operand; to repeat the values along a new axis `{0}`, declare it: `; broadcast = [{0}]`",
                            l.name
                        ),
                    ));
                }
            }
            for (b, l) in broadcast.iter().zip(&input.broadcast) {
                if !front
                    .iter()
                    .chain(&back)
                    .any(|o| o.name == names[*b as usize])
                {
                    return Err(syn::Error::new(
                        l.span,
                        format!("broadcast label `{}` is not in the output", l.name),
                    ));
                }
            }
            Term {
                front: front.iter().map(|l| number(&l.name, &mut names)).collect(),
                ellipsis: ellipsis.is_some(),
                back: back.iter().map(|l| number(&l.name, &mut names)).collect(),
            }
        }
    };
    if names.len() > MAX_NAMED {
        return Err(syn::Error::new(
            subs.span,
            format!("einsum takes at most {MAX_NAMED} distinct labels"),
        ));
    }

    let order = match &input.order {
        None => None,
        Some((pairs, span)) => {
            if pairs.len() + 1 != n_ops {
                return Err(syn::Error::new(
                    *span,
                    format!(
                        "the order needs {} pair(s) for {n_ops} operands (each contraction replaces two operands by their result, appended last)",
                        n_ops - 1
                    ),
                ));
            }
            for (step, &(i, j)) in pairs.iter().enumerate() {
                let remaining = n_ops - step;
                if i >= remaining || j >= remaining || i == j {
                    return Err(syn::Error::new(
                        *span,
                        format!(
                            "order step {step} is ({i}, {j}), but {remaining} operands remain then (numbered 0 to {}; results are appended last)",
                            remaining - 1
                        ),
                    ));
                }
            }
            Some(pairs.clone())
        }
    };
    Ok(Checked {
        names,
        inputs,
        output,
        broadcast,
        order,
    })
}

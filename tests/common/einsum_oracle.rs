//! A naive `einsum` reference: NumPy subscripts parsed at run time, summed by plain loops.
//!
//! [`naive_einsum`] loops over every assignment of every label (an odometer over the label
//! sizes) and adds the product of the operands' elements into the output element the
//! assignment names. It knows nothing of the library: it is the reference the `einsum!` tests
//! compare against, so it stays short and obvious rather than fast.

use std::collections::BTreeMap;

use tensorial::{Kind, Shape, Tensor};

/// An index label: a letter of the subscripts, or one axis of the broadcast ellipsis block
/// (`Ell(0)` is its leftmost axis).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Label {
    Ell(usize),
    Char(char),
}

/// One term of the subscripts: the letters before and after its `...`, if it has one.
#[derive(Debug)]
struct Term {
    before: Vec<char>,
    ellipsis: bool,
    after: Vec<char>,
}

impl Term {
    fn parse(s: &str) -> Self {
        let (before, ellipsis, after) = match s.find("...") {
            Some(at) => (&s[..at], true, &s[at + 3..]),
            None => (s, false, ""),
        };
        let letters = |part: &str| -> Vec<char> {
            let chars: Vec<char> = part.chars().collect();
            if let Some(c) = chars.iter().find(|c| !c.is_ascii_alphabetic()) {
                panic!("bad subscript character {c:?} in {s:?}");
            }
            chars
        };
        Self {
            before: letters(before),
            ellipsis,
            after: letters(after),
        }
    }

    fn letters(&self) -> impl Iterator<Item = char> + '_ {
        self.before.iter().chain(&self.after).copied()
    }

    fn n_letters(&self) -> usize {
        self.before.len() + self.after.len()
    }

    /// The labels of the term's axes, with an ellipsis of `ell_rank` axes that ends at the
    /// right of a block of `block_rank` axes (right alignment).
    fn labels(&self, ell_rank: usize, block_rank: usize) -> Vec<Label> {
        let ell = (block_rank - ell_rank..block_rank).map(Label::Ell);
        let before = self.before.iter().map(|&c| Label::Char(c));
        let after = self.after.iter().map(|&c| Label::Char(c));
        before.chain(ell).chain(after).collect()
    }
}

/// The size of a label: the sizes of its axes must agree, except that size-1 axes stretch.
fn unify(sizes: &mut BTreeMap<Label, usize>, label: Label, n: usize, what: &str) {
    let size = sizes.entry(label).or_insert(n);
    if *size == 1 {
        *size = n;
    } else {
        assert!(
            n == *size || n == 1,
            "{what}: label {label:?} has sizes {size} and {n}"
        );
    }
}

/// Row-major offset of the element of `dims` read for the label assignment `at`: an axis of
/// size 1 is read at index 0 (broadcasting), any other axis at its label's value.
fn offset(labels: &[Label], dims: &[usize], at: &BTreeMap<Label, usize>) -> usize {
    labels.iter().zip(dims).fold(0, |off, (label, &n)| {
        let i = if n == 1 { 0 } else { at[label] };
        off * n + i
    })
}

/// `einsum` of `inputs` (each `(row-major elements, dims)`) by the NumPy subscripts
/// `subscripts`, returning the row-major elements of an output of dims `out_dims`.
///
/// Supported: explicit (`->`) and implicit output (labels used once, in ASCII order, after
/// the ellipsis block), repeated input labels (diagonals), labels summed away, an ellipsis
/// anywhere in a term (its axes right-aligned and broadcast across operands), output-only
/// labels (their size is read from `out_dims`) and repeated output labels (a diagonal embed:
/// the other elements stay zero). An operand axis of size 1 under a label of size `n > 1` is
/// read at index 0.
///
/// # Panics
/// On malformed subscripts, a rank or size mismatch, or `out_dims` disagreeing with the sizes.
pub fn naive_einsum(
    subscripts: &str,
    inputs: &[(&[f64], &[usize])],
    out_dims: &[usize],
) -> Vec<f64> {
    let s: String = subscripts.chars().filter(|c| !c.is_whitespace()).collect();
    let (lhs, rhs) = match s.split_once("->") {
        Some((lhs, rhs)) => (lhs, Some(rhs)),
        None => (s.as_str(), None),
    };
    let terms: Vec<Term> = lhs.split(',').map(Term::parse).collect();
    assert_eq!(terms.len(), inputs.len(), "{s}: operand count");

    // Rank of each operand's ellipsis, and of the broadcast block.
    let ell_ranks: Vec<usize> = terms
        .iter()
        .zip(inputs)
        .map(|(t, (data, dims))| {
            assert_eq!(
                data.len(),
                dims.iter().product::<usize>(),
                "{s}: data length"
            );
            if t.ellipsis {
                assert!(dims.len() >= t.n_letters(), "{s}: operand rank too small");
                dims.len() - t.n_letters()
            } else {
                assert_eq!(dims.len(), t.n_letters(), "{s}: operand rank");
                0
            }
        })
        .collect();
    let block = ell_ranks.iter().copied().max().unwrap_or(0);
    let any_ellipsis = terms.iter().any(|t| t.ellipsis);
    let in_labels: Vec<Vec<Label>> = terms
        .iter()
        .zip(&ell_ranks)
        .map(|(t, &e)| t.labels(e, block))
        .collect();

    let out_labels: Vec<Label> = match rhs {
        Some(rhs) => {
            let t = Term::parse(rhs);
            assert!(
                t.ellipsis || block == 0,
                "{s}: the operands have ellipsis axes but the output has no `...`"
            );
            assert!(!t.ellipsis || any_ellipsis, "{s}: `...` only in the output");
            t.labels(block, block)
        }
        None => {
            let mut count: BTreeMap<char, usize> = BTreeMap::new();
            for c in terms.iter().flat_map(Term::letters) {
                *count.entry(c).or_default() += 1;
            }
            // BTreeMap<char, _> iterates in code order: uppercase before lowercase, as NumPy.
            let once = count.into_iter().filter(|&(_, n)| n == 1);
            let ell = (0..block).map(Label::Ell);
            ell.chain(once.map(|(c, _)| Label::Char(c))).collect()
        }
    };
    assert_eq!(out_labels.len(), out_dims.len(), "{s}: output rank");

    // Label sizes: from the operands, then output-only labels from `out_dims`.
    let mut sizes: BTreeMap<Label, usize> = BTreeMap::new();
    for (labels, (_, dims)) in in_labels.iter().zip(inputs) {
        for (&label, &n) in labels.iter().zip(dims.iter()) {
            unify(&mut sizes, label, n, &s);
        }
    }
    for (&label, &n) in out_labels.iter().zip(out_dims) {
        match sizes.get(&label) {
            Some(&size) => assert_eq!(n, size, "{s}: output size of {label:?}"),
            None => {
                let size = *sizes.entry(label).or_insert(n);
                assert_eq!(n, size, "{s}: output-only label {label:?} sizes");
            }
        }
    }

    // Odometer over every assignment of every label.
    let all: Vec<(Label, usize)> = sizes.iter().map(|(&l, &n)| (l, n)).collect();
    let mut out = vec![0.0; out_dims.iter().product()];
    if all.iter().any(|&(_, n)| n == 0) {
        return out;
    }
    let mut at: BTreeMap<Label, usize> = all.iter().map(|&(l, _)| (l, 0)).collect();
    loop {
        let mut product = 1.0;
        for (labels, (data, dims)) in in_labels.iter().zip(inputs) {
            product *= data[offset(labels, dims, &at)];
        }
        out[offset(&out_labels, out_dims, &at)] += product;

        // Next assignment, last label fastest.
        let mut k = all.len();
        loop {
            if k == 0 {
                return out;
            }
            k -= 1;
            let (label, n) = all[k];
            let i = at.get_mut(&label).unwrap();
            *i += 1;
            if *i < n {
                break;
            }
            *i = 0;
        }
    }
}

/// The elements of an `einsum!` result against the oracle's, with a tolerance scaled to the
/// contraction length: `|got - want| <= 1e-12 * (1 + terms) * (1 + |want|)`, where `terms`
/// is the number of products summed into each output element.
#[track_caller]
pub fn assert_einsum_close(case: &str, got: &[f64], want: &[f64], terms: usize) {
    assert_eq!(got.len(), want.len(), "{case}: length differs");
    #[allow(clippy::cast_precision_loss)]
    let scale = 1e-12 * (1.0 + terms as f64);
    for (i, (&g, &w)) in got.iter().zip(want).enumerate() {
        assert!(
            (g - w).abs() <= scale * (1.0 + w.abs()),
            "{case}: element {i}: got {g:?}, want {w:?} (terms {terms})\n got: {got:?}\nwant: {want:?}"
        );
    }
}

/// A tensor's elements and dims, owned, for [`naive_einsum_owned`].
pub fn flat<S: Shape, K: Kind>(x: &Tensor<f64, S, K>) -> (Vec<f64>, Vec<usize>) {
    (x.as_slice().to_vec(), x.shape().as_ref().to_vec())
}

/// [`naive_einsum`] on owned `(elements, dims)` pairs (see [`flat`]).
pub fn naive_einsum_owned(
    subscripts: &str,
    inputs: &[(Vec<f64>, Vec<usize>)],
    out_dims: &[usize],
) -> Vec<f64> {
    let inputs: Vec<(&[f64], &[usize])> = inputs
        .iter()
        .map(|(data, dims)| (data.as_slice(), dims.as_slice()))
        .collect();
    naive_einsum(subscripts, &inputs, out_dims)
}

/// An `einsum!` result against the oracle: its dims, then its elements by
/// [`assert_einsum_close`].
#[track_caller]
pub fn check_einsum<S: Shape, K: Kind>(
    case: &str,
    got: &Tensor<f64, S, K>,
    dims: &[usize],
    want: &[f64],
    terms: usize,
) {
    assert_eq!(got.shape().as_ref(), dims, "{case}: dims differ");
    assert_einsum_close(case, got.as_slice(), want, terms);
}

/// Runs every case, then fails naming each case that panicked (so one failure does not hide
/// the others of its group).
///
/// # Panics
/// When any case panics.
pub fn run_cases(cases: &[(&str, fn())]) {
    let failed: Vec<&str> = cases
        .iter()
        .filter(|(_, case)| std::panic::catch_unwind(case).is_err())
        .map(|&(name, _)| name)
        .collect();
    assert!(failed.is_empty(), "failing cases: {failed:?}");
}

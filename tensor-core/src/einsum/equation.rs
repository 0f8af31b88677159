//! The static description of an `einsum!` equation: which label stands on which axis.
//!
//! The macro numbers the equation's named labels `0, 1, …` in order of first appearance and
//! emits an [`Equation`] constant. Axes under an ellipsis get labels after the named ones:
//! the `p`-th ellipsis axis counted from the right is label `named + p`, so ellipsis blocks of
//! different ranks line up from the right, as NumPy broadcasts them.

// Label numbers are below 64 (asserted by `EinsumPath::new`), so they fit a `u8`; `const fn`s
// cannot call `u8::try_from`.
#![allow(clippy::cast_possible_truncation)]

use crate::ops::kernel::MAX_RANK;

/// Most labels one equation may use (named labels plus 6 for an ellipsis): label sets are
/// `u64` bit masks.
pub const MAX_LABELS: usize = 64;

/// Most operands of one `einsum!`.
pub const MAX_OPERANDS: usize = 16;

/// The subscripts of one operand or of the output: labels before an optional ellipsis, and
/// labels after it.
///
/// ```
/// use tensorial::einsum::Subscripts;
/// // "...ij": ellipsis, then labels 0 and 1
/// let s = Subscripts { front: &[], ellipsis: true, back: &[0, 1] };
/// assert_eq!(s.axis_labels(4, 2), ([3, 2, 0, 1, 0, 0], 4)); // ellipsis axes are labels 2 + p
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Subscripts {
    /// Labels before the ellipsis (all labels when there is none).
    pub front: &'static [u8],
    /// `true` when the subscripts hold `...`.
    pub ellipsis: bool,
    /// Labels after the ellipsis.
    pub back: &'static [u8],
}

impl Subscripts {
    /// The label of each axis of a tensor of rank `rank`, and the rank; `named` is the number
    /// of named labels of the equation (ellipsis labels follow them).
    ///
    /// # Panics
    /// When the rank cannot hold the subscripts (the types rule this out) or exceeds 6.
    #[must_use]
    pub const fn axis_labels(&self, rank: usize, named: usize) -> ([u8; MAX_RANK], usize) {
        let explicit = self.front.len() + self.back.len();
        assert!(rank <= MAX_RANK, "einsum: rank above 6");
        assert!(
            rank == explicit || (self.ellipsis && rank > explicit),
            "einsum: subscripts and rank disagree"
        );
        let ell = rank - explicit;
        let mut labels = [0u8; MAX_RANK];
        let mut axis = 0;
        while axis < self.front.len() {
            labels[axis] = self.front[axis];
            axis += 1;
        }
        let mut q = 0;
        while q < ell {
            // The q-th ellipsis axis is the (ell - 1 - q)-th from the right.
            labels[axis] = (named + ell - 1 - q) as u8;
            axis += 1;
            q += 1;
        }
        let mut b = 0;
        while b < self.back.len() {
            labels[axis] = self.back[b];
            axis += 1;
            b += 1;
        }
        (labels, rank)
    }
}

/// An `einsum!` equation as the macro numbered it: the operands' and the output's subscripts.
///
/// ```
/// use tensorial::einsum::{Equation, Subscripts};
/// // "ij,jk->ik" with i = 0, j = 1, k = 2
/// const EQ: Equation = Equation {
///     text: "ij,jk->ik",
///     names: &["i", "j", "k"],
///     inputs: &[
///         Subscripts { front: &[0, 1], ellipsis: false, back: &[] },
///         Subscripts { front: &[1, 2], ellipsis: false, back: &[] },
///     ],
///     output: Subscripts { front: &[0, 2], ellipsis: false, back: &[] },
/// };
/// assert_eq!(EQ.operands(), 2);
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Equation {
    /// The equation as written, for reports.
    pub text: &'static str,
    /// The named labels, by number.
    pub names: &'static [&'static str],
    /// The subscripts of each operand.
    pub inputs: &'static [Subscripts],
    /// The subscripts of the result.
    pub output: Subscripts,
}

impl Equation {
    /// Number of operands.
    #[must_use]
    pub const fn operands(&self) -> usize {
        self.inputs.len()
    }

    /// Number of labels, counting 6 ellipsis labels when any subscripts hold `...`.
    #[must_use]
    pub const fn labels(&self) -> usize {
        let mut ellipsis = self.output.ellipsis;
        let mut i = 0;
        while i < self.inputs.len() {
            ellipsis |= self.inputs[i].ellipsis;
            i += 1;
        }
        self.names.len() + if ellipsis { MAX_RANK } else { 0 }
    }
}

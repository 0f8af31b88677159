//! The static plan of an `einsum!`: where each label occurs (for the typed agreement checks)
//! and the loop nest of the direct path. The size-aware contraction order is planned later, by a
//! `const fn` of the run-time that sees the operands' const sizes.

use super::check::{Checked, Term};

/// Axes an ellipsis may stand for.
pub const ELLIPSIS_LABELS: usize = 6;

/// Where a label occurs: operand, position among its explicit labels, and a description.
pub struct Occurrence {
    pub operand: usize,
    pub position: usize,
    pub axis: String,
}

/// The static plan.
pub struct Plan {
    /// Occurrences of each named label in the operands.
    pub occurrences: Vec<Vec<Occurrence>>,
    /// Loop order of the direct path: output labels (each once), then summed labels.
    pub loops: Vec<u8>,
    /// How many of `loops` are output labels.
    pub output_loops: usize,
    /// Labels each operand reads (named labels, plus the ellipsis labels if it has `...`).
    pub operand_labels: Vec<Vec<u8>>,
}

/// Describes axis `position` of a term: from the front, or from the end after an ellipsis.
fn axis_name(term: &Term, position: usize) -> String {
    if position < term.front.len() {
        format!("axis {position}")
    } else if term.ellipsis {
        format!("axis -{}", term.front.len() + term.back.len() - position)
    } else {
        format!("axis {position}")
    }
}

/// Labels of a term in axis order, its ellipsis spelled as the ellipsis labels (leftmost first).
fn with_ellipsis(term: &Term, named: usize) -> Vec<u8> {
    let mut labels = term.front.clone();
    if term.ellipsis {
        labels.extend((0..ELLIPSIS_LABELS).rev().map(|p| (named + p) as u8));
    }
    labels.extend(&term.back);
    labels
}

/// Builds the static plan of a checked equation.
pub fn plan(eq: &Checked) -> Plan {
    let named = eq.names.len();
    let mut occurrences: Vec<Vec<Occurrence>> = (0..named).map(|_| Vec::new()).collect();
    for (k, term) in eq.inputs.iter().enumerate() {
        for (position, l) in term.labels().enumerate() {
            occurrences[l as usize].push(Occurrence {
                operand: k,
                position,
                axis: axis_name(term, position),
            });
        }
    }
    let mut loops: Vec<u8> = Vec::new();
    for l in with_ellipsis(&eq.output, named) {
        if !loops.contains(&l) {
            loops.push(l);
        }
    }
    let output_loops = loops.len();
    let mut operand_labels = Vec::new();
    for term in &eq.inputs {
        let labels = with_ellipsis(term, named);
        for &l in &labels {
            if !loops.contains(&l) {
                loops.push(l);
            }
        }
        let mut distinct = Vec::new();
        for l in labels {
            if !distinct.contains(&l) {
                distinct.push(l);
            }
        }
        operand_labels.push(distinct);
    }
    Plan {
        occurrences,
        loops,
        output_loops,
        operand_labels,
    }
}

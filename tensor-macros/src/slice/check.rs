//! Checking `s!` indices and planning the calls: which axis each index takes, where each new
//! axis goes, and the output length of each range where the literals fix it.

use super::parse::{Index, SliceInput};
use proc_macro2::Span;

/// An axis as the generated call names it: from the front, or from the end (negative).
pub type AxisRef = isize;

/// The output length of a range.
#[derive(Debug, PartialEq, Eq)]
pub enum Len {
    /// Fixed by the literals: `Const<N>`.
    Known(usize),
    /// The whole axis (`..`, `..;-1`): the axis type is kept.
    Whole,
    /// Depends on the axis size: `Const<_>`, inferred from the result's use.
    Inferred,
}

/// One call of the expansion, in the order they run.
pub enum Step {
    /// `START..STOP;STEP` on an axis.
    Range {
        axis: AxisRef,
        start: Option<isize>,
        stop: Option<isize>,
        step: isize,
        len: Len,
        span: Span,
    },
    /// An integer index on an axis.
    Int {
        axis: AxisRef,
        value: isize,
        span: Span,
    },
    /// `None` at an output position from the front.
    NewAxis { pos: usize, span: Span },
    /// `None` with `back` output axes after it.
    NewAxisBack { back: usize, span: Span },
}

/// The checked plan: how many input axes the indices take, and the calls.
pub struct Steps {
    pub axes: usize,
    pub steps: Vec<Step>,
}

/// Where a bound lies: `value` from the front, or `n + value` from the end.
#[derive(PartialEq, Eq, Clone, Copy)]
enum From {
    Front,
    End,
}

/// A bound (or a default) with its reference end.
fn anchored(bound: Option<isize>, default: (From, isize)) -> (From, isize) {
    match bound {
        None => default,
        Some(b) if b < 0 => (From::End, b),
        Some(b) => (From::Front, b),
    }
}

/// The output length of `start..stop;step` when the literals fix it.
pub fn range_len(start: Option<isize>, stop: Option<isize>, step: isize) -> Len {
    let forward = step > 0;
    let first = anchored(
        start,
        if forward {
            (From::Front, 0)
        } else {
            (From::End, -1)
        },
    );
    let end = anchored(
        stop,
        if forward {
            (From::End, 0)
        } else {
            (From::Front, -1)
        },
    );
    if first.0 == end.0 {
        let span = if forward {
            end.1 - first.1
        } else {
            first.1 - end.1
        };
        let len = if span > 0 {
            (span - 1) / step.abs() + 1
        } else {
            0
        };
        return Len::Known(len.unsigned_abs());
    }
    let whole = if forward {
        ((From::Front, 0), (From::End, 0))
    } else {
        ((From::End, -1), (From::Front, -1))
    };
    if step.abs() == 1 && (first, end) == whole {
        Len::Whole
    } else {
        Len::Inferred
    }
}

/// Checks the indices and plans the calls (see the module docs of `numpy_slice` in
/// `tensor_core` for why this order).
pub fn check(input: &SliceInput) -> syn::Result<Steps> {
    let indices = &input.indices;
    let mut ellipses = indices.iter().filter(|i| matches!(i, Index::Ellipsis(_)));
    ellipses.next();
    if let Some(second) = ellipses.next() {
        return Err(syn::Error::new(
            second.span(),
            "an index can only have a single ellipsis (`...`)",
        ));
    }
    let takes_axis = |i: &Index| matches!(i, Index::Int { .. } | Index::Range { .. });
    let axes = indices.iter().filter(|i| takes_axis(i)).count();
    if axes > 6 {
        return Err(syn::Error::new(
            indices
                .iter()
                .filter(|i| takes_axis(i))
                .nth(6)
                .map_or_else(Span::call_site, Index::span),
            format!("too many indices: {axes} axes are indexed, but a tensor has at most 6"),
        ));
    }
    let split = indices.iter().position(|i| matches!(i, Index::Ellipsis(_)));
    let (prefix, suffix) = match split {
        Some(at) => (&indices[..at], &indices[at + 1..]),
        None => (&indices[..], &indices[..0]),
    };
    // Input axis of each index: from the front before `...`, from the end after it.
    let mut front = 0;
    let prefix_axes: Vec<AxisRef> = prefix
        .iter()
        .map(|i| {
            let axis = front;
            front += isize::from(takes_axis(i));
            axis
        })
        .collect();
    let mut back = -isize::try_from(suffix.iter().filter(|i| takes_axis(i)).count()).unwrap_or(0);
    let suffix_axes: Vec<AxisRef> = suffix
        .iter()
        .map(|i| {
            let axis = back;
            back += isize::from(takes_axis(i));
            axis
        })
        .collect();
    let both = || {
        prefix
            .iter()
            .zip(&prefix_axes)
            .chain(suffix.iter().zip(&suffix_axes))
    };

    let mut steps = Vec::new();
    // Ranges keep the rank, so they go first on the input's axes.
    for (index, &axis) in both() {
        if let Index::Range {
            start,
            stop,
            step,
            span,
        } = *index
        {
            let len = range_len(start, stop, step);
            steps.push(Step::Range {
                axis,
                start,
                stop,
                step,
                len,
                span,
            });
        }
    }
    // Integers remove axes: right to left in front (earlier positions stay put), left to right
    // at the back (later negative positions stay put).
    let int = |(index, &axis): (&Index, &AxisRef)| match *index {
        Index::Int { value, span } => Some(Step::Int { axis, value, span }),
        _ => None,
    };
    steps.extend(prefix.iter().zip(&prefix_axes).rev().filter_map(int));
    steps.extend(suffix.iter().zip(&suffix_axes).filter_map(int));
    // New axes at their output positions: left to right in front, right to left at the back.
    let makes_axis = |i: &Index| matches!(i, Index::Range { .. } | Index::NewAxis(_));
    for (k, index) in prefix.iter().enumerate() {
        if let Index::NewAxis(span) = *index {
            let pos = prefix[..k].iter().filter(|i| makes_axis(i)).count();
            steps.push(Step::NewAxis { pos, span });
        }
    }
    for (k, index) in suffix.iter().enumerate().rev() {
        if let Index::NewAxis(span) = *index {
            let back = suffix[k + 1..].iter().filter(|i| makes_axis(i)).count();
            steps.push(Step::NewAxisBack { back, span });
        }
    }
    Ok(Steps { axes, steps })
}

#[cfg(test)]
mod tests {
    use super::{Len, range_len};

    /// NumPy's length of `range(n)[start:stop:step]` (bounds inside `-n..=n`).
    fn numpy_len(n: isize, start: Option<isize>, stop: Option<isize>, step: isize) -> usize {
        let fix = |b: isize| if b < 0 { b + n } else { b };
        let (mut i, end) = if step > 0 {
            (start.map_or(0, fix), stop.map_or(n, fix))
        } else {
            (start.map_or(n - 1, fix), stop.map_or(-1, fix))
        };
        let mut len = 0;
        while (step > 0 && i < end) || (step < 0 && i > end) {
            len += 1;
            i += step;
        }
        len
    }

    #[test]
    fn known_lengths_hold_for_every_axis_size_and_whole_ranges_keep_it() {
        let bounds = || {
            [
                None,
                Some(-4),
                Some(-3),
                Some(-1),
                Some(0),
                Some(1),
                Some(2),
                Some(4),
            ]
        };
        for start in bounds() {
            for stop in bounds() {
                for step in [-3, -2, -1, 1, 2, 3] {
                    let len = range_len(start, stop, step);
                    for n in 5..9 {
                        if step < 0 && start.is_some_and(|s| s >= n) {
                            continue;
                        }
                        let want = numpy_len(n, start, stop, step);
                        match len {
                            Len::Known(l) => {
                                assert_eq!(l, want, "{start:?}..{stop:?};{step} n={n}")
                            }
                            Len::Whole => {
                                assert_eq!(want, n.unsigned_abs(), "{start:?}..{stop:?};{step}")
                            }
                            Len::Inferred => {}
                        }
                    }
                }
            }
        }
        assert_eq!(range_len(Some(1), None, 1), Len::Inferred);
        assert_eq!(range_len(None, None, 2), Len::Inferred);
    }
}

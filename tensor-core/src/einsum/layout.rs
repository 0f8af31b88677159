//! Terms as label layouts: a base offset and one stride per label, so diagonals, permutations
//! and broadcasts are all views.

use super::equation::MAX_LABELS;
use super::path::EinsumPath;
use crate::ops::kernel::Strided;

/// One term of a contraction: base offset, a stride per label, the set of labels.
#[derive(Clone, Copy, Debug)]
pub(super) struct Layout {
    pub(super) offset: isize,
    pub(super) strides: [isize; MAX_LABELS],
    pub(super) mask: u64,
}

impl Layout {
    /// The layout of operand `k` of `path`, read through `strided`.
    #[inline]
    pub(super) fn input<T>(path: &EinsumPath, k: usize, strided: &Strided<'_, T>) -> Self {
        let axes = path.input(k);
        assert_eq!(strided.dims().len(), axes.rank, "einsum: operand {k} rank");
        let mut layout = Self {
            offset: strided.offset().cast_signed(),
            strides: [0; MAX_LABELS],
            mask: 0,
        };
        for ((&l, &d), &s) in axes
            .as_slice()
            .iter()
            .zip(strided.dims())
            .zip(strided.strides())
        {
            let l = usize::from(l);
            assert!(
                d == path.size(l) || d == 1,
                "einsum: operand {k} has size {d} under a label of size {}",
                path.size(l)
            );
            // A size-1 axis reads index 0 whatever the label's index: it stretches.
            if d != 1 {
                layout.strides[l] += s;
            }
            layout.mask |= 1 << l;
        }
        layout
    }

    /// The output tensor's layout: repeated labels add their strides (a diagonal).
    #[inline]
    pub(super) fn output(path: &EinsumPath) -> Self {
        let out = path.output();
        let mut layout = Self {
            offset: 0,
            strides: [0; MAX_LABELS],
            mask: 0,
        };
        let mut stride = 1isize;
        for &l in out.as_slice().iter().rev() {
            let l = usize::from(l);
            layout.strides[l] += stride;
            layout.mask |= 1 << l;
            stride *= path.size(l).cast_signed();
        }
        layout
    }
}

/// The labels of `mask` in the order they first appear in `order`, then any others by number.
pub(super) fn ordered(mask: u64, order: &[u8]) -> Labels {
    let mut labels = Labels::default();
    for &l in order {
        if mask & (1 << l) != 0 && !labels.contains(l) {
            labels.push(l);
        }
    }
    for l in 0..64u8 {
        if mask & (1 << l) != 0 && !labels.contains(l) {
            labels.push(l);
        }
    }
    labels
}

/// A short list of labels.
#[derive(Clone, Copy)]
pub(super) struct Labels {
    items: [u8; MAX_LABELS],
    len: usize,
}

impl Default for Labels {
    fn default() -> Self {
        Self {
            items: [0; MAX_LABELS],
            len: 0,
        }
    }
}

impl Labels {
    pub(super) fn push(&mut self, l: u8) {
        self.items[self.len] = l;
        self.len += 1;
    }
    pub(super) fn contains(&self, l: u8) -> bool {
        self.as_slice().contains(&l)
    }
    pub(super) fn as_slice(&self) -> &[u8] {
        &self.items[..self.len]
    }
    #[cfg(feature = "alloc")]
    pub(super) fn as_mut_slice(&mut self) -> &mut [u8] {
        &mut self.items[..self.len]
    }
    pub(super) fn concat(parts: &[&Labels]) -> Self {
        let mut all = Self::default();
        for part in parts {
            for &l in part.as_slice() {
                all.push(l);
            }
        }
        all
    }
}

/// Base offset and stride per label of operand `k` (see [`Layout::input`]).
#[inline]
pub(super) fn label_layout<T>(
    path: &EinsumPath,
    k: usize,
    strided: &Strided<'_, T>,
) -> (isize, [isize; MAX_LABELS]) {
    let layout = Layout::input(path, k, strided);
    (layout.offset, layout.strides)
}

/// Stride per label of the contiguous output (see [`Layout::output`]).
#[inline]
pub(super) fn output_layout(path: &EinsumPath) -> [isize; MAX_LABELS] {
    Layout::output(path).strides
}

//! Execution without buffers (no `alloc`): one loop nest over every label.

use super::equation::MAX_LABELS;
use super::layout::{Labels, Layout, ordered};
use super::path::EinsumPath;
use crate::ops::GemmElem;
use crate::ops::kernel::Strided;

/// One loop nest over every label: the execution without buffers (no `alloc`).
pub(super) fn naive<T: GemmElem>(
    path: &EinsumPath,
    inputs: &[Strided<'_, T>],
    (out, data): (&Layout, &mut [T]),
    keep: &[u8],
) {
    let sizes = path.sizes();
    data.fill(T::zero());
    let mut layouts = [*out; super::equation::MAX_OPERANDS];
    let mut all = out.mask;
    for (k, s) in inputs.iter().enumerate() {
        layouts[k] = Layout::input(path, k, s);
        all |= layouts[k].mask;
    }
    let order = Labels::concat(&[&ordered(out.mask, keep), &ordered(all & !out.mask, &[])]);
    let labels = order.as_slice();
    if labels.iter().any(|&l| sizes[usize::from(l)] == 0) {
        return;
    }
    let at = |o: isize| usize::try_from(o).expect("einsum: offset inside the buffer");
    let offset = |lay: &Layout, idx: &[usize; MAX_LABELS]| {
        labels.iter().fold(lay.offset, |o, &l| {
            o + lay.strides[usize::from(l)] * idx[usize::from(l)].cast_signed()
        })
    };
    let mut idx = [0usize; MAX_LABELS];
    loop {
        let mut factors = layouts[..inputs.len()]
            .iter()
            .zip(inputs)
            .map(|(lay, s)| s.data()[at(offset(lay, &idx))]);
        let first = factors.next().expect("einsum: at least one operand");
        let d = at(offset(out, &idx));
        data[d] = data[d] + factors.fold(first, |p, v| p * v);
        let mut p = labels.len();
        loop {
            if p == 0 {
                return;
            }
            p -= 1;
            let l = usize::from(labels[p]);
            idx[l] += 1;
            if idx[l] < sizes[l] {
                break;
            }
            idx[l] = 0;
        }
    }
}

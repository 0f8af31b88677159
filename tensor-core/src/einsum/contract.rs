//! Run-time execution of a planned `einsum!`.
//!
//! Every term is a label layout (a base offset and one stride per label: 0 for labels it does
//! not hold and for `Bcast` axes, which stretch; a repeated label adds its axes' strides, so a
//! diagonal is a view, not a copy). With `alloc`, contractions run pairwise on the GEMM
//! (`pairwise.rs`); without it, as one loop nest (`naive.rs`).

use super::layout::{Layout, ordered};
use super::path::EinsumPath;
use crate::ops::GemmElem;
use crate::ops::kernel::Strided;

/// Runs `path` on `inputs`, writing the result into `out` (contiguous, the output's shape).
///
/// `out` must hold zeros where the output has repeated labels off their diagonal; `einsum!`
/// passes a fresh zeroed tensor and `einsum_into!` clears the target first.
///
/// # Panics
/// When an operand's dims disagree with the plan (the typed layer rules this out).
pub fn run<T: GemmElem>(path: &EinsumPath, inputs: &[Strided<'_, T>], out: &mut [T]) {
    assert_eq!(inputs.len(), path.operands(), "einsum: operand count");
    let out_layout = Layout::output(path);
    let out_order = ordered(out_layout.mask, path.output().as_slice());
    #[cfg(feature = "alloc")]
    super::pairwise::run(path, inputs, (&out_layout, &out_order), out);
    #[cfg(not(feature = "alloc"))]
    super::naive::naive(path, inputs, (&out_layout, out), out_order.as_slice());
}

//! Typed Einstein summation: [`einsum!`](macro@crate::einsum), [`einsum_into!`](crate::einsum_into)
//! and [`einsum_path!`](crate::einsum_path), and the small run-time they expand to.
//!
//! # The language
//! NumPy's subscripts, checked by the compiler:
//!
//! | form | meaning |
//! |---|---|
//! | `einsum!("ij,jk->ik", a, b)` | matrix product; labels missing from the output are summed |
//! | `einsum!("ij,jk", a, b)` | implicit output: the labels that appear once, in ASCII order (NumPy) |
//! | `einsum!("bij,bjk->bik", a, b)` | batch (kept in both), also outer (`"i,j->ij"`) and Hadamard (`"ij,ij->ij"`) products |
//! | `einsum!("ii->i", a)`, `einsum!("ii->", a)` | diagonal, trace: a repeated label reads a diagonal (its axes must have equal sizes) |
//! | `einsum!("...ij,...jk->...ik", a, b)` | ellipsis: the leading axes broadcast like elementwise ops (`Bcast` stretches) |
//! | `einsum!(batch seq feat, feat head dim -> batch seq head dim; x, w)` | word labels, operands after `;` |
//! | `einsum!("i->ij", x; broadcast = [j])` | a label only in the output repeats the values along a new axis; its size comes from the output type. Declared, so a typo is still an error |
//! | `einsum!("i->ii", x)` | a repeated output label writes a diagonal (zeros elsewhere) |
//! | `einsum!("ij,jk,kl->il", a, b, c; order = [(1, 2), (0, 1)])` | your own contraction order (NumPy `einsum_path` pairs) |
//! | `einsum_into!(&mut out, "ij,jk->ik", a, b)` | writes into `out` (NumPy `out=`) |
//! | `einsum_path!("ij,jk,kl->il", a, b, c)` | the plan: order, FLOPs, largest intermediate ([`EinsumPath`]); output-only labels count as size 1 there, as it has no output type |
//!
//! Options follow the operands after one `;`, separated by commas:
//! `einsum!("ij,jk,kl->im", a, b, c; broadcast = [m], order = [(1, 2), (0, 1)])`.
//!
//! Operands are borrowed: tensors (by value or reference), views, inline or heap; the result is
//! inline when every operand is, else heap, like elementwise ops. A rank-0 output (`"i,i->"`)
//! is a `Tensor<T, ()>` (read it with [`item`](crate::Tensor::item)): the result of an
//! `einsum!` is always a tensor of the output subscripts' shape, which generic code and
//! autodiff rely on.
//!
//! # Types do the checking
//! Every label is a compile-time axis type. A label used with two sizes fails `cargo check`
//! with a message naming the label, both sizes and where they are:
//!
//! ```text
//! error[E0277]: einsum label `j` is `Const<4>` in operand 0 (axis 1) but `Const<5>` in operand 1 (axis 0)
//! ```
//!
//! A `Bcast` axis under a label stretches to the label's size elsewhere; `Const<1>` does not
//! (the crate's broadcasting rule). An operand whose rank differs from its subscripts fails with
//! ``einsum operand 1 has shape `(Const<3>,)`, but its subscripts `jk` name 2 axes``. Subscript
//! mistakes (an output label no operand has, a wrong operand count, bad syntax) are errors of the
//! macro, pointing at the label or operand.
//!
//! # Planning at compile time
//! Nothing is parsed or searched at run time. The macro numbers the labels ([`Equation`]); a
//! `const` block evaluates [`EinsumPath::new`] with the operands' const sizes: the pairwise order
//! with the fewest FLOPs (exhaustive up to 5 operands, greedy beyond), with intermediates capped
//! at the largest input or output as NumPy's `optimize=True` does. Tiny contractions run as
//! plain loops with compile-time trip counts; larger ones pairwise on the GEMM (see
//! [`run`]).
//!
//! ```
//! use tensorial::{einsum, tensor, Rank0, Tensor};
//! let a = tensor![[1.0, 2.0], [3.0, 4.0]];
//! let b = tensor![[5.0, 6.0], [7.0, 8.0]];
//! assert_eq!(einsum!("ij,jk->ik", a, b), a.matmul(&b));
//! let trace: Tensor<f64, Rank0> = einsum!("ii->", a);
//! assert_eq!(trace.item(), 5.0);
//! ```

mod contract;
mod equation;
mod layout;
// The execution without `alloc`; with it, the reference the pairwise path is tested against.
#[cfg(any(test, not(feature = "alloc")))]
mod naive;
#[cfg(feature = "alloc")]
mod pairwise;
mod path;
mod track;

pub use contract::run;
pub use equation::{Equation, MAX_LABELS, MAX_OPERANDS, Subscripts};
pub use path::{Axes, DIRECT_MAX, EXHAUSTIVE_MAX, EinsumPath};
#[cfg(feature = "alloc")]
pub use track::Tracked;
pub use track::{ArgParts, EinsumArg, GradFn, Track, TrackOr, Untracked};

use crate::ops::kernel::Strided;

/// Einstein summation over typed tensors: NumPy's `np.einsum`, checked by the compiler.
///
/// See the [module docs](mod@crate::einsum) for the language.
///
/// ```
/// use tensorial::{einsum, Rank2, Rank3, Tensor};
/// let x = Tensor::<f32, Rank3<2, 3, 4>>::arange();   // (batch, seq, feat)
/// let w = Tensor::<f32, Rank2<4, 5>>::ones();        // (feat, out)
/// let y = einsum!(batch seq feat, feat out -> batch seq out; x, w);
/// assert_eq!(y.shape(), [2, 3, 5]);
/// assert_eq!(y[[1, 2, 0]], (20..24).sum::<i32>() as f32);
/// ```
///
/// A label with two sizes does not compile:
///
/// ```compile_fail
/// use tensorial::{einsum, Rank2, Tensor};
/// let a = Tensor::<f32, Rank2<3, 4>>::ones();
/// let b = Tensor::<f32, Rank2<5, 6>>::ones();
/// let _ = einsum!("ij,jk->ik", a, b); // einsum label `j` is `Const<4>` in operand 0 (axis 1) but `Const<5>` in operand 1 (axis 0)
/// ```
#[macro_export]
macro_rules! einsum {
    ($($tokens:tt)*) => {
        $crate::__einsum_macro!($crate; einsum; $($tokens)*)
    };
}

/// [`einsum!`](macro@crate::einsum) into a preallocated tensor of the output's shape (NumPy
/// `np.einsum(..., out=c)`); the first argument is `&mut out`.
///
/// ```
/// use tensorial::{einsum_into, tensor, Heap, Rank2, Tensor};
/// let a = tensor![[1, 2], [3, 4]];
/// let mut c = Tensor::<i32, Rank2<2, 2>, Heap>::zeros();
/// einsum_into!(&mut c, "ij,jk->ik", a, a);
/// assert_eq!(c.as_slice(), &[7, 10, 15, 22]);
/// ```
#[macro_export]
macro_rules! einsum_into {
    ($($tokens:tt)*) => {
        $crate::__einsum_macro!($crate; into; $($tokens)*)
    };
}

/// The compile-time plan an [`einsum!`](macro@crate::einsum) with the same arguments would follow
/// (NumPy `np.einsum_path`): a `&'static` [`EinsumPath`], computed by the compiler. The operands
/// are only borrowed for their types.
///
/// ```
/// use tensorial::{einsum_path, Rank2, Tensor};
/// let a = Tensor::<f32, Rank2<2, 3>>::zeros();
/// let path = einsum_path!("ij,jk->ik", a, a.t());
/// assert_eq!(path.flops(), 2 * 2 * 3 * 2);
/// println!("{path}");
/// ```
#[macro_export]
macro_rules! einsum_path {
    ($($tokens:tt)*) => {
        $crate::__einsum_macro!($crate; path; $($tokens)*)
    };
}

/// The impls of a label-agreement trait generated by `einsum!`: equal `Const` sizes agree, and
/// a `Bcast` axis takes the other side's size.
#[doc(hidden)]
#[macro_export]
macro_rules! __einsum_label_impls {
    ($tr:ident) => {
        #[diagnostic::do_not_recommend]
        impl<const N: usize> $tr<$crate::Const<N>> for $crate::Const<N> {
            type Out = $crate::Const<N>;
        }
        #[diagnostic::do_not_recommend]
        impl<const N: usize> $tr<$crate::Bcast> for $crate::Const<N> {
            type Out = $crate::Const<N>;
        }
        #[diagnostic::do_not_recommend]
        impl<D: $crate::Dim> $tr<D> for $crate::Bcast {
            type Out = D;
        }
    };
}

/// The impl of an ellipsis-agreement trait generated by `einsum!`: the blocks broadcast.
#[doc(hidden)]
#[macro_export]
macro_rules! __einsum_ellipsis_impls {
    ($tr:ident) => {
        #[diagnostic::do_not_recommend]
        impl<A: $crate::BroadcastShape<B>, B: $crate::Shape> $tr<B> for A {
            type Out = <A as $crate::BroadcastShape<B>>::Output;
        }
    };
}

/// Operand `k`'s buffer, base offset and stride per label, for the loops `einsum!` generates.
#[doc(hidden)]
#[inline]
#[must_use]
pub fn label_strides<'a, T>(
    path: &EinsumPath,
    k: usize,
    strided: &Strided<'a, T>,
) -> (&'a [T], isize, [isize; MAX_LABELS]) {
    let (base, label_strides) = layout::label_layout(path, k, strided);
    (strided.data(), base, label_strides)
}

/// The output's stride per label (repeated labels add theirs), for the generated loops.
#[doc(hidden)]
#[inline]
#[must_use]
pub fn output_strides(path: &EinsumPath) -> [isize; MAX_LABELS] {
    layout::output_layout(path)
}

/// `T::zero()`, for the generated loops.
#[doc(hidden)]
#[inline]
#[must_use]
pub fn zero<T: num_traits::Zero>() -> T {
    T::zero()
}

/// The output tensor of `einsum!`, for [`run`] (or the inline loops) to overwrite: not zeroed
/// (a reused heap buffer keeps its old values, see `Buffer::for_overwrite`); pass it through
/// [`clear_diagonal_output`] before running, which zeroes it where nothing will be written.
#[doc(hidden)]
#[inline]
#[must_use]
pub fn output_for_overwrite<T: crate::Elem, S: crate::Shape, K: crate::Kind>()
-> crate::Tensor<T, S, K> {
    const { crate::storage::check_inline_cap::<T, S, K>() };
    crate::Tensor::build(|_| {})
}

/// Zeroes `out` when the output has a repeated label (only its diagonal is written).
#[doc(hidden)]
#[inline]
pub fn clear_diagonal_output<T: crate::Elem + num_traits::Zero>(path: &EinsumPath, out: &mut [T]) {
    // A field of the `const` path: the test folds away in the generated code.
    if path.repeats_output() {
        out.fill(T::zero());
    }
}

#[cfg(all(test, feature = "alloc"))]
mod tests {
    use super::*;
    use crate::SeededRng;
    use alloc::vec::Vec;

    /// `(subscripts of each operand, output, names, dims of each operand, output dims)`.
    type Case = (
        &'static [Subscripts],
        Subscripts,
        &'static [&'static str],
        &'static [&'static [usize]],
        &'static [usize],
    );

    const fn s(front: &'static [u8]) -> Subscripts {
        Subscripts {
            front,
            ellipsis: false,
            back: &[],
        }
    }

    /// Equations covering the step kinds: GEMM in place and transposed, diagonals, batches,
    /// a chain, private labels, diagonal output, one operand, a stretching size-1 axis.
    const CASES: &[Case] = &[
        (
            &[s(&[0, 1]), s(&[1, 2])],
            s(&[0, 2]),
            &["i", "j", "k"],
            &[&[7, 40], &[40, 9]],
            &[7, 9],
        ),
        (
            &[s(&[0, 1]), s(&[1, 2])],
            s(&[2, 0]),
            &["i", "j", "k"],
            &[&[7, 40], &[40, 9]],
            &[9, 7],
        ),
        (
            &[s(&[0, 0, 1]), s(&[1, 2])],
            s(&[0, 2]),
            &["i", "j", "k"],
            &[&[3, 3, 40], &[40, 20]],
            &[3, 20],
        ),
        (
            &[s(&[0, 1, 2]), s(&[0, 2, 3])],
            s(&[0, 1, 3]),
            &["b", "i", "j", "k"],
            &[&[5, 6, 7], &[5, 7, 8]],
            &[5, 6, 8],
        ),
        (
            &[s(&[0, 1]), s(&[1, 2]), s(&[2, 3])],
            s(&[3, 0]),
            &["i", "j", "k", "l"],
            &[&[8, 30], &[30, 30], &[30, 2]],
            &[2, 8],
        ),
        (
            &[s(&[0, 1]), s(&[1, 2])],
            s(&[0]),
            &["i", "j", "k"],
            &[&[20, 30], &[30, 40]],
            &[20],
        ),
        (
            &[s(&[0]), s(&[0])],
            s(&[0, 0]),
            &["i"],
            &[&[60], &[60]],
            &[60, 60],
        ),
        (
            &[s(&[0, 1])],
            s(&[1, 2, 0]),
            &["i", "j", "k"],
            &[&[50, 60]],
            &[60, 3, 50],
        ),
        (
            &[s(&[0, 1]), s(&[0, 1])],
            s(&[0, 1]),
            &["i", "j"],
            &[&[1, 60], &[40, 60]],
            &[40, 60],
        ),
    ];

    /// Pairwise execution against the one-loop-nest execution, on random values.
    #[test]
    fn pairwise_matches_the_loop_nest() {
        let mut rng = SeededRng::new(7);
        for &(inputs, output, names, dims, out_dims) in CASES {
            let eq = Equation {
                text: "test",
                names,
                inputs,
                output,
            };
            let mut padded = [[1; 6]; 3];
            for (p, d) in padded.iter_mut().zip(dims) {
                p[..d.len()].copy_from_slice(d);
            }
            let ranks: Vec<usize> = dims.iter().map(|d| d.len()).collect();
            let mut out_padded = [1; 6];
            out_padded[..out_dims.len()].copy_from_slice(out_dims);
            let path = EinsumPath::new(
                &eq,
                &ranks,
                &padded[..dims.len()],
                (out_dims.len(), out_padded),
                None,
            );
            let data: Vec<Vec<f64>> = dims
                .iter()
                .map(|d| {
                    (0..d.iter().product::<usize>())
                        .map(|_| rng.next_f64() - 0.5)
                        .collect()
                })
                .collect();
            let layouts: Vec<Strided<'_, f64>> = data
                .iter()
                .zip(dims)
                .map(|(v, d)| Strided::contiguous(v, d))
                .collect();
            let len = out_dims.iter().product::<usize>();
            let mut got = alloc::vec![0.0; len];
            run(&path, &layouts, &mut got);
            let mut want = alloc::vec![0.0; len];
            let out_layout = layout::Layout::output(&path);
            let order = layout::ordered(out_layout.mask, path.output().as_slice());
            naive::naive(&path, &layouts, (&out_layout, &mut want), order.as_slice());
            for (g, w) in got.iter().zip(&want) {
                assert!(
                    (g - w).abs() <= 1e-12 * (1.0 + w.abs()) * 1e3,
                    "{names:?} {dims:?}: {g} vs {w}"
                );
            }
        }
    }
}

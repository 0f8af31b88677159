//! Matrix products on tracked values: `matmul` in every rank combination. The gradients are
//! products with the other operand transposed, summed over broadcast batch axes.

use super::super::unbroadcast::sum_into;
use super::super::var::{Real, Var};
use super::arith::{Input, Split};
use crate::ops::gemm;
use crate::ops::kernel::MAX_RANK;
use crate::ops::{GemmElem, MatMul, MatMulShape, Tensordot, TensordotShape};
use crate::storage::{Combine, Combined, Kind};
use crate::{Shape, Tensor};
use alloc::vec::Vec;

/// The result of `a.tensordot(rhs)` for `a: Var<T, S, K>`.
pub type TensordotVar<T, S, K, R> =
    Var<T, Tensordot<S, <R as Input<T>>::Shape>, Combined<K, <R as Input<T>>::Kind>>;

/// The result of `a.matmul(rhs)` for `a: Var<T, S, K>`.
pub type MatMulVar<T, S, K, R> =
    Var<T, MatMul<S, <R as Input<T>>::Shape>, Combined<K, <R as Input<T>>::Kind>>;

/// The dims of a matmul operand as a (batched) matrix: a vector on the left is one row, on the
/// right one column.
fn as_matrix(dims: &[usize], left: bool) -> Vec<usize> {
    match (dims, left) {
        ([k], true) => alloc::vec![1, *k],
        ([k], false) => alloc::vec![*k, 1],
        _ => dims.to_vec(),
    }
}

/// `∂L/∂a` and `∂L/∂b` of `c = a @ b` from `g = ∂L/∂c`, each summed back into its operand's dims.
fn matmul_grads<T: GemmElem + Real>(
    g: &[T],
    (a, a_dims): (&[T], &[usize]),
    (b, b_dims): (&[T], &[usize]),
    (ga, gb): (Option<&mut [T]>, Option<&mut [T]>),
) {
    let (a2, b2) = (as_matrix(a_dims, true), as_matrix(b_dims, false));
    let (ra, rb) = (a2.len(), b2.len());
    let (m, k, n) = (a2[ra - 2], a2[ra - 1], b2[rb - 1]);
    // The broadcast batch axes, right-aligned.
    let batch_rank = (ra - 2).max(rb - 2);
    let batch: Vec<usize> = (0..batch_rank)
        .map(|i| {
            let from_right = batch_rank - i;
            let da = (ra - 2).checked_sub(from_right).map_or(1, |j| a2[j]);
            let db = (rb - 2).checked_sub(from_right).map_or(1, |j| b2[j]);
            da.max(db)
        })
        .collect();
    let with = |x: usize, y: usize| -> Vec<usize> { batch.iter().copied().chain([x, y]).collect() };
    let g_dims = with(m, n);
    // Each gradient is a product over the broadcast batch; an operand that did not broadcast
    // takes it directly, one that did gets it summed back over the stretched batch axes.
    // The transposed operand is read through strides (`matmul_t`), not copied.
    let product = |out: &mut [T],
                   own: &[usize],
                   full_dims: Vec<usize>,
                   lhs: (&[T], &[usize], bool),
                   rhs: (&[T], &[usize], bool)| {
        if own == full_dims.as_slice() {
            gemm::matmul_t(out, lhs, rhs);
        } else {
            let mut full = alloc::vec![T::zero(); full_dims.iter().product()];
            gemm::matmul_t(&mut full, lhs, rhs);
            sum_into(out, own, &full, &full_dims);
        }
    };
    if let Some(ga) = ga {
        product(ga, &a2, with(m, k), (g, &g_dims, false), (b, &b2, true));
    }
    if let Some(gb) = gb {
        product(gb, &b2, with(k, n), (a, &a2, true), (g, &g_dims, false));
    }
}

/// Matrix dims of a product's operands: `(lhs dims, lhs rank, rhs dims, rhs rank)`.
type ProductDims = ([usize; MAX_RANK], usize, [usize; MAX_RANK], usize);

/// `matmul`'s operands as they are.
fn matmul_dims<SA: Shape, SB: Shape>() -> ProductDims {
    (SA::PADDED_DIMS, SA::RANK, SB::PADDED_DIMS, SB::RANK)
}

/// `tensordot`'s operands as an `(M, K) @ (K, N)` product.
fn tensordot_dims<SA: Shape, SB: Shape>() -> ProductDims {
    let k = SA::DIMS.as_ref().last().copied().unwrap_or(1).max(1);
    let (mut a, mut b) = ([1; MAX_RANK], [1; MAX_RANK]);
    a[..2].copy_from_slice(&[SA::NUMEL / k, k]);
    b[..2].copy_from_slice(&[k, SB::NUMEL / k]);
    (a, 2, b, 2)
}

impl<T: Real + GemmElem, S: Shape, K: Kind> Var<T, S, K> {
    /// A product of `self` and `rhs` with value `value`, differentiated as the matrix product of
    /// the operands seen with the dims `dims` gives.
    fn product<SB: Shape, KB: Kind, SO: Shape, KO: Kind>(
        &self,
        (vb, nb): Split<T, SB, KB>,
        value: Tensor<T, SO, KO>,
        dims: fn() -> ProductDims,
    ) -> Var<T, SO, KO> {
        let va = self.shared();
        let ib = nb.as_ref().map(|_| 1);
        let parents = core::iter::once(self.node.clone()).chain(nb).collect();
        Var::from_op(value, parents, move |g, sink| {
            let (ad, ar, bd, br) = dims();
            let mut ga = sink.wants(0).then(Tensor::<T, S, K>::zeros);
            let mut gb = ib
                .filter(|&i| sink.wants(i))
                .map(|_| Tensor::<T, SB, KB>::zeros());
            matmul_grads(
                g.as_slice(),
                (va.as_slice(), &ad[..ar]),
                (vb.as_slice(), &bd[..br]),
                (
                    ga.as_mut().map(Tensor::as_mut_slice),
                    gb.as_mut().map(Tensor::as_mut_slice),
                ),
            );
            if let Some(ga) = ga {
                sink.add(0, ga);
            }
            if let (Some(i), Some(gb)) = (ib, gb) {
                sink.add(i, gb);
            }
        })
    }

    /// The matrix product `self @ rhs` (NumPy `np.matmul`) of the shapes [`MatMulShape`]
    /// allows: matrices, vectors on either side, batches that broadcast. `rhs` is a `Var` or a
    /// constant tensor.
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::constant(tensor![[1.0, 2.0], [3.0, 4.0]]);
    /// let w = Var::param(tensor![[1.0], [1.0]]);
    /// let g = x.matmul(&w).sum().backward().wrt(&w);      // (2, 1) product, summed
    /// assert_eq!(g, tensor![[4.0], [6.0]]);               // xᵀ · 1
    /// ```
    #[must_use]
    pub fn matmul<R: Input<T>>(&self, rhs: R) -> MatMulVar<T, S, K, R>
    where
        S: MatMulShape<R::Shape>,
        K: Combine<R::Kind>,
    {
        let (vb, nb) = rhs.split();
        let value = self.value().matmul(&vb);
        self.product((vb, nb), value, matmul_dims::<S, R::Shape>)
    }

    /// Contracts the last axis of `self` with the first axis of `rhs` (NumPy
    /// `np.tensordot(a, b, axes=1)`); see [`Tensor::tensordot`]. The gradients are the products
    /// with the other operand transposed, as for a `(M, K) @ (K, N)` matrix product.
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor, Rank3, Tensor};
    /// let x = Var::param(Tensor::<f64, Rank3<2, 3, 4>>::ones());
    /// let w = tensor![1.0, 2.0, 3.0, 4.0];
    /// let g = x.tensordot(&w).sum().backward().wrt(&x);   // each x[b, t, f] meets w[f]
    /// assert_eq!(g[[1, 2, 3]], 4.0);
    /// ```
    #[must_use]
    pub fn tensordot<R: Input<T>>(&self, rhs: R) -> TensordotVar<T, S, K, R>
    where
        S: TensordotShape<R::Shape>,
        K: Combine<R::Kind>,
    {
        let (vb, nb) = rhs.split();
        let value = self.value().tensordot(&vb);
        self.product((vb, nb), value, tensordot_dims::<S, R::Shape>)
    }
}

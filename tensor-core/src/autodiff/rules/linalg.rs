//! Matrix products on tracked values: `matmul` in every rank combination. The gradients are
//! products with the other operand transposed, summed over broadcast batch axes.

use super::super::unbroadcast::sum_into;
use super::super::var::{Real, Var};
use super::arith::{Input, Split, ZipVar};
use crate::ops::gemm;
use crate::ops::kernel::MAX_RANK;
use crate::ops::{GemmElem, MatMul, MatMulShape, Tensordot, TensordotShape};
use crate::storage::{Combine, Combined, Kind};
use crate::{BroadcastShape, BroadcastTo, Shape, Tensor};
use alloc::vec::Vec;

/// The result of `a.tensordot(rhs)` for `a: Var<T, S, K>`.
pub type TensordotVar<T, S, K, R> =
    Var<T, Tensordot<S, <R as Input<T>>::Shape>, Combined<K, <R as Input<T>>::Kind>>;

/// The result of `a.matmul_add(rhs, bias)` for `a: Var<T, S, K>`: the product's shape (the bias
/// broadcasts to it).
pub type MatMulAddVar<T, S, K, R, B> =
    ZipVar<T, MatMul<S, <R as Input<T>>::Shape>, Combined<K, <R as Input<T>>::Kind>, B>;

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

/// The matrix dims of a product's gradient `g = ∂L/∂c` for `c = a @ b` (`a`, `b` as matrices,
/// see [`as_matrix`]): the broadcast batch dims, then `m`, `n`; and `k`.
fn product_dims(a2: &[usize], b2: &[usize]) -> (Vec<usize>, usize) {
    let (ra, rb) = (a2.len(), b2.len());
    // The broadcast batch axes, right-aligned.
    let batch_rank = (ra - 2).max(rb - 2);
    let mut dims: Vec<usize> = (0..batch_rank)
        .map(|i| {
            let from_right = batch_rank - i;
            let da = (ra - 2).checked_sub(from_right).map_or(1, |j| a2[j]);
            let db = (rb - 2).checked_sub(from_right).map_or(1, |j| b2[j]);
            da.max(db)
        })
        .collect();
    dims.extend([a2[ra - 2], b2[rb - 1]]);
    (dims, a2[ra - 1])
}

/// `∂L/∂a` (`of_lhs`) or `∂L/∂b` of `c = a @ b` from `g = ∂L/∂c`, written over `out` (every
/// element: its old values do not matter) and summed back into its operand's dims: `g · bᵀ`
/// or `aᵀ · g`, the transposed operand read through strides (`matmul_t`), not copied.
fn matmul_grad<T: GemmElem + Real>(
    g: &[T],
    (a, a_dims): (&[T], &[usize]),
    (b, b_dims): (&[T], &[usize]),
    of_lhs: bool,
    out: &mut [T],
) {
    let (a2, b2) = (as_matrix(a_dims, true), as_matrix(b_dims, false));
    let (g_dims, k) = product_dims(&a2, &b2);
    let (m, n) = (g_dims[g_dims.len() - 2], g_dims[g_dims.len() - 1]);
    let with = |x: usize, y: usize| -> Vec<usize> {
        g_dims[..g_dims.len() - 2]
            .iter()
            .copied()
            .chain([x, y])
            .collect()
    };
    let (own, full_dims, lhs, rhs) = if of_lhs {
        (&a2, with(m, k), (g, &g_dims[..], false), (b, &b2[..], true))
    } else {
        (&b2, with(k, n), (a, &a2[..], true), (g, &g_dims[..], false))
    };
    // An operand that did not broadcast takes the product directly, one that did gets it
    // summed back over the stretched batch axes.
    if own == &full_dims {
        gemm::matmul_t(out, lhs, rhs);
    } else {
        let mut full = alloc::vec![T::zero(); full_dims.iter().product()];
        gemm::matmul_t(&mut full, lhs, rhs);
        out.fill(T::zero());
        sum_into(out, own, &full, &full_dims);
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
            let (a, b) = ((va.as_slice(), &ad[..ar]), (vb.as_slice(), &bd[..br]));
            // Each gradient is written whole: no zeroing pass first.
            if sink.wants(0) {
                let ga = Tensor::<T, S, K>::build(|out| matmul_grad(g.as_slice(), a, b, true, out));
                sink.add(0, ga);
            }
            if let Some(i) = ib.filter(|&i| sink.wants(i)) {
                let gb =
                    Tensor::<T, SB, KB>::build(|out| matmul_grad(g.as_slice(), a, b, false, out));
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

    /// `self @ rhs + bias`, a linear layer (see [`Tensor::matmul_add`]): recorded as the
    /// product and the broadcast sum, so `bias`'s gradient is the output's gradient summed over
    /// the axes it was stretched along. `rhs` and `bias` are `Var`s, tensors or scalars; the
    /// bias must broadcast to the product's shape.
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::constant(tensor![[1.0, 2.0], [3.0, 4.0]]);  // a batch of 2 rows
    /// let w = Var::param(tensor![[1.0, 0.0, 1.0], [0.0, 1.0, 1.0]]);
    /// let b = Var::param(tensor![0.0, 0.0, 0.5]);
    /// let grads = x.matmul_add(&w, &b).sum().backward();
    /// assert_eq!(grads.wrt(&b), tensor![2.0, 2.0, 2.0]);       // one per row
    /// assert_eq!(grads.wrt(&w), tensor![[4.0, 4.0, 4.0], [6.0, 6.0, 6.0]]);
    /// ```
    #[must_use]
    pub fn matmul_add<R: Input<T>, B: Input<T>>(
        &self,
        rhs: R,
        bias: B,
    ) -> MatMulAddVar<T, S, K, R, B>
    where
        S: MatMulShape<R::Shape>,
        K: Combine<R::Kind>,
        MatMul<S, R::Shape>: BroadcastShape<B::Shape>,
        B::Shape: BroadcastTo<MatMul<S, R::Shape>>,
        Combined<K, R::Kind>: Combine<B::Kind>,
    {
        self.matmul(rhs) + bias
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

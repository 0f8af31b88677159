//! Neural-network functions on tracked values: `softmax`, `log_softmax` along a typed axis, and
//! the MSE and cross-entropy losses.

use super::super::var::{Real, Var};
use super::arith::Input;
use crate::ops::reduce_kernel::split;
use crate::storage::{Inline, Kind};
use crate::{Axis, Dim, Shape, Tensor};
use alloc::vec;
use num_traits::AsPrimitive;

type Removed<S, const AX: isize> = <S as Axis<AX>>::Removed;
/// The last axis of `S`.
type Last<S> = <S as Axis<-1>>::Dim;

/// A vector of `values` (as many as `D`'s size).
fn column<T: Real, D: Dim, K: Kind>(values: &[T]) -> Tensor<T, (D,), K> {
    let mut t = Tensor::<T, (D,), K>::zeros();
    t.as_mut_slice().copy_from_slice(values);
    t
}

/// Calls `f(lane)` with the element positions of every lane along `axis` of `dims`.
fn for_each_lane(dims: &[usize], axis: usize, mut f: impl FnMut(&mut dyn Iterator<Item = usize>)) {
    let (outer, n, inner) = split(dims, axis);
    for o in 0..outer {
        for i in 0..inner {
            let base = o * n * inner + i;
            f(&mut (0..n).map(move |j| base + j * inner));
        }
    }
}

impl<T: Real, S: Shape, K: Kind> Var<T, S, K>
where
    usize: AsPrimitive<T>,
{
    /// Softmax along axis `AX` (numerically stable); the backward is
    /// `y ⊙ (g − Σ_AX g ⊙ y)`.
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let z = Var::param(tensor![[1.0, 2.0, 3.0]]);
    /// let p = z.softmax::<-1>();
    /// // The probabilities sum to one whatever z is, so Σ p has gradient 0.
    /// let g = p.sum().backward().wrt(&z);
    /// assert!(g.iter().all(|v: &f64| v.abs() < 1e-15));
    /// ```
    #[must_use]
    pub fn softmax<const AX: isize>(&self) -> Self
    where
        S: Axis<AX>,
    {
        let y = alloc::rc::Rc::new(self.value().softmax::<AX>());
        let out = y.clone();
        Var::from_op((*y).clone(), vec![self.node.clone()], move |g, sink| {
            let (g, y) = (g.as_slice(), out.as_slice());
            let mut grad = Tensor::<T, S, K>::zeros();
            let dx = grad.as_mut_slice();
            for_each_lane(S::DIMS.as_ref(), <S as Axis<AX>>::INDEX, |lane| {
                let idx: alloc::vec::Vec<usize> = lane.collect();
                let dot = idx.iter().fold(T::zero(), |s, &e| s + g[e] * y[e]);
                for &e in &idx {
                    dx[e] = y[e] * (g[e] - dot);
                }
            });
            sink.add(0, grad);
        })
    }

    /// Log-softmax along axis `AX` (numerically stable); the backward is
    /// `g − softmax ⊙ Σ_AX g`.
    #[must_use]
    pub fn log_softmax<const AX: isize>(&self) -> Self
    where
        S: Axis<AX>,
    {
        let value = self.value().log_softmax::<AX>();
        let p = alloc::rc::Rc::new(self.value().softmax::<AX>());
        Var::from_op(value, vec![self.node.clone()], move |g, sink| {
            let (g, p) = (g.as_slice(), p.as_slice());
            let mut grad = Tensor::<T, S, K>::zeros();
            let dx = grad.as_mut_slice();
            for_each_lane(S::DIMS.as_ref(), <S as Axis<AX>>::INDEX, |lane| {
                let idx: alloc::vec::Vec<usize> = lane.collect();
                let total = idx.iter().fold(T::zero(), |s, &e| s + g[e]);
                for &e in &idx {
                    dx[e] = g[e] - p[e] * total;
                }
            });
            sink.add(0, grad);
        })
    }

    /// Mean squared error against a constant `target` of the same shape: `mean((x − t)²)`;
    /// the backward is `2(x − t)/N`.
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::param(tensor![1.0, 2.0]);
    /// let loss = x.mse_loss(&tensor![0.0, 0.0]);     // (1 + 4) / 2
    /// assert_eq!(loss.item(), 2.5);
    /// assert_eq!(loss.backward().wrt(&x), tensor![1.0, 2.0]);
    /// ```
    #[must_use]
    pub fn mse_loss<K2: Kind>(&self, target: &Tensor<T, S, K2>) -> Var<T, (), Inline> {
        let x = self.shared();
        let value = Tensor::scalar(x.mse_loss(target));
        let target = target.to_kind::<K>();
        Var::from_op(value, vec![self.node.clone()], move |g, sink| {
            let scale = g.item() * (T::one() + T::one()) / S::NUMEL.max(1).as_();
            let mut grad = Tensor::<T, S, K>::zeros();
            for ((o, &x), &t) in grad
                .as_mut_slice()
                .iter_mut()
                .zip(x.as_slice())
                .zip(target.as_slice())
            {
                *o = (x - t) * scale;
            }
            sink.add(0, grad);
        })
    }

    /// Cross-entropy of the logits `self` (classes along the last axis) against class
    /// `labels`, averaged over the rows: `mean(logsumexp(x) − x[label])`. The backward is
    /// `(softmax(x) − one_hot(label)) / rows`.
    ///
    /// # Panics
    /// When a label is not below the number of classes.
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let logits = Var::param(tensor![[0.0, 0.0], [0.0, 0.0]]);
    /// let loss = logits.cross_entropy(&tensor![0usize, 1]);
    /// assert!((loss.item() - 2f64.ln()).abs() < 1e-15);
    /// assert_eq!(loss.backward().wrt(&logits), tensor![[-0.25, 0.25], [0.25, -0.25]]);
    /// ```
    #[must_use]
    pub fn cross_entropy<K2: Kind>(
        &self,
        labels: &Tensor<usize, Removed<S, -1>, K2>,
    ) -> Var<T, (), Inline>
    where
        S: Axis<-1>,
    {
        let (value, p) = self.value().cross_entropy_and_softmax(labels);
        let value = Tensor::scalar(value);
        let labels: alloc::vec::Vec<usize> = labels.iter().copied().collect();
        Var::from_op(value, vec![self.node.clone()], move |g, sink| {
            let classes = <<S as Axis<-1>>::Dim as Dim>::SIZE;
            let rows = labels.len().max(1);
            let scale = g.item() / rows.as_();
            let mut grad = p.clone();
            for (row, &c) in grad
                .as_mut_slice()
                .chunks_exact_mut(classes.max(1))
                .zip(&labels)
            {
                row[c] = row[c] - T::one();
                for v in row.iter_mut() {
                    *v = *v * scale;
                }
            }
            sink.add(0, grad);
        })
    }

    /// Layer normalization over the last axis: `(x − μ)/√(σ² + eps) · gamma + beta`; `gamma`
    /// and `beta` (as long as that axis) may be parameters or constants. See
    /// [`Tensor::layernorm`].
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor};
    /// let x = Var::param(tensor![[1.0, 3.0], [2.0, 6.0]]);
    /// let gamma = Var::param(tensor![1.0, 1.0]);
    /// let y = x.layernorm(&gamma, tensor![0.0, 0.0], 0.0);   // rows become [−1, 1]
    /// let grads = (&y * tensor![0.0, 1.0]).sum().backward();
    /// assert_eq!(grads.wrt(&gamma), tensor![0.0, 2.0]);        // Σ_rows x̂[:, 1]
    /// ```
    #[must_use]
    pub fn layernorm<G, B>(&self, gamma: G, beta: B, eps: T) -> Self
    where
        S: Axis<-1>,
        G: Input<T, Shape = (Last<S>,)>,
        B: Input<T, Shape = (Last<S>,)>,
    {
        let x = self.shared();
        let ((vg, ng), (vb, nb)) = (gamma.split(), beta.split());
        let value = x.layernorm(&vg, &vb, eps);
        let ig = ng.as_ref().map(|_| 1);
        let ib = nb.as_ref().map(|_| 1 + usize::from(ng.is_some()));
        let parents = core::iter::once(self.node.clone())
            .chain(ng)
            .chain(nb)
            .collect();
        Var::from_op(value, parents, move |g, sink| {
            let n = <Last<S> as Dim>::SIZE.max(1);
            let nf: T = n.as_();
            let mut dx = Tensor::<T, S, K>::zeros();
            let mut dgamma = alloc::vec![T::zero(); n];
            let mut dbeta = alloc::vec![T::zero(); n];
            let (gam, xs, gs) = (vg.as_slice(), x.as_slice(), g.as_slice());
            for ((row, g), d) in xs
                .chunks_exact(n)
                .zip(gs.chunks_exact(n))
                .zip(dx.as_mut_slice().chunks_exact_mut(n))
            {
                let mu = row.iter().fold(T::zero(), |s, &v| s + v) / nf;
                let var = row.iter().fold(T::zero(), |s, &v| s + (v - mu) * (v - mu)) / nf;
                let inv = T::one() / (var + eps).sqrt();
                let (mut mean_gy, mut mean_gyx) = (T::zero(), T::zero());
                for j in 0..n {
                    let xhat = (row[j] - mu) * inv;
                    let gy = g[j] * gam[j];
                    mean_gy = mean_gy + gy / nf;
                    mean_gyx = mean_gyx + gy * xhat / nf;
                    dgamma[j] = dgamma[j] + g[j] * xhat;
                    dbeta[j] = dbeta[j] + g[j];
                }
                for j in 0..n {
                    let xhat = (row[j] - mu) * inv;
                    d[j] = (g[j] * gam[j] - mean_gy - xhat * mean_gyx) * inv;
                }
            }
            if sink.wants(0) {
                sink.add(0, dx);
            }
            if let Some(i) = ig {
                sink.add(i, column::<T, Last<S>, G::Kind>(&dgamma));
            }
            if let Some(i) = ib {
                sink.add(i, column::<T, Last<S>, B::Kind>(&dbeta));
            }
        })
    }
}

//! Joining tracked values: `concatenate` along an existing axis, `stack` along a new one. The
//! backward splits the gradient back into the parts.

use super::super::graph::Node;
use super::super::var::{Real, Var};
use crate::ops::reduce_kernel::split;
use crate::ops::{ConcatParts, StackParts};
use crate::storage::Kind;
use crate::{Axis, Dim, Shape, Tensor};
use alloc::rc::Rc;
use alloc::vec::Vec;

/// Copies part `p` of `g` along `axis`: `len` positions from `start` (as `(outer, len, inner)`).
fn part_of<T: Real, S: Shape, K: Kind>(
    g: &[T],
    out_dims: &[usize],
    axis: usize,
    (start, len): (usize, usize),
) -> Tensor<T, S, K> {
    let (outer, n, inner) = split(out_dims, axis);
    let mut part = Tensor::<T, S, K>::zeros();
    let dst = part.as_mut_slice();
    for o in 0..outer {
        let src = &g[(o * n + start) * inner..(o * n + start + len) * inner];
        dst[o * len * inner..(o + 1) * len * inner].copy_from_slice(src);
    }
    part
}

/// Tracked values that join into a `Var<T, SO, K>` along axis `AX`.
pub trait VarParts<T: Real, SO: Shape, K: Kind, const AX: isize> {
    /// `Var::concatenate`: the parts end to end along `AX`.
    #[doc(hidden)]
    fn concat(self) -> Var<T, SO, K>;
}

/// Tracked values stacked along a new axis `AX` of a `Var<T, SO, K>`.
pub trait VarStackParts<T: Real, SO: Shape, K: Kind, const AX: isize> {
    /// `Var::stack`: the parts along the new axis `AX`.
    #[doc(hidden)]
    fn stack(self) -> Var<T, SO, K>;
}

macro_rules! concat_tuples {
    ($(($($v:ident: $S:ident $K:ident),+);)+) => {$(
        impl<T: Real, SO: Shape + Axis<AX>, K: Kind, $($S: Shape + Axis<AX>, $K: Kind,)+ const AX: isize>
            VarParts<T, SO, K, AX> for ($(&Var<T, $S, $K>,)+)
        where
            for<'a> ($(&'a Tensor<T, $S, $K>,)+): ConcatParts<T, SO, AX>,
        {
            fn concat(self) -> Var<T, SO, K> {
                let ($($v,)+) = self;
                let value = Tensor::<T, SO, K>::concatenate::<AX>(($($v.value(),)+));
                let parents: Vec<Rc<Node>> = alloc::vec![$($v.node.clone()),+];
                Var::from_op(value, parents, move |g, sink| {
                    let (axis, dims) = (<SO as Axis<AX>>::INDEX, SO::DIMS);
                    let mut start = 0;
                    let mut i = 0;
                    $(
                        let len = <<$S as Axis<AX>>::Dim as Dim>::SIZE;
                        if sink.wants(i) {
                            sink.add(i, part_of::<T, $S, $K>(g.as_slice(), dims.as_ref(), axis, (start, len)));
                        }
                        start += len;
                        i += 1;
                    )+
                    let _ = (start, i);
                })
            }
        }
    )+};
}

concat_tuples! {
    (a: S0 K0, b: S1 K1);
    (a: S0 K0, b: S1 K1, c: S2 K2);
    (a: S0 K0, b: S1 K1, c: S2 K2, d: S3 K3);
}

impl<
    T: Real,
    SO: Shape + Axis<AX>,
    K: Kind,
    SI: Shape + Axis<AX>,
    KI: Kind,
    const AX: isize,
    const N: usize,
> VarParts<T, SO, K, AX> for [&Var<T, SI, KI>; N]
where
    for<'a> [&'a Tensor<T, SI, KI>; N]: ConcatParts<T, SO, AX>,
{
    fn concat(self) -> Var<T, SO, K> {
        let value = Tensor::<T, SO, K>::concatenate::<AX>(self.map(Var::value));
        let parents = self.iter().map(|v| v.node.clone()).collect();
        Var::from_op(value, parents, move |g, sink| {
            let (axis, dims) = (<SO as Axis<AX>>::INDEX, SO::DIMS);
            let len = <<SI as Axis<AX>>::Dim as Dim>::SIZE;
            for i in 0..N {
                if sink.wants(i) {
                    sink.add(
                        i,
                        part_of::<T, SI, KI>(g.as_slice(), dims.as_ref(), axis, (i * len, len)),
                    );
                }
            }
        })
    }
}

impl<T: Real, SO: Shape + Axis<AX>, K: Kind, SI: Shape, KI: Kind, const AX: isize, const N: usize>
    VarStackParts<T, SO, K, AX> for [&Var<T, SI, KI>; N]
where
    for<'a> [&'a Tensor<T, SI, KI>; N]: StackParts<T, SO, AX>,
{
    fn stack(self) -> Var<T, SO, K> {
        let value = Tensor::<T, SO, K>::stack::<AX>(self.map(Var::value));
        let parents = self.iter().map(|v| v.node.clone()).collect();
        Var::from_op(value, parents, move |g, sink| {
            let (axis, dims) = (<SO as Axis<AX>>::INDEX, SO::DIMS);
            for i in 0..N {
                if sink.wants(i) {
                    sink.add(
                        i,
                        part_of::<T, SI, KI>(g.as_slice(), dims.as_ref(), axis, (i, 1)),
                    );
                }
            }
        })
    }
}

impl<T: Real, S: Shape, K: Kind> Var<T, S, K> {
    /// Joins tracked `parts` end to end along axis `AX` (NumPy `np.concatenate`): a tuple of 2
    /// to 4 `&Var`s, or an array of same-shape `&Var`s. Name the output shape as for
    /// [`Tensor::concatenate`]; each part's gradient is its slice of the result's.
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor, Rank1};
    /// let a = Var::param(tensor![1.0, 2.0]);
    /// let b = Var::param(tensor![3.0]);
    /// let ab = Var::<f64, Rank1<3>>::concatenate::<0>((&a, &b));
    /// let grads = (&ab * tensor![1.0, 2.0, 3.0]).sum().backward();
    /// assert_eq!((grads.wrt(&a), grads.wrt(&b)), (tensor![1.0, 2.0], tensor![3.0]));
    /// ```
    #[must_use]
    pub fn concatenate<const AX: isize>(parts: impl VarParts<T, S, K, AX>) -> Self {
        parts.concat()
    }

    /// Stacks same-shape tracked `parts` along a new axis `AX` (NumPy `np.stack`); see
    /// [`Tensor::stack`].
    ///
    /// ```
    /// use tensorial::{autodiff::Var, tensor, Rank2};
    /// let a = Var::param(tensor![1.0, 2.0]);
    /// let b = Var::param(tensor![3.0, 4.0]);
    /// let m = Var::<f64, Rank2<2, 2>>::stack::<1>([&a, &b]);   // columns a, b
    /// let g = (&m * tensor![[1.0, 10.0], [2.0, 20.0]]).sum().backward().wrt(&b);
    /// assert_eq!(g, tensor![10.0, 20.0]);
    /// ```
    #[must_use]
    pub fn stack<const AX: isize>(parts: impl VarStackParts<T, S, K, AX>) -> Self {
        parts.stack()
    }
}

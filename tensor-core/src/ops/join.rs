//! Joining tensors: `concatenate` along an existing axis, `stack` along a new one.
//!
//! Stable Rust cannot compute `Const<{M + N}>`, so the caller names the output shape (by a
//! type annotation or `Tensor::<T, S>::concatenate`). The other axes are compared by trait
//! resolution ([`SameShape`], reported by `cargo check`); the lengths along the joined axis by
//! a `const` assertion (reported by `cargo build`): an associated const of the parts' type,
//! used in `concatenate`'s own body so that the error points at the caller's line. For
//! `stack`, the new axis must be `Const<N>` for `N` tensors ([`StackAxis`], a type error).

use core::marker::PhantomData;

use super::const_msg::Msg;
use super::join_parts::{ConcatList, PartsFit};
use super::layout;
use crate::storage::{Kind, check_inline_cap};
use crate::{Axis, Elem, SameShape, Shape, StackAxis, Tensor};

/// The product of the axes of `S` before `axis`: the row count joins copy by.
fn rows_before<S: Shape>(axis: usize) -> usize {
    S::DIMS.as_ref()[..axis].iter().product()
}

/// Ties `marker`'s type to `value`'s: lets a body use an associated const of the type of an
/// `impl Trait` argument, which it cannot name (`of_type(&x, <_ as Trait>::CONST)`).
const fn of_type<P>(_value: &P, _marker: PhantomData<P>) {}

/// Panics (at compile time, when called in `const`) unless the parts' lengths along the joined
/// axis (index `at`, written `axis` by the caller) add up to the output's. Shapes are given
/// as [`Shape::PADDED_DIMS`] of rank `rank`, so the message can name every shape in full.
const fn check_lengths(parts: &[[usize; 6]], out: [usize; 6], rank: usize, at: usize, axis: isize) {
    let mut sum = 0;
    let mut i = 0;
    while i < parts.len() {
        sum += parts[i][at];
        i += 1;
    }
    if sum != out[at] {
        let mut msg = Msg::new("concatenate along axis ")
            .int(axis)
            .str(": the parts ");
        let mut i = 0;
        while i < parts.len() {
            if i > 0 {
                msg = msg.str(", ");
            }
            msg = msg.list(parts[i].split_at(rank).0);
            i += 1;
        }
        msg = msg.str(" have ");
        let mut i = 0;
        while i < parts.len() {
            if i > 0 {
                msg = msg.str(" + ");
            }
            msg = msg.num(parts[i][at]);
            i += 1;
        }
        let msg = msg
            .str(" = ")
            .num(sum)
            .str(" along it, but the output shape ")
            .list(out.split_at(rank).0)
            .str(" has ")
            .num(out[at]);
        panic!("{}", msg.as_str());
    }
}

/// Tensors that [`Tensor::concatenate`] joins along axis `AX` into the shape `SO`: a tuple of 2
/// to 6 tensor references `(&a, &b, …)`, or an array `[&a, &b, …]` of same-shape tensors.
///
/// Every part's shape with axis `AX` removed must equal `SO`'s: each part of a tuple is checked
/// by its own [`ConcatPart`](crate::ConcatPart) bound, so that a mismatch names that part's
/// shape; an array's one shape by [`SameShape`].
///
/// ```
/// use tensorial::{tensor, Rank1, Tensor};
/// let ab: Tensor<i32, Rank1<5>> = Tensor::concatenate::<0>((&tensor![1, 2], &tensor![3, 4, 5]));
/// assert_eq!(ab, tensor![1, 2, 3, 4, 5]);
/// ```
#[diagnostic::on_unimplemented(
    message = "cannot concatenate `{Self}` along axis {AX} into shape `{SO}`",
    label = "every axis but axis {AX} must match the output's, in every part",
    note = "pass a tuple of 2 to 6 tensor references `(&a, &b)`, or an array `[&a, &b]` of same-shape tensors"
)]
pub trait ConcatParts<T: Elem, SO: Shape, const AX: isize> {
    /// The build-time check that the parts' lengths along axis `AX` add up to `SO`'s: using
    /// it fails the build, with a message naming every shape, when they do not.
    ///
    /// [`Tensor::concatenate`] uses it in its own body, where the error then points at the
    /// caller's line. Its type names `Self`, so that body can reach it through the type of its
    /// `impl ConcatParts` argument, which it cannot name.
    #[doc(hidden)]
    const LENGTHS_ADD_UP: PhantomData<Self>;

    /// Writes the joined elements into `out`, the row-major elements of the `SO` result.
    ///
    /// # Panics
    /// When `out` does not hold exactly the `SO` result's elements.
    fn concat_into(self, out: &mut [T]);
}

/// Every accepted form ([`ConcatList`]) whose parts fit the output ([`PartsFit`]).
impl<T: Elem, SO: Axis<AX>, const AX: isize, P> ConcatParts<T, SO, AX> for P
where
    P: ConcatList<T, SO, AX>,
    P::Shapes: PartsFit<SO, AX>,
{
    const LENGTHS_ADD_UP: PhantomData<Self> = {
        check_lengths(
            P::PART_DIMS,
            SO::PADDED_DIMS,
            SO::RANK,
            <SO as Axis<AX>>::INDEX,
            AX,
        );
        PhantomData
    };

    fn concat_into(self, out: &mut [T]) {
        let outer = rows_before::<SO>(<SO as Axis<AX>>::INDEX);
        self.with_slices(|parts| layout::concat_copy(out, outer, parts));
    }
}

/// Tensors that [`Tensor::stack`] joins along a new axis `AX` of the shape `SO`: an array of
/// `N` same-shape tensors or references to them.
///
/// `SO` with axis `AX` removed must equal the parts' shape ([`SameShape`]), and axis `AX` of
/// `SO` must be `Const<N>` ([`StackAxis`]).
///
/// ```
/// use tensorial::{tensor, Rank2, Tensor};
/// let rows: Tensor<i32, Rank2<2, 3>> = Tensor::stack::<0>([tensor![1, 2, 3], tensor![4, 5, 6]]);
/// assert_eq!(rows, tensor![[1, 2, 3], [4, 5, 6]]);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be stacked along a new axis {AX}",
    label = "expected an array of tensors `[a, b]` or of references `[&a, &b]`"
)]
pub trait StackParts<T: Elem, SO: Shape, const AX: isize> {
    /// Writes the stacked elements into `out`, the row-major elements of the `SO` result.
    fn stack_into(self, out: &mut [T]);
}

impl<T: Elem, SO: Axis<AX>, SI: Shape, KI: Kind, const AX: isize, const N: usize>
    StackParts<T, SO, AX> for [&Tensor<T, SI, KI>; N]
where
    <SO as Axis<AX>>::Removed: SameShape<SI>,
    <SO as Axis<AX>>::Dim: StackAxis<N>,
{
    fn stack_into(self, out: &mut [T]) {
        let outer = rows_before::<SO>(<SO as Axis<AX>>::INDEX);
        layout::concat_copy(out, outer, &self.map(Tensor::as_slice));
    }
}

impl<T: Elem, SO: Axis<AX>, SI: Shape, KI: Kind, const AX: isize, const N: usize>
    StackParts<T, SO, AX> for [Tensor<T, SI, KI>; N]
where
    <SO as Axis<AX>>::Removed: SameShape<SI>,
    <SO as Axis<AX>>::Dim: StackAxis<N>,
{
    fn stack_into(self, out: &mut [T]) {
        StackParts::<T, SO, AX>::stack_into(self.each_ref(), out);
    }
}

/// **Shape and storage** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// Joins tensors along the existing axis `AX` into this shape (NumPy
    /// `np.concatenate((a, b), axis)`). Axes may count from the end.
    ///
    /// Name the output shape, by the type of the result or `Tensor::<T, S>::concatenate`:
    /// stable Rust cannot add the lengths in a type. The other axes must equal the output's
    /// (a type error otherwise), and the lengths along `AX` must add up to the output's
    /// (a compile error reported by `cargo build`). Parts may mix storage kinds.
    ///
    /// # Errors
    /// At build time. Parts whose other axes differ from the output's fail `cargo check` at
    /// the argument. Lengths along `AX` that do not add up fail `cargo build` (not `cargo
    /// check`: stable Rust cannot add lengths in a trait bound) with a message naming every
    /// shape, whose last note, "the above error was encountered while instantiating",
    /// points at this call in your code.
    ///
    /// ```
    /// use tensorial::{tensor, Rank2, Tensor};
    /// let a = tensor![[1, 2], [3, 4]];
    /// let b = tensor![[5, 6]];
    /// let rows: Tensor<i32, Rank2<3, 2>> = Tensor::concatenate::<0>((&a, &b));
    /// assert_eq!(rows, tensor![[1, 2], [3, 4], [5, 6]]);
    /// let cols = Tensor::<i32, Rank2<2, 4>>::concatenate::<-1>([&a, &a]);
    /// assert_eq!(cols, tensor![[1, 2, 1, 2], [3, 4, 3, 4]]);
    /// ```
    ///
    /// ```compile_fail
    /// use tensorial::{tensor, Rank2, Tensor};
    /// let (a, b) = (tensor![[1, 2], [3, 4]], tensor![[5, 6]]);
    /// let _: Tensor<i32, Rank2<4, 2>> = Tensor::concatenate::<0>((&a, &b)); // 2 + 1 != 4
    /// ```
    ///
    /// See also [`stack`](Self::stack).
    #[must_use]
    pub fn concatenate<const AX: isize>(parts: impl ConcatParts<T, S, AX>) -> Self
    where
        S: Axis<AX>,
    {
        const { check_inline_cap::<T, S, K>() };
        // The lengths' check, used here so that a failure names the caller's line.
        of_type(&parts, <_ as ConcatParts<T, S, AX>>::LENGTHS_ADD_UP);
        Self::build(|out| parts.concat_into(out))
    }

    /// Joins `N` same-shape tensors along a new axis `AX` of this shape (NumPy
    /// `np.stack([a, b], axis)`). Axes may count from the end (`-1` appends the new axis).
    ///
    /// Name the output shape, by the type of the result or `Tensor::<T, S>::stack`. Its axis
    /// `AX` must be `Const<N>` and the others the parts' shape; both are type errors otherwise.
    /// Pass an array of tensors or of references; parts may be of another storage kind.
    ///
    /// ```
    /// use tensorial::{tensor, Rank2, Tensor};
    /// let (a, b, c) = (tensor![1, 2], tensor![3, 4], tensor![5, 6]);
    /// let rows: Tensor<i32, Rank2<3, 2>> = Tensor::stack::<0>([&a, &b, &c]);
    /// assert_eq!(rows, tensor![[1, 2], [3, 4], [5, 6]]);
    /// let cols: Tensor<i32, Rank2<2, 3>> = Tensor::stack::<-1>([a, b, c]);
    /// assert_eq!(cols, tensor![[1, 3, 5], [2, 4, 6]]);
    /// ```
    ///
    /// See also [`concatenate`](Self::concatenate), [`new_axis`](Self::new_axis).
    #[must_use]
    pub fn stack<const AX: isize>(parts: impl StackParts<T, S, AX>) -> Self
    where
        S: Axis<AX>,
    {
        const { check_inline_cap::<T, S, K>() };
        Self::build(|out| parts.stack_into(out))
    }
}

//! The generic elementwise layer: `map`, `zip_map`, `zip_assign`, `select` over any storage.

use super::kernel::{self, Strided, StridedMut};
use super::operand::Operand;
use crate::storage::{Buffer, Combine, CombineWith, Combined, Kind};
use crate::{Broadcast, BroadcastFrom, BroadcastShape, BroadcastWith, Elem, Shape, Tensor};

/// Output of an elementwise operator (`+`, `*`, …) between a tensor `(S, K)` and an operand `R`
/// of element `T`: the same type as [`ZipOutput`], spelled with the operators' bounds
/// ([`BroadcastWith`], [`CombineWith`]) so that it is `Tensor<T, S, K>` in generic code.
pub type OpOutput<T, S, K, R> = Tensor<
    T,
    <S as BroadcastWith<<R as Operand<T>>::Shape>>::Output,
    <K as CombineWith<<R as Operand<T>>::Kind>>::Output,
>;

/// Output of a binary op between a tensor `(S, K)` and an operand `R`.
pub type ZipOutput<O, S, K, R, U> =
    Tensor<O, Broadcast<S, <R as Operand<U>>::Shape>, Combined<K, <R as Operand<U>>::Kind>>;

/// **Elementwise** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// Applies `f` to every element, into a new tensor of the same shape and kind.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![1, -2, 3];
    /// assert_eq!(x.map(|v| v * v).as_slice(), &[1, 4, 9]);
    /// assert_eq!(x.map(|v| v > 0).as_slice(), &[true, false, true]);
    /// ```
    #[must_use]
    #[inline]
    pub fn map<U: Elem>(&self, f: impl Fn(T) -> U + Sync) -> Tensor<U, S, K> {
        if K::INLINE {
            // Small, one thread: one loop inlined at the call, each element written once.
            let a = &self.as_slice()[..S::NUMEL];
            return Tensor::from_flat_fn(|i| f(a[i]));
        }
        Tensor::build(|out| kernel::map(out, self.as_slice(), f))
    }

    /// Applies `f` to every element in place.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![1.0, 4.0, 9.0];
    /// x.map_inplace(f64::sqrt);
    /// assert_eq!(x.as_slice(), &[1.0, 2.0, 3.0]);
    /// ```
    #[inline]
    pub fn map_inplace(&mut self, f: impl Fn(T) -> T + Sync) {
        if K::INLINE {
            self.as_mut_slice().iter_mut().for_each(|x| *x = f(*x));
            return;
        }
        kernel::map_inplace(self.as_mut_slice(), f);
    }

    /// Sets every element to `value` (NumPy `x.fill(value)` / `x[...] = value`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// x.fill(7);
    /// assert_eq!(x.as_slice(), &[7; 4]);
    /// ```
    pub fn fill(&mut self, value: T) {
        self.as_mut_slice().fill(value);
    }

    /// Consumes the tensor and applies `f` to every element, reusing its storage.
    #[inline]
    pub(crate) fn into_map(mut self, f: impl Fn(T) -> T + Sync) -> Self {
        self.map_inplace(f);
        self
    }

    /// Combines two operands elementwise with broadcasting (the shape is computed by the types).
    ///
    /// `rhs` is a tensor, a reference to one, or a scalar. The smaller operand is never copied
    /// into a full-size temporary.
    ///
    /// ```
    /// use tensorial::{tensor, Bcast, Const, Tensor};
    /// let x = tensor![[1, 2, 3], [4, 5, 6]];
    /// let col = Tensor::<i32, (Const<2>, Bcast)>::from_array([[10], [20]]);
    /// let y = x.zip_map(&col, |a, b| a * b);
    /// assert_eq!(y.as_slice(), &[10, 20, 30, 80, 100, 120]);
    /// ```
    #[must_use]
    #[inline]
    pub fn zip_map<U: Elem, O: Elem, R: Operand<U>>(
        &self,
        rhs: R,
        f: impl Fn(T, U) -> O + Sync,
    ) -> ZipOutput<O, S, K, R, U>
    where
        S: BroadcastShape<R::Shape>,
        K: Combine<R::Kind>,
    {
        if const { one_loop::<S, R::Shape, Broadcast<S, R::Shape>, Combined<K, R::Kind>>() }
            && let Some(b) = rhs.elements()
        {
            return zip_one_loop::<S, R::Shape, _, _, _, _, _>(self.as_slice(), b, f);
        }
        zip_new::<S, R::Shape, _, _, _, _>(self.layout(), rhs.layout(), f)
    }

    /// Like [`zip_map`](Self::zip_map) but writes the result into `out`, which must have the
    /// broadcast shape (checked by the types) and may use any storage kind. Nothing is
    /// allocated (NumPy `np.add(a, b, out=c)` style).
    ///
    /// ```
    /// use tensorial::{tensor, Bcast, Const, Heap, Rank2, Tensor};
    /// let x = tensor![[1, 2, 3], [4, 5, 6]];
    /// let col = Tensor::<i32, (Const<2>, Bcast)>::from_array([[10], [20]]);
    /// let mut out = Tensor::<i32, Rank2<2, 3>, Heap>::zeros();
    /// x.zip_map_into(&col, &mut out, |a, b| a * b);
    /// assert_eq!(out.as_slice(), &[10, 20, 30, 80, 100, 120]);
    /// ```
    pub fn zip_map_into<U: Elem, O: Elem, R: Operand<U>, K2: Kind>(
        &self,
        rhs: R,
        out: &mut Tensor<O, Broadcast<S, R::Shape>, K2>,
        f: impl Fn(T, U) -> O + Sync,
    ) where
        S: BroadcastShape<R::Shape>,
    {
        let out_dims = Broadcast::<S, R::Shape>::DIMS;
        kernel::zip_strided_to(
            (out.as_mut_slice(), kernel::Store::StreamBig),
            out_dims.as_ref(),
            self.layout(),
            rhs.layout(),
            f,
        );
    }

    /// [`zip_map`](Self::zip_map) bounded like the operators, so it serves generic shapes
    /// and kinds.
    #[inline]
    pub(crate) fn zip_ref<R: Operand<T>>(
        &self,
        rhs: R,
        f: impl Fn(T, T) -> T + Sync,
    ) -> OpOutput<T, S, K, R>
    where
        S: BroadcastWith<R::Shape>,
        K: CombineWith<R::Kind>,
    {
        if const { one_loop::<S, R::Shape, OpShape<S, R, T>, OpKind<K, R, T>>() }
            && let Some(b) = rhs.elements()
        {
            return zip_one_loop::<S, R::Shape, _, _, _, _, _>(self.as_slice(), b, f);
        }
        zip_to(self.layout(), rhs.layout(), f)
    }

    /// Like [`zip_map`](Self::zip_map) but consumes `self`, writing into its storage when the
    /// result has the same shape and storage kind (no allocation for `x + &y` on heap tensors).
    /// Bounded like the operators, so it serves generic shapes and kinds.
    #[inline]
    pub(crate) fn zip_map_owned<R: Operand<T>>(
        self,
        rhs: R,
        f: impl Fn(T, T) -> T + Sync,
    ) -> OpOutput<T, S, K, R>
    where
        S: BroadcastWith<R::Shape>,
        K: CombineWith<R::Kind>,
    {
        if K::INLINE || S::DIMS.as_ref() != OpShape::<S, R, T>::DIMS.as_ref() {
            // Inline operands are read in place (see `Kind::INLINE`).
            return self.zip_ref(rhs, f);
        }
        let buf = K::reshape::<T, S, OpShape<S, R, T>>(self.buf);
        match K::transfer::<T, OpShape<S, R, T>, OpKind<K, R, T>>(buf) {
            Ok(buf) => {
                let mut out = Tensor::from_buf(buf);
                out.zip_assign_unchecked(&rhs, f);
                out
            }
            Err(buf) => zip_to(
                Strided::contiguous(buf.as_slice(), S::DIMS.as_ref()),
                rhs.layout(),
                f,
            ),
        }
    }

    /// Updates every element with `f(element, rhs_element)`, `rhs` broadcast to this shape.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// x.zip_assign(&tensor![10, 20], |a, b| a + b);
    /// assert_eq!(x.as_slice(), &[11, 22, 13, 24]);
    /// ```
    #[inline]
    pub fn zip_assign<U: Elem, R: Operand<U>>(&mut self, rhs: R, f: impl Fn(T, U) -> T + Sync)
    where
        S: BroadcastFrom<R::Shape>,
    {
        self.zip_assign_unchecked(&rhs, f);
    }

    #[inline]
    fn zip_assign_unchecked<U: Elem, R: Operand<U>>(
        &mut self,
        rhs: &R,
        f: impl Fn(T, U) -> T + Sync,
    ) {
        if const { K::INLINE && whole_or_one::<R::Shape, S>() }
            && let Some(b) = rhs.elements()
        {
            let b = &b[..R::Shape::NUMEL];
            for (i, x) in self.as_mut_slice().iter_mut().enumerate() {
                *x = f(*x, b[if R::Shape::NUMEL == 1 { 0 } else { i }]);
            }
            return;
        }
        let dst = StridedMut::contiguous(self.as_mut_slice(), S::DIMS.as_ref());
        kernel::zip_assign_strided(dst, rhs.layout(), f);
    }

    /// The contiguous row-major layout of this tensor, for the kernels.
    pub(crate) fn layout(&self) -> Strided<'_, T> {
        Strided::contiguous(self.as_slice(), S::DIMS.as_ref())
    }
}

/// A new tensor `f(a, b)` with `a` of shape `SA` and `b` of shape `SB` broadcast together.
pub(crate) fn zip_new<SA, SB, K, A, B, O>(
    a: Strided<'_, A>,
    b: Strided<'_, B>,
    f: impl Fn(A, B) -> O + Sync,
) -> Tensor<O, Broadcast<SA, SB>, K>
where
    SA: BroadcastShape<SB>,
    SB: Shape,
    K: Kind,
    A: Copy + Sync,
    B: Copy + Sync,
    O: Elem,
{
    zip_to(a, b, f)
}

/// The shape of an operator's result (see [`OpOutput`]).
type OpShape<S, R, T> = <S as BroadcastWith<<R as Operand<T>>::Shape>>::Output;
/// The storage kind of an operator's result (see [`OpOutput`]).
type OpKind<K, R, T> = <K as CombineWith<<R as Operand<T>>::Kind>>::Output;

/// Whether an operand of shape `SA` broadcast to `SO` is read in the output's order, one
/// element per output element (the same count: broadcasting only adds size-1 axes), or is
/// one value.
const fn whole_or_one<SA: Shape, SO: Shape>() -> bool {
    SA::NUMEL == SO::NUMEL || SA::NUMEL == 1
}

/// Whether `f(a, b)` with `a` of shape `SA` and `b` of shape `SB` (both contiguous) into a new
/// tensor of shape `SO` and kind `K` runs as [`zip_one_loop`]: decided by the types, so the
/// general kernel is not even compiled in for such calls.
const fn one_loop<SA: Shape, SB: Shape, SO: Shape, K: Kind>() -> bool {
    K::INLINE && whole_or_one::<SA, SO>() && whole_or_one::<SB, SO>()
}

/// `f(a, b)` into a new inline tensor as one loop with a compile-time trip count, each output
/// element written once: `a` (`SA::NUMEL` elements) and `b` are each the whole output or one
/// value ([`one_loop`]). Small elementwise ops (`p + q`, `x / det`, `z - h`) take it.
#[inline]
fn zip_one_loop<SA: Shape, SB: Shape, SO: Shape, K: Kind, A: Copy, B: Copy, O: Elem>(
    a: &[A],
    b: &[B],
    f: impl Fn(A, B) -> O,
) -> Tensor<O, SO, K> {
    let (a, b) = (&a[..SA::NUMEL], &b[..SB::NUMEL]);
    let at = |numel: usize, i: usize| if numel == 1 { 0 } else { i };
    Tensor::from_flat_fn(|i| f(a[at(SA::NUMEL, i)], b[at(SB::NUMEL, i)]))
}

/// A new tensor of shape `SO` holding `f(a, b)`, `a` and `b` broadcast to `SO`.
#[inline]
pub(crate) fn zip_to<SO: Shape, K: Kind, A: Copy + Sync, B: Copy + Sync, O: Elem>(
    a: Strided<'_, A>,
    b: Strided<'_, B>,
    f: impl Fn(A, B) -> O + Sync,
) -> Tensor<O, SO, K> {
    // Inline results (small, one thread): when each operand is the whole shape or one value
    // (`p + q`, `x / det`), one loop inlined at the call, without the kernel's row plan.
    if K::INLINE
        && let (Some(a), Some(b)) = (Small::of(&a, SO::NUMEL), Small::of(&b, SO::NUMEL))
    {
        return Tensor::build(|out| {
            for (i, o) in out.iter_mut().enumerate() {
                *o = f(a.get(i), b.get(i));
            }
        });
    }
    Tensor::build(|out| kernel::zip_strided(out, SO::DIMS.as_ref(), a, b, f))
}

/// An operand of [`zip_to`]'s loop: all of the output's elements in order, or one value.
#[derive(Clone, Copy)]
enum Small<'a, T> {
    Whole(&'a [T]),
    One(T),
}

impl<'a, T: Copy> Small<'a, T> {
    /// `s` as the whole output (contiguous, `numel` elements: broadcasting then only adds
    /// leading axes, so the order is the output's) or as one value; `None` otherwise.
    #[inline]
    fn of(s: &Strided<'a, T>, numel: usize) -> Option<Self> {
        if s.len() == 1 {
            return Some(Self::One(s.data()[s.offset()]));
        }
        s.as_contiguous()
            .filter(|d| d.len() == numel)
            .map(Self::Whole)
    }

    #[allow(clippy::inline_always)] // in the loop of every small elementwise op
    #[inline(always)]
    fn get(&self, i: usize) -> T {
        match *self {
            Self::Whole(d) => d[i],
            Self::One(v) => v,
        }
    }
}

/// **Elementwise** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<S: Shape, K: Kind> Tensor<bool, S, K> {
    /// Picks `a` where `self` is `true` and `b` elsewhere, all three broadcast (NumPy `np.where`).
    ///
    /// `a` and `b` are tensors, views or scalars. To overwrite the masked elements of a tensor
    /// in place instead (NumPy `x[mask] = v`), see [`masked_fill`](Tensor::masked_fill).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![-1.0, 2.0, -3.0];
    /// let relu = x.gt(0.0).select(&x, 0.0);
    /// assert_eq!(relu.as_slice(), &[0.0, 2.0, 0.0]);
    /// let m = tensor![[1, 2], [3, 4]];
    /// let picked = tensor![true, false].select(m.row(0), m.col(1)); // np.where(c, m[0], m[:, 1])
    /// assert_eq!(picked, tensor![1, 4]);
    /// ```
    #[must_use]
    #[allow(clippy::type_complexity)]
    pub fn select<T: Elem, A: Operand<T>, B: Operand<T>>(
        &self,
        a: A,
        b: B,
    ) -> Tensor<
        T,
        Broadcast<Broadcast<S, A::Shape>, B::Shape>,
        Combined<Combined<K, A::Kind>, B::Kind>,
    >
    where
        S: BroadcastShape<A::Shape>,
        Broadcast<S, A::Shape>: BroadcastShape<B::Shape>,
        K: Combine<A::Kind>,
        Combined<K, A::Kind>: Combine<B::Kind>,
    {
        Tensor::build(|out| self.select_to::<T, A, B>((out, kernel::Store::Cached), a, b))
    }

    /// Like [`select`](Self::select) but writes into `out`, which must have the broadcast shape
    /// of the three operands (checked by the types) and may use any storage kind. Nothing is
    /// allocated (NumPy `np.copyto(out, np.where(mask, a, b))` without the temporary).
    ///
    /// ```
    /// use tensorial::{tensor, Heap, Rank2, Tensor};
    /// let x = tensor![[-1.0, 2.0], [3.0, -4.0]];
    /// let mut relu = Tensor::<f64, Rank2<2, 2>, Heap>::zeros();
    /// x.gt(0.0).select_into(&x, 0.0, &mut relu);
    /// assert_eq!(relu.as_slice(), &[0.0, 2.0, 3.0, 0.0]);
    /// ```
    #[allow(clippy::type_complexity)]
    pub fn select_into<T: Elem, A: Operand<T>, B: Operand<T>, K2: Kind>(
        &self,
        a: A,
        b: B,
        out: &mut Tensor<T, Broadcast<Broadcast<S, A::Shape>, B::Shape>, K2>,
    ) where
        S: BroadcastShape<A::Shape>,
        Broadcast<S, A::Shape>: BroadcastShape<B::Shape>,
    {
        let out = out.as_mut_slice();
        self.select_to::<T, A, B>((out, kernel::Store::StreamBig), a, b);
    }

    /// `select` into `out`, written as `store` says.
    fn select_to<T: Elem, A: Operand<T>, B: Operand<T>>(
        &self,
        out: (&mut [T], kernel::Store),
        a: A,
        b: B,
    ) where
        S: BroadcastShape<A::Shape>,
        Broadcast<S, A::Shape>: BroadcastShape<B::Shape>,
    {
        let out_dims = Broadcast::<Broadcast<S, A::Shape>, B::Shape>::DIMS;
        let operands = (self.layout(), a.layout(), b.layout());
        kernel::zip3_strided_to(
            out,
            out_dims.as_ref(),
            operands,
            |c, a, b| {
                if c { a } else { b }
            },
        );
    }
}

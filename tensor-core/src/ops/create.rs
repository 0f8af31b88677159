//! Structured constructors: `linspace`, `diag`, `tril`/`triu` (and causal masks), `meshgrid`, `one_hot`.

use crate::storage::{Combine, Combined, Kind, check_inline_cap};
use crate::{AppendAxis, Axis, Const, Elem, Shape, Tensor};
use core::fmt;
use num_traits::{Float, One};

/// An integer element type usable as an index: class labels for
/// [`one_hot`](crate::OneHot::one_hot), bins for [`bincount`](Tensor::bincount).
///
/// Implemented for every primitive integer. Negative values and values that do not fit in
/// `usize` are never valid indices.
///
/// ```
/// use tensorial::IndexElem;
/// assert_eq!(3_i8.to_index(), Some(3));
/// assert_eq!((-1_i32).to_index(), None);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not an integer type, so its values cannot be used as indices",
    label = "class labels and bins must be integers, not `{Self}`",
    note = "convert first, e.g. `labels.map(|v| v as usize)`"
)]
pub trait IndexElem: Elem {
    /// The value as an index, or `None` when it is negative or does not fit in `usize`.
    fn to_index(self) -> Option<usize>;
}

macro_rules! index_elems {
    ($($t:ty)*) => {$(
        impl IndexElem for $t {
            #[inline]
            fn to_index(self) -> Option<usize> {
                usize::try_from(self).ok()
            }
        }
    )*};
}

index_elems!(u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);

/// An index tensor held a value outside `0..bound` (from [`try_one_hot`](crate::OneHot::try_one_hot),
/// [`try_bincount`](Tensor::try_bincount) or [`try_take`](crate::Take::try_take)).
///
/// ```
/// use tensorial::{tensor, IndexRangeError, OneHot};
/// let err = OneHot::<f32>::try_one_hot::<4>(&tensor![0, 3, 7]).unwrap_err();
/// assert_eq!(err, IndexRangeError { offset: 2, value: 7, bound: 4 });
/// assert_eq!(err.to_string(), "element 2 is 7, outside the range 0..4");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct IndexRangeError<T> {
    /// Row-major offset of the first offending element (see [`Shape::unravel`]).
    pub offset: usize,
    /// The offending value.
    pub value: T,
    /// The exclusive upper bound: the number of classes or bins, or the axis length.
    pub bound: usize,
}

impl<T: fmt::Display> fmt::Display for IndexRangeError<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "element {} is {}, outside the range 0..{}",
            self.offset, self.value, self.bound
        )
    }
}

impl<T: fmt::Debug + fmt::Display> core::error::Error for IndexRangeError<T> {}

/// The first element of `values` outside `0..bound`, as an error.
pub(crate) fn check_indices<T: IndexElem>(
    values: &[T],
    bound: usize,
) -> Result<(), IndexRangeError<T>> {
    match values
        .iter()
        .position(|&v| v.to_index().is_none_or(|i| i >= bound))
    {
        Some(offset) => Err(IndexRangeError {
            offset,
            value: values[offset],
            bound,
        }),
        None => Ok(()),
    }
}

/// **Creation** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, const N: usize, K: Kind> Tensor<T, (Const<N>,), K> {
    /// `N` evenly spaced values from `start` to `stop`, both included (NumPy
    /// `np.linspace(start, stop, N)`). The count comes from the type.
    ///
    /// Computed as NumPy does: `start + i * step` with `step = (stop - start) / (N - 1)`, and
    /// the last element set to exactly `stop`. `N == 1` gives `[start]`.
    ///
    /// ```
    /// use tensorial::{Rank1, Tensor};
    /// let x = Tensor::<f64, Rank1<5>>::linspace(0.0, 1.0);
    /// assert_eq!(x.as_slice(), &[0.0, 0.25, 0.5, 0.75, 1.0]);
    /// ```
    #[must_use]
    pub fn linspace(start: T, stop: T) -> Self
    where
        T: Float,
    {
        const { check_inline_cap::<T, (Const<N>,), K>() };
        let delta = stop - start;
        let index = |i: usize| T::from(i).unwrap_or_else(T::nan);
        Self::build(|out| {
            if N <= 1 {
                // NumPy: the step is undefined; `y = arange(N) * delta + start`.
                for v in out {
                    *v = T::zero() * delta + start;
                }
                return;
            }
            let div = index(N - 1);
            let spacing = delta / div;
            for (i, v) in out.iter_mut().enumerate() {
                *v = if spacing == T::zero() {
                    index(i) / div * delta + start
                } else {
                    index(i) * spacing + start
                };
            }
            out[N - 1] = stop;
        })
    }

    /// The `N×N` matrix with this vector on its diagonal and zeros elsewhere (NumPy
    /// `np.diag(v)`). On a square matrix, `diag` does the reverse; see also
    /// [`eye`](Tensor::eye).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let d = tensor![1, 2, 3].diag();
    /// assert_eq!(d, tensor![[1, 0, 0], [0, 2, 0], [0, 0, 3]]);
    /// ```
    #[must_use]
    pub fn diag(&self) -> Tensor<T, (Const<N>, Const<N>), K> {
        Tensor::build_zeroed(|out| {
            for (v, &d) in out.iter_mut().step_by(N + 1).zip(self.as_slice()) {
                *v = d;
            }
        })
    }
}

/// **Creation** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, const N: usize, K: Kind> Tensor<T, (Const<N>, Const<N>), K> {
    /// The diagonal of a square matrix (NumPy `np.diag(m)`). On a vector, `diag` does the
    /// reverse.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let m = tensor![[1, 2], [3, 4]];
    /// assert_eq!(m.diag(), tensor![1, 4]);
    /// ```
    #[must_use]
    pub fn diag(&self) -> Tensor<T, (Const<N>,), K> {
        Tensor::build(|out| {
            for (v, &d) in out.iter_mut().zip(self.as_slice().iter().step_by(N + 1)) {
                *v = d;
            }
        })
    }
}

/// **Creation** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// The lower triangle: elements on and below diagonal `k` kept, the rest zero (NumPy
    /// `np.tril(x, k)`). `k = 0` is the main diagonal, `k > 0` above it, `k < 0` below it.
    ///
    /// Works on the last two axes, so a stack of matrices is handled matrix by matrix; a
    /// rank-0 or rank-1 tensor does not compile. "Zero" is `T::default()` (`false` for `bool`).
    ///
    /// ```
    /// use tensorial::{Rank2, Tensor};
    /// let x = Tensor::<f64, Rank2<3, 3>>::ones().tril(0);
    /// assert_eq!(x.as_slice(), &[1.0, 0.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0, 1.0]);
    /// let y = Tensor::<i32, Rank2<2, 3>>::ones().tril(-1);
    /// assert_eq!(y.as_slice(), &[0, 0, 0, 1, 0, 0]);
    /// ```
    #[must_use]
    pub fn tril(&self, k: isize) -> Self
    where
        S: Axis<-2>,
    {
        Self::build(|out| {
            out.copy_from_slice(self.as_slice());
            for_each_matrix_row::<S, T>(out, |r, row| {
                // keep columns j <= r + k
                let keep = r.saturating_add_signed(k.saturating_add(1)).min(row.len());
                row[keep..].fill(T::default());
            });
        })
    }

    /// The upper triangle: elements on and above diagonal `k` kept, the rest zero (NumPy
    /// `np.triu(x, k)`). Works on the last two axes like [`tril`](Self::tril).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    /// assert_eq!(x.triu(0), tensor![[1, 2, 3], [0, 5, 6], [0, 0, 9]]);
    /// assert_eq!(x.triu(1), tensor![[0, 2, 3], [0, 0, 6], [0, 0, 0]]);
    /// ```
    #[must_use]
    pub fn triu(&self, k: isize) -> Self
    where
        S: Axis<-2>,
    {
        Self::build(|out| {
            out.copy_from_slice(self.as_slice());
            for_each_matrix_row::<S, T>(out, |r, row| {
                // keep columns j >= r + k
                let drop = r.saturating_add_signed(k).min(row.len());
                row[..drop].fill(T::default());
            });
        })
    }
}

/// Calls `f(row index within its matrix, row)` for every row of the last two axes of `S`.
fn for_each_matrix_row<S: Axis<-2>, T>(out: &mut [T], mut f: impl FnMut(usize, &mut [T])) {
    let dims = S::DIMS;
    let (rows, cols) = (dims.as_ref()[S::RANK - 2], dims.as_ref()[S::RANK - 1]);
    if cols == 0 {
        return;
    }
    for (i, row) in out.chunks_exact_mut(cols).enumerate() {
        f(i % rows, row);
    }
}

/// **Creation** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<S: Shape, K: Kind> Tensor<bool, S, K> {
    /// `true` on and below diagonal `k` of the last two axes, `false` above (a boolean
    /// [`tril`](Tensor::tril) of all-`true`). `tril_mask(0)` marks what a causal attention
    /// may see.
    ///
    /// ```
    /// use tensorial::{Rank2, Tensor};
    /// let m = Tensor::<bool, Rank2<2, 2>>::tril_mask(0);
    /// assert_eq!(m.as_slice(), &[true, false, true, true]);
    /// ```
    #[must_use]
    pub fn tril_mask(k: isize) -> Self
    where
        S: Axis<-2>,
    {
        Self::full(true).tril(k)
    }

    /// `true` on and above diagonal `k` of the last two axes, `false` below.
    /// `triu_mask(1)` marks the future positions a causal attention must hide.
    ///
    /// ```
    /// use tensorial::{Rank2, Tensor};
    /// let scores = Tensor::<f32, Rank2<3, 3>>::ones();
    /// let future = Tensor::<bool, Rank2<3, 3>>::triu_mask(1);
    /// let masked = future.select(f32::NEG_INFINITY, &scores); // NumPy: np.where(mask, -inf, s)
    /// assert_eq!(masked[[0, 1]], f32::NEG_INFINITY);
    /// assert_eq!(masked[[1, 0]], 1.0);
    /// ```
    #[must_use]
    pub fn triu_mask(k: isize) -> Self
    where
        S: Axis<-2>,
    {
        Self::full(true).triu(k)
    }
}

/// Coordinate matrices from coordinate vectors, NumPy's default `indexing='xy'`:
/// for `x` of length `M` and `y` of length `N`, both results have shape **`(N, M)`** with
/// `xx[[i, j]] == x[j]` and `yy[[i, j]] == y[i]` (rows follow `y`, columns follow `x`,
/// as in plotting). Use [`meshgrid_ij`] for matrix indexing, shape `(M, N)`.
///
/// NumPy's `sparse=True` needs no copy here: `x.new_axis::<0>()` (shape `(1, M)`) and
/// `y.new_axis::<1>()` (shape `(N, 1)`) broadcast against each other.
///
/// ```
/// use tensorial::{meshgrid, tensor};
/// let (xx, yy) = meshgrid(&tensor![1, 2, 3], &tensor![10, 20]);
/// assert_eq!(xx, tensor![[1, 2, 3], [1, 2, 3]]);
/// assert_eq!(yy, tensor![[10, 10, 10], [20, 20, 20]]);
/// ```
#[must_use]
#[allow(clippy::type_complexity)]
pub fn meshgrid<TX: Elem, TY: Elem, const M: usize, const N: usize, KX, KY>(
    x: &Tensor<TX, (Const<M>,), KX>,
    y: &Tensor<TY, (Const<N>,), KY>,
) -> (
    Tensor<TX, (Const<N>, Const<M>), Combined<KX, KY>>,
    Tensor<TY, (Const<N>, Const<M>), Combined<KX, KY>>,
)
where
    KX: Combine<KY>,
    KY: Kind,
{
    (
        Tensor::build(|out| {
            if M > 0 {
                out.chunks_exact_mut(M)
                    .for_each(|row| row.copy_from_slice(x.as_slice()));
            }
        }),
        Tensor::build(|out| {
            if M > 0 {
                out.chunks_exact_mut(M)
                    .zip(y.as_slice())
                    .for_each(|(row, &v)| row.fill(v));
            }
        }),
    )
}

/// Coordinate matrices with matrix indexing (NumPy `np.meshgrid(x, y, indexing='ij')`):
/// for `x` of length `M` and `y` of length `N`, both results have shape `(M, N)` with
/// `xx[[i, j]] == x[i]` and `yy[[i, j]] == y[j]`. See [`meshgrid`] for NumPy's default.
///
/// ```
/// use tensorial::{meshgrid_ij, tensor};
/// let (xx, yy) = meshgrid_ij(&tensor![1, 2, 3], &tensor![10, 20]);
/// assert_eq!(xx, tensor![[1, 1], [2, 2], [3, 3]]);
/// assert_eq!(yy, tensor![[10, 20], [10, 20], [10, 20]]);
/// ```
#[must_use]
#[allow(clippy::type_complexity)]
pub fn meshgrid_ij<TX: Elem, TY: Elem, const M: usize, const N: usize, KX, KY>(
    x: &Tensor<TX, (Const<M>,), KX>,
    y: &Tensor<TY, (Const<N>,), KY>,
) -> (
    Tensor<TX, (Const<M>, Const<N>), Combined<KX, KY>>,
    Tensor<TY, (Const<M>, Const<N>), Combined<KX, KY>>,
)
where
    KX: Combine<KY>,
    KY: Kind,
{
    (
        Tensor::build(|out| {
            if N > 0 {
                out.chunks_exact_mut(N)
                    .zip(x.as_slice())
                    .for_each(|(row, &v)| row.fill(v));
            }
        }),
        Tensor::build(|out| {
            if N > 0 {
                out.chunks_exact_mut(N)
                    .for_each(|row| row.copy_from_slice(y.as_slice()));
            }
        }),
    )
}

/// One-hot encoding: `labels.one_hot::<C>()` with the element type of the result inferred
/// from its use (or named by an annotation).
///
/// A trait rather than an inherent method so that the element type is a parameter of the
/// trait: stable Rust needs every generic parameter of a method in a turbofish, so an inherent
/// `one_hot::<C, T>` would have to be written `one_hot::<10, f32>()`. It is in the
/// [prelude](crate::prelude). Implemented for tensors of integer labels ([`IndexElem`]).
///
/// ```
/// use tensorial::{tensor, OneHot, Rank2, Tensor};
/// let labels = tensor![2, 0];
/// let y: Tensor<f32, Rank2<2, 3>> = labels.one_hot::<3>();
/// assert_eq!(y, tensor![[0.0, 0.0, 1.0], [1.0, 0.0, 0.0]]);
/// let probs = tensor![[0.1f32, 0.2, 0.7], [0.8, 0.1, 0.1]];
/// let grad = &probs - &labels.one_hot::<3>();                      // element type from `probs`
/// assert!((grad[[0, 2]] + 0.3).abs() < 1e-6);
/// ```
pub trait OneHot<T: Elem + One> {
    /// The labels' shape.
    type Shape: Shape;
    /// The labels' storage kind (the result's too).
    type Kind: Kind;
    /// The labels' element type (an integer type, [`IndexElem`], for the methods to apply).
    type Label: Elem;

    /// One-hot encoding with `C` classes: labels of shape `S` become a tensor of shape
    /// `S + (C,)` holding `1` at each label's class and `0` elsewhere. Labels `(N,)` give
    /// `(N, C)`, labels `(B, T)` give `(B, T, C)`. The element type comes from the result's
    /// use or annotation.
    ///
    /// NumPy: `np.eye(C)[labels]`, or `one_hot[np.arange(n), labels] = 1`.
    ///
    /// # Panics
    /// When a label is negative or `>= C`, naming the first such element. Unlike NumPy's
    /// fancy indexing, `-1` does not wrap around to the last class. Use
    /// [`try_one_hot`](Self::try_one_hot) to get an error instead.
    ///
    /// ```
    /// use tensorial::{tensor, OneHot, Rank2, Tensor};
    /// let labels = tensor![3, 0, 1];
    /// let y: Tensor<f32, Rank2<3, 4>> = labels.one_hot::<4>();
    /// assert_eq!(y, tensor![[0.0, 0.0, 0.0, 1.0], [1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]]);
    /// ```
    #[must_use]
    #[track_caller]
    fn one_hot<const C: usize>(
        &self,
    ) -> Tensor<T, <Self::Shape as AppendAxis<Const<C>>>::Output, Self::Kind>
    where
        Self::Label: IndexElem,
        Self::Shape: AppendAxis<Const<C>>,
    {
        match self.try_one_hot::<C>() {
            Ok(t) => t,
            Err(err) => panic!("one_hot::<{C}>: {err}"),
        }
    }

    /// Like [`one_hot`](Self::one_hot), but returns an error instead of panicking.
    ///
    /// # Errors
    /// [`IndexRangeError`] naming the first label that is negative or `>= C`.
    ///
    /// ```
    /// use tensorial::{tensor, OneHot, Rank3, Tensor};
    /// let y: Tensor<i32, Rank3<2, 2, 3>> = tensor![[1_u8, 0], [2, 2]].try_one_hot::<3>().unwrap();
    /// assert_eq!(y[[1, 0, 2]], 1);
    /// let bad: Result<Tensor<i32, _>, _> = tensor![-1, 0].try_one_hot::<3>();
    /// assert!(bad.is_err());
    /// ```
    #[allow(clippy::type_complexity)]
    fn try_one_hot<const C: usize>(
        &self,
    ) -> Result<
        Tensor<T, <Self::Shape as AppendAxis<Const<C>>>::Output, Self::Kind>,
        IndexRangeError<Self::Label>,
    >
    where
        Self::Label: IndexElem,
        Self::Shape: AppendAxis<Const<C>>;
}

/// **Creation**: one-hot encoding of integer labels.
impl<T: Elem + One, I: Elem, S: Shape, K: Kind> OneHot<T> for Tensor<I, S, K> {
    type Shape = S;
    type Kind = K;
    type Label = I;

    fn try_one_hot<const C: usize>(
        &self,
    ) -> Result<Tensor<T, <S as AppendAxis<Const<C>>>::Output, K>, IndexRangeError<I>>
    where
        I: IndexElem,
        S: AppendAxis<Const<C>>,
    {
        check_indices(self.as_slice(), C)?;
        Ok(Tensor::build_zeroed(|out| {
            for (row, &label) in out.chunks_exact_mut(C.max(1)).zip(self.as_slice()) {
                if let Some(class) = label.to_index() {
                    row[class] = T::one();
                }
            }
        }))
    }
}

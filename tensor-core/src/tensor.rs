//! The `Tensor` type: elements of type `T`, a compile-time shape `S`, a storage kind `K`.

use crate::storage::{Buffer, Inline, InlineBuf, Kind};
use crate::{Elem, Shape};
use core::hash::{Hash, Hasher};

/// A tensor with element type `T`, shape `S` (a tuple of axes) and storage kind `K`.
///
/// `K` is [`Inline`] by default (elements inside the value, no allocator); use
/// [`Heap`](crate::Heap) for big tensors. Every op works on both kinds.
///
/// ```
/// use tensorial::{Rank2, Tensor};
/// let x = Tensor::<f32, Rank2<2, 3>>::from_array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]);
/// assert_eq!(x.shape(), [2, 3]);
/// assert_eq!(x[[1, 2]], 6.0);
/// let y = &x * 2.0 + 1.0;
/// assert_eq!(y.as_slice(), &[3.0, 5.0, 7.0, 9.0, 11.0, 13.0]);
/// ```
///
/// # Methods by topic
///
/// The methods below are grouped in `impl` blocks by topic (each block says which); this map
/// names the main ones. NumPy users: the cheat sheet `tensorial::guide::numpy_users`
/// (`docs/numpy.md`) maps NumPy calls to these.
///
/// | topic | methods |
/// |---|---|
/// | Creation | [`zeros`](Self::zeros), [`ones`](Self::ones), [`full`](Self::full), [`from_fn`](Self::from_fn), [`from_array`](Self::from_array), [`from_slice`](Self::from_slice), [`arange`](Self::arange), [`linspace`](Self::linspace), [`eye`](Self::eye), [`diag`](Self::diag), [`zeros_like`](Self::zeros_like), [`ones_like`](Self::ones_like), [`full_like`](Self::full_like), [`scalar`](Self::scalar), [`one_hot`](crate::OneHot::one_hot); `tensor!`, [`meshgrid`](crate::meshgrid), `TryFrom<&[T]>`, `TryFrom<Vec<T>>` |
/// | Random (`SeededRng`) | [`rand`](Self::rand), [`uniform`](Self::uniform), [`randn`](Self::randn), [`normal`](Self::normal), [`randint`](Self::randint), [`shuffle`](Self::shuffle), [`permutation`](Self::permutation) |
/// | Shape and storage | [`shape`](Self::shape), [`rank`](Self::rank), [`len`](Self::len), [`is_empty`](Self::is_empty), [`reshape`](Self::reshape), [`flatten`](Self::flatten), [`new_axis`](Self::new_axis), [`expand_dims`](Self::expand_dims), [`squeeze`](Self::squeeze), [`bcast_axis`](Self::bcast_axis), [`broadcast_to`](Self::broadcast_to), [`t`](Self::t), [`swap_axes`](Self::swap_axes), [`flip`](Self::flip), [`tile`](Self::tile), [`to_heap`](Self::to_heap), [`to_kind`](Self::to_kind); `permute`, `concatenate`/`stack` (free functions) |
/// | Elements | [`as_slice`](Self::as_slice), [`as_mut_slice`](Self::as_mut_slice), [`iter`](Self::iter), [`iter_mut`](Self::iter_mut), [`indexed_iter`](Self::indexed_iter), [`get`](Self::get), [`get_mut`](Self::get_mut), [`item`](Self::item); `x[[i, j]]` (`Index`), `IntoIterator` for `&x` |
/// | Views, slices, windows | [`view`](Self::view), [`view_mut`](Self::view_mut), [`index_axis`](Self::index_axis), [`get_index_axis`](Self::get_index_axis), [`slice_len`](Self::slice_len), [`window`](Self::window), [`get_window`](Self::get_window), [`chunks`](Self::chunks); [`s!`](crate::s), [`s_mut!`](crate::s_mut), `row`/`col` |
/// | Elementwise | [`map`](Self::map), [`map_inplace`](Self::map_inplace), [`zip_map`](Self::zip_map), [`zip_map_into`](Self::zip_map_into), [`zip_assign`](Self::zip_assign), [`fill`](Self::fill), [`abs`](Self::abs), [`powi`](Self::powi), [`powf`](Self::powf), [`recip`](Self::recip), [`floor`](Self::floor), [`ceil`](Self::ceil), [`round`](Self::round), [`cast`](Self::cast); `+ - * / %` and `+=` with broadcasting (scalars on either side) |
/// | Float math | [`exp`](Self::exp), [`ln`](Self::ln), [`sqrt`](Self::sqrt), [`tanh`](Self::tanh), [`sin`](Self::sin), [`cos`](Self::cos), [`sigmoid`](Self::sigmoid), [`relu`](Self::relu), [`clip`](Self::clip), [`is_nan`](Self::is_nan) |
/// | Comparison and selection | [`lt`](Self::lt), [`le`](Self::le), [`gt`](Self::gt), [`ge`](Self::ge), [`eq_elem`](Self::eq_elem), [`ne_elem`](Self::ne_elem), [`maximum`](Self::maximum), [`minimum`](Self::minimum), [`allclose`](Self::allclose), [`select`](Self::select), [`select_into`](Self::select_into) |
/// | Reductions | [`sum`](Self::sum), [`prod`](Self::prod), [`mean`](Self::mean), [`var`](Self::var), [`std`](Self::std), [`norm`](Self::norm), [`max`](Self::max), [`min`](Self::min), [`argmax`](Self::argmax), [`argmin`](Self::argmin), [`count_nonzero`](Self::count_nonzero), [`any`](Self::any), [`all`](Self::all), [`sum_axes`](Self::sum_axes), [`mean_axes`](Self::mean_axes), [`average`](Self::average), [`average_axis`](Self::average_axis); `sum_axis::<AX>()`, `max_keepdims::<AX>()` …: each reduction has an axis form |
/// | Gather and scatter | [`take`](crate::Take::take), [`try_take`](crate::Take::try_take), [`take_at`](Self::take_at), [`index_add`](Self::index_add), [`add_at`](Self::add_at), [`put_at`](Self::put_at), [`masked_select`](Self::masked_select), [`masked_fill`](Self::masked_fill) |
/// | Sorting and counting | [`sort`](Self::sort), [`sort_inplace`](Self::sort_inplace), [`argsort`](Self::argsort), [`topk`](Self::topk), [`bottomk`](Self::bottomk), [`argpartition`](Self::argpartition), [`unique`](Self::unique), [`unique_counts`](Self::unique_counts), [`bincount`](Self::bincount) |
/// | Linear algebra | [`matmul`](Self::matmul), [`matmul_into`](Self::matmul_into), [`matmul_add`](Self::matmul_add), [`dot`](Self::dot), [`dot_nd`](Self::dot_nd), [`tensordot`](Self::tensordot), [`outer`](Self::outer), [`trace`](Self::trace), [`tril`](Self::tril), [`triu`](Self::triu); [`einsum!`](crate::einsum!) |
/// | Neural-network helpers | [`softmax`](Self::softmax), [`log_softmax`](Self::log_softmax), [`logsumexp`](Self::logsumexp), [`layernorm`](Self::layernorm), [`mse_loss`](Self::mse_loss), [`cross_entropy`](Self::cross_entropy); [`autodiff`](crate::autodiff) for gradients |
pub struct Tensor<T: Elem, S: Shape, K: Kind = Inline> {
    pub(crate) buf: K::Buf<T, S>,
}

/// **Elements and storage** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape> Tensor<T, S, Inline> {
    /// An inline tensor holding `array` (row-major nested arrays); usable in `const` and `static`.
    ///
    /// ```
    /// use tensorial::{Rank2, Tensor};
    /// const EYE: Tensor<i32, Rank2<2, 2>> = Tensor::from_array([[1, 0], [0, 1]]);
    /// assert_eq!(EYE.as_slice(), &[1, 0, 0, 1]);
    /// ```
    #[must_use]
    pub const fn from_array(array: S::Array<T>) -> Self {
        Self {
            buf: InlineBuf::new(array),
        }
    }

    /// The nested array of an inline tensor.
    ///
    /// ```
    /// use tensorial::{Rank2, Tensor};
    /// let x = Tensor::<u8, Rank2<1, 2>>::from_array([[1, 2]]);
    /// assert_eq!(x.as_array(), &[[1, 2]]);
    /// ```
    #[must_use]
    pub const fn as_array(&self) -> &S::Array<T> {
        self.buf.array()
    }

    /// Copies this tensor into heap storage.
    ///
    /// ```
    /// use tensorial::{tensor, Heap, Rank1, Tensor};
    /// let h: Tensor<i32, Rank1<2>, Heap> = tensor![1, 2].to_heap();
    /// assert_eq!(h.as_slice(), &[1, 2]);
    /// ```
    #[cfg(feature = "alloc")]
    #[must_use]
    pub fn to_heap(&self) -> Tensor<T, S, crate::Heap> {
        self.to_kind()
    }
}

/// **Elements and storage** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    pub(crate) fn from_buf(buf: K::Buf<T, S>) -> Self {
        Self { buf }
    }

    /// A tensor whose elements are **all** written by `fill`: the one constructor of op
    /// outputs, and the one place of its rule.
    ///
    /// `fill` must write every element before it reads any. They start as valid but
    /// unspecified values: a freed heap buffer of the same size, kept for reuse, comes back with
    /// its old bytes when every bit pattern of `T` is a value ([`Elem::ANY_BITS`]: integers and
    /// floats; others, like `bool`, start zeroed), so no zeroing pass is spent on an output the
    /// op overwrites anyway ([`Buffer::for_overwrite`]). An element `fill` skips holds garbage,
    /// never undefined behaviour. Ops that leave elements at zero (`eye`, `diag`, `one_hot`,
    /// `bincount`) or accumulate into them use [`build_zeroed`](Self::build_zeroed); the
    /// op-family tests drop a garbage-filled buffer of the output's size before each call
    /// (`tests/api/overwrite.rs`).
    #[inline]
    pub(crate) fn build(fill: impl FnOnce(&mut [T])) -> Self {
        let mut buf = <K::Buf<T, S>>::for_overwrite();
        fill(buf.as_mut_slice());
        Self { buf }
    }

    /// A tensor whose elements start at zero (`T::default()`) and are then written by `fill`,
    /// which may leave some or add into them; see [`build`](Self::build) for ops that write all.
    #[inline]
    pub(crate) fn build_zeroed(fill: impl FnOnce(&mut [T])) -> Self {
        let mut buf = <K::Buf<T, S>>::zeroed();
        fill(buf.as_mut_slice());
        Self { buf }
    }

    /// A tensor whose element `i` (row-major) is `f(i)`, for `i = 0, 1, …` in order; inline
    /// storage is written once, without a zeroing pass ([`Buffer::from_flat_fn`]).
    #[inline]
    pub(crate) fn from_flat_fn(f: impl FnMut(usize) -> T) -> Self {
        Self {
            buf: <K::Buf<T, S>>::from_flat_fn(f),
        }
    }

    /// The size of each axis, e.g. `[2, 3]` (NumPy `x.shape`).
    ///
    /// ```
    /// use tensorial::{Rank3, Tensor};
    /// assert_eq!(Tensor::<f64, Rank3<2, 3, 4>>::zeros().shape(), [2, 3, 4]);
    /// ```
    #[must_use]
    pub fn shape(&self) -> S::Idx {
        S::DIMS
    }

    /// Number of axes (NumPy `x.ndim`).
    ///
    /// ```
    /// use tensorial::{Rank3, Tensor};
    /// assert_eq!(Tensor::<f64, Rank3<2, 3, 4>>::zeros().rank(), 3);
    /// ```
    #[must_use]
    pub const fn rank(&self) -> usize {
        S::RANK
    }

    /// Number of elements (NumPy `x.size`).
    ///
    /// ```
    /// use tensorial::{Rank3, Tensor};
    /// assert_eq!(Tensor::<f64, Rank3<2, 3, 4>>::zeros().len(), 24);
    /// ```
    #[must_use]
    pub const fn len(&self) -> usize {
        S::NUMEL
    }

    /// `true` when some axis has size 0.
    ///
    /// ```
    /// use tensorial::{Rank2, Tensor};
    /// assert!(Tensor::<f64, Rank2<0, 3>>::zeros().is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        S::NUMEL == 0
    }

    /// The elements, contiguous and row-major.
    ///
    /// ```
    /// use tensorial::{tensor};
    /// assert_eq!(tensor![[1, 2], [3, 4]].as_slice(), &[1, 2, 3, 4]);
    /// ```
    #[must_use]
    #[inline]
    pub fn as_slice(&self) -> &[T] {
        self.buf.as_slice()
    }

    /// The elements, contiguous and row-major, mutably.
    ///
    /// ```
    /// use tensorial::{tensor};
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// x.as_mut_slice()[3] = 9;
    /// assert_eq!(x[[1, 1]], 9);
    /// ```
    #[must_use]
    #[inline]
    pub fn as_mut_slice(&mut self) -> &mut [T] {
        self.buf.as_mut_slice()
    }

    /// Iterates over the elements in row-major order.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2], [3, 4]];
    /// assert_eq!(x.iter().sum::<i32>(), 10);
    /// ```
    pub fn iter(&self) -> core::slice::Iter<'_, T> {
        self.as_slice().iter()
    }

    /// Iterates mutably over the elements in row-major order.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![1, 2, 3];
    /// x.iter_mut().for_each(|v| *v *= 10);
    /// assert_eq!(x.as_slice(), &[10, 20, 30]);
    /// ```
    pub fn iter_mut(&mut self) -> core::slice::IterMut<'_, T> {
        self.as_mut_slice().iter_mut()
    }

    /// Iterates over `(multi-index, &element)` pairs in row-major order (NumPy `ndenumerate`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2], [3, 4]];
    /// let (idx, v) = x.indexed_iter().last().unwrap();
    /// assert_eq!((idx, *v), ([1, 1], 4));
    /// ```
    pub fn indexed_iter(&self) -> impl Iterator<Item = (S::Idx, &T)> + '_ {
        self.iter().enumerate().map(|(i, v)| (S::unravel(i), v))
    }

    /// Copies the elements into storage kind `K2` (e.g. inline ↔ heap).
    ///
    /// ```
    /// use tensorial::{tensor, Heap, Inline, Rank1, Tensor};
    /// let h: Tensor<u8, Rank1<2>, Heap> = tensor![1u8, 2].to_kind();
    /// let back: Tensor<u8, Rank1<2>, Inline> = h.to_kind();
    /// assert_eq!(back.as_slice(), &[1, 2]);
    /// ```
    #[must_use]
    pub fn to_kind<K2: Kind>(&self) -> Tensor<T, S, K2> {
        Tensor::build(|out| out.copy_from_slice(self.as_slice()))
    }

    /// The same elements under a shape with the same element count, reusing heap storage.
    pub(crate) fn relabel<S2: Shape>(self) -> Tensor<T, S2, K> {
        Tensor {
            buf: K::reshape::<T, S, S2>(self.buf),
        }
    }
}

#[allow(clippy::expl_impl_clone_on_copy)] // `Copy` only for `Inline`; heap tensors clone deeply
impl<T: Elem, S: Shape, K: Kind> Clone for Tensor<T, S, K> {
    fn clone(&self) -> Self {
        Self {
            buf: self.buf.clone(),
        }
    }
}

impl<T: Elem, S: Shape> Copy for Tensor<T, S, Inline> {}

impl<T: Elem, S: Shape, K: Kind> Default for Tensor<T, S, K> {
    /// A tensor of `T::default()` (zeros).
    fn default() -> Self {
        Self {
            buf: <K::Buf<T, S>>::zeroed(),
        }
    }
}

impl<T: Elem, S: Shape, K: Kind, K2: Kind> PartialEq<Tensor<T, S, K2>> for Tensor<T, S, K> {
    /// Equal shapes (by type) and equal elements; NaN != NaN as for floats.
    fn eq(&self, other: &Tensor<T, S, K2>) -> bool {
        self.as_slice() == other.as_slice()
    }
}

impl<T: Elem + Eq, S: Shape, K: Kind> Eq for Tensor<T, S, K> {}

impl<T: Elem + Hash, S: Shape, K: Kind> Hash for Tensor<T, S, K> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_slice().hash(state);
    }
}

impl<T: Elem, S: Shape, K: Kind> AsRef<[T]> for Tensor<T, S, K> {
    fn as_ref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T: Elem, S: Shape, K: Kind> AsMut<[T]> for Tensor<T, S, K> {
    fn as_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}

impl<'a, T: Elem, S: Shape, K: Kind> IntoIterator for &'a Tensor<T, S, K> {
    type Item = &'a T;
    type IntoIter = core::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<'a, T: Elem, S: Shape, K: Kind> IntoIterator for &'a mut Tensor<T, S, K> {
    type Item = &'a mut T;
    type IntoIter = core::slice::IterMut<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter_mut()
    }
}

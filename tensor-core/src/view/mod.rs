//! Views: borrowed, strided windows into a tensor (a row, a column, a stepped or reversed slice,
//! a window at a run-time offset).
//!
//! A [`View`] reads and a [`ViewMut`] writes the elements of the tensor it was taken from:
//! nothing is copied, and writing through a `ViewMut` changes the source (NumPy's slices are
//! views too). Copies are explicit: [`View::to_tensor`].
//!
//! A view holds the source's slice, a base offset and a stride per axis (negative for a
//! reversed axis); its shape is in the type like a tensor's. Views take part in elementwise
//! ops without being copied: as the right operand of every op ([`Operand`]),
//! on the left of the arithmetic operators, and as the destination of `+=`, `fill` and
//! `assign`.
//!
//! | NumPy | tensorial |
//! |---|---|
//! | `x[0]`, `x[i]` | [`x.index_axis::<0>(i)`](crate::Tensor::index_axis), [`x.row(i)`](crate::Tensor::row) |
//! | `x[:, 0]` | [`x.index_axis::<1>(0)`](crate::Tensor::index_axis), [`x.col(0)`](crate::Tensor::col) |
//! | `x[1:4]`, `x[1:4:2]`, `x[:, -3:-1]` | [`s!(x[1..4])`](crate::s), `s!(x[1..4;2])`, `s!(x[.., -3..-1])` |
//! | `x[::-1]`, `x[..., None]` | `s!(x[..;-1])`, [`x.view().flip::<0>()`](View::flip), `s!(x[..., None])` |
//! | `x[i:i+3]` (run-time `i`) | [`x.window::<0, 3>(i)`](crate::Tensor::window) |
//! | `x[i*B:(i+1)*B]` for each `i` | [`x.chunks::<0, B>()`](crate::Tensor::chunks) |
//! | `x[1:4]` by length | [`x.slice_len::<0, 1, 3, 1>()`](crate::Tensor::slice_len) (start, **length**, step) |
//! | `x[1, :][2] = 7` | `x.row_mut(1)[[2]] = 7` |
//! | `x[:, 0] += 1` | `let mut c = x.col_mut(0); c += 1;` |
//! | `x[1:3].copy()` | [`s!(x[1..3]).to_tensor()`](View::to_tensor) |
//! | `x[:, 1:3] = 0` | [`s_mut!(x[.., 1..3]).fill(0)`](crate::s_mut) |
//!
//! NumPy's `x[:][0]` is the *first row*, not the first column (`x[:]` is all of `x`): there is
//! no `[:]` no-op here, and every run-time index names its axis in the type.
//!
//! # NumPy slices on stable Rust: how `s!` works
//!
//! [`s!`](crate::s) is a proc macro: it sees the index tokens but not the shape, and stable
//! Rust cannot put `Const<{N - 1}>` in a type for a generic `N`. So:
//!
//! - the macro turns each index into one step on a view: indices before `...` address axes from
//!   the front, those after it from the end (negative axes), so it never needs the rank. Its
//!   first step states how many axes the indices take, a trait bound ([`MinRank`](crate::MinRank)):
//!   too many indices fail `cargo check`;
//! - a range whose bounds count from the same end (`1..3`, `-3..-1`, `..2`, `-2..`, `3..;-1`)
//!   has a length the macro computes, so it is `Const<LEN>` in the type; the whole axis (`..`,
//!   `..;-1`) keeps the axis type; any other range (`1..`, `..-1`, `1..-1`, `..;2`) has a
//!   length depending on the size, left to inference (`Const<_>`) from the annotation or use;
//! - every length, bound and index is then checked against the size in a `const` block
//!   (`cargo build`): "`N ≥ 3`" is not a trait bound on stable Rust. Bounds outside `-N..=N`
//!   are errors rather than clamped as in NumPy.
//!
//! Windows ([`Tensor::window`](crate::Tensor::window)) take a constant length and a run-time
//! start checked when taken; [`Tensor::chunks`](crate::Tensor::chunks) yields the exact chunks
//! of an axis, and its remainder's length is given by the caller and checked, since `N % B`
//! cannot be a type either.
//!
//! ```
//! use tensorial::tensor;
//! let mut x = tensor![[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11, 12, 13, 14]];
//! let mut row = x.row_mut(1);          // NumPy `slice = x[1, :]`
//! row[[2]] = 70;                       // `slice[2] = 70` writes into x
//! assert_eq!(x[[1, 2]], 70);
//! let col = x.col(0);                  // `x[:, 0]`
//! assert_eq!(col.to_tensor(), tensor![0, 5, 10]);
//! let y = &x.row(0) + &x.row(2);       // views as operands, a new tensor
//! assert_eq!(y, tensor![10, 12, 14, 16, 18]);
//! ```

mod axes;
mod index;
mod math;
mod numpy_slice;
mod slice;
mod window;

#[doc(hidden)]
pub use numpy_slice::OPEN;
#[cfg(feature = "alloc")] // the autodiff `s!` rules check indices with them
pub(crate) use numpy_slice::{checked_index, checked_range};

pub use index::Iter;
pub use window::Chunks;

use crate::ops::ZipOutput;
use crate::ops::kernel::{self, MAX_RANK, Strided, StridedMut, row_major_strides};
use crate::storage::{Combine, Inline, Kind};
use crate::{BroadcastFrom, BroadcastShape, Elem, Operand, Shape, Tensor};
use core::fmt;
use core::marker::PhantomData;

/// A read-only view of elements of a tensor, with shape `S`; `K` is the storage kind of the
/// source, which tensors computed from the view inherit.
///
/// Get one with [`Tensor::view`], [`Tensor::index_axis`], [`Tensor::row`], [`Tensor::col`]
/// or [`Tensor::slice_len`]. A view is `Copy` and borrows the source.
///
/// ```
/// use tensorial::{tensor, Const, View};
/// let x = tensor![[1, 2, 3], [4, 5, 6]];
/// let col: View<'_, i32, (Const<2>,)> = x.col(2);
/// assert_eq!(col.shape(), [2]);
/// assert_eq!((col[[0]], col[[1]]), (3, 6));
/// ```
#[derive(Clone, Copy)]
pub struct View<'a, T: Elem, S: Shape, K: Kind = Inline> {
    data: &'a [T],
    offset: usize,
    strides: [isize; MAX_RANK],
    marker: PhantomData<(S, K)>,
}

/// A mutable view of elements of a tensor: writes change the source.
///
/// Get one with [`Tensor::view_mut`], [`Tensor::index_axis_mut`], [`Tensor::row_mut`],
/// [`Tensor::col_mut`] or [`Tensor::slice_len_mut`]. Methods that narrow a `ViewMut`
/// (`index_axis_mut`, `slice_mut`, …) consume it; call [`reborrow`](Self::reborrow) first to
/// keep using it.
///
/// ```
/// use tensorial::tensor;
/// let mut x = tensor![[1, 2, 3], [4, 5, 6]];
/// let mut col = x.col_mut(1);
/// col += 10;
/// col[[0]] = 0;
/// assert_eq!(x, tensor![[1, 0, 3], [4, 15, 6]]);
/// ```
pub struct ViewMut<'a, T: Elem, S: Shape, K: Kind = Inline> {
    data: &'a mut [T],
    offset: usize,
    strides: [isize; MAX_RANK],
    marker: PhantomData<(S, K)>,
}

/// Offset of index `i` along an axis of stride `stride` from `base`.
fn step(base: usize, i: usize, stride: isize) -> usize {
    base.wrapping_add_signed(stride.wrapping_mul(i.cast_signed()))
}

/// Panics with the message of an out-of-bounds run-time index along an axis.
#[cold]
#[track_caller]
fn axis_out_of_bounds(i: usize, axis: usize, dims: &[usize]) -> ! {
    panic!(
        "index {i} is out of bounds for axis {axis} of size {} (shape {dims:?})",
        dims[axis]
    )
}

impl<'a, T: Elem, S: Shape, K: Kind> View<'a, T, S, K> {
    fn from_parts(data: &'a [T], offset: usize, strides: [isize; MAX_RANK]) -> Self {
        Self {
            data,
            offset,
            strides,
            marker: PhantomData,
        }
    }

    /// A row-major view of all of `data`, which holds exactly `S::NUMEL` elements.
    pub(crate) fn row_major(data: &'a [T]) -> Self {
        debug_assert_eq!(data.len(), S::NUMEL);
        Self::from_parts(data, 0, row_major_strides(S::DIMS.as_ref()))
    }

    /// The layout of the elements, for the kernels.
    pub(crate) fn strided(&self) -> Strided<'a, T> {
        Strided::new(
            self.data,
            self.offset,
            S::DIMS.as_ref(),
            &self.strides[..S::RANK],
        )
    }

    /// The size of each axis (NumPy `v.shape`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![[1, 2, 3], [4, 5, 6]].col(0).shape(), [2]);
    /// ```
    #[must_use]
    pub fn shape(&self) -> S::Idx {
        S::DIMS
    }

    /// Number of axes.
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![[1, 2], [3, 4]].view().rank(), 2);
    /// ```
    #[must_use]
    pub const fn rank(&self) -> usize {
        S::RANK
    }

    /// Number of elements.
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![[1, 2, 3], [4, 5, 6]].row(1).len(), 3);
    /// ```
    #[must_use]
    pub const fn len(&self) -> usize {
        S::NUMEL
    }

    /// `true` when some axis has size 0.
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert!(tensor![1, 2, 3].slice_len::<0, 1, 0, 1>().is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        S::NUMEL == 0
    }

    /// The distance in elements between neighbours along each axis of the source buffer
    /// (NumPy `strides`, in elements rather than bytes; negative for a reversed axis).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2, 3], [4, 5, 6]];
    /// assert_eq!(x.view().strides(), &[3, 1]);
    /// assert_eq!(x.col(0).strides(), &[3]);
    /// assert_eq!(x.view().flip::<1>().strides(), &[3, -1]);
    /// ```
    #[must_use]
    pub fn strides(&self) -> &[isize] {
        &self.strides[..S::RANK]
    }

    /// The elements as one row-major slice, when the view is contiguous (a row of a matrix, a
    /// unit-step slice along the first axis), else `None`.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2, 3], [4, 5, 6]];
    /// assert_eq!(x.row(1).as_slice(), Some(&[4, 5, 6][..]));
    /// assert_eq!(x.col(1).as_slice(), None);
    /// ```
    #[must_use]
    pub fn as_slice(&self) -> Option<&'a [T]> {
        self.strided().as_contiguous()
    }

    /// Copies the elements into a new tensor of the source's storage kind (NumPy `v.copy()`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// let first_col = x.col(0).to_tensor();
    /// x[[0, 0]] = 9;
    /// assert_eq!(first_col, tensor![1, 3]); // a copy: unaffected
    /// ```
    #[must_use]
    pub fn to_tensor(&self) -> Tensor<T, S, K> {
        self.to_kind()
    }

    /// Copies the elements into a new tensor of storage kind `K2`.
    ///
    /// ```
    /// use tensorial::{tensor, Heap, Rank1, Tensor};
    /// let x = tensor![[1, 2], [3, 4]];
    /// let h: Tensor<i32, Rank1<2>, Heap> = x.row(1).to_kind();
    /// assert_eq!(h.as_slice(), &[3, 4]);
    /// ```
    #[must_use]
    pub fn to_kind<K2: Kind>(&self) -> Tensor<T, S, K2> {
        Tensor::build(|out| kernel::map_strided(out, self.strided(), |v| v))
    }

    /// Applies `f` to every element, into a new tensor.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2], [3, 4]];
    /// assert_eq!(x.col(1).map(|v| v * 10), tensor![20, 40]);
    /// ```
    #[must_use]
    pub fn map<U: Elem>(&self, f: impl Fn(T) -> U + Sync) -> Tensor<U, S, K> {
        Tensor::build(|out| kernel::map_strided(out, self.strided(), f))
    }

    /// Combines the view with an operand elementwise with broadcasting, into a new tensor
    /// (see [`Tensor::zip_map`]).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2], [3, 4]];
    /// let y = x.col(0).zip_map(&x.col(1), |a, b| a * b);
    /// assert_eq!(y, tensor![2, 12]);
    /// ```
    #[must_use]
    pub fn zip_map<U: Elem, O: Elem, R: Operand<U>>(
        &self,
        rhs: R,
        f: impl Fn(T, U) -> O + Sync,
    ) -> ZipOutput<O, S, K, R, U>
    where
        S: BroadcastShape<R::Shape>,
        K: Combine<R::Kind>,
    {
        crate::ops::zip_new::<S, R::Shape, _, _, _, _>(self.strided(), rhs.layout(), f)
    }
}

impl<T: Elem, S: Shape, K: Kind> View<'_, T, S, K> {
    /// [`zip_map`](Self::zip_map) bounded like the operators, so it serves generic shapes
    /// and kinds.
    pub(crate) fn zip_ref<R: Operand<T>>(
        &self,
        rhs: R,
        f: impl Fn(T, T) -> T + Sync,
    ) -> crate::ops::OpOutput<T, S, K, R>
    where
        S: crate::BroadcastWith<R::Shape>,
        K: crate::CombineWith<R::Kind>,
    {
        crate::ops::zip_to(self.strided(), rhs.layout(), f)
    }
}

/// Comparisons of a view with an operand, into `bool` tensors (as on [`Tensor`]).
macro_rules! view_comparisons {
    ($($name:ident $op:tt;)*) => {
        impl<T: Elem + PartialOrd, S: Shape, K: Kind> View<'_, T, S, K> {$(
            #[doc = concat!("`self ", stringify!($op), " rhs` elementwise with broadcasting, into a `bool` tensor")]
            #[doc = concat!("(see [`Tensor::", stringify!($name), "`]).")]
            ///
            /// ```
            /// use tensorial::tensor;
            /// let x = tensor![[1, 5], [3, 4]];
            #[doc = concat!("let mask = x.col(0).", stringify!($name), "(3);")]
            #[doc = concat!("assert_eq!(mask, x.col(0).map(|v| v ", stringify!($op), " 3));")]
            /// ```
            #[must_use]
            pub fn $name<R: Operand<T>>(&self, rhs: R) -> ZipOutput<bool, S, K, R, T>
            where
                S: BroadcastShape<R::Shape>,
                K: Combine<R::Kind>,
            {
                self.zip_map(rhs, |a, b| a $op b)
            }
        )*}
    };
}

view_comparisons! {
    lt <;
    le <=;
    gt >;
    ge >=;
    eq_elem ==;
    ne_elem !=;
}

impl<'a, T: Elem, S: Shape, K: Kind> ViewMut<'a, T, S, K> {
    fn from_parts(data: &'a mut [T], offset: usize, strides: [isize; MAX_RANK]) -> Self {
        Self {
            data,
            offset,
            strides,
            marker: PhantomData,
        }
    }

    /// The layout of the elements, for the kernels.
    pub(crate) fn strided_mut(&mut self) -> StridedMut<'_, T> {
        StridedMut::new(
            self.data,
            self.offset,
            S::DIMS.as_ref(),
            &self.strides[..S::RANK],
        )
    }

    /// A read-only view of the same elements.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// let row = x.row_mut(1);
    /// assert_eq!(row.as_view().to_tensor(), tensor![3, 4]);
    /// ```
    #[must_use]
    pub fn as_view(&self) -> View<'_, T, S, K> {
        View::from_parts(self.data, self.offset, self.strides)
    }

    /// Turns this mutable view into a read-only one of the same lifetime.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![1, 2, 3];
    /// let v = x.view_mut().into_view();
    /// assert_eq!(v[[2]], 3);
    /// ```
    #[must_use]
    pub fn into_view(self) -> View<'a, T, S, K> {
        View::from_parts(self.data, self.offset, self.strides)
    }

    /// A shorter-lived mutable view of the same elements, so that a narrowing method (which
    /// consumes its view) leaves this one usable.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// let mut v = x.view_mut();
    /// v.reborrow().row_mut(0).fill(0);
    /// v.reborrow().col_mut(1).fill(9);
    /// assert_eq!(x, tensor![[0, 9], [3, 9]]);
    /// ```
    #[must_use]
    pub fn reborrow(&mut self) -> ViewMut<'_, T, S, K> {
        ViewMut::from_parts(self.data, self.offset, self.strides)
    }

    /// The size of each axis.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2, 3], [4, 5, 6]];
    /// assert_eq!(x.col_mut(0).shape(), [2]);
    /// ```
    #[must_use]
    pub fn shape(&self) -> S::Idx {
        S::DIMS
    }

    /// Number of elements.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2, 3], [4, 5, 6]];
    /// assert_eq!(x.row_mut(0).len(), 3);
    /// ```
    #[must_use]
    pub const fn len(&self) -> usize {
        S::NUMEL
    }

    /// `true` when some axis has size 0.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![1, 2];
    /// assert!(!x.view_mut().is_empty());
    /// ```
    #[must_use]
    pub const fn is_empty(&self) -> bool {
        S::NUMEL == 0
    }

    /// Copies the elements into a new tensor of the source's storage kind.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// assert_eq!(x.col_mut(1).to_tensor(), tensor![2, 4]);
    /// ```
    #[must_use]
    pub fn to_tensor(&self) -> Tensor<T, S, K> {
        self.as_view().to_tensor()
    }

    /// Sets every element to `value` (NumPy `x[1:3] = value`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2, 3], [4, 5, 6]];
    /// x.col_mut(2).fill(0);
    /// assert_eq!(x, tensor![[1, 2, 0], [4, 5, 0]]);
    /// ```
    pub fn fill(&mut self, value: T) {
        kernel::copy(self.strided_mut(), Strided::contiguous(&[value], &[]));
    }

    /// Copies `rhs`, broadcast to this view's shape, into the view (NumPy `x[:, 0] = y`).
    ///
    /// The source tensor cannot also be borrowed by `rhs` (the borrow checker rejects it);
    /// copy it first with [`View::to_tensor`].
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2, 3], [4, 5, 6]];
    /// x.row_mut(0).assign(&tensor![7, 8, 9]);
    /// let first = x.col(0).to_tensor();
    /// x.col_mut(2).assign(&first);
    /// assert_eq!(x, tensor![[7, 8, 7], [4, 5, 4]]);
    /// ```
    pub fn assign<R: Operand<T>>(&mut self, rhs: R)
    where
        S: BroadcastFrom<R::Shape>,
    {
        kernel::copy(self.strided_mut(), rhs.layout());
    }

    /// Applies `f` to every element in place.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// x.row_mut(1).map_inplace(|v| -v);
    /// assert_eq!(x, tensor![[1, 2], [-3, -4]]);
    /// ```
    pub fn map_inplace(&mut self, f: impl Fn(T) -> T + Sync) {
        kernel::zip_assign_strided(
            self.strided_mut(),
            Strided::contiguous(&[()], &[]),
            |v, ()| f(v),
        );
    }

    /// Updates every element with `f(element, rhs_element)`, `rhs` broadcast to this shape
    /// (see [`Tensor::zip_assign`]).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// x.col_mut(0).zip_assign(&tensor![10, 20], |a, b| a + b);
    /// assert_eq!(x, tensor![[11, 2], [23, 4]]);
    /// ```
    pub fn zip_assign<U: Elem, R: Operand<U>>(&mut self, rhs: R, f: impl Fn(T, U) -> T + Sync)
    where
        S: BroadcastFrom<R::Shape>,
    {
        kernel::zip_assign_strided(self.strided_mut(), rhs.layout(), f);
    }
}

/// **Views, slices, windows** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// A read-only view of the whole tensor: the starting point for narrowing views of views,
    /// and for [`View::flip`].
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2, 3], [4, 5, 6]];
    /// let v = x.view();
    /// assert_eq!(v.row(1).to_tensor(), tensor![4, 5, 6]);
    /// ```
    #[must_use]
    pub fn view(&self) -> View<'_, T, S, K> {
        View::row_major(self.as_slice())
    }

    /// A mutable view of the whole tensor.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// x.view_mut().flip_mut::<0>().assign(&tensor![[0, 0], [9, 9]]);
    /// assert_eq!(x, tensor![[9, 9], [0, 0]]);
    /// ```
    #[must_use]
    pub fn view_mut(&mut self) -> ViewMut<'_, T, S, K> {
        ViewMut::from_parts(self.as_mut_slice(), 0, row_major_strides(S::DIMS.as_ref()))
    }
}

impl<T: Elem, S: Shape, K: Kind, K2: Kind> PartialEq<View<'_, T, S, K2>> for View<'_, T, S, K> {
    /// Equal shapes (by type) and equal elements.
    fn eq(&self, other: &View<'_, T, S, K2>) -> bool {
        self.iter().eq(other.iter())
    }
}

impl<T: Elem, S: Shape, K: Kind, K2: Kind> PartialEq<Tensor<T, S, K2>> for View<'_, T, S, K> {
    /// Equal shapes (by type) and equal elements.
    fn eq(&self, other: &Tensor<T, S, K2>) -> bool {
        self.iter().eq(other.iter())
    }
}

impl<T: Elem, S: Shape, K: Kind, K2: Kind> PartialEq<View<'_, T, S, K2>> for Tensor<T, S, K> {
    /// Equal shapes (by type) and equal elements.
    fn eq(&self, other: &View<'_, T, S, K2>) -> bool {
        self.iter().eq(other.iter())
    }
}

/// Prints like the tensor it would copy into.
///
/// ```
/// use tensorial::tensor;
/// let x = tensor![[1, 2], [3, 4]];
/// assert_eq!(format!("{:?}", x.col(1)), "tensor([2, 4], shape=[2])");
/// ```
impl<T: Elem, S: Shape, K: Kind> fmt::Debug for View<'_, T, S, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.to_tensor(), f)
    }
}

/// Prints like the tensor it would copy into.
///
/// ```
/// use tensorial::tensor;
/// let x = tensor![[1, 2], [3, 4]];
/// assert_eq!(x.row(1).to_string(), "[3, 4]");
/// ```
impl<T: Elem, S: Shape, K: Kind> fmt::Display for View<'_, T, S, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.to_tensor(), f)
    }
}

impl<T: Elem, S: Shape, K: Kind> fmt::Debug for ViewMut<'_, T, S, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.as_view(), f)
    }
}

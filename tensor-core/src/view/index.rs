//! Run-time indexing into views: elements (`v[[i, j]]`, `get`), iteration, and sub-views along
//! one named axis (`index_axis::<AX>(i)`, `row(i)`, `col(j)`).

use super::{View, ViewMut, axis_out_of_bounds, step};
use crate::ops::kernel::MAX_RANK;
use crate::storage::Kind;
use crate::{Axis, Dim, Elem, Shape, Tensor};
use core::iter::FusedIterator;
use core::ops::{Index, IndexMut};

/// `strides` without entry `axis`.
pub(super) fn remove_axis(mut strides: [isize; MAX_RANK], axis: usize) -> [isize; MAX_RANK] {
    strides.copy_within(axis + 1.., axis);
    strides
}

/// Offset of the element at `idx`, or `None` when an index is out of bounds.
fn offset_of<S: Shape>(offset: usize, strides: &[isize; MAX_RANK], idx: &S::Idx) -> Option<usize> {
    let mut off = offset;
    for ((&i, &n), &s) in idx.as_ref().iter().zip(S::DIMS.as_ref()).zip(strides) {
        if i >= n {
            return None;
        }
        off = step(off, i, s);
    }
    Some(off)
}

#[cold]
#[track_caller]
fn out_of_bounds(idx: &[usize], dims: &[usize]) -> ! {
    panic!("index {idx:?} is out of bounds for shape {dims:?}")
}

impl<'a, T: Elem, S: Shape, K: Kind> View<'a, T, S, K> {
    /// The element at `idx`, or `None` when an index is out of bounds.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2, 3], [4, 5, 6]];
    /// let col = x.col(2);
    /// assert_eq!((col.get([1]), col.get([2])), (Some(&6), None));
    /// ```
    #[must_use]
    pub fn get(&self, idx: S::Idx) -> Option<&'a T> {
        offset_of::<S>(self.offset, &self.strides, &idx).map(|i| &self.data[i])
    }

    /// Iterates over the elements in row-major order of the view.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2, 3], [4, 5, 6]];
    /// assert_eq!(x.col(1).iter().sum::<i32>(), 7);
    /// assert!(x.view().flip::<1>().iter().copied().eq([3, 2, 1, 6, 5, 4]));
    /// ```
    pub fn iter(&self) -> Iter<'a, T> {
        let mut dims = [1; MAX_RANK];
        dims[..S::RANK].copy_from_slice(S::DIMS.as_ref());
        Iter {
            data: self.data,
            dims,
            strides: self.strides,
            rank: S::RANK,
            idx: [0; MAX_RANK],
            offset: self.offset,
            left: S::NUMEL,
        }
    }

    /// The sub-view at index `i` along axis `AX`, which is removed from the shape, or `None`
    /// when `i` is out of bounds. `AX` counts from the end when negative.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2], [3, 4]];
    /// assert_eq!(x.view().get_index_axis::<1>(1).unwrap(), tensor![2, 4]);
    /// assert!(x.view().get_index_axis::<1>(2).is_none());
    /// ```
    #[must_use]
    pub fn get_index_axis<const AX: isize>(
        &self,
        i: usize,
    ) -> Option<View<'a, T, <S as Axis<AX>>::Removed, K>>
    where
        S: Axis<AX>,
    {
        let axis = <S as Axis<AX>>::INDEX;
        (i < <S as Axis<AX>>::Dim::SIZE).then(|| {
            let offset = step(self.offset, i, self.strides[axis]);
            View::from_parts(self.data, offset, remove_axis(self.strides, axis))
        })
    }

    /// The sub-view at index `i` along axis `AX` (see [`Tensor::index_axis`]).
    ///
    /// # Panics
    /// When `i` is out of bounds; [`get_index_axis`](Self::get_index_axis) returns `None`
    /// instead.
    ///
    /// ```
    /// use tensorial::{Rank3, Tensor};
    /// let x = Tensor::<i32, Rank3<2, 3, 4>>::arange();
    /// let plane = x.view().index_axis::<1>(2); // NumPy `x[:, 2]`, shape (2, 4)
    /// assert_eq!(plane.index_axis::<-1>(3).to_tensor().as_slice(), &[11, 23]); // `x[:, 2, 3]`
    /// ```
    #[must_use]
    #[track_caller]
    pub fn index_axis<const AX: isize>(&self, i: usize) -> View<'a, T, <S as Axis<AX>>::Removed, K>
    where
        S: Axis<AX>,
    {
        match self.get_index_axis::<AX>(i) {
            Some(v) => v,
            None => axis_out_of_bounds(i, <S as Axis<AX>>::INDEX, S::DIMS.as_ref()),
        }
    }
}

impl<'a, T: Elem, S: Shape, K: Kind> ViewMut<'a, T, S, K> {
    /// The element at `idx`, or `None` when an index is out of bounds.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// assert_eq!(x.col_mut(0).get([1]), Some(&3));
    /// ```
    #[must_use]
    pub fn get(&self, idx: S::Idx) -> Option<&T> {
        offset_of::<S>(self.offset, &self.strides, &idx).map(|i| &self.data[i])
    }

    /// The element at `idx` mutably, or `None` when an index is out of bounds.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// *x.col_mut(1).get_mut([1]).unwrap() = 0;
    /// assert_eq!(x, tensor![[1, 2], [3, 0]]);
    /// ```
    #[must_use]
    pub fn get_mut(&mut self, idx: S::Idx) -> Option<&mut T> {
        offset_of::<S>(self.offset, &self.strides, &idx).map(|i| &mut self.data[i])
    }

    /// Iterates over the elements in row-major order of the view.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// assert_eq!(x.col_mut(1).iter().copied().max(), Some(4));
    /// ```
    pub fn iter(&self) -> Iter<'_, T> {
        self.as_view().iter()
    }

    /// The mutable sub-view at index `i` along axis `AX`, or `None` when `i` is out of bounds.
    /// Consumes this view (see [`reborrow`](Self::reborrow)).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// x.view_mut().get_index_axis_mut::<0>(1).unwrap().fill(0);
    /// assert!(x.view_mut().get_index_axis_mut::<0>(2).is_none());
    /// assert_eq!(x, tensor![[1, 2], [0, 0]]);
    /// ```
    #[must_use]
    pub fn get_index_axis_mut<const AX: isize>(
        self,
        i: usize,
    ) -> Option<ViewMut<'a, T, <S as Axis<AX>>::Removed, K>>
    where
        S: Axis<AX>,
    {
        let axis = <S as Axis<AX>>::INDEX;
        (i < <S as Axis<AX>>::Dim::SIZE).then(|| {
            let offset = step(self.offset, i, self.strides[axis]);
            ViewMut::from_parts(self.data, offset, remove_axis(self.strides, axis))
        })
    }

    /// The mutable sub-view at index `i` along axis `AX` (see [`Tensor::index_axis_mut`]).
    /// Consumes this view (see [`reborrow`](Self::reborrow)).
    ///
    /// # Panics
    /// When `i` is out of bounds.
    ///
    /// ```
    /// use tensorial::{tensor, Rank3, Tensor};
    /// let mut x = Tensor::<i32, Rank3<2, 2, 2>>::zeros();
    /// x.index_axis_mut::<0>(1).index_axis_mut::<1>(0).fill(7); // NumPy `x[1][:, 0] = 7`
    /// assert_eq!(x.as_slice(), &[0, 0, 0, 0, 7, 0, 7, 0]);
    /// ```
    #[must_use]
    #[track_caller]
    pub fn index_axis_mut<const AX: isize>(
        self,
        i: usize,
    ) -> ViewMut<'a, T, <S as Axis<AX>>::Removed, K>
    where
        S: Axis<AX>,
    {
        match self.get_index_axis_mut::<AX>(i) {
            Some(v) => v,
            None => axis_out_of_bounds(i, <S as Axis<AX>>::INDEX, S::DIMS.as_ref()),
        }
    }
}

/// **Views, slices, windows** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// The sub-tensor at index `i` along axis `AX` as a view; the axis is removed from the
    /// shape. `index_axis::<0>(i)` is NumPy `x[i]`, `index_axis::<1>(j)` is `x[:, j]`;
    /// `AX` counts from the end when negative (`index_axis::<-1>(j)` is `x[..., j]`). An axis
    /// out of range is a type error.
    ///
    /// NumPy's `x[:][0]` (the first *row*, since `x[:]` is all of `x`) cannot be mistaken for
    /// `x[:, 0]` here: the axis is always named.
    ///
    /// # Panics
    /// When `i` is out of bounds (with the index, axis and shape in the message);
    /// [`get_index_axis`](Self::get_index_axis) returns `None` instead.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2], [2, 3], [3, 4]];
    /// assert_eq!(x.index_axis::<1>(0), tensor![1, 2, 3]); // x[:, 0]
    /// assert_eq!(x.index_axis::<0>(0), tensor![1, 2]);    // x[0]
    /// ```
    #[must_use]
    #[track_caller]
    pub fn index_axis<const AX: isize>(&self, i: usize) -> View<'_, T, <S as Axis<AX>>::Removed, K>
    where
        S: Axis<AX>,
    {
        self.view().index_axis::<AX>(i)
    }

    /// The sub-tensor at index `i` along axis `AX` as a view, or `None` when `i` is out of
    /// bounds.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2, 3], [4, 5, 6]];
    /// assert_eq!(x.get_index_axis::<-1>(2).map(|c| c.to_tensor()), Some(tensor![3, 6]));
    /// assert!(x.get_index_axis::<0>(2).is_none());
    /// ```
    #[must_use]
    pub fn get_index_axis<const AX: isize>(
        &self,
        i: usize,
    ) -> Option<View<'_, T, <S as Axis<AX>>::Removed, K>>
    where
        S: Axis<AX>,
    {
        self.view().get_index_axis::<AX>(i)
    }

    /// The sub-tensor at index `i` along axis `AX` as a mutable view: writes change `self`.
    ///
    /// # Panics
    /// When `i` is out of bounds.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// x.index_axis_mut::<1>(0).fill(0); // NumPy `x[:, 0] = 0`
    /// assert_eq!(x, tensor![[0, 2], [0, 4]]);
    /// ```
    #[must_use]
    #[track_caller]
    pub fn index_axis_mut<const AX: isize>(
        &mut self,
        i: usize,
    ) -> ViewMut<'_, T, <S as Axis<AX>>::Removed, K>
    where
        S: Axis<AX>,
    {
        self.view_mut().index_axis_mut::<AX>(i)
    }

    /// The sub-tensor at index `i` along axis `AX` as a mutable view, or `None` when `i` is
    /// out of bounds.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// if let Some(mut row) = x.get_index_axis_mut::<0>(1) {
    ///     row[[0]] = 9;
    /// }
    /// assert!(x.get_index_axis_mut::<0>(5).is_none());
    /// assert_eq!(x, tensor![[1, 2], [9, 4]]);
    /// ```
    #[must_use]
    pub fn get_index_axis_mut<const AX: isize>(
        &mut self,
        i: usize,
    ) -> Option<ViewMut<'_, T, <S as Axis<AX>>::Removed, K>>
    where
        S: Axis<AX>,
    {
        self.view_mut().get_index_axis_mut::<AX>(i)
    }
}

/// `row(i)` / `col(j)` for matrices, tensors and views.
macro_rules! rows_and_cols {
    ($($Ty:ident $(<$a:lifetime>)?: $recv:literal, $self:ty;)*) => {$(
        impl<$($a,)? T: Elem, A: Dim, B: Dim, K: Kind> $Ty<$($a,)? T, (A, B), K> {
            /// Row `i` of a matrix: [`index_axis::<0>(i)`](Self::index_axis) (NumPy `x[i]`).
            ///
            /// # Panics
            /// When `i` is out of bounds.
            ///
            /// ```
            /// use tensorial::tensor;
            /// let x = tensor![[1, 2, 3], [4, 5, 6]];
            #[doc = concat!("assert_eq!(", $recv, ".row(1), tensor![4, 5, 6]);")]
            /// ```
            #[must_use]
            #[track_caller]
            pub fn row(self: $self, i: usize) -> rows_and_cols!(@out $Ty $($a)?, (B,)) {
                self.index_axis::<0>(i)
            }

            /// Column `j` of a matrix: [`index_axis::<1>(j)`](Self::index_axis) (NumPy `x[:, j]`).
            ///
            /// # Panics
            /// When `j` is out of bounds.
            ///
            /// ```
            /// use tensorial::tensor;
            /// let x = tensor![[1, 2, 3], [4, 5, 6]];
            #[doc = concat!("assert_eq!(", $recv, ".col(2), tensor![3, 6]);")]
            /// ```
            #[must_use]
            #[track_caller]
            pub fn col(self: $self, j: usize) -> rows_and_cols!(@out $Ty $($a)?, (A,)) {
                self.index_axis::<1>(j)
            }
        }
    )*};
    (@out Tensor, $S:ty) => { View<'_, T, $S, K> };
    (@out View $a:lifetime, $S:ty) => { View<$a, T, $S, K> };
    (@out ViewMut $a:lifetime, $S:ty) => { ViewMut<$a, T, $S, K> };
}

rows_and_cols! {
    Tensor: "x", &Self;
    View<'a>: "x.view()", &Self;
}

/// Mutable rows and columns.
macro_rules! rows_and_cols_mut {
    ($($Ty:ident $(<$a:lifetime>)?: $recv:literal, $self:ty => $out:lifetime;)*) => {$(
        impl<$($a,)? T: Elem, A: Dim, B: Dim, K: Kind> $Ty<$($a,)? T, (A, B), K> {
            /// Row `i` of a matrix as a mutable view: `index_axis_mut::<0>(i)` (NumPy `x[i]`).
            ///
            /// # Panics
            /// When `i` is out of bounds.
            ///
            /// ```
            /// use tensorial::tensor;
            /// let mut x = tensor![[1, 2, 3], [4, 5, 6]];
            #[doc = concat!($recv, ".row_mut(0).fill(0);")]
            /// assert_eq!(x, tensor![[0, 0, 0], [4, 5, 6]]);
            /// ```
            #[must_use]
            #[track_caller]
            pub fn row_mut(self: $self, i: usize) -> ViewMut<$out, T, (B,), K> {
                self.index_axis_mut::<0>(i)
            }

            /// Column `j` of a matrix as a mutable view: `index_axis_mut::<1>(j)` (NumPy
            /// `x[:, j]`).
            ///
            /// # Panics
            /// When `j` is out of bounds.
            ///
            /// ```
            /// use tensorial::tensor;
            /// let mut x = tensor![[1, 2, 3], [4, 5, 6]];
            #[doc = concat!($recv, ".col_mut(1).fill(0);")]
            /// assert_eq!(x, tensor![[1, 0, 3], [4, 0, 6]]);
            /// ```
            #[must_use]
            #[track_caller]
            pub fn col_mut(self: $self, j: usize) -> ViewMut<$out, T, (A,), K> {
                self.index_axis_mut::<1>(j)
            }
        }
    )*};
}

rows_and_cols_mut! {
    Tensor: "x", &mut Self => '_;
    ViewMut<'a>: "x.view_mut()", Self => 'a;
}

/// `v[[i, j, ..]]` with exactly `RANK` indices.
///
/// # Panics
/// When an index is out of bounds; use [`View::get`] for a checked access.
///
/// ```
/// use tensorial::tensor;
/// let x = tensor![[1, 2, 3], [4, 5, 6]];
/// assert_eq!(x.col(1)[[1]], 5);
/// ```
impl<T: Elem, S: Shape, K: Kind> Index<S::Idx> for View<'_, T, S, K> {
    type Output = T;
    fn index(&self, idx: S::Idx) -> &T {
        match offset_of::<S>(self.offset, &self.strides, &idx) {
            Some(i) => &self.data[i],
            None => out_of_bounds(idx.as_ref(), S::DIMS.as_ref()),
        }
    }
}

/// `v[[i, j, ..]]` with exactly `RANK` indices.
///
/// # Panics
/// When an index is out of bounds; use [`ViewMut::get`] for a checked access.
///
/// ```
/// use tensorial::tensor;
/// let mut x = tensor![[1, 2, 3], [4, 5, 6]];
/// assert_eq!(x.row_mut(1)[[0]], 4);
/// ```
impl<T: Elem, S: Shape, K: Kind> Index<S::Idx> for ViewMut<'_, T, S, K> {
    type Output = T;
    fn index(&self, idx: S::Idx) -> &T {
        match offset_of::<S>(self.offset, &self.strides, &idx) {
            Some(i) => &self.data[i],
            None => out_of_bounds(idx.as_ref(), S::DIMS.as_ref()),
        }
    }
}

/// `v[[i, j, ..]] = value`: writes into the source tensor (NumPy `slice[2] = 7`).
///
/// # Panics
/// When an index is out of bounds; use [`ViewMut::get_mut`] for a checked access.
///
/// ```
/// use tensorial::tensor;
/// let mut x = tensor![[0, 1, 2, 3, 4], [5, 6, 15, 8, 9]];
/// let mut slice = x.row_mut(1);
/// slice[[2]] = 7;
/// assert_eq!(x, tensor![[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]]);
/// ```
impl<T: Elem, S: Shape, K: Kind> IndexMut<S::Idx> for ViewMut<'_, T, S, K> {
    fn index_mut(&mut self, idx: S::Idx) -> &mut T {
        match offset_of::<S>(self.offset, &self.strides, &idx) {
            Some(i) => &mut self.data[i],
            None => out_of_bounds(idx.as_ref(), S::DIMS.as_ref()),
        }
    }
}

/// Iterator over the elements of a [`View`] in row-major order.
///
/// ```
/// use tensorial::tensor;
/// let x = tensor![[1, 2], [3, 4]];
/// let it = x.col(0).iter();
/// assert_eq!(it.len(), 2);
/// assert_eq!(it.copied().collect::<Vec<_>>(), [1, 3]);
/// ```
#[derive(Clone, Debug)]
pub struct Iter<'a, T> {
    data: &'a [T],
    dims: [usize; MAX_RANK],
    strides: [isize; MAX_RANK],
    rank: usize,
    idx: [usize; MAX_RANK],
    offset: usize,
    left: usize,
}

impl<'a, T> Iterator for Iter<'a, T> {
    type Item = &'a T;

    fn next(&mut self) -> Option<&'a T> {
        if self.left == 0 {
            return None;
        }
        self.left -= 1;
        let item = &self.data[self.offset];
        let mut axis = self.rank;
        while axis > 0 {
            axis -= 1;
            self.idx[axis] += 1;
            self.offset = self.offset.wrapping_add_signed(self.strides[axis]);
            if self.idx[axis] < self.dims[axis] {
                break;
            }
            let span = self.strides[axis].wrapping_mul(self.dims[axis].cast_signed());
            self.offset = self.offset.wrapping_sub(span.cast_unsigned());
            self.idx[axis] = 0;
        }
        Some(item)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.left, Some(self.left))
    }
}

impl<T> ExactSizeIterator for Iter<'_, T> {}

impl<T> FusedIterator for Iter<'_, T> {}

impl<'a, T: Elem, S: Shape, K: Kind> IntoIterator for View<'a, T, S, K> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T: Elem, S: Shape, K: Kind> IntoIterator for &View<'a, T, S, K> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

impl<'a, T: Elem, S: Shape, K: Kind> IntoIterator for &'a ViewMut<'_, T, S, K> {
    type Item = &'a T;
    type IntoIter = Iter<'a, T>;
    fn into_iter(self) -> Iter<'a, T> {
        self.iter()
    }
}

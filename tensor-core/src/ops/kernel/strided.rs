//! Strided operands: a slice, a base offset, dims and per-axis strides.

use super::plan::expand;
use super::{MAX_RANK, check_len, row_major_strides};

/// Position of element `t` along a run starting at `base` with stride `stride`.
#[inline]
pub(super) fn at(base: usize, t: usize, stride: isize) -> usize {
    base.wrapping_add_signed(stride.wrapping_mul(t.cast_signed()))
}

/// Smallest and largest offset a layout reaches (`None` when it holds no element).
fn reach(offset: usize, dims: &[usize], strides: &[isize]) -> Option<(isize, isize)> {
    if dims.contains(&0) {
        return None;
    }
    let (mut lo, mut hi) = (offset.cast_signed(), offset.cast_signed());
    for (&n, &s) in dims.iter().zip(strides) {
        let span = s * (n - 1).cast_signed();
        if span < 0 {
            lo += span;
        } else {
            hi += span;
        }
    }
    Some((lo, hi))
}

/// Checks that every element a layout reaches lies inside a buffer of `len` elements.
fn check_layout(len: usize, offset: usize, dims: &[usize], strides: &[isize]) {
    assert!(dims.len() <= MAX_RANK, "rank above {MAX_RANK}");
    assert_eq!(dims.len(), strides.len(), "one stride per axis");
    if let Some((lo, hi)) = reach(offset, dims, strides) {
        assert!(
            lo >= 0 && hi < len.cast_signed(),
            "layout (offset {offset}, dims {dims:?}, strides {strides:?}) reaches outside a buffer of {len} elements"
        );
    }
}

/// `true` when a layout is row-major contiguous (size-1 axes may have any stride).
fn is_contiguous(dims: &[usize], strides: &[isize]) -> bool {
    let mut expected = 1isize;
    for (&n, &s) in dims.iter().zip(strides).rev() {
        if n != 1 && s != expected {
            return false;
        }
        expected *= n.cast_signed();
    }
    true
}

/// `dims`, `strides`, `len` and `is_empty` of a layout, read from its [`Geometry`].
macro_rules! geometry_accessors {
    () => {
        /// The size of each axis.
        #[must_use]
        pub fn dims(&self) -> &[usize] {
            self.geo.dims()
        }

        /// The stride of each axis, in elements.
        #[must_use]
        pub fn strides(&self) -> &[isize] {
            self.geo.strides()
        }

        /// Number of elements (product of the dims).
        #[must_use]
        pub fn len(&self) -> usize {
            self.geo.len()
        }

        /// `true` when some axis has size 0.
        #[must_use]
        pub fn is_empty(&self) -> bool {
            self.len() == 0
        }
    };
}

/// A read-only strided operand: the element at multi-index `idx` is
/// `data[offset + Σ idx[k] · strides[k]]`.
///
/// Constructors check that every reachable element lies inside `data`.
///
/// ```
/// use tensorial::ops::kernel::Strided;
/// let data = [0, 1, 2, 3, 4, 5]; // a 2×3 matrix
/// let col = Strided::new(&data, 2, &[2], &[3]); // column 2, NumPy `x[:, 2]`
/// assert_eq!((col.len(), col.get(&[1])), (2, 5));
/// assert!(col.as_contiguous().is_none());
/// ```
pub struct Strided<'a, T> {
    pub(super) data: &'a [T],
    pub(super) geo: Geometry,
}

/// Base offset, dims and strides: the shape of a [`Strided`] or [`StridedMut`] layout.
#[derive(Clone, Copy)]
pub(super) struct Geometry {
    pub(super) offset: usize,
    pub(super) rank: usize,
    pub(super) dims: [usize; MAX_RANK],
    pub(super) strides: [isize; MAX_RANK],
}

impl Geometry {
    fn new(offset: usize, dims: &[usize], strides: &[isize]) -> Self {
        let mut geo = Self {
            offset,
            rank: dims.len(),
            dims: [1; MAX_RANK],
            strides: [0; MAX_RANK],
        };
        geo.dims[..dims.len()].copy_from_slice(dims);
        geo.strides[..dims.len()].copy_from_slice(strides);
        geo
    }

    pub(super) fn dims(&self) -> &[usize] {
        &self.dims[..self.rank]
    }

    pub(super) fn strides(&self) -> &[isize] {
        &self.strides[..self.rank]
    }

    fn len(&self) -> usize {
        self.dims().iter().product()
    }

    /// The range of a contiguous, non-empty layout.
    fn contiguous_range(&self) -> Option<core::ops::Range<usize>> {
        is_contiguous(self.dims(), self.strides()).then(|| self.offset..self.offset + self.len())
    }

    /// Without `axis`, the base moved to index `i` along it.
    fn fix_axis(mut self, axis: usize, i: usize) -> Self {
        self.offset = at(self.offset, i, self.strides[axis]);
        remove(&mut self.dims, self.rank, axis);
        remove(&mut self.strides, self.rank, axis);
        self.rank -= 1;
        self
    }
}

impl<T> Clone for Strided<'_, T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Strided<'_, T> {}

impl<'a, T> Strided<'a, T> {
    /// The contiguous row-major layout of `data` with dims `dims`.
    ///
    /// # Panics
    /// When `data.len()` is not the product of `dims`, or the rank is above [`MAX_RANK`].
    ///
    /// ```
    /// use tensorial::ops::kernel::Strided;
    /// let m = Strided::contiguous(&[1, 2, 3, 4, 5, 6], &[2, 3]);
    /// assert_eq!(m.strides(), &[3, 1]);
    /// ```
    #[must_use]
    pub fn contiguous(data: &'a [T], dims: &[usize]) -> Self {
        check_len(data.len(), dims);
        let strides = row_major_strides(dims);
        Self::from_raw(data, 0, dims, &strides[..dims.len()])
    }

    /// A layout with base `offset` and per-axis `strides` (in elements; negative reverses).
    ///
    /// # Panics
    /// When an element it reaches lies outside `data`, `dims` and `strides` differ in length,
    /// or the rank is above [`MAX_RANK`].
    ///
    /// ```
    /// use tensorial::ops::kernel::Strided;
    /// let rev = Strided::new(&[1, 2, 3], 2, &[3], &[-1]); // NumPy `x[::-1]`
    /// assert_eq!(rev.get(&[0]), 3);
    /// ```
    #[must_use]
    pub fn new(data: &'a [T], offset: usize, dims: &[usize], strides: &[isize]) -> Self {
        check_layout(data.len(), offset, dims, strides);
        Self::from_raw(data, offset, dims, strides)
    }

    /// The whole buffer the layout reads from (see [`offset`](Self::offset) and
    /// [`strides`](Self::strides) for where its elements are).
    ///
    /// ```
    /// use tensorial::ops::kernel::Strided;
    /// let rev = Strided::new(&[1, 2, 3], 2, &[3], &[-1]);
    /// assert_eq!((rev.data(), rev.offset()), (&[1, 2, 3][..], 2));
    /// ```
    #[must_use]
    pub fn data(&self) -> &'a [T] {
        self.data
    }

    /// Position in [`data`](Self::data) of the element at index `[0, 0, …]`.
    ///
    /// ```
    /// use tensorial::ops::kernel::Strided;
    /// assert_eq!(Strided::new(&[1, 2, 3, 4], 1, &[3], &[1]).offset(), 1);
    /// ```
    #[must_use]
    pub fn offset(&self) -> usize {
        self.geo.offset
    }

    pub(super) fn from_raw(
        data: &'a [T],
        offset: usize,
        dims: &[usize],
        strides: &[isize],
    ) -> Self {
        Self {
            data,
            geo: Geometry::new(offset, dims, strides),
        }
    }

    geometry_accessors!();

    /// The elements as one row-major slice, when the layout is contiguous.
    #[must_use]
    pub fn as_contiguous(&self) -> Option<&'a [T]> {
        if self.is_empty() {
            return Some(&self.data[..0]);
        }
        self.geo.contiguous_range().map(|r| &self.data[r])
    }

    /// The element at `idx`.
    ///
    /// # Panics
    /// When `idx` has the wrong length or an index is out of bounds.
    #[must_use]
    pub fn get(&self, idx: &[usize]) -> T
    where
        T: Copy,
    {
        assert_eq!(idx.len(), self.geo.rank, "one index per axis");
        let mut off = self.geo.offset;
        for ((&i, &n), &s) in idx.iter().zip(self.dims()).zip(self.strides()) {
            assert!(
                i < n,
                "index {idx:?} is out of bounds for dims {:?}",
                self.dims()
            );
            off = at(off, i, s);
        }
        self.data[off]
    }

    /// This layout read as if broadcast to `dims` (right-aligned; size-1 and missing axes get
    /// stride 0). Nothing is copied.
    ///
    /// # Panics
    /// When the dims do not broadcast to `dims`.
    ///
    /// ```
    /// use tensorial::ops::kernel::Strided;
    /// let row = Strided::contiguous(&[1, 2, 3], &[3]);
    /// let m = row.broadcast_to(&[2, 3]);
    /// assert_eq!((m.strides(), m.get(&[1, 2])), (&[0, 1][..], 3));
    /// ```
    #[must_use]
    pub fn broadcast_to(&self, dims: &[usize]) -> Self {
        assert!(dims.len() <= MAX_RANK, "rank above {MAX_RANK}");
        let full = expand(dims, (self.dims(), self.strides()));
        Self::from_raw(self.data, self.geo.offset, dims, &full[..dims.len()])
    }

    /// Dims and strides, for [`RowPlan`].
    pub(super) fn parts(&self) -> (&[usize], &[isize]) {
        (self.dims(), self.strides())
    }

    /// This layout without `axis`, its base moved to index `i` along it.
    pub(super) fn fix_axis(&self, axis: usize, i: usize) -> Self {
        Self {
            data: self.data,
            geo: self.geo.fix_axis(axis, i),
        }
    }
}

/// A mutable strided operand: the destination of `zip_assign`, `copy` and scatters.
///
/// ```
/// use tensorial::ops::kernel::{copy, Strided, StridedMut};
/// let mut data = [0; 6]; // a 2×3 matrix
/// copy(StridedMut::new(&mut data, 1, &[2], &[3]), Strided::contiguous(&[7, 8], &[2]));
/// assert_eq!(data, [0, 7, 0, 0, 8, 0]); // column 1 written
/// ```
pub struct StridedMut<'a, T> {
    pub(super) data: &'a mut [T],
    pub(super) geo: Geometry,
}

impl<'a, T> StridedMut<'a, T> {
    /// The contiguous row-major layout of `data` with dims `dims`.
    ///
    /// # Panics
    /// When `data.len()` is not the product of `dims`, or the rank is above [`MAX_RANK`].
    ///
    /// ```
    /// use tensorial::ops::kernel::StridedMut;
    /// let mut data = [0; 6];
    /// assert_eq!(StridedMut::contiguous(&mut data, &[3, 2]).strides(), &[2, 1]);
    /// ```
    #[must_use]
    pub fn contiguous(data: &'a mut [T], dims: &[usize]) -> Self {
        check_len(data.len(), dims);
        let strides = row_major_strides(dims);
        Self::from_raw(data, 0, dims, &strides[..dims.len()])
    }

    /// A layout with base `offset` and per-axis `strides` (in elements; negative reverses).
    ///
    /// # Panics
    /// When an element it reaches lies outside `data`, `dims` and `strides` differ in length,
    /// or the rank is above [`MAX_RANK`].
    ///
    /// ```
    /// use tensorial::ops::kernel::StridedMut;
    /// let mut data = [0; 4];
    /// let v = StridedMut::new(&mut data, 3, &[2], &[-2]); // elements 3 and 1
    /// assert_eq!(v.dims(), &[2]);
    /// ```
    #[must_use]
    pub fn new(data: &'a mut [T], offset: usize, dims: &[usize], strides: &[isize]) -> Self {
        check_layout(data.len(), offset, dims, strides);
        Self::from_raw(data, offset, dims, strides)
    }

    pub(super) fn from_raw(
        data: &'a mut [T],
        offset: usize,
        dims: &[usize],
        strides: &[isize],
    ) -> Self {
        Self {
            data,
            geo: Geometry::new(offset, dims, strides),
        }
    }

    geometry_accessors!();

    /// A shorter-lived copy of this layout.
    #[must_use]
    pub fn reborrow(&mut self) -> StridedMut<'_, T> {
        StridedMut {
            data: self.data,
            geo: self.geo,
        }
    }

    /// The elements as one row-major slice, when the layout is contiguous.
    pub(super) fn contiguous_mut(&mut self) -> Option<&mut [T]> {
        if self.is_empty() {
            return Some(&mut self.data[..0]);
        }
        self.geo.contiguous_range().map(|r| &mut self.data[r])
    }

    /// This layout without `axis`, its base moved to index `i` along it.
    pub(super) fn fix_axis(&mut self, axis: usize, i: usize) -> StridedMut<'_, T> {
        StridedMut {
            data: self.data,
            geo: self.geo.fix_axis(axis, i),
        }
    }
}

/// Removes entry `axis` of the first `rank` entries, shifting the rest left.
pub(super) fn remove<E: Copy>(items: &mut [E; MAX_RANK], rank: usize, axis: usize) {
    items.copy_within(axis + 1..rank, axis);
}

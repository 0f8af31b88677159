//! Slice kernels behind every elementwise op: plain loops over strided row-major buffers.
//!
//! Broadcasting never materializes the smaller operand: each operand gets a stride per output
//! axis (0 along axes it broadcasts over), adjacent axes that stay contiguous are merged, and the
//! innermost axis runs as a tight loop. When every operand is contiguous or a repeated scalar
//! along that axis (stride 1 or 0: tensors, broadcasts, rows of a matrix) the loop works on
//! whole sub-slices; other strides (columns, stepped or reversed slices, see
//! [`View`](crate::View)) take a general indexed loop.
//!
//! An operand is a [`Strided`] layout: a slice, a base offset, dims and per-axis strides in
//! elements (negative for reversed axes). These kernels take run-time dims; the typed layers
//! above guarantee they are compatible.

/// The highest rank a shape can have.
pub const MAX_RANK: usize = 6;

/// Row-major strides (in elements) of a contiguous buffer with dims `dims`.
///
/// # Panics
/// When `dims` has more than [`MAX_RANK`] axes.
///
/// ```
/// use tensor_core::ops::kernel::row_major_strides;
/// assert_eq!(row_major_strides(&[2, 3, 4])[..3], [12, 4, 1]);
/// ```
#[must_use]
pub fn row_major_strides(dims: &[usize]) -> [isize; MAX_RANK] {
    assert!(dims.len() <= MAX_RANK, "rank above {MAX_RANK}");
    let mut strides = [0; MAX_RANK];
    let mut stride = 1usize;
    for (s, &n) in strides[..dims.len()].iter_mut().zip(dims).rev() {
        *s = stride.cast_signed();
        stride = stride.wrapping_mul(n);
    }
    strides
}

/// Position of element `t` along a run starting at `base` with stride `stride`.
#[inline]
fn at(base: usize, t: usize, stride: isize) -> usize {
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

/// A read-only strided operand: the element at multi-index `idx` is
/// `data[offset + Σ idx[k] · strides[k]]`.
///
/// Constructors check that every reachable element lies inside `data`.
///
/// ```
/// use tensor_core::ops::kernel::Strided;
/// let data = [0, 1, 2, 3, 4, 5]; // a 2×3 matrix
/// let col = Strided::new(&data, 2, &[2], &[3]); // column 2, NumPy `x[:, 2]`
/// assert_eq!((col.len(), col.get(&[1])), (2, 5));
/// assert!(col.as_contiguous().is_none());
/// ```
pub struct Strided<'a, T> {
    data: &'a [T],
    offset: usize,
    rank: usize,
    dims: [usize; MAX_RANK],
    strides: [isize; MAX_RANK],
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
    /// use tensor_core::ops::kernel::Strided;
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
    /// use tensor_core::ops::kernel::Strided;
    /// let rev = Strided::new(&[1, 2, 3], 2, &[3], &[-1]); // NumPy `x[::-1]`
    /// assert_eq!(rev.get(&[0]), 3);
    /// ```
    #[must_use]
    pub fn new(data: &'a [T], offset: usize, dims: &[usize], strides: &[isize]) -> Self {
        check_layout(data.len(), offset, dims, strides);
        Self::from_raw(data, offset, dims, strides)
    }

    fn from_raw(data: &'a [T], offset: usize, dims: &[usize], strides: &[isize]) -> Self {
        let mut layout = Self {
            data,
            offset,
            rank: dims.len(),
            dims: [1; MAX_RANK],
            strides: [0; MAX_RANK],
        };
        layout.dims[..dims.len()].copy_from_slice(dims);
        layout.strides[..dims.len()].copy_from_slice(strides);
        layout
    }

    /// The size of each axis.
    #[must_use]
    pub fn dims(&self) -> &[usize] {
        &self.dims[..self.rank]
    }

    /// The stride of each axis, in elements.
    #[must_use]
    pub fn strides(&self) -> &[isize] {
        &self.strides[..self.rank]
    }

    /// Number of elements (product of the dims).
    #[must_use]
    pub fn len(&self) -> usize {
        self.dims().iter().product()
    }

    /// `true` when some axis has size 0.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The elements as one row-major slice, when the layout is contiguous.
    #[must_use]
    pub fn as_contiguous(&self) -> Option<&'a [T]> {
        if self.is_empty() {
            return Some(&self.data[..0]);
        }
        is_contiguous(self.dims(), self.strides())
            .then(|| &self.data[self.offset..self.offset + self.len()])
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
        assert_eq!(idx.len(), self.rank, "one index per axis");
        let mut off = self.offset;
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
    /// use tensor_core::ops::kernel::Strided;
    /// let row = Strided::contiguous(&[1, 2, 3], &[3]);
    /// let m = row.broadcast_to(&[2, 3]);
    /// assert_eq!((m.strides(), m.get(&[1, 2])), (&[0, 1][..], 3));
    /// ```
    #[must_use]
    pub fn broadcast_to(&self, dims: &[usize]) -> Self {
        assert!(dims.len() <= MAX_RANK, "rank above {MAX_RANK}");
        let full = expand(dims, (self.dims(), self.strides()));
        Self::from_raw(self.data, self.offset, dims, &full[..dims.len()])
    }

    /// Dims and strides, for [`RowPlan`].
    fn parts(&self) -> (&[usize], &[isize]) {
        (self.dims(), self.strides())
    }

    /// This layout without `axis`, its base moved to index `i` along it.
    fn fix_axis(&self, axis: usize, i: usize) -> Self {
        let mut out = *self;
        out.offset = at(self.offset, i, self.strides[axis]);
        remove(&mut out.dims, self.rank, axis);
        remove(&mut out.strides, self.rank, axis);
        out.rank -= 1;
        out
    }
}

/// A mutable strided operand: the destination of `zip_assign`, `copy` and scatters.
///
/// ```
/// use tensor_core::ops::kernel::{copy, Strided, StridedMut};
/// let mut data = [0; 6]; // a 2×3 matrix
/// copy(StridedMut::new(&mut data, 1, &[2], &[3]), Strided::contiguous(&[7, 8], &[2]));
/// assert_eq!(data, [0, 7, 0, 0, 8, 0]); // column 1 written
/// ```
pub struct StridedMut<'a, T> {
    data: &'a mut [T],
    offset: usize,
    rank: usize,
    dims: [usize; MAX_RANK],
    strides: [isize; MAX_RANK],
}

impl<'a, T> StridedMut<'a, T> {
    /// The contiguous row-major layout of `data` with dims `dims`.
    ///
    /// # Panics
    /// When `data.len()` is not the product of `dims`, or the rank is above [`MAX_RANK`].
    ///
    /// ```
    /// use tensor_core::ops::kernel::StridedMut;
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
    /// use tensor_core::ops::kernel::StridedMut;
    /// let mut data = [0; 4];
    /// let v = StridedMut::new(&mut data, 3, &[2], &[-2]); // elements 3 and 1
    /// assert_eq!(v.dims(), &[2]);
    /// ```
    #[must_use]
    pub fn new(data: &'a mut [T], offset: usize, dims: &[usize], strides: &[isize]) -> Self {
        check_layout(data.len(), offset, dims, strides);
        Self::from_raw(data, offset, dims, strides)
    }

    fn from_raw(data: &'a mut [T], offset: usize, dims: &[usize], strides: &[isize]) -> Self {
        let mut layout = Self {
            data,
            offset,
            rank: dims.len(),
            dims: [1; MAX_RANK],
            strides: [0; MAX_RANK],
        };
        layout.dims[..dims.len()].copy_from_slice(dims);
        layout.strides[..dims.len()].copy_from_slice(strides);
        layout
    }

    /// The size of each axis.
    #[must_use]
    pub fn dims(&self) -> &[usize] {
        &self.dims[..self.rank]
    }

    /// The stride of each axis, in elements.
    #[must_use]
    pub fn strides(&self) -> &[isize] {
        &self.strides[..self.rank]
    }

    /// Number of elements (product of the dims).
    #[must_use]
    pub fn len(&self) -> usize {
        self.dims().iter().product()
    }

    /// `true` when some axis has size 0.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// A shorter-lived copy of this layout.
    #[must_use]
    pub fn reborrow(&mut self) -> StridedMut<'_, T> {
        StridedMut {
            data: self.data,
            offset: self.offset,
            rank: self.rank,
            dims: self.dims,
            strides: self.strides,
        }
    }

    /// The elements as one row-major slice, when the layout is contiguous.
    fn contiguous_mut(&mut self) -> Option<&mut [T]> {
        if self.is_empty() {
            return Some(&mut self.data[..0]);
        }
        let (offset, len) = (self.offset, self.len());
        is_contiguous(self.dims(), self.strides()).then(|| &mut self.data[offset..offset + len])
    }

    /// This layout without `axis`, its base moved to index `i` along it.
    fn fix_axis(&mut self, axis: usize, i: usize) -> StridedMut<'_, T> {
        let mut out = self.reborrow();
        out.offset = at(out.offset, i, out.strides[axis]);
        remove(&mut out.dims, out.rank, axis);
        remove(&mut out.strides, out.rank, axis);
        out.rank -= 1;
        out
    }
}

/// Removes entry `axis` of the first `rank` entries, shifting the rest left.
fn remove<E: Copy>(items: &mut [E; MAX_RANK], rank: usize, axis: usize) {
    items.copy_within(axis + 1..rank, axis);
}

/// An operand's strides along each axis of `out` (right-aligned; 0 where it broadcasts).
fn expand(out: &[usize], (dims, strides): (&[usize], &[isize])) -> [isize; MAX_RANK] {
    assert!(dims.len() <= out.len(), "operand rank exceeds output rank");
    let lead = out.len() - dims.len();
    let mut full = [0; MAX_RANK];
    for (axis, (&n, &s)) in dims.iter().zip(strides).enumerate() {
        let o = out[lead + axis];
        assert!(
            n == o || n == 1,
            "operand axis {n} does not broadcast to {o}"
        );
        full[lead + axis] = if n == 1 { 0 } else { s };
    }
    full
}

/// Row iteration over an output and `N` operands broadcast into it.
struct RowPlan<const N: usize> {
    /// Merged axes, outermost first; the last one is the inner (row) axis.
    dims: [usize; MAX_RANK],
    /// Per operand, its stride along each merged axis.
    strides: [[isize; MAX_RANK]; N],
    rank: usize,
}

impl<const N: usize> RowPlan<N> {
    /// Plans `operands` (each `(dims, strides)`, right-aligned, sizes equal to `out` or 1)
    /// broadcast into `out`.
    fn new(out: &[usize], operands: [(&[usize], &[isize]); N]) -> Self {
        assert!(out.len() <= MAX_RANK, "rank above {MAX_RANK}");
        let full = operands.map(|operand| expand(out, operand));
        let mut plan = Self {
            dims: [1; MAX_RANK],
            strides: [[0; MAX_RANK]; N],
            rank: 0,
        };
        for (axis, &n) in out.iter().enumerate() {
            if n == 1 {
                continue;
            }
            let merge = plan.rank > 0
                && (0..N).all(|k| {
                    full[k][axis].wrapping_mul(n.cast_signed()) == plan.strides[k][plan.rank - 1]
                });
            if merge {
                plan.dims[plan.rank - 1] *= n;
                for (strides, full) in plan.strides.iter_mut().zip(&full) {
                    strides[plan.rank - 1] = full[axis];
                }
            } else {
                plan.dims[plan.rank] = n;
                for (strides, full) in plan.strides.iter_mut().zip(&full) {
                    strides[plan.rank] = full[axis];
                }
                plan.rank += 1;
            }
        }
        if plan.rank == 0 {
            plan.rank = 1; // a single element: one row of length 1
        }
        plan
    }

    /// Length of a row and each operand's stride along it.
    fn inner(&self) -> (usize, [isize; N]) {
        let last = self.rank - 1;
        (
            self.dims[last],
            core::array::from_fn(|k| self.strides[k][last]),
        )
    }

    /// Calls `row` with each operand's offset at the start of every row, starting from the
    /// base offsets `start` (skips empty outputs).
    fn for_each_row(&self, start: [usize; N], mut row: impl FnMut([usize; N])) {
        if self.dims[..self.rank].contains(&0) {
            return;
        }
        let outer = self.rank - 1;
        let mut idx = [0usize; MAX_RANK];
        let mut offs = start;
        loop {
            row(offs);
            let mut axis = outer;
            loop {
                if axis == 0 {
                    return;
                }
                axis -= 1;
                idx[axis] += 1;
                for (off, s) in offs.iter_mut().zip(&self.strides) {
                    *off = off.wrapping_add_signed(s[axis]);
                }
                if idx[axis] < self.dims[axis] {
                    break;
                }
                for (off, s) in offs.iter_mut().zip(&self.strides) {
                    *off = off.wrapping_sub(
                        s[axis]
                            .wrapping_mul(self.dims[axis].cast_signed())
                            .cast_unsigned(),
                    );
                }
                idx[axis] = 0;
            }
        }
    }
}

/// `out[i] = f(a[i])`.
///
/// # Panics
/// When `out` and `a` differ in length.
pub fn map<A: Copy, O>(out: &mut [O], a: &[A], f: impl Fn(A) -> O) {
    assert_eq!(out.len(), a.len());
    for (o, &x) in out.iter_mut().zip(a) {
        *o = f(x);
    }
}

/// `out = f(a)` elementwise, with `a` strided and `out` contiguous of the same dims.
///
/// # Panics
/// When `out.len()` is not the number of elements of `a`.
///
/// ```
/// use tensor_core::ops::kernel::{map_strided, Strided};
/// let mut out = [0; 3];
/// map_strided(&mut out, Strided::new(&[1, 2, 3], 2, &[3], &[-1]), |x| x * 10);
/// assert_eq!(out, [30, 20, 10]);
/// ```
pub fn map_strided<A: Copy, O>(out: &mut [O], a: Strided<'_, A>, f: impl Fn(A) -> O) {
    check_len(out.len(), a.dims());
    if let Some(a) = a.as_contiguous() {
        return map(out, a, f);
    }
    let out_strides = row_major_strides(a.dims());
    let plan = RowPlan::new(a.dims(), [(a.dims(), &out_strides[..a.rank]), a.parts()]);
    let (n, [_, sa]) = plan.inner();
    let src = a.data;
    plan.for_each_row([0, a.offset], |[o, i]| {
        for (t, o) in out[o..o + n].iter_mut().enumerate() {
            *o = f(src[at(i, t, sa)]);
        }
    });
}

/// `out = f(a, b)` elementwise, with `a` and `b` broadcast to `out_dims`.
///
/// # Panics
/// When a dim list does not broadcast to `out_dims` or a slice length disagrees with its dims.
pub fn zip<A: Copy, B: Copy, O>(
    out: &mut [O],
    out_dims: &[usize],
    (a, a_dims): (&[A], &[usize]),
    (b, b_dims): (&[B], &[usize]),
    f: impl Fn(A, B) -> O,
) {
    zip_strided(
        out,
        out_dims,
        Strided::contiguous(a, a_dims),
        Strided::contiguous(b, b_dims),
        f,
    );
}

/// `out = f(a, b)` elementwise, with strided `a` and `b` broadcast to `out_dims`.
///
/// # Panics
/// When a dim list does not broadcast to `out_dims` or `out.len()` disagrees with `out_dims`.
///
/// ```
/// use tensor_core::ops::kernel::{zip_strided, Strided};
/// let m = [1, 2, 3, 4, 5, 6]; // 2×3
/// let col0 = Strided::new(&m, 0, &[2, 1], &[3, 1]); // m[:, :1]
/// let mut out = [0; 6];
/// zip_strided(&mut out, &[2, 3], Strided::contiguous(&m, &[2, 3]), col0, |a, b| a - b);
/// assert_eq!(out, [0, 1, 2, 0, 1, 2]);
/// ```
pub fn zip_strided<A: Copy, B: Copy, O>(
    out: &mut [O],
    out_dims: &[usize],
    a: Strided<'_, A>,
    b: Strided<'_, B>,
    f: impl Fn(A, B) -> O,
) {
    check_len(out.len(), out_dims);
    if a.dims() == out_dims
        && b.dims() == out_dims
        && let (Some(a), Some(b)) = (a.as_contiguous(), b.as_contiguous())
    {
        for ((o, &x), &y) in out.iter_mut().zip(a).zip(b) {
            *o = f(x, y);
        }
        return;
    }
    let out_strides = row_major_strides(out_dims);
    let out_layout = (out_dims, &out_strides[..out_dims.len()]);
    let plan = RowPlan::new(out_dims, [out_layout, a.parts(), b.parts()]);
    let (n, [_, sa, sb]) = plan.inner();
    let (a, b, start) = (a.data, b.data, [0, a.offset, b.offset]);
    match (sa, sb) {
        (1, 1) => plan.for_each_row(start, |[o, i, j]| {
            let rows = out[o..o + n].iter_mut().zip(&a[i..i + n]).zip(&b[j..j + n]);
            for ((o, &x), &y) in rows {
                *o = f(x, y);
            }
        }),
        (1, 0) => plan.for_each_row(start, |[o, i, j]| {
            let y = b[j];
            for (o, &x) in out[o..o + n].iter_mut().zip(&a[i..i + n]) {
                *o = f(x, y);
            }
        }),
        (0, 1) => plan.for_each_row(start, |[o, i, j]| {
            let x = a[i];
            for (o, &y) in out[o..o + n].iter_mut().zip(&b[j..j + n]) {
                *o = f(x, y);
            }
        }),
        (0, 0) => plan.for_each_row(start, |[o, i, j]| {
            let (x, y) = (a[i], b[j]);
            out[o..o + n].iter_mut().for_each(|o| *o = f(x, y));
        }),
        _ => plan.for_each_row(start, |[o, i, j]| {
            for (t, o) in out[o..o + n].iter_mut().enumerate() {
                *o = f(a[at(i, t, sa)], b[at(j, t, sb)]);
            }
        }),
    }
}

/// `dst = f(dst, b)` elementwise, with `b` broadcast to `dst_dims` (the `+=` family).
///
/// # Panics
/// When `b_dims` does not broadcast to `dst_dims` or a slice length disagrees with its dims.
pub fn zip_assign<T: Copy, B: Copy>(
    dst: &mut [T],
    dst_dims: &[usize],
    (b, b_dims): (&[B], &[usize]),
    f: impl Fn(T, B) -> T,
) {
    zip_assign_strided(
        StridedMut::contiguous(dst, dst_dims),
        Strided::contiguous(b, b_dims),
        f,
    );
}

/// `dst = f(dst, b)` elementwise on strided layouts, with `b` broadcast to `dst`'s dims.
///
/// # Panics
/// When `b`'s dims do not broadcast to `dst`'s.
///
/// ```
/// use tensor_core::ops::kernel::{zip_assign_strided, Strided, StridedMut};
/// let mut m = [1, 2, 3, 4, 5, 6]; // 2×3
/// let col1 = StridedMut::new(&mut m, 1, &[2], &[3]); // m[:, 1]
/// zip_assign_strided(col1, Strided::contiguous(&[100], &[]), |a, b| a + b);
/// assert_eq!(m, [1, 102, 3, 4, 105, 6]);
/// ```
pub fn zip_assign_strided<T: Copy, B: Copy>(
    mut dst: StridedMut<'_, T>,
    b: Strided<'_, B>,
    f: impl Fn(T, B) -> T,
) {
    if b.dims() == dst.dims()
        && let Some(b) = b.as_contiguous()
        && let Some(dst) = dst.contiguous_mut()
    {
        for (d, &y) in dst.iter_mut().zip(b) {
            *d = f(*d, y);
        }
        return;
    }
    let plan = RowPlan::new(dst.dims(), [(dst.dims(), dst.strides()), b.parts()]);
    assign_rows(&plan, dst.data, dst.offset, b, &f);
}

/// Runs `dst = f(dst, src)` over every row of `plan` (operands `[dst, src]`), with `dst`
/// starting at `dst_offset`.
fn assign_rows<T: Copy, B: Copy>(
    plan: &RowPlan<2>,
    dst: &mut [T],
    dst_offset: usize,
    src: Strided<'_, B>,
    f: &impl Fn(T, B) -> T,
) {
    let (n, [sd, sb]) = plan.inner();
    let (b, start) = (src.data, [dst_offset, src.offset]);
    match (sd, sb) {
        (1, 1) => plan.for_each_row(start, |[o, j]| {
            for (d, &y) in dst[o..o + n].iter_mut().zip(&b[j..j + n]) {
                *d = f(*d, y);
            }
        }),
        (1, 0) => plan.for_each_row(start, |[o, j]| {
            let y = b[j];
            dst[o..o + n].iter_mut().for_each(|d| *d = f(*d, y));
        }),
        _ => plan.for_each_row(start, |[o, j]| {
            for t in 0..n {
                let d = &mut dst[at(o, t, sd)];
                *d = f(*d, b[at(j, t, sb)]);
            }
        }),
    }
}

/// `out = f(a, b, c)` elementwise with all three broadcast to `out_dims` (used by `select`).
///
/// # Panics
/// When a dim list does not broadcast to `out_dims` or a slice length disagrees with its dims.
pub fn zip3<A: Copy, B: Copy, C: Copy, O>(
    out: &mut [O],
    out_dims: &[usize],
    (a, a_dims): (&[A], &[usize]),
    (b, b_dims): (&[B], &[usize]),
    (c, c_dims): (&[C], &[usize]),
    f: impl Fn(A, B, C) -> O,
) {
    zip3_strided(
        out,
        out_dims,
        (
            Strided::contiguous(a, a_dims),
            Strided::contiguous(b, b_dims),
            Strided::contiguous(c, c_dims),
        ),
        f,
    );
}

/// `out = f(a, b, c)` elementwise with strided `a`, `b`, `c` broadcast to `out_dims`.
///
/// # Panics
/// When a dim list does not broadcast to `out_dims` or `out.len()` disagrees with `out_dims`.
///
/// ```
/// use tensor_core::ops::kernel::{zip3_strided, Strided};
/// let mut out = [0; 3];
/// let cond = Strided::contiguous(&[true, false, true], &[3]);
/// let a = Strided::new(&[1, 2, 3], 2, &[3], &[-1]); // reversed
/// let zero = Strided::contiguous(&[0], &[]); // a scalar
/// zip3_strided(&mut out, &[3], (cond, a, zero), |c, a, b| if c { a } else { b });
/// assert_eq!(out, [3, 0, 1]);
/// ```
pub fn zip3_strided<A: Copy, B: Copy, C: Copy, O>(
    out: &mut [O],
    out_dims: &[usize],
    (a, b, c): (Strided<'_, A>, Strided<'_, B>, Strided<'_, C>),
    f: impl Fn(A, B, C) -> O,
) {
    check_len(out.len(), out_dims);
    let out_strides = row_major_strides(out_dims);
    let out_layout = (out_dims, &out_strides[..out_dims.len()]);
    let plan = RowPlan::new(out_dims, [out_layout, a.parts(), b.parts(), c.parts()]);
    let (n, [_, sa, sb, sc]) = plan.inner();
    let start = [0, a.offset, b.offset, c.offset];
    let (a, b, c) = (a.data, b.data, c.data);
    plan.for_each_row(start, |[o, i, j, k]| {
        for (t, o) in out[o..o + n].iter_mut().enumerate() {
            *o = f(a[at(i, t, sa)], b[at(j, t, sb)], c[at(k, t, sc)]);
        }
    });
}

/// Copies `src` broadcast to `out_dims` into `out` (materializing; used by `broadcast_to`).
pub fn broadcast_copy<T: Copy>(
    out: &mut [T],
    out_dims: &[usize],
    (src, src_dims): (&[T], &[usize]),
) {
    copy(
        StridedMut::contiguous(out, out_dims),
        Strided::contiguous(src, src_dims),
    );
}

/// Copies `src`, broadcast to `dst`'s dims, into the strided `dst`.
///
/// # Panics
/// When `src`'s dims do not broadcast to `dst`'s.
///
/// ```
/// use tensor_core::ops::kernel::{copy, Strided, StridedMut};
/// let mut m = [0; 6]; // 2×3
/// copy(StridedMut::contiguous(&mut m, &[2, 3]), Strided::contiguous(&[1, 2, 3], &[3]));
/// assert_eq!(m, [1, 2, 3, 1, 2, 3]);
/// ```
pub fn copy<T: Copy>(dst: StridedMut<'_, T>, src: Strided<'_, T>) {
    let plan = RowPlan::new(dst.dims(), [(dst.dims(), dst.strides()), src.parts()]);
    let (n, [sd, s]) = plan.inner();
    let (out, data) = (&mut *dst.data, src.data);
    plan.for_each_row([dst.offset, src.offset], |[o, i]| match (sd, s) {
        (1, 1) => out[o..o + n].copy_from_slice(&data[i..i + n]),
        (1, 0) => out[o..o + n].fill(data[i]),
        _ => {
            for t in 0..n {
                out[at(o, t, sd)] = data[at(i, t, s)];
            }
        }
    });
}

/// Calls `f(a, b)` for every element of `a` in row-major order, with `b` broadcast to `a`'s
/// dims (used by `masked_select`).
///
/// # Panics
/// When `b`'s dims do not broadcast to `a`'s.
///
/// ```
/// use tensor_core::ops::kernel::{for_each_zip, Strided};
/// let mut picked = [0; 2];
/// let mut n = 0;
/// let mask = Strided::contiguous(&[true, false, true], &[3]);
/// for_each_zip(Strided::contiguous(&[4, 5, 6], &[3]), mask, |x, m| {
///     if m { picked[n] = x; n += 1; }
/// });
/// assert_eq!(picked, [4, 6]);
/// ```
pub fn for_each_zip<A: Copy, B: Copy>(
    a: Strided<'_, A>,
    b: Strided<'_, B>,
    mut f: impl FnMut(A, B),
) {
    let plan = RowPlan::new(a.dims(), [a.parts(), b.parts()]);
    let (n, [sa, sb]) = plan.inner();
    let (x, y) = (a.data, b.data);
    plan.for_each_row([a.offset, b.offset], |[i, j]| {
        for t in 0..n {
            f(x[at(i, t, sa)], y[at(j, t, sb)]);
        }
    });
}

/// Gathers along `axis`: `out[.., k, ..] = src[.., index(k), ..]` for `k` in `0..count`,
/// with `out` contiguous of `src`'s dims except `count` along `axis` (NumPy
/// `np.take(src, indices, axis)`).
///
/// `index(k)` must be in bounds for `src` along `axis`; the typed layer checks it.
///
/// # Panics
/// When `axis` is out of range, `out.len()` disagrees with the dims, or an index is out of
/// bounds.
///
/// ```
/// use tensor_core::ops::kernel::{take_axis, Strided};
/// let m = Strided::contiguous(&[1, 2, 3, 4, 5, 6], &[3, 2]);
/// let mut out = [0; 6];
/// take_axis(&mut out, m, 0, 3, |k| [2, 0, 2][k]); // m[[2, 0, 2]]
/// assert_eq!(out, [5, 6, 1, 2, 5, 6]);
/// ```
pub fn take_axis<T: Copy>(
    out: &mut [T],
    src: Strided<'_, T>,
    axis: usize,
    count: usize,
    index: impl Fn(usize) -> usize,
) {
    assert!(axis < src.rank, "axis {axis} out of range");
    let mut out_dims = src.dims;
    out_dims[axis] = count;
    let out_dims = &out_dims[..src.rank];
    let mut dst = StridedMut::contiguous(out, out_dims);
    for k in 0..count {
        let i = index(k);
        assert!(
            i < src.dims[axis],
            "index {i} out of bounds along axis {axis}"
        );
        copy(dst.fix_axis(axis, k), src.fix_axis(axis, i));
    }
}

/// Scatters along `axis`: `dst[.., index(k), ..] = f(dst[.., index(k), ..], src[.., k, ..])`
/// for `k` in `0..count`, in order, so repeated indices accumulate (NumPy `np.add.at`,
/// PyTorch `index_add_`). `src` has `dst`'s dims except `count` along `axis`.
///
/// # Panics
/// When `axis` is out of range, `src`'s dims disagree, or an index is out of bounds.
///
/// ```
/// use tensor_core::ops::kernel::{scatter_axis, Strided, StridedMut};
/// let mut counts = [0; 3];
/// let ones = Strided::contiguous(&[1], &[]).broadcast_to(&[4]);
/// scatter_axis(StridedMut::contiguous(&mut counts, &[3]), 0, ones, |k| [2, 0, 2, 2][k], |a, b| a + b);
/// assert_eq!(counts, [1, 0, 3]);
/// ```
pub fn scatter_axis<T: Copy, B: Copy>(
    mut dst: StridedMut<'_, T>,
    axis: usize,
    src: Strided<'_, B>,
    index: impl Fn(usize) -> usize,
    f: impl Fn(T, B) -> T,
) {
    assert!(axis < dst.rank, "axis {axis} out of range");
    assert_eq!(
        src.rank, dst.rank,
        "source rank differs from destination rank"
    );
    let count = src.dims[axis];
    for (k, (&n, &m)) in dst.dims().iter().zip(src.dims()).enumerate() {
        assert!(
            k == axis || n == m,
            "source dims {:?} do not match {:?}",
            src.dims(),
            dst.dims()
        );
    }
    let bound = dst.dims[axis];
    for k in 0..count {
        let i = index(k);
        assert!(i < bound, "index {i} out of bounds along axis {axis}");
        let d = dst.fix_axis(axis, i);
        let s = src.fix_axis(axis, k);
        let plan = RowPlan::new(d.dims(), [(d.dims(), d.strides()), s.parts()]);
        assign_rows(&plan, d.data, d.offset, s, &f);
    }
}

fn check_len(len: usize, dims: &[usize]) {
    assert_eq!(
        len,
        dims.iter().product::<usize>(),
        "buffer length disagrees with dims {dims:?}"
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_contiguous_axes() {
        let plan = RowPlan::new(&[2, 3, 4], [(&[2, 3, 4], &[12, 4, 1]), (&[3, 4], &[4, 1])]);
        assert_eq!(plan.rank, 2);
        assert_eq!(plan.dims[..2], [2, 12]);
        assert_eq!(plan.strides[1][..2], [0, 1]);
    }

    #[test]
    fn merges_reversed_axes() {
        // A fully reversed 2×3 buffer is one run of 6 with stride -1.
        let plan = RowPlan::new(&[2, 3], [(&[2, 3], &[-3, -1])]);
        assert_eq!((plan.rank, plan.inner()), (1, (6, [-1])));
    }

    #[test]
    fn drops_size_one_axes_and_handles_scalars() {
        let plan = RowPlan::new(&[1, 1], [(&[1, 1], &[1, 1]), (&[], &[])]);
        assert_eq!((plan.rank, plan.inner()), (1, (1, [0, 0])));
        let mut out = [0; 1];
        zip(&mut out, &[1, 1], (&[3], &[1, 1]), (&[4], &[]), |a, b| {
            a * b
        });
        assert_eq!(out, [12]);
    }

    #[test]
    fn strided_general_path() {
        // out = a[:, ::-1] * b[::2] with a 2×3 and b 4 long.
        let a = [1, 2, 3, 4, 5, 6];
        let b = [10, 0, 20, 0, 30, 0];
        let mut out = [0; 6];
        zip_strided(
            &mut out,
            &[2, 3],
            Strided::new(&a, 2, &[2, 3], &[3, -1]),
            Strided::new(&b, 0, &[3], &[2]),
            |x, y| x * y,
        );
        assert_eq!(out, [30, 40, 30, 60, 100, 120]);
    }

    #[test]
    #[should_panic(expected = "reaches outside")]
    fn rejects_layouts_outside_the_buffer() {
        let _ = Strided::new(&[1, 2, 3], 1, &[3], &[1]);
    }

    #[test]
    #[should_panic(expected = "does not broadcast")]
    fn rejects_incompatible_dims() {
        let mut out = [0; 6];
        zip(
            &mut out,
            &[2, 3],
            (&[0; 6], &[2, 3]),
            (&[0; 2], &[2]),
            |a: i32, b: i32| a + b,
        );
    }
}

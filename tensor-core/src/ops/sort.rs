//! Sorting and counting: `sort`, `argsort`, `topk`, `argpartition` along a typed axis; `unique`, `bincount`.
//!
//! # Order
//! Every op sorts by one total order: NumPy's, where NaN compares greater than every number
//! (so NaNs go last in ascending order, and first in [`topk`](Tensor::topk)) and all NaNs are
//! equal. Ties keep their original order: [`argsort`](Tensor::argsort) is stable, and
//! `topk`/`bottomk` pick the lower index among equal values.
//!
//! # Lanes
//! An op along axis `AX` treats each 1-D lane along that axis independently. Lanes along the
//! last axis are contiguous and use the standard library's pattern-defeating quicksort; other
//! lanes are sorted in place through a strided heap, so nothing is allocated and every op
//! works without `alloc` (except [`unique`](Tensor::unique), which returns a `Vec`).

use super::const_msg::Msg;
use super::create::{IndexElem, IndexRangeError, check_indices};
use crate::storage::Kind;
use crate::{Axis, Const, Dim, Elem, ReplaceAxis, Replaced, Shape, Tensor};
use core::cmp::Ordering;
use core::ops::Add;

/// The values and indices `topk`/`bottomk` select: axis `AX` of `S` replaced by `Const<N>`.
type Selected<T, S, const AX: isize, const N: usize, K> = (
    Tensor<T, Replaced<S, AX, Const<N>>, K>,
    Tensor<usize, Replaced<S, AX, Const<N>>, K>,
);

/// NumPy's sort order: numbers ascending, then NaN (all NaNs equal).
fn nan_last<T: PartialOrd>(a: &T, b: &T) -> Ordering {
    a.partial_cmp(b).unwrap_or_else(|| {
        // Only NaN is unordered with itself.
        let (a_nan, b_nan) = (a.partial_cmp(a).is_none(), b.partial_cmp(b).is_none());
        a_nan.cmp(&b_nan)
    })
}

/// `(outer, n, inner)` for axis `index` of `dims`: lanes start at `o * n * inner + k` for
/// `o < outer`, `k < inner`, and step by `inner`.
fn split(dims: &[usize], index: usize) -> (usize, usize, usize) {
    let outer = dims[..index].iter().product();
    let inner = dims[index + 1..].iter().product();
    (outer, dims[index], inner)
}

/// Calls `f(src_base, dst_base, stride)` for every lane along axis `index`, where the source
/// has `n` elements per lane and the destination `m`.
fn for_each_lane(dims: &[usize], index: usize, m: usize, mut f: impl FnMut(usize, usize, usize)) {
    let (outer, n, inner) = split(dims, index);
    for o in 0..outer {
        for k in 0..inner {
            f(o * n * inner + k, o * m * inner + k, inner);
        }
    }
}

/// Panics (at compile time, when called in `const`) unless `n <= len`, the length of axis `ax`.
const fn check_count(op: &str, n: usize, ax: isize, len: usize) {
    if n > len {
        let msg = Msg::new(op)
            .str("::<")
            .num(n)
            .str(", ")
            .int(ax)
            .str(">: cannot take ")
            .num(n)
            .str(" elements from axis ")
            .int(ax)
            .str(", which has length ")
            .num(len);
        panic!("{}", msg.as_str());
    }
}

/// One lane of a buffer: elements `base + i * stride`.
struct Lane<'a, E> {
    data: &'a mut [E],
    base: usize,
    stride: usize,
}

impl<E: Copy> Lane<'_, E> {
    #[inline]
    fn get(&self, i: usize) -> E {
        self.data[self.base + i * self.stride]
    }
    #[inline]
    fn set(&mut self, i: usize, v: E) {
        self.data[self.base + i * self.stride] = v;
    }
    #[inline]
    fn swap(&mut self, i: usize, j: usize) {
        self.data
            .swap(self.base + i * self.stride, self.base + j * self.stride);
    }

    /// Restores the max-heap (by `less`) below `root` in the first `len` slots.
    fn sift_down(&mut self, mut root: usize, len: usize, less: &impl Fn(&E, &E) -> bool) {
        loop {
            let mut child = 2 * root + 1;
            if child >= len {
                return;
            }
            if child + 1 < len && less(&self.get(child), &self.get(child + 1)) {
                child += 1;
            }
            if !less(&self.get(root), &self.get(child)) {
                return;
            }
            self.swap(root, child);
            root = child;
        }
    }

    /// Moves slot `i` up the max-heap (by `less`).
    fn sift_up(&mut self, mut i: usize, less: &impl Fn(&E, &E) -> bool) {
        while i > 0 {
            let parent = (i - 1) / 2;
            if !less(&self.get(parent), &self.get(i)) {
                return;
            }
            self.swap(parent, i);
            i = parent;
        }
    }

    /// Sorts a max-heap of `len` slots into ascending order (by `less`).
    fn sort_heap(&mut self, len: usize, less: &impl Fn(&E, &E) -> bool) {
        for end in (1..len).rev() {
            self.swap(0, end);
            self.sift_down(0, end, less);
        }
    }

    /// Heapsort of the first `len` slots, ascending by `less`.
    fn heapsort(&mut self, len: usize, less: &impl Fn(&E, &E) -> bool) {
        for i in (0..len / 2).rev() {
            self.sift_down(i, len, less);
        }
        self.sort_heap(len, less);
    }
}

/// Writes into the `m` slots of `lane` the `m` smallest of the candidates `0..n` by the
/// strict total order `less`, ascending (a bounded max-heap: `O(n log m)`, no allocation).
fn select_smallest(
    lane: &mut Lane<'_, usize>,
    n: usize,
    m: usize,
    less: impl Fn(&usize, &usize) -> bool,
) {
    if m == 0 {
        return;
    }
    for i in 0..n {
        if i < m {
            lane.set(i, i);
            lane.sift_up(i, &less);
        } else if less(&i, &lane.get(0)) {
            lane.set(0, i);
            lane.sift_down(0, m, &less);
        }
    }
    lane.sort_heap(m, &less);
}

/// **Sorting and counting** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// The indices that sort each lane along axis `AX` (NumPy `np.argsort(x, axis=AX,
    /// kind='stable')`). Stable: equal values keep their order; NaNs go last. `AX` may count
    /// from the end (`-1` is the last axis); an axis out of range does not compile.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[3.0, 1.0, 2.0], [f64::NAN, 0.5, 0.5]];
    /// assert_eq!(x.argsort::<1>(), tensor![[1, 2, 0], [1, 2, 0]]);
    /// assert_eq!(x.argsort::<0>(), tensor![[0, 1, 1], [1, 0, 0]]);
    /// ```
    #[must_use]
    pub fn argsort<const AX: isize>(&self) -> Tensor<usize, S, K>
    where
        T: PartialOrd,
        S: Axis<AX>,
    {
        let src = self.as_slice();
        let dims = S::DIMS;
        let n = dims.as_ref()[<S as Axis<AX>>::INDEX];
        Tensor::build(|out| {
            for_each_lane(
                dims.as_ref(),
                <S as Axis<AX>>::INDEX,
                n,
                |base, _, stride| {
                    let key = |i: usize| &src[base + i * stride];
                    let cmp = |a: &usize, b: &usize| nan_last(key(*a), key(*b)).then(a.cmp(b));
                    if stride == 1 {
                        let lane = &mut out[base..base + n];
                        lane.iter_mut().enumerate().for_each(|(i, v)| *v = i);
                        lane.sort_unstable_by(cmp);
                    } else {
                        let mut lane = Lane {
                            data: &mut *out,
                            base,
                            stride,
                        };
                        select_smallest(&mut lane, n, n, |a, b| cmp(a, b) == Ordering::Less);
                    }
                },
            );
        })
    }

    /// Each lane along axis `AX` sorted ascending, NaNs last (NumPy `np.sort(x, axis=AX)`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[3, 1, 2], [0, 5, 4]];
    /// assert_eq!(x.sort::<-1>(), tensor![[1, 2, 3], [0, 4, 5]]);
    /// assert_eq!(x.sort::<0>(), tensor![[0, 1, 2], [3, 5, 4]]);
    /// ```
    #[must_use]
    pub fn sort<const AX: isize>(&self) -> Self
    where
        T: PartialOrd,
        S: Axis<AX>,
    {
        let mut out = self.clone();
        out.sort_inplace::<AX>();
        out
    }

    /// Sorts each lane along axis `AX` in place, ascending, NaNs last (NumPy
    /// `x.sort(axis=AX)`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![2.0, f64::NAN, -1.0];
    /// x.sort_inplace::<0>();
    /// assert_eq!(&x.as_slice()[..2], &[-1.0, 2.0]);
    /// assert!(x[[2]].is_nan());
    /// ```
    pub fn sort_inplace<const AX: isize>(&mut self)
    where
        T: PartialOrd,
        S: Axis<AX>,
    {
        let dims = S::DIMS;
        let n = dims.as_ref()[<S as Axis<AX>>::INDEX];
        let data = self.as_mut_slice();
        for_each_lane(
            dims.as_ref(),
            <S as Axis<AX>>::INDEX,
            n,
            |base, _, stride| {
                if stride == 1 {
                    data[base..base + n].sort_unstable_by(nan_last);
                } else {
                    let mut lane = Lane {
                        data: &mut *data,
                        base,
                        stride,
                    };
                    lane.heapsort(n, &|a, b| nan_last(a, b) == Ordering::Less);
                }
            },
        );
    }

    /// The `N` largest values of each lane along axis `AX`, in descending order, and their
    /// indices (PyTorch `x.topk(N, dim=AX)`). Both results have the shape of `self` with
    /// axis `AX` resized to `N`. Among equal values the lower index comes first; NaN counts
    /// as the largest value.
    ///
    /// `N` larger than the axis is a compile error (reported by `cargo build`, not
    /// `cargo check`): ``topk::<5, 1>: cannot take 5 elements from axis 1, which has length 4``.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let logits = tensor![[0.1, 2.0, 0.7, 2.0], [5.0, -1.0, 0.0, 3.0]];
    /// let (values, indices) = logits.topk::<2, 1>();
    /// assert_eq!(values, tensor![[2.0, 2.0], [5.0, 3.0]]);
    /// assert_eq!(indices, tensor![[1, 3], [0, 3]]);
    /// ```
    ///
    /// ```compile_fail
    /// let (_v, _i) = tensorial::tensor![1, 2, 3].topk::<4, 0>(); // only 3 along axis 0
    /// ```
    #[must_use]
    pub fn topk<const N: usize, const AX: isize>(&self) -> Selected<T, S, AX, N, K>
    where
        T: PartialOrd,
        S: ReplaceAxis<AX, Const<N>>,
    {
        const { check_count("topk", N, AX, <<S as Axis<AX>>::Dim as Dim>::SIZE) };
        self.select_k::<N, AX>(|a, b| nan_last(b, a))
    }

    /// The `N` smallest values of each lane along axis `AX`, in ascending order, and their
    /// indices (PyTorch `x.topk(N, dim=AX, largest=False)`; NumPy
    /// `np.argpartition(x, N, axis=AX)[..., :N]` then sorted). Ties: lower index first;
    /// NaNs come last. `N` larger than the axis is a compile error.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let dist = tensor![[0.0, 4.0, 1.0, 9.0], [4.0, 0.0, 5.0, 1.0]];
    /// let (_, nearest) = dist.bottomk::<3, -1>(); // each point and its 2 nearest neighbours
    /// assert_eq!(nearest, tensor![[0, 2, 1], [1, 3, 0]]);
    /// ```
    #[must_use]
    pub fn bottomk<const N: usize, const AX: isize>(&self) -> Selected<T, S, AX, N, K>
    where
        T: PartialOrd,
        S: ReplaceAxis<AX, Const<N>>,
    {
        const { check_count("bottomk", N, AX, <<S as Axis<AX>>::Dim as Dim>::SIZE) };
        self.select_k::<N, AX>(nan_last)
    }

    /// The first `N` of each lane by `order` (ties by index), values and indices.
    fn select_k<const N: usize, const AX: isize>(
        &self,
        order: impl Fn(&T, &T) -> Ordering,
    ) -> Selected<T, S, AX, N, K>
    where
        S: ReplaceAxis<AX, Const<N>>,
    {
        let src = self.as_slice();
        let dims = S::DIMS;
        let index = <S as Axis<AX>>::INDEX;
        let n = dims.as_ref()[index];
        let indices = Tensor::build(|out| {
            for_each_lane(dims.as_ref(), index, N, |base, dst, stride| {
                let key = |i: usize| &src[base + i * stride];
                let less =
                    |a: &usize, b: &usize| order(key(*a), key(*b)).then(a.cmp(b)) == Ordering::Less;
                let mut lane = Lane {
                    data: &mut *out,
                    base: dst,
                    stride,
                };
                select_smallest(&mut lane, n, N, less);
            });
        });
        let values = Tensor::build(|out: &mut [T]| {
            let idx: &[usize] = indices.as_slice();
            for_each_lane(dims.as_ref(), index, N, |base, dst, stride| {
                for j in 0..N {
                    let at = dst + j * stride;
                    out[at] = src[base + idx[at] * stride];
                }
            });
        });
        (values, indices)
    }

    /// Indices that partition each lane along axis `AX` around position `kth` (NumPy
    /// `np.argpartition(x, kth, axis=AX)`): in each lane of the result, the index at
    /// position `kth` is that of the value a full sort would put there, indices before it
    /// point to values `<=` it, and indices after it to values `>=` it. The order within
    /// each side is unspecified (along non-last axes it is fully sorted). NaNs sort last.
    ///
    /// See [`bottomk`](Self::bottomk) for the `N` smallest in sorted order with `N` in the type.
    ///
    /// # Panics
    /// When `kth` is not less than the length of axis `AX`.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![7, 1, 5, 3, 9];
    /// let p = x.argpartition::<0>(2);
    /// assert_eq!(x[[p[[2]]]], 5);
    /// assert!(p.as_slice()[..2].iter().all(|&i| x[[i]] <= 5));
    /// ```
    #[must_use]
    #[track_caller]
    pub fn argpartition<const AX: isize>(&self, kth: usize) -> Tensor<usize, S, K>
    where
        T: PartialOrd,
        S: Axis<AX>,
    {
        let src = self.as_slice();
        let dims = S::DIMS;
        let n = dims.as_ref()[<S as Axis<AX>>::INDEX];
        assert!(
            kth < n,
            "argpartition: kth = {kth} is out of range for an axis of length {n}"
        );
        Tensor::build(|out| {
            for_each_lane(
                dims.as_ref(),
                <S as Axis<AX>>::INDEX,
                n,
                |base, _, stride| {
                    let key = |i: usize| &src[base + i * stride];
                    let cmp = |a: &usize, b: &usize| nan_last(key(*a), key(*b)).then(a.cmp(b));
                    if stride == 1 {
                        let lane = &mut out[base..base + n];
                        lane.iter_mut().enumerate().for_each(|(i, v)| *v = i);
                        lane.select_nth_unstable_by(kth, cmp);
                    } else {
                        let mut lane = Lane {
                            data: &mut *out,
                            base,
                            stride,
                        };
                        select_smallest(&mut lane, n, n, |a, b| cmp(a, b) == Ordering::Less);
                    }
                },
            );
        })
    }

    /// The sorted distinct values (NumPy `np.unique(x)`); NaNs collapse into one, last.
    /// `0.0` and `-0.0` are equal, and the one sorted first is kept.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[3, 1, 3], [2, 1, 1]];
    /// assert_eq!(x.unique(), [1, 2, 3]);
    /// ```
    #[cfg(feature = "alloc")]
    #[must_use]
    pub fn unique(&self) -> alloc::vec::Vec<T>
    where
        T: PartialOrd,
    {
        let mut values = self.as_slice().to_vec();
        values.sort_unstable_by(nan_last);
        values.dedup_by(|a, b| nan_last(a, b) == Ordering::Equal);
        values
    }

    /// The sorted distinct values and how often each occurs (NumPy
    /// `np.unique(x, return_counts=True)`), with the conventions of [`unique`](Self::unique).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let (values, counts) = tensor![3, 1, 3, 3, 2].unique_counts();
    /// assert_eq!((values, counts), (vec![1, 2, 3], vec![1, 1, 3]));
    /// ```
    #[cfg(feature = "alloc")]
    #[must_use]
    pub fn unique_counts(&self) -> (alloc::vec::Vec<T>, alloc::vec::Vec<usize>)
    where
        T: PartialOrd,
    {
        let mut sorted = self.as_slice().to_vec();
        sorted.sort_unstable_by(nan_last);
        let (mut values, mut counts) = (alloc::vec::Vec::new(), alloc::vec::Vec::new());
        for run in sorted.chunk_by(|a, b| nan_last(a, b) == Ordering::Equal) {
            values.push(run[0]);
            counts.push(run.len());
        }
        (values, counts)
    }

    /// How often each value `0..N` occurs in the whole tensor (NumPy
    /// `np.bincount(x.ravel(), minlength=N)` when every value is below `N`). The number of
    /// bins is in the type.
    ///
    /// # Panics
    /// When a value is negative or `>= N`, naming the first such element; use
    /// [`try_bincount`](Self::try_bincount) to get an error instead.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let classes = tensor![[0, 2, 2], [3, 0, 2]];
    /// assert_eq!(classes.bincount::<5>(), tensor![2, 0, 3, 1, 0]);
    /// ```
    #[must_use]
    #[track_caller]
    pub fn bincount<const N: usize>(&self) -> Tensor<usize, (Const<N>,), K>
    where
        T: IndexElem,
    {
        match self.try_bincount() {
            Ok(t) => t,
            Err(err) => panic!("bincount::<{N}>: {err}"),
        }
    }

    /// Like [`bincount`](Self::bincount), but returns an error instead of panicking.
    ///
    /// # Errors
    /// [`IndexRangeError`] naming the first value that is negative or `>= N`.
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![1_u8, 1, 0].try_bincount::<2>().unwrap(), tensor![1, 2]);
    /// let err = tensor![1, 4].try_bincount::<4>().unwrap_err();
    /// assert_eq!((err.offset, err.value), (1, 4));
    /// ```
    pub fn try_bincount<const N: usize>(
        &self,
    ) -> Result<Tensor<usize, (Const<N>,), K>, IndexRangeError<T>>
    where
        T: IndexElem,
    {
        check_indices(self.as_slice(), N)?;
        Ok(Tensor::build_zeroed(|out| {
            for v in self.iter().filter_map(|v| v.to_index()) {
                out[v] += 1;
            }
        }))
    }

    /// Weighted counts: the sum of `weights` at the positions holding each value `0..N`
    /// (NumPy `np.bincount(x.ravel(), weights.ravel(), minlength=N)`). `weights` has the
    /// shape of `self`.
    ///
    /// # Panics
    /// When a value is negative or `>= N`, naming the first such element.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let class = tensor![0, 1, 1, 0];
    /// let loss = tensor![0.5, 1.0, 2.0, 0.25];
    /// assert_eq!(class.bincount_weighted::<2, f64>(&loss), tensor![0.75, 3.0]);
    /// ```
    #[must_use]
    #[track_caller]
    pub fn bincount_weighted<const N: usize, W>(
        &self,
        weights: &Tensor<W, S, impl Kind>,
    ) -> Tensor<W, (Const<N>,), K>
    where
        T: IndexElem,
        W: Elem + Add<Output = W>,
    {
        if let Err(err) = check_indices(self.as_slice(), N) {
            panic!("bincount_weighted::<{N}>: {err}");
        }
        Tensor::build_zeroed(|out| {
            for (v, &w) in self.iter().zip(weights.iter()) {
                if let Some(v) = v.to_index() {
                    out[v] = out[v] + w;
                }
            }
        })
    }
}

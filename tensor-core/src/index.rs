//! Element access by multi-index: `x[[i, j]]`, `get`, `get_mut`.

use crate::storage::Kind;
use crate::{Elem, Shape, Tensor};
use core::ops::{Index, IndexMut};

/// **Elements** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// The element at `idx`, or `None` when an index is out of bounds.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1, 2, 3], [4, 5, 6]];
    /// assert_eq!(x.get([1, 2]), Some(&6));
    /// assert_eq!(x.get([2, 0]), None);
    /// ```
    #[must_use]
    pub fn get(&self, idx: S::Idx) -> Option<&T> {
        S::ravel(idx).map(|i| &self.as_slice()[i])
    }

    /// The element at `idx` mutably, or `None` when an index is out of bounds.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let mut x = tensor![[1, 2], [3, 4]];
    /// *x.get_mut([0, 1]).unwrap() = 9;
    /// assert_eq!(x.as_slice(), &[1, 9, 3, 4]);
    /// ```
    #[must_use]
    pub fn get_mut(&mut self, idx: S::Idx) -> Option<&mut T> {
        S::ravel(idx).map(|i| &mut self.as_mut_slice()[i])
    }
}

/// `x[[i, j, ..]]` with exactly `RANK` indices (a wrong count does not compile).
///
/// # Panics
/// When an index is out of bounds; use [`Tensor::get`] for a checked access.
///
/// ```
/// use tensorial::tensor;
/// let x = tensor![[1, 2, 3], [4, 5, 6]];
/// assert_eq!(x[[1, 0]], 4);
/// ```
impl<T: Elem, S: Shape, K: Kind> Index<S::Idx> for Tensor<T, S, K> {
    type Output = T;
    fn index(&self, idx: S::Idx) -> &T {
        match self.get(idx) {
            Some(v) => v,
            None => out_of_bounds(idx.as_ref(), S::DIMS.as_ref()),
        }
    }
}

/// `x[[i, j, ..]] = v` with exactly `RANK` indices.
///
/// # Panics
/// When an index is out of bounds; use [`Tensor::get_mut`] for a checked access.
///
/// ```
/// use tensorial::tensor;
/// let mut x = tensor![[1, 2], [3, 4]];
/// x[[1, 1]] = 0;
/// assert_eq!(x.as_slice(), &[1, 2, 3, 0]);
/// ```
impl<T: Elem, S: Shape, K: Kind> IndexMut<S::Idx> for Tensor<T, S, K> {
    fn index_mut(&mut self, idx: S::Idx) -> &mut T {
        match S::ravel(idx) {
            Some(i) => &mut self.as_mut_slice()[i],
            None => out_of_bounds(idx.as_ref(), S::DIMS.as_ref()),
        }
    }
}

#[cold]
#[track_caller]
fn out_of_bounds(idx: &[usize], dims: &[usize]) -> ! {
    panic!("index {idx:?} is out of bounds for shape {dims:?}")
}

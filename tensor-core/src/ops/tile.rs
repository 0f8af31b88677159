//! `tile`: a tensor repeated along each axis into a caller-named shape (NumPy `np.tile`).

use super::const_msg::Msg;
use crate::storage::{Kind, check_inline_cap};
use crate::{Elem, Shape, Tensor};

/// Panics (at compile time, when called in `const`) unless every axis of `S2`, aligned from
/// the right with those of `S`, is a whole multiple of it (extra leading axes of `S2` are
/// free): the shapes `np.tile` produces.
const fn check_tile<S: Shape, S2: Shape>() {
    let mut ok = S2::RANK >= S::RANK;
    let mut i = 0;
    while ok && i < S::RANK {
        let (n, m) = (
            S::PADDED_DIMS[S::RANK - 1 - i],
            S2::PADDED_DIMS[S2::RANK - 1 - i],
        );
        ok = if n == 0 { m == 0 } else { m % n == 0 };
        i += 1;
    }
    if !ok {
        let msg = Msg::new("tile: the shape ")
            .list(S2::PADDED_DIMS.split_at(S2::RANK).0)
            .str(" does not repeat ")
            .list(S::PADDED_DIMS.split_at(S::RANK).0)
            .str(" a whole number of times along every axis (axes align from the right; extra leading axes are free)");
        panic!("{}", msg.as_str());
    }
}

/// **Shape and storage** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// This tensor repeated along every axis to fill the shape `S2` (NumPy `np.tile(x, reps)`
    /// with `reps` = `S2`'s sizes divided by `self`'s).
    ///
    /// Name `S2` by a turbofish or the result's type: stable Rust cannot multiply sizes in a
    /// type. Its axes, aligned from the right with `self`'s, must be whole multiples of them,
    /// and it may have more leading axes (a compile error reported by `cargo build`
    /// otherwise).
    ///
    /// ```
    /// use tensorial::{tensor, Rank2, Rank3};
    /// let x = tensor![[1, 2], [3, 4]];
    /// let t = x.tile::<Rank2<2, 6>>(); // np.tile(x, (1, 3))
    /// assert_eq!(t, tensor![[1, 2, 1, 2, 1, 2], [3, 4, 3, 4, 3, 4]]);
    /// let u = tensor![7, 8].tile::<Rank3<2, 1, 4>>(); // np.tile([7, 8], (2, 1, 2))
    /// assert_eq!(u.as_slice(), &[7, 8, 7, 8, 7, 8, 7, 8]);
    /// ```
    ///
    /// ```compile_fail
    /// let x = tensorial::tensor![1, 2, 3];
    /// let _ = x.tile::<tensorial::Rank1<7>>(); // 7 is not a multiple of 3
    /// ```
    #[must_use]
    pub fn tile<S2: Shape>(&self) -> Tensor<T, S2, K> {
        const { check_tile::<S, S2>() };
        const { check_inline_cap::<T, S2, K>() };
        let src = self.as_slice();
        let (dims, out_dims) = (S::DIMS, S2::DIMS);
        let (dims, out_dims) = (dims.as_ref(), out_dims.as_ref());
        let lead = out_dims.len() - dims.len();
        Tensor::build(|out| {
            if src.is_empty() {
                return;
            }
            for (flat, o) in out.iter_mut().enumerate() {
                // Unravel `flat` in `S2` from the last axis, wrap each aligned index into `S`
                // (the index along an output axis of size `m` is `rest % m`, and `n` divides
                // `m`, so its wrap is `rest % n`).
                let (mut rest, mut at, mut stride) = (flat, 0, 1);
                for axis in (0..out_dims.len()).rev() {
                    if axis >= lead {
                        let n = dims[axis - lead];
                        at += (rest % n) * stride;
                        stride *= n;
                    }
                    rest /= out_dims[axis];
                }
                *o = src[at];
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::check_tile;
    use crate::{Rank1, Rank2, Rank3};

    /// `check_tile` runs in `const` for the library; called at run time here, its verdicts
    /// can be tested without building a failing program (tests/ui has those).
    #[test]
    fn accepts_whole_multiples_and_extra_leading_axes() {
        check_tile::<Rank2<2, 3>, Rank2<2, 3>>();
        check_tile::<Rank2<2, 3>, Rank2<4, 9>>();
        check_tile::<Rank1<3>, Rank3<5, 2, 6>>();
        check_tile::<Rank1<0>, Rank2<4, 0>>(); // an empty axis tiles only into an empty one
    }

    #[test]
    #[should_panic(expected = "tile: the shape [7] does not repeat [3] a whole number of times")]
    fn rejects_a_size_that_is_not_a_multiple() {
        check_tile::<Rank1<3>, Rank1<7>>();
    }

    #[test]
    #[should_panic(expected = "does not repeat [0]")]
    fn rejects_a_non_empty_axis_from_an_empty_one() {
        check_tile::<Rank1<0>, Rank1<2>>();
    }

    #[test]
    #[should_panic(expected = "does not repeat [2, 3]")]
    fn rejects_fewer_axes() {
        check_tile::<Rank2<2, 3>, Rank1<6>>();
    }

    #[test]
    #[should_panic(expected = "does not repeat [2, 3]")]
    fn rejects_a_mismatch_on_a_leading_axis() {
        check_tile::<Rank2<2, 3>, Rank2<3, 3>>();
    }
}

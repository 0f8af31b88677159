//! `reshape` and `flatten`: the same elements in row-major order under a caller-named shape.
//!
//! Stable Rust cannot compute `Const<{M * N}>` in a type, so the caller names the new shape
//! and a `const` assertion checks the element count. Like every post-monomorphization check,
//! it is reported by `cargo build`/`cargo test`, not by `cargo check`.

use super::const_msg::Msg;
use crate::storage::Kind;
use crate::{Const, Elem, Shape, Tensor};

/// Panics (at compile time, when called in `const`) unless `S` and `S2` hold as many elements.
const fn check_same_numel<S: Shape, S2: Shape>(op: &str, result: &str) {
    if S::NUMEL != S2::NUMEL {
        let msg = Msg::new(op)
            .str(" must keep the number of elements: the tensor has ")
            .num(S::NUMEL)
            .str(", the ")
            .str(result)
            .str(" ")
            .num(S2::NUMEL);
        panic!("{}", msg.as_str());
    }
}

/// **Shape and storage** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// The same elements, in the same row-major order, under the shape `S2` (NumPy
    /// `x.reshape(...)`). Heap storage is reused, not copied.
    ///
    /// `S2` must hold as many elements as `S`; a mismatch is a compile error reported by
    /// `cargo build` (not `cargo check`): "reshape must keep the number of elements".
    ///
    /// ```
    /// use tensorial::{tensor, Rank2, Rank3, Tensor};
    /// let x = Tensor::<i32, Rank3<2, 3, 2>>::arange();
    /// let y: Tensor<i32, Rank2<3, 4>> = x.reshape();
    /// assert_eq!(y[[1, 0]], 4);
    /// let z = y.reshape::<Rank2<2, 6>>();
    /// assert_eq!(z.as_slice(), x.as_slice());
    /// ```
    ///
    /// ```compile_fail
    /// use tensorial::{Rank2, Tensor};
    /// let x = Tensor::<i32, Rank2<2, 3>>::arange();
    /// let _ = x.reshape::<Rank2<4, 2>>(); // 6 elements cannot become 8
    /// ```
    ///
    /// See also [`flatten`](Self::flatten), [`squeeze`](Self::squeeze),
    /// [`new_axis`](Self::new_axis).
    #[must_use]
    pub fn reshape<S2: Shape>(self) -> Tensor<T, S2, K> {
        const { check_same_numel::<S, S2>("reshape", "new shape") };
        self.relabel()
    }

    /// The elements as a vector of `N` (NumPy `x.flatten()`/`x.ravel()`), reusing heap storage.
    ///
    /// Stable Rust cannot compute `N` from the shape, so name it, by a turbofish or the result's
    /// type; a wrong `N` is a compile error reported by `cargo build` (not `cargo check`).
    ///
    /// ```
    /// use tensorial::{tensor, Rank1, Tensor};
    /// let x = tensor![[1, 2, 3], [4, 5, 6]];
    /// let f: Tensor<i32, Rank1<6>> = x.flatten();
    /// assert_eq!(f, tensor![1, 2, 3, 4, 5, 6]);
    /// assert_eq!(x.flatten::<6>().shape(), [6]);
    /// ```
    ///
    /// ```compile_fail
    /// let x = tensorial::tensor![[1, 2, 3], [4, 5, 6]];
    /// let _ = x.flatten::<5>(); // 6 elements, not 5
    /// ```
    #[must_use]
    pub fn flatten<const N: usize>(self) -> Tensor<T, (Const<N>,), K> {
        const { check_same_numel::<S, (Const<N>,)>("flatten", "vector") };
        self.relabel()
    }
}

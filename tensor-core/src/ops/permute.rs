//! Axis permutations: `permute` (NumPy `np.transpose(x, axes)`), `t` (`x.T`), `swap_axes`.
//!
//! The output type is computed: axis `i` of the result is axis `P_i` of the input
//! (`<S as Axis<P_i>>::Dim`). An axis out of range fails `cargo check`; a repeated axis fails a
//! `const` assertion reported by `cargo build`. The copy is [`layout::permute_copy`].

use super::const_msg::Msg;
use super::kernel::MAX_RANK;
use super::layout;
use crate::storage::Kind;
use crate::{Axis, Dim, Elem, Shape, SwapAxes, Tensor};

/// The resolved axes `index` (one per output axis) if they form a permutation; panics (at
/// compile time, when called in `const`) naming the axes as written, `given`, otherwise.
pub(crate) const fn permutation<const R: usize>(
    index: [usize; R],
    given: [isize; R],
) -> [usize; R] {
    let mut seen = [false; R];
    let mut i = 0;
    while i < R {
        if seen[index[i]] {
            let msg = Msg::new("permute axes ")
                .int_list(&given)
                .str(" (positions ")
                .list(&index)
                .str(") repeat axis ")
                .num(index[i])
                .str(": each of the ")
                .num(R)
                .str(" axes must appear exactly once");
            panic!("{}", msg.as_str());
        }
        seen[index[i]] = true;
        i += 1;
    }
    index
}

/// Per rank: `permute::<P0, …>()`, whose output axis `i` is input axis `P_i`.
macro_rules! permute_impls {
    ($($rank:tt: [$($D:ident)+] [$($P:ident)+];)+) => {$(
        permute_impls!(@impl $rank ($($D,)+) [$($D)+] [$($P)+]);
    )+};
    (@impl $rank:tt $S:tt [$($D:ident)+] [$($P:ident)+]) => {
        impl<T: Elem, $($D: Dim,)+ K: Kind> Tensor<T, $S, K> {
            #[doc = concat!(
                "Permutes the axes of a rank-", $rank, " tensor: axis `i` of the result is axis ",
                "`P_i` of `self` (NumPy `np.transpose(x, axes)`). Axes may count from the end ",
                "(`-1` is the last).\n\n",
                "An axis out of range is a type error; a repeated axis is a compile error ",
                "reported by `cargo build` (not `cargo check`).\n\n",
                "```\n", permute_example!($rank), "\n```\n\n",
                "See also [`t`](Tensor::t) and [`swap_axes`](Tensor::swap_axes)."
            )]
            #[must_use]
            pub fn permute<$(const $P: isize),+>(&self) -> Tensor<T, ($(<$S as Axis<$P>>::Dim,)+), K>
            where
                $S: $(Axis<$P> +)+ Shape,
            {
                let perm = const {
                    permutation([$(<$S as Axis<$P>>::INDEX),+], [$($P),+])
                };
                Tensor::build(|out| {
                    layout::permute_copy(out, (self.as_slice(), <$S as Shape>::DIMS.as_ref()), &perm);
                })
            }
        }
    };
}

/// The doc example of `permute` for each rank.
macro_rules! permute_example {
    (1) => {
        "use tensorial::tensor;
let x = tensor![1, 2, 3];
assert_eq!(x.permute::<-1>(), x);"
    };
    (2) => {
        "use tensorial::{tensor, Rank2, Tensor};
let x = tensor![[1, 2, 3], [4, 5, 6]];
let y: Tensor<i32, Rank2<3, 2>> = x.permute::<1, 0>();
assert_eq!(y, tensor![[1, 4], [2, 5], [3, 6]]);"
    };
    (3) => {
        "use tensorial::{Rank3, Tensor};
let x = Tensor::<i32, Rank3<2, 3, 4>>::arange();
let y = x.permute::<2, 0, 1>(); // NumPy np.transpose(x, (2, 0, 1))
assert_eq!(y.shape(), [4, 2, 3]);
assert_eq!(y[[3, 1, 2]], x[[1, 2, 3]]);"
    };
    (4) => {
        "use tensorial::{Rank4, Tensor};
let x = Tensor::<i32, Rank4<2, 3, 4, 5>>::arange();
let nhwc = x.permute::<0, 2, 3, 1>(); // NCHW -> NHWC
assert_eq!(nhwc.shape(), [2, 4, 5, 3]);
assert_eq!(nhwc[[1, 2, 3, 0]], x[[1, 0, 2, 3]]);"
    };
    (5) => {
        "use tensorial::{Rank5, Tensor};
let x = Tensor::<u8, Rank5<1, 2, 1, 3, 2>>::arange();
let y = x.permute::<-1, 3, 2, 1, 0>();
assert_eq!(y.shape(), [2, 3, 1, 2, 1]);
assert_eq!(y[[1, 2, 0, 1, 0]], x[[0, 1, 0, 2, 1]]);"
    };
    (6) => {
        "use tensorial::{Rank6, Tensor};
let x = Tensor::<u8, Rank6<1, 2, 1, 3, 2, 2>>::arange();
let y = x.permute::<5, 4, 3, 2, 1, 0>();
assert_eq!(y.shape(), [2, 2, 3, 1, 2, 1]);
assert_eq!(y[[1, 0, 2, 0, 1, 0]], x[[0, 1, 0, 2, 0, 1]]);"
    };
}

permute_impls! {
    1: [A] [P0];
    2: [A B] [P0 P1];
    3: [A B C] [P0 P1 P2];
    4: [A B C D] [P0 P1 P2 P3];
    5: [A B C D E] [P0 P1 P2 P3 P4];
    6: [A B C D E F] [P0 P1 P2 P3 P4 P5];
}

/// **Shape and storage** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, A: Dim, B: Dim, K: Kind> Tensor<T, (A, B), K> {
    /// The transpose of a matrix (NumPy `x.T`): element `[i, j]` of the result is `[j, i]`.
    /// `Bcast` axes move with their axis, so a column `(N, Bcast)` becomes a row `(Bcast, N)`.
    ///
    /// ```
    /// use tensorial::{tensor, Bcast, Const, Tensor};
    /// let x = tensor![[1, 2, 3], [4, 5, 6]];
    /// assert_eq!(x.t(), tensor![[1, 4], [2, 5], [3, 6]]);
    /// let col = tensor![1, 2].new_axis::<1>();
    /// let row: Tensor<i32, (Bcast, Const<2>)> = col.t();
    /// assert_eq!(row.as_slice(), &[1, 2]);
    /// ```
    ///
    /// See also [`permute`](Self::permute), [`swap_axes`](Self::swap_axes).
    #[must_use]
    pub fn t(&self) -> Tensor<T, (B, A), K> {
        self.permute::<1, 0>()
    }
}

/// **Shape and storage** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {
    /// Exchanges axes `A` and `B` (NumPy `np.swapaxes(x, a, b)`); axes may count from the end.
    /// An axis out of range is a type error.
    ///
    /// ```
    /// use tensorial::{Rank3, Tensor};
    /// let x = Tensor::<i32, Rank3<2, 3, 4>>::arange();
    /// let y = x.swap_axes::<0, -1>();
    /// assert_eq!(y.shape(), [4, 3, 2]);
    /// assert_eq!(y[[3, 1, 0]], x[[0, 1, 3]]);
    /// ```
    ///
    /// See also [`permute`](Self::permute), [`t`](Self::t).
    #[must_use]
    pub fn swap_axes<const A: isize, const B: isize>(
        &self,
    ) -> Tensor<T, <S as SwapAxes<A, B>>::Output, K>
    where
        S: SwapAxes<A, B>,
    {
        let mut perm: [usize; MAX_RANK] = core::array::from_fn(|i| i);
        perm.swap(<S as Axis<A>>::INDEX, <S as Axis<B>>::INDEX);
        Tensor::build(|out| {
            layout::permute_copy(out, (self.as_slice(), S::DIMS.as_ref()), &perm[..S::RANK]);
        })
    }
}

//! Operators: `+ - * / %` and `& | ^` with broadcasting, their `*Assign` forms, unary `-` and `!`,
//! scalars on the left (`2.0 * &x`), and `add_into`/`sub_into`/`mul_into`/`div_into` writing into
//! a preallocated output. [`View`]s work on the left too (`&v + &x` is a new tensor), and
//! [`ViewMut`]s take the `*Assign` forms (`v += 1` writes into the source).

use super::map::OpOutput;
use super::operand::Operand;
use crate::storage::{CombineWith, Kind, check_inline_cap};
use crate::view::{View, ViewMut};
use crate::{Broadcast, BroadcastFrom, BroadcastShape, BroadcastWith, Elem, Shape, Tensor};
use core::ops::{
    Add, AddAssign, BitAnd, BitAndAssign, BitOr, BitOrAssign, BitXor, BitXorAssign, Div, DivAssign,
    Mul, MulAssign, Neg, Not, Rem, RemAssign, Sub, SubAssign,
};

macro_rules! binary_ops {
    ($($Op:ident $op:ident $OpAssign:ident $op_assign:ident;)*) => {$(
        binary_ops!(@impl $Op $op, &Tensor<T, S, K>, zip_ref);
        binary_ops!(@impl $Op $op, Tensor<T, S, K>, zip_map_owned);
        binary_ops!(@impl $Op $op, View<'_, T, S, K>, zip_ref);
        binary_ops!(@impl $Op $op, &View<'_, T, S, K>, zip_ref);

        impl<T, S, K, R> $OpAssign<R> for Tensor<T, S, K>
        where
            T: Elem + $Op<Output = T>,
            S: Shape,
            K: Kind,
            R: Operand<T>,
            S: BroadcastFrom<R::Shape>,
        {
            #[inline]
            fn $op_assign(&mut self, rhs: R) {
                self.zip_assign(rhs, T::$op);
            }
        }

        impl<T, S, K, R> $OpAssign<R> for ViewMut<'_, T, S, K>
        where
            T: Elem + $Op<Output = T>,
            S: Shape,
            K: Kind,
            R: Operand<T>,
            S: BroadcastFrom<R::Shape>,
        {
            #[inline]
            fn $op_assign(&mut self, rhs: R) {
                self.zip_assign(rhs, T::$op);
            }
        }
    )*};
    (@impl $Op:ident $op:ident, $Lhs:ty, $zip:ident) => {
        impl<T, S, K, R> $Op<R> for $Lhs
        where
            T: Elem + $Op<Output = T>,
            S: Shape + BroadcastWith<R::Shape>,
            K: Kind + CombineWith<R::Kind>,
            R: Operand<T>,
        {
            type Output = OpOutput<T, S, K, R>;
            #[inline]
            fn $op(self, rhs: R) -> Self::Output {
                type Out<S, R, T> = <S as BroadcastWith<<R as Operand<T>>::Shape>>::Output;
                type OutKind<K, R, T> = <K as CombineWith<<R as Operand<T>>::Kind>>::Output;
                const { check_inline_cap::<T, Out<S, R, T>, OutKind<K, R, T>>() };
                self.$zip(rhs, T::$op)
            }
        }
    };
}

binary_ops! {
    Add add AddAssign add_assign;
    Sub sub SubAssign sub_assign;
    Mul mul MulAssign mul_assign;
    Div div DivAssign div_assign;
    Rem rem RemAssign rem_assign;
    BitAnd bitand BitAndAssign bitand_assign;
    BitOr bitor BitOrAssign bitor_assign;
    BitXor bitxor BitXorAssign bitxor_assign;
}

/// `a.add_into(&b, &mut out)` and friends: `out = a OP b` into an existing tensor of the
/// broadcast shape (any storage kind), allocating nothing.
macro_rules! into_ops {
    ($($Op:ident $op:ident $op_into:ident $np:literal $sym:tt;)*) => {
        impl<T: Elem, S: Shape, K: Kind> Tensor<T, S, K> {$(
            #[doc = concat!("Writes `self ", stringify!($sym), " rhs` (broadcast) into `out`, ")]
            #[doc = concat!("allocating nothing: NumPy `np.", $np, "(a, b, out=c)`.")]
            ///
            /// `out` must have the broadcast shape of `self` and `rhs` (checked by the types) and
            /// may use any storage kind; `rhs` is a tensor, a reference to one, or a scalar.
            ///
            /// ```
            /// use tensorial::{tensor, Bcast, Const, Heap, Rank2, Tensor};
            /// let a = tensor![[8.0, 6.0, 4.0], [2.0, 12.0, 10.0]];
            /// let b = Tensor::<f64, (Const<2>, Bcast)>::from_array([[2.0], [4.0]]);
            /// let mut c = Tensor::<f64, Rank2<2, 3>, Heap>::zeros();
            #[doc = concat!("a.", stringify!($op_into), "(&b, &mut c);")]
            #[doc = concat!("assert_eq!(c.as_slice(), (&a ", stringify!($sym), " &b).as_slice());")]
            /// ```
            pub fn $op_into<R: Operand<T>, K2: Kind>(
                &self,
                rhs: R,
                out: &mut Tensor<T, Broadcast<S, R::Shape>, K2>,
            ) where
                T: $Op<Output = T>,
                S: BroadcastShape<R::Shape>,
            {
                self.zip_map_into(rhs, out, T::$op);
            }
        )*}
    };
}

into_ops! {
    Add add add_into "add" +;
    Sub sub sub_into "subtract" -;
    Mul mul mul_into "multiply" *;
    Div div div_into "divide" /;
}

macro_rules! unary_ops {
    ($($Op:ident $op:ident;)*) => {$(
        impl<T: Elem + $Op<Output = T>, S: Shape, K: Kind> $Op for &Tensor<T, S, K> {
            type Output = Tensor<T, S, K>;
            #[inline]
            fn $op(self) -> Tensor<T, S, K> {
                self.map(T::$op)
            }
        }

        impl<T: Elem + $Op<Output = T>, S: Shape, K: Kind> $Op for Tensor<T, S, K> {
            type Output = Tensor<T, S, K>;
            #[inline]
            fn $op(self) -> Tensor<T, S, K> {
                self.into_map(T::$op)
            }
        }

        impl<T: Elem + $Op<Output = T>, S: Shape, K: Kind> $Op for View<'_, T, S, K> {
            type Output = Tensor<T, S, K>;
            #[inline]
            fn $op(self) -> Tensor<T, S, K> {
                self.map(T::$op)
            }
        }

        impl<T: Elem + $Op<Output = T>, S: Shape, K: Kind> $Op for &View<'_, T, S, K> {
            type Output = Tensor<T, S, K>;
            #[inline]
            fn $op(self) -> Tensor<T, S, K> {
                self.map(T::$op)
            }
        }
    )*};
}

unary_ops! {
    Neg neg;
    Not not;
}

/// `scalar OP tensor` for each primitive element type (coherence needs concrete left types).
macro_rules! scalar_lhs_ops {
    ($($t:ty),* ; $ops:tt) => {$( scalar_lhs_ops!(@ty $t; $ops); )*};
    (@ty $t:ty; [$($Op:ident $op:ident),*]) => {$(
        impl<S: Shape, K: Kind> $Op<&Tensor<$t, S, K>> for $t {
            type Output = Tensor<$t, S, K>;
            #[inline]
            fn $op(self, rhs: &Tensor<$t, S, K>) -> Tensor<$t, S, K> {
                rhs.map(|x| <$t as $Op>::$op(self, x))
            }
        }

        impl<S: Shape, K: Kind> $Op<Tensor<$t, S, K>> for $t {
            type Output = Tensor<$t, S, K>;
            #[inline]
            fn $op(self, rhs: Tensor<$t, S, K>) -> Tensor<$t, S, K> {
                rhs.into_map(|x| <$t as $Op>::$op(self, x))
            }
        }

        impl<S: Shape, K: Kind> $Op<View<'_, $t, S, K>> for $t {
            type Output = Tensor<$t, S, K>;
            #[inline]
            fn $op(self, rhs: View<'_, $t, S, K>) -> Tensor<$t, S, K> {
                rhs.map(|x| <$t as $Op>::$op(self, x))
            }
        }

        impl<S: Shape, K: Kind> $Op<&View<'_, $t, S, K>> for $t {
            type Output = Tensor<$t, S, K>;
            #[inline]
            fn $op(self, rhs: &View<'_, $t, S, K>) -> Tensor<$t, S, K> {
                rhs.map(|x| <$t as $Op>::$op(self, x))
            }
        }
    )*};
}

scalar_lhs_ops!(f32, f64, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize;
    [Add add, Sub sub, Mul mul, Div div, Rem rem]);

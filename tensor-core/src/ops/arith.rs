//! Operators: `+ - * / %` and `& | ^` with broadcasting, their `*Assign` forms, unary `-` and `!`,
//! and scalars on the left (`2.0 * &x`).

use super::map::ZipOutput;
use super::operand::Operand;
use crate::storage::{Combine, Kind};
use crate::{BroadcastShape, BroadcastTo, Elem, Shape, Tensor};
use core::ops::{
    Add, AddAssign, BitAnd, BitAndAssign, BitOr, BitOrAssign, BitXor, BitXorAssign, Div, DivAssign,
    Mul, MulAssign, Neg, Not, Rem, RemAssign, Sub, SubAssign,
};

macro_rules! binary_ops {
    ($($Op:ident $op:ident $OpAssign:ident $op_assign:ident;)*) => {$(
        impl<T, S, K, R> $Op<R> for &Tensor<T, S, K>
        where
            T: Elem + $Op<Output = T>,
            S: Shape + BroadcastShape<R::Shape>,
            K: Kind + Combine<R::Kind>,
            R: Operand<T>,
        {
            type Output = ZipOutput<T, S, K, R, T>;
            fn $op(self, rhs: R) -> Self::Output {
                self.zip_map(rhs, T::$op)
            }
        }

        impl<T, S, K, R> $Op<R> for Tensor<T, S, K>
        where
            T: Elem + $Op<Output = T>,
            S: Shape + BroadcastShape<R::Shape>,
            K: Kind + Combine<R::Kind>,
            R: Operand<T>,
        {
            type Output = ZipOutput<T, S, K, R, T>;
            fn $op(self, rhs: R) -> Self::Output {
                self.zip_map_owned(rhs, T::$op)
            }
        }

        impl<T, S, K, R> $OpAssign<R> for Tensor<T, S, K>
        where
            T: Elem + $Op<Output = T>,
            S: Shape,
            K: Kind,
            R: Operand<T>,
            R::Shape: BroadcastTo<S>,
        {
            fn $op_assign(&mut self, rhs: R) {
                self.zip_assign(rhs, T::$op);
            }
        }
    )*};
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

macro_rules! unary_ops {
    ($($Op:ident $op:ident;)*) => {$(
        impl<T: Elem + $Op<Output = T>, S: Shape, K: Kind> $Op for &Tensor<T, S, K> {
            type Output = Tensor<T, S, K>;
            fn $op(self) -> Tensor<T, S, K> {
                self.map(T::$op)
            }
        }

        impl<T: Elem + $Op<Output = T>, S: Shape, K: Kind> $Op for Tensor<T, S, K> {
            type Output = Tensor<T, S, K>;
            fn $op(self) -> Tensor<T, S, K> {
                self.into_map(T::$op)
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
            fn $op(self, rhs: &Tensor<$t, S, K>) -> Tensor<$t, S, K> {
                rhs.map(|x| <$t as $Op>::$op(self, x))
            }
        }

        impl<S: Shape, K: Kind> $Op<Tensor<$t, S, K>> for $t {
            type Output = Tensor<$t, S, K>;
            fn $op(self, rhs: Tensor<$t, S, K>) -> Tensor<$t, S, K> {
                rhs.into_map(|x| <$t as $Op>::$op(self, x))
            }
        }
    )*};
}

scalar_lhs_ops!(f32, f64, i8, i16, i32, i64, i128, isize, u8, u16, u32, u64, u128, usize;
    [Add add, Sub sub, Mul mul, Div div, Rem rem]);

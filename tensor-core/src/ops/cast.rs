//! `CastElem`: the element conversions of [`Tensor::cast`](crate::Tensor::cast), Rust's `as`
//! between primitive numbers plus `bool` → number (`true` is 1), as NumPy's `astype`.

use crate::Elem;

/// An element type that converts to `U` with Rust's `as` rules; `bool` converts to every
/// number type (`true` → 1, `false` → 0), as in NumPy `mask.astype(np.float32)`.
///
/// ```
/// use tensorial::ops::CastElem;
/// assert_eq!(CastElem::<f32>::cast_elem(true), 1.0);
/// assert_eq!(CastElem::<u8>::cast_elem(300.0f64), 255);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` elements cannot be cast to `{U}`",
    label = "`cast` converts between primitive numbers, and from `bool` to numbers",
    note = "to turn numbers into `bool`, compare them: `x.ne_elem(0.0)` (NumPy `x != 0`)"
)]
pub trait CastElem<U: Elem>: Elem {
    /// `self as U` (for `bool`: `u8::from(self) as U`).
    fn cast_elem(self) -> U;
}

macro_rules! cast_impls {
    ($($from:ty)* => $to:tt) => {$( cast_impls!(@one $from => $to); )*};
    (@one $from:ty => [$($to:ty)*]) => {$(
        impl CastElem<$to> for $from {
            #[allow(clippy::cast_lossless, clippy::cast_possible_truncation, clippy::cast_sign_loss,
                clippy::cast_precision_loss, clippy::cast_possible_wrap, clippy::unnecessary_cast)]
            fn cast_elem(self) -> $to {
                self as $to
            }
        }
    )*};
}

cast_impls!(f32 f64 i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize
    => [f32 f64 i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize]);

macro_rules! bool_casts {
    ($($to:ty)*) => {$(
        impl CastElem<$to> for bool {
            #[allow(clippy::cast_lossless, clippy::cast_possible_wrap)]
            fn cast_elem(self) -> $to {
                u8::from(self) as $to
            }
        }
    )*};
}

bool_casts!(f32 f64 i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

impl CastElem<bool> for bool {
    fn cast_elem(self) -> bool {
        self
    }
}

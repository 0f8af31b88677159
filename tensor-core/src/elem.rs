//! Element types a tensor can hold.

use core::fmt::{Debug, Display};

/// A tensor element: a plain `Copy` value such as `f32`, `i64`, `u8` or `bool`.
///
/// Arithmetic ops add their own bounds (`T: Add<Output = T>`, `num_traits::Float`, …), so
/// a `Tensor<bool, _>` has comparisons and `select` but no `+`.
///
/// Every element is also a scalar operand of its own tensors (the supertrait
/// `Operand<Self, Shape = (), Kind = Inline>`), so element-generic code can write `x * t` for a
/// `t: T` with no further bound.
///
/// # Safety
/// The all-zero bit pattern must be a valid value of the type, equal to `T::default()`:
/// heap tensors are allocated as zeroed memory (which the OS hands out for free).
///
/// ```
/// use tensorial::Elem;
/// fn zero<T: Elem>() -> T { T::default() }
/// assert_eq!(zero::<f32>(), 0.0);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a tensor element type",
    label = "tensor elements are primitive numbers or `bool`"
)]
// SAFETY: implementors promise the `# Safety` contract above (zero bits are a valid value).
pub unsafe trait Elem:
    Copy
    + Default
    + PartialEq
    + Debug
    + Display
    + Send
    + Sync
    + 'static
    + crate::Operand<Self, Shape = (), Kind = crate::Inline>
{
    /// `true` for floating-point types: printing applies a precision (`{:.3}`) only to them.
    const FLOAT: bool = false;

    /// `true` only if **every** bit pattern of the type's size is a valid value (integers and
    /// floats, not `bool`): then an output that an op overwrites entirely may start from a
    /// reused buffer's old bytes instead of zeros. Part of the `unsafe` contract: `false`
    /// unless the implementor promises this.
    #[doc(hidden)]
    const ANY_BITS: bool = false;
}

macro_rules! elem_impls {
    ($($t:ty)*) => {$(
        // SAFETY: all-zero bits are `0`, which is also `Default::default()`; every bit pattern
        // is some integer.
        unsafe impl Elem for $t {
            const ANY_BITS: bool = true;
        }
    )*};
}

// SAFETY: all-zero bits are `false`, which is also `Default::default()` (and `ANY_BITS` stays
// `false`: only 0 and 1 are valid).
unsafe impl Elem for bool {}

// SAFETY: all-zero bits are `0.0`, which is also `Default::default()`.
unsafe impl Elem for f32 {
    const FLOAT: bool = true;
    const ANY_BITS: bool = true; // every bit pattern is some `f32` (NaNs included)
}
// SAFETY: all-zero bits are `0.0`, which is also `Default::default()`.
unsafe impl Elem for f64 {
    const FLOAT: bool = true;
    const ANY_BITS: bool = true; // every bit pattern is some `f64` (NaNs included)
}
elem_impls!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

/// The element types of floating-point tensors, `f32` and `f64`: the one bound element-generic
/// float code needs.
///
/// It brings every float op of the crate (`exp`, `mean`, `softmax`, `matmul`, `randn`, the
/// operators) and the scalar methods of [`num_traits::Float`] (`v.sqrt()`, `T::one()`,
/// `T::from(0.5)`), so a helper needs no `num_traits` import of its own.
///
/// ```
/// use tensorial::{FloatElem, Kind, Shape, Tensor};
/// fn normalize<T: FloatElem, S: Shape, K: Kind>(x: &Tensor<T, S, K>) -> Tensor<T, S, K> {
///     let centered = x - x.mean();
///     let std = centered.std() + T::from(1e-8).unwrap();
///     centered / std
/// }
/// let y = normalize(&tensorial::tensor![1.0f32, 3.0]);
/// assert_eq!(y.as_slice(), &[-1.0, 1.0]);
/// ```
pub trait FloatElem:
    Elem
    + num_traits::Float
    + crate::GemmElem
    + crate::RandomFloat
    + crate::ops::CastElem<Self>
    + crate::ops::CastElem<f32>
    + crate::ops::CastElem<f64>
{
}
impl FloatElem for f32 {}
impl FloatElem for f64 {}

/// The primitive integer element types: the bound of element-generic integer code, and the
/// tensors a float literal on the left (`2.0 * n`) is refused for.
///
/// ```
/// use tensorial::{IntElem, Shape, Tensor};
/// fn double<T: IntElem, S: Shape>(x: &Tensor<T, S>) -> Tensor<T, S> { x + x }
/// assert_eq!(double(&tensorial::tensor![1u8, 2]).as_slice(), &[2, 4]);
/// ```
pub trait IntElem:
    Elem + num_traits::PrimInt + crate::ops::CastElem<Self> + crate::ops::CastElem<f64>
{
}

macro_rules! int_elems {
    ($($t:ty)*) => {$( impl IntElem for $t {} )*};
}

int_elems!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize);

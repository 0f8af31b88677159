//! Element types a tensor can hold.

use core::fmt::{Debug, Display};

/// A tensor element: a plain `Copy` value such as `f32`, `i64`, `u8` or `bool`.
///
/// Arithmetic ops add their own bounds (`T: Add<Output = T>`, `num_traits::Float`, …), so
/// a `Tensor<bool, _>` has comparisons and `select` but no `+`.
///
/// # Safety
/// The all-zero bit pattern must be a valid value of the type, equal to `T::default()`:
/// heap tensors are allocated as zeroed memory (which the OS hands out for free).
///
/// ```
/// use tensor_core::Elem;
/// fn zero<T: Elem>() -> T { T::default() }
/// assert_eq!(zero::<f32>(), 0.0);
/// ```
#[diagnostic::on_unimplemented(
    message = "`{Self}` is not a tensor element type",
    label = "tensor elements are primitive numbers or `bool`"
)]
// SAFETY: implementors promise the `# Safety` contract above (zero bits are a valid value).
pub unsafe trait Elem:
    Copy + Default + PartialEq + Debug + Display + Send + Sync + 'static
{
    /// `true` for floating-point types: printing applies a precision (`{:.3}`) only to them.
    const FLOAT: bool = false;
}

macro_rules! elem_impls {
    ($($t:ty)*) => {$(
        // SAFETY: all-zero bits are `0` or `false`, which is also `Default::default()`.
        unsafe impl Elem for $t {}
    )*};
}

// SAFETY: all-zero bits are `0.0`, which is also `Default::default()`.
unsafe impl Elem for f32 {
    const FLOAT: bool = true;
}
// SAFETY: all-zero bits are `0.0`, which is also `Default::default()`.
unsafe impl Elem for f64 {
    const FLOAT: bool = true;
}
elem_impls!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize bool);

//! Slices of a generic element type seen as `f32`/`f64` slices when that is what they are, so
//! generic tensor code (`T: Float`) reaches the vector kernels.

use core::any::TypeId;

/// `s` as `&[U]` when `T` is `U`.
pub(crate) fn same<T: 'static, U: 'static>(s: &[T]) -> Option<&[U]> {
    // SAFETY: `T` and `U` are the same type (equal `TypeId`s): the cast is the identity.
    (TypeId::of::<T>() == TypeId::of::<U>())
        .then(|| unsafe { &*(core::ptr::from_ref(s) as *const [U]) })
}

/// `s` as `&mut [U]` when `T` is `U`.
pub(crate) fn same_mut<T: 'static, U: 'static>(s: &mut [T]) -> Option<&mut [U]> {
    if TypeId::of::<T>() == TypeId::of::<U>() {
        // SAFETY: `T` and `U` are the same type (equal `TypeId`s): the cast is the identity.
        Some(unsafe { &mut *(core::ptr::from_mut(s) as *mut [U]) })
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn casts_only_to_the_same_type() {
        let mut x = [1.0f32, 2.0];
        assert_eq!(same::<f32, f32>(&x), Some(&[1.0f32, 2.0][..]));
        assert!(same::<f32, f64>(&x).is_none());
        assert!(same::<f32, u32>(&x).is_none());
        same_mut::<f32, f32>(&mut x).unwrap()[1] = 5.0;
        assert_eq!(x.map(f32::to_bits), [1.0f32, 5.0].map(f32::to_bits));
        assert!(same_mut::<f32, f64>(&mut x).is_none());
    }
}

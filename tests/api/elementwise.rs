//! Elementwise ops against naive references on random inputs: operator forms (owned, borrowed,
//! scalars on both sides, `*Assign`), storage-kind mixing, bitwise ops, unary math, casts,
//! comparisons, `maximum`/`minimum`, `select`, `new_axis`, `broadcast_to` and edge cases.
// Borrowed operands (`&a + &b`) are exercised on purpose.
#![allow(clippy::op_ref)]

use crate::common;

use common::{
    Rng, assert_close, assert_elems_eq, assert_matches, dims_of, has_type, random_nonzero,
    random_tensor, random_tensor_with, ref_broadcast_to, ref_zip_t, ref_zip3,
};
use tensorial::{
    Bcast, Const, Heap, Inline, Rank0, Rank1, Rank2, Rank3, Rank4, Rank5, Tensor, tensor,
};

type C<const N: usize> = Const<N>;
type B = Bcast;

/// Elementwise map of a slice (the reference for unary ops).
fn ref_map<T: Copy, O>(xs: &[T], f: impl Fn(T) -> O) -> Vec<O> {
    xs.iter().map(|&x| f(x)).collect()
}

/// f64 values with a sprinkling of special cases (NaN, ±inf, ±0, exact halves, huge).
fn spiky_f64(rng: &mut Rng) -> f64 {
    const SPECIAL: [f64; 12] = [
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        0.0,
        -0.0,
        0.5,
        1.5,
        2.5,
        -2.5,
        -0.5,
        1e300,
        -3e9,
    ];
    if rng.index(3) == 0 {
        SPECIAL[rng.index(SPECIAL.len())]
    } else {
        rng.uniform(-20.0, 20.0)
    }
}

// ---------------------------------------------------------------------------------------------
// Operator forms
// ---------------------------------------------------------------------------------------------

/// For each op: `&a op &b`, `a op &b`, `&a op b`, `a op b` on inline and heap tensors all agree
/// with the reference, and the result kind is Heap as soon as one input is.
macro_rules! forms_agree {
    ($($name:ident: $T:ty, $op:tt, $gen_b:expr;)*) => {$(
        #[test]
        fn $name() {
            type L = Rank3<2, 3, 4>;
            type R = (B, C<3>, C<4>);
            let a: Tensor<$T, L> = random_tensor(11);
            let b: Tensor<$T, R> = $gen_b;
            let want = ref_zip_t(&a, &b, |x, y| x $op y);
            let (ah, bh) = (a.to_heap(), b.to_heap());

            let r: Tensor<$T, L, Inline> = &a $op &b;
            assert_matches(&r, &want);
            let r: Tensor<$T, L, Inline> = a $op &b;
            assert_matches(&r, &want);
            let r: Tensor<$T, L, Inline> = &a $op b;
            assert_matches(&r, &want);
            let r: Tensor<$T, L, Inline> = a $op b;
            assert_matches(&r, &want);

            let r: Tensor<$T, L, Heap> = &ah $op &b;
            assert_matches(&r, &want);
            let r: Tensor<$T, L, Heap> = &a $op &bh;
            assert_matches(&r, &want);
            let r: Tensor<$T, L, Heap> = &ah $op &bh;
            assert_matches(&r, &want);
            let r: Tensor<$T, L, Heap> = ah.clone() $op &b;
            assert_matches(&r, &want);
            let r: Tensor<$T, L, Heap> = a $op bh.clone();
            assert_matches(&r, &want);
            let r: Tensor<$T, L, Heap> = &ah $op bh.clone();
            assert_matches(&r, &want);
            let r: Tensor<$T, L, Heap> = ah $op bh;
            assert_matches(&r, &want);
        }
    )*};
}

forms_agree! {
    forms_add_f64: f64, +, random_tensor(12);
    forms_sub_f64: f64, -, random_tensor(13);
    forms_mul_f32: f32, *, random_tensor(14);
    forms_div_f64: f64, /, random_nonzero(15);
    forms_rem_f64: f64, %, random_nonzero(16);
    forms_add_i32: i32, +, random_tensor(17);
    forms_sub_i64: i64, -, random_tensor(18);
    forms_mul_i32: i32, *, random_tensor(19);
    forms_div_i32: i32, /, random_tensor_with(20, |r| i32::try_from(r.int(1, 50)).unwrap() * if r.bool() { 1 } else { -1 });
    forms_rem_i32: i32, %, random_tensor_with(21, |r| i32::try_from(r.int(1, 50)).unwrap() * if r.bool() { 1 } else { -1 });
    forms_and_u8: u8, &, random_tensor(22);
    forms_or_i32: i32, |, random_tensor(23);
    forms_xor_u8: u8, ^, random_tensor(24);
    forms_and_bool: bool, &, random_tensor(25);
    forms_or_bool: bool, |, random_tensor(26);
    forms_xor_bool: bool, ^, random_tensor(27);
}

/// A scalar as a rank-0 tensor, for the reference.
fn sc<T: tensorial::Elem>(v: T) -> Tensor<T, ()> {
    Tensor::scalar(v)
}

#[test]
fn scalars_on_both_sides() {
    let t: Tensor<f64, Rank2<3, 4>> = random_nonzero(30);
    let th = t.to_heap();
    let r: Tensor<f64, Rank2<3, 4>> = 2.0 * &t;
    assert_matches(&r, &ref_zip_t(&t, &sc(2.0), |x, s| s * x));
    let r: Tensor<f64, Rank2<3, 4>> = &t - 1.0;
    assert_matches(&r, &ref_zip_t(&t, &sc(1.0), |x, s| x - s));
    let r: Tensor<f64, Rank2<3, 4>> = 1.0 - &t;
    assert_matches(&r, &ref_zip_t(&t, &sc(1.0), |x, s| s - x));
    let r: Tensor<f64, Rank2<3, 4>> = 2.0 / t;
    assert_matches(&r, &ref_zip_t(&t, &sc(2.0), |x, s| s / x));
    let r: Tensor<f64, Rank2<3, 4>> = t / 2.0;
    assert_matches(&r, &ref_zip_t(&t, &sc(2.0), |x, s| x / s));
    let r: Tensor<f64, Rank2<3, 4>> = 5.0 % t;
    assert_matches(&r, &ref_zip_t(&t, &sc(5.0), |x, s| s % x));
    let r: Tensor<f64, Rank2<3, 4>> = 3.0 + t;
    assert_matches(&r, &ref_zip_t(&t, &sc(3.0), |x, s| s + x));

    // Scalars keep the kind of the tensor.
    let r: Tensor<f64, Rank2<3, 4>, Heap> = 2.0 * &th;
    assert_matches(&r, &ref_zip_t(&t, &sc(2.0), |x, s| s * x));
    let r: Tensor<f64, Rank2<3, 4>, Heap> = 1.0 - th.clone();
    assert_matches(&r, &ref_zip_t(&t, &sc(1.0), |x, s| s - x));
    let r: Tensor<f64, Rank2<3, 4>, Heap> = &th / 4.0;
    assert_matches(&r, &ref_zip_t(&t, &sc(4.0), |x, s| x / s));
    let r: Tensor<f64, Rank2<3, 4>, Heap> = 7.0 / th;
    assert_matches(&r, &ref_zip_t(&t, &sc(7.0), |x, s| s / x));

    // Integer scalars, `%` with negative operands follows Rust (truncated) semantics.
    let i: Tensor<i32, Rank1<6>> = random_tensor(31);
    let r = 7 % &i.map(|v| if v == 0 { 1 } else { v });
    has_type::<Tensor<i32, Rank1<6>>>(&r);
    let nz = i.map(|v| if v == 0 { 1 } else { v });
    assert_matches(&r, &ref_zip_t(&nz, &sc(7), |x, s| s % x));
    let r = &i % 7;
    assert_matches(&r, &ref_zip_t(&i, &sc(7), |x, s| x % s));
    let r = 100 - i;
    assert_matches(&r, &ref_zip_t(&i, &sc(100), |x, s| s - x));
    let r = 3 * i.to_heap();
    has_type::<Tensor<i32, Rank1<6>, Heap>>(&r);
    assert_matches(&r, &ref_zip_t(&i, &sc(3), |x, s| s * x));
    let u: Tensor<u8, Rank1<5>> = random_tensor_with(32, |r| u8::try_from(r.int(1, 255)).unwrap());
    let r = 200u8 / u;
    assert_matches(&r, &ref_zip_t(&u, &sc(200u8), |x, s| s / x));
    // hand-checked
    assert_eq!((tensor![-7, 7] % 3).as_slice(), &[-1, 1]);
    assert_eq!((1.0_f64 - tensor![0.25, 4.0]).as_slice(), &[0.75, -3.0]);
    assert_eq!((2.0_f64 / tensor![0.5, 4.0]).as_slice(), &[4.0, 0.5]);
}

#[test]
fn unary_neg_and_not() {
    let t: Tensor<f64, Rank3<2, 1, 3>> = random_tensor(40);
    let want = ref_map(t.as_slice(), |x| -x);
    assert_elems_eq((-&t).as_slice(), &want);
    assert_elems_eq((-t).as_slice(), &want);
    let h: Tensor<f64, Rank3<2, 1, 3>, Heap> = -t.to_heap();
    assert_elems_eq(h.as_slice(), &want);
    let h: Tensor<f64, Rank3<2, 1, 3>, Heap> = -&t.to_heap();
    assert_elems_eq(h.as_slice(), &want);

    let i: Tensor<i32, (B, C<4>)> = random_tensor(41);
    assert_elems_eq((-i).as_slice(), &ref_map(i.as_slice(), |x| -x));
    assert_elems_eq((!i).as_slice(), &ref_map(i.as_slice(), |x| !x));
    let u: Tensor<u8, Rank1<7>> = random_tensor(42);
    assert_elems_eq((!&u.to_heap()).as_slice(), &ref_map(u.as_slice(), |x| !x));
    let bl: Tensor<bool, Rank2<2, 5>> = random_tensor(43);
    let nb: Tensor<bool, Rank2<2, 5>> = !bl;
    assert_elems_eq(nb.as_slice(), &ref_map(bl.as_slice(), |x| !x));
    let nb: Tensor<bool, Rank2<2, 5>, Heap> = !bl.to_heap();
    assert_elems_eq(nb.as_slice(), &ref_map(bl.as_slice(), |x| !x));
    assert_eq!((!tensor![true, false]).as_slice(), &[false, true]);
    assert_eq!((-tensor![1.5, -0.0]).as_slice(), &[-1.5, 0.0]);
}

#[test]
fn bitwise_with_broadcasting_and_scalars() {
    let a: Tensor<bool, Rank3<2, 3, 4>> = random_tensor(50);
    let col: Tensor<bool, (C<2>, B, B)> = random_tensor(51);
    let r: Tensor<bool, Rank3<2, 3, 4>> = &a & &col;
    assert_matches(&r, &ref_zip_t(&a, &col, |x, y| x & y));
    let r: Tensor<bool, Rank3<2, 3, 4>, Heap> = &col.to_heap() | &a;
    assert_matches(&r, &ref_zip_t(&col, &a, |x, y| x | y));
    let r = a ^ true;
    assert_matches(&r, &ref_zip_t(&a, &sc(true), |x, y| x ^ y));
    let r = &a & false;
    assert!(r.iter().all(|&v| !v));

    let mut m = a;
    m &= &col;
    assert_matches(&m, &ref_zip_t(&a, &col, |x, y| x & y));
    let mut m = a.to_heap();
    m |= col;
    assert_matches(&m, &ref_zip_t(&a, &col, |x, y| x | y));
    let mut m = a;
    m ^= true;
    assert_matches(&m, &ref_zip_t(&a, &sc(true), |x, y| x ^ y));

    let x: Tensor<i32, Rank2<3, 4>> = random_tensor(52);
    let row: Tensor<i32, Rank1<4>> = random_tensor(53);
    assert_matches(&(x & row), &ref_zip_t(&x, &row, |p, q| p & q));
    assert_matches(&(x | row), &ref_zip_t(&x, &row, |p, q| p | q));
    assert_matches(&(x ^ row), &ref_zip_t(&x, &row, |p, q| p ^ q));
    assert_matches(&(x & 0xF0), &ref_zip_t(&x, &sc(0xF0), |p, q| p & q));
    let mut y = x.to_heap();
    y ^= &row;
    assert_matches(&y, &ref_zip_t(&x, &row, |p, q| p ^ q));
    let mut y = x;
    y |= 1;
    assert_matches(&y, &ref_zip_t(&x, &sc(1), |p, q| p | q));
    assert_eq!(
        (tensor![0b1100u8, 0b1010] & 0b0110).as_slice(),
        &[0b0100, 0b0010]
    );
}

#[test]
fn output_kind_is_heap_when_any_input_is() {
    let a: Tensor<f32, Rank2<2, 3>> = random_tensor(60);
    let b: Tensor<f32, (C<2>, B)> = random_tensor(61);
    let (ah, bh) = (a.to_heap(), b.to_heap());
    let ii = &a + &b;
    has_type::<Tensor<f32, Rank2<2, 3>, Inline>>(&ii);
    let hi = &ah + &b;
    has_type::<Tensor<f32, Rank2<2, 3>, Heap>>(&hi);
    let ih = &a + &bh;
    has_type::<Tensor<f32, Rank2<2, 3>, Heap>>(&ih);
    let hh = &ah + &bh;
    has_type::<Tensor<f32, Rank2<2, 3>, Heap>>(&hh);
    let want = ref_zip_t(&a, &b, |x, y| x + y);
    for got in [&hi, &ih, &hh] {
        assert_matches(got, &want);
    }
    assert_matches(&ii, &want);
    assert_eq!(ii, hh);
    // A heap rhs in `*Assign` does not change the target's kind.
    let mut c = a;
    c += &bh;
    has_type::<Tensor<f32, Rank2<2, 3>, Inline>>(&c);
    assert_eq!(c, hh);
    // Comparisons, maximum, select follow the same rule.
    let m = a.maximum(&bh);
    has_type::<Tensor<f32, Rank2<2, 3>, Heap>>(&m);
    let lt = ah.lt(&b);
    has_type::<Tensor<bool, Rank2<2, 3>, Heap>>(&lt);
    let sel = a.gt(&b).select(&a, &bh);
    has_type::<Tensor<f32, Rank2<2, 3>, Heap>>(&sel);
    let sel = a.gt(&b).select(&a, 0.0);
    has_type::<Tensor<f32, Rank2<2, 3>, Inline>>(&sel);
}

#[test]
fn owned_heap_lhs_reuses_its_buffer() {
    let a: Tensor<f64, Rank2<3, 4>, Heap> = random_tensor(65);
    let b: Tensor<f64, Rank1<4>> = random_tensor(66);
    let want = ref_zip_t(&a, &b, |x, y| x * y);
    let ptr = a.as_slice().as_ptr();
    let c = a * &b;
    assert_eq!(c.as_slice().as_ptr(), ptr);
    assert_matches(&c, &want);
    // The result's shape differs from the lhs: a fresh buffer, still correct.
    let col: Tensor<f64, (C<3>, B), Heap> = random_tensor(67);
    let d: Tensor<f64, Rank2<3, 4>, Heap> = col.clone() - &b;
    assert_matches(&d, &ref_zip_t(&col, &b, |x, y| x - y));
}

// ---------------------------------------------------------------------------------------------
// Unary math
// ---------------------------------------------------------------------------------------------

macro_rules! unary_vs_std {
    ($($name:ident: $method:ident $(($arg:expr))? => $f64:expr, $f32:expr;)*) => {$(
        #[test]
        fn $name() {
            let x: Tensor<f64, Rank3<3, 4, 5>> = random_tensor_with(70, spiky_f64);
            let want = ref_map(x.as_slice(), $f64);
            let got = x.$method($($arg)?);
            has_type::<Tensor<f64, Rank3<3, 4, 5>>>(&got);
            assert_close(got.as_slice(), &want, 1e-14);
            let got: Tensor<f64, Rank3<3, 4, 5>, Heap> = x.to_heap().$method($($arg)?);
            assert_close(got.as_slice(), &want, 1e-14);

            let y: Tensor<f32, (C<4>, B, C<6>)> = x.cast::<f32>().as_slice()[..24]
                .try_into()
                .unwrap();
            let want32 = ref_map(y.as_slice(), $f32);
            let got32 = y.$method($($arg)?);
            assert_close(
                &ref_map(got32.as_slice(), f64::from),
                &ref_map(&want32, f64::from),
                1e-6,
            );
        }
    )*};
}

unary_vs_std! {
    exp_vs_std: exp => f64::exp, f32::exp;
    ln_vs_std: ln => f64::ln, f32::ln;
    sqrt_vs_std: sqrt => f64::sqrt, f32::sqrt;
    abs_vs_std: abs => f64::abs, f32::abs;
    tanh_vs_std: tanh => f64::tanh, f32::tanh;
    sin_vs_std: sin => f64::sin, f32::sin;
    cos_vs_std: cos => f64::cos, f32::cos;
    recip_vs_std: recip => f64::recip, f32::recip;
    floor_vs_std: floor => f64::floor, f32::floor;
    ceil_vs_std: ceil => f64::ceil, f32::ceil;
    round_vs_std: round => f64::round, f32::round;
    powi_vs_std: powi(3) => |v| v.powi(3), |v| v.powi(3);
    powi_neg_vs_std: powi(-2) => |v| v.powi(-2), |v| v.powi(-2);
    powf_vs_std: powf(1.7) => |v| v.powf(1.7), |v| v.powf(1.7);
}

#[test]
fn unary_hand_checked() {
    let x = tensor![4.0_f64, -2.25, 0.0];
    assert_eq!(x.abs().as_slice(), &[4.0, 2.25, 0.0]);
    assert_eq!(x.sqrt().as_slice()[0], 2.0);
    assert!(x.sqrt().as_slice()[1].is_nan());
    assert_eq!(x.ln().as_slice()[2], f64::NEG_INFINITY);
    assert_eq!(x.recip().as_slice()[2], f64::INFINITY);
    assert_eq!(
        tensor![2.5, -2.5, 0.4].round().as_slice(),
        &[3.0, -3.0, 0.0]
    );
    assert_eq!(tensor![-3, 4].abs().as_slice(), &[3, 4]);
}

#[test]
fn abs_on_integers() {
    let i: Tensor<i64, Rank2<4, 5>> = random_tensor(71);
    assert_elems_eq(i.abs().as_slice(), &ref_map(i.as_slice(), i64::abs));
    let j: Tensor<i32, Rank1<9>, Heap> = random_tensor(72);
    assert_elems_eq(j.abs().as_slice(), &ref_map(j.as_slice(), i32::abs));
}

#[test]
fn is_nan_map_and_map_inplace() {
    let mut x: Tensor<f64, (C<5>, B, C<7>)> = random_tensor_with(80, spiky_f64);
    x[[3, 0, 2]] = f64::NAN;
    let nan = x.is_nan();
    has_type::<Tensor<bool, (C<5>, B, C<7>)>>(&nan);
    assert_elems_eq(nan.as_slice(), &ref_map(x.as_slice(), f64::is_nan));
    assert!(nan.iter().any(|&v| v), "the input should contain a NaN");
    let xh = x.to_heap();
    let nan: Tensor<bool, (C<5>, B, C<7>), Heap> = xh.is_nan();
    assert_elems_eq(nan.as_slice(), &ref_map(x.as_slice(), f64::is_nan));
    let nan32 = x.cast::<f32>().is_nan();
    assert_elems_eq(nan32.as_slice(), &ref_map(x.as_slice(), f64::is_nan));

    // `map` may change the element type; it keeps the shape and kind.
    let m = x.map(|v| v > 1.0);
    has_type::<Tensor<bool, (C<5>, B, C<7>)>>(&m);
    assert_elems_eq(m.as_slice(), &ref_map(x.as_slice(), |v| v > 1.0));
    let m = xh.map(|v| v * v - 3.0);
    has_type::<Tensor<f64, (C<5>, B, C<7>), Heap>>(&m);
    assert_elems_eq(m.as_slice(), &ref_map(x.as_slice(), |v| v * v - 3.0));

    let mut y = x;
    y.map_inplace(|v| 2.0 * v + 1.0);
    assert_elems_eq(y.as_slice(), &ref_map(x.as_slice(), |v| 2.0 * v + 1.0));
    let mut yh = xh.clone();
    let ptr = yh.as_slice().as_ptr();
    yh.map_inplace(f64::floor);
    assert_eq!(yh.as_slice().as_ptr(), ptr);
    assert_elems_eq(yh.as_slice(), &ref_map(x.as_slice(), f64::floor));
    // Index-order check: map sees the elements of a small tensor in row-major order (big ones
    // are split across threads).
    let idx = Tensor::<usize, Rank2<3, 4>>::from_fn(|[i, j]| i * 4 + j);
    let seen = std::sync::Mutex::new(Vec::new());
    let same = idx.map(|v| {
        seen.lock().unwrap().push(v);
        v
    });
    assert_eq!(same, idx);
    assert_eq!(seen.into_inner().unwrap(), (0..12).collect::<Vec<_>>());
}

#[test]
#[allow(
    clippy::cast_possible_truncation,
    clippy::cast_sign_loss,
    clippy::cast_precision_loss,
    clippy::cast_possible_wrap,
    clippy::cast_lossless
)]
fn cast_follows_as_semantics() {
    let x: Tensor<f64, Rank2<6, 10>> = random_tensor_with(90, |r| match r.index(4) {
        0 => spiky_f64(r),
        1 => r.uniform(-1e10, 1e10),
        2 => r.uniform(-300.0, 300.0),
        _ => r.uniform(-3.0, 3.0),
    });
    assert_elems_eq(
        x.cast::<i32>().as_slice(),
        &ref_map(x.as_slice(), |v| v as i32),
    );
    assert_elems_eq(
        x.cast::<u8>().as_slice(),
        &ref_map(x.as_slice(), |v| v as u8),
    );
    assert_elems_eq(
        x.cast::<i64>().as_slice(),
        &ref_map(x.as_slice(), |v| v as i64),
    );
    assert_elems_eq(
        x.cast::<f32>().as_slice(),
        &ref_map(x.as_slice(), |v| v as f32),
    );
    let h: Tensor<u8, Rank2<6, 10>, Heap> = x.to_heap().cast();
    assert_elems_eq(h.as_slice(), &ref_map(x.as_slice(), |v| v as u8));

    let i: Tensor<i32, Rank1<50>> =
        random_tensor_with(91, |r| i32::try_from(r.int(-100_000, 100_000)).unwrap());
    assert_elems_eq(
        i.cast::<u8>().as_slice(),
        &ref_map(i.as_slice(), |v| v as u8),
    );
    assert_elems_eq(
        i.cast::<i8>().as_slice(),
        &ref_map(i.as_slice(), |v| v as i8),
    );
    assert_elems_eq(
        i.cast::<f32>().as_slice(),
        &ref_map(i.as_slice(), |v| v as f32),
    );
    assert_elems_eq(
        i.cast::<f64>().as_slice(),
        &ref_map(i.as_slice(), f64::from),
    );
    assert_elems_eq(
        i.cast::<u64>().as_slice(),
        &ref_map(i.as_slice(), |v| v as u64),
    );
    let bl: Tensor<bool, Rank1<8>> = random_tensor(92);
    assert_elems_eq(
        bl.cast::<i32>().as_slice(),
        &ref_map(bl.as_slice(), i32::from),
    );

    // Hand-checked: truncation, saturation, NaN -> 0, wrapping between integers.
    let s = tensor![
        f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        -1.9,
        1.9,
        3e9,
        -3e9
    ];
    assert_eq!(
        s.cast::<i32>().as_slice(),
        &[0, i32::MAX, i32::MIN, -1, 1, i32::MAX, i32::MIN]
    );
    assert_eq!(s.cast::<u8>().as_slice(), &[0, 255, 0, 0, 1, 255, 0]);
    assert_eq!(
        tensor![300, -1, 255].cast::<u8>().as_slice(),
        &[44, 255, 255]
    );
}

// ---------------------------------------------------------------------------------------------
// Comparisons, maximum / minimum, select
// ---------------------------------------------------------------------------------------------

#[test]
#[allow(clippy::float_cmp)]
fn comparisons_with_tensors_scalars_and_broadcasting() {
    // Small integers as floats so that equality happens often; a few NaNs.
    let draw = |r: &mut Rng| {
        if r.index(10) == 0 {
            f64::NAN
        } else {
            f64::from(i32::try_from(r.int(-2, 2)).unwrap())
        }
    };
    let a: Tensor<f64, (C<2>, C<3>, B, C<4>)> = random_tensor_with(100, draw);
    let b: Tensor<f64, (C<3>, C<5>, B)> = random_tensor_with(101, draw);
    type O = (C<2>, C<3>, C<5>, C<4>);

    macro_rules! check {
        ($m:ident, $op:tt) => {{
            let got: Tensor<bool, O> = a.$m(&b);
            assert_matches(&got, &ref_zip_t(&a, &b, |x, y| x $op y));
            let got: Tensor<bool, O, Heap> = b.to_heap().$m(a);
            assert_matches(&got, &ref_zip_t(&b, &a, |x, y| x $op y));
            let got: Tensor<bool, (C<2>, C<3>, B, C<4>)> = a.$m(0.0);
            assert_matches(&got, &ref_zip_t(&a, &sc(0.0), |x, y| x $op y));
            let got: Tensor<bool, (C<3>, C<5>, B), Heap> = b.to_heap().$m(f64::NAN);
            assert_matches(&got, &ref_zip_t(&b, &sc(f64::NAN), |x, y| x $op y));
        }};
    }
    check!(lt, <);
    check!(le, <=);
    check!(gt, >);
    check!(ge, >=);
    check!(eq_elem, ==);
    check!(ne_elem, !=);

    let i: Tensor<i32, Rank2<4, 6>> =
        random_tensor_with(102, |r| i32::try_from(r.int(-3, 3)).unwrap());
    let j: Tensor<i32, (C<4>, B)> =
        random_tensor_with(103, |r| i32::try_from(r.int(-3, 3)).unwrap());
    assert_matches(&i.le(&j), &ref_zip_t(&i, &j, |x, y| x <= y));
    assert_matches(&i.eq_elem(j), &ref_zip_t(&i, &j, |x, y| x == y));
    assert_matches(&i.ne_elem(2), &ref_zip_t(&i, &sc(2), |x, y| x != y));
    let bl: Tensor<bool, Rank1<6>> = random_tensor(104);
    assert_matches(&bl.lt(true), &ref_zip_t(&bl, &sc(true), |x, y| !x & y));
    assert_eq!(tensor![1, 2, 3].ge(2).as_slice(), &[false, true, true]);
}

/// NumPy `np.maximum`: NaN if either operand is NaN, else the larger.
fn np_maximum(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else if a >= b {
        a
    } else {
        b
    }
}

/// NumPy `np.minimum`.
fn np_minimum(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else if a <= b {
        a
    } else {
        b
    }
}

#[test]
fn maximum_minimum_propagate_nan_like_numpy() {
    let mut a: Tensor<f64, (C<3>, B, C<5>)> = random_tensor_with(110, spiky_f64);
    let mut b: Tensor<f64, (C<4>, C<5>)> = random_tensor_with(111, spiky_f64);
    // Make sure NaNs meet numbers on both sides.
    a[[1, 0, 2]] = f64::NAN;
    b[[3, 4]] = f64::NAN;
    assert!(a.iter().filter(|v| !v.is_nan()).count() > 10);
    type O = (C<3>, C<4>, C<5>);
    let got: Tensor<f64, O> = a.maximum(&b);
    assert_matches(&got, &ref_zip_t(&a, &b, np_maximum));
    let got: Tensor<f64, O, Heap> = b.to_heap().maximum(a);
    assert_matches(&got, &ref_zip_t(&b, &a, np_maximum));
    let got: Tensor<f64, O> = a.minimum(&b);
    assert_matches(&got, &ref_zip_t(&a, &b, np_minimum));
    let got: Tensor<f64, O> = b.minimum(&a);
    assert_matches(&got, &ref_zip_t(&b, &a, np_minimum));
    // ReLU and a NaN scalar.
    assert_matches(&a.maximum(0.0), &ref_zip_t(&a, &sc(0.0), np_maximum));
    assert!(a.maximum(f64::NAN).iter().all(|v| v.is_nan()));
    assert!(a.minimum(f64::NAN).iter().all(|v| v.is_nan()));
    // Hand-checked, NaN on each side.
    let x = tensor![f64::NAN, 1.0, 2.0];
    let y = tensor![0.0, f64::NAN, 1.0];
    let m = x.maximum(&y);
    assert!(m.as_slice()[0].is_nan() && m.as_slice()[1].is_nan());
    assert_eq!(m.as_slice()[2], 2.0);
    let m = y.minimum(&x);
    assert!(m.as_slice()[0].is_nan() && m.as_slice()[1].is_nan());
    assert_eq!(m.as_slice()[2], 1.0);

    let i: Tensor<i32, Rank2<3, 4>> = random_tensor(112);
    let j: Tensor<i32, Rank1<4>> = random_tensor(113);
    assert_matches(&i.maximum(&j), &ref_zip_t(&i, &j, i32::max));
    assert_matches(&i.minimum(j), &ref_zip_t(&i, &j, i32::min));
    assert_matches(&i.maximum(0), &ref_zip_t(&i, &sc(0), i32::max));
}

#[test]
fn nan_propagates_through_arithmetic() {
    let a: Tensor<f64, Rank2<4, 4>> = random_tensor_with(115, spiky_f64);
    let b: Tensor<f64, Rank1<4>> = tensor![f64::NAN, 1.0, f64::INFINITY, -0.0];
    let s = &a + &b;
    assert_matches(&s, &ref_zip_t(&a, &b, |x, y| x + y));
    for i in 0..4 {
        assert!(s[[i, 0]].is_nan());
    }
    assert!(
        (&a * 0.0)
            .iter()
            .zip(a.iter())
            .all(|(p, q)| p.is_nan() != q.is_finite())
    );
}

#[test]
fn select_broadcasts_condition_and_branches() {
    let cond: Tensor<bool, (C<2>, B, C<4>)> = random_tensor(120);
    let a: Tensor<f64, (C<3>, B)> = random_tensor(121);
    let b: Tensor<f64, (C<2>, C<3>, C<4>)> = random_tensor(122);
    type O = (C<2>, C<3>, C<4>);
    let pick = |c: bool, x: f64, y: f64| if c { x } else { y };
    let got: Tensor<f64, O> = cond.select(&a, &b);
    let want = ref_zip3(
        (cond.as_slice(), &dims_of::<(C<2>, B, C<4>)>()),
        (a.as_slice(), &dims_of::<(C<3>, B)>()),
        (b.as_slice(), &[2, 3, 4]),
        pick,
    );
    assert_matches(&got, &want);
    // Branches swapped, owned operands, heap condition.
    let got: Tensor<f64, O, Heap> = cond.to_heap().select(b, a);
    let want = ref_zip3(
        (cond.as_slice(), &[2, 1, 4]),
        (b.as_slice(), &[2, 3, 4]),
        (a.as_slice(), &[3, 1]),
        pick,
    );
    assert_matches(&got, &want);
    // Scalar branches: the shape comes from the condition and the other branch.
    let got: Tensor<f64, (C<2>, C<3>, C<4>)> = cond.select(&a, -1.0);
    let want = ref_zip3(
        (cond.as_slice(), &[2, 1, 4]),
        (a.as_slice(), &[3, 1]),
        (&[-1.0][..], &[]),
        pick,
    );
    assert_matches(&got, &want);
    let got: Tensor<i32, (C<2>, B, C<4>)> = cond.select(1, 0);
    assert_matches(&got, &ref_zip_t(&cond, &sc(0), |c, _| i32::from(c)));
    // The condition may be the broadcast one: a rank-0 condition.
    let c0 = Tensor::<bool, ()>::scalar(false);
    let got: Tensor<f64, O, Heap> = c0.select(&a, &b.to_heap());
    assert_eq!(got, b);
    // ReLU through select, hand-checked.
    let x = tensor![-1.0, 2.0, -3.0];
    assert_eq!(x.gt(0.0).select(&x, 0.0).as_slice(), &[0.0, 2.0, 0.0]);
}

// ---------------------------------------------------------------------------------------------
// new_axis, broadcast_to
// ---------------------------------------------------------------------------------------------

macro_rules! new_axis_cases {
    ($($name:ident: $S:ty, $AX:literal => $O:ty;)*) => {$(
        #[test]
        fn $name() {
            let x: Tensor<f64, $S> = random_tensor(130);
            let y: Tensor<f64, $O> = x.new_axis::<$AX>();
            // The result's dims: the input's with a 1 inserted at AX.
            let mut want = dims_of::<$S>();
            want.insert($AX, 1);
            assert_eq!(y.shape().as_ref(), want.as_slice());
            assert_eq!(y.rank(), dims_of::<$S>().len() + 1);
            assert_elems_eq(y.as_slice(), x.as_slice());
            let xh = x.to_heap();
            let ptr = xh.as_slice().as_ptr();
            let yh: Tensor<f64, $O, Heap> = xh.new_axis::<$AX>();
            assert_elems_eq(yh.as_slice(), x.as_slice());
            if !yh.is_empty() {
                assert_eq!(yh.as_slice().as_ptr(), ptr, "heap new_axis should not copy");
            }
        }
    )*};
}

new_axis_cases! {
    new_axis_r0_0: Rank0, 0 => (B,);
    new_axis_r1_0: Rank1<3>, 0 => (B, C<3>);
    new_axis_r1_1: Rank1<3>, 1 => (C<3>, B);
    new_axis_r2_0: Rank2<2, 3>, 0 => (B, C<2>, C<3>);
    new_axis_r2_1: Rank2<2, 3>, 1 => (C<2>, B, C<3>);
    new_axis_r2_2: Rank2<2, 3>, 2 => (C<2>, C<3>, B);
    new_axis_r3_0: (C<2>, B, C<4>), 0 => (B, C<2>, B, C<4>);
    new_axis_r3_1: (C<2>, B, C<4>), 1 => (C<2>, B, B, C<4>);
    new_axis_r3_2: (C<2>, B, C<4>), 2 => (C<2>, B, B, C<4>);
    new_axis_r3_3: (C<2>, B, C<4>), 3 => (C<2>, B, C<4>, B);
    new_axis_r4_0: Rank4<2, 3, 1, 2>, 0 => (B, C<2>, C<3>, C<1>, C<2>);
    new_axis_r4_1: Rank4<2, 3, 1, 2>, 1 => (C<2>, B, C<3>, C<1>, C<2>);
    new_axis_r4_2: Rank4<2, 3, 1, 2>, 2 => (C<2>, C<3>, B, C<1>, C<2>);
    new_axis_r4_3: Rank4<2, 3, 1, 2>, 3 => (C<2>, C<3>, C<1>, B, C<2>);
    new_axis_r4_4: Rank4<2, 3, 1, 2>, 4 => (C<2>, C<3>, C<1>, C<2>, B);
    new_axis_r5_0: Rank5<2, 1, 3, 2, 2>, 0 => (B, C<2>, C<1>, C<3>, C<2>, C<2>);
    new_axis_r5_1: Rank5<2, 1, 3, 2, 2>, 1 => (C<2>, B, C<1>, C<3>, C<2>, C<2>);
    new_axis_r5_2: Rank5<2, 1, 3, 2, 2>, 2 => (C<2>, C<1>, B, C<3>, C<2>, C<2>);
    new_axis_r5_3: Rank5<2, 1, 3, 2, 2>, 3 => (C<2>, C<1>, C<3>, B, C<2>, C<2>);
    new_axis_r5_4: Rank5<2, 1, 3, 2, 2>, 4 => (C<2>, C<1>, C<3>, C<2>, B, C<2>);
    new_axis_r5_5: Rank5<2, 1, 3, 2, 2>, 5 => (C<2>, C<1>, C<3>, C<2>, C<2>, B);
    new_axis_empty: Rank2<0, 3>, 1 => (C<0>, B, C<3>);
}

#[test]
fn new_axis_broadcasts_like_numpy_none() {
    // x[:, None] - y[None, :]: an outer difference.
    let x: Tensor<f64, Rank1<4>> = random_tensor(140);
    let y: Tensor<f64, Rank1<3>> = random_tensor(141);
    let d: Tensor<f64, Rank2<4, 3>> = &x.new_axis::<1>() - &y.new_axis::<0>();
    let want: Vec<f64> = (0..4)
        .flat_map(|i| (0..3).map(move |j| (i, j)))
        .map(|(i, j)| x.as_slice()[i] - y.as_slice()[j])
        .collect();
    assert_elems_eq(d.as_slice(), &want);
    // Centering rows by their means (the crate's headline example).
    let m: Tensor<f64, Rank2<2, 3>> = random_tensor(142);
    let means =
        Tensor::<f64, Rank1<2>>::from_fn(|[i]| (0..3).map(|j| m[[i, j]]).sum::<f64>() / 3.0);
    let centered = &m - &means.new_axis::<1>();
    assert_matches(
        &centered,
        &ref_zip_t(&m, &means.new_axis::<1>(), |a, b| a - b),
    );
    for i in 0..2 {
        let s: f64 = (0..3).map(|j| centered[[i, j]]).sum();
        assert!(s.abs() < 1e-12);
    }
}

macro_rules! broadcast_to_cases {
    ($($name:ident: $S:ty => $O:ty;)*) => {$(
        #[test]
        fn $name() {
            let x: Tensor<i32, $S> = random_tensor(150);
            let y: Tensor<i32, $O> = x.broadcast_to::<$O>();
            let want = ref_broadcast_to(x.as_slice(), &dims_of::<$S>(), &dims_of::<$O>());
            assert_elems_eq(y.as_slice(), &want);
            let yh: Tensor<i32, $O, Heap> = x.to_heap().broadcast_to::<$O>();
            assert_elems_eq(yh.as_slice(), &want);
        }
    )*};
}

broadcast_to_cases! {
    broadcast_to_scalar: Rank0 => Rank3<2, 3, 4>;
    broadcast_to_row: Rank1<4> => Rank3<2, 3, 4>;
    broadcast_to_col: (C<3>, B) => Rank2<3, 5>;
    broadcast_to_middle: (C<2>, B, C<4>) => Rank3<2, 3, 4>;
    broadcast_to_mixed: (B, C<3>, B, C<2>) => (C<2>, C<2>, C<3>, C<4>, C<2>);
    broadcast_to_keep_bcast: (C<3>, B) => (C<2>, C<3>, B);
    broadcast_to_same: Rank2<2, 3> => Rank2<2, 3>;
    broadcast_to_rank6: (B, C<2>) => (C<2>, C<1>, C<3>, B, C<2>, C<2>);
    broadcast_to_empty: (B, C<3>) => (C<0>, C<3>);
}

// ---------------------------------------------------------------------------------------------
// Edge cases
// ---------------------------------------------------------------------------------------------

#[test]
#[allow(clippy::float_cmp)]
fn rank0_tensors() {
    let s: Tensor<f64, ()> = tensor!(scalar 2.0);
    assert_eq!(s.shape(), []);
    assert_eq!((s.rank(), s.len(), s.is_empty()), (0, 1, false));
    assert_eq!(s.item(), 2.0);
    let t = Tensor::<f64, ()>::scalar(-0.5);
    assert_eq!((s + t).item(), 1.5);
    assert_eq!((&s * &t).item(), -1.0);
    assert_eq!((s / 4.0).item(), 0.5);
    assert_eq!((1.0 - s).item(), -1.0);
    assert_eq!((-s).item(), -2.0);
    assert_eq!(s.powi(3).item(), 8.0);
    assert_eq!(s.maximum(t).item(), 2.0);
    assert!(s.gt(t).item());
    assert_eq!(s.gt(t).select(1, 2).item(), 1);
    let mut u = s;
    u += 1.0;
    u *= t;
    assert_eq!(u.item(), -1.5);
    assert_eq!(u[[]], -1.5);
    u[[]] = 4.0;
    assert_eq!(*u.get([]).unwrap(), 4.0);
    let h: Tensor<f64, (), Heap> = u.to_heap();
    assert_eq!((h.clone() + s).item(), 6.0);
    assert_eq!(h.cast::<i32>().item(), 4);
    // random rank-0 against the reference
    let r: Tensor<f64, Rank0> = random_tensor(160);
    let q: Tensor<f64, Rank0> = random_nonzero(161);
    assert_matches(&(r / q), &ref_zip_t(&r, &q, |a, b| a / b));
    assert_eq!(r.exp().item(), r.item().exp());
}

#[test]
fn size_one_axes() {
    // `Const<1>` is an ordinary axis; `Bcast` is size 1 too.
    let a: Tensor<f64, (C<1>, C<1>, C<1>)> = random_tensor(170);
    let b: Tensor<f64, (B, B, B)> = random_tensor(171);
    let c: Tensor<f64, (C<1>, C<1>, C<1>)> = &a - &b;
    assert_eq!(c.shape(), [1, 1, 1]);
    assert_matches(&c, &ref_zip_t(&a, &b, |x, y| x - y));
    let d: Tensor<f64, (B, B, B)> = &b * 3.0;
    assert_eq!(d.shape(), [1, 1, 1]);
    assert_eq!(d.as_slice()[0], b.as_slice()[0] * 3.0);
    let e: Tensor<f64, (C<1>, C<5>)> = random_tensor(172);
    let f: Tensor<f64, (C<1>, C<5>)> = e.maximum(&Tensor::<f64, (C<1>, C<5>)>::zeros());
    assert_matches(&f, &ref_zip_t(&e, &sc(0.0), np_maximum));
}

#[test]
fn zero_size_tensors() {
    let z: Tensor<f64, Rank2<0, 3>> = Tensor::zeros();
    assert!(z.is_empty());
    assert_eq!((z.len(), z.shape()), (0, [0, 3]));
    assert!(z.exp().as_slice().is_empty());
    assert!((z + 1.0).is_empty());
    assert!(z.gt(0.0).is_empty());
    assert!(z.iter().next().is_none());
    assert!(z.indexed_iter().next().is_none());
    let zh: Tensor<f64, Rank2<0, 3>, Heap> = Tensor::ones();
    assert!((&zh * &z).as_slice().is_empty());
    assert_eq!(zh, z);
    let e: Tensor<i32, Rank3<2, 0, 4>> = Tensor::from_fn(|_| unreachable!());
    assert!(e.cast::<u8>().is_empty());
}

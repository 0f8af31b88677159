//! Reductions against naive lane-by-lane references: whole tensor and along every axis
//! (positive and negative), `_axis` and `_keepdims` forms, NaN propagation, ties, bools.

use crate::common;

use common::{
    Rng, assert_close, assert_elems_eq, dims_of, multi_indices, offset_of, random_tensor_with,
};
use tensorial::{Axis, Heap, Inline, Kind, Rank1, Rank2, Rank3, Rank4, Shape, Tensor};

/// The lanes along `axis`, in row-major order of the remaining axes: `(out_dims, lanes)`.
fn lanes<T: Copy>(data: &[T], dims: &[usize], axis: usize) -> (Vec<usize>, Vec<Vec<T>>) {
    let mut out_dims = dims.to_vec();
    out_dims.remove(axis);
    let lanes = multi_indices(&out_dims)
        .into_iter()
        .map(|rest| {
            (0..dims[axis])
                .map(|k| {
                    let mut idx = rest.clone();
                    idx.insert(axis, k);
                    data[offset_of(&idx, dims)]
                })
                .collect()
        })
        .collect();
    (out_dims, lanes)
}

fn kept(dims: &[usize], axis: usize) -> Vec<usize> {
    let mut d = dims.to_vec();
    d[axis] = 1;
    d
}

fn naive_sum(xs: &[f64]) -> f64 {
    xs.iter().sum()
}
fn naive_mean(xs: &[f64]) -> f64 {
    naive_sum(xs) / xs.len() as f64
}
fn naive_var(xs: &[f64]) -> f64 {
    let m = naive_mean(xs);
    xs.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / xs.len() as f64
}
/// NumPy: NaN if any NaN, else the extreme.
fn naive_max(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_nan()) {
        f64::NAN
    } else {
        xs.iter().copied().fold(f64::MIN, f64::max)
    }
}
fn naive_min(xs: &[f64]) -> f64 {
    if xs.iter().any(|x| x.is_nan()) {
        f64::NAN
    } else {
        xs.iter().copied().fold(f64::MAX, f64::min)
    }
}
/// NumPy: the first NaN, else the first position of the extreme.
fn naive_argmax(xs: &[f64]) -> usize {
    if let Some(i) = xs.iter().position(|x| x.is_nan()) {
        return i;
    }
    let m = naive_max(xs);
    xs.iter().position(|&x| x == m).unwrap()
}
fn naive_argmin(xs: &[f64]) -> usize {
    if let Some(i) = xs.iter().position(|x| x.is_nan()) {
        return i;
    }
    let m = naive_min(xs);
    xs.iter().position(|&x| x == m).unwrap()
}

/// Small integers (many ties) with an occasional NaN.
fn draw(rng: &mut Rng, nan: bool) -> f64 {
    if nan && rng.index(23) == 0 {
        f64::NAN
    } else {
        rng.int(-4, 4) as f64 * 0.5
    }
}

fn check_axis<S: Shape + Axis<AX>, K: Kind, const AX: isize>(seed: u64) {
    let axis = <S as Axis<AX>>::INDEX;
    let dims = dims_of::<S>();
    let x: Tensor<f64, S, K> = random_tensor_with(seed, |r| r.uniform(-3.0, 3.0));
    let (out_dims, ls) = lanes(x.as_slice(), &dims, axis);
    let want = |f: fn(&[f64]) -> f64| ls.iter().map(|l| f(l)).collect::<Vec<_>>();

    let sum: Tensor<f64, <S as Axis<AX>>::Removed, K> = x.sum_axis::<AX>();
    assert_eq!(sum.shape().as_ref(), out_dims.as_slice());
    assert_close(sum.as_slice(), &want(naive_sum), 1e-12);
    let sum_k: Tensor<f64, <S as Axis<AX>>::Kept, K> = x.sum_keepdims::<AX>();
    assert_eq!(sum_k.shape().as_ref(), kept(&dims, axis).as_slice());
    assert_close(sum_k.as_slice(), &want(naive_sum), 1e-12);
    assert_close(
        x.prod_axis::<AX>().as_slice(),
        &want(|l| l.iter().product()),
        1e-12,
    );
    assert_close(x.mean_axis::<AX>().as_slice(), &want(naive_mean), 1e-12);
    assert_close(x.mean_keepdims::<AX>().as_slice(), &want(naive_mean), 1e-12);
    assert_close(x.var_axis::<AX>().as_slice(), &want(naive_var), 1e-10);
    assert_close(
        x.std_keepdims::<AX>().as_slice(),
        &want(|l| naive_var(l).sqrt()),
        1e-10,
    );

    // Ties and NaNs for the order statistics.
    let y: Tensor<f64, S, K> = random_tensor_with(seed + 1, |r| draw(r, true));
    let (_, ls) = lanes(y.as_slice(), &dims, axis);
    let want = |f: fn(&[f64]) -> f64| ls.iter().map(|l| f(l)).collect::<Vec<_>>();
    assert_elems_eq(y.max_axis::<AX>().as_slice(), &want(naive_max));
    assert_elems_eq(y.min_keepdims::<AX>().as_slice(), &want(naive_min));
    let argmax: Vec<usize> = ls.iter().map(|l| naive_argmax(l)).collect();
    let argmin: Vec<usize> = ls.iter().map(|l| naive_argmin(l)).collect();
    assert_elems_eq(y.argmax_axis::<AX>().as_slice(), &argmax);
    assert_elems_eq(y.argmin_keepdims::<AX>().as_slice(), &argmin);

    // Integers: exact.
    let z: Tensor<i64, S, K> = random_tensor_with(seed + 2, |r| r.int(-50, 50));
    let (_, zl) = lanes(z.as_slice(), &dims, axis);
    let zsum: Vec<i64> = zl.iter().map(|l| l.iter().sum()).collect();
    assert_elems_eq(z.sum_axis::<AX>().as_slice(), &zsum);
    let zmax: Vec<i64> = zl.iter().map(|l| *l.iter().max().unwrap()).collect();
    assert_elems_eq(z.max_keepdims::<AX>().as_slice(), &zmax);

    // Bools.
    let b: Tensor<bool, S, K> = random_tensor_with(seed + 3, |r| r.index(4) == 0);
    let (_, bl) = lanes(b.as_slice(), &dims, axis);
    let any: Vec<bool> = bl.iter().map(|l| l.iter().any(|&v| v)).collect();
    let all: Vec<bool> = bl.iter().map(|l| l.iter().all(|&v| v)).collect();
    assert_elems_eq(b.any_axis::<AX>().as_slice(), &any);
    assert_elems_eq(b.all_axis::<AX>().as_slice(), &all);
}

macro_rules! axis_cases {
    ($($name:ident: $S:ty => [$($ax:tt)+])*) => {$(
        #[test]
        fn $name() {
            $(
                #[allow(unused_braces)]
                {
                    check_axis::<$S, Inline, $ax>(seed($ax));
                    check_axis::<$S, Heap, $ax>(seed($ax) + 100);
                }
            )+
        }
    )*};
}

fn seed(axis: isize) -> u64 {
    axis.unsigned_abs() as u64 * 10 + u64::from(axis < 0)
}

axis_cases! {
    rank1_axes: Rank1<37> => [0 {-1}]
    rank2_axes: Rank2<5, 40> => [0 1 {-1} {-2}]
    rank3_axes: Rank3<3, 4, 70> => [0 1 2 {-1} {-2} {-3}]
    rank4_axes: Rank4<2, 3, 1, 5> => [0 1 2 3 {-1} {-4}]
    long_rows: Rank2<3, 1000> => [0 1]
}

#[test]
fn whole_tensor_reductions_match_naive() {
    let x: Tensor<f64, Rank3<3, 5, 7>, Heap> = random_tensor_with(7, |r| r.uniform(-2.0, 2.0));
    let xs = x.as_slice();
    assert_close(&[x.sum()], &[naive_sum(xs)], 1e-12);
    assert_close(&[x.prod()], &[xs.iter().product()], 1e-12);
    assert_close(&[x.mean()], &[naive_mean(xs)], 1e-12);
    assert_close(&[x.var()], &[naive_var(xs)], 1e-12);
    assert_close(&[x.std()], &[naive_var(xs).sqrt()], 1e-12);
    let y: Tensor<f64, Rank2<9, 11>> = random_tensor_with(8, |r| draw(r, false));
    let ys = y.as_slice();
    assert_eq!((y.max(), y.min()), (naive_max(ys), naive_min(ys)));
    assert_eq!(
        (y.argmax(), y.argmin()),
        (naive_argmax(ys), naive_argmin(ys))
    );
    let mut with_nan = y;
    with_nan.as_mut_slice()[40] = f64::NAN;
    with_nan.as_mut_slice()[70] = f64::NAN;
    assert!(with_nan.max().is_nan() && with_nan.min().is_nan());
    assert_eq!((with_nan.argmax(), with_nan.argmin()), (40, 40));
    assert!(with_nan.sum().is_nan());
}

/// `argmax`/`argmin` of one small inline tensor (the in-order scan taken up to 64 elements)
/// and of the same values on the heap (the vectorized search), against the naive references.
fn check_small_arg<S: Shape>(seed: u64, nan: bool) {
    let x: Tensor<f64, S, Inline> = random_tensor_with(seed, |r| draw(r, nan));
    let xs = x.as_slice();
    let want = (naive_argmax(xs), naive_argmin(xs));
    assert_eq!((x.argmax(), x.argmin()), want, "seed {seed}: {xs:?}");
    let h = x.to_heap();
    assert_eq!((h.argmax(), h.argmin()), want, "heap, seed {seed}");
    let f = x.cast::<f32>();
    assert_eq!((f.argmax(), f.argmin()), want, "f32, seed {seed}");
}

#[test]
fn small_inline_argmax_matches_naive() {
    // Many ties (values in steps of 0.5 from -2 to 2), NaNs now and then, first or not.
    for seed in 0..200 {
        let nan = seed % 2 == 0;
        check_small_arg::<Rank1<1>>(seed, nan);
        check_small_arg::<Rank1<10>>(seed, nan);
        check_small_arg::<Rank2<3, 5>>(seed, nan);
        check_small_arg::<Rank2<4, 16>>(seed, nan); // 64: the largest scanned in order
        check_small_arg::<Rank2<5, 13>>(seed, nan); // 65: the vectorized search
    }
    let mut first_nan = Tensor::<f32, Rank1<6>>::from_array([f32::NAN, 3.0, 1.0, 9.0, 0.0, 2.0]);
    assert_eq!((first_nan.argmax(), first_nan.argmin()), (0, 0));
    first_nan.as_mut_slice()[0] = 5.0;
    first_nan.as_mut_slice()[4] = f32::NAN;
    assert_eq!((first_nan.argmax(), first_nan.argmin()), (4, 4));
    let ints = Tensor::<i32, Rank1<5>>::from_array([3, -1, 7, 7, -1]);
    assert_eq!((ints.argmax(), ints.argmin()), (2, 1));
}

#[test]
fn contiguous_sum_is_pairwise_accurate() {
    // One million copies of 0.1 in f32: the exact sum is 100000.0 (to f32 rounding of 0.1).
    let x = Tensor::<f32, Rank2<1000, 1000>, Heap>::full(0.1);
    let exact = 1.0e6 * f64::from(0.1f32);
    let rel = |s: f32| (f64::from(s) - exact).abs() / exact;
    let sequential: f32 = x.iter().sum();
    assert!(rel(x.sum()) < 1e-6, "pairwise sum error {}", rel(x.sum()));
    assert!(
        rel(sequential) > 1e-4,
        "the input must defeat a sequential sum"
    );
    let rows = x.sum_axis::<1>();
    assert!(rows.iter().all(|&s| (f64::from(s) - 100.0).abs() < 1e-4));
}

#[test]
fn keepdims_broadcasts_back() {
    let x: Tensor<f64, Rank2<4, 6>> = random_tensor_with(9, |r| r.uniform(-1.0, 1.0));
    let shifted = x - x.max_keepdims::<-1>();
    assert!(shifted.max_axis::<1>().iter().all(|&m| m == 0.0));
    let centered = x - x.mean_keepdims::<0>();
    assert_close(centered.sum_axis::<0>().as_slice(), &[0.0; 6], 1e-12);
}

#[test]
fn empty_and_size_one_axes() {
    let e = Tensor::<f64, Rank2<3, 0>>::zeros();
    assert_eq!(e.sum_axis::<1>().as_slice(), &[0.0; 3]);
    assert_eq!(e.prod_axis::<1>().as_slice(), &[1.0; 3]);
    assert_eq!(e.sum_axis::<0>().as_slice(), &[] as &[f64]);
    let one = Tensor::<i32, Rank2<3, 1>>::from_array([[4], [-2], [7]]);
    assert_eq!(one.max_axis::<1>().as_slice(), &[4, -2, 7]);
    assert_eq!(one.argmax_axis::<1>().as_slice(), &[0, 0, 0]);
    assert_eq!(one.argmax(), 2);
}

#[test]
#[should_panic(expected = "max of an empty tensor")]
fn max_of_empty_panics() {
    let _ = Tensor::<f32, Rank1<0>>::zeros().max();
}

#[test]
fn variance_and_norm_are_accurate_on_long_f32_inputs() {
    // 4M f32 values with mean about 0.45: the squared deviations summed one by one in f32 drift
    // once the total dwarfs each term; pairwise sums stay within a few ulps of the f64 value.
    type S = Rank2<2048, 2048>;
    let x = Tensor::<f32, S, Heap>::from_fn(|[i, j]| ((i * 7 + j * 3) % 10) as f32 * 0.1);
    let xs: Vec<f64> = x.iter().map(|&v| f64::from(v)).collect();
    let (var, norm) = (naive_var(&xs), xs.iter().map(|v| v * v).sum::<f64>().sqrt());
    let rel = |got: f32, want: f64| (f64::from(got) - want).abs() / want;
    let m = x.mean();
    let sequential = x.iter().fold(0f32, |a, &v| a + (v - m) * (v - m)) / 4_194_304.0;
    assert!(
        rel(sequential, var) > 1e-4,
        "the input must defeat a sequential sum"
    );
    assert!(rel(x.var(), var) < 1e-5, "var {} vs {var}", x.var());
    assert!(rel(x.std(), var.sqrt()) < 1e-5);
    assert!(rel(x.norm(), norm) < 1e-5, "norm {} vs {norm}", x.norm());
    let rows = Tensor::<f32, Rank2<1, 4_194_304>, Heap>::from_slice(x.as_slice()).unwrap();
    assert!(rel(rows.var_axis::<1>()[[0]], var) < 1e-5);
}

/// `f32` along the last axis: rows shorter than a vector (generic scan), of one to four vectors
/// (the per-row vector kernels) and longer (the generic fold), with ties, ±0, infinities and
/// NaNs, against the naive rule; split across threads for the big one.
fn check_f32_last_axis<const R: usize, const N: usize>(seed: u64) {
    let x: Tensor<f32, Rank2<R, N>, Heap> = random_tensor_with(seed, |r| match r.index(60) {
        0 => f32::NAN,
        1 => f32::INFINITY,
        2 => f32::NEG_INFINITY,
        3 => -0.0,
        _ => r.int(-4, 4) as f32 * 0.5,
    });
    let rows: Vec<Vec<f64>> = x
        .as_slice()
        .chunks_exact(N)
        .map(|r| r.iter().map(|&v| f64::from(v)).collect())
        .collect();
    let argmax: Vec<usize> = rows.iter().map(|l| naive_argmax(l)).collect();
    let argmin: Vec<usize> = rows.iter().map(|l| naive_argmin(l)).collect();
    assert_elems_eq(x.argmax_axis::<1>().as_slice(), &argmax);
    assert_elems_eq(x.argmin_axis::<{ -1 }>().as_slice(), &argmin);
}

#[test]
fn f32_last_axis_arg_extremes_match_naive() {
    check_f32_last_axis::<50, 7>(1);
    check_f32_last_axis::<50, 8>(2);
    check_f32_last_axis::<50, 16>(3);
    check_f32_last_axis::<9000, 20>(4);
    check_f32_last_axis::<50, 33>(5);
    check_f32_last_axis::<50, 64>(6);
    check_f32_last_axis::<50, 65>(7);
}

//! Sorting and counting along typed axes (`argsort`, `sort`, `topk`/`bottomk`, `argpartition`)
//! and over whole tensors (`unique`, `bincount`), each against a naive reference built on the
//! standard library's stable sort and plain counting loops.

use crate::common;

use common::{
    RandomElem, Rng, assert_close, assert_elems_eq, dims_of, has_type, multi_indices, offset_of,
    random_tensor, random_tensor_with, same,
};
use core::cmp::Ordering;
use tensorial::{
    Bcast, Const, Elem, Heap, IndexRangeError, Kind, Rank1, Rank2, Rank3, Shape, Tensor, tensor,
};

// ---------------------------------------------------------------------------------------------
// Reference order and lanes
// ---------------------------------------------------------------------------------------------

/// NumPy's order, written independently: numbers ascending, NaN after all of them.
trait RefOrd: Elem + RandomElem + PartialOrd {
    fn ref_cmp(a: Self, b: Self) -> Ordering;
    /// Random values with many ties (and NaNs, -0.0 for floats).
    fn tie_heavy(rng: &mut Rng) -> Self;
}

impl RefOrd for f64 {
    fn ref_cmp(a: f64, b: f64) -> Ordering {
        match (a.is_nan(), b.is_nan()) {
            (true, true) => Ordering::Equal,
            (true, false) => Ordering::Greater,
            (false, true) => Ordering::Less,
            (false, false) => a.partial_cmp(&b).unwrap(),
        }
    }
    fn tie_heavy(rng: &mut Rng) -> f64 {
        match rng.index(8) {
            0 => f64::NAN,
            1 => -0.0,
            2 => f64::INFINITY,
            _ => f64::from(i32::try_from(rng.int(-3, 3)).unwrap()) * 0.5,
        }
    }
}

impl RefOrd for f32 {
    fn ref_cmp(a: f32, b: f32) -> Ordering {
        f64::ref_cmp(f64::from(a), f64::from(b))
    }
    #[allow(clippy::cast_possible_truncation)]
    fn tie_heavy(rng: &mut Rng) -> f32 {
        f64::tie_heavy(rng) as f32
    }
}

impl RefOrd for i32 {
    fn ref_cmp(a: i32, b: i32) -> Ordering {
        a.cmp(&b)
    }
    fn tie_heavy(rng: &mut Rng) -> i32 {
        i32::try_from(rng.int(-2, 2)).unwrap()
    }
}

impl RefOrd for u8 {
    fn ref_cmp(a: u8, b: u8) -> Ordering {
        a.cmp(&b)
    }
    fn tie_heavy(rng: &mut Rng) -> u8 {
        u8::try_from(rng.int(0, 3)).unwrap()
    }
}

/// The lanes along `axis`: for every index of the other axes, the flat offsets of the lane.
fn lanes(dims: &[usize], axis: usize) -> Vec<Vec<usize>> {
    let mut rest = dims.to_vec();
    rest[axis] = 1;
    multi_indices(&rest)
        .into_iter()
        .map(|idx| {
            (0..dims[axis])
                .map(|i| {
                    let mut at = idx.clone();
                    at[axis] = i;
                    offset_of(&at, dims)
                })
                .collect()
        })
        .collect()
}

/// The lane positions sorted by the std *stable* sort under `cmp`.
fn ref_order<T: RefOrd>(values: &[T], cmp: impl Fn(T, T) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..values.len()).collect();
    order.sort_by(|&a, &b| cmp(values[a], values[b]));
    order
}

fn axis_index<S: Shape>(ax: isize) -> usize {
    let rank = isize::try_from(S::RANK).unwrap();
    usize::try_from(if ax < 0 { ax + rank } else { ax }).unwrap()
}

/// Reference `argsort` and `sort` of `x` along `axis`.
fn ref_argsort<T: RefOrd>(x: &[T], dims: &[usize], axis: usize) -> (Vec<usize>, Vec<T>) {
    let mut idx = vec![0; x.len()];
    let mut vals = x.to_vec();
    for lane in lanes(dims, axis) {
        let values: Vec<T> = lane.iter().map(|&o| x[o]).collect();
        for (pos, i) in ref_order(&values, T::ref_cmp).into_iter().enumerate() {
            idx[lane[pos]] = i;
            vals[lane[pos]] = values[i];
        }
    }
    (idx, vals)
}

/// Reference top-`n` (largest first, or smallest first) along `axis`: output dims and the
/// values and indices, row-major.
fn ref_select<T: RefOrd>(
    x: &[T],
    dims: &[usize],
    axis: usize,
    n: usize,
    largest: bool,
) -> (Vec<usize>, Vec<T>, Vec<usize>) {
    let mut out_dims = dims.to_vec();
    out_dims[axis] = n;
    let (mut vals, mut idx) = (
        vec![T::default(); x.len() / dims[axis].max(1) * n],
        vec![0; 0],
    );
    idx.resize(vals.len(), 0);
    let out_lanes = lanes(&out_dims, axis);
    for (lane, out_lane) in lanes(dims, axis).iter().zip(&out_lanes) {
        let values: Vec<T> = lane.iter().map(|&o| x[o]).collect();
        let order = if largest {
            ref_order(&values, |a, b| T::ref_cmp(b, a))
        } else {
            ref_order(&values, T::ref_cmp)
        };
        for (j, &i) in order.iter().take(n).enumerate() {
            vals[out_lane[j]] = values[i];
            idx[out_lane[j]] = i;
        }
    }
    // Shapes with an empty axis elsewhere have no lanes at all.
    (out_dims, vals, idx)
}

// ---------------------------------------------------------------------------------------------
// argsort / sort / argpartition on random inputs, per shape and axis
// ---------------------------------------------------------------------------------------------

fn check_axis_ops<T: RefOrd, S: tensorial::Axis<AX>, K: Kind, const AX: isize>(
    x: &Tensor<T, S, K>,
) {
    let dims = dims_of::<S>();
    let axis = axis_index::<S>(AX);
    assert_eq!(axis, <S as tensorial::Axis<AX>>::INDEX);
    let (want_idx, want_vals) = ref_argsort(x.as_slice(), &dims, axis);

    let idx = x.argsort::<AX>();
    has_type::<Tensor<usize, S, K>>(&idx);
    assert_elems_eq(idx.as_slice(), &want_idx);

    let sorted = x.sort::<AX>();
    assert_elems_eq(sorted.as_slice(), &want_vals);
    let mut inplace = x.clone();
    inplace.sort_inplace::<AX>();
    assert_elems_eq(inplace.as_slice(), &want_vals);

    // argpartition: a permutation per lane, split around every kth.
    let n = dims[axis];
    let kths: Vec<usize> = if n <= 20 {
        (0..n).collect()
    } else {
        vec![0, 1, n / 3, n / 2, n - 2, n - 1]
    };
    for kth in kths {
        let p = x.argpartition::<AX>(kth);
        for lane in lanes(&dims, axis) {
            let got: Vec<usize> = lane.iter().map(|&o| p.as_slice()[o]).collect();
            let mut seen = got.clone();
            seen.sort_unstable();
            assert_eq!(
                seen,
                (0..dims[axis]).collect::<Vec<_>>(),
                "not a permutation"
            );
            let value = |pos: usize| x.as_slice()[lane[got[pos]]];
            let pivot = value(kth);
            assert!(same(&pivot, &want_vals[lane[kth]]), "kth value");
            assert!((0..kth).all(|i| T::ref_cmp(value(i), pivot) != Ordering::Greater));
            assert!((kth + 1..dims[axis]).all(|i| T::ref_cmp(value(i), pivot) != Ordering::Less));
        }
    }
}

macro_rules! axis_cases {
    ($($name:ident: $T:ty, $S:ty, $K:ty, [$($ax:literal),*];)*) => {$(
        #[test]
        fn $name() {
            for seed in 0..4 {
                let plain: Tensor<$T, $S, $K> = random_tensor(seed);
                let ties: Tensor<$T, $S, $K> = random_tensor_with(seed + 100, <$T>::tie_heavy);
                $(
                    check_axis_ops::<$T, $S, $K, $ax>(&plain);
                    check_axis_ops::<$T, $S, $K, $ax>(&ties);
                )*
            }
        }
    )*};
}

axis_cases! {
    axis_rank1_f64: f64, Rank1<17>, tensorial::Inline, [0, -1];
    axis_rank1_len1: f64, Rank1<1>, tensorial::Inline, [0];
    axis_rank1_empty: f64, Rank1<0>, tensorial::Inline, [0];
    axis_rank2_f64: f64, Rank2<5, 7>, tensorial::Inline, [0, 1, -1, -2];
    axis_rank2_i32_heap: i32, Rank2<6, 4>, Heap, [0, 1];
    axis_rank2_f32: f32, Rank2<3, 9>, Heap, [0, -1];
    axis_rank3_f64: f64, Rank3<3, 4, 5>, tensorial::Inline, [0, 1, 2, -1, -2, -3];
    axis_rank3_u8: u8, Rank3<2, 6, 3>, Heap, [0, 1, 2];
    axis_size1_middle: f64, (Const<4>, Const<1>, Const<3>), tensorial::Inline, [0, 1, 2];
    axis_bcast: i32, (Const<3>, Bcast, Const<2>), tensorial::Inline, [1, -1];
    axis_rank4: f64, (Const<2>, Const<3>, Const<2>, Const<4>), Heap, [0, 1, 2, 3];
    axis_long_lanes: f64, Rank2<3, 300>, Heap, [0, 1];
    axis_tall: f64, Rank2<300, 3>, Heap, [0, 1];
}

#[test]
fn argsort_is_stable_and_puts_nans_last() {
    let nan = f64::NAN;
    let x = tensor![
        nan,
        1.0,
        nan,
        0.0,
        1.0,
        -0.0,
        f64::NEG_INFINITY,
        f64::INFINITY
    ];
    assert_eq!(x.argsort::<0>(), tensor![6, 3, 5, 1, 4, 7, 0, 2]);
    let s = x.sort::<0>();
    assert_eq!(
        &s.as_slice()[..6],
        &[f64::NEG_INFINITY, 0.0, 0.0, 1.0, 1.0, f64::INFINITY]
    );
    assert!(s.as_slice()[6..].iter().all(|v| v.is_nan()));
    // Ties keep their order along a strided axis too.
    let m = tensor![[2, 1], [1, 1], [2, 1], [1, 0]];
    assert_eq!(m.argsort::<0>(), tensor![[1, 3], [3, 0], [0, 1], [2, 2]]);
    // The seed tutorial: x = [4, 0, 3, 1, 2]; np.argsort(x).
    assert_eq!(
        tensor![4, 0, 3, 1, 2].argsort::<0>(),
        tensor![1, 3, 4, 2, 0]
    );
}

#[test]
fn argsort_along_rows_finds_nearest_neighbours() {
    // The seed tutorial: nearests = np.argsort(dist_sq, axis=1).
    let points: Tensor<f64, Rank2<4, 2>> = tensor![[0.0, 0.0], [1.0, 0.0], [5.0, 5.0], [0.0, 2.0]];
    let diff = points.new_axis::<1>() - points.new_axis::<0>(); // (4, 4, 2)
    let dist_sq = Tensor::<f64, Rank2<4, 4>>::from_fn(|[i, j]| {
        diff[[i, j, 0]].powi(2) + diff[[i, j, 1]].powi(2)
    });
    let nearest = dist_sq.argsort::<1>();
    assert_eq!(
        nearest,
        tensor![[0, 1, 3, 2], [1, 0, 3, 2], [2, 3, 1, 0], [3, 0, 1, 2]]
    );
    // Only the K = 2 nearest, with K in the type.
    let (_, knn) = dist_sq.bottomk::<3, 1>();
    assert_eq!(knn, tensor![[0, 1, 3], [1, 0, 3], [2, 3, 1], [3, 0, 1]]);
}

#[test]
#[should_panic(expected = "argpartition: kth = 3 is out of range for an axis of length 3")]
fn argpartition_rejects_kth_past_the_end() {
    let _ = tensor![[1, 2, 3]].argpartition::<1>(3);
}

// ---------------------------------------------------------------------------------------------
// topk / bottomk
// ---------------------------------------------------------------------------------------------

macro_rules! topk_cases {
    ($($name:ident: $T:ty, $S:ty, $K:ty, $ax:literal, [$($n:literal),*];)*) => {$(
        #[test]
        fn $name() {
            let dims = dims_of::<$S>();
            let axis = axis_index::<$S>($ax);
            for seed in 0..4 {
                let plain: Tensor<$T, $S, $K> = random_tensor(seed);
                let ties: Tensor<$T, $S, $K> = random_tensor_with(seed + 100, <$T>::tie_heavy);
                for x in [&plain, &ties] {
                    $(
                        let (vals, idx) = x.topk::<$n, $ax>();
                        let (want_dims, want_vals, want_idx) =
                            ref_select(x.as_slice(), &dims, axis, $n, true);
                        assert_eq!(vals.shape().as_ref(), want_dims.as_slice());
                        assert_elems_eq(vals.as_slice(), &want_vals);
                        assert_elems_eq(idx.as_slice(), &want_idx);
                        has_type::<Tensor<usize, tensorial::Replaced<$S, $ax, Const<$n>>, $K>>(&idx);

                        let (vals, idx) = x.bottomk::<$n, $ax>();
                        let (_, want_vals, want_idx) =
                            ref_select(x.as_slice(), &dims, axis, $n, false);
                        assert_elems_eq(vals.as_slice(), &want_vals);
                        assert_elems_eq(idx.as_slice(), &want_idx);
                    )*
                }
            }
        }
    )*};
}

topk_cases! {
    topk_rank1: f64, Rank1<12>, tensorial::Inline, 0, [0, 1, 3, 12];
    topk_rank2_last: f64, Rank2<4, 9>, tensorial::Inline, -1, [1, 2, 5, 9];
    topk_rank2_first: i32, Rank2<6, 5>, Heap, 0, [1, 3, 6];
    topk_rank3_middle: f32, Rank3<2, 7, 3>, Heap, 1, [0, 2, 7];
    topk_rank3_first_u8: u8, Rank3<5, 2, 2>, tensorial::Inline, -3, [1, 4];
    topk_size1_axis: f64, (Const<3>, Const<1>, Const<2>), tensorial::Inline, 1, [0, 1];
    topk_long_lane: f64, Rank2<2, 500>, Heap, 1, [10, 250, 500];
}

#[test]
fn topk_types_and_nan_order() {
    let logits = tensor![[0.1, f64::NAN, 0.7, 2.0], [5.0, -1.0, 5.0, 3.0]];
    let (v, i) = logits.topk::<2, -1>();
    has_type::<Tensor<f64, Rank2<2, 2>>>(&v);
    has_type::<Tensor<usize, Rank2<2, 2>>>(&i);
    assert!(v[[0, 0]].is_nan()); // NaN counts as the largest, as in PyTorch
    assert_eq!((v[[0, 1]], i.as_slice()), (2.0, &[1, 3, 0, 2][..]));
    let (v, i) = logits.bottomk::<1, 0>();
    has_type::<Tensor<f64, (Const<1>, Const<4>)>>(&v);
    assert_eq!(i, tensor![[0, 1, 0, 0]]);
    assert_eq!(v.as_slice()[1], -1.0);
    // On a Bcast axis the result axis is Const.
    let col: Tensor<i32, (Const<3>, Bcast)> = tensor![3, 1, 2].new_axis::<1>();
    let (v, _) = col.topk::<1, 1>();
    has_type::<Tensor<i32, Rank2<3, 1>>>(&v);
}

// ---------------------------------------------------------------------------------------------
// unique / unique_counts
// ---------------------------------------------------------------------------------------------

fn ref_unique<T: RefOrd>(x: &[T]) -> (Vec<T>, Vec<usize>) {
    let mut sorted = x.to_vec();
    sorted.sort_by(|&a, &b| T::ref_cmp(a, b));
    let mut values: Vec<T> = Vec::new();
    for v in sorted {
        if values
            .last()
            .is_none_or(|&last| T::ref_cmp(last, v) != Ordering::Equal)
        {
            values.push(v);
        }
    }
    let counts = values
        .iter()
        .map(|&u| {
            x.iter()
                .filter(|&&v| T::ref_cmp(u, v) == Ordering::Equal)
                .count()
        })
        .collect();
    (values, counts)
}

fn check_unique<T: RefOrd, S: Shape, K: Kind>(x: &Tensor<T, S, K>) {
    let (want_vals, want_counts) = ref_unique(x.as_slice());
    assert_elems_eq(&x.unique(), &want_vals);
    let (vals, counts) = x.unique_counts();
    assert_elems_eq(&vals, &want_vals);
    assert_eq!(counts, want_counts);
    assert_eq!(counts.iter().sum::<usize>(), x.len());
}

#[test]
fn unique_matches_reference() {
    for seed in 0..6 {
        check_unique(&random_tensor_with::<f64, Rank2<7, 9>, Heap>(
            seed,
            f64::tie_heavy,
        ));
        check_unique(&random_tensor::<f64, Rank1<20>, tensorial::Inline>(seed));
        check_unique(
            &random_tensor_with::<i32, Rank3<2, 3, 4>, tensorial::Inline>(seed, i32::tie_heavy),
        );
        check_unique(&random_tensor::<u8, Rank2<16, 16>, Heap>(seed));
    }
    check_unique(&Tensor::<f64, Rank1<0>>::zeros());
    // NaNs collapse into one, last (NumPy >= 1.21, equal_nan=True).
    let x = tensor![f64::NAN, 2.0, f64::NAN, -0.0, 0.0, 2.0];
    let (v, c) = x.unique_counts();
    assert_eq!(
        (v.len(), &v[..2], &c[..]),
        (3, &[0.0, 2.0][..], &[2, 2, 2][..])
    );
    assert!(v[2].is_nan());
    // The seed tutorial: np.unique over class predictions.
    let preds = tensor![[3, 0, 3], [1, 1, 0]];
    assert_eq!(preds.unique(), vec![0, 1, 3]);
}

// ---------------------------------------------------------------------------------------------
// bincount
// ---------------------------------------------------------------------------------------------

fn ref_bincount(values: &[usize], bins: usize) -> Vec<usize> {
    (0..bins)
        .map(|b| values.iter().filter(|&&v| v == b).count())
        .collect()
}

macro_rules! bincount_cases {
    ($($name:ident: $T:ty, $S:ty, $K:ty, $N:literal, $hi:literal;)*) => {$(
        #[test]
        fn $name() {
            for seed in 0..5 {
                let x: Tensor<$T, $S, $K> =
                    random_tensor_with(seed, |r| <$T>::try_from(r.int(0, $hi)).unwrap());
                let as_usize: Vec<usize> =
                    x.iter().map(|&v| usize::try_from(v).unwrap()).collect();
                let counts = x.bincount::<$N>();
                has_type::<Tensor<usize, Rank1<$N>, $K>>(&counts);
                assert_eq!(counts.as_slice(), ref_bincount(&as_usize, $N).as_slice());
                assert_eq!(x.try_bincount::<$N>().unwrap(), counts);

                let w: Tensor<f64, $S, Heap> = random_tensor(seed + 7);
                let want: Vec<f64> = (0..$N)
                    .map(|b| {
                        as_usize.iter().zip(w.iter()).filter(|&(&v, _)| v == b).map(|(_, &w)| w).sum()
                    })
                    .collect();
                let got = x.bincount_weighted::<$N, f64>(&w);
                assert_close(got.as_slice(), &want, 1e-12);
            }
        }
    )*};
}

bincount_cases! {
    bincount_rank1_i32: i32, Rank1<40>, tensorial::Inline, 5, 4;
    bincount_rank2_u8_heap: u8, Rank2<20, 30>, Heap, 10, 9;
    bincount_rank3_i64: i64, Rank3<3, 4, 5>, tensorial::Inline, 7, 6;
    bincount_sparse_usize: usize, Rank1<6>, Heap, 100, 99;
    bincount_one_bin: u16, Rank2<2, 2>, tensorial::Inline, 1, 0;
}

#[test]
fn bincount_reports_out_of_range_values() {
    let x = tensor![[0, 2], [-1, 5]];
    assert_eq!(
        x.try_bincount::<3>().unwrap_err(),
        IndexRangeError {
            offset: 2,
            value: -1,
            bound: 3
        }
    );
    assert_eq!(
        tensor![0_u8, 4]
            .try_bincount::<4>()
            .unwrap_err()
            .to_string(),
        "element 1 is 4, outside the range 0..4"
    );
    assert_eq!(Tensor::<i32, Rank1<0>>::zeros().bincount::<0>().len(), 0);
    // The seed tutorial: counts per class after merging class 4 into class 2.
    let mut classes: Tensor<u8, Rank2<50, 40>, Heap> =
        random_tensor_with(3, |r| u8::try_from(r.index(20)).unwrap());
    let before = classes.bincount::<20>();
    classes.map_inplace(|c| if c == 4 { 2 } else { c });
    let after = classes.bincount::<20>();
    assert_eq!(after[[2]], before[[2]] + before[[4]]);
    assert_eq!(after[[4]], 0);
}

#[test]
#[should_panic(expected = "bincount::<3>: element 1 is 3, outside the range 0..3")]
fn bincount_panics_on_value_past_the_bins() {
    let _ = tensor![1, 3, 0].bincount::<3>();
}

#[test]
#[should_panic(expected = "bincount_weighted::<2>: element 0 is -2, outside the range 0..2")]
fn bincount_weighted_panics_on_negative_value() {
    let _ = tensor![-2, 1].bincount_weighted::<2, f32>(&tensor![1.0, 1.0]);
}

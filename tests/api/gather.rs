//! Fancy and boolean indexing against naive loops on random inputs: `take` along every axis
//! (ranks 1-4, tensors and strided views as sources, several index types), `index_add` with
//! repeated indices and broadcast values, point gathers and scatters (`take_at`, `add_at`,
//! `put_at`), a streaming confusion matrix, masks (`masked_select`, `masked_fill`), `select`
//! with views, and the panics of bad indices (which write nothing).
// Borrowed operands (`&a + &v`) are exercised on purpose.
#![allow(clippy::op_ref)]

use crate::common;

use common::{
    Rng, assert_elems_eq, dims_of, multi_indices, offset_of, random_tensor, random_tensor_with,
    ref_zip3, source_offset,
};
use std::panic::{AssertUnwindSafe, catch_unwind};
use tensorial::{
    Bcast, Const, Heap, Inline, Kind, Rank1, Rank2, Rank3, Rank4, Take, Tensor, tensor,
};

type C<const N: usize> = Const<N>;
type B = Bcast;

/// A per-test seed: FNV-1a of the test name.
fn seed_of(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Naive `np.take(src, idx, axis)`: dims and elements.
fn ref_take<T: Copy>(
    src: &[T],
    dims: &[usize],
    axis: usize,
    idx: &[usize],
) -> (Vec<usize>, Vec<T>) {
    let mut out_dims = dims.to_vec();
    out_dims[axis] = idx.len();
    let out = multi_indices(&out_dims)
        .into_iter()
        .map(|mut i| {
            i[axis] = idx[i[axis]];
            src[offset_of(&i, dims)]
        })
        .collect();
    (out_dims, out)
}

/// Naive `np.add.at(dst, (slice,)*axis + (idx,), values)` with `values` of the gathered dims.
fn ref_index_add(dst: &mut [f64], dims: &[usize], axis: usize, idx: &[usize], values: &[f64]) {
    let mut vdims = dims.to_vec();
    vdims[axis] = idx.len();
    for (k, mut i) in multi_indices(&vdims).into_iter().enumerate() {
        i[axis] = idx[i[axis]];
        dst[offset_of(&i, dims)] += values[k];
    }
}

fn random_indices<const M: usize>(rng: &mut Rng, bound: usize) -> [usize; M] {
    core::array::from_fn(|_| rng.index(bound))
}

// ---------------------------------------------------------------------------------------------
// take
// ---------------------------------------------------------------------------------------------

/// `take::<AX>` along every axis with 5 random (repeating) indices, as `[usize; 5]`, a `u8`
/// tensor, an `i64` heap tensor and a strided index view; sources inline, heap and strided views.
macro_rules! take_cases {
    ($($name:ident: $S:ty, rank $r:literal, axes [$($ax:literal)*];)*) => {$(
        #[test]
        fn $name() {
            let mut rng = Rng::new(seed_of(stringify!($name)));
            let x: Tensor<f64, $S> = random_tensor(rng.next_u64());
            let xh: Tensor<f64, $S, Heap> = x.to_heap();
            let dims = dims_of::<$S>();
            $(
                let idx: [usize; 5] = random_indices(&mut rng, dims[$ax]);
                let want = ref_take(x.as_slice(), &dims, $ax, &idx);
                let got = x.take::<$ax>(idx);
                assert_eq!(got.shape().as_ref(), want.0.as_slice());
                assert_elems_eq(got.as_slice(), &want.1);
                let got: Tensor<f64, _, Heap> = xh.take::<{ $ax - $r }>(&idx);
                assert_elems_eq(got.as_slice(), &want.1);
                let small = Tensor::<u8, Rank1<5>>::from_fn(|[k]| u8::try_from(idx[k]).unwrap());
                assert_elems_eq(x.take::<$ax>(&small).as_slice(), &want.1);
                let wide = Tensor::<i64, Rank1<5>, Heap>::from_fn(|[k]| i64::try_from(idx[k]).unwrap());
                let got: Tensor<f64, _, Heap> = x.take::<$ax>(&wide);
                assert_elems_eq(got.as_slice(), &want.1);
                // Indices read through a reversed view of a longer list.
                let list = Tensor::<usize, Rank1<7>>::from_fn(|[k]| if (1..6).contains(&k) { idx[5 - k] } else { 0 });
                let rev = list.view().flip::<0>().slice_len::<0, 1, 5, 1>();
                assert_elems_eq(x.take::<$ax>(rev).as_slice(), &want.1);
                // From a strided source view (reversed along the gathered axis).
                let v = x.view().flip::<$ax>();
                let flipped: Vec<usize> = idx.iter().map(|&i| dims[$ax] - 1 - i).collect();
                let want = ref_take(x.as_slice(), &dims, $ax, &flipped);
                assert_elems_eq(v.take::<$ax>(idx).as_slice(), &want.1);
                // Zero indices.
                assert!(x.take::<$ax>([0usize; 0]).is_empty());
            )*
        }
    )*};
}

take_cases! {
    take_rank1: Rank1<9>, rank 1, axes [0];
    take_rank2: Rank2<4, 6>, rank 2, axes [0 1];
    take_rank3: Rank3<3, 4, 5>, rank 3, axes [0 1 2];
    take_rank4: Rank4<2, 3, 4, 3>, rank 4, axes [0 1 2 3];
}

#[test]
fn seed_fancy_indexing() {
    // Seed 002: x[[1, 3, 1]]; y[reverse_sorted_indices]; seed 000: a copy, not a view.
    let x = tensor![[1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7]];
    assert_eq!(x.take::<0>([1, 3, 1]), tensor![[2, 3], [4, 5], [2, 3]]);
    let y = tensor![0.0921816, 0.12551266, -0.5880462, -0.45729852, -0.48287482];
    let sorted_indices = tensor![1_usize, 3, 4, 2, 0];
    let reverse_sorted_indices = sorted_indices.view().flip::<0>();
    assert_eq!(
        y.take::<0>(reverse_sorted_indices),
        tensor![0.0921816, -0.5880462, -0.48287482, -0.45729852, 0.12551266]
    );
    let mut fancy = x.take::<0>([0, 5]);
    fancy[[1, 1]] = 22;
    assert_eq!(fancy, tensor![[1, 2], [6, 22]]);
    assert_eq!(x[[5, 1]], 7);
    // x[np.array([1, 3, 5]), np.array([0, 1, 0])]
    assert_eq!(x.take_at(([1, 3, 5], [0, 1, 0])), tensor![2, 5, 6]);
}

// ---------------------------------------------------------------------------------------------
// index_add
// ---------------------------------------------------------------------------------------------

macro_rules! index_add_cases {
    ($($name:ident: $S:ty, axes [$($ax:literal => $V:ty, $VB:ty;)*];)*) => {$(
        #[test]
        fn $name() {
            fn run<K: Kind>(seed: u64) {
                let mut rng = Rng::new(seed);
                let dims = dims_of::<$S>();
                $(
                    let mut x: Tensor<f64, $S, K> = random_tensor(rng.next_u64());
                    let mut want = x.as_slice().to_vec();
                    // 6 indices into a smaller range: repeats are certain.
                    let idx: [usize; 6] = random_indices(&mut rng, dims[$ax]);
                    let vals: Tensor<f64, $V> = random_tensor(rng.next_u64());
                    x.index_add::<$ax, _>(&idx, &vals);
                    ref_index_add(&mut want, &dims, $ax, &idx, vals.as_slice());
                    assert_elems_eq(x.as_slice(), &want);

                    // Broadcast values: expanded by the reference's own broadcasting rule.
                    let vb: Tensor<f64, $VB> = random_tensor(rng.next_u64());
                    let vdims = dims_of::<$V>();
                    let full: Vec<f64> = multi_indices(&vdims)
                        .iter()
                        .map(|i| vb.as_slice()[source_offset(i, &dims_of::<$VB>())])
                        .collect();
                    let list = Tensor::<u16, Rank1<6>, K>::from_fn(|[k]| u16::try_from(idx[k]).unwrap());
                    x.index_add::<$ax, _>(&list, &vb);
                    ref_index_add(&mut want, &dims, $ax, &idx, &full);
                    assert_elems_eq(x.as_slice(), &want);

                    // A scalar, through a mutable view of the whole tensor.
                    x.view_mut().index_add::<$ax, _>(idx, 0.5);
                    ref_index_add(&mut want, &dims, $ax, &idx, &vec![0.5; full.len()]);
                    assert_elems_eq(x.as_slice(), &want);
                )*
            }
            run::<Inline>(seed_of(stringify!($name)));
            run::<Heap>(seed_of(stringify!($name)) ^ 1);
        }
    )*};
}

index_add_cases! {
    index_add_rank1: Rank1<4>, axes [0 => Rank1<6>, ();];
    index_add_rank2: Rank2<3, 4>, axes [
        0 => Rank2<6, 4>, (C<6>, B);
        1 => Rank2<3, 6>, Rank1<6>;
    ];
    index_add_rank3: Rank3<2, 3, 4>, axes [
        0 => Rank3<6, 3, 4>, (C<3>, B);
        1 => Rank3<2, 6, 4>, (C<2>, B, C<4>);
        2 => Rank3<2, 3, 6>, (B, B, C<6>);
    ];
    index_add_rank4: Rank4<2, 2, 3, 2>, axes [
        2 => Rank4<2, 2, 6, 2>, (C<6>, B);
        3 => Rank4<2, 2, 3, 6>, Rank1<6>;
    ];
}

#[test]
fn index_add_into_a_strided_view() {
    let mut x: Tensor<f64, Rank3<3, 4, 5>> = random_tensor(5);
    let mut want = x.as_slice().to_vec();
    let vals_src: Tensor<f64, Rank2<3, 6>> = random_tensor(6);
    // dst[i, j] = x[2 - i, 2, 1 + 2j] (NumPy `x[::-1, 2, 1::2]`), values w[i, k] = vals_src[i, 5 - 2k].
    let idx = [1, 1, 0];
    x.slice_len_mut::<2, 1, 2, 2>()
        .index_axis_mut::<1>(2)
        .flip_mut::<0>()
        .index_add::<1, _>(idx, vals_src.slice_len::<1, 5, 3, -2>());
    for i in 0..3 {
        for (k, &j) in idx.iter().enumerate() {
            want[offset_of(&[2 - i, 2, 1 + 2 * j], &[3, 4, 5])] += vals_src[[i, 5 - 2 * k]];
        }
    }
    assert_elems_eq(x.as_slice(), &want);
}

#[test]
fn bincount_with_index_add() {
    let labels: Tensor<u8, Rank1<200>, Heap> =
        random_tensor_with(9, |r| u8::try_from(r.index(7)).unwrap());
    let mut counts = Tensor::<u32, Rank1<7>>::zeros();
    counts.index_add::<0, _>(&labels, 1);
    let mut want = [0u32; 7];
    for &l in labels.as_slice() {
        want[usize::from(l)] += 1;
    }
    assert_eq!(counts.as_slice(), &want);
}

// ---------------------------------------------------------------------------------------------
// Points: take_at, add_at, put_at
// ---------------------------------------------------------------------------------------------

#[test]
fn points_rank2_and_rank3() {
    let mut rng = Rng::new(41);
    let x: Tensor<i64, Rank3<3, 4, 5>> = random_tensor(42);
    let (a, b, c): ([usize; 8], [usize; 8], [usize; 8]) = (
        random_indices(&mut rng, 3),
        random_indices(&mut rng, 4),
        random_indices(&mut rng, 5),
    );
    let got = x.take_at((a, &Tensor::<usize, Rank1<8>>::from_fn(|[k]| b[k]), c));
    let want: Vec<i64> = (0..8).map(|k| x[[a[k], b[k], c[k]]]).collect();
    assert_elems_eq(got.as_slice(), &want);

    // add_at / put_at on a matrix view (x[1]) with repeated points.
    let mut y = x.to_heap();
    let mut want = y.as_slice().to_vec();
    let vals: Tensor<i64, Rank1<8>> = random_tensor(43);
    y.index_axis_mut::<0>(1).add_at((&b, &c), &vals);
    for k in 0..8 {
        want[offset_of(&[1, b[k], c[k]], &[3, 4, 5])] += vals.as_slice()[k];
    }
    assert_elems_eq(y.as_slice(), &want);
    y.put_at((a, b, c), vals);
    for k in 0..8 {
        want[offset_of(&[a[k], b[k], c[k]], &[3, 4, 5])] = vals.as_slice()[k];
    }
    assert_elems_eq(y.as_slice(), &want);
    y.add_at((a, b, c), -1);
    for k in 0..8 {
        want[offset_of(&[a[k], b[k], c[k]], &[3, 4, 5])] -= 1;
    }
    assert_elems_eq(y.as_slice(), &want);
}

/// Seed 000's `ConfusionMatrix`: observations added batch by batch, counts and row-normalized.
#[test]
fn streaming_confusion_matrix() {
    struct ConfusionMatrix<const N: usize> {
        counts: Tensor<u64, Rank2<N, N>>,
    }
    impl<const N: usize> ConfusionMatrix<N> {
        fn add_observations<const M: usize, K: Kind>(
            &mut self,
            predicted: &Tensor<u8, Rank1<M>, K>,
            truth: &Tensor<u8, Rank1<M>, K>,
        ) {
            self.counts.add_at((truth, predicted), 1);
        }
        #[allow(clippy::cast_precision_loss)]
        fn normalized(&self) -> Tensor<f64, Rank2<N, N>> {
            let counts = self.counts.map(|c| c as f64);
            &counts / &counts.sum_keepdims::<1>()
        }
    }

    let mut cm = ConfusionMatrix::<2> {
        counts: Tensor::zeros(),
    };
    cm.add_observations(&tensor![1, 1, 0, 0, 0], &tensor![1, 1, 1, 0, 0]);
    assert_eq!(cm.counts, tensor![[2, 0], [1, 2]]);
    let n = cm.normalized();
    assert_eq!(n.row(0), tensor![1.0, 0.0]);
    assert!((n[[1, 0]] - 1.0 / 3.0).abs() < 1e-15 && (n[[1, 1]] - 2.0 / 3.0).abs() < 1e-15);

    // Many random batches against the loop of the seed.
    let mut cm = ConfusionMatrix::<5> {
        counts: Tensor::zeros(),
    };
    let mut want = [[0u64; 5]; 5];
    let mut rng = Rng::new(77);
    for _ in 0..20 {
        let p: Tensor<u8, Rank1<64>, Heap> =
            random_tensor_with(rng.next_u64(), |r| u8::try_from(r.index(5)).unwrap());
        let t: Tensor<u8, Rank1<64>, Heap> =
            random_tensor_with(rng.next_u64(), |r| u8::try_from(r.index(5)).unwrap());
        cm.add_observations(&p, &t);
        for (&pi, &ti) in p.iter().zip(t.iter()) {
            want[usize::from(ti)][usize::from(pi)] += 1;
        }
    }
    assert_eq!(cm.counts.as_array(), &want);
}

// ---------------------------------------------------------------------------------------------
// Masks
// ---------------------------------------------------------------------------------------------

macro_rules! mask_cases {
    ($($name:ident: $S:ty, masks [$($M:ty),*];)*) => {$(
        #[test]
        fn $name() {
            fn run<K: Kind>(seed: u64) {
                let mut rng = Rng::new(seed);
                let dims = dims_of::<$S>();
                $(
                    let x: Tensor<i32, $S, K> = random_tensor(rng.next_u64());
                    let mask: Tensor<bool, $M> = random_tensor(rng.next_u64());
                    let mdims = dims_of::<$M>();
                    let at = |i: &Vec<usize>| mask.as_slice()[source_offset(i, &mdims)];
                    let want: Vec<i32> = multi_indices(&dims)
                        .iter()
                        .filter(|i| at(i))
                        .map(|i| x.as_slice()[offset_of(i, &dims)])
                        .collect();
                    assert_eq!(x.masked_select(&mask), want);
                    assert_eq!(x.view().masked_select(mask.view()), want);

                    let mut y = x.clone();
                    y.masked_fill(&mask, -7);
                    let want: Vec<i32> = multi_indices(&dims)
                        .iter()
                        .map(|i| if at(i) { -7 } else { x.as_slice()[offset_of(i, &dims)] })
                        .collect();
                    assert_elems_eq(y.as_slice(), &want);
                    // The same through a whole-tensor mutable view.
                    let mut z = x.clone();
                    z.view_mut().masked_fill(mask, -7);
                    assert_elems_eq(z.as_slice(), &want);
                )*
            }
            run::<Inline>(seed_of(stringify!($name)));
            run::<Heap>(seed_of(stringify!($name)) ^ 1);
        }
    )*};
}

mask_cases! {
    mask_rank1: Rank1<9>, masks [Rank1<9>, (), (B,)];
    mask_rank2: Rank2<6, 2>, masks [Rank2<6, 2>, (C<6>, B), Rank1<2>];
    mask_rank3: Rank3<2, 3, 4>, masks [Rank3<2, 3, 4>, (B, C<3>, B), Rank2<3, 4>];
    mask_rank4: Rank4<2, 3, 2, 3>, masks [Rank4<2, 3, 2, 3>, (C<2>, B, B, C<3>)];
}

#[test]
fn seed_masks() {
    // Seed 000: random_argmax[random_argmax == 4] = 2.
    let mut classes: Tensor<u8, Rank2<40, 30>, Heap> =
        random_tensor_with(3, |r| u8::try_from(r.index(20)).unwrap());
    let fours = classes.iter().filter(|&&c| c == 4).count();
    let twos = classes.iter().filter(|&&c| c == 2).count();
    classes.masked_fill(classes.eq_elem(4), 2);
    assert_eq!(classes.iter().filter(|&&c| c == 4).count(), 0);
    assert_eq!(classes.iter().filter(|&&c| c == 2).count(), fours + twos);

    // Seed 002: x[mask] with a row mask selects whole rows (flattened here).
    let x = tensor![[1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7]];
    let mask = tensor![true, false, false, true, true, false].new_axis::<1>();
    assert_eq!(x.masked_select(mask), [1, 2, 4, 5, 5, 6]);
    // Masked values of a column view.
    assert_eq!(x.col(1).masked_select(x.col(0).gt(3)), [5, 6, 7]);
}

#[test]
fn select_with_views() {
    // np.where(cond, a, b) with views as branches and as the condition's operand.
    let x: Tensor<f64, Rank2<3, 4>> = random_tensor(8);
    let src: Tensor<f64, Rank2<4, 8>> = random_tensor(9);
    let v = src.slice_len::<1, 7, 4, -2>().slice_len::<0, 1, 3, 1>(); // (3, 4), strided
    let cond = x.gt(&v);
    let got = cond.select(&v, &x.view().flip::<1>());
    let vv = v.to_tensor();
    let xf = x.view().flip::<1>().to_tensor();
    let d = [3usize, 4];
    let want = ref_zip3(
        (cond.as_slice(), &d),
        (vv.as_slice(), &d),
        (xf.as_slice(), &d),
        |c, a, b| if c { a } else { b },
    );
    assert_elems_eq(got.as_slice(), &want.1);
    // Cross-check the materialized view against plain indexing.
    for i in 0..3 {
        for j in 0..4 {
            assert_eq!(vv[[i, j]], src[[1 + i, 7 - 2 * j]]);
            assert_eq!(xf[[i, j]], x[[i, 3 - j]]);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Bad indices
// ---------------------------------------------------------------------------------------------

#[test]
#[should_panic(expected = "take: index list element 2 is 6, outside 0..6 (axis 0)")]
fn take_out_of_bounds_panics() {
    let x = Tensor::<f32, Rank2<6, 2>>::zeros();
    let _ = x.take::<0>([0, 5, 6]);
}

#[test]
#[should_panic(expected = "take: index list element 1 is -1, outside 0..2 (axis 1)")]
fn take_negative_index_panics() {
    let x = Tensor::<f32, Rank2<6, 2>>::zeros();
    let _ = x.take::<-1>(&tensor![0_i32, -1]);
}

#[test]
#[should_panic(expected = "add_at: index list element 3 is 2, outside 0..2 (axis 1)")]
fn add_at_out_of_bounds_panics() {
    let mut cm = Tensor::<u32, Rank2<2, 2>>::zeros();
    cm.add_at(([0, 1, 1, 0], [0, 1, 0, 2]), 1);
}

#[test]
fn bad_indices_write_nothing() {
    let mut x: Tensor<f64, Rank2<3, 4>> = random_tensor(12);
    let before = x;
    let r = catch_unwind(AssertUnwindSafe(|| x.index_add::<1, _>([0, 3, 4], 1.0)));
    assert!(r.is_err());
    let r = catch_unwind(AssertUnwindSafe(|| x.put_at(([0, 2, 3], [1, 1, 1]), 1.0)));
    assert!(r.is_err());
    let r = catch_unwind(AssertUnwindSafe(|| {
        x.view_mut().add_at(([0, 1], [4, 0]), 1.0)
    }));
    assert!(r.is_err());
    assert_eq!(x, before);
}

//! Constructors, conversions, literals, indexing and iteration.

use crate::common;

use common::{Rng, assert_elems_eq, dims_of, has_type, multi_indices, offset_of, random_tensor};
use tensorial::{
    Bcast, Const, Heap, Inline, LengthError, Rank0, Rank1, Rank2, Rank3, Rank4, Rank5, Rank6,
    Shape, Tensor, tensor,
};

type C<const N: usize> = Const<N>;
type B = Bcast;

/// A hash of a multi-index, as the value `from_fn` should place there.
fn code(idx: &[usize]) -> i64 {
    idx.iter()
        .fold(17_i64, |h, &i| h * 31 + i64::try_from(i).unwrap() + 1)
}

macro_rules! fill_cases {
    ($($name:ident: $S:ty;)*) => {$(
        #[test]
        #[allow(clippy::float_cmp)]
        fn $name() {
            let n: usize = dims_of::<$S>().iter().product();
            let z = Tensor::<f64, $S>::zeros();
            assert_eq!(z.shape().as_ref(), dims_of::<$S>().as_slice());
            assert_eq!(z.len(), n);
            assert!(z.iter().all(|&v| v == 0.0));
            let z = Tensor::<i32, $S, Heap>::zeros();
            assert!(z.iter().all(|&v| v == 0) && z.len() == n);
            assert!(Tensor::<bool, $S, Heap>::default().iter().all(|&v| !v));
            assert!(Tensor::<f32, $S>::ones().iter().all(|&v| v == 1.0));
            assert!(Tensor::<u8, $S, Heap>::ones().iter().all(|&v| v == 1));
            assert!(Tensor::<f64, $S>::full(-2.5).iter().all(|&v| v == -2.5));
            assert!(Tensor::<i64, $S, Heap>::full(7).iter().all(|&v| v == 7));
            assert!(Tensor::<bool, $S>::full(true).iter().all(|&v| v));

            // from_fn: the value at every multi-index, in row-major position.
            let t = Tensor::<i64, $S>::from_fn(|idx| code(idx.as_ref()));
            let th = Tensor::<i64, $S, Heap>::from_fn(|idx| code(idx.as_ref()));
            let all = multi_indices(&dims_of::<$S>());
            assert_eq!(all.len(), n);
            for (k, idx) in all.iter().enumerate() {
                assert_eq!(offset_of(idx, &dims_of::<$S>()), k);
                assert_eq!(t.as_slice()[k], code(idx));
                assert_eq!(th.as_slice()[k], code(idx));
            }
            // from_fn is called once per element, in row-major order.
            let mut seen = Vec::new();
            let _ = Tensor::<u8, $S>::from_fn(|idx| {
                seen.push(idx.as_ref().to_vec());
                0
            });
            assert_eq!(seen, all);

            // arange: 0, 1, 2, ... in row-major order.
            let a = Tensor::<f32, $S>::arange();
            let want: Vec<f32> = (0..n).map(|k| k as f32).collect();
            assert_elems_eq(a.as_slice(), &want);
            let a = Tensor::<usize, $S, Heap>::arange();
            assert_elems_eq(a.as_slice(), &(0..n).collect::<Vec<_>>());
            let a = Tensor::<u8, $S>::arange();
            #[allow(clippy::cast_possible_truncation)]
            let want: Vec<u8> = (0..n).map(|k| k as u8).collect();
            assert_elems_eq(a.as_slice(), &want);
        }
    )*};
}

fill_cases! {
    fill_rank0: Rank0;
    fill_rank1: Rank1<5>;
    fill_rank2: Rank2<3, 4>;
    fill_rank3: (C<2>, B, C<3>);
    fill_rank4: Rank4<2, 3, 1, 4>;
    fill_rank5: Rank5<2, 2, 3, 2, 2>;
    fill_rank6: Rank6<2, 1, 3, 2, 2, 3>;
    fill_empty: Rank2<0, 3>;
    fill_big_u8_wraps: Rank2<20, 30>;
}

#[test]
fn eye_for_several_sizes() {
    fn check<const N: usize>() {
        let e = Tensor::<f64, Rank2<N, N>>::eye();
        let eh = Tensor::<i32, Rank2<N, N>, Heap>::eye();
        for i in 0..N {
            for j in 0..N {
                let want = i == j;
                assert_eq!(e[[i, j]], if want { 1.0 } else { 0.0 });
                assert_eq!(eh[[i, j]], i32::from(want));
            }
        }
    }
    check::<0>();
    check::<1>();
    check::<2>();
    check::<3>();
    check::<5>();
}

#[test]
#[allow(clippy::type_complexity)]
fn from_nested_arrays_all_ranks() {
    let mut rng = Rng::new(1);
    let mut v = || i32::try_from(rng.int(-99, 99)).unwrap();

    let a1: [i32; 4] = core::array::from_fn(|_| v());
    let t: Tensor<i32, Rank1<4>> = a1.into();
    for i in 0..4 {
        assert_eq!(t[[i]], a1[i]);
    }
    let a2: [[i32; 3]; 2] = core::array::from_fn(|_| core::array::from_fn(|_| v()));
    let t: Tensor<i32, Rank2<2, 3>, Heap> = Tensor::from(a2);
    for [i, j] in [[0, 0], [0, 2], [1, 1], [1, 2]] {
        assert_eq!(t[[i, j]], a2[i][j]);
    }
    assert_eq!(t.as_slice(), a2.as_flattened());
    let a3: [[[i32; 4]; 3]; 2] =
        core::array::from_fn(|_| core::array::from_fn(|_| core::array::from_fn(|_| v())));
    let t: Tensor<i32, Rank3<2, 3, 4>> = a3.into();
    for idx in multi_indices(&[2, 3, 4]) {
        assert_eq!(t[[idx[0], idx[1], idx[2]]], a3[idx[0]][idx[1]][idx[2]]);
    }
    let a4: [[[[i32; 2]; 1]; 3]; 2] = core::array::from_fn(|_| {
        core::array::from_fn(|_| core::array::from_fn(|_| core::array::from_fn(|_| v())))
    });
    let t: Tensor<i32, Rank4<2, 3, 1, 2>> = a4.into();
    for idx in multi_indices(&[2, 3, 1, 2]) {
        let [i, j, k, l] = idx[..] else {
            unreachable!()
        };
        assert_eq!(t[[i, j, k, l]], a4[i][j][k][l]);
    }
    let a5: [[[[[i32; 2]; 3]; 2]; 1]; 2] = core::array::from_fn(|_| {
        core::array::from_fn(|_| {
            core::array::from_fn(|_| core::array::from_fn(|_| core::array::from_fn(|_| v())))
        })
    });
    let t: Tensor<i32, Rank5<2, 1, 2, 3, 2>, Heap> = a5.into();
    for idx in multi_indices(&[2, 1, 2, 3, 2]) {
        let [i, j, k, l, m] = idx[..] else {
            unreachable!()
        };
        assert_eq!(t[[i, j, k, l, m]], a5[i][j][k][l][m]);
    }
    let a6: [[[[[[i32; 3]; 2]; 1]; 2]; 2]; 2] = core::array::from_fn(|_| {
        core::array::from_fn(|_| {
            core::array::from_fn(|_| {
                core::array::from_fn(|_| core::array::from_fn(|_| core::array::from_fn(|_| v())))
            })
        })
    });
    let t: Tensor<i32, Rank6<2, 2, 2, 1, 2, 3>> = a6.into();
    for idx in multi_indices(&[2, 2, 2, 1, 2, 3]) {
        let [i, j, k, l, m, n] = idx[..] else {
            unreachable!()
        };
        assert_eq!(t[[i, j, k, l, m, n]], a6[i][j][k][l][m][n]);
    }
    // from_array / as_array round trip (inline only, also in const).
    let t = Tensor::<i32, Rank3<2, 3, 4>>::from_array(a3);
    assert_eq!(t.as_array(), &a3);
    const K: Tensor<u8, (C<2>, B)> = Tensor::from_array([[1], [2]]);
    assert_eq!(K.as_slice(), &[1, 2]);
}

#[test]
fn from_slice_and_try_from_report_lengths() {
    let data: Vec<f64> = (0..12).map(f64::from).collect();
    let t = Tensor::<f64, Rank2<3, 4>>::from_slice(&data).unwrap();
    assert_eq!(t.as_slice(), data.as_slice());
    assert_eq!(t[[2, 1]], 9.0);
    let t: Tensor<f64, Rank3<2, 2, 3>, Heap> = data.as_slice().try_into().unwrap();
    assert_eq!(t.as_slice(), data.as_slice());
    let t: Tensor<f64, (C<4>, B, C<3>)> = Tensor::try_from(data.clone()).unwrap();
    assert_eq!(t.as_slice(), data.as_slice());
    let t: Tensor<f64, Rank1<12>, Heap> = data.clone().try_into().unwrap();
    assert_eq!(t.as_slice(), data.as_slice());

    let err = Tensor::<f64, Rank2<3, 5>>::from_slice(&data).unwrap_err();
    assert_eq!(
        err,
        LengthError {
            expected: 15,
            found: 12
        }
    );
    assert_eq!(
        err.to_string(),
        "expected 15 elements for the tensor's shape, found 12"
    );
    let err = <Tensor<f64, Rank1<3>, Heap>>::try_from(&data[..5]).unwrap_err();
    assert_eq!((err.expected, err.found), (3, 5));
    let err = <Tensor<f64, Rank0>>::try_from(Vec::new()).unwrap_err();
    assert_eq!((err.expected, err.found), (1, 0));
    let err: Box<dyn std::error::Error> = Box::new(err);
    assert!(err.to_string().contains("found 0"));
    let ok = <Tensor<i32, Rank2<0, 7>>>::try_from(Vec::new()).unwrap();
    assert!(ok.is_empty());
    assert!(Tensor::<f64, Rank0>::from_slice(&[4.5]).unwrap().item() == 4.5);
}

#[test]
fn like_constructors_and_kind_conversions() {
    let x: Tensor<f32, (C<2>, B, C<3>)> = random_tensor(5);
    let z = x.zeros_like();
    has_type::<Tensor<f32, (C<2>, B, C<3>)>>(&z);
    assert!(z.iter().all(|&v| v == 0.0));
    let h = x.to_heap();
    let o = h.ones_like();
    has_type::<Tensor<f32, (C<2>, B, C<3>), Heap>>(&o);
    assert!(o.iter().all(|&v| v == 1.0));
    let f = h.full_like(-3.0);
    has_type::<Tensor<f32, (C<2>, B, C<3>), Heap>>(&f);
    assert!(f.iter().all(|&v| v == -3.0));
    // The originals are unchanged.
    assert_eq!(h, x);

    let back: Tensor<f32, (C<2>, B, C<3>), Inline> = h.to_kind();
    assert_eq!(back.as_slice(), x.as_slice());
    let again: Tensor<f32, (C<2>, B, C<3>), Heap> = h.to_kind();
    assert_eq!(again, h);
    assert_ne!(again.as_slice().as_ptr(), h.as_slice().as_ptr());
    // Clone of a heap tensor is deep.
    let mut c = h.clone();
    c[[0, 0, 0]] += 1.0;
    assert_ne!(c, h);
    assert_eq!(h, x);
}

static LIT_STATIC: Tensor<f32, Rank2<2, 3>> = tensor![[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
const LIT_CONST: Tensor<i32, Rank3<2, 1, 2>> = tensor![[[1, 2]], [[3, 4]]];
const LIT_SCALAR: Tensor<u8, ()> = tensor!(scalar 9);

#[test]
fn tensor_literals_ranks_0_to_6() {
    assert_eq!(LIT_STATIC.as_slice(), &[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]);
    assert_eq!(LIT_STATIC[[1, 0]], 4.0);
    assert_eq!(LIT_CONST.shape(), [2, 1, 2]);
    assert_eq!(LIT_CONST.as_slice(), &[1, 2, 3, 4]);
    assert_eq!(LIT_SCALAR.item(), 9);

    let s = tensor!(scalar 1.5 * 2.0);
    has_type::<Tensor<f64, ()>>(&s);
    assert_eq!(s.item(), 3.0);
    let t1 = tensor![1, 2, 3];
    has_type::<Tensor<i32, Rank1<3>>>(&t1);
    let t2 = tensor![[1u8, 2], [3, 4], [5, 6]];
    has_type::<Tensor<u8, Rank2<3, 2>>>(&t2);
    assert_eq!(t2[[2, 1]], 6);
    let t3 = tensor![[[1.0f32], [2.0]], [[3.0], [4.0]]];
    has_type::<Tensor<f32, Rank3<2, 2, 1>>>(&t3);
    let t4 = tensor![[[[1, 2, 3]]], [[[4, 5, 6]]]];
    has_type::<Tensor<i32, Rank4<2, 1, 1, 3>>>(&t4);
    assert_eq!(t4[[1, 0, 0, 2]], 6);
    let t5 = tensor![[[[[true]], [[false]]]]];
    has_type::<Tensor<bool, Rank5<1, 1, 2, 1, 1>>>(&t5);
    assert_eq!(t5.as_slice(), &[true, false]);
    let t6 = tensor![[[[[[1, 2], [3, 4]]]]], [[[[[5, 6], [7, 8]]]]]];
    has_type::<Tensor<i64, Rank6<2, 1, 1, 1, 2, 2>>>(&t6);
    assert_eq!(t6.as_slice(), &[1, 2, 3, 4, 5, 6, 7, 8]);
    assert_eq!(t6[[1, 0, 0, 0, 1, 0]], 7);
    // Expressions as elements, and type from context.
    let x = 2.0;
    let e: Tensor<f32, Rank2<2, 2>> = tensor![[x, -x], [x * x, 0.5]];
    assert_eq!(e.as_slice(), &[2.0, -2.0, 4.0, 0.5]);
    let arr = [10, 20];
    let e = tensor![arr[1], arr[0]];
    assert_eq!(e.as_slice(), &[20, 10]);
    // The literal equals the same data built other ways.
    assert_eq!(
        tensor![[0, 1, 2], [3, 4, 5]],
        Tensor::<i32, Rank2<2, 3>>::arange()
    );
}

#[test]
fn indexing_get_and_index_mut() {
    let mut t: Tensor<i32, Rank3<2, 3, 4>> = random_tensor(7);
    let copy = t;
    for idx in multi_indices(&[2, 3, 4]) {
        let k = offset_of(&idx, &[2, 3, 4]);
        let i = [idx[0], idx[1], idx[2]];
        assert_eq!(t[i], copy.as_slice()[k]);
        assert_eq!(t.get(i), Some(&copy.as_slice()[k]));
    }
    assert_eq!(t.get([2, 0, 0]), None);
    assert_eq!(t.get([0, 3, 0]), None);
    assert_eq!(t.get([0, 0, 4]), None);
    assert_eq!(t.get([usize::MAX, 0, 0]), None);
    assert!(t.get_mut([1, 3, 0]).is_none());
    *t.get_mut([1, 2, 3]).unwrap() = 1234;
    t[[0, 1, 2]] = -5;
    t[[1, 0, 0]] += 10;
    assert_eq!(t.as_slice()[23], 1234);
    assert_eq!(t.as_slice()[6], -5);
    assert_eq!(t.as_slice()[12], copy.as_slice()[12] + 10);
    let changed: Vec<usize> = (0..24)
        .filter(|&k| t.as_slice()[k] != copy.as_slice()[k])
        .collect();
    assert!(changed.iter().all(|k| [6, 12, 23].contains(k)));

    let mut h = copy.to_heap();
    h[[1, 1, 1]] = 77;
    assert_eq!(h.as_slice()[17], 77);
    assert_eq!(h.get([1, 1, 1]), Some(&77));
    assert_eq!(h.get([1, 1, 4]), None);
    // Bcast axes index with 0 only.
    let b: Tensor<f64, (C<2>, B)> = tensor![[1.0], [2.0]].as_slice().try_into().unwrap();
    assert_eq!(b[[1, 0]], 2.0);
    assert_eq!(b.get([1, 1]), None);
}

#[test]
#[should_panic(expected = "out of bounds")]
fn index_out_of_bounds_panics() {
    let t = Tensor::<f64, Rank2<2, 3>>::zeros();
    let _ = t[[0, 3]];
}

#[test]
#[should_panic(expected = "out of bounds")]
fn index_mut_out_of_bounds_panics_on_heap() {
    let mut t = Tensor::<f64, Rank2<2, 3>, Heap>::zeros();
    t[[2, 0]] = 1.0;
}

#[test]
fn iteration() {
    let t: Tensor<i64, (C<3>, B, C<2>)> = random_tensor(8);
    let collected: Vec<i64> = t.iter().copied().collect();
    assert_eq!(collected, t.as_slice());
    let via_ref: Vec<i64> = (&t).into_iter().copied().collect();
    assert_eq!(via_ref, collected);
    let indexed: Vec<([usize; 3], i64)> = t.indexed_iter().map(|(i, &v)| (i, v)).collect();
    let want: Vec<([usize; 3], i64)> = multi_indices(&dims_of::<(C<3>, B, C<2>)>())
        .into_iter()
        .zip(collected.iter().copied())
        .map(|(i, v)| ([i[0], i[1], i[2]], v))
        .collect();
    assert_eq!(indexed, want);
    for (i, v) in t.indexed_iter() {
        assert_eq!(t[i], *v);
    }

    let mut h = t.to_heap();
    h.iter_mut().for_each(|v| *v = *v * 2 + 1);
    for v in &mut h {
        *v -= 1;
    }
    let want: Vec<i64> = collected.iter().map(|v| v * 2).collect();
    assert_eq!(h.as_slice(), want.as_slice());
    h.as_mut_slice()[0] = 0;
    assert_eq!(h.as_ref()[0], 0);

    let s = tensor!(scalar 5);
    assert_eq!(s.indexed_iter().collect::<Vec<_>>(), vec![([], &5)]);
}

#[test]
fn equality_between_kinds_and_hash() {
    use std::collections::hash_map::DefaultHasher;
    use std::hash::{Hash, Hasher};
    fn hash<T: Hash>(t: &T) -> u64 {
        let mut h = DefaultHasher::new();
        t.hash(&mut h);
        h.finish()
    }
    let a: Tensor<i32, Rank2<3, 3>> = random_tensor(9);
    let mut b: Tensor<i32, Rank2<3, 3>, Heap> = a.to_heap();
    assert_eq!(a, b);
    assert_eq!(b, a);
    assert_eq!(hash(&a), hash(&b));
    b[[2, 2]] += 1;
    assert_ne!(a, b);
    assert_ne!(b, a);
    let n = tensor![f64::NAN];
    assert_ne!(n, n, "NaN != NaN as for floats");
    assert_eq!(tensor![0.0], tensor![-0.0]);
}

#[test]
fn shape_queries() {
    fn check<S: Shape>(rank: usize, dims: &[usize]) {
        let t = Tensor::<u8, S>::zeros();
        assert_eq!(t.rank(), rank);
        assert_eq!(t.shape().as_ref(), dims);
        assert_eq!(t.len(), dims.iter().product::<usize>());
        assert_eq!(t.is_empty(), dims.contains(&0));
        assert_eq!(S::RANK, rank);
    }
    check::<Rank0>(0, &[]);
    check::<(B,)>(1, &[1]);
    check::<Rank2<0, 3>>(2, &[0, 3]);
    check::<(C<4>, B, C<2>)>(3, &[4, 1, 2]);
    check::<Rank6<1, 2, 3, 1, 2, 1>>(6, &[1, 2, 3, 1, 2, 1]);
}

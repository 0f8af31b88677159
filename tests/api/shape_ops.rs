//! Shape ops against naive multi-index references on random inputs: `reshape`, `flatten`,
//! `permute`, `t`, `swap_axes`, `flip`, `new_axis`/`expand_dims`/`squeeze`, `concatenate`,
//! `stack`. Ranks 1 to 6, inline and heap storage, axes counted from the front and the end.

use crate::common;

use common::{assert_elems_eq, assert_matches, dims_of, multi_indices, offset_of, random_tensor};
use tensorial::{Bcast, Const, Heap, Inline, Kind, Rank1, Rank2, Shape, Tensor};

type C<const N: usize> = Const<N>;
type B = Bcast;

/// A per-test seed: FNV-1a of the test name.
fn seed_of(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// NumPy's axis normalization: `-1` is the last of `rank` axes.
fn resolve(axis: isize, rank: usize) -> usize {
    let rank = isize::try_from(rank).unwrap();
    assert!((-rank..rank).contains(&axis), "axis {axis} out of range");
    usize::try_from(if axis < 0 { axis + rank } else { axis }).unwrap()
}

// ---------------------------------------------------------------------------------------------
// Naive references: every output element is looked up by its multi-index.
// ---------------------------------------------------------------------------------------------

/// `np.transpose(src, perm)`: output index `i` reads source index `perm[i]`.
fn ref_permute<T: Copy>(src: &[T], dims: &[usize], perm: &[usize]) -> (Vec<usize>, Vec<T>) {
    let out_dims: Vec<usize> = perm.iter().map(|&p| dims[p]).collect();
    let out = multi_indices(&out_dims)
        .iter()
        .map(|idx| {
            let mut s = vec![0; dims.len()];
            for (&i, &p) in idx.iter().zip(perm) {
                s[p] = i;
            }
            src[offset_of(&s, dims)]
        })
        .collect();
    (out_dims, out)
}

/// `np.flip(src, axis)`.
fn ref_flip<T: Copy>(src: &[T], dims: &[usize], axis: usize) -> (Vec<usize>, Vec<T>) {
    let out = multi_indices(dims)
        .iter()
        .map(|idx| {
            let mut s = idx.clone();
            s[axis] = dims[axis] - 1 - idx[axis];
            src[offset_of(&s, dims)]
        })
        .collect();
    (dims.to_vec(), out)
}

/// `np.concatenate(parts, axis)`: the output index along `axis` picks a part and an offset.
fn ref_concat<T: Copy>(parts: &[(&[T], Vec<usize>)], axis: usize) -> (Vec<usize>, Vec<T>) {
    let mut out_dims = parts[0].1.clone();
    out_dims[axis] = parts.iter().map(|(_, d)| d[axis]).sum();
    let out = multi_indices(&out_dims)
        .iter()
        .map(|idx| {
            let mut s = idx.clone();
            for (src, dims) in parts {
                if s[axis] < dims[axis] {
                    return src[offset_of(&s, dims)];
                }
                s[axis] -= dims[axis];
            }
            unreachable!("index {idx:?} past the parts")
        })
        .collect();
    (out_dims, out)
}

/// `np.stack(parts, axis)`: the output index along the new `axis` picks the part.
fn ref_stack<T: Copy>(parts: &[&[T]], dims: &[usize], axis: usize) -> (Vec<usize>, Vec<T>) {
    let mut out_dims = dims.to_vec();
    out_dims.insert(axis, parts.len());
    let out = multi_indices(&out_dims)
        .iter()
        .map(|idx| {
            let mut s = idx.clone();
            let part = s.remove(axis);
            parts[part][offset_of(&s, dims)]
        })
        .collect();
    (out_dims, out)
}

// ---------------------------------------------------------------------------------------------
// reshape, flatten
// ---------------------------------------------------------------------------------------------

macro_rules! reshape_cases {
    ($($name:ident: $S:ty => $S2:ty, flat $n:literal;)*) => {$(
        #[test]
        fn $name() {
            fn check<K: Kind>(seed: u64) {
                let x: Tensor<i64, $S, K> = random_tensor(seed);
                let want = (dims_of::<$S2>(), x.as_slice().to_vec());
                let y: Tensor<i64, $S2, K> = x.clone().reshape();
                assert_matches(&y, &want);
                let back = y.reshape::<$S>();
                assert_eq!(back, x);
                let flat: Tensor<i64, Rank1<$n>, K> = x.clone().flatten();
                assert_matches(&flat, &(vec![$n], want.1.clone()));
                assert_eq!(x.flatten::<$n>().shape(), [$n]);
            }
            let seed = seed_of(stringify!($name));
            check::<Inline>(seed);
            check::<Heap>(seed);
        }
    )*};
}

reshape_cases! {
    reshape_rank1_to_rank2: (C<12>,) => (C<3>, C<4>), flat 12;
    reshape_rank2_to_rank3: (C<6>, C<4>) => (C<2>, C<3>, C<4>), flat 24;
    reshape_rank3_to_rank1: (C<2>, C<3>, C<5>) => (C<30>,), flat 30;
    reshape_rank4_to_rank2: (C<2>, C<3>, C<2>, C<2>) => (C<4>, C<6>), flat 24;
    reshape_bcast_axes: (C<3>, B, C<2>) => (B, C<6>, B), flat 6;
    reshape_to_rank0_and_back: (B, B) => (), flat 1;
    reshape_empty: (C<0>, C<3>) => (C<3>, C<0>, C<5>), flat 0;
}

#[test]
fn heap_reshape_flatten_squeeze_reuse_the_buffer() {
    let x = Tensor::<f32, (C<2>, C<3>, C<4>), Heap>::arange();
    let ptr = x.as_slice().as_ptr();
    let y = x.reshape::<(C<6>, B, C<4>)>();
    assert_eq!(y.as_slice().as_ptr(), ptr);
    let z = y.squeeze::<1>();
    assert_eq!(z.as_slice().as_ptr(), ptr);
    let w = z.expand_dims::<2>();
    assert_eq!(w.as_slice().as_ptr(), ptr);
    let f = w.flatten::<24>();
    assert_eq!(f.as_slice().as_ptr(), ptr);
    assert_eq!(f, Tensor::<f32, Rank1<24>>::arange());
}

// ---------------------------------------------------------------------------------------------
// permute, t, swap_axes
// ---------------------------------------------------------------------------------------------

/// Each case: a shape and permutations of its axes (as written: negative counts from the end).
macro_rules! permute_cases {
    ($($name:ident: $S:ty => $([$($p:expr),+])+;)*) => {$(
        #[test]
        fn $name() {
            fn check<K: Kind>(seed: u64) {
                let x: Tensor<f64, $S, K> = random_tensor(seed);
                let dims = dims_of::<$S>();
                $({
                    let perm: Vec<usize> =
                        [$($p),+].iter().map(|&p| resolve(p, dims.len())).collect();
                    let y = x.permute::<$({ $p }),+>();
                    assert_matches(&y, &ref_permute(x.as_slice(), &dims, &perm));
                })+
            }
            let seed = seed_of(stringify!($name));
            check::<Inline>(seed);
            check::<Heap>(seed);
        }
    )*};
}

permute_cases! {
    permute_rank1: (C<5>,) => [0] [-1];
    permute_rank2: (C<3>, C<4>) => [0, 1] [1, 0] [-1, -2] [-1, 0];
    permute_rank2_bcast: (B, C<7>) => [1, 0] [0, 1];
    permute_rank3_all: (C<2>, C<3>, C<4>) =>
        [0, 1, 2] [0, 2, 1] [1, 0, 2] [1, 2, 0] [2, 0, 1] [2, 1, 0] [-1, -3, -2] [0, -1, 1];
    permute_rank3_bcast: (C<3>, B, C<4>) => [2, 1, 0] [1, 0, 2] [2, 0, 1];
    permute_rank4_all: (C<2>, C<3>, C<4>, C<5>) =>
        [0, 1, 2, 3] [0, 1, 3, 2] [0, 2, 1, 3] [0, 2, 3, 1] [0, 3, 1, 2] [0, 3, 2, 1]
        [1, 0, 2, 3] [1, 0, 3, 2] [1, 2, 0, 3] [1, 2, 3, 0] [1, 3, 0, 2] [1, 3, 2, 0]
        [2, 0, 1, 3] [2, 0, 3, 1] [2, 1, 0, 3] [2, 1, 3, 0] [2, 3, 0, 1] [2, 3, 1, 0]
        [3, 0, 1, 2] [3, 0, 2, 1] [3, 1, 0, 2] [3, 1, 2, 0] [3, 2, 0, 1] [3, 2, 1, 0]
        [-4, -1, -2, -3];
    permute_rank4_size1_axes: (C<1>, C<3>, B, C<4>) => [3, 2, 1, 0] [1, 3, 0, 2] [2, 0, 3, 1];
    permute_rank4_empty: (C<2>, C<0>, C<3>, C<1>) => [2, 0, 3, 1];
    permute_rank5: (C<2>, C<3>, C<1>, C<4>, C<2>) =>
        [4, 3, 2, 1, 0] [1, 0, 4, 2, 3] [0, 1, 2, 4, 3] [3, 4, 0, 1, 2] [-1, 0, 1, 2, -2];
    permute_rank6: (C<2>, C<1>, C<3>, C<2>, C<2>, C<3>) =>
        [5, 4, 3, 2, 1, 0] [0, 2, 4, 1, 3, 5] [1, 0, 3, 2, 5, 4] [-1, -2, 0, 1, 2, 3];
    // Big enough to cross the transposing copy's tiles (32), within the inline cap.
    permute_tiled: (C<2>, C<33>, C<45>) => [0, 2, 1] [2, 1, 0] [1, 2, 0];
}

#[test]
fn t_matches_the_reference_and_keeps_bcast_axes() {
    fn check<K: Kind>(seed: u64) {
        let x: Tensor<f64, Rank2<70, 33>, K> = random_tensor(seed);
        let y: Tensor<f64, Rank2<33, 70>, K> = x.t();
        assert_matches(&y, &ref_permute(x.as_slice(), &[70, 33], &[1, 0]));
        assert_eq!(y.t(), x);
        let col: Tensor<f64, (C<4>, B), K> = random_tensor(seed ^ 1);
        let row: Tensor<f64, (B, C<4>), K> = col.t();
        assert_elems_eq(row.as_slice(), col.as_slice());
    }
    let seed = seed_of("t");
    check::<Inline>(seed);
    check::<Heap>(seed);
}

/// Each case: a shape and pairs of axes to swap.
macro_rules! swap_cases {
    ($($name:ident: $S:ty => $(($a:expr, $b:expr))+;)*) => {$(
        #[test]
        fn $name() {
            fn check<K: Kind>(seed: u64) {
                let x: Tensor<i32, $S, K> = random_tensor(seed);
                let dims = dims_of::<$S>();
                $({
                    let mut perm: Vec<usize> = (0..dims.len()).collect();
                    perm.swap(resolve($a, dims.len()), resolve($b, dims.len()));
                    let y = x.swap_axes::<{ $a }, { $b }>();
                    assert_matches(&y, &ref_permute(x.as_slice(), &dims, &perm));
                })+
            }
            let seed = seed_of(stringify!($name));
            check::<Inline>(seed);
            check::<Heap>(seed);
        }
    )*};
}

swap_cases! {
    swap_rank1: (C<4>,) => (0, 0) (0, -1);
    swap_rank2: (C<3>, C<5>) => (0, 1) (1, 0) (-1, 0) (1, 1);
    swap_rank3: (C<2>, C<3>, C<4>) => (0, 2) (2, 0) (0, 1) (1, 2) (-1, -3) (-2, 2) (1, 1);
    swap_rank4: (C<2>, B, C<3>, C<4>) => (0, 3) (1, 2) (0, 1) (-1, -2) (3, -4) (2, 2);
    swap_rank6: (C<2>, C<1>, C<3>, C<2>, C<1>, C<2>) => (0, 5) (2, -2) (1, 3);
}

#[test]
fn swap_axes_and_permute_types() {
    let x = Tensor::<u8, (C<2>, B, C<3>)>::arange();
    let _: Tensor<u8, (C<3>, B, C<2>)> = x.swap_axes::<0, -1>();
    let _: Tensor<u8, (B, C<3>, C<2>)> = x.permute::<1, 2, 0>();
}

// ---------------------------------------------------------------------------------------------
// flip
// ---------------------------------------------------------------------------------------------

/// Each case: a shape and the axes to flip along, one at a time.
macro_rules! flip_cases {
    ($($name:ident: $S:ty => [$($ax:expr),+];)*) => {$(
        #[test]
        fn $name() {
            fn check<K: Kind>(seed: u64) {
                let x: Tensor<f32, $S, K> = random_tensor(seed);
                let dims = dims_of::<$S>();
                $({
                    let y = x.flip::<{ $ax }>();
                    assert_matches(&y, &ref_flip(x.as_slice(), &dims, resolve($ax, dims.len())));
                    assert_eq!(y.flip::<{ $ax }>(), x);
                })+
            }
            let seed = seed_of(stringify!($name));
            check::<Inline>(seed);
            check::<Heap>(seed);
        }
    )*};
}

flip_cases! {
    flip_rank1: (C<7>,) => [0, -1];
    flip_rank2: (C<3>, C<4>) => [0, 1, -1, -2];
    flip_rank3: (C<2>, C<3>, C<4>) => [0, 1, 2, -1];
    flip_rank4: (C<3>, B, C<2>, C<5>) => [0, 1, 2, 3, -3];
    flip_empty: (C<3>, C<0>) => [0, 1];
}

// ---------------------------------------------------------------------------------------------
// new_axis, expand_dims, squeeze
// ---------------------------------------------------------------------------------------------

#[test]
fn expand_dims_then_squeeze_round_trips() {
    fn check<K: Kind>(seed: u64) {
        let x: Tensor<f64, (C<2>, C<3>, C<4>), K> = random_tensor(seed);
        let a: Tensor<f64, (B, C<2>, C<3>, C<4>), K> = x.clone().expand_dims::<0>();
        let b: Tensor<f64, (C<2>, C<3>, B, C<4>), K> = x.clone().new_axis::<2>();
        let c: Tensor<f64, (C<2>, C<3>, C<4>, B), K> = x.clone().expand_dims::<3>();
        for (got, want) in [(a.as_slice(), x.as_slice()), (b.as_slice(), x.as_slice())] {
            assert_elems_eq(got, want);
        }
        assert_eq!(a.squeeze::<0>(), x);
        assert_eq!(b.clone().squeeze::<2>(), x);
        assert_eq!(b.squeeze::<-2>(), x);
        assert_eq!(c.squeeze::<-1>(), x);
        // `Const<1>` axes squeeze too.
        let one: Tensor<f64, (C<2>, C<1>, C<4>), K> = random_tensor(seed ^ 1);
        let sq: Tensor<f64, (C<2>, C<4>), K> = one.clone().squeeze::<1>();
        assert_elems_eq(sq.as_slice(), one.as_slice());
        let scalar: Tensor<f64, (), K> = Tensor::<f64, (B,), K>::full(2.5).squeeze::<0>();
        assert_eq!(scalar.item(), 2.5);
    }
    let seed = seed_of("squeeze");
    check::<Inline>(seed);
    check::<Heap>(seed);
}

// ---------------------------------------------------------------------------------------------
// concatenate, stack
// ---------------------------------------------------------------------------------------------

/// Each case: parts (names and shapes), the axis, the output shape. Checked for inline parts
/// into an inline output, and heap and inline parts into a heap output.
macro_rules! concat_cases {
    ($($name:ident: ($($p:ident: $S:ty),+) axis $ax:literal => $SO:ty;)*) => {$(
        #[test]
        fn $name() {
            fn check<KA: Kind, KB: Kind, KO: Kind>(seed: u64) {
                let mut k = seed;
                $(
                    k += 1;
                    let $p: Tensor<i64, $S, KA> = random_tensor(k);
                )+
                let axis = resolve($ax, <$SO as Shape>::RANK);
                let want = ref_concat(&[$(($p.as_slice(), dims_of::<$S>())),+], axis);
                let got: Tensor<i64, $SO, KO> = Tensor::concatenate::<$ax>(($(&$p,)+));
                assert_matches(&got, &want);
                // The same parts with another storage kind.
                $(let $p: Tensor<i64, $S, KB> = $p.to_kind();)+
                let got = Tensor::<i64, $SO, KO>::concatenate::<$ax>(($(&$p,)+));
                assert_matches(&got, &want);
            }
            let seed = seed_of(stringify!($name));
            check::<Inline, Inline, Inline>(seed);
            check::<Heap, Inline, Heap>(seed);
            check::<Inline, Heap, Inline>(seed);
        }
    )*};
}

concat_cases! {
    concat_rank1: (a: (C<3>,), b: (C<4>,)) axis 0 => (C<7>,);
    concat_rank1_three: (a: (C<3>,), b: (C<1>,), c: (C<2>,)) axis -1 => (C<6>,);
    concat_rank2_axis0: (a: (C<2>, C<3>), b: (C<4>, C<3>)) axis 0 => (C<6>, C<3>);
    concat_rank2_axis1: (a: (C<2>, C<3>), b: (C<2>, C<1>)) axis 1 => (C<2>, C<4>);
    concat_rank2_neg: (a: (C<2>, C<3>), b: (C<2>, C<5>), c: (C<2>, C<2>)) axis -1 => (C<2>, C<10>);
    concat_rank3_axis0: (a: (C<1>, C<3>, C<2>), b: (C<2>, C<3>, C<2>)) axis 0 => (C<3>, C<3>, C<2>);
    concat_rank3_axis1: (a: (C<2>, C<3>, C<2>), b: (C<2>, C<2>, C<2>)) axis 1 => (C<2>, C<5>, C<2>);
    concat_rank3_axis2: (a: (C<2>, C<3>, C<2>), b: (C<2>, C<3>, C<3>)) axis -1 => (C<2>, C<3>, C<5>);
    concat_rank3_bcast_axes: (a: (C<2>, B, C<2>), b: (C<2>, B, C<1>)) axis 2 => (C<2>, B, C<3>);
    concat_bcast_parts: (a: (C<2>, B), b: (C<2>, B)) axis 1 => (C<2>, C<2>);
    concat_rank4: (a: (C<2>, C<3>, C<1>, C<2>), b: (C<2>, C<3>, C<4>, C<2>)) axis 2
        => (C<2>, C<3>, C<5>, C<2>);
    concat_rank4_four: (a: (C<1>, C<2>, C<2>, C<3>), b: (C<2>, C<2>, C<2>, C<3>),
        c: (C<1>, C<2>, C<2>, C<3>), d: (C<3>, C<2>, C<2>, C<3>)) axis -4 => (C<7>, C<2>, C<2>, C<3>);
    concat_empty_part: (a: (C<2>, C<0>), b: (C<2>, C<3>)) axis 1 => (C<2>, C<3>);
    concat_six: (a: (C<1>,), b: (C<2>,), c: (C<3>,), d: (C<1>,), e: (C<2>,), f: (C<3>,)) axis 0
        => (C<12>,);
}

#[test]
fn concatenate_arrays_of_same_shape_parts() {
    fn check<K: Kind>(seed: u64) {
        let a: Tensor<f64, (C<2>, C<3>), K> = random_tensor(seed);
        let b: Tensor<f64, (C<2>, C<3>), K> = random_tensor(seed ^ 1);
        let parts = [(a.as_slice(), vec![2, 3]), (b.as_slice(), vec![2, 3])];
        let rows: Tensor<f64, (C<4>, C<3>), K> = Tensor::concatenate::<0>([&a, &b]);
        assert_matches(&rows, &ref_concat(&parts, 0));
        let cols: Tensor<f64, (C<2>, C<9>), K> = Tensor::concatenate::<-1>([&a, &b, &a]);
        let parts3 = [parts[0].clone(), parts[1].clone(), parts[0].clone()];
        assert_matches(&cols, &ref_concat(&parts3, 1));
        let one: Tensor<f64, (C<2>, C<3>), Inline> = Tensor::concatenate::<1>([&a]);
        assert_eq!(one, a);
    }
    let seed = seed_of("concat arrays");
    check::<Inline>(seed);
    check::<Heap>(seed);
}

/// Each case: the parts' shape, how many, the new axis, the output shape.
macro_rules! stack_cases {
    ($($name:ident: [$S:ty; $n:literal] axis $ax:literal => $SO:ty;)*) => {$(
        #[test]
        fn $name() {
            fn check<KI: Kind, KO: Kind>(seed: u64) {
                let parts: [Tensor<f32, $S, KI>; $n] =
                    core::array::from_fn(|i| random_tensor(seed + i as u64));
                let slices: Vec<&[f32]> = parts.iter().map(Tensor::as_slice).collect();
                let axis = resolve($ax, <$SO as Shape>::RANK);
                let want = ref_stack(&slices, &dims_of::<$S>(), axis);
                let got: Tensor<f32, $SO, KO> = Tensor::stack::<$ax>(parts.each_ref());
                assert_matches(&got, &want);
                let got: Tensor<f32, $SO, KO> = Tensor::stack::<$ax>(parts.clone());
                assert_matches(&got, &want);
            }
            let seed = seed_of(stringify!($name));
            check::<Inline, Inline>(seed);
            check::<Heap, Heap>(seed);
            check::<Inline, Heap>(seed);
            check::<Heap, Inline>(seed);
        }
    )*};
}

stack_cases! {
    stack_scalars: [(); 4] axis 0 => (C<4>,);
    stack_rank1_axis0: [(C<3>,); 2] axis 0 => (C<2>, C<3>);
    stack_rank1_axis1: [(C<3>,); 4] axis 1 => (C<3>, C<4>);
    stack_rank1_neg: [(C<3>,); 4] axis -1 => (C<3>, C<4>);
    stack_rank2_axis0: [(C<2>, C<3>); 3] axis 0 => (C<3>, C<2>, C<3>);
    stack_rank2_axis1: [(C<2>, C<3>); 3] axis 1 => (C<2>, C<3>, C<3>);
    stack_rank2_axis2: [(C<2>, C<3>); 3] axis -1 => (C<2>, C<3>, C<3>);
    stack_rank2_neg_middle: [(C<2>, C<3>); 5] axis -2 => (C<2>, C<5>, C<3>);
    stack_rank3: [(C<2>, B, C<3>); 2] axis 2 => (C<2>, B, C<2>, C<3>);
    stack_one_into_bcast: [(C<2>, C<3>); 1] axis 1 => (C<2>, B, C<3>);
    stack_rank3_axis3: [(C<2>, C<2>, C<3>); 3] axis 3 => (C<2>, C<2>, C<3>, C<3>);
}

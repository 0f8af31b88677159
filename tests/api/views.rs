//! Views against a naive index-mapping reference on random inputs: `index_axis` along every axis
//! (ranks 1-4, axes from either end), compile-time slices with positive, negative and
//! out-of-order steps, views of views, aliasing (writes through a `ViewMut` land in the source),
//! and views as operands of broadcasting ops on both sides (ranks 1-4, inline and heap).
// Borrowed operands (`&a + &v`) are exercised on purpose.
#![allow(clippy::op_ref)]

use crate::common;

use common::{
    assert_elems_eq, assert_matches, dims_of, multi_indices, offset_of, random_nonzero,
    random_tensor, ref_zip, ref_zip3,
};
use tensorial::{
    Bcast, Const, Elem, Heap, Inline, Kind, Rank1, Rank2, Rank3, Rank4, Rank5, Rank6, Shape,
    Tensor, View, tensor,
};

type C<const N: usize> = Const<N>;
type B = Bcast;

/// A per-test seed: FNV-1a of the test name.
fn seed_of(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The reference: a view is its dims and, for each of its elements in row-major order, the
/// offset of the source element it reads. Built by plain multi-index loops.
#[derive(Clone, Debug)]
struct RefView {
    dims: Vec<usize>,
    offs: Vec<usize>,
}

impl RefView {
    fn whole(dims: &[usize]) -> Self {
        Self {
            dims: dims.to_vec(),
            offs: (0..dims.iter().product()).collect(),
        }
    }

    /// NumPy `x[(slice(None),) * ax + (i,)]`.
    fn index_axis(&self, ax: usize, i: usize) -> Self {
        let mut dims = self.dims.clone();
        dims.remove(ax);
        let offs = multi_indices(&dims)
            .into_iter()
            .map(|mut idx| {
                idx.insert(ax, i);
                self.offs[offset_of(&idx, &self.dims)]
            })
            .collect();
        Self { dims, offs }
    }

    /// `len` indices along `ax`: `start, start + step, …` (step may be negative).
    fn slice(&self, ax: usize, start: usize, len: usize, step: isize) -> Self {
        let mut dims = self.dims.clone();
        dims[ax] = len;
        let offs = multi_indices(&dims)
            .into_iter()
            .map(|mut idx| {
                let i = isize::try_from(start).unwrap() + isize::try_from(idx[ax]).unwrap() * step;
                idx[ax] = usize::try_from(i).expect("reference slice out of bounds");
                self.offs[offset_of(&idx, &self.dims)]
            })
            .collect();
        Self { dims, offs }
    }

    fn flip(&self, ax: usize) -> Self {
        let n = self.dims[ax];
        self.slice(ax, n - 1, n, -1)
    }

    fn read<T: Copy>(&self, src: &[T]) -> Vec<T> {
        self.offs.iter().map(|&o| src[o]).collect()
    }
}

/// Checks every way of reading a view against the reference.
#[track_caller]
fn check_view<T: Elem, S: Shape, K: Kind>(v: &View<'_, T, S, K>, want: &RefView, src: &[T]) {
    let elems = want.read(src);
    assert_eq!(v.shape().as_ref(), want.dims.as_slice(), "shape differs");
    assert_elems_eq(v.to_tensor().as_slice(), &elems);
    assert_elems_eq(&v.iter().copied().collect::<Vec<_>>(), &elems);
    assert_eq!(v.iter().len(), elems.len());
    for (k, idx) in multi_indices(&want.dims).into_iter().enumerate() {
        let mut i = S::Idx::default();
        i.as_mut().copy_from_slice(&idx);
        assert_eq!(v[i], elems[k], "v[{idx:?}]");
        assert_eq!(v.get(i), Some(&elems[k]));
    }
    if S::RANK > 0 {
        let mut i = S::Idx::default();
        i.as_mut()[0] = S::DIMS.as_ref()[0];
        assert_eq!(v.get(i), None);
    }
}

// ---------------------------------------------------------------------------------------------
// index_axis
// ---------------------------------------------------------------------------------------------

/// `index_axis::<AX>(i)` for every axis and index, counted from the front and from the end,
/// on inline and heap tensors, and the `get_` form's bounds.
macro_rules! index_axis_cases {
    ($($name:ident: $S:ty, rank $r:literal, axes [$($ax:literal)*];)*) => {$(
        #[test]
        fn $name() {
            let x: Tensor<i64, $S> = random_tensor(seed_of(stringify!($name)));
            let xh: Tensor<i64, $S, Heap> = x.to_heap();
            let dims = dims_of::<$S>();
            let whole = RefView::whole(&dims);
            $(
                for i in 0..dims[$ax] {
                    let want = whole.index_axis($ax, i);
                    check_view(&x.index_axis::<$ax>(i), &want, x.as_slice());
                    check_view(&x.index_axis::<{ $ax - $r }>(i), &want, x.as_slice());
                    check_view(&xh.index_axis::<$ax>(i), &want, xh.as_slice());
                    check_view(&x.view().index_axis::<$ax>(i), &want, x.as_slice());
                    check_view(&x.get_index_axis::<$ax>(i).unwrap(), &want, x.as_slice());
                }
                assert!(x.get_index_axis::<$ax>(dims[$ax]).is_none());
                assert!(xh.view().get_index_axis::<$ax>(dims[$ax] + 7).is_none());
            )*
        }
    )*};
}

index_axis_cases! {
    index_axis_rank1: Rank1<7>, rank 1, axes [0];
    index_axis_rank2: Rank2<3, 5>, rank 2, axes [0 1];
    index_axis_rank3: Rank3<2, 3, 4>, rank 3, axes [0 1 2];
    index_axis_rank4: Rank4<2, 3, 2, 3>, rank 4, axes [0 1 2 3];
    index_axis_bcast: (C<3>, B, C<2>), rank 3, axes [0 1 2];
}

#[test]
fn rows_and_columns() {
    let x: Tensor<i32, Rank2<4, 3>> = random_tensor(1);
    let whole = RefView::whole(&[4, 3]);
    for i in 0..4 {
        check_view(&x.row(i), &whole.index_axis(0, i), x.as_slice());
        check_view(&x.view().row(i), &whole.index_axis(0, i), x.as_slice());
    }
    for j in 0..3 {
        check_view(&x.col(j), &whole.index_axis(1, j), x.as_slice());
        check_view(&x.view().col(j), &whole.index_axis(1, j), x.as_slice());
    }
}

#[test]
fn seed_column_versus_row() {
    // NumPy: x[:, 0] is the first column, x[:][0] (= x[0]) the first row.
    let x = tensor![[1, 2], [2, 3], [3, 4]];
    assert_eq!(x.index_axis::<1>(0), tensor![1, 2, 3]);
    assert_eq!(x.col(0), tensor![1, 2, 3]);
    assert_eq!(x.index_axis::<0>(0), tensor![1, 2]);
    assert_eq!(x.row(0), tensor![1, 2]);
    assert_eq!(x[[0, 1]], 2);
    assert_eq!(x.row(0)[[1]], 2); // x[0][1]
}

#[test]
#[should_panic(expected = "index 3 is out of bounds for axis 1 of size 3 (shape [2, 3])")]
fn index_axis_out_of_bounds_panics() {
    let x = Tensor::<f32, Rank2<2, 3>>::zeros();
    let _ = x.index_axis::<-1>(3);
}

#[test]
#[should_panic(expected = "index 2 is out of bounds for axis 0 of size 2 (shape [2, 3])")]
fn row_mut_out_of_bounds_panics() {
    let mut x = Tensor::<f32, Rank2<2, 3>>::zeros();
    x.row_mut(2).fill(1.0);
}

#[test]
#[should_panic(expected = "index [3] is out of bounds for shape [3]")]
fn view_element_out_of_bounds_panics() {
    let x = Tensor::<f32, Rank2<2, 3>>::zeros();
    let _ = x.row(1)[[3]];
}

// ---------------------------------------------------------------------------------------------
// slice, flip, views of views
// ---------------------------------------------------------------------------------------------

/// `slice::<AX, START, LEN, STEP>()` against the reference, on inline and heap tensors and as a
/// view of a view.
macro_rules! slice_cases {
    ($($name:ident: $S:ty, [$(($ax:literal, $start:literal, $len:literal, $step:literal)),*];)*) => {$(
        #[test]
        fn $name() {
            let x: Tensor<f64, $S> = random_tensor(seed_of(stringify!($name)));
            let xh: Tensor<f64, $S, Heap> = x.to_heap();
            let whole = RefView::whole(&dims_of::<$S>());
            let rank = isize::try_from(<$S as Shape>::RANK).unwrap();
            $(
                let rax = usize::try_from(if $ax < 0 { $ax + rank } else { $ax }).unwrap();
                let want = whole.slice(rax, $start, $len, $step);
                check_view(&x.slice_len::<$ax, $start, $len, $step>(), &want, x.as_slice());
                check_view(&xh.slice_len::<$ax, $start, $len, $step>(), &want, xh.as_slice());
                // A view of a view: reversed first, then sliced.
                let rev = x.view().flip::<$ax>();
                let want = whole.flip(rax).slice(rax, $start, $len, $step);
                check_view(&rev.slice_len::<$ax, $start, $len, $step>(), &want, x.as_slice());
            )*
        }
    )*};
}

slice_cases! {
    slice_rank1: Rank1<10>, [(0, 0, 10, 1), (0, 2, 3, 1), (0, 1, 5, 2), (0, 9, 10, -1),
        (0, 9, 4, -3), (0, 4, 1, 1), (0, 3, 0, 1), (0, 0, 1, -5)];
    slice_rank2: Rank2<6, 2>, [(0, 0, 2, 1), (0, 1, 3, 1), (0, 1, 2, 2), (0, 0, 2, 2),
        (0, 1, 3, 2), (0, 0, 3, 2), (0, 5, 6, -1), (1, 1, 2, -1), (1, 0, 1, 7)];
    slice_rank3: Rank3<3, 4, 5>, [(0, 2, 2, -2), (1, 1, 2, 2), (2, 4, 3, -2), (-1, 0, 5, 1),
        (-2, 3, 4, -1)];
    slice_rank4: Rank4<2, 3, 4, 3>, [(0, 1, 1, 1), (1, 2, 2, -2), (2, 3, 4, -1), (3, 0, 2, 2)];
}

#[test]
fn seed_slices() {
    // The NumPy table of seed 002, with (start, length, step) instead of start:stop:step.
    let x = tensor![[1, 2], [2, 3], [3, 4], [4, 5], [5, 6], [6, 7]];
    assert_eq!(x.slice_len::<0, 0, 2, 1>(), tensor![[1, 2], [2, 3]]); // x[:2]
    assert_eq!(x.slice_len::<0, 1, 3, 1>(), tensor![[2, 3], [3, 4], [4, 5]]); // x[1:4]
    assert_eq!(x.slice_len::<0, 1, 2, 2>(), tensor![[2, 3], [4, 5]]); // x[1:4:2]
    assert_eq!(x.slice_len::<0, 0, 2, 2>(), tensor![[1, 2], [3, 4]]); // x[:4:2]
    assert_eq!(x.slice_len::<0, 1, 3, 2>(), tensor![[2, 3], [4, 5], [6, 7]]); // x[1::2]
    assert_eq!(x.slice_len::<0, 0, 3, 2>(), tensor![[1, 2], [3, 4], [5, 6]]); // x[::2]
    let rev = tensor![[6, 7], [5, 6], [4, 5], [3, 4], [2, 3], [1, 2]];
    assert_eq!(x.slice_len::<0, 5, 6, -1>(), rev); // x[::-1]
    assert_eq!(x.view().flip::<0>(), rev);
    assert_eq!(x.view().flip::<0>().col(0), tensor![6, 5, 4, 3, 2, 1]); // x[::-1, 0]
    assert_eq!(
        x.slice_len::<0, 5, 6, -1>().index_axis::<1>(0),
        tensor![6, 5, 4, 3, 2, 1]
    );
}

#[test]
fn views_of_views_chain() {
    let x: Tensor<i32, Rank4<3, 4, 5, 2>, Heap> = random_tensor(7);
    let whole = RefView::whole(&[3, 4, 5, 2]);
    let v = x
        .slice_len::<2, 4, 3, -2>() // (3, 4, 3, 2)
        .index_axis::<-1>(1) // (3, 4, 3)
        .flip::<0>()
        .slice_len::<1, 1, 2, 2>() // (3, 2, 3)
        .index_axis::<0>(2); // (2, 3)
    let want = whole
        .slice(2, 4, 3, -2)
        .index_axis(3, 1)
        .flip(0)
        .slice(1, 1, 2, 2)
        .index_axis(0, 2);
    check_view(&v, &want, x.as_slice());
    assert_eq!(v.strides(), &[20, -4]);
    let row_sum: i32 = want.index_axis(0, 1).read(x.as_slice()).iter().sum();
    assert_eq!(v.row(1).iter().sum::<i32>(), row_sum);
}

#[test]
fn contiguous_views_expose_slices() {
    let x = Tensor::<u8, Rank3<2, 3, 4>>::arange();
    assert_eq!(x.index_axis::<0>(1).as_slice(), Some(&x.as_slice()[12..]));
    assert_eq!(
        x.slice_len::<0, 1, 1, 1>().as_slice(),
        Some(&x.as_slice()[12..])
    );
    assert_eq!(x.slice_len::<1, 1, 2, 1>().as_slice(), None);
    assert_eq!(x.index_axis::<2>(0).as_slice(), None);
    assert_eq!(x.slice_len::<0, 0, 0, 1>().as_slice(), Some(&[][..]));
}

// ---------------------------------------------------------------------------------------------
// Aliasing: writes through mutable views
// ---------------------------------------------------------------------------------------------

#[test]
fn seed_slice_writes_into_the_source() {
    // NumPy: slice = array[1, :]; slice[2] = 7 changes `array`; `copy()` does not alias.
    let mut array = Tensor::<i32, Rank2<3, 5>>::arange();
    array[[1, 2]] = 15;
    let copy = array.row(1).to_tensor();
    let mut slice = array.row_mut(1);
    slice[[2]] = 7;
    assert_eq!(slice.to_tensor(), tensor![5, 6, 7, 8, 9]);
    assert_eq!(
        array,
        tensor![[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11, 12, 13, 14]]
    );
    assert_eq!(copy, tensor![5, 6, 15, 8, 9]);
    assert_eq!(array.row(1).slice_len::<0, 1, 2, 1>(), tensor![6, 7]); // slice[1:3]
}

/// Runs the same writes through views and through the reference offsets, and compares the
/// whole source after each step.
#[test]
fn writes_through_views_match_reference() {
    fn run<K: Kind>() {
        let mut x: Tensor<i64, Rank3<3, 4, 5>, K> = random_tensor(21);
        let mut want = x.as_slice().to_vec();
        let whole = RefView::whole(&[3, 4, 5]);
        let apply = |want: &mut Vec<i64>, r: &RefView, f: &dyn Fn(usize, i64) -> i64| {
            for (k, &o) in r.offs.iter().enumerate() {
                want[o] = f(k, want[o]);
            }
        };

        // fill through a reversed, stepped slice of a column.
        x.slice_len_mut::<2, 4, 3, -2>()
            .index_axis_mut::<1>(2)
            .fill(-1);
        apply(
            &mut want,
            &whole.slice(2, 4, 3, -2).index_axis(1, 2),
            &|_, _| -1,
        );
        assert_elems_eq(x.as_slice(), &want);

        // `+=` a broadcast operand into a strided view.
        let add: Tensor<i64, (C<2>, B, C<5>)> = random_tensor(22);
        let mut v = x.slice_len_mut::<0, 2, 2, -2>();
        v += &add;
        let r = whole.slice(0, 2, 2, -2);
        let addv = add.as_slice().to_vec();
        apply(&mut want, &r, &|k, w| {
            let (i, j) = (k / 20, k % 5);
            w + addv[i * 5 + j]
        });
        assert_elems_eq(x.as_slice(), &want);

        // assign, element writes, map_inplace and zip_assign through views of views.
        let mut v = x.view_mut().flip_mut::<1>();
        v.reborrow()
            .index_axis_mut::<0>(1)
            .col_mut(3)
            .assign(tensor![1, 2, 3, 4]);
        let r = whole.flip(1).index_axis(0, 1).index_axis(1, 3);
        apply(&mut want, &r, &|k, _| [1, 2, 3, 4][k]);
        v[[2, 0, 4]] = 99;
        want[offset_of(&[2, 3, 4], &[3, 4, 5])] = 99;
        v.reborrow().index_axis_mut::<0>(0).map_inplace(|e| e * 3);
        apply(&mut want, &whole.flip(1).index_axis(0, 0), &|_, w| w * 3);
        let mut col = x.index_axis_mut::<2>(1);
        col *= 2;
        col.zip_assign(&tensor![1, 0, 1, 0], |a, b| a - b);
        apply(&mut want, &whole.index_axis(2, 1), &|k, w| {
            w * 2 - [1, 0, 1, 0][k % 4]
        });
        *col.get_mut([0, 0]).unwrap() = 5;
        want[offset_of(&[0, 0, 1], &[3, 4, 5])] = 5;
        assert_elems_eq(x.as_slice(), &want);
    }
    run::<Inline>();
    run::<Heap>();
}

#[test]
fn compound_assignment_on_a_temporary_view() {
    let mut x = tensor![[1, 2, 3], [4, 5, 6]];
    let mut col = x.col_mut(0);
    col += 10; // `x.col_mut(0) += 10` is not allowed: the left side must be a place
    x.col_mut(2).zip_assign(1, |a, b| a - b);
    x.row_mut(1).map_inplace(|v| -v);
    assert_eq!(x, tensor![[11, 2, 2], [-14, -5, -5]]);
}

// ---------------------------------------------------------------------------------------------
// Views as operands
// ---------------------------------------------------------------------------------------------

/// Every binary op form with a view on either side, against `ref_zip` on the reference read of
/// the view. `$view` builds the view from a source tensor `s`, `$rview` the reference from the
/// source's `RefView`.
macro_rules! operand_cases {
    ($($name:ident: src $Src:ty, view |$s:ident| $view:expr, ref |$r:ident| $rview:expr, with $X:ty;)*) => {$(
        #[test]
        #[allow(clippy::float_cmp)]
        fn $name() {
            operand_cases!(@run $name, Inline, Inline, $Src, |$s| $view, |$r| $rview, $X);
            operand_cases!(@run $name, Heap, Inline, $Src, |$s| $view, |$r| $rview, $X);
            operand_cases!(@run $name, Inline, Heap, $Src, |$s| $view, |$r| $rview, $X);
        }
    )*};
    (@run $name:ident, $KS:ty, $KX:ty, $Src:ty, |$s:ident| $view:expr, |$r:ident| $rview:expr, $X:ty) => {{
        let seed = seed_of(stringify!($name));
        let src: Tensor<f64, $Src, $KS> = random_nonzero(seed);
        let x: Tensor<f64, $X, $KX> = random_tensor(seed ^ 1);
        let $s = &src;
        let v = $view;
        let $r = RefView::whole(&dims_of::<$Src>());
        let rv: RefView = $rview;
        let (ve, vd) = (rv.read(src.as_slice()), rv.dims.clone());
        let xd = dims_of::<$X>();
        let xs = (x.as_slice(), xd.as_slice());
        let vs = (ve.as_slice(), vd.as_slice());
        check_view(&v, &rv, src.as_slice());

        assert_matches(&(&x + &v), &ref_zip(xs, vs, |a, b| a + b));
        assert_matches(&(x.to_kind::<$KX>() * v), &ref_zip(xs, vs, |a, b| a * b));
        assert_matches(&(&x / &v), &ref_zip(xs, vs, |a, b| a / b));
        assert_matches(&(&v - &x), &ref_zip(vs, xs, |a, b| a - b));
        assert_matches(&(v / &x), &ref_zip(vs, xs, |a, b| a / b));
        assert_matches(&x.maximum(&v), &ref_zip(xs, vs, f64::max));
        assert_matches(&x.lt(v), &ref_zip(xs, vs, |a, b| a < b));
        assert_matches(&v.zip_map(&x, |a, b| a * 2.0 + b), &ref_zip(vs, xs, |a, b| a * 2.0 + b));
        assert_matches(&v.zip_map(&v, |a, b| a * b), &ref_zip(vs, vs, |a, b| a * b));

        // np.where(x < v, v, x) with the view in two of three places.
        let cond = x.lt(&v);
        let cd = cond.shape().as_ref().to_vec();
        let cs = (cond.as_slice(), cd.as_slice());
        assert_matches(&cond.select(&v, &x), &ref_zip3(cs, vs, xs, |c, a, b| if c { a } else { b }));
        assert_matches(&cond.select(0.5, v), &ref_zip3(cs, ([0.5].as_slice(), &[][..]), vs, |c, a, b| if c { a } else { b }));

        // Scalars and unary ops with the view on the left.
        let one = ([2.0].as_slice(), &[][..]);
        assert_matches(&(&v * 2.0), &ref_zip(vs, one, |a, b| a * b));
        assert_matches(&(2.0 - &v), &ref_zip(one, vs, |a, b| a - b));
        assert_matches(&(2.0 / v), &ref_zip(one, vs, |a, b| a / b));
        assert_matches(&-&v, &(vd.clone(), ve.iter().map(|a| -a).collect()));
        assert_matches(&v.map(f64::abs), &(vd.clone(), ve.iter().map(|a| a.abs()).collect()));

        // Into a preallocated output.
        let mut out = (&x + &v).map(|_| 0.0);
        x.sub_into(&v, &mut out);
        assert_matches(&out, &ref_zip(xs, vs, |a, b| a - b));
    }};
}

operand_cases! {
    operand_rank1_reversed_step: src Rank1<10>,
        view |s| s.slice_len::<0, 9, 4, -3>(), ref |r| r.slice(0, 9, 4, -3), with Rank2<3, 4>;
    operand_rank1_with_scalar_shape: src Rank2<3, 4>,
        view |s| s.col(2), ref |r| r.index_axis(1, 2), with ();
    operand_rank2_strided_both_axes: src Rank2<5, 6>,
        view |s| s.slice_len::<1, 1, 3, 2>().slice_len::<0, 4, 4, -1>(),
        ref |r| r.slice(1, 1, 3, 2).slice(0, 4, 4, -1), with (C<4>, B);
    operand_rank2_under_rank3: src Rank2<5, 6>,
        view |s| s.slice_len::<1, 5, 3, -2>().slice_len::<0, 1, 4, 1>(),
        ref |r| r.slice(1, 5, 3, -2).slice(0, 1, 4, 1), with Rank3<2, 4, 3>;
    operand_rank2_inner_stride: src Rank3<3, 4, 2>,
        view |s| s.index_axis::<2>(1), ref |r| r.index_axis(2, 1), with Rank1<4>;
    operand_rank2_contiguous_rows: src Rank3<3, 4, 2>,
        view |s| s.slice_len::<0, 1, 2, 1>().index_axis::<1>(3), ref |r| r.slice(0, 1, 2, 1).index_axis(1, 3),
        with Rank2<2, 2>;
    operand_rank3_flipped: src Rank4<2, 3, 4, 5>,
        view |s| s.index_axis::<3>(2).flip::<1>(), ref |r| r.index_axis(3, 2).flip(1),
        with (B, C<3>, B);
    operand_rank3_fully_reversed: src Rank3<2, 3, 4>,
        view |s| s.view().flip::<0>().flip::<1>().flip::<2>(), ref |r| r.flip(0).flip(1).flip(2),
        with Rank3<2, 3, 4>;
    operand_rank3_bcast_axis: src (C<6>, B, C<4>),
        view |s| s.slice_len::<0, 5, 3, -2>(), ref |r| r.slice(0, 5, 3, -2), with Rank3<3, 5, 4>;
    operand_rank4_stepped: src Rank4<3, 4, 5, 2>,
        view |s| s.slice_len::<2, 4, 3, -2>(), ref |r| r.slice(2, 4, 3, -2), with (C<4>, B, C<2>);
    operand_rank5: src Rank5<2, 3, 2, 4, 3>,
        view |s| s.slice_len::<3, 3, 2, -2>().flip::<1>(), ref |r| r.slice(3, 3, 2, -2).flip(1),
        with (C<3>, B, B, C<3>);
    operand_rank6: src Rank6<2, 2, 3, 2, 2, 3>,
        view |s| s.slice_len::<5, 2, 3, -1>().slice_len::<2, 0, 2, 2>(),
        ref |r| r.slice(5, 2, 3, -1).slice(2, 0, 2, 2), with Rank6<2, 2, 2, 2, 2, 3>;
    operand_rank4_of_rank4: src Rank4<2, 4, 3, 6>,
        view |s| s.slice_len::<3, 1, 3, 2>().flip::<1>(), ref |r| r.slice(3, 1, 3, 2).flip(1),
        with Rank4<2, 4, 3, 3>;
}

/// `+=` family on both sides: a view added into a tensor, and a tensor added into a view.
#[test]
fn assign_ops_with_views() {
    fn run<K: Kind>() {
        let src: Tensor<f64, Rank3<4, 3, 6>, K> = random_nonzero(31);
        let whole = RefView::whole(&[4, 3, 6]);
        let v = src.slice_len::<2, 5, 3, -2>().index_axis::<0>(1); // (3, 3), inner stride -2
        let rv = whole.slice(2, 5, 3, -2).index_axis(0, 1);
        let (ve, vd) = (rv.read(src.as_slice()), rv.dims.clone());

        let mut x: Tensor<f64, Rank3<2, 3, 3>, K> = random_tensor(32);
        let xd = dims_of::<Rank3<2, 3, 3>>();
        let want = ref_zip((x.as_slice(), &xd), (&ve, &vd), |a, b| a * b);
        x *= &v;
        assert_matches(&x, &want);
        let want = ref_zip((x.as_slice(), &xd), (&ve, &vd), |a, b| a - b);
        x -= v;
        assert_matches(&x, &want);

        let mut dst: Tensor<f64, Rank3<4, 3, 6>, K> = src.clone();
        let mut want = dst.as_slice().to_vec();
        let row: Tensor<f64, Rank1<3>> = random_tensor(33);
        let mut vm = dst.slice_len_mut::<2, 5, 3, -2>().index_axis_mut::<0>(1);
        vm += &row;
        vm /= 4.0;
        for (k, &o) in rv.offs.iter().enumerate() {
            want[o] = (want[o] + row.as_slice()[k % 3]) / 4.0;
        }
        assert_elems_eq(dst.as_slice(), &want);
    }
    run::<Inline>();
    run::<Heap>();
}

#[test]
fn view_results_take_the_source_kind() {
    let h = Tensor::<f32, Rank2<2, 3>, Heap>::ones();
    let i = Tensor::<f32, Rank1<3>>::ones();
    let r: Tensor<f32, Rank1<3>, Heap> = &h.row(0) + &i;
    assert_eq!(r.as_slice(), &[2.0; 3]);
    let r: Tensor<f32, Rank1<3>, Heap> = &i + &h.row(1);
    assert_eq!(r.as_slice(), &[2.0; 3]);
    let r: Tensor<f32, Rank1<2>> = i.view().slice_len::<0, 0, 2, 1>() * 3.0;
    assert_eq!(r.as_slice(), &[3.0; 2]);
    let t: Tensor<f32, Rank1<2>, Heap> = h.col(1).to_tensor();
    let u: Tensor<f32, Rank1<2>, Inline> = h.col(1).to_kind();
    assert_eq!(t, u);
}

#[test]
fn debug_and_display_print_the_elements() {
    let x = tensor![[1, 2], [3, 4]];
    assert_eq!(x.col(1).to_string(), "[2, 4]");
    assert_eq!(
        format!("{:?}", x.view().flip::<0>()),
        format!("{:?}", tensor![[3, 4], [1, 2]])
    );
}

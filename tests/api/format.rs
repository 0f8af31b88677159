//! `Display` / `Debug`: NumPy-like layout. Hand-checked strings for small cases, and random
//! tensors (including summarized ones over 1000 elements) against a transcription of NumPy's
//! `_formatArray` recursion (separator `", "`, 3 edge items, no line wrapping). Elements are
//! formatted the crate's way (`{:?}`, or `{:.p}` with a precision) and right-aligned to the
//! widest shown element, as NumPy aligns its columns.

use crate::common;

use common::{Rng, dims_of, random_tensor_with};
use tensorial::{Bcast, Const, Heap, Rank1, Rank2, Rank3, Shape, Tensor, tensor};

type C<const N: usize> = Const<N>;
type B = Bcast;

const THRESHOLD: usize = 1000;
const EDGE: usize = 3;

/// NumPy's `_formatArray` (numpy/core/arrayprint.py) without line wrapping.
struct NumpyFormat<'a, T> {
    data: &'a [T],
    dims: &'a [usize],
    cell: &'a dyn Fn(&T) -> String,
    summarize: bool,
    width: usize,
}

impl<T> NumpyFormat<'_, T> {
    /// `(leading, trailing)` counts shown along an axis of length `n`, and whether to insert `...`.
    fn items(&self, n: usize) -> (usize, usize, bool) {
        if self.summarize && 2 * EDGE < n {
            (EDGE, EDGE, true)
        } else {
            (0, n, false)
        }
    }

    /// Flat offsets of the elements that are shown (for the column width).
    fn shown_offsets(&self, index: &mut Vec<usize>, out: &mut Vec<usize>) {
        let axis = index.len();
        if axis == self.dims.len() {
            out.push(index.iter().zip(self.dims).fold(0, |o, (&i, &n)| o * n + i));
            return;
        }
        let n = self.dims[axis];
        let (lead, trail, _) = self.items(n);
        let picks: Vec<usize> = (0..lead).chain(n - trail..n).collect();
        for i in picks {
            index.push(i);
            self.shown_offsets(index, out);
            index.pop();
        }
    }

    fn element(&self, index: &[usize]) -> String {
        let off = index.iter().zip(self.dims).fold(0, |o, (&i, &n)| o * n + i);
        let s = (self.cell)(&self.data[off]);
        format!("{s:>w$}", w = self.width)
    }

    fn recurser(&self, index: &mut Vec<usize>, hanging_indent: &str) -> String {
        let axis = index.len();
        let axes_left = self.dims.len() - axis;
        if axes_left == 0 {
            return self.element(index);
        }
        let next_hanging_indent = format!("{hanging_indent} ");
        let a_len = self.dims[axis];
        let (leading, trailing, show_summary) = self.items(a_len);
        let separator = ", ";
        let nested = |i: usize, index: &mut Vec<usize>| {
            index.push(i);
            let s = self.recurser(index, &next_hanging_indent);
            index.pop();
            s
        };
        let mut s = String::new();
        if axes_left == 1 {
            let mut line = hanging_indent.to_string();
            for i in 0..leading {
                line += &nested(i, index);
                line += separator;
            }
            if show_summary {
                line += "...";
                line += separator;
            }
            for i in (2..=trailing).rev() {
                line += &nested(a_len - i, index);
                line += separator;
            }
            line += &nested(a_len - 1, index);
            s += &line;
        } else {
            let line_sep = format!("{}{}", separator.trim_end(), "\n".repeat(axes_left - 1));
            for i in 0..leading {
                s += hanging_indent;
                s += &nested(i, index);
                s += &line_sep;
            }
            if show_summary {
                s += hanging_indent;
                s += "...";
                s += &line_sep;
            }
            for i in (2..=trailing).rev() {
                s += hanging_indent;
                s += &nested(a_len - i, index);
                s += &line_sep;
            }
            s += hanging_indent;
            s += &nested(a_len - 1, index);
        }
        format!("[{}]", &s[hanging_indent.len()..])
    }
}

/// NumPy-style text of `data` with shape `dims`; `prefix` is the continuation indent
/// (NumPy: `" "` for `str`, `len("array(")` spaces for `repr`).
fn numpy_like<T>(data: &[T], dims: &[usize], cell: &dyn Fn(&T) -> String, prefix: usize) -> String {
    assert_eq!(data.len(), dims.iter().product::<usize>());
    if data.is_empty() {
        return "[]".to_string(); // NumPy prints every empty array as `[]`
    }
    let mut f = NumpyFormat {
        data,
        dims,
        cell,
        summarize: data.len() > THRESHOLD,
        width: 0,
    };
    let mut shown = Vec::new();
    f.shown_offsets(&mut Vec::new(), &mut shown);
    f.width = shown
        .iter()
        .map(|&o| cell(&data[o]).chars().count())
        .max()
        .unwrap_or(0);
    if dims.is_empty() {
        return cell(&data[0]);
    }
    f.recurser(&mut Vec::new(), &" ".repeat(prefix + 1))
}

fn display_ref<T: tensorial::Elem, S: Shape>(t: &Tensor<T, S>) -> String {
    numpy_like(t.as_slice(), &dims_of::<S>(), &|v| format!("{v:?}"), 0)
}

fn debug_ref<T: tensorial::Elem, S: Shape>(t: &Tensor<T, S>) -> String {
    let body = numpy_like(t.as_slice(), &dims_of::<S>(), &|v| format!("{v:?}"), 7);
    format!("tensor({body}, shape={:?})", dims_of::<S>())
}

// ---------------------------------------------------------------------------------------------
// Hand-checked
// ---------------------------------------------------------------------------------------------

#[test]
fn display_matrix_is_aligned_like_numpy() {
    let x = Tensor::<i32, Rank2<2, 3>>::from_fn(|[i, j]| i32::try_from(i * 3 + j).unwrap() * 5);
    assert_eq!(x.to_string(), "[[ 0,  5, 10],\n [15, 20, 25]]");
    assert_eq!(x.to_heap().to_string(), x.to_string());
    assert_eq!(tensor![-1, 10].to_string(), "[-1, 10]");
    assert_eq!(tensor![1.5, -0.25].to_string(), "[  1.5, -0.25]");
    assert_eq!(tensor![[true], [false]].to_string(), "[[ true],\n [false]]");
}

#[test]
fn display_precision_applies_to_every_element() {
    let y = Tensor::<f64, Rank2<1, 2>>::from_array([[0.5, 2.0]]);
    assert_eq!(format!("{y:.2}"), "[[0.50, 2.00]]");
    let z = tensor![[1.0, -22.125], [3.25, 0.0]];
    assert_eq!(format!("{z:.1}"), "[[  1.0, -22.1],\n [  3.2,   0.0]]");
    assert_eq!(format!("{z:.0}"), "[[  1, -22],\n [  3,   0]]");
    assert_eq!(
        format!("{:.3?}", tensor![0.5f32]),
        "tensor([0.500], shape=[1])"
    );
}

#[test]
fn debug_format_has_prefix_indent_and_shape() {
    assert_eq!(
        format!("{:?}", tensor![[1, 2], [3, 4]]),
        "tensor([[1, 2],\n        [3, 4]], shape=[2, 2])"
    );
    assert_eq!(
        format!("{:?}", tensor![[1, 2], [3, 4]].to_heap()),
        "tensor([[1, 2],\n        [3, 4]], shape=[2, 2])"
    );
    let col: Tensor<u8, (C<2>, B)> = Tensor::from_array([[7], [8]]);
    assert_eq!(
        format!("{col:?}"),
        "tensor([[7],\n        [8]], shape=[2, 1])"
    );
}

#[test]
fn rank0_and_rank1() {
    let s = tensor!(scalar 2.0);
    assert_eq!(s.to_string(), "2.0");
    assert_eq!(format!("{s:?}"), "tensor(2.0, shape=[])");
    assert_eq!(format!("{s:.3}"), "2.000");
    assert_eq!(tensor!(scalar - 7).to_string(), "-7");
    assert_eq!(tensor![1, 2, 3].to_string(), "[1, 2, 3]");
    assert_eq!(
        format!("{:?}", tensor![1, 2, 3]),
        "tensor([1, 2, 3], shape=[3])"
    );
    assert_eq!(
        tensor![f64::NAN, f64::INFINITY, -1.0].to_string(),
        "[ NaN,  inf, -1.0]"
    );
}

#[test]
fn rank3_blocks_are_separated_by_a_blank_line() {
    let x = Tensor::<i32, Rank3<2, 2, 3>>::arange();
    assert_eq!(
        x.to_string(),
        "[[[ 0,  1,  2],\n  [ 3,  4,  5]],\n\n [[ 6,  7,  8],\n  [ 9, 10, 11]]]"
    );
    assert_eq!(
        format!("{x:?}"),
        "tensor([[[ 0,  1,  2],\n         [ 3,  4,  5]],\n\n        [[ 6,  7,  8],\n         [ 9, 10, 11]]], shape=[2, 2, 3])"
    );
    // Rank 4: two blank lines between the outermost blocks, as NumPy.
    let y = Tensor::<u8, (C<2>, C<1>, C<1>, C<2>)>::arange();
    assert_eq!(y.to_string(), "[[[[0, 1]]],\n\n\n [[[2, 3]]]]");
}

#[test]
fn summarized_output_matches_numpy_by_hand() {
    // np.arange(1001): 1001 > 1000 elements.
    let v = Tensor::<i32, Rank1<1001>>::arange();
    assert_eq!(v.to_string(), "[   0,    1,    2, ...,  998,  999, 1000]");
    // Exactly 1000 elements is not summarized.
    let w = Tensor::<i32, Rank1<1000>>::arange();
    assert!(!w.to_string().contains("..."));
    assert_eq!(w.to_string().matches(',').count(), 999);
    // np.arange(2000).reshape(100, 20)
    let m = Tensor::<i32, Rank2<100, 20>>::arange();
    let want = "[[   0,    1,    2, ...,   17,   18,   19],
 [  20,   21,   22, ...,   37,   38,   39],
 [  40,   41,   42, ...,   57,   58,   59],
 ...,
 [1940, 1941, 1942, ..., 1957, 1958, 1959],
 [1960, 1961, 1962, ..., 1977, 1978, 1979],
 [1980, 1981, 1982, ..., 1997, 1998, 1999]]";
    assert_eq!(m.to_string(), want);
    // Only long axes are cut: 2 rows stay, the 600 columns are summarized.
    let r = Tensor::<i32, Rank2<2, 600>, Heap>::arange();
    assert_eq!(
        r.to_string(),
        "[[   0,    1,    2, ...,  597,  598,  599],\n [ 600,  601,  602, ..., 1197, 1198, 1199]]"
    );
    // Rank 3 summarized: `...` between blocks keeps the blank-line separator.
    let t = Tensor::<i32, Rank3<8, 2, 70>, Heap>::arange();
    let s = t.to_string();
    assert!(s.contains("]],\n\n ...,\n\n [["), "{s}");
    assert_eq!(s.matches("...").count(), 2 * 6 + 1);
}

#[test]
fn empty_tensors() {
    assert_eq!(Tensor::<f64, Rank2<0, 3>>::zeros().to_string(), "[]");
    assert_eq!(Tensor::<f64, Rank1<0>>::zeros().to_string(), "[]");
    assert_eq!(
        format!("{:?}", Tensor::<f64, Rank2<0, 3>>::zeros()),
        "tensor([], shape=[0, 3])"
    );
}

#[test]
fn empty_inner_axis_prints_like_numpy() {
    assert_eq!(Tensor::<f64, Rank2<3, 0>>::zeros().to_string(), "[]");
    assert_eq!(Tensor::<i32, Rank3<2, 0, 2>>::zeros().to_string(), "[]");
    assert_eq!(
        format!("{:?}", Tensor::<i32, Rank3<2, 0, 2>>::zeros()),
        "tensor([], shape=[2, 0, 2])"
    );
}

#[test]
fn precision_does_not_truncate_bools() {
    assert_eq!(format!("{:.2}", tensor![true, false]), "[ true, false]");
    assert_eq!(
        format!("{:.1?}", tensor![[true], [false]]),
        "tensor([[ true],\n        [false]], shape=[2, 1])"
    );
}

// ---------------------------------------------------------------------------------------------
// Random tensors against the NumPy transcription
// ---------------------------------------------------------------------------------------------

/// Integers of mixed widths (1 to 6 characters, some negative).
fn mixed_int(r: &mut Rng) -> i64 {
    let digits = r.int(0, 4);
    let x = r.int(0, 10_i64.pow(u32::try_from(digits).unwrap()));
    if r.index(4) == 0 { -x } else { x }
}

macro_rules! random_format_cases {
    ($($name:ident: $S:ty;)*) => {$(
        #[test]
        fn $name() {
            for seed in 0..3 {
                let t: Tensor<i64, $S> = random_tensor_with(seed, mixed_int);
                assert_eq!(t.to_string(), display_ref(&t), "Display of {:?}", dims_of::<$S>());
                assert_eq!(format!("{t:?}"), debug_ref(&t), "Debug of {:?}", dims_of::<$S>());
                let f: Tensor<f64, $S> = random_tensor_with(seed + 10, |r| r.uniform(-50.0, 50.0));
                let cell2 = |v: &f64| format!("{v:.2}");
                let want = numpy_like(f.as_slice(), &dims_of::<$S>(), &cell2, 0);
                assert_eq!(format!("{f:.2}"), want);
                let cell_dbg = |v: &f64| format!("{v:?}");
                let want = numpy_like(f.as_slice(), &dims_of::<$S>(), &cell_dbg, 0);
                assert_eq!(f.to_string(), want);
            }
        }
    )*};
}

random_format_cases! {
    random_rank1: Rank1<7>;
    random_rank2: Rank2<3, 5>;
    random_rank2_col: (C<4>, B);
    random_rank3: Rank3<2, 3, 4>;
    random_rank4: (C<2>, B, C<3>, C<2>);
    random_rank5: (C<2>, C<2>, C<1>, C<2>, C<3>);
    random_rank6: (C<2>, C<1>, C<2>, C<1>, C<2>, C<2>);
    random_summarized_rank1: Rank1<1500>;
    random_summarized_rank2: Rank2<40, 30>;
    random_summarized_rank3: Rank3<10, 12, 9>;
    random_summarized_rank4: (C<7>, C<2>, C<8>, C<10>);
    random_summarized_short_rows: Rank2<1001, 1>;
    random_summarized_rank6: (C<7>, C<1>, C<2>, C<3>, C<4>, C<7>);
}

#[test]
fn reference_formatter_matches_known_numpy_output() {
    // Guard the transcription itself with NumPy's output: the body of
    // `repr(np.arange(8).reshape(2, 2, 2))` after `array(` (a 6-character prefix), and
    // `str(np.arange(2000))` with `repr`'s commas.
    let data: Vec<i32> = (0..8).collect();
    let got = numpy_like(&data, &[2, 2, 2], &|v| v.to_string(), 6);
    assert_eq!(
        got,
        "[[[0, 1],\n        [2, 3]],\n\n       [[4, 5],\n        [6, 7]]]"
    );
    let big: Vec<i32> = (0..2000).collect();
    let got = numpy_like(&big, &[2000], &|v| v.to_string(), 0);
    assert_eq!(got, "[   0,    1,    2, ..., 1997, 1998, 1999]");
}

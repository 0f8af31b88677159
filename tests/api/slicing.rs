//! `s!`/`s_mut!` (NumPy slice syntax) against a naive NumPy-indexing reference on random data:
//! integers, stop-based ranges with negative bounds and steps, `None`, `...`, on inline and heap
//! tensors and on a reversed view, reading and writing. The reference parses the same index
//! text (`stringify!`) at run time and walks plain index loops.

use crate::common;

use common::{dims_of, multi_indices, offset_of, random_tensor};
use tensorial::{Bcast, Const, Heap, Rank1, Rank2, Rank3, Tensor, View, ViewMut, s, s_mut, tensor};

type C<const N: usize> = Const<N>;
type B = Bcast;

/// A per-test seed: FNV-1a of the test name.
fn seed_of(name: &str) -> u64 {
    name.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// One NumPy index, parsed from the text the test gives `s!`.
#[derive(Debug)]
enum Item {
    Int(isize),
    Range(Option<isize>, Option<isize>, isize),
    New,
    Ellipsis,
}

fn parse(text: &str) -> Vec<Item> {
    let text: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let num = |s: &str| (!s.is_empty()).then(|| s.parse::<isize>().unwrap());
    text.split(',')
        .filter(|s| !s.is_empty())
        .map(|s| match s {
            "None" => Item::New,
            "..." => Item::Ellipsis,
            _ => match s.split_once("..") {
                None => Item::Int(s.parse().unwrap()),
                Some((a, rest)) => {
                    let (b, k) = rest.split_once(';').unwrap_or((rest, "1"));
                    Item::Range(num(a), num(b), k.parse().unwrap())
                }
            },
        })
        .collect()
}

/// NumPy's `x[items]` on a source whose element at row-major position `p` is at offset
/// `offs[p]`: the result's dims and the offset of each of its elements.
fn numpy(dims: &[usize], offs: &[usize], items: &[Item]) -> (Vec<usize>, Vec<usize>) {
    let taken = items
        .iter()
        .filter(|i| matches!(i, Item::Int(_) | Item::Range(..)))
        .count();
    let mut expanded: Vec<&Item> = Vec::new();
    let whole = Item::Range(None, None, 1);
    let at = items
        .iter()
        .position(|i| matches!(i, Item::Ellipsis))
        .unwrap_or(items.len());
    for (k, item) in items.iter().enumerate() {
        if k == at {
            expanded.extend(std::iter::repeat_n(&whole, dims.len() - taken));
        }
        if !matches!(item, Item::Ellipsis) {
            expanded.push(item);
        }
    }
    if at == items.len() {
        expanded.extend(std::iter::repeat_n(&whole, dims.len() - taken));
    }
    // Per output axis: the source axis and its indices (None for a new axis); fixed indices.
    let mut fixed = vec![None; dims.len()];
    let mut out: Vec<(Option<usize>, Vec<usize>)> = Vec::new();
    let mut axis = 0;
    for item in expanded {
        let n = isize::try_from(dims.get(axis).copied().unwrap_or(0)).unwrap();
        let fix = |b: isize| if b < 0 { b + n } else { b };
        match *item {
            Item::New => out.push((None, vec![0])),
            Item::Ellipsis => unreachable!(),
            Item::Int(i) => {
                fixed[axis] = Some(usize::try_from(fix(i)).unwrap());
                axis += 1;
            }
            Item::Range(a, b, k) => {
                let (mut i, end) = if k > 0 {
                    (a.map_or(0, fix), b.map_or(n, fix))
                } else {
                    (a.map_or(n - 1, fix), b.map_or(-1, fix))
                };
                let mut idx = Vec::new();
                while (k > 0 && i < end) || (k < 0 && i > end) {
                    idx.push(usize::try_from(i).unwrap());
                    i += k;
                }
                out.push((Some(axis), idx));
                axis += 1;
            }
        }
    }
    let out_dims: Vec<usize> = out.iter().map(|(_, idx)| idx.len()).collect();
    let elems = multi_indices(&out_dims)
        .into_iter()
        .map(|o| {
            let mut src: Vec<usize> = fixed.iter().map(|f| f.unwrap_or(0)).collect();
            for ((ax, idx), &k) in out.iter().zip(&o) {
                if let Some(ax) = ax {
                    src[*ax] = idx[k];
                }
            }
            offs[offset_of(&src, dims)]
        })
        .collect();
    (out_dims, elems)
}

/// Row-major offsets of a tensor's elements, and of its view reversed along axis 0.
fn offsets(dims: &[usize]) -> (Vec<usize>, Vec<usize>) {
    let plain = (0..dims.iter().product()).collect();
    let flipped = multi_indices(dims)
        .into_iter()
        .map(|mut idx| {
            idx[0] = dims[0] - 1 - idx[0];
            offset_of(&idx, dims)
        })
        .collect();
    (plain, flipped)
}

/// The view's shape and elements against the reference.
#[track_caller]
fn check(
    got_dims: &[usize],
    got: impl Iterator<Item = i64>,
    want: &(Vec<usize>, Vec<usize>),
    src: &[i64],
) {
    assert_eq!(got_dims, want.0.as_slice(), "shape differs");
    let want: Vec<i64> = want.1.iter().map(|&o| src[o]).collect();
    assert_eq!(got.collect::<Vec<_>>(), want);
}

/// `s!` on inline, heap and reversed-view sources, and `s_mut!` writing exactly the elements
/// the reference names, for each case; `=> Out` annotates a length that depends on the axis.
macro_rules! slice_cases {
    ($($name:ident: $S:ty, [$($idx:tt)*] $(=> $Out:ty)?;)*) => {$(
        #[test]
        fn $name() {
            let x: Tensor<i64, $S> = random_tensor(seed_of(stringify!($name)));
            let xh: Tensor<i64, $S, Heap> = x.to_heap();
            let dims = dims_of::<$S>();
            let items = parse(stringify!($($idx)*));
            let (plain, flipped) = offsets(&dims);
            let want = numpy(&dims, &plain, &items);

            let v $(: View<'_, i64, $Out>)? = s!(x[$($idx)*]);
            check(v.shape().as_ref(), v.iter().copied(), &want, x.as_slice());
            let v $(: View<'_, i64, $Out, Heap>)? = s!(xh[$($idx)*]);
            check(v.shape().as_ref(), v.iter().copied(), &want, x.as_slice());
            let rev = x.view().flip::<0>();
            let v $(: View<'_, i64, $Out>)? = s!(rev[$($idx)*]);
            check(v.shape().as_ref(), v.iter().copied(), &numpy(&dims, &flipped, &items), x.as_slice());

            let mut y = xh.clone();
            {
                let mut w $(: ViewMut<'_, i64, $Out, Heap>)? = s_mut!(y[$($idx)*]);
                w.fill(i64::MIN);
            }
            let written: Vec<usize> = (0..y.len()).filter(|&o| y.as_slice()[o] == i64::MIN).collect();
            let mut want_written = want.1.clone();
            want_written.sort_unstable();
            want_written.dedup();
            assert_eq!(written, want_written, "s_mut! wrote elsewhere");
        }
    )*};
}

slice_cases! {
    whole_axis: Rank2<3, 4>, [..];
    no_indices: Rank2<3, 4>, [];
    numpy_first_example: Rank2<3, 5>, [.., 1..3];
    stop_based_not_length_based: Rank1<6>, [1..3];
    negative_bounds: Rank2<4, 6>, [-3..-1, ..2];
    from_a_negative_start: Rank2<4, 6>, [-2.., 2..5];
    reversed: Rank2<4, 6>, [..;-1, -1..;-1];
    backwards_with_bounds: Rank1<9>, [7..1;-2];
    backwards_to_the_start: Rank1<9>, [4..;-1];
    backwards_from_the_end: Rank1<9>, [-1..-6;-2];
    stepped_forward: Rank1<9>, [1..8;3];
    empty_range: Rank2<4, 3>, [3..1, ..];
    integers_drop_axes: Rank3<3, 4, 5>, [1, .., -1];
    all_integers: Rank3<3, 4, 5>, [2, -4, 0];
    ellipsis_then_index: Rank3<3, 4, 5>, [..., 2];
    ellipsis_in_the_middle: Rank3<3, 4, 5>, [0, ..., 1..3];
    ellipsis_alone: Rank3<2, 3, 2>, [...];
    new_axes_everywhere: Rank2<3, 4>, [None, .., None, 1..3, None];
    new_axes_after_ellipsis: Rank3<2, 3, 4>, [None, 1, ..., None, -1..;-2, None] => (B, C<3>, B, C<2>, B);
    depends_on_the_size: Rank2<5, 6>, [1.., ..-1] => Rank2<4, 5>;
    inner_of_game_of_life: Rank2<6, 6>, [1..-1, 1..-1] => Rank2<4, 4>;
    every_other: Rank2<5, 6>, [..;2, 1..;2] => Rank2<3, 3>;
    stepped_backwards_from_a_stop: Rank1<7>, [..2;-2] => Rank1<2>;
    broadcast_axis_source: (C<3>, B, C<4>), [.., 0, 1..3];
    rank6: (C<2>, C<1>, C<3>, C<2>, C<2>, C<3>), [1, ..., -2..;-1, None, 2] => (C<1>, C<3>, C<2>, C<1>, B);
}

#[test]
fn literal_lengths_are_in_the_type_without_annotation() {
    let x = Tensor::<i32, Rank3<4, 5, 6>>::arange();
    // `1..3`, `-3..-1` and `4..;-2` have lengths 2, 2, 3 whatever the size; `..` keeps its size.
    let v: View<'_, i32, (C<2>, C<2>, C<3>)> = s!(x[1..3, -3..-1, 4..;-2]);
    assert_eq!(v[[0, 0, 0]], x[[1, 2, 4]]);
    let w = s!(x[.., ..;-1, 2]);
    let _: &View<'_, i32, Rank2<4, 5>> = &w;
    assert_eq!(
        w.to_tensor(),
        x.view().flip::<1>().index_axis::<2>(2).to_tensor()
    );
}

#[test]
fn views_of_slices_slice_again_and_write_through() {
    let mut x = tensor![[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]];
    let v = s!(x[..;-1, 1..3]);
    assert_eq!(s!(v[0, ..]), tensor![9, 10]);
    let mut m = s_mut!(x[1.., ..;-1]) as ViewMut<'_, i32, Rank2<2, 4>>;
    s_mut!(m[.., 0]).fill(-1); // x[1:, ::-1][:, 0] = -1
    assert_eq!(x.col(3), tensor![3, -1, -1]);
}

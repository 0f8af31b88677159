//! Run-time windows (`window::<AX, LEN>(start)`) and exact chunks (`chunks::<AX, B>()`) against
//! naive index loops on random data: every start along every axis, inline and heap tensors and
//! reversed views, writes through `window_mut`, chunks forwards, backwards and reversed, their
//! remainder; and the two stencils the windows are for (Game-of-Life neighbour counts, a 3×3
//! "valid" convolution) against plain loops.
#![allow(clippy::modulo_one)] // chunks of one are a case

use crate::common;

use common::{Rng, random_tensor};
use tensorial::{Heap, Rank1, Rank2, Rank3, Tensor, View};

/// `window::<AX, LEN>(start)` for every start of every axis of a rank-3 tensor, on inline,
/// heap and reversed sources, against `x[.., start + k, ..]` by index; `get_window` and
/// `get_window_mut` are `None` exactly past the end.
macro_rules! window_cases {
    ($($name:ident: $ax:literal, $len:literal;)*) => {$(
        #[test]
        fn $name() {
            type S = Rank3<4, 5, 3>;
            let x: Tensor<i64, S> = random_tensor(u64::from($ax as u8) * 31 + $len);
            let xh: Tensor<i64, S, Heap> = x.to_heap();
            let rev = x.view().flip::<0>();
            let n: usize = [4, 5, 3][$ax];
            let at = |src: &dyn Fn([usize; 3]) -> i64, start: usize, mut idx: [usize; 3]| {
                idx[$ax] += start;
                src(idx)
            };
            for start in 0..n + 2 {
                let fits = n.checked_sub($len).is_some_and(|last| start <= last);
                assert_eq!(x.get_window::<$ax, $len>(start).is_some(), fits);
                assert_eq!(xh.get_window::<$ax, $len>(start).is_some(), fits);
                assert_eq!(rev.get_window::<$ax, $len>(start).is_some(), fits);
                let mut z = xh.clone();
                assert_eq!(z.get_window_mut::<$ax, $len>(start).is_some(), fits);
                if !fits {
                    continue;
                }
                let (w, wh, wr) = (x.window::<$ax, $len>(start), xh.window::<$ax, $len>(start), rev.window::<$ax, $len>(start));
                let dims = w.shape();
                for i in 0..dims[0] {
                    for j in 0..dims[1] {
                        for k in 0..dims[2] {
                            let want = at(&|[a, b, c]| x[[a, b, c]], start, [i, j, k]);
                            let want_rev = at(&|[a, b, c]| x[[3 - a, b, c]], start, [i, j, k]);
                            assert_eq!((w[[i, j, k]], wh[[i, j, k]], wr[[i, j, k]]), (want, want, want_rev));
                        }
                    }
                }
                // Writes land exactly on the window.
                let mut y = xh.clone();
                y.window_mut::<$ax, $len>(start).fill(-1);
                z.get_window_mut::<$ax, $len>(start).unwrap().fill(-1);
                assert_eq!(z, y);
                for (idx, &v) in y.indexed_iter() {
                    let inside = (start..start + $len).contains(&idx[$ax]);
                    assert_eq!(v, if inside { -1 } else { x[idx] }, "{idx:?}");
                }
            }
        }
    )*};
}

window_cases! {
    window_axis0_len1: 0, 1;
    window_axis0_len3: 0, 3;
    window_axis1_len2: 1, 2;
    window_axis1_whole: 1, 5;
    window_axis2_len2: 2, 2;
    window_axis2_empty: 2, 0;
}

#[test]
#[should_panic(expected = "window 4..6 is out of bounds for axis 1 of size 5")]
fn window_past_the_end_panics_with_the_range() {
    let x = Tensor::<i32, Rank2<2, 5>>::arange();
    let _ = x.window::<1, 2>(4);
}

#[test]
fn window_on_a_negative_axis_counts_from_the_end() {
    let x = Tensor::<i32, Rank2<3, 4>>::arange();
    assert_eq!(x.window::<-1, 2>(1), x.window::<1, 2>(1));
}

/// Chunks against `x[i*B:(i+1)*B]` by index, forwards and backwards, with the remainder.
macro_rules! chunk_cases {
    ($($name:ident: $S:ty, $ax:literal, $b:literal, rest $r:literal;)*) => {$(
        #[test]
        fn $name() {
            let xi: Tensor<i64, $S> = random_tensor($b * 7 + $ax);
            let x: Tensor<i64, $S, Heap> = xi.to_heap();
            let n = <$S as tensorial::Shape>::DIMS[$ax];
            // Inline storage and a reversed (negative-stride) view chunk alike.
            assert!(xi.chunks::<$ax, $b>().eq(x.chunks::<$ax, $b>()));
            for (c, chunk) in x.view().flip::<$ax>().chunks::<$ax, $b>().enumerate() {
                for (idx, &v) in chunk.to_tensor().indexed_iter() {
                    let mut src = idx;
                    src[$ax] = n - 1 - (c * $b + idx[$ax]);
                    assert_eq!(v, x[src]);
                }
            }
            let chunks = x.chunks::<$ax, $b>();
            assert_eq!((chunks.len(), chunks.remainder_len()), (n / $b, n % $b));
            // The length counts down as chunks are taken from either end.
            let mut it = chunks.clone();
            for left in (0..n / $b).rev() {
                let taken = if left % 2 == 0 { it.next() } else { it.next_back() };
                assert!(taken.is_some());
                assert_eq!((it.len(), it.size_hint()), (left, (left, Some(left))));
            }
            assert!(it.next().is_none() && it.next_back().is_none());
            let rest = chunks.remainder::<$r>();
            for (c, chunk) in chunks.clone().enumerate() {
                for (idx, &v) in chunk.to_tensor().indexed_iter() {
                    let mut src = idx;
                    src[$ax] += c * $b;
                    assert_eq!(v, x[src]);
                }
            }
            let backwards: Vec<_> = chunks.rev().map(|c| c.to_tensor()).collect();
            let forwards: Vec<_> = x.chunks::<$ax, $b>().map(|c| c.to_tensor()).collect();
            assert!(backwards.iter().rev().eq(forwards.iter()));
            for (idx, &v) in rest.to_tensor().indexed_iter() {
                let mut src = idx;
                src[$ax] += n - $r;
                assert_eq!(v, x[src]);
            }
        }
    )*};
}

chunk_cases! {
    chunks_with_a_remainder: Rank2<10, 3>, 0, 4, rest 2;
    chunks_dividing_the_axis: Rank2<3, 6>, 1, 2, rest 0;
    chunks_of_one: Rank1<5>, 0, 1, rest 0;
    chunks_of_the_whole_axis: Rank3<2, 3, 4>, 2, 4, rest 0;
    chunks_of_the_middle_axis: Rank3<2, 7, 2>, 1, 3, rest 1;
}

// ---------------------------------------------------------------------------------------------
// The stencils windows are for
// ---------------------------------------------------------------------------------------------

type Board = Tensor<u8, Rank2<12, 15>>;
type Inner = Tensor<u8, Rank2<10, 13>>;

/// Live neighbours of every inner cell: eight shifted 10×13 windows.
fn neighbours(z: &Board) -> Inner {
    let mut n = Inner::zeros();
    for di in 0..3 {
        for dj in 0..3 {
            if (di, dj) != (1, 1) {
                n += z.window::<0, 10>(di).window::<1, 13>(dj);
            }
        }
    }
    n
}

#[test]
fn game_of_life_neighbours_match_plain_loops() {
    let mut rng = Rng::new(3);
    let z = Board::from_fn(|_| u8::from(rng.bool()));
    let n = neighbours(&z);
    for i in 0..10 {
        for j in 0..13 {
            let mut want = 0;
            for di in 0..3 {
                for dj in 0..3 {
                    if (di, dj) != (1, 1) {
                        want += z[[i + di, j + dj]];
                    }
                }
            }
            assert_eq!(n[[i, j]], want, "cell ({i}, {j})");
        }
    }
}

/// `scipy.signal.correlate2d(img, k, mode='valid')`: nine windows times a kernel weight.
fn correlate3x3(
    img: &Tensor<f64, Rank2<9, 11>>,
    k: &Tensor<f64, Rank2<3, 3>>,
) -> Tensor<f64, Rank2<7, 9>> {
    let mut out = Tensor::zeros();
    for di in 0..3 {
        for dj in 0..3 {
            out += img.window::<0, 7>(di).window::<1, 9>(dj) * k[[di, dj]];
        }
    }
    out
}

#[test]
fn convolution_3x3_matches_plain_loops() {
    let img: Tensor<f64, Rank2<9, 11>> = random_tensor(11);
    let k: Tensor<f64, Rank2<3, 3>> = random_tensor(12);
    let got = correlate3x3(&img, &k);
    for i in 0..7 {
        for j in 0..9 {
            let mut want = 0.0;
            for di in 0..3 {
                for dj in 0..3 {
                    want += img[[i + di, j + dj]] * k[[di, dj]];
                }
            }
            assert!(
                (got[[i, j]] - want).abs() < 1e-12,
                "({i}, {j}): {} vs {want}",
                got[[i, j]]
            );
        }
    }
    // The same through a view: windows of a window.
    let v: View<'_, f64, Rank2<5, 5>> = img.view().window::<0, 5>(2).window::<1, 5>(3);
    assert_eq!(
        v.window::<0, 2>(1).window::<1, 2>(1),
        img.window::<0, 2>(3).window::<1, 2>(4)
    );
}

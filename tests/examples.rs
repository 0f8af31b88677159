//! The computations of the tutorial examples in `examples/`, checked against naive loops over
//! plain slices and nested `Vec`s written here, independently of the library ops they use.
//!
//! Each example file is compiled in as a module, so the tests call exactly the functions the
//! examples print (their `main`s are unused here, hence `allow(dead_code)`).

mod common;

use common::{Rng, assert_close};
use tensorial::prelude::*;

#[allow(dead_code)]
#[path = "../examples/normalize_images.rs"]
mod normalize_images;

#[allow(dead_code)]
#[path = "../examples/one_hot.rs"]
mod one_hot;

#[allow(dead_code)]
#[path = "../examples/segmentation.rs"]
mod segmentation;

#[allow(dead_code)]
#[path = "../examples/confusion_matrix.rs"]
mod confusion_matrix;

#[allow(dead_code)]
#[path = "../examples/mse_softmax_grad.rs"]
mod mse_softmax_grad;

#[allow(dead_code)]
#[path = "../examples/nearest_neighbours.rs"]
mod nearest_neighbours;

#[allow(dead_code)]
#[path = "../examples/game_of_life.rs"]
mod game_of_life;

#[allow(dead_code)]
#[path = "../examples/activations.rs"]
mod activations;

#[allow(dead_code)]
#[path = "../examples/matmul_spellings.rs"]
mod matmul_spellings;

#[allow(dead_code)]
#[path = "../examples/einsum_softmax_jacobian.rs"]
mod einsum_softmax_jacobian;

/// A tensor of independent uniform values in `[lo, hi)` from the test generator.
fn uniform<S: Shape, K: tensorial::Kind>(rng: &mut Rng, lo: f64, hi: f64) -> Tensor<f64, S, K> {
    Tensor::from_fn(|_| rng.uniform(lo, hi))
}

/// Row-major rows of a flat slice.
fn rows<T: Copy>(data: &[T], width: usize) -> Vec<Vec<T>> {
    data.chunks(width).map(<[T]>::to_vec).collect()
}

fn naive_mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

/// Population standard deviation (`ddof = 0`), two-pass.
fn naive_std(xs: &[f64]) -> f64 {
    let m = naive_mean(xs);
    (xs.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / xs.len() as f64).sqrt()
}

fn naive_softmax(xs: &[f64]) -> Vec<f64> {
    let m = xs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e: Vec<f64> = xs.iter().map(|x| (x - m).exp()).collect();
    let s: f64 = e.iter().sum();
    e.iter().map(|v| v / s).collect()
}

fn f64s(xs: &[f32]) -> Vec<f64> {
    xs.iter().map(|&x| f64::from(x)).collect()
}

// ---------------------------------------------------------------------------------------------
// normalize_images

#[test]
fn normalize_per_image_matches_row_loops() {
    use normalize_images::{PIXELS, fake_mnist, first_row_stats, normalize_per_image};
    const M: usize = 64;
    let x = fake_mnist::<M>(11);
    let got = normalize_per_image(&x);
    let mut want = Vec::with_capacity(M * PIXELS);
    for row in rows(&f64s(x.as_slice()), PIXELS) {
        let (m, s) = (naive_mean(&row), naive_std(&row));
        want.extend(row.iter().map(|v| (v - m) / s));
    }
    assert_close(&f64s(got.as_slice()), &want, 1e-4);
    for (m, s) in first_row_stats(&got) {
        assert!(
            m.abs() < 1e-5 && (s - 1.0).abs() < 1e-4,
            "mean {m}, std {s}"
        );
    }
}

#[test]
fn normalize_global_matches_loops() {
    use normalize_images::{fake_mnist, normalize_global};
    let x = fake_mnist::<32>(12);
    let data = f64s(x.as_slice());
    let (m, s) = (naive_mean(&data), naive_std(&data));
    let want: Vec<f64> = data.iter().map(|v| (v - m) / s).collect();
    assert_close(&f64s(normalize_global(&x).as_slice()), &want, 1e-4);
}

#[test]
fn global_std_stays_accurate_on_millions_of_f32() {
    use normalize_images::fake_mnist;
    let x = fake_mnist::<5_000>(13); // 3.9 M elements
    let data = f64s(x.as_slice());
    let (m, s) = (naive_mean(&data), naive_std(&data));
    let got = f64::from(x.std());
    assert!((f64::from(x.mean()) - m).abs() < 1e-6 * m.abs().max(1.0));
    assert!((got - s).abs() < 1e-4 * s, "std {got}, want {s}");
}

// ---------------------------------------------------------------------------------------------
// one_hot

#[test]
fn one_hot_matches_nested_vecs() {
    use one_hot::{labels_to_one_hot, one_hot_builtin};
    const N: usize = 37;
    const C: usize = 7;
    let mut rng = Rng::new(21);
    let labels = Tensor::<usize, Rank1<N>>::from_fn(|_| rng.index(C));
    let mut want = vec![vec![0.0; C]; N];
    for (i, &l) in labels.as_slice().iter().enumerate() {
        want[i][l] = 1.0;
    }
    let got = labels_to_one_hot::<N, C>(&labels);
    assert_eq!(rows(got.as_slice(), C), want);
    let as_u8 = Tensor::<u8, Rank1<N>>::from_fn(|[i]| labels[[i]] as u8);
    assert_eq!(rows(one_hot_builtin::<_, N, C>(&as_u8).as_slice(), C), want);
}

#[test]
#[should_panic(expected = "outside 0..5")]
fn one_hot_rejects_a_label_out_of_range() {
    let _ = one_hot::labels_to_one_hot::<2, 5>(&tensor![1usize, 5]);
}

// ---------------------------------------------------------------------------------------------
// segmentation

/// Index of the first largest value (NumPy `argmax`), by a plain loop.
fn naive_argmax(xs: &[f32]) -> usize {
    let mut best = 0;
    for (k, &v) in xs.iter().enumerate() {
        if v > xs[best] {
            best = k;
        }
    }
    best
}

#[test]
fn segmentation_argmax_unique_and_counts_match_loops() {
    use segmentation::{Scores, class_statistics, predict, tensor_arg_max};
    const H: usize = 17;
    const W: usize = 13;
    const C: usize = 20;
    let mut rng = Rng::new(31);
    // Quantized scores so that ties occur: the first maximum must win, as in NumPy.
    let scores = Scores::<H, W, C>::from_fn(|_| rng.index(8) as f32 / 8.0);
    let want: Vec<usize> = scores.as_slice().chunks(C).map(naive_argmax).collect();
    let prediction = predict(&scores);
    assert_eq!(prediction.as_slice(), &want[..]);
    assert_eq!(tensor_arg_max(&scores).as_slice(), &want[..]);

    let stats = class_statistics::<C, H, W>(&prediction);
    let mut want_unique = want.clone();
    want_unique.sort_unstable();
    want_unique.dedup();
    assert_eq!(stats.unique, want_unique);
    let mut want_counts = [0usize; C];
    want.iter().for_each(|&c| want_counts[c] += 1);
    assert_eq!(stats.counts.as_slice(), &want_counts);
    let mut want_after = [0usize; C];
    want.iter()
        .for_each(|&c| want_after[if c == 4 { 2 } else { c }] += 1);
    assert_eq!(stats.counts_after.as_slice(), &want_after);
    assert_eq!(stats.counts_after[[4]], 0);
}

// ---------------------------------------------------------------------------------------------
// confusion_matrix

#[test]
fn confusion_matrix_seed_case() {
    let mut cm = confusion_matrix::ConfusionMatrix::<2>::new();
    cm.add_observations(&tensor![1, 1, 0, 0, 0], &tensor![1, 1, 1, 0, 0]);
    assert_eq!(cm.counts(), tensor![[2, 0], [1, 2]]);
    let n = cm.normalized();
    assert_close(n.as_slice(), &[1.0, 0.0, 1.0 / 3.0, 2.0 / 3.0], 1e-15);
}

#[test]
fn confusion_matrix_streams_like_a_counting_loop() {
    use confusion_matrix::ConfusionMatrix;
    const C: usize = 5;
    const M: usize = 23;
    let mut rng = Rng::new(41);
    let mut cm = ConfusionMatrix::<C>::new();
    let mut flat = ConfusionMatrix::<C>::new();
    let mut want = vec![vec![0i32; C]; C];
    for _ in 0..30 {
        let truth = Tensor::<usize, Rank1<M>>::from_fn(|_| rng.index(C));
        let predicted = Tensor::<usize, Rank1<M>>::from_fn(|[k]| {
            if rng.unit() < 0.6 {
                truth[[k]]
            } else {
                rng.index(C)
            }
        });
        cm.add_observations(&predicted, &truth);
        flat.add_observations_flat::<M, { C * C }>(&predicted, &truth);
        for (&t, &p) in truth.iter().zip(predicted.iter()) {
            want[t][p] += 1;
        }
        assert_eq!(rows(cm.counts().as_slice(), C), want);
    }
    assert_eq!(flat.counts(), cm.counts());
    let normalized: Vec<f64> = want
        .iter()
        .flat_map(|row| {
            let total: i32 = row.iter().sum();
            assert!(total > 0);
            row.iter().map(move |&c| f64::from(c) / f64::from(total))
        })
        .collect();
    assert_close(cm.normalized().as_slice(), &normalized, 1e-15);
}

#[test]
fn confusion_matrix_empty_row_is_nan() {
    let mut cm = confusion_matrix::ConfusionMatrix::<3>::new();
    cm.add_observations(&tensor![0, 1], &tensor![0, 0]);
    let n = cm.normalized();
    assert_eq!(n.row(0).to_tensor(), tensor![0.5, 0.5, 0.0]);
    assert!(n.row(1).iter().all(|v| v.is_nan()));
}

// ---------------------------------------------------------------------------------------------
// mse_softmax_grad

/// `mean((softmax(y) - t)²)` over all `B × C` elements, by loops.
fn naive_mse_softmax_loss(input: &[f64], target: &[f64], c: usize) -> f64 {
    let mut total = 0.0;
    for (y, t) in input.chunks(c).zip(target.chunks(c)) {
        let s = naive_softmax(y);
        total += s.iter().zip(t).map(|(s, t)| (s - t) * (s - t)).sum::<f64>();
    }
    total / input.len() as f64
}

/// `dl/dy[b][j] = 2/(B·C) Σ_i (s_i - t_i) s_i (1{i=j} - s_j)`, by loops.
fn naive_mse_softmax_grad(input: &[f64], target: &[f64], c: usize) -> Vec<f64> {
    let b = input.len() / c;
    let mut grad = Vec::with_capacity(input.len());
    for (y, t) in input.chunks(c).zip(target.chunks(c)) {
        let s = naive_softmax(y);
        for j in 0..c {
            let mut g = 0.0;
            for i in 0..c {
                let delta = if i == j { 1.0 } else { 0.0 };
                g += (s[i] - t[i]) * s[i] * (delta - s[j]);
            }
            grad.push(2.0 / (b * c) as f64 * g);
        }
    }
    grad
}

#[test]
fn mse_softmax_gradient_matches_the_formula_by_loops() {
    use mse_softmax_grad::{gradient, gradient_loop, gradient_one_example, loss};
    const B: usize = 3;
    const C: usize = 6;
    let mut rng = Rng::new(51);
    for _ in 0..5 {
        let input = uniform::<Rank2<B, C>, Inline>(&mut rng, -3.0, 3.0);
        // Soft targets (not only one-hot) exercise every term of the formula.
        let target = uniform::<Rank2<B, C>, Inline>(&mut rng, 0.0, 1.0);
        let want = naive_mse_softmax_grad(input.as_slice(), target.as_slice(), C);
        assert_close(gradient(input, target).as_slice(), &want, 1e-12);
        assert_close(gradient_loop(input, target).as_slice(), &want, 1e-12);
        let one = gradient_one_example(input.row(1).to_tensor(), target.row(1).to_tensor());
        let want_one: Vec<f64> = want[C..2 * C].iter().map(|g| g * B as f64).collect();
        assert_close(one.as_slice(), &want_one, 1e-12);
        let l = naive_mse_softmax_loss(input.as_slice(), target.as_slice(), C);
        assert!((loss(input, target) - l).abs() < 1e-14);
    }
}

#[test]
fn mse_softmax_gradient_matches_central_finite_differences() {
    use mse_softmax_grad::gradient;
    const B: usize = 4;
    const C: usize = 5;
    let mut rng = Rng::new(52);
    let h = 1e-5;
    for _ in 0..5 {
        let input = uniform::<Rank2<B, C>, Inline>(&mut rng, -2.0, 2.0);
        let labels: Vec<usize> = (0..B).map(|_| rng.index(C)).collect();
        let target = Tensor::<f64, Rank2<B, C>>::from_fn(|[b, c]| f64::from(labels[b] == c));
        let got = gradient(input, target);
        let x = input.as_slice().to_vec();
        for k in 0..B * C {
            let (mut up, mut down) = (x.clone(), x.clone());
            up[k] += h;
            down[k] -= h;
            let numeric = (naive_mse_softmax_loss(&up, target.as_slice(), C)
                - naive_mse_softmax_loss(&down, target.as_slice(), C))
                / (2.0 * h);
            let g = got.as_slice()[k];
            assert!(
                (g - numeric).abs() < 1e-9,
                "element {k}: gradient {g}, finite differences {numeric}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// nearest_neighbours

#[test]
fn pairwise_distances_and_neighbours_match_loops() {
    use nearest_neighbours::{nearest, pairwise_sq_distances};
    const N: usize = 10;
    let mut rng = Rng::new(61);
    for _ in 0..5 {
        let x = uniform::<Rank2<N, 2>, Inline>(&mut rng, 0.0, 1.0);
        let p = rows(x.as_slice(), 2);
        let want: Vec<Vec<f64>> = p
            .iter()
            .map(|a| {
                p.iter()
                    .map(|b| (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2))
                    .collect()
            })
            .collect();
        let dist_sq = pairwise_sq_distances(x);
        assert_close(dist_sq.as_slice(), &want.concat(), 1e-14);

        let got = nearest::<2, 3, N>(&dist_sq);
        let sorted = dist_sq.argsort::<1>();
        for (i, row) in want.iter().enumerate() {
            let mut order: Vec<usize> = (0..N).collect();
            order.sort_by(|&a, &b| row[a].total_cmp(&row[b]));
            assert_eq!(order[0], i, "a point is its own nearest point");
            assert_eq!(&got.as_slice()[2 * i..2 * i + 2], &order[1..3]);
            assert_eq!(&sorted.as_slice()[N * i..N * (i + 1)], &order[..]);
        }
    }
}

#[test]
fn pairwise_distances_work_in_three_dimensions() {
    use nearest_neighbours::pairwise_sq_distances;
    let mut rng = Rng::new(62);
    let x = uniform::<Rank2<7, 3>, Inline>(&mut rng, -1.0, 1.0);
    let p = rows(x.as_slice(), 3);
    let want: Vec<f64> = p
        .iter()
        .flat_map(|a| {
            p.iter()
                .map(|b| a.iter().zip(b).map(|(u, v)| (u - v) * (u - v)).sum::<f64>())
                .collect::<Vec<_>>()
        })
        .collect();
    assert_close(pairwise_sq_distances(x).as_slice(), &want, 1e-14);
}

// ---------------------------------------------------------------------------------------------
// game_of_life

/// `convolve2d(z, [[1,1,1],[1,0,1],[1,1,1]], mode='valid')` by loops over nested `Vec`s.
fn naive_neighbours(z: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let (h, w) = (z.len(), z[0].len());
    let mut n = vec![vec![0u8; w - 2]; h - 2];
    for i in 0..h - 2 {
        for j in 0..w - 2 {
            for di in 0..3 {
                for dj in 0..3 {
                    if (di, dj) != (1, 1) {
                        n[i][j] += z[i + di][j + dj];
                    }
                }
            }
        }
    }
    n
}

/// One generation by the rules, with a dead border, by loops.
fn naive_step(z: &[Vec<u8>]) -> Vec<Vec<u8>> {
    let n = naive_neighbours(z);
    let mut next = vec![vec![0u8; z[0].len()]; z.len()];
    for (i, row) in n.iter().enumerate() {
        for (j, &count) in row.iter().enumerate() {
            let alive = z[i + 1][j + 1] == 1;
            let lives = count == 3 || (alive && count == 2);
            next[i + 1][j + 1] = u8::from(lives);
        }
    }
    next
}

#[test]
fn game_of_life_matches_a_valid_convolution_for_many_generations() {
    use game_of_life::{Board, H, W, iterate, neighbours};
    let mut rng = Rng::new(71);
    for _ in 0..3 {
        let mut z = Board::from_fn(|_| u8::from(rng.bool()));
        let mut want = rows(z.as_slice(), W);
        for generation in 0..40 {
            assert_eq!(
                rows(neighbours(&z).as_slice(), W - 2),
                naive_neighbours(&want),
                "neighbour counts, generation {generation}"
            );
            iterate(&mut z);
            want = naive_step(&want);
            assert_eq!(
                rows(z.as_slice(), W),
                want,
                "board, generation {generation}"
            );
        }
        assert_eq!(want.len(), H);
    }
}

#[test]
fn glider_moves_one_cell_diagonally_every_four_generations() {
    use game_of_life::{Board, glider, iterate};
    let mut z = glider();
    for _ in 0..4 {
        iterate(&mut z);
    }
    let moved = Board::from_fn(|[i, j]| {
        if i > 0 && j > 0 {
            glider()[[i - 1, j - 1]]
        } else {
            0
        }
    });
    assert_eq!(z, moved);
}

// ---------------------------------------------------------------------------------------------
// activations

#[test]
fn relu_and_sigmoid_match_loops() {
    use activations::{relu, sigmoid};
    let mut rng = Rng::new(81);
    let x = Tensor::<i64, Rank1<12>>::from_fn(|_| rng.int(-5, 5));
    let want: Vec<i64> = x.iter().map(|&v| if v > 0 { v } else { 0 }).collect();
    assert_eq!(relu(x).as_slice(), &want[..]);

    let x = uniform::<Rank1<9>, Inline>(&mut rng, -8.0, 8.0);
    let want: Vec<f64> = x.iter().map(|v| 1.0 / (1.0 + (-v).exp())).collect();
    assert_close(sigmoid(x).as_slice(), &want, 1e-15);
    let ends = sigmoid(tensor![0.0, f64::NEG_INFINITY, f64::INFINITY]);
    assert_eq!(ends.as_slice(), &[0.5, 0.0, 1.0]);
}

#[test]
fn softmax_variants_match_loops() {
    use activations::{softmax_all, softmax_axis0, softmax_axis1, stable_softmax};
    const B: usize = 4;
    const H: usize = 5;
    let mut rng = Rng::new(82);
    let x = uniform::<Rank2<B, H>, Inline>(&mut rng, -3.0, 3.0);
    let data = x.as_slice();

    // axis=None: one softmax over all elements.
    assert_close(softmax_all(x).as_slice(), &naive_softmax(data), 1e-14);
    // axis=1: per row.
    let by_row: Vec<f64> = data.chunks(H).flat_map(naive_softmax).collect();
    assert_close(softmax_axis1(x).as_slice(), &by_row, 1e-14);
    assert_close(stable_softmax(x).as_slice(), &by_row, 1e-14);
    // axis=0: per column.
    let mut by_col = vec![0.0; B * H];
    for j in 0..H {
        let col: Vec<f64> = (0..B).map(|i| data[i * H + j]).collect();
        for (i, v) in naive_softmax(&col).into_iter().enumerate() {
            by_col[i * H + j] = v;
        }
    }
    assert_close(softmax_axis0(x).as_slice(), &by_col, 1e-14);

    // Stability: logits near 800 overflow `exp` unless the max is subtracted first.
    let big = x + 800.0;
    let shifted: Vec<f64> = big.as_slice().chunks(H).flat_map(naive_softmax).collect();
    assert_close(stable_softmax(big).as_slice(), &shifted, 1e-12);
    assert!(softmax_axis1(big).iter().all(|v| v.is_nan()));
}

#[test]
fn layernorm_matches_loops() {
    use activations::layernorm;
    const H: usize = 4;
    let mut rng = Rng::new(83);
    let x = Tensor::<f64, Rank3<2, 3, H>>::from_fn(|_| rng.uniform(-100.0, 300.0));
    let mut want = Vec::new();
    for lane in x.as_slice().chunks(H) {
        let m = naive_mean(lane);
        let var = lane.iter().map(|v| (v - m) * (v - m)).sum::<f64>() / H as f64;
        want.extend(lane.iter().map(|v| (v - m) / (var + 1e-8).sqrt()));
    }
    assert_close(layernorm(x).as_slice(), &want, 1e-12);
}

// ---------------------------------------------------------------------------------------------
// matmul_spellings

/// `a (m, k) @ b (k, n)` by the triple loop.
fn naive_matmul(a: &[f64], b: &[f64], m: usize, k: usize, n: usize) -> Vec<f64> {
    let mut out = vec![0.0; m * n];
    for i in 0..m {
        for j in 0..n {
            for p in 0..k {
                out[i * n + j] += a[i * k + p] * b[p * n + j];
            }
        }
    }
    out
}

#[test]
fn projection_spellings_agree_with_the_triple_loop() {
    use matmul_spellings::{logits, projections};
    let mut rng = Rng::new(91);
    let x = uniform::<Rank2<5, 3>, Inline>(&mut rng, -1.0, 1.0);
    let y = uniform::<Rank2<3, 4>, Inline>(&mut rng, -1.0, 1.0);
    let want = naive_matmul(x.as_slice(), y.as_slice(), 5, 3, 4);
    for p in projections(x, y) {
        assert_close(p.as_slice(), &want, 1e-14);
    }
    let v = uniform::<Rank1<3>, Inline>(&mut rng, -1.0, 1.0);
    let want = naive_matmul(x.as_slice(), v.as_slice(), 5, 3, 1);
    for p in logits(x, v) {
        assert_close(p.as_slice(), &want, 1e-14);
    }
}

#[test]
fn multi_head_spellings_agree_with_loops() {
    use matmul_spellings::{queries_dot, queries_einsum, queries_matmul};
    const B: usize = 2;
    const T: usize = 3;
    const F: usize = 6;
    const N: usize = 4;
    const H: usize = 3;
    let mut rng = Rng::new(92);
    let x = uniform::<Rank3<B, T, F>, Inline>(&mut rng, -1.0, 1.0);
    let xs = x.as_slice();

    // np.matmul with y (B, F, H): batch b multiplies x[b] (T, F) by y[b] (F, H).
    let y = uniform::<Rank3<B, F, H>, Inline>(&mut rng, -1.0, 1.0);
    let want: Vec<f64> = (0..B)
        .flat_map(|b| {
            naive_matmul(
                &xs[b * T * F..(b + 1) * T * F],
                &y.as_slice()[b * F * H..(b + 1) * F * H],
                T,
                F,
                H,
            )
        })
        .collect();
    assert_close(queries_matmul(x, y).as_slice(), &want, 1e-14);

    // np.dot with y (N, F, H): out[b, t, n, h] = Σ_f x[b, t, f] y[n, f, h].
    let y = uniform::<Rank3<N, F, H>, Inline>(&mut rng, -1.0, 1.0);
    let ys = y.as_slice();
    let mut want = vec![0.0; B * T * N * H];
    for b in 0..B {
        for t in 0..T {
            for n in 0..N {
                for h in 0..H {
                    want[((b * T + t) * N + n) * H + h] = (0..F)
                        .map(|f| xs[(b * T + t) * F + f] * ys[(n * F + f) * H + h])
                        .sum();
                }
            }
        }
    }
    assert_close(queries_dot(x, y).as_slice(), &want, 1e-14);

    // einsum "btf,fnh->btnh" with y (F, N, H): the same sum with y indexed [f, n, h].
    let y = uniform::<Rank3<F, N, H>, Inline>(&mut rng, -1.0, 1.0);
    let ys = y.as_slice();
    for b in 0..B {
        for t in 0..T {
            for n in 0..N {
                for h in 0..H {
                    want[((b * T + t) * N + n) * H + h] = (0..F)
                        .map(|f| xs[(b * T + t) * F + f] * ys[(f * N + n) * H + h])
                        .sum();
                }
            }
        }
    }
    assert_close(queries_einsum(x, y).as_slice(), &want, 1e-14);
}

// ---------------------------------------------------------------------------------------------
// einsum_softmax_jacobian

/// `dAdZ[i, j, k] = ∂a[i, k]/∂z[j, k]` for `(n, b)` activations in column layout, by the
/// notebook's loop with the conditional.
fn naive_softmax_jacobian(a: &[f64], n: usize, b: usize) -> Vec<f64> {
    let mut out = vec![0.0; n * n * b];
    for i in 0..n {
        for j in 0..n {
            for k in 0..b {
                out[(i * n + j) * b + k] = if i == j {
                    a[i * b + k] * (1.0 - a[i * b + k])
                } else {
                    -a[j * b + k] * a[i * b + k]
                };
            }
        }
    }
    out
}

/// `dLdZ[i, j] = Σ_k dAdZ[i, k, j]·dLdA[k, j]`, the notebook's loop.
fn naive_chain(dadz: &[f64], dlda: &[f64], n: usize, b: usize) -> Vec<f64> {
    let mut out = vec![0.0; n * b];
    for i in 0..n {
        for j in 0..b {
            for k in 0..n {
                out[i * b + j] += dadz[(i * n + k) * b + j] * dlda[k * b + j];
            }
        }
    }
    out
}

fn einsum_jacobian_case<const N: usize, const B: usize>(seed: u64) {
    use einsum_softmax_jacobian::{
        chain, nll_gradient, nll_softmax_gradient, softmax_jacobian, targets,
    };
    let mut rng = Rng::new(seed);
    let z = uniform::<Rank2<N, B>, Inline>(&mut rng, -3.0, 3.0);
    // softmax along axis 0 by loops, one column at a time
    let mut a_loops = vec![0.0; N * B];
    for k in 0..B {
        let col: Vec<f64> = (0..N).map(|i| z.as_slice()[i * B + k]).collect();
        for (i, v) in naive_softmax(&col).into_iter().enumerate() {
            a_loops[i * B + k] = v;
        }
    }
    let a = z.softmax::<0>();
    assert_close(a.as_slice(), &a_loops, 1e-14);

    let labels = Tensor::<usize, Rank1<B>>::from_fn(|_| rng.index(N));
    let y = targets::<N, B>(&labels);
    let mut y_loops = vec![0.0; N * B];
    for k in 0..B {
        y_loops[labels[[k]] * B + k] = 1.0;
    }
    assert_eq!(y.as_slice(), &y_loops[..]);

    let dadz = softmax_jacobian(&a);
    let dadz_loops = naive_softmax_jacobian(a.as_slice(), N, B);
    assert_close(dadz.as_slice(), &dadz_loops, 1e-15);

    let dlda = nll_gradient(&a, &y);
    let dlda_loops: Vec<f64> = y_loops.iter().zip(&a_loops).map(|(y, a)| -y / a).collect();
    assert_close(dlda.as_slice(), &dlda_loops, 1e-12);

    let dldz = chain(&dadz, &dlda);
    assert_close(
        dldz.as_slice(),
        &naive_chain(&dadz_loops, &dlda_loops, N, B),
        1e-12,
    );
    // and the closed form: softmax minus one-hot
    let a_minus_y: Vec<f64> = a_loops.iter().zip(&y_loops).map(|(a, y)| a - y).collect();
    assert_close(nll_softmax_gradient(&a, &y).as_slice(), &a_minus_y, 1e-12);

    // `chain` on any (n, n, b) and (n, b), not only a Jacobian
    let t = uniform::<Rank3<N, N, B>, Inline>(&mut rng, -1.0, 1.0);
    let v = uniform::<Rank2<N, B>, Inline>(&mut rng, -1.0, 1.0);
    assert_close(
        chain(&t, &v).as_slice(),
        &naive_chain(t.as_slice(), v.as_slice(), N, B),
        1e-14,
    );
}

#[test]
fn einsum_softmax_jacobian_matches_the_notebook_loops() {
    // 5 x 5 x 4 runs as the generated loop nest, 16 x 16 x 12 pairwise on the GEMM.
    einsum_jacobian_case::<5, 4>(101);
    einsum_jacobian_case::<16, 12>(102);
    einsum_jacobian_case::<1, 3>(103);
}

#[test]
fn einsum_seed_case_gives_a_minus_y() {
    use einsum_softmax_jacobian::{nll_softmax_gradient, targets};
    let a = tensor![[0.2, 0.5], [0.5, 0.1], [0.3, 0.4]];
    let y = targets::<3, 2>(&tensor![0, 2]);
    assert_eq!(y.as_slice(), &[1.0, 0.0, 0.0, 0.0, 0.0, 1.0]);
    assert_close(
        nll_softmax_gradient(&a, &y).as_slice(),
        &[-0.8, 0.5, 0.5, 0.1, 0.3, -0.6],
        1e-12,
    );
}

/// `q[b, t, n, h] = Σ_f x[b, t, f]·y[f, n, h]` by loops.
fn naive_btf_fnh(
    x: &[f64],
    y: &[f64],
    (b, t, f, n, h): (usize, usize, usize, usize, usize),
) -> Vec<f64> {
    let mut out = vec![0.0; b * t * n * h];
    for bi in 0..b {
        for ti in 0..t {
            for ni in 0..n {
                for hi in 0..h {
                    for fi in 0..f {
                        out[((bi * t + ti) * n + ni) * h + hi] +=
                            x[(bi * t + ti) * f + fi] * y[(fi * n + ni) * h + hi];
                    }
                }
            }
        }
    }
    out
}

#[test]
fn einsum_seed_projection_matches_loops() {
    use einsum_softmax_jacobian::{queries, seed_002_x, seed_002_y};
    let (x, y) = (seed_002_x(), seed_002_y());
    let want = naive_btf_fnh(x.as_slice(), y.as_slice(), (2, 3, 6, 2, 3));
    assert_close(queries(&x, &y).as_slice(), &want, 1e-14);

    // Larger than the direct-loop limit: pairwise on the GEMM.
    let mut rng = Rng::new(104);
    let x = uniform::<Rank3<4, 6, 24>, Inline>(&mut rng, -1.0, 1.0);
    let y = uniform::<Rank3<24, 4, 6>, Inline>(&mut rng, -1.0, 1.0);
    let want = naive_btf_fnh(x.as_slice(), y.as_slice(), (4, 6, 24, 4, 6));
    assert_close(queries(&x, &y).as_slice(), &want, 1e-13);
}

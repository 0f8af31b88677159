//! Every differentiable op against f64 central differences (`gradcheck`), on random values and
//! shapes with size-1, `Bcast` and missing axes; plus the seed tutorials' hand-derived gradients.

use tensorial::autodiff::{Var, gradcheck};
use tensorial::prelude::*;

fn rand<S: Shape, K: tensorial::Kind>(seed: u64) -> Tensor<f64, S, K> {
    Tensor::uniform(&mut SeededRng::new(seed), -1.0, 1.0)
}

/// Values in `[0.5, 2)`: away from the kinks and poles of `ln`, `sqrt`, `recip`, `abs`, `relu`.
fn positive<S: Shape>(seed: u64) -> Tensor<f64, S> {
    Tensor::uniform(&mut SeededRng::new(seed), 0.5, 2.0)
}

/// A smooth scalar of `v` whose gradient differs per element: `Σ w ⊙ v` with fixed weights.
fn weigh<S, K>(v: &Var<f64, S, K>) -> Var<f64, ()>
where
    S: tensorial::BroadcastShape<S>,
    K: tensorial::Combine<K>,
{
    let w = Tensor::<f64, S, K>::uniform(&mut SeededRng::new(99), 0.5, 1.5);
    (v * w).sum()
}

#[test]
fn broadcasting_arithmetic() {
    let a = rand::<(Const<3>, Bcast), Inline>(1);
    let b = rand::<Rank1<4>, Inline>(2);
    let b_pos = positive::<Rank1<4>>(3);
    gradcheck(|a| weigh(&(a + b)), &a).unwrap();
    gradcheck(|a| weigh(&(a - b)), &a).unwrap();
    gradcheck(|a| weigh(&(a * b)), &a).unwrap();
    gradcheck(|a| weigh(&(a / b_pos)), &a).unwrap();
    let a_pos = positive::<(Const<3>, Bcast)>(4);
    gradcheck(|b| weigh(&(Var::constant(a) + b)), &b).unwrap();
    gradcheck(|b| weigh(&(Var::constant(a) - b)), &b).unwrap();
    gradcheck(|b| weigh(&(Var::constant(a) * b)), &b).unwrap();
    gradcheck(|b| weigh(&(Var::constant(a_pos) / b)), &b_pos).unwrap();
    // Missing leading axes and a rank-3 target.
    let c = rand::<Rank3<2, 3, 4>, Heap>(5);
    gradcheck(|b| weigh(&(b * &c)), &b).unwrap();
    gradcheck(|c| weigh(&(c * b)), &c).unwrap();
    // Scalars on both sides, and negation.
    gradcheck(|b| weigh(&(2.5 * b - 1.0)), &b).unwrap();
    gradcheck(|b| weigh(&(1.0 / (b * b + 1.0))), &b).unwrap();
    gradcheck(|b| weigh(&-b), &b).unwrap();
    // Two tracked operands at once: each gets its own gradient.
    let (va, vb) = (Var::param(a), Var::param(b));
    let grads = weigh(&(&va * &vb)).backward();
    let (ga, gb) = (grads.wrt(&va), grads.wrt(&vb));
    gradcheck(|a| weigh(&(a * b)), &a).unwrap();
    assert_eq!(ga.shape(), [3, 1]);
    assert_eq!(gb.shape(), [4]);
}

#[test]
fn a_value_used_twice_gets_both_contributions() {
    let x = rand::<Rank2<2, 3>, Inline>(10);
    gradcheck(|x| weigh(&(x * x + x)), &x).unwrap();
    let v = Var::param(x);
    let g = (&v * &v).sum().backward().wrt(&v);
    assert!(g.allclose(&(x * 2.0), 1e-15, 0.0));
}

#[test]
fn elementwise_math() {
    let x = rand::<Rank2<3, 4>, Inline>(20);
    let p = positive::<Rank2<3, 4>>(21);
    gradcheck(|x| weigh(&x.exp()), &x).unwrap();
    gradcheck(|x| weigh(&x.tanh()), &x).unwrap();
    gradcheck(|x| weigh(&x.sigmoid()), &x).unwrap();
    gradcheck(|x| weigh(&x.sin()), &x).unwrap();
    gradcheck(|x| weigh(&x.cos()), &x).unwrap();
    gradcheck(|x| weigh(&x.powi(3)), &x).unwrap();
    gradcheck(|p| weigh(&p.ln()), &p).unwrap();
    gradcheck(|p| weigh(&p.sqrt()), &p).unwrap();
    gradcheck(|p| weigh(&p.recip()), &p).unwrap();
    let signed = p * tensor![1.0, -1.0, 1.0, -1.0]; // away from 0
    gradcheck(|s| weigh(&s.abs()), &signed).unwrap();
    gradcheck(|s| weigh(&s.relu()), &signed).unwrap();
    gradcheck(|s| weigh(&s.clip(-1.2, 1.3)), &signed).unwrap();
    let other = rand::<Rank1<4>, Inline>(22) * 3.0; // no ties with `signed`
    gradcheck(|s| weigh(&s.maximum(other)), &signed).unwrap();
    gradcheck(|s| weigh(&s.minimum(other)), &signed).unwrap();
    gradcheck(|o| weigh(&Var::constant(signed).maximum(o)), &other).unwrap();
    gradcheck(|o| weigh(&Var::constant(signed).minimum(o)), &other).unwrap();
}

#[test]
fn subgradients_at_kinks_are_the_documented_ones() {
    let x = Var::param(tensor![-1.0, 0.0, 1.0]);
    assert_eq!(x.relu().sum().backward().wrt(&x), tensor![0.0, 0.0, 1.0]);
    assert_eq!(x.abs().sum().backward().wrt(&x), tensor![-1.0, 0.0, 1.0]);
    assert_eq!(
        x.clip(0.0, 1.0).sum().backward().wrt(&x),
        tensor![0.0, 1.0, 1.0]
    );
    let y = Var::param(tensor![0.0, 0.0, 0.0]);
    let m = x.maximum(&y).sum().backward();
    assert_eq!(m.wrt(&x), tensor![0.0, 0.5, 1.0]);
    assert_eq!(m.wrt(&y), tensor![1.0, 0.5, 0.0]);
    let n = x.minimum(&y).sum().backward();
    assert_eq!(n.wrt(&x), tensor![1.0, 0.5, 0.0]);
}

#[test]
fn reductions() {
    let x = rand::<Rank3<2, 3, 4>, Heap>(30);
    gradcheck(|x| x.sum() * x.sum(), &x).unwrap();
    gradcheck(|x| x.mean() * x.mean(), &x).unwrap();
    gradcheck(|x| weigh(&x.sum_axis::<0>().tanh()), &x).unwrap();
    gradcheck(|x| weigh(&x.sum_axis::<-1>().tanh()), &x).unwrap();
    gradcheck(|x| weigh(&x.mean_axis::<1>().tanh()), &x).unwrap();
    gradcheck(|x| weigh(&(x - x.mean_keepdims::<2>()).tanh()), &x).unwrap();
    gradcheck(|x| weigh(&(x * x.sum_keepdims::<0>())), &x).unwrap();
    let b = rand::<(Const<2>, Bcast), Inline>(31);
    gradcheck(|b| weigh(&b.sum_axis::<1>()), &b).unwrap();
}

#[test]
fn matrix_products_in_every_rank_combination() {
    let (a, b) = (
        rand::<Rank2<3, 4>, Inline>(40),
        rand::<Rank2<4, 5>, Inline>(41),
    );
    gradcheck(|a| weigh(&a.matmul(b)), &a).unwrap();
    gradcheck(|b| weigh(&Var::constant(a).matmul(b)), &b).unwrap();
    let (v, u) = (rand::<Rank1<4>, Inline>(42), rand::<Rank1<3>, Inline>(43));
    gradcheck(|v| weigh(&Var::constant(a).matmul(v)), &v).unwrap(); // (M, K) @ (K,)
    gradcheck(|u| weigh(&u.matmul(a)), &u).unwrap(); // (K,) @ (K, N)
    gradcheck(|v| v.matmul(v).sum(), &v).unwrap(); // (K,) @ (K,)
    // Batched with a shared right matrix, and broadcast batch axes (Bcast and missing).
    let x = rand::<Rank3<2, 3, 4>, Heap>(44);
    gradcheck(|x| weigh(&x.matmul(b)), &x).unwrap();
    gradcheck(|b| weigh(&Var::constant(x.clone()).matmul(b)), &b).unwrap();
    let y = rand::<(Bcast, Const<2>, Const<4>, Const<2>), Heap>(45);
    let z = rand::<(Const<3>, Bcast, Const<2>, Const<4>), Heap>(46);
    gradcheck(|y| weigh(&Var::constant(z.clone()).matmul(y)), &y).unwrap();
    gradcheck(|z| weigh(&z.matmul(&y)), &z).unwrap();
    // A linear layer: the bias's gradient sums over the rows (and the batch) it was added to.
    let c = rand::<Rank1<5>, Inline>(47);
    gradcheck(|a| weigh(&a.matmul_add(b, c)), &a).unwrap();
    gradcheck(|b| weigh(&Var::constant(a).matmul_add(b, c)), &b).unwrap();
    gradcheck(|c| weigh(&Var::constant(a).matmul_add(b, c)), &c).unwrap();
    let layer = Var::constant(a).matmul_add(b, Var::param(c));
    assert!(layer.value().allclose(&a.matmul_add(&b, c), 1e-12, 1e-12));
    gradcheck(|c| weigh(&Var::constant(x.clone()).matmul_add(b, c)), &c).unwrap();
    let r = rand::<(Const<3>, Bcast), Inline>(48);
    gradcheck(|r| weigh(&Var::constant(a).matmul_add(b, r)), &r).unwrap();
}

#[test]
fn softmax_family_and_losses() {
    let x = rand::<Rank2<3, 5>, Inline>(50);
    gradcheck(|x| weigh(&x.softmax::<-1>()), &x).unwrap();
    gradcheck(|x| weigh(&x.softmax::<0>()), &x).unwrap();
    gradcheck(|x| weigh(&x.log_softmax::<-1>()), &x).unwrap();
    gradcheck(|x| weigh(&x.log_softmax::<0>()), &x).unwrap();
    let target = rand::<Rank2<3, 5>, Inline>(51);
    gradcheck(|x| x.mse_loss(&target), &x).unwrap();
    let labels = tensor![4usize, 0, 2];
    gradcheck(|x| x.cross_entropy(&labels), &x).unwrap();
    gradcheck(|x| x.tanh().cross_entropy(&labels) * 3.0, &x).unwrap();
}

/// Seed 001: `(3, 1) + (1, 4)` then sum: each of the 3 gets 4, each of the 4 gets 3.
#[test]
fn seed_001_broadcast_add_gradients() {
    let a = Var::param(Tensor::<f64, (Const<3>, Bcast)>::ones());
    let b = Var::param(Tensor::<f64, (Bcast, Const<4>)>::ones());
    let grads = (&a + &b).sum().backward();
    assert_eq!(grads.wrt(&a), Tensor::<f64, (Const<3>, Bcast)>::full(4.0));
    assert_eq!(grads.wrt(&b), Tensor::<f64, (Bcast, Const<4>)>::full(3.0));
    // tanh(3x − 2) against finite differences, and against the hand derivative 3(1 − tanh²).
    let x = tensor![-1.0, 0.25, 0.5, 2.0];
    gradcheck(|x| (x * 3.0 - 2.0).tanh().sum(), &x).unwrap();
    let v = Var::param(x);
    let g = (&v * 3.0 - 2.0).tanh().sum().backward().wrt(&v);
    let want = x.map(|x| 3.0 * (1.0 - (3.0 * x - 2.0).tanh().powi(2)));
    assert!(g.allclose(&want, 1e-15, 1e-15));
}

/// Seed 000: the batched MSE of a softmax, whose hand-derived gradient is
/// `(2/N)·s ⊙ ((s − y) − Σ_c (s − y) ⊙ s)` per row.
#[test]
fn seed_000_mse_softmax_gradient() {
    let z = rand::<Rank2<4, 3>, Inline>(60);
    let y = Tensor::<f64, Rank2<4, 3>>::uniform(&mut SeededRng::new(61), 0.0, 1.0);
    let v = Var::param(z);
    let g = v.softmax::<-1>().mse_loss(&y).backward().wrt(&v);
    let s = z.softmax::<-1>();
    let n = 12.0;
    let want = Tensor::<f64, Rank2<4, 3>>::from_fn(|[i, j]| {
        let dot: f64 = (0..3).map(|c| (s[[i, c]] - y[[i, c]]) * s[[i, c]]).sum();
        2.0 / n * s[[i, j]] * ((s[[i, j]] - y[[i, j]]) - dot)
    });
    assert!(g.allclose(&want, 1e-14, 1e-14), "{g:?} vs {want:?}");
}

#[test]
fn parameters_the_loss_ignores_have_zero_gradients() {
    let w = Var::param(tensor![1.0, 2.0]);
    let unused = Var::param(tensor![[1.0, 2.0], [3.0, 4.0]]);
    let grads = w.sum().backward();
    assert_eq!(grads.wrt(&unused), Tensor::<f64, Rank2<2, 2>>::zeros());
    assert_eq!(grads.wrt(&w), tensor![1.0, 1.0]);
    // A constant stops the gradient; a detached value too.
    let grads = (&w.detach() * &w).sum().backward();
    assert_eq!(grads.wrt(&w), tensor![1.0, 2.0]);
}

#[test]
fn seeded_backward_of_a_non_scalar() {
    let x = rand::<Rank2<2, 3>, Inline>(70);
    let seed = rand::<Rank2<2, 3>, Inline>(71);
    let v = Var::param(x);
    let g = v.tanh().backward_with(seed).wrt(&v);
    let want = x.map(|x| 1.0 - x.tanh().powi(2)) * seed;
    assert!(g.allclose(&want, 1e-15, 1e-15));
}

#[test]
fn gradcheck_catches_a_wrong_gradient() {
    // `detach` hides a dependence: the analytic gradient misses it, central differences do not.
    let x = tensor![0.5, 1.5];
    let err = gradcheck(|x| (x * &x.detach()).sum(), &x).unwrap_err();
    assert_eq!(err.element, Some(0));
    assert!(
        (err.analytic - 0.5).abs() < 1e-12 && (err.numeric - 1.0).abs() < 1e-6,
        "{err}"
    );
}

#[test]
fn gradcheck_reports_the_failing_element_or_direction() {
    // The message names the element and both derivatives.
    let x = rand::<Rank2<2, 3>, Inline>(72);
    let err = gradcheck(|x| (x * &x.detach()).sum(), &x).unwrap_err();
    let msg = err.to_string();
    let element = err.element.unwrap();
    for part in [
        format!("element {element}: "),
        format!("analytic derivative {} ", err.analytic),
        format!("central differences give {} ", err.numeric),
    ] {
        assert!(msg.contains(&part), "{part:?} not in {msg:?}");
    }
    // Above 64 elements, random directions are checked: a right gradient passes, and with `x`
    // detached once the analytic directional derivative `Σ x·v` is half the numeric `2 Σ x·v`.
    let big = rand::<Rank2<9, 8>, Heap>(73);
    gradcheck(|x| weigh(&x.tanh()), &big).unwrap();
    gradcheck(|x| (x * x).sum(), &big).unwrap();
    let err = gradcheck(|x| (x * &x.detach()).sum(), &big).unwrap_err();
    assert_eq!((err.element, err.direction), (None, Some(0)));
    assert!(
        (err.numeric - 2.0 * err.analytic).abs() <= 1e-6 * (1.0 + err.numeric.abs()),
        "{err}"
    );
    let msg = err.to_string();
    assert!(msg.starts_with("random direction 0: "), "{msg}");
}

/// `einsum!` on tracked values: its gradient is an einsum with the subscripts swapped, right for
/// traces, diagonals, private labels, output-only labels, `Bcast` axes and ellipses.
#[test]
fn einsum_gradients() {
    let a = rand::<Rank2<3, 4>, Inline>(80);
    let b = rand::<Rank2<4, 5>, Heap>(81);
    gradcheck(|a| weigh(&einsum!("ij,jk->ik", a, b)), &a).unwrap();
    gradcheck(|b| weigh(&einsum!("ij,jk->ik", a, b)), &b).unwrap();
    gradcheck(|b| weigh(&einsum!("ij,jk->i", a, b)), &b).unwrap(); // k private to b
    gradcheck(|a| weigh(&einsum!("ij,jk->ki", a, b)), &a).unwrap();
    let sq = rand::<Rank2<4, 4>, Inline>(82);
    gradcheck(|s| einsum!("ii->", s) * 2.0, &sq).unwrap(); // trace
    gradcheck(|s| weigh(&einsum!("ii->i", s)), &sq).unwrap(); // diagonal
    gradcheck(|s| weigh(&einsum!("ij,ji->i", s, s)), &sq).unwrap(); // used twice
    let cube = rand::<Rank3<3, 3, 4>, Inline>(83);
    gradcheck(|c| weigh(&einsum!("iij,jk->ik", c, b)), &cube).unwrap();
    let v = rand::<Rank1<3>, Inline>(84);
    gradcheck(|v| weigh(&einsum!("i->ii", v)), &v).unwrap(); // diagonal embed
    let rows =
        |v: &Var<f64, Rank1<3>>| -> Var<f64, Rank2<3, 4>> { einsum!("i->ij", v; broadcast = [j]) };
    gradcheck(|v| weigh(&rows(v)), &v).unwrap(); // output-only label
    gradcheck(|v| weigh(&einsum!("i,j->ij", v, v)), &v).unwrap(); // outer, both sides
    // A `Bcast` axis that stretched under a label: its gradient is summed back.
    let col = rand::<(Const<3>, Bcast), Inline>(85);
    gradcheck(|c| weigh(&einsum!("ij,jk->ik", c, b)), &col).unwrap();
    // Ellipsis blocks that broadcast, and a 3-operand chain through the GEMM path.
    let e = rand::<(Const<2>, Bcast, Const<3>, Const<4>), Heap>(86);
    let f = rand::<Rank3<5, 4, 2>, Inline>(87);
    gradcheck(|e| weigh(&einsum!("...ij,...jk->...ik", e, f)), &e).unwrap();
    gradcheck(|f| weigh(&einsum!("...ij,...jk->...ik", e, f)), &f).unwrap();
    let (p, q) = (rand::<Rank2<6, 7>, Heap>(88), rand::<Rank2<7, 8>, Heap>(89));
    let r = rand::<Rank2<8, 3>, Heap>(90);
    gradcheck(|q| weigh(&einsum!(i j, j k, k l -> i l; p, q, r)), &q).unwrap();
    gradcheck(
        |q| {
            weigh(&einsum!(
                "ij,jk,lk->il",
                p,
                q,
                rand::<Rank2<3, 8>, Heap>(91)
            ))
        },
        &q,
    )
    .unwrap();
}

/// Seed 004: the softmax Jacobian `dA/dZ` built with einsum (`jk,jk,ji->ijk` and
/// `jk,ik,ji->ijk`), contracted with the upstream gradient (`ikj,kj->ij`), equals autodiff's
/// gradient of the same loss.
#[test]
fn seed_004_einsum_jacobian_matches_autodiff() {
    const N: usize = 4; // classes
    const B: usize = 3; // examples
    let z = rand::<Rank2<N, B>, Inline>(95);
    let y = Tensor::<f64, Rank2<N, B>>::uniform(&mut SeededRng::new(96), 0.0, 1.0);
    // Loss: Σ (softmax over classes (axis 0) − y)²; upstream dL/dA = 2(A − y).
    let zv = Var::param(z);
    let a = zv.softmax::<0>();
    let loss = ((&a - y) * (&a - y)).sum();
    let auto = loss.backward().wrt(&zv);
    let act = z.softmax::<0>();
    let eye = Tensor::<f64, Rank2<N, N>>::eye();
    let dadz = einsum!("jk,jk,ji->ijk", act, 1.0 - act, eye)
        + einsum!("jk,ik,ji->ijk", -act, act, 1.0 - eye);
    let dlda = (act - y) * 2.0;
    let by_hand = einsum!("ikj,kj->ij", dadz, dlda);
    assert!(
        auto.allclose(&by_hand, 1e-14, 1e-14),
        "{auto:?} vs {by_hand:?}"
    );
}

#[test]
fn shape_ops() {
    let x = rand::<Rank3<2, 3, 4>, Inline>(100);
    gradcheck(|x| weigh(&x.reshape::<Rank2<4, 6>>().tanh()), &x).unwrap();
    gradcheck(|x| weigh(&x.flatten::<24>().sin()), &x).unwrap();
    gradcheck(|x| weigh(&x.permute::<2, 0, 1>().tanh()), &x).unwrap();
    gradcheck(|x| weigh(&x.permute::<-1, 1, 0>().tanh()), &x).unwrap();
    gradcheck(|x| weigh(&x.swap_axes::<0, -1>().tanh()), &x).unwrap();
    gradcheck(|x| weigh(&x.new_axis::<1>().tanh()), &x).unwrap();
    gradcheck(|x| weigh(&x.expand_dims::<3>().squeeze::<3>().tanh()), &x).unwrap();
    let m = rand::<Rank2<3, 5>, Heap>(101);
    gradcheck(|m| weigh(&m.t().tanh()), &m).unwrap();
    // new_axis feeding a broadcast: the gradient sums over the stretched axis.
    let v = rand::<Rank1<3>, Inline>(102);
    gradcheck(|v| weigh(&(v.new_axis::<1>() * m.clone())), &v).unwrap();
}

#[test]
fn indexing_scatters_back() {
    let x = rand::<Rank3<2, 5, 3>, Inline>(110);
    gradcheck(|x| weigh(&x.index_axis::<1>(3).tanh()), &x).unwrap();
    gradcheck(|x| weigh(&x.index_axis::<-1>(0).tanh()), &x).unwrap();
    gradcheck(|x| weigh(&x.slice_len::<1, 1, 2, 2>().tanh()), &x).unwrap();
    gradcheck(|x| weigh(&x.slice_len::<1, 4, 3, -2>().tanh()), &x).unwrap();
    gradcheck(|x| weigh(&x.take::<1>([4usize, 0, 4, 2]).tanh()), &x).unwrap();
    gradcheck(|x| weigh(&x.take::<0>(&tensor![1usize, 1]).tanh()), &x).unwrap();
    let mask = tensor![true, false, true]; // broadcast over the last axis
    gradcheck(|x| weigh(&x.masked_fill(&mask, 0.5).tanh()), &x).unwrap();
}

#[test]
fn numpy_slicing_scatters_back() {
    let x = rand::<Rank3<2, 5, 3>, Inline>(111);
    // The value is the tensor's own `s!` result.
    let v = Var::param(x);
    assert_eq!(
        s!(v[.., 1..5;2, -1]).value(),
        &s!(x[.., 1..5;2, -1]).to_tensor()
    );
    assert_eq!(
        s!(v[-1, ..;-1, None]).value(),
        &s!(x[-1, ..;-1, None]).to_tensor()
    );
    gradcheck(|x| weigh(&s!(x[.., 1..5;2, -1]).tanh()), &x).unwrap();
    gradcheck(|x| weigh(&s!(x[-1, ..;-1, None]).tanh()), &x).unwrap();
    gradcheck(|x| weigh(&s!(x[None, ..., -3..-1]).tanh()), &x).unwrap();
    gradcheck(|x| weigh(&s!(x[1, 4..;-3, ..]).tanh()), &x).unwrap();
    // A length that depends on the axis size, from the annotation.
    gradcheck(
        |x| {
            let inner: Var<f64, Rank3<2, 3, 2>> = s!(x[.., 1..-1, 1..]);
            weigh(&inner.tanh())
        },
        &x,
    )
    .unwrap();
    // Two slices of one value add their gradients; untouched elements get zero.
    let g = (s!(v[0, 1..3, 0]).sum() + s!(v[0, 2..4, 0]).sum())
        .backward()
        .wrt(&v);
    let mut want = Tensor::<f64, Rank3<2, 5, 3>>::zeros();
    for (i, w) in [(1, 1.0), (2, 2.0), (3, 1.0)] {
        want[[0, i, 0]] = w;
    }
    assert_eq!(g, want);
}

#[test]
fn statistics() {
    let x = rand::<Rank2<4, 6>, Heap>(120);
    gradcheck(|x| x.var(), &x).unwrap();
    gradcheck(|x| x.std(), &x).unwrap();
    gradcheck(|x| x.norm(), &x).unwrap();
    gradcheck(|x| x.max() * x.min(), &x).unwrap();
    gradcheck(|x| weigh(&x.var_axis::<1>()), &x).unwrap();
    gradcheck(|x| weigh(&x.std_axis::<0>()), &x).unwrap();
    gradcheck(|x| weigh(&x.norm_axis::<-1>()), &x).unwrap();
    gradcheck(|x| weigh(&x.max_axis::<0>()), &x).unwrap();
    gradcheck(|x| weigh(&x.min_axis::<1>()), &x).unwrap();
    gradcheck(|x| weigh(&x.logsumexp::<1>()), &x).unwrap();
    gradcheck(|x| weigh(&x.logsumexp::<0>()), &x).unwrap();
    gradcheck(|x| weigh(&(x - x.max_keepdims::<1>())), &x).unwrap();
    gradcheck(|x| weigh(&(x / x.norm_keepdims::<-1>())), &x).unwrap();
    gradcheck(|x| weigh(&(x - x.min_keepdims::<0>())), &x).unwrap();
    gradcheck(|x| weigh(&(x / (x.var_keepdims::<1>() + 1.0))), &x).unwrap();
    gradcheck(|x| weigh(&(x / x.std_keepdims::<0>())), &x).unwrap();
    // Ties split evenly; a zero norm or deviation has gradient zero.
    let t = Var::param(tensor![[2.0, 2.0, 1.0]]);
    assert_eq!(
        t.max_axis::<1>().sum().backward().wrt(&t),
        tensor![[0.5, 0.5, 0.0]]
    );
    let z = Var::param(Tensor::<f64, Rank1<3>>::full(1.5));
    assert_eq!(z.std().backward().wrt(&z), Tensor::<f64, Rank1<3>>::zeros());
    let o = Var::param(Tensor::<f64, Rank1<3>>::zeros());
    assert_eq!(
        o.norm().backward().wrt(&o),
        Tensor::<f64, Rank1<3>>::zeros()
    );
}

#[test]
fn layernorm_and_tensordot() {
    let x = rand::<Rank2<3, 5>, Inline>(130);
    let gamma = rand::<Rank1<5>, Inline>(131);
    let beta = rand::<Rank1<5>, Inline>(132);
    gradcheck(|x| weigh(&x.layernorm(gamma, beta, 1e-5)), &x).unwrap();
    gradcheck(
        |g| weigh(&Var::constant(x).layernorm(g, beta, 1e-5)),
        &gamma,
    )
    .unwrap();
    gradcheck(
        |b| weigh(&Var::constant(x).layernorm(gamma, b, 1e-5)),
        &beta,
    )
    .unwrap();
    // Layer norm ignores a constant added to a row, and so must its gradient, even far from 0
    // (where `E[x²] − E[x]²` would cancel catastrophically).
    let grad = |x: Tensor<f64, Rank2<3, 5>>| {
        let v = Var::param(x);
        weigh(&v.layernorm(gamma, beta, 1e-5)).backward().wrt(&v)
    };
    let (near, far) = (grad(x), grad(x + 1e8));
    assert!(near.allclose(&far, 1e-5, 1e-6), "{near:?} vs {far:?}");
    // Seed 002's projection (B, T, F) · (F, N, H).
    let a = rand::<Rank3<2, 3, 4>, Heap>(133);
    let w = rand::<Rank3<4, 2, 3>, Heap>(134);
    gradcheck(|a| weigh(&a.tensordot(&w)), &a).unwrap();
    gradcheck(|w| weigh(&Var::constant(a.clone()).tensordot(w)), &w).unwrap();
}

#[test]
fn joins_split_the_gradient_back() {
    let a = rand::<Rank2<2, 3>, Inline>(140);
    let b = rand::<Rank2<2, 1>, Heap>(141);
    let c = rand::<Rank2<2, 2>, Inline>(142);
    let join =
        |a: &Var<f64, Rank2<2, 3>>, b: &Var<f64, Rank2<2, 1>, Heap>, c: &Var<f64, Rank2<2, 2>>| {
            Var::<f64, Rank2<2, 6>, Heap>::concatenate::<1>((a, b, c))
        };
    gradcheck(
        |a| weigh(&join(a, &Var::constant(b.clone()), &Var::constant(c)).tanh()),
        &a,
    )
    .unwrap();
    gradcheck(
        |b| weigh(&join(&Var::constant(a), b, &Var::constant(c)).tanh()),
        &b,
    )
    .unwrap();
    let parts = |x: &Var<f64, Rank2<2, 3>>| {
        Var::<f64, Rank2<4, 3>>::concatenate::<0>([x, &Var::constant(a)])
    };
    gradcheck(|x| weigh(&parts(x).tanh()), &a).unwrap();
    let stacked =
        |x: &Var<f64, Rank2<2, 3>>| Var::<f64, Rank3<2, 3, 2>>::stack::<-1>([&Var::constant(a), x]);
    gradcheck(|x| weigh(&stacked(x).tanh()), &a).unwrap();
}

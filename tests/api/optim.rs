//! The optimisers against their update equations written out per element on plain `f64`
//! slices (random parameters, gradients and hyper-parameters, several steps), against numbers
//! worked by hand, and through `Var` on a small regression.

use crate::common;

use common::{Rng, assert_close};
use tensorial::autodiff::Var;
use tensorial::autodiff::optim::{Adam, AdamState, Optimizer, Sgd, SgdState};
use tensorial::prelude::*;

/// Random values from the test generator (independent of the crate's `SeededRng`).
fn random<S: Shape, K: tensorial::Kind>(rng: &mut Rng) -> Tensor<f64, S, K> {
    Tensor::from_fn(|_| rng.uniform(-2.0, 2.0))
}

/// SGD as PyTorch documents it (`torch.optim.SGD`, dampening 0), one element at a time.
struct RefSgd {
    lr: f64,
    momentum: f64,
    weight_decay: f64,
    nesterov: bool,
    buffer: Option<Vec<f64>>,
}

impl RefSgd {
    fn step(&mut self, p: &mut [f64], g: &[f64]) {
        // PyTorch: the first step sets the buffer to d (a clone), later ones to μ·b + d.
        let first = self.buffer.is_none();
        for i in 0..p.len() {
            let mut d = g[i] + self.weight_decay * p[i];
            if self.momentum != 0.0 {
                let b = self.buffer.get_or_insert_with(|| vec![0.0; p.len()]);
                b[i] = if first { d } else { self.momentum * b[i] + d };
                d = if self.nesterov {
                    d + self.momentum * b[i]
                } else {
                    b[i]
                };
            }
            p[i] -= self.lr * d;
        }
    }
}

/// Adam from Kingma & Ba's Algorithm 1 with bias-corrected `m̂`, `v̂` (PyTorch `Adam`/`AdamW`).
struct RefAdam {
    lr: f64,
    beta1: f64,
    beta2: f64,
    eps: f64,
    weight_decay: f64,
    decoupled: bool,
    m: Vec<f64>,
    v: Vec<f64>,
    t: i32,
}

impl RefAdam {
    fn new(n: usize, lr: f64, (beta1, beta2): (f64, f64), eps: f64) -> Self {
        Self {
            lr,
            beta1,
            beta2,
            eps,
            weight_decay: 0.0,
            decoupled: false,
            m: vec![0.0; n],
            v: vec![0.0; n],
            t: 0,
        }
    }

    fn step(&mut self, p: &mut [f64], g: &[f64]) {
        self.t += 1;
        for i in 0..p.len() {
            let mut gi = g[i];
            if self.decoupled {
                p[i] -= self.lr * self.weight_decay * p[i];
            } else {
                gi += self.weight_decay * p[i];
            }
            self.m[i] = self.beta1 * self.m[i] + (1.0 - self.beta1) * gi;
            self.v[i] = self.beta2 * self.v[i] + (1.0 - self.beta2) * gi * gi;
            let m_hat = self.m[i] / (1.0 - self.beta1.powi(self.t));
            let v_hat = self.v[i] / (1.0 - self.beta2.powi(self.t));
            p[i] -= self.lr * m_hat / (v_hat.sqrt() + self.eps);
        }
    }
}

const STEPS: usize = 8;

fn check_sgd(sgd: Sgd<f64>, seed: u64) {
    let mut rng = Rng::new(seed);
    let mut p = random::<Rank3<2, 3, 4>, Heap>(&mut rng);
    let mut reference = p.as_slice().to_vec();
    let mut state = SgdState::default();
    let mut ref_sgd = RefSgd {
        lr: sgd.lr,
        momentum: sgd.momentum,
        weight_decay: sgd.weight_decay,
        nesterov: sgd.nesterov,
        buffer: None,
    };
    for _ in 0..STEPS {
        let g = random::<Rank3<2, 3, 4>, Heap>(&mut rng);
        sgd.step(&mut p, &g, &mut state);
        ref_sgd.step(&mut reference, g.as_slice());
        assert_close(p.as_slice(), &reference, 1e-14);
    }
    match (&ref_sgd.buffer, state.momentum_buffer()) {
        (Some(want), Some(got)) => assert_close(got.as_slice(), want, 1e-14),
        (None, None) => {}
        (want, got) => panic!("momentum buffer: got {got:?}, want {want:?}"),
    }
}

#[test]
fn sgd_matches_the_reference_update() {
    let mut rng = Rng::new(1);
    for seed in 0..4 {
        let lr = rng.uniform(0.01, 0.5);
        let (mu, wd) = (rng.uniform(0.5, 0.99), rng.uniform(0.0, 0.1));
        check_sgd(Sgd::new(lr), seed);
        check_sgd(Sgd::new(lr).with_weight_decay(wd), seed);
        check_sgd(Sgd::new(lr).with_momentum(mu), seed);
        check_sgd(Sgd::new(lr).with_momentum(mu).with_weight_decay(wd), seed);
        check_sgd(Sgd::new(lr).with_momentum(mu).with_nesterov(), seed);
        check_sgd(
            Sgd::new(lr)
                .with_momentum(mu)
                .with_nesterov()
                .with_weight_decay(wd),
            seed,
        );
    }
}

fn check_adam(adam: Adam<f64>, seed: u64) {
    let mut rng = Rng::new(seed);
    let mut p = random::<Rank2<5, 7>, Inline>(&mut rng);
    let mut reference = p.as_slice().to_vec();
    let mut state = AdamState::default();
    let mut ref_adam = RefAdam::new(p.len(), adam.lr, adam.betas, adam.eps);
    ref_adam.weight_decay = adam.weight_decay;
    ref_adam.decoupled = adam.decoupled_weight_decay;
    for step in 1..=STEPS {
        // Gradients of very different sizes per element, some tiny (ε matters there).
        let g = random::<Rank2<5, 7>, Inline>(&mut rng)
            * Tensor::<f64, Rank2<5, 7>>::from_fn(|[i, _]| {
                10f64.powi(i32::try_from(i).unwrap() * 2 - 6)
            });
        adam.step(&mut p, &g, &mut state);
        ref_adam.step(&mut reference, g.as_slice());
        assert_close(p.as_slice(), &reference, 1e-12);
        assert_close(state.exp_avg().as_slice(), &ref_adam.m, 1e-12);
        assert_close(state.exp_avg_sq().as_slice(), &ref_adam.v, 1e-12);
        assert_eq!(state.steps() as usize, step);
    }
}

#[test]
fn adam_matches_the_reference_update() {
    let mut rng = Rng::new(2);
    check_adam(Adam::default(), 10);
    for seed in 0..4 {
        let lr = rng.uniform(1e-3, 0.3);
        let betas = (rng.uniform(0.5, 0.95), rng.uniform(0.9, 0.9999));
        let (eps, wd) = (rng.uniform(1e-9, 1e-6), rng.uniform(0.0, 0.1));
        check_adam(Adam::new(lr), seed);
        check_adam(
            Adam::new(lr).with_betas(betas.0, betas.1).with_eps(eps),
            seed,
        );
        check_adam(Adam::new(lr).with_weight_decay(wd), seed);
        check_adam(Adam::new(lr).with_decoupled_weight_decay(wd), seed);
    }
}

#[test]
fn adam_f32_follows_the_f64_reference() {
    let mut rng = Rng::new(3);
    let p64 = random::<Rank1<50>, Inline>(&mut rng);
    let mut p = p64.cast::<f32>();
    let mut reference: Vec<f64> = p.iter().map(|&v| f64::from(v)).collect();
    let (mut state, mut ref_adam) = (
        AdamState::default(),
        RefAdam::new(50, 0.01, (0.9, 0.999), 1e-8),
    );
    for _ in 0..20 {
        let g = random::<Rank1<50>, Inline>(&mut rng).cast::<f32>();
        Adam::new(0.01_f32).step(&mut p, &g, &mut state);
        let g64: Vec<f64> = g.iter().map(|&v| f64::from(v)).collect();
        ref_adam.step(&mut reference, &g64);
    }
    let got: Vec<f64> = p.iter().map(|&v| f64::from(v)).collect();
    assert_close(&got, &reference, 1e-5);
}

/// Three steps worked by hand (scalars, PyTorch defaults but `lr = 0.1`):
/// t=1: g=0.5:   m=0.05, v=0.00025,  m̂=0.5, v̂=0.25, p=1−0.1·0.5/(0.5+1e-8)=0.900000002
/// t=2: g=−0.25: m=0.02, v=0.00031225, m̂=0.02/0.19, v̂=0.00031225/0.001999, p≈0.87336630
/// t=3: g=2:     m=0.218, v=0.00431193775, p≈0.80630153
#[test]
fn adam_steps_worked_by_hand() {
    let adam = Adam::new(0.1);
    let (mut p, mut state) = (tensor![1.0], AdamState::default());
    let want = [
        (0.05, 0.000_25, 0.900_000_002),
        (0.02, 0.000_312_25, 0.873_366_298_707_846_3),
        (0.218, 0.004_311_937_75, 0.806_301_534_529_153_1),
    ];
    for (g, (m, v, p_want)) in [0.5, -0.25, 2.0].into_iter().zip(want) {
        adam.step(&mut p, &tensor![g], &mut state);
        assert_close(state.exp_avg().as_slice(), &[m], 1e-13);
        assert_close(state.exp_avg_sq().as_slice(), &[v], 1e-13);
        assert_close(p.as_slice(), &[p_want], 1e-13);
    }
}

/// Nesterov SGD with weight decay by hand: lr 0.1, μ 0.9, λ 0.01, p = 1.
/// g=0.5:   d=0.51,      b=0.51,          p=1−0.1·(0.51+0.459)=0.9031
/// g=−0.25: d=−0.240969, b=0.218031,      p=0.9031−0.1·(−0.240969+0.1962279)=0.90757411
#[test]
fn nesterov_sgd_worked_by_hand() {
    let sgd = Sgd::new(0.1)
        .with_momentum(0.9)
        .with_nesterov()
        .with_weight_decay(0.01);
    let (mut p, mut state) = (tensor![1.0], SgdState::default());
    sgd.step(&mut p, &tensor![0.5], &mut state);
    assert_close(p.as_slice(), &[0.9031], 1e-15);
    sgd.step(&mut p, &tensor![-0.25], &mut state);
    assert_close(p.as_slice(), &[0.907_574_11], 1e-15);
    assert_close(
        state.momentum_buffer().unwrap().as_slice(),
        &[0.218_031],
        1e-15,
    );
}

/// Each parameter's state is its own: stepping one does not touch another's.
#[test]
fn states_are_per_parameter() {
    let adam = Adam::new(0.1);
    let (mut a, mut b) = (tensor![1.0, 1.0], tensor![[1.0], [1.0]]);
    let (mut sa, mut sb) = (AdamState::default(), AdamState::default());
    adam.step(&mut a, &tensor![1.0, 1.0], &mut sa);
    adam.step(&mut a, &tensor![1.0, 1.0], &mut sa);
    adam.step(&mut b, &tensor![[1.0], [1.0]], &mut sb);
    assert_eq!((sa.steps(), sb.steps()), (2, 1));
    // A first step moves by ≈ lr whatever came before on the other parameter.
    assert!(b.allclose(&tensor![[0.9], [0.9]], 1e-7, 0.0));
}

/// Logistic regression with `Var`s: both optimisers drive the loss down through the same
/// generic loop, with one state per parameter typed like it.
fn fit<O: Optimizer<Elem = f64>>(opt: &O) -> (f64, f64) {
    let mut rng = Rng::new(4);
    let x: Tensor<f64, Rank2<64, 3>> = random(&mut rng);
    let truth = tensor![[1.5], [-2.0], [0.5]];
    let y = x.matmul(&truth).map(|v| if v > 0.0 { 1.0 } else { 0.0 });
    let mut w = Tensor::<f64, Rank2<3, 1>>::zeros();
    let mut b = Tensor::<f64, Rank1<1>>::zeros();
    let mut sw = O::State::<Rank2<3, 1>, Inline>::default();
    let mut sb = O::State::<Rank1<1>, Inline>::default();
    let loss_at = |w, b| {
        let (wv, bv) = (Var::param(w), Var::param(b));
        let p = (Var::constant(x).matmul(&wv) + &bv).sigmoid();
        let loss = p.mse_loss(&y);
        (loss.item(), loss.backward(), wv, bv)
    };
    let first = loss_at(w, b).0;
    for _ in 0..200 {
        let (_, grads, wv, bv) = loss_at(w, b);
        opt.step(&mut w, &grads.wrt(&wv), &mut sw);
        opt.step(&mut b, &grads.wrt(&bv), &mut sb);
    }
    (first, loss_at(w, b).0)
}

#[test]
fn both_optimisers_train_through_var() {
    let (start, sgd) = fit(&Sgd::new(2.0).with_momentum(0.9));
    let (_, adam) = fit(&Adam::new(0.05));
    assert!(
        (start - 0.25).abs() < 1e-12,
        "sigmoid(0) = 0.5 everywhere: {start}"
    );
    assert!(sgd < 0.03 && adam < 0.03, "sgd {sgd}, adam {adam}");
}

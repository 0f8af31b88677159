//! One SGD training step of a 784-128-10 MLP (batch 64, f32, heap tensors): forward, backward,
//! in-place update of W1, b1, W2, b2. Beside NumPy (`benches/numpy_train_step.py`) and PyTorch
//! (`benches/torch_train_step.py`); run all of them with `benches/run_train_step.sh`, which
//! prints the ratios.
//!
//! - `train_step_f32/autodiff`: the step with autodiff `Var`s, the parameters moved through it
//!   by value ([`mlp::autodiff_step_owned`]).
//! - `train_step_f32/hand`: the same step written by hand with the tensor kernels
//!   ([`mlp::hand_step`]). `tests/train_step.rs` checks that both update the weights alike.
//!
//! Each iteration trains the same parameters further on the same batch, as a training loop
//! does (the learning rate is small enough that nothing under- or overflows). The step's GEMMs
//! (64×784×128 and larger) use every core by default (`tensorial::parallel`);
//! `run_train_step.sh` also runs the bench with `TENSORIAL_NUM_THREADS=1`.

#[path = "train_step/mlp.rs"]
#[allow(dead_code)] // `autodiff_step` (the `&mut` form) serves the profile and the tests
mod mlp;

use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::time::Duration;
use tensorial::autodiff::Var;

fn train_step(c: &mut Criterion) {
    let (x, labels) = mlp::data();
    let xv = Var::constant(x.clone());
    let mut group = c.benchmark_group("train_step_f32");
    group.sample_size(50);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(6));
    // The parameters move through each step by value (see `mlp::autodiff_step_owned`).
    let mut p = Some(mlp::init());
    group.bench_function("autodiff", |b| {
        b.iter(|| {
            let params = p.take().expect("the parameters are back after each step");
            let (next, loss) = mlp::autodiff_step_owned(params, black_box(&xv), &labels);
            p = Some(next);
            black_box(loss)
        });
    });
    let mut p = mlp::init();
    group.bench_function("hand", |b| {
        b.iter(|| black_box(mlp::hand_step(&mut p, black_box(&x), &labels)));
    });
    group.finish();
}

criterion_group!(benches, train_step);
criterion_main!(benches);

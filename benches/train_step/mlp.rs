//! One SGD training step of a 784-128-10 MLP (ReLU hidden layer, softmax cross-entropy, batch
//! 64, f32, heap tensors), written twice: with autodiff [`Var`]s ([`autodiff_step`]) and by hand
//! with the tensor kernels ([`hand_step`]). Shared by `benches/train_step.rs`,
//! `benches/train_step_profile.rs` and `tests/train_step.rs`.
//!
//! The data and the initial weights come from [`unit`], a seeded integer hash that
//! `benches/numpy_train_step.py` and `benches/torch_train_step.py` compute identically, so all
//! four implementations start from the same bits and can be checked against each other.

use tensorial::autodiff::Var;
use tensorial::{BroadcastTo, Heap, OneHot, Rank1, Rank2, Shape, Tensor};

/// Rows of a batch.
pub const BATCH: usize = 64;
/// Input features (a 28×28 image).
pub const INPUTS: usize = 784;
/// Hidden units.
pub const HIDDEN: usize = 128;
/// Classes.
pub const CLASSES: usize = 10;
/// The SGD learning rate.
pub const LR: f32 = 0.01;

/// A batch of inputs.
pub type Inputs = Tensor<f32, Rank2<BATCH, INPUTS>, Heap>;
/// A batch of class labels.
pub type Labels = Tensor<usize, Rank1<BATCH>, Heap>;

/// The network's parameters, updated by each step.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Params {
    /// First layer weights, `(784, 128)`.
    pub w1: Tensor<f32, Rank2<INPUTS, HIDDEN>, Heap>,
    /// First layer bias.
    pub b1: Tensor<f32, Rank1<HIDDEN>, Heap>,
    /// Second layer weights, `(128, 10)`.
    pub w2: Tensor<f32, Rank2<HIDDEN, CLASSES>, Heap>,
    /// Second layer bias.
    pub b2: Tensor<f32, Rank1<CLASSES>, Heap>,
}

/// A hash of `(index, salt)` (splitmix64's finaliser): 64 well-mixed bits.
#[must_use]
pub fn hash(index: usize, salt: u64) -> u64 {
    let mut z = (index as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
        ^ salt.wrapping_mul(0xD1B5_4A32_D192_ED03);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// A uniform value in `[0, 1)` with 24 bits (exact in f32): element `index` of stream `salt`.
#[must_use]
#[allow(clippy::cast_precision_loss)]
pub fn unit(index: usize, salt: u64) -> f32 {
    (hash(index, salt) >> 40) as f32 / 16_777_216.0
}

/// A tensor of `scale · (2u − 1)`, `u` from stream `salt` in row-major order (`scale = 0`:
/// plain `u`).
fn filled<S: Shape>(salt: u64, scale: f32) -> Tensor<f32, S, Heap> {
    let mut t = Tensor::<f32, S, Heap>::zeros();
    for (i, v) in t.as_mut_slice().iter_mut().enumerate() {
        let u = unit(i, salt);
        *v = if scale == 0.0 {
            u
        } else {
            (2.0 * u - 1.0) * scale
        };
    }
    t
}

/// The fixed batch: inputs in `[0, 1)` (stream 1) and labels `hash(i, 2) % 10`.
#[must_use]
#[allow(clippy::cast_possible_truncation)]
pub fn data() -> (Inputs, Labels) {
    let mut labels = Labels::zeros();
    for (i, l) in labels.as_mut_slice().iter_mut().enumerate() {
        *l = (hash(i, 2) % CLASSES as u64) as usize;
    }
    (filled(1, 0.0), labels)
}

/// The initial parameters: uniform in `±1/√fan_in` (PyTorch `nn.Linear`'s range), streams 3–6.
#[must_use]
pub fn init() -> Params {
    let (s1, s2) = (1.0 / 28.0, 1.0 / 128f32.sqrt()); // 1/√784, 1/√128
    Params {
        w1: filled(3, s1),
        b1: filled(4, s1),
        w2: filled(5, s2),
        b2: filled(6, s2),
    }
}

/// `w -= LR · g`, in place.
fn sgd<S: Shape + BroadcastTo<S>>(w: &mut Tensor<f32, S, Heap>, g: &Tensor<f32, S, Heap>) {
    w.zip_assign(g, |w, g| w - LR * g);
}

/// The SGD update of every parameter in place from its gradient `g` (`w -= LR · g`).
pub fn update(p: &mut Params, g: &Params) {
    sgd(&mut p.w1, &g.w1);
    sgd(&mut p.b1, &g.b1);
    sgd(&mut p.w2, &g.w2);
    sgd(&mut p.b2, &g.b2);
}

/// A parameter moved back out of its `Var` and updated by its gradient, if it has one.
pub fn updated<S: Shape + BroadcastTo<S>>(
    w: Var<f32, S, Heap>,
    g: Option<&Tensor<f32, S, Heap>>,
) -> Tensor<f32, S, Heap> {
    let mut w = w.into_value();
    if let Some(g) = g {
        sgd(&mut w, g);
    }
    w
}

/// One training step with autodiff, on parameters taken by value and handed back updated: each
/// moves into its [`Var::param`] (no copy), the loss is differentiated by `backward()`, the
/// graph is dropped, each parameter moves back out ([`Var::into_value`], no copy once the graph
/// is gone) and is updated in place from its borrowed gradient
/// ([`Grads::get`](tensorial::autodiff::Grads::get)). `x` is the batch as a constant, made once.
/// Returns the updated parameters and the loss before the update.
pub fn autodiff_step_owned(
    p: Params,
    x: &Var<f32, Rank2<BATCH, INPUTS>, Heap>,
    labels: &Labels,
) -> (Params, f32) {
    let Params { w1, b1, w2, b2 } = p;
    let (w1, b1) = (Var::param(w1), Var::param(b1));
    let (w2, b2) = (Var::param(w2), Var::param(b2));
    let loss = {
        let h = (x.matmul(&w1) + &b1).relu();
        (h.matmul(&w2) + &b2).cross_entropy(labels)
    };
    let grads = loss.backward();
    let value = loss.item();
    drop(loss); // the graph: afterwards each parameter's value is held by its `Var` alone
    let (g1, g2, g3, g4) = (
        grads.get(&w1),
        grads.get(&b1),
        grads.get(&w2),
        grads.get(&b2),
    );
    let next = Params {
        w1: updated(w1, g1),
        b1: updated(b1, g2),
        w2: updated(w2, g3),
        b2: updated(b2, g4),
    };
    (next, value)
}

/// [`autodiff_step_owned`] on parameters held in place: they move out with `mem::take`, which
/// leaves zeroed placeholders behind for the step (a new 400 KB tensor for W1, about 9 % of the
/// step's time on the bench machine), so the benches time the by-value form.
pub fn autodiff_step(
    p: &mut Params,
    x: &Var<f32, Rank2<BATCH, INPUTS>, Heap>,
    labels: &Labels,
) -> f32 {
    let (next, loss) = autodiff_step_owned(core::mem::take(p), x, labels);
    *p = next;
    loss
}

/// The same step by hand with the tensor kernels and no autodiff. Returns the loss before the
/// update.
pub fn hand_step(p: &mut Params, x: &Inputs, labels: &Labels) -> f32 {
    // Forward.
    let z1 = x.matmul(&p.w1) + &p.b1; // (64, 128)
    let h = z1.relu();
    let logits = h.matmul(&p.w2) + &p.b2; // (64, 10)
    let loss = logits.cross_entropy(labels);
    // Backward: ∂loss/∂logits = (softmax − one_hot) / batch.
    let mut d = logits.softmax::<-1>();
    let y: Tensor<f32, _, Heap> = labels.one_hot::<CLASSES>();
    d.zip_assign(&y, |p, y| (p - y) * (1.0 / BATCH as f32));
    let gw2 = h.t().matmul(&d);
    let gb2 = d.sum_axis::<0>();
    let dz1 = d
        .matmul(&p.w2.t())
        .zip_map(&z1, |g, z| if z > 0.0 { g } else { 0.0 });
    let gw1 = x.t().matmul(&dz1);
    let gb1 = dz1.sum_axis::<0>();
    let g = Params {
        w1: gw1,
        b1: gb1,
        w2: gw2,
        b2: gb2,
    };
    update(p, &g);
    loss
}

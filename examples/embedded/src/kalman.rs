//! A constant-velocity Kalman filter (state `[px, py, vx, vy]`, position measurements) over a
//! synthetic track: a straight line at constant speed, measured with Gaussian noise.
//!
//! The predict and update steps are `matmul`s and `einsum!`s over inline tensors; the track is
//! built by broadcasting (`t[:, None] * v + p0`). `tests/embedded.rs` runs the same filter with
//! heap tensors and plain loops and compares.

use crate::out;
use tensorial::num_traits::Float;
use tensorial::{Rank1, Rank2, SeededRng, Tensor, einsum, tensor};

/// Steps of the track.
pub const STEPS: usize = 100;
/// Time between measurements.
pub const DT: f32 = 0.1;
/// Standard deviation of the measurement noise.
pub const SIGMA: f32 = 0.5;
/// Spectral density of the process noise (random acceleration).
pub const ACCEL: f32 = 0.05;
/// Seed of the measurement noise.
pub const SEED: u64 = 3;
/// Start of the true track.
pub const START: [f32; 2] = [1.0, -2.0];
/// Velocity of the true track.
pub const VELOCITY: [f32; 2] = [1.5, 0.8];

/// State transition: position += velocity·dt.
pub static F: Tensor<f32, Rank2<4, 4>> = tensor![
    [1.0, 0.0, DT, 0.0],
    [0.0, 1.0, 0.0, DT],
    [0.0, 0.0, 1.0, 0.0],
    [0.0, 0.0, 0.0, 1.0],
];
/// Measurement: the position.
pub static H: Tensor<f32, Rank2<2, 4>> = tensor![[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]];
/// Process noise of a random acceleration over one step (the discrete white-noise model).
pub static Q: Tensor<f32, Rank2<4, 4>> = {
    let (a, b, c) = (
        ACCEL * DT * DT * DT / 3.0,
        ACCEL * DT * DT / 2.0,
        ACCEL * DT,
    );
    tensor![
        [a, 0.0, b, 0.0],
        [0.0, a, 0.0, b],
        [b, 0.0, c, 0.0],
        [0.0, b, 0.0, c]
    ]
};
/// Measurement noise.
pub static R: Tensor<f32, Rank2<2, 2>> = tensor![[SIGMA * SIGMA, 0.0], [0.0, SIGMA * SIGMA]];

/// The filter's belief: the state's mean and covariance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Belief {
    /// `[px, py, vx, vy]`.
    pub x: Tensor<f32, Rank1<4>>,
    /// Covariance of `x`.
    pub p: Tensor<f32, Rank2<4, 4>>,
}

impl Belief {
    /// At the first measurement `z`, not moving, with a wide uncertainty on the velocity.
    pub fn start(z: [f32; 2]) -> Self {
        let v = SIGMA * SIGMA;
        Self {
            x: tensor![z[0], z[1], 0.0, 0.0],
            p: tensor![
                [v, 0.0, 0.0, 0.0],
                [0.0, v, 0.0, 0.0],
                [0.0, 0.0, 4.0, 0.0],
                [0.0, 0.0, 0.0, 4.0]
            ],
        }
    }
}

/// The inverse of a 2×2 matrix (the innovation covariance, symmetric positive definite).
pub fn inverse2(s: Tensor<f32, Rank2<2, 2>>) -> Tensor<f32, Rank2<2, 2>> {
    let [[a, b], [c, d]] = *s.as_array();
    tensor![[d, -b], [-c, a]] / (a * d - b * c)
}

/// One predict + update step with the measurement `z`.
#[inline(never)]
pub fn step(belief: &Belief, z: Tensor<f32, Rank1<2>>) -> Belief {
    // Predict: x = F x, P = F P Fᵀ + Q.
    let x = F.matmul(&belief.x);
    let p = einsum!("ij,kj->ik", F.matmul(&belief.p), F) + Q;
    // Update: y = z - H x, S = H P Hᵀ + R, K = P Hᵀ S⁻¹ (P Hᵀ computed once).
    let y = z - H.matmul(&x);
    let ph = einsum!("ij,kj->ik", p, H); // (4, 2)
    let gain = ph.matmul(&inverse2(H.matmul(&ph) + R));
    Belief {
        x: x + gain.matmul(&y),
        p: p - gain.matmul(&H.matmul(&p)), // (I - K H) P
    }
}

/// The true positions: `start + t[:, None] * velocity`, `(STEPS, 2)`.
pub fn truth() -> Tensor<f32, Rank2<STEPS, 2>> {
    let t = Tensor::<f32, Rank1<STEPS>>::arange() * DT;
    let velocity = Tensor::<f32, Rank1<2>>::from_array(VELOCITY);
    let start = Tensor::<f32, Rank1<2>>::from_array(START);
    t.new_axis::<1>() * velocity + start
}

/// The measurements: the truth plus noise of standard deviation `SIGMA` seeded by `SEED`.
pub fn measurements() -> Tensor<f32, Rank2<STEPS, 2>> {
    truth() + Tensor::<f32, Rank2<STEPS, 2>>::normal(&mut SeededRng::new(SEED), 0.0, SIGMA)
}

/// Root-mean-square distance between two position tracks.
pub fn rms(a: &Tensor<f32, Rank2<STEPS, 2>>, b: &Tensor<f32, Rank2<STEPS, 2>>) -> f32 {
    let d = *a - *b;
    Float::sqrt((d * d).sum_axis::<1>().mean())
}

/// A filter that [`run`] can drive: this module's [`Belief`], or the nalgebra version.
pub trait Filter {
    /// The belief at the first measurement.
    fn start(z: [f32; 2]) -> Self;
    /// The belief after the next measurement.
    #[must_use]
    fn next(&self, z: [f32; 2]) -> Self;
    /// The state `[px, py, vx, vy]`.
    fn state(&self) -> [f32; 4];
}

impl Filter for Belief {
    fn start(z: [f32; 2]) -> Self {
        Belief::start(z)
    }
    fn next(&self, z: [f32; 2]) -> Self {
        step(self, Tensor::from_array(z))
    }
    fn state(&self) -> [f32; 4] {
        *self.x.as_array()
    }
}

/// Filters the track, printing the state every 20 steps; returns the estimated positions.
pub fn filter<B: Filter>(z: &Tensor<f32, Rank2<STEPS, 2>>) -> Tensor<f32, Rank2<STEPS, 2>> {
    let rows = z.as_array();
    let mut belief = B::start(rows[0]);
    let mut estimates = *z;
    for (i, row) in rows.iter().enumerate().skip(1) {
        belief = belief.next(*row);
        let state = belief.state();
        estimates.as_mut_slice()[2 * i..][..2].copy_from_slice(&state[..2]);
        if i % 20 == 0 || i == STEPS - 1 {
            report(i, state);
        }
    }
    estimates
}

/// Prints the state after step `i`. Out of line, in both programs alike (`filter` is generic
/// over the filter, so each program has its own copy): the compared `.text` is then the
/// algorithm's, not an inlining decision about this printing loop.
#[inline(never)]
fn report(i: usize, state: [f32; 4]) {
    out::text("step ");
    out::uint(i);
    out::text(": x");
    for v in state {
        out::text(" ");
        out::float(v);
    }
    out::text("\n");
}

/// Filters the synthetic track with this module's filter.
pub fn run() -> i32 {
    run_with::<Belief>()
}

/// Filters the synthetic track with `B`; exit status 0 when the filter is closer to the truth
/// than the raw measurements.
pub fn run_with<B: Filter>() -> i32 {
    let z = measurements();
    let estimates = filter::<B>(&z);
    let (raw, filtered) = (rms(&z, &truth()), rms(&estimates, &truth()));
    out::text("rms error: measurements ");
    out::float(raw);
    out::text(", filter ");
    out::float(filtered);
    out::text("\n");
    i32::from(filtered >= raw)
}

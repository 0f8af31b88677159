//! The Kalman step and the MLP inference written with nalgebra's `SMatrix` (inline, no
//! allocator), for the size and instruction figures of `benches/run_embedded.sh`. The same
//! formulas as [`crate::kalman`] and [`crate::digits`], in nalgebra's idiom (column vectors, so
//! the weights are used transposed: the same bytes, read as `SMatrix<f32, 32, 64>`), with the
//! same closed-form 2×2 inverse.

use crate::digits::{B1, B2, PIXELS, W1, W2};
use crate::kalman::{ACCEL, DT, Filter, SIGMA};
use nalgebra::{ArrayStorage, Matrix2, Matrix2x4, Matrix4, SMatrix, SVector, Vector2, Vector4};

/// `W1ᵀ`, `(32, 64)`: the bytes of [`W1`] read column-major.
static NW1: SMatrix<f32, 32, 64> = SMatrix::from_array_storage(ArrayStorage(*W1.as_array()));
/// `b1`.
static NB1: SVector<f32, 32> = SVector::from_array_storage(ArrayStorage([*B1.as_array()]));
/// `W2ᵀ`, `(10, 32)`.
static NW2: SMatrix<f32, 10, 32> = SMatrix::from_array_storage(ArrayStorage(*W2.as_array()));
/// `b2`.
static NB2: SVector<f32, 10> = SVector::from_array_storage(ArrayStorage([*B2.as_array()]));

/// [`crate::digits::logits`] with nalgebra.
#[inline(never)]
pub fn digits_logits(image: &[u8; PIXELS]) -> SVector<f32, 10> {
    let x = SVector::<f32, PIXELS>::from_fn(|i, _| f32::from(image[i]) / 16.0);
    let hidden = (NW1 * x + NB1).map(|v| v.max(0.0));
    NW2 * hidden + NB2
}

/// [`crate::digits::classify`] with nalgebra.
pub fn digits_classify(image: &[u8; PIXELS]) -> usize {
    digits_logits(image).imax()
}

/// [`crate::kalman::F`].
const F: Matrix4<f32> = Matrix4::new(
    1.0, 0.0, DT, 0.0, //
    0.0, 1.0, 0.0, DT, //
    0.0, 0.0, 1.0, 0.0, //
    0.0, 0.0, 0.0, 1.0,
);
/// [`crate::kalman::H`].
const H: Matrix2x4<f32> = Matrix2x4::new(1.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0);
/// [`crate::kalman::Q`].
const Q: Matrix4<f32> = {
    let (a, b, c) = (
        ACCEL * DT * DT * DT / 3.0,
        ACCEL * DT * DT / 2.0,
        ACCEL * DT,
    );
    Matrix4::new(
        a, 0.0, b, 0.0, 0.0, a, 0.0, b, b, 0.0, c, 0.0, 0.0, b, 0.0, c,
    )
};
/// [`crate::kalman::R`].
const R: Matrix2<f32> = Matrix2::new(SIGMA * SIGMA, 0.0, 0.0, SIGMA * SIGMA);

/// The belief of the nalgebra filter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct NBelief {
    /// `[px, py, vx, vy]`.
    pub x: Vector4<f32>,
    /// Covariance of `x`.
    pub p: Matrix4<f32>,
}

/// [`crate::kalman::step`] with nalgebra.
#[inline(never)]
pub fn kalman_step(belief: &NBelief, z: Vector2<f32>) -> NBelief {
    let x = F * belief.x;
    let p = F * belief.p * F.transpose() + Q;
    let y = z - H * x;
    let ph = p * H.transpose();
    let s = H * ph + R;
    let (a, b, c, d) = (s[(0, 0)], s[(0, 1)], s[(1, 0)], s[(1, 1)]);
    let gain = ph * (Matrix2::new(d, -b, -c, a) / (a * d - b * c));
    NBelief {
        x: x + gain * y,
        p: p - gain * (H * p),
    }
}

impl Filter for NBelief {
    fn start(z: [f32; 2]) -> Self {
        let v = SIGMA * SIGMA;
        Self {
            x: Vector4::new(z[0], z[1], 0.0, 0.0),
            p: Matrix4::from_diagonal(&Vector4::new(v, v, 4.0, 4.0)),
        }
    }
    fn next(&self, z: [f32; 2]) -> Self {
        kalman_step(self, Vector2::from(z))
    }
    fn state(&self) -> [f32; 4] {
        self.x.into()
    }
}

//! Neural-network functions: `sigmoid`, `relu`, `clip`, numerically stable `softmax`,
//! `log_softmax` and `logsumexp` along a typed axis, `layernorm` over the last axis, and the MSE
//! and cross-entropy losses.

use super::kernel::math::{self, Func};
use super::reduce_kernel::{self as kernel};
use super::reduce_whole::{contiguous_extreme, max_step};
use crate::parallel;
use crate::storage::{Buffer, Kind};
use crate::{Axis, Dim, Elem, Shape, Tensor};
use num_traits::Float;

type Kept<S, const AX: isize> = <S as Axis<AX>>::Kept;
type Removed<S, const AX: isize> = <S as Axis<AX>>::Removed;
/// The last axis of `S`.
type Last<S> = <S as Axis<-1>>::Dim;

/// **Neural-network helpers** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem + PartialOrd, S: Shape, K: Kind> Tensor<T, S, K> {
    /// Limits every element to `lo..=hi`; NaN stays NaN (NumPy `np.clip`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![-2, 0, 5].clip(-1, 3).as_slice(), &[-1, 0, 3]);
    /// ```
    #[must_use]
    pub fn clip(&self, lo: T, hi: T) -> Self {
        self.map(|x| {
            if x < lo {
                lo
            } else if x > hi {
                hi
            } else {
                x
            }
        })
    }
}

/// **Neural-network helpers** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem + Float, S: Shape, K: Kind> Tensor<T, S, K> {
    /// `1 / (1 + e^-x)` elementwise, computed without overflow for large `|x|` (vectorized,
    /// within 2.5 ulp in `f32`: see [`math`]).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let s = tensor![0.0f64, 1000.0, -1000.0].sigmoid();
    /// assert_eq!(s.as_slice(), &[0.5, 1.0, 0.0]);
    /// ```
    #[must_use]
    pub fn sigmoid(&self) -> Self {
        self.vector_map(Func::Sigmoid, |x| {
            if x >= T::zero() {
                T::one() / (T::one() + (-x).exp())
            } else {
                let e = x.exp();
                e / (T::one() + e)
            }
        })
    }
}

/// Rows (of the last axis) per task when row-wise softmax work is split across cores: about
/// [`math::GRAIN`] elements.
fn row_grain(n: usize) -> usize {
    (math::GRAIN / n.max(1)).max(1)
}

/// `o = exp(x - max(x))` over one row, returning the max; `o` holds the shifted exponentials.
fn shifted_exp<T: Elem + Float>(x: &[T], o: &mut [T]) -> T {
    let m = contiguous_extreme(x, max_step);
    for (o, &x) in o.iter_mut().zip(x) {
        *o = x - m;
    }
    math::map_inplace_or(Func::Exp, o, T::exp);
    m
}

/// `logsumexp` sums the exponentials of a row this many at a time.
const LSE_BLOCK: usize = 256;

/// Short rows are handled this many elements at a time by [`for_each_shifted_row`] (and by
/// `logsumexp`, whose block it fills: not above [`LSE_BLOCK`]).
const ROW_GROUP: usize = LSE_BLOCK;

/// Calls `f(row, max, o_row)` for each row of `n` elements of `x` in order, `o_row` holding the
/// row's `exp(x - max(x))` (as [`shifted_exp`] computes it). Short rows are shifted a group
/// of about [`ROW_GROUP`] elements at a time and exponentiated by one vector call for the
/// group: the same values (the kernel is elementwise), without a call per row (64 rows of 10
/// classes: 3.5 µs a softmax, most of it per-row calls).
fn for_each_shifted_row<T: Elem + Float>(
    x: &[T],
    o: &mut [T],
    n: usize,
    mut f: impl FnMut(usize, T, &mut [T]),
) {
    let rows = (ROW_GROUP / n.max(1)).max(1);
    let mut maxes = [T::zero(); ROW_GROUP];
    for (g, (o, x)) in o.chunks_mut(rows * n).zip(x.chunks(rows * n)).enumerate() {
        for ((o, x), m) in o.chunks_exact_mut(n).zip(x.chunks_exact(n)).zip(&mut maxes) {
            *m = contiguous_extreme(x, max_step);
            for (o, &x) in o.iter_mut().zip(x) {
                *o = x - *m;
            }
        }
        math::map_inplace_or(Func::Exp, o, T::exp);
        for (r, (o, &m)) in o.chunks_exact_mut(n).zip(&maxes).enumerate() {
            f(g * rows + r, m, o);
        }
    }
}

/// `m + ln(s)`, and `-inf` for an all `-inf` lane (max `-inf`), not NaN.
fn lse_from<T: Float>(m: T, s: T) -> T {
    if m.is_infinite() && m < T::zero() {
        m
    } else {
        m + s.ln()
    }
}

/// **Neural-network helpers** (see the [map of methods by topic](crate::Tensor#methods-by-topic)).
impl<T: Elem + Float, S: Shape, K: Kind> Tensor<T, S, K> {
    /// `max(x, 0)` elementwise; NaN stays NaN (NumPy `np.maximum(x, 0)`, PyTorch `relu`), and
    /// `-0.0` stays `-0.0` (only values below zero become `0.0`).
    ///
    /// Keeping NaN costs one instruction per four `f32` on baseline x86-64 (SSE2): `maxps`
    /// returns its second operand when either is NaN and overwrites its first, so `x` goes
    /// second and each vector needs its own zero register; `f32::max(x, 0.0)` (nalgebra's
    /// idiom) turns NaN into `0.0` and reuses one zero. LLVM compiles every NaN-keeping
    /// formulation (`x < 0 ? 0 : x`, a compare-and-mask, `x >= 0 || x.is_nan()`) to that
    /// same pair.
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![-1.5f32, 2.0].relu().as_slice(), &[0.0, 2.0]);
    /// let r = tensor![f32::NAN, -0.0, f32::NEG_INFINITY].relu();
    /// assert!(r[[0]].is_nan());
    /// assert_eq!(r[[1]].to_bits(), (-0.0f32).to_bits());
    /// assert_eq!(r[[2]], 0.0);
    /// ```
    #[must_use]
    pub fn relu(&self) -> Self {
        self.map(|x| if x < T::zero() { T::zero() } else { x })
    }

    /// Softmax along axis `AX`: `exp(x - max) / sum(exp(x - max))`, stable for large inputs.
    ///
    /// # Panics
    /// When axis `AX` is empty but the tensor's other axes are not (no max to subtract).
    ///
    /// ```
    /// use tensorial::tensor;
    /// let p = tensor![[1000.0, 1000.0], [0.0, f64::ln(3.0)]].softmax::<-1>();
    /// assert_eq!(p.as_slice()[..2], [0.5, 0.5]);
    /// assert!((p[[1, 1]] - 0.75).abs() < 1e-12);
    /// ```
    #[must_use]
    pub fn softmax<const AX: isize>(&self) -> Self
    where
        S: Axis<AX>,
    {
        let dims = Self::split::<AX>();
        if dims.2 == 1 {
            // Contiguous lanes: each row's max, exponentials, sum and quotients while it is in
            // cache, with the same kernels (so the same results) as the general path below;
            // rows split across cores for big tensors.
            assert!(dims.1 > 0 || dims.0 == 0, "max/min along an empty axis");
            let n = dims.1.max(1);
            let x = self.as_slice();
            return Self::build(|o| {
                parallel::for_each_chunk_mut(o, row_grain(n) * n, n, |offset, o| {
                    let x = &x[offset..offset + o.len()];
                    for_each_shifted_row(x, o, n, |_, _, o| {
                        let s = kernel::sum(o);
                        for o in o.iter_mut() {
                            *o = *o / s;
                        }
                    });
                });
            });
        }
        let max = Self::max_into::<AX, Kept<S, AX>>(self.as_slice());
        let mut out = Self::build(|o| {
            kernel::zip_lanes(self.as_slice(), dims, max.as_slice(), o, |x, m| x - m);
            math::par_map_inplace_or(Func::Exp, o, T::exp);
        });
        let sum = Self::sum_into::<AX, Kept<S, AX>>(out.as_slice());
        kernel::update_lanes(out.as_mut_slice(), dims, sum.as_slice(), |e, s| e / s);
        out
    }

    /// `log(sum(exp(x)))` along axis `AX`, removing it; stable for large inputs.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let l = tensor![[1000.0, 1000.0]].logsumexp::<1>();
    /// assert!((l[[0]] - (1000.0 + f64::ln(2.0))).abs() < 1e-9);
    /// ```
    #[must_use]
    pub fn logsumexp<const AX: isize>(&self) -> Tensor<T, Removed<S, AX>, K>
    where
        S: Axis<AX>,
    {
        self.logsumexp_into::<AX, Removed<S, AX>>()
    }

    /// `x - logsumexp(x)` along axis `AX`: log-probabilities, stable for large inputs.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let l = tensor![[0.0, f64::ln(3.0)]].log_softmax::<-1>();
    /// assert!((l[[0, 1]] - f64::ln(0.75)).abs() < 1e-12);
    /// ```
    #[must_use]
    pub fn log_softmax<const AX: isize>(&self) -> Self
    where
        S: Axis<AX>,
    {
        let dims = Self::split::<AX>();
        if dims.2 == 1 && dims.1 > 0 {
            // Contiguous lanes: the row's shifted exponentials in the output, then `x - lse`
            // over them; rows split across cores for big tensors.
            let n = dims.1;
            let x = self.as_slice();
            return Self::build(|o| {
                parallel::for_each_chunk_mut(o, row_grain(n) * n, n, |offset, o| {
                    for (o, x) in o.chunks_exact_mut(n).zip(x[offset..].chunks_exact(n)) {
                        let m = shifted_exp(x, o);
                        let l = lse_from(m, kernel::sum(o));
                        for (o, &x) in o.iter_mut().zip(x) {
                            *o = x - l;
                        }
                    }
                });
            });
        }
        let lse = self.logsumexp_into::<AX, Kept<S, AX>>();
        Self::build(|o| {
            kernel::zip_lanes(self.as_slice(), dims, lse.as_slice(), o, |x, l| x - l);
        })
    }

    fn logsumexp_into<const AX: isize, S2: Shape>(&self) -> Tensor<T, S2, K>
    where
        S: Axis<AX>,
    {
        let dims = Self::split::<AX>();
        if dims.2 == 1 && dims.1 > 0 {
            // Contiguous lanes: per row, the shifted exponentials a block at a time in a stack
            // buffer (no full-size temporary); rows split across cores for big tensors.
            const BLOCK: usize = LSE_BLOCK;
            let n = dims.1;
            let x = self.as_slice();
            return Tensor::build(|out| {
                parallel::for_each_chunk_mut(out, row_grain(n), 1, |row0, lse| {
                    let mut block = [T::zero(); BLOCK];
                    if n <= BLOCK {
                        // Short rows, a group of them in the block at a time (`ROW_GROUP` is
                        // `BLOCK`): the same sums (`0 + Σ`) with one exp call per group.
                        let rows = ROW_GROUP / n;
                        let x = &x[row0 * n..(row0 + lse.len()) * n];
                        for (lse, x) in lse.chunks_mut(rows).zip(x.chunks(rows * n)) {
                            for_each_shifted_row(x, &mut block[..x.len()], n, |r, m, o| {
                                lse[r] = lse_from(m, T::zero() + kernel::sum(o));
                            });
                        }
                        return;
                    }
                    for (l, x) in lse.iter_mut().zip(x[row0 * n..].chunks_exact(n)) {
                        let m = contiguous_extreme(x, max_step);
                        let mut s = T::zero();
                        for x in x.chunks(BLOCK) {
                            let b = &mut block[..x.len()];
                            for (b, &x) in b.iter_mut().zip(x) {
                                *b = x - m;
                            }
                            math::map_inplace_or(Func::Exp, b, T::exp);
                            s = s + kernel::sum(b);
                        }
                        *l = lse_from(m, s);
                    }
                });
            });
        }
        let mut out = Self::max_into::<AX, S2>(self.as_slice());
        let mut shifted = <K::Buf<T, S>>::for_overwrite(); // every element written
        kernel::zip_lanes(
            self.as_slice(),
            dims,
            out.as_slice(),
            shifted.as_mut_slice(),
            |x, m| x - m,
        );
        math::par_map_inplace_or(Func::Exp, shifted.as_mut_slice(), T::exp);
        let sums = Self::sum_into::<AX, S2>(shifted.as_slice());
        for (m, &s) in out.iter_mut().zip(sums.iter()) {
            *m = lse_from(*m, s);
        }
        out
    }

    /// Layer normalization over the last axis: `(x - mean) / sqrt(var + eps) * gamma + beta`,
    /// with `gamma` and `beta` as long as that axis.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let x = tensor![[1.0, 3.0], [2.0, 6.0]];
    /// let y = x.layernorm(&tensor![1.0, 2.0], &tensor![0.0, 10.0], 0.0);
    /// assert_eq!(y.as_slice(), &[-1.0, 12.0, -1.0, 12.0]);
    /// ```
    #[must_use]
    pub fn layernorm<K2: Kind, K3: Kind>(
        &self,
        gamma: &Tensor<T, (Last<S>,), K2>,
        beta: &Tensor<T, (Last<S>,), K3>,
        eps: T,
    ) -> Self
    where
        S: Axis<-1>,
    {
        let d = <Last<S> as Dim>::SIZE;
        let mean = Self::mean_into::<-1, Kept<S, -1>>(self.as_slice());
        let var = Self::var_into::<-1, Kept<S, -1>>(self.as_slice());
        let (gamma, beta) = (gamma.as_slice(), beta.as_slice());
        Self::build(|out| {
            let rows = out
                .chunks_exact_mut(d.max(1))
                .zip(self.as_slice().chunks_exact(d.max(1)));
            for ((o, x), (&m, &v)) in rows.zip(mean.iter().zip(var.iter())) {
                let inv = (v + eps).sqrt().recip();
                for (((o, &x), &g), &b) in o.iter_mut().zip(x).zip(gamma).zip(beta) {
                    *o = (x - m) * inv * g + b;
                }
            }
        })
    }

    /// Mean squared error against `target` of the same shape (NumPy `((a - b) ** 2).mean()`).
    ///
    /// ```
    /// use tensorial::tensor;
    /// assert_eq!(tensor![1.0, 2.0].mse_loss(&tensor![1.0, 4.0]), 2.0);
    /// ```
    #[must_use]
    pub fn mse_loss<K2: Kind>(&self, target: &Tensor<T, S, K2>) -> T {
        let sq = Self::build(|o| {
            let pairs = self.iter().zip(target.iter());
            o.iter_mut()
                .zip(pairs)
                .for_each(|(o, (&a, &b))| *o = (a - b) * (a - b));
        });
        sq.mean()
    }

    /// Cross-entropy of logits (classes on the last axis) against integer class labels, averaged
    /// over all the other positions: `mean(logsumexp(x) - x[label])`.
    ///
    /// # Panics
    /// When a label is not below the number of classes.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let logits = tensor![[0.0, f64::ln(3.0)], [0.0, 0.0]];
    /// let loss = logits.cross_entropy(&tensor![1usize, 0]);
    /// assert!((loss - (-(0.75f64.ln()) - 0.5f64.ln()) / 2.0).abs() < 1e-12);
    /// ```
    #[must_use]
    pub fn cross_entropy<K2: Kind>(&self, labels: &Tensor<usize, Removed<S, -1>, K2>) -> T
    where
        S: Axis<-1>,
    {
        let classes = <Last<S> as Dim>::SIZE;
        let lse = self.logsumexp_into::<-1, Removed<S, -1>>();
        let rows = self.as_slice().chunks_exact(classes.max(1));
        let total =
            rows.zip(labels.iter())
                .zip(lse.iter())
                .fold(T::zero(), |acc, ((row, &c), &l)| {
                    assert!(
                        c < classes,
                        "label {c} is out of range for {classes} classes"
                    );
                    acc + l - row[c]
                });
        total / super::reduce::count::<T>(labels.len())
    }

    /// [`cross_entropy`](Self::cross_entropy) and [`softmax`](Self::softmax) along the last
    /// axis (the value and the backward of the autodiff loss), bit-identical to the two calls;
    /// small tensors of short rows share one pass over their exponentials.
    #[cfg(feature = "alloc")] // autodiff's
    pub(crate) fn cross_entropy_and_softmax<K2: Kind>(
        &self,
        labels: &Tensor<usize, Removed<S, -1>, K2>,
    ) -> (T, Self)
    where
        S: Axis<-1>,
    {
        let n = <Last<S> as Dim>::SIZE;
        // Rows past `LSE_BLOCK` sum their exponentials in blocks in `logsumexp`; tensors past
        // `GRAIN` are split across cores by `softmax`.
        if n == 0 || n > LSE_BLOCK || S::NUMEL > math::GRAIN {
            return (self.cross_entropy(labels), self.softmax::<-1>());
        }
        let x = self.as_slice();
        let mut labels = labels.iter();
        let mut total = T::zero();
        let p = Self::build(|o| {
            for_each_shifted_row(x, o, n, |r, m, o| {
                let s = kernel::sum(o);
                let c = *labels.next().expect("one label per row");
                assert!(c < n, "label {c} is out of range for {n} classes");
                // As `cross_entropy` (whose blockwise sum is `0 + s` for rows this short).
                total = total + lse_from(m, s) - x[r * n + c];
                for o in o.iter_mut() {
                    *o = *o / s;
                }
            });
        });
        (total / super::reduce::count::<T>(S::NUMEL / n), p)
    }

    /// Cross-entropy of logits (classes on the last axis) against target probabilities of the
    /// same shape, averaged over the other positions: `mean(-sum(p * log_softmax(x)))`.
    ///
    /// ```
    /// use tensorial::tensor;
    /// let logits = tensor![[0.0, f64::ln(3.0)]];
    /// let loss = logits.cross_entropy_probs(&tensor![[0.0, 1.0]]);
    /// assert!((loss + 0.75f64.ln()).abs() < 1e-12);
    /// ```
    #[must_use]
    pub fn cross_entropy_probs<K2: Kind>(&self, targets: &Tensor<T, S, K2>) -> T
    where
        S: Axis<-1>,
    {
        let rows = S::NUMEL / <Last<S> as Dim>::SIZE.max(1);
        let logp = self.log_softmax::<-1>();
        let total = logp
            .iter()
            .zip(targets.iter())
            .fold(T::zero(), |acc, (&l, &p)| acc - p * l);
        total / super::reduce::count::<T>(rows)
    }
}

#[cfg(test)]
mod tests {
    use super::Removed;
    use crate::{Axis, Heap, Rank2, Rank3, SeededRng, Shape, Tensor};

    /// The fused loss and softmax equal the two separate calls bit for bit, and the softmax a
    /// naive per-row loop, on short rows (grouped, with a partial last group) and long ones.
    fn check<S: Shape + Axis<-1>>(rng: &mut SeededRng) {
        let n = S::DIMS.as_ref().last().copied().unwrap_or(1);
        let x = Tensor::<f32, S, Heap>::uniform(rng, -8.0, 8.0);
        let labels = Tensor::<usize, Removed<S, -1>, Heap>::from_fn(|_| {
            usize::try_from(rng.below(n as u64)).unwrap()
        });
        let (loss, p) = x.cross_entropy_and_softmax(&labels);
        assert_eq!(loss.to_bits(), x.cross_entropy(&labels).to_bits(), "{n}");
        assert_eq!(p, x.softmax::<-1>(), "{n}");
        let mut total = 0.0;
        let rows = x.as_slice().chunks(n).zip(p.as_slice().chunks(n));
        for ((row, p), &c) in rows.zip(labels.iter()) {
            let m = row
                .iter()
                .copied()
                .fold(f64::NEG_INFINITY, |a, v| a.max(f64::from(v)));
            let e: std::vec::Vec<f64> = row.iter().map(|&v| (f64::from(v) - m).exp()).collect();
            let s: f64 = e.iter().sum();
            for (&p, e) in p.iter().zip(&e) {
                assert!((f64::from(p) - e / s).abs() < 1e-6, "{n}: {p} vs {}", e / s);
            }
            total += m + s.ln() - f64::from(row[c]);
        }
        #[allow(clippy::cast_precision_loss)]
        let naive = total / labels.len() as f64;
        assert!(
            (f64::from(loss) - naive).abs() < 1e-5 * naive.abs().max(1.0),
            "{n}"
        );
    }

    #[test]
    fn fused_cross_entropy_and_softmax_match_the_separate_ops() {
        let mut rng = SeededRng::new(11);
        check::<Rank2<64, 10>>(&mut rng);
        check::<Rank2<100, 3>>(&mut rng);
        check::<Rank2<3, 1>>(&mut rng);
        check::<Rank2<5, 300>>(&mut rng);
        check::<Rank3<2, 7, 33>>(&mut rng);
        check::<Rank2<600, 256>>(&mut rng); // past the size fused in one pass
    }
}

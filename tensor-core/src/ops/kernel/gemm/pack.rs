//! Packing: copies a block of an operand into the panel layout the micro-kernels read.

use num_traits::Zero;

/// Depths packed side by side by [`Panels::pack_contiguous`]: the sequential read streams.
const DEPTHS: usize = 8;

/// A matrix whose element `(x, p)` is `data[x·sx + p·sp]`: `x` runs along the panels (rows of
/// `a`, columns of `b`), `p` along the depth.
#[derive(Clone, Copy)]
pub(crate) struct Panels<'a, T> {
    pub data: &'a [T],
    pub sx: usize,
    pub sp: usize,
}

impl<T: Copy + Zero> Panels<'_, T> {
    /// Packs `x0..x0 + xn` × `p0..p0 + kc` into `out` as panels of `W`: panel `t` holds, for
    /// each depth `p`, the `W` elements `x = x0 + t·W + w` at `out[(t·kc + p)·W + w]`, zeros
    /// past `xn`.
    ///
    /// # Panics
    /// When `out` is shorter, or the block reaches outside `data`.
    pub(crate) fn pack<const W: usize>(
        self,
        (x0, xn): (usize, usize),
        (p0, kc): (usize, usize),
        out: &mut [T],
    ) {
        let len = xn.div_ceil(W) * kc * W;
        if len == 0 {
            return;
        }
        let (rows, _) = out[..len].as_chunks_mut::<W>();
        if self.sx == 1 {
            return self.pack_contiguous((x0, xn), (p0, kc), rows);
        }
        for (t, panel) in rows.chunks_exact_mut(kc).enumerate() {
            let first = x0 + t * W;
            let width = W.min(x0 + xn - first);
            if width == W && self.sp == 1 {
                // `W` rows, each contiguous along the depth: gather one element of each per
                // depth, so the stores are contiguous.
                let rows: [&[T]; W] = core::array::from_fn(|w| {
                    let start = (first + w) * self.sx + p0;
                    &self.data[start..start + kc]
                });
                for (p, dst) in panel.iter_mut().enumerate() {
                    *dst = core::array::from_fn(|w| rows[w][p]);
                }
                continue;
            }
            if width < W {
                for dst in panel.iter_mut() {
                    dst[width..].fill(T::zero());
                }
            }
            for w in 0..width {
                let start = (first + w) * self.sx + p0 * self.sp;
                if self.sp == 1 {
                    let src = &self.data[start..start + kc];
                    for (dst, &v) in panel.iter_mut().zip(src) {
                        dst[w] = v;
                    }
                } else {
                    for (p, dst) in panel.iter_mut().enumerate() {
                        dst[w] = self.data[start + p * self.sp];
                    }
                }
            }
        }
    }

    /// [`pack`](Self::pack) when the panel axis is contiguous (`sx == 1`, as the rows of a
    /// row-major `b`), [`DEPTHS`] depths at a time: panel after panel, the next `W` elements of
    /// each of those depths, so the reads are [`DEPTHS`] sequential streams and the writes one
    /// contiguous run per panel. Panel by panel over all `kc` depths (as before) the reads were
    /// `kc` streams of `W` elements, which the prefetchers do not follow (at 2048² most of the
    /// packing time stalled on them); depth by depth over all panels, the writes went `kc·W`
    /// apart, into the same cache sets (64×128·128×784 `f32` 7 % slower).
    fn pack_contiguous<const W: usize>(
        self,
        (x0, xn): (usize, usize),
        (p0, kc): (usize, usize),
        rows: &mut [[T; W]],
    ) {
        let (whole, rest) = (xn / W, xn % W);
        for d0 in (0..kc).step_by(DEPTHS) {
            let depths = d0..kc.min(d0 + DEPTHS);
            for t in 0..whole {
                for p in depths.clone() {
                    let start = x0 + t * W + (p0 + p) * self.sp;
                    rows[t * kc + p] = *self.data[start..].first_chunk().expect("W elements");
                }
            }
            if rest > 0 {
                for p in depths {
                    let start = x0 + whole * W + (p0 + p) * self.sp;
                    let dst = &mut rows[whole * kc + p];
                    dst[..rest].copy_from_slice(&self.data[start..start + rest]);
                    dst[rest..].fill(T::zero());
                }
            }
        }
    }
}

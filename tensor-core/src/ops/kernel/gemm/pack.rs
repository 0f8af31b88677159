//! Packing: copies a block of an operand into the panel layout the micro-kernels read.

use num_traits::Zero;

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
    /// row-major `b`): depth by depth, each depth's `xn` elements read in one sequential pass
    /// and dealt out to the panels. Panel by panel, it read `W` elements of every depth, `sp`
    /// apart, which the prefetchers do not follow: at 2048² `f32` the reads stalled on memory
    /// for most of the packing time.
    fn pack_contiguous<const W: usize>(
        self,
        (x0, xn): (usize, usize),
        (p0, kc): (usize, usize),
        rows: &mut [[T; W]],
    ) {
        for p in 0..kc {
            let start = x0 + (p0 + p) * self.sp;
            let (whole, rest) = self.data[start..start + xn].as_chunks::<W>();
            for (t, chunk) in whole.iter().enumerate() {
                rows[t * kc + p] = *chunk;
            }
            if !rest.is_empty() {
                let dst = &mut rows[whole.len() * kc + p];
                dst[..rest.len()].copy_from_slice(rest);
                dst[rest.len()..].fill(T::zero());
            }
        }
    }
}

//! How a product is split across threads: a grid of output blocks, one per task.

/// Output blocks of `rows × cols` (multiples of the tile), `tm` block rows by `tn` block
/// columns: task `t` computes block `(t / tn, t % tn)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Grid {
    pub tm: usize,
    pub tn: usize,
    pub rows: usize,
    pub cols: usize,
}

impl Grid {
    /// The split of an `m×n` output (`k` deep, tiles of `mr×nr`) into `tasks` blocks with the
    /// least work on the busiest task: its padded block area times `k`, plus the packing of
    /// its `a` rows and `b` columns. Skinny products split along their long side (64×784·784×128
    /// splits its 128 columns), square ones along rows; ties go to rows, whose tasks share
    /// `b`'s layout.
    pub(super) fn new(
        (m, k, n): (usize, usize, usize),
        (mr, nr): (usize, usize),
        tasks: usize,
    ) -> Self {
        let (tiles_m, tiles_n) = (m.div_ceil(mr), n.div_ceil(nr));
        let mut best: Option<(usize, Grid)> = None;
        for tm in (1..=tasks).filter(|&tm| tasks.is_multiple_of(tm)) {
            let tn = tasks / tm;
            let rows = tiles_m.div_ceil(tm) * mr;
            let cols = tiles_n.div_ceil(tn) * nr;
            let cost = (rows * cols + rows + cols) * k;
            if best.is_none_or(|(c, _)| cost < c) {
                best = Some((cost, Grid { tm, tn, rows, cols }));
            }
        }
        best.map_or(
            Grid {
                tm: 1,
                tn: 1,
                rows: m,
                cols: n,
            },
            |(_, grid)| grid,
        )
    }

    /// Tasks in the grid.
    pub(super) const fn tasks(self) -> usize {
        self.tm * self.tn
    }

    /// Task `t`'s rows and columns of an `m×n` output, each as `(first, count)` (possibly
    /// empty at the far edges).
    pub(super) fn block(self, t: usize, m: usize, n: usize) -> ((usize, usize), (usize, usize)) {
        let span = |index: usize, size: usize, total: usize| {
            let first = (index * size).min(total);
            (first, size.min(total - first))
        };
        (
            span(t / self.tn, self.rows, m),
            span(t % self.tn, self.cols, n),
        )
    }
}

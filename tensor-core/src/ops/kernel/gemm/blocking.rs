//! How a product is split across threads: a grid of output blocks, one per task.

/// The cost of packing one element of `a` or `b`, in multiply-adds of the micro-kernel (which
/// runs 16 `f64` or 32 `f32` of them per cycle; packing moves a few elements per cycle).
/// 784×64·64×128 `f64` on two threads (6×32 tiles): with a weight of 1 its 786×64 column
/// blocks (each thread packing all of `a`) looked cheaper than 396×128 row blocks, and took
/// 0.104–0.108 ms against NumPy's 0.103; split by rows (now) 0.076–0.079 ms (probe medians, three
/// alternating rounds).
pub(super) const PACK_COST: usize = 8;

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
    /// its `a` rows and `b` columns ([`PACK_COST`] each element). Skinny products split along
    /// their long side (64×784·784×128 splits its 128 columns, 784×64·64×128 its rows). Ties
    /// go to the first candidate, one block of rows split by columns (`tm = 1`), so a square
    /// product whose tiles divide evenly splits its columns.
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
            let cost = (rows * cols + PACK_COST * (rows + cols)) * k;
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

    /// The depth block of each task when the product should split its depth `k` instead of its
    /// output (each task a partial product of all of `c`, added up after): when that reads less
    /// of `a` and `b` per task than this grid's blocks, counting each partial product twice
    /// (written by its task, added up by the caller alone). 64×784·784×128 on two threads:
    /// 75 K elements of `a` and `b` plus 16 K, against 100 K for its column blocks. Blocks are multiples of `mr` rows, as the rows of a product whose `m`
    /// is this `k` split (the forward product of a weight matrix and its gradient's product then
    /// split the weights' rows alike). `None` for one task or when the grid reads less.
    pub(super) fn depth_split(
        self,
        (m, k, n): (usize, usize, usize),
        mr: usize,
        tasks: usize,
    ) -> Option<usize> {
        if tasks < 2 {
            return None;
        }
        let depth = k.div_ceil(mr).div_ceil(tasks) * mr;
        let split = (m + n) * depth + 2 * (tasks - 1) * m * n;
        let grid = (self.rows + self.cols) * k;
        (split < grid && depth < k).then_some(depth)
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

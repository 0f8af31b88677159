//! Conway's game of life from eight shifted slices of the board: the game-of-life section of
//! the NumPy tutorial on vectorization (seed 003).
//!
//! Run with `cargo run --example game_of_life`.
//!
//! ```python
//! def iterate(Z):
//!     # Count neighbours
//!     N = (Z[0:-2,0:-2] + Z[0:-2,1:-1] + Z[0:-2,2:] +
//!          Z[1:-1,0:-2]                + Z[1:-1,2:] +
//!          Z[2:  ,0:-2] + Z[2:  ,1:-1] + Z[2:  ,2:])
//!     # Apply rules
//!     birth = (N==3) & (Z[1:-1,1:-1]==0)
//!     survive = ((N==2) | (N==3)) & (Z[1:-1,1:-1]==1)
//!     Z[...] = 0
//!     Z[1:-1,1:-1][birth | survive] = 1
//!     return Z
//! ```
//!
//! NumPy's eight shifted slices are eight windows of the inner size at offsets `(di, dj)`:
//! `Z[0:-2, 1:-1]` is `z.window::<0, {H - 2}>(0).window::<1, {W - 2}>(1)`, a view checked when
//! it is taken. `Z[1:-1, 1:-1]` itself is `s!(z[1..-1, 1..-1])`; its length depends on the
//! board size, so it is annotated (and checked). The board size is a constant: stable Rust
//! cannot compute `H - 2` from a generic `H`.

use tensorial::SeededRng;
use tensorial::prelude::*;

/// Board height.
pub const H: usize = 20;
/// Board width.
pub const W: usize = 40;
/// A board: 1 for a live cell, 0 for a dead one. The border cells never come alive.
pub type Board = Tensor<u8, Rank2<H, W>>;
/// The shape of the inner cells, `Z[1:-1, 1:-1]`.
pub type InnerShape = Rank2<{ H - 2 }, { W - 2 }>;
/// The neighbour counts of the inner cells.
pub type Inner = Tensor<u8, InnerShape>;

/// The number of live neighbours of every inner cell: the sum of the eight shifted windows.
pub fn neighbours(z: &Board) -> Inner {
    // N = (Z[0:-2,0:-2] + Z[0:-2,1:-1] + Z[0:-2,2:] +
    //      Z[1:-1,0:-2]                + Z[1:-1,2:] +
    //      Z[2:  ,0:-2] + Z[2:  ,1:-1] + Z[2:  ,2:])
    let mut n = Inner::zeros();
    for (di, dj) in [
        (0, 0),
        (0, 1),
        (0, 2),
        (1, 0),
        (1, 2),
        (2, 0),
        (2, 1),
        (2, 2),
    ] {
        n += z.window::<0, { H - 2 }>(di).window::<1, { W - 2 }>(dj);
    }
    n
}

/// One generation, in place, as in the tutorial.
pub fn iterate(z: &mut Board) {
    let n = neighbours(z);
    let center: View<'_, u8, InnerShape> = s!(z[1..-1, 1..-1]); // Z[1:-1,1:-1]
    // birth = (N==3) & (Z[1:-1,1:-1]==0)
    let birth = n.eq_elem(3) & center.eq_elem(0);
    // survive = ((N==2) | (N==3)) & (Z[1:-1,1:-1]==1)
    let survive = (n.eq_elem(2) | n.eq_elem(3)) & center.eq_elem(1);
    z.view_mut().fill(0); // Z[...] = 0
    // Z[1:-1,1:-1][birth | survive] = 1
    let mut inner: ViewMut<'_, u8, InnerShape> = s_mut!(z[1..-1, 1..-1]);
    inner.masked_fill(birth | survive, 1);
}

/// The top-left `rows × cols` corner of the board as text: `#` for a live cell, `.` for a
/// dead one.
pub fn render(z: &Board, rows: usize, cols: usize) -> Vec<String> {
    z.as_slice()
        .chunks(W)
        .take(rows)
        .map(|row| {
            row[..cols]
                .iter()
                .map(|&c| if c == 1 { '#' } else { '.' })
                .collect()
        })
        .collect()
}

/// A glider in the top-left corner: it moves one cell down and right every 4 generations.
pub fn glider() -> Board {
    let mut z = Board::zeros();
    for (i, j) in [(1, 2), (2, 3), (3, 1), (3, 2), (3, 3)] {
        z[[i, j]] = 1;
    }
    z
}

/// `scipy.signal.convolve2d(Z, filters, mode='valid')` with plain loops, for the tutorial's
/// check that counting neighbours is a convolution.
fn convolve2d_valid(z: &Board, filters: &Tensor<u8, Rank2<3, 3>>) -> Inner {
    Inner::from_fn(|[i, j]| {
        let mut sum = 0;
        for di in 0..3 {
            for dj in 0..3 {
                // A convolution flips the kernel (this one is symmetric anyway).
                sum += z[[i + di, j + dj]] * filters[[2 - di, 2 - dj]];
            }
        }
        sum
    })
}

fn main() {
    // A glider, generations 0 to 4, side by side.
    let mut z = glider();
    let generations: Vec<Vec<String>> = (0..=4)
        .map(|_| {
            let picture = render(&z, 7, 7);
            iterate(&mut z);
            picture
        })
        .collect();
    println!("a glider, generations 0 to 4:");
    for line in 0..7 {
        let row: Vec<&str> = generations.iter().map(|g| g[line].as_str()).collect();
        println!("{}", row.join("   "));
    }

    // Z = np.random.choice([0,1], size=(H, W)), then many generations.
    let mut rng = SeededRng::new(1);
    let mut z = Board::randint(&mut rng, 0, 2);
    let population: Vec<u32> = (0..100)
        .map(|_| {
            let alive = z.cast::<u32>().sum();
            iterate(&mut z);
            alive
        })
        .collect();
    println!("\npopulation of a random {H}×{W} board, generations 0..100:\n{population:?}");
    println!("generation 100:\n{}", render(&z, H, W).join("\n"));

    // The neighbour count is a convolution with this kernel.
    let filters = tensor![[1u8, 1, 1], [1, 0, 1], [1, 1, 1]];
    let z = Board::randint(&mut rng, 0, 2);
    let n1 = neighbours(&z);
    let n2 = convolve2d_valid(&z, &filters);
    println!("\nAre N1 and N2 identical?\n{}", n1 == n2);
}

//! Slice kernels behind the shape ops: permuted (strided) copies, flips, and joins.
//!
//! Like [`kernel`](super::kernel) they take run-time dims over contiguous row-major buffers;
//! the typed layers guarantee the dims agree. `einsum!` reuses [`permute_copy`] to bring
//! operands into matmul order.

use super::kernel::MAX_RANK;

/// Side of the square tiles a transposing copy walks, so reads and writes both stay in cache.
const TILE: usize = 32;

/// `out` is `src` with its axes permuted: output axis `i` is source axis `perm[i]`
/// (NumPy `np.transpose(src, perm)` materialized).
///
/// Adjacent output axes that are also adjacent in the source are merged first, so a
/// permutation that keeps the last axis copies whole rows; a transposition of the two innermost
/// (merged) axes is walked in tiles.
///
/// # Panics
/// When `perm` is not a permutation of `0..src_dims.len()`, the rank is above
/// [`MAX_RANK`], or a slice length disagrees with the dims.
///
/// ```
/// use tensorial::ops::layout::permute_copy;
/// let src = [1, 2, 3, 4, 5, 6]; // 2×3
/// let mut out = [0; 6];
/// permute_copy(&mut out, (&src, &[2, 3]), &[1, 0]);
/// assert_eq!(out, [1, 4, 2, 5, 3, 6]); // 3×2
/// ```
pub fn permute_copy<T: Copy>(out: &mut [T], (src, src_dims): (&[T], &[usize]), perm: &[usize]) {
    let rank = src_dims.len();
    assert!(rank <= MAX_RANK, "rank above {MAX_RANK}");
    assert_eq!(perm.len(), rank, "one axis per source axis");
    let mut seen = [false; MAX_RANK];
    for &p in perm {
        assert!(p < rank && !seen[p], "{perm:?} is not a permutation");
        seen[p] = true;
    }
    let numel = src_dims.iter().product::<usize>();
    assert_eq!(src.len(), numel, "source length disagrees with dims");
    assert_eq!(out.len(), numel, "output length disagrees with dims");
    if numel == 0 {
        return;
    }
    let mut src_strides = [0; MAX_RANK];
    let mut stride = 1;
    for axis in (0..rank).rev() {
        src_strides[axis] = stride;
        stride *= src_dims[axis];
    }
    // Output axes with their source strides; size-1 axes dropped, contiguous runs merged.
    let mut dims = [0; MAX_RANK];
    let mut strides = [0; MAX_RANK];
    let mut n = 0;
    for &p in perm {
        let (d, s) = (src_dims[p], src_strides[p]);
        if d == 1 {
            continue;
        }
        if n > 0 && strides[n - 1] == s * d {
            dims[n - 1] *= d;
            strides[n - 1] = s;
        } else {
            dims[n] = d;
            strides[n] = s;
            n += 1;
        }
    }
    match n {
        0 => out.copy_from_slice(src),
        1 if strides[0] == 1 => out.copy_from_slice(src),
        1 => strided_row(out, src, 0, strides[0]),
        _ if strides[n - 1] == 1 => {
            let row = dims[n - 1];
            for_each_offset(&dims[..n - 1], &strides[..n - 1], |k, off| {
                out[k * row..(k + 1) * row].copy_from_slice(&src[off..off + row]);
            });
        }
        _ => {
            let (rows, cols) = (dims[n - 2], dims[n - 1]);
            let (row_stride, col_stride) = (strides[n - 2], strides[n - 1]);
            for_each_offset(&dims[..n - 2], &strides[..n - 2], |k, off| {
                let block = &mut out[k * rows * cols..(k + 1) * rows * cols];
                tiled(block, src, off, (rows, row_stride), (cols, col_stride));
            });
        }
    }
}

/// `out[j] = src[start + j * stride]`.
fn strided_row<T: Copy>(out: &mut [T], src: &[T], start: usize, stride: usize) {
    for (j, o) in out.iter_mut().enumerate() {
        *o = src[start + j * stride];
    }
}

/// Fills the `rows × cols` block `out` from `src[start + r * row_stride + c * col_stride]`,
/// tile by tile.
fn tiled<T: Copy>(
    out: &mut [T],
    src: &[T],
    start: usize,
    (rows, row_stride): (usize, usize),
    (cols, col_stride): (usize, usize),
) {
    for r0 in (0..rows).step_by(TILE) {
        for c0 in (0..cols).step_by(TILE) {
            for r in r0..rows.min(r0 + TILE) {
                let c_end = cols.min(c0 + TILE);
                let base = start + r * row_stride;
                strided_row(
                    &mut out[r * cols + c0..r * cols + c_end],
                    src,
                    base + c0 * col_stride,
                    col_stride,
                );
            }
        }
    }
}

/// Calls `f(k, offset)` for the `k`-th multi-index of `dims` in row-major order, with
/// `offset = Σ index[i] * strides[i]` (once, with offset 0, for no axes).
fn for_each_offset(dims: &[usize], strides: &[usize], mut f: impl FnMut(usize, usize)) {
    let mut idx = [0; MAX_RANK];
    let mut offset = 0;
    let mut k = 0;
    loop {
        f(k, offset);
        k += 1;
        let mut axis = dims.len();
        loop {
            if axis == 0 {
                return;
            }
            axis -= 1;
            idx[axis] += 1;
            offset += strides[axis];
            if idx[axis] < dims[axis] {
                break;
            }
            offset -= strides[axis] * dims[axis];
            idx[axis] = 0;
        }
    }
}

/// `out` is `src` reversed along `axis` (NumPy `np.flip(src, axis)`).
///
/// # Panics
/// When `axis` is out of range or a slice length disagrees with the dims.
///
/// ```
/// use tensorial::ops::layout::flip_copy;
/// let mut out = [0; 6];
/// flip_copy(&mut out, (&[1, 2, 3, 4, 5, 6], &[2, 3]), 1);
/// assert_eq!(out, [3, 2, 1, 6, 5, 4]);
/// ```
pub fn flip_copy<T: Copy>(out: &mut [T], (src, dims): (&[T], &[usize]), axis: usize) {
    assert!(
        axis < dims.len(),
        "axis {axis} out of range for dims {dims:?}"
    );
    let numel = dims.iter().product::<usize>();
    assert_eq!(src.len(), numel, "source length disagrees with dims");
    assert_eq!(out.len(), numel, "output length disagrees with dims");
    let inner = dims[axis + 1..].iter().product::<usize>();
    let block = dims[axis] * inner;
    if block == 0 {
        return;
    }
    for (o, s) in out.chunks_exact_mut(block).zip(src.chunks_exact(block)) {
        for (o, s) in o.chunks_exact_mut(inner).zip(s.chunks_exact(inner).rev()) {
            o.copy_from_slice(s);
        }
    }
}

/// Joins `parts` along one axis into `out` (NumPy `np.concatenate`): every buffer is viewed as
/// `outer` rows (the product of the axes before the joined one), and row `r` of `out` is row
/// `r` of each part, in order.
///
/// # Panics
/// When a length is not a multiple of `outer`, or the parts' rows do not add up to a row of
/// `out`.
///
/// ```
/// use tensorial::ops::layout::concat_copy;
/// // [[1, 2], [3, 4]] and [[5], [6]] joined along axis 1: 2 rows.
/// let mut out = [0; 6];
/// concat_copy(&mut out, 2, &[&[1, 2, 3, 4], &[5, 6]]);
/// assert_eq!(out, [1, 2, 5, 3, 4, 6]);
/// ```
pub fn concat_copy<T: Copy>(out: &mut [T], outer: usize, parts: &[&[T]]) {
    if outer == 0 {
        assert!(
            out.is_empty() && parts.iter().all(|p| p.is_empty()),
            "no rows, yet elements"
        );
        return;
    }
    let row_len = |len: usize| {
        assert_eq!(
            len % outer,
            0,
            "length {len} is not a multiple of {outer} rows"
        );
        len / outer
    };
    let out_row = row_len(out.len());
    assert_eq!(
        parts.iter().map(|p| row_len(p.len())).sum::<usize>(),
        out_row,
        "the parts' rows do not add up to an output row"
    );
    if out_row == 0 {
        return;
    }
    let mut col = 0;
    for part in parts {
        let n = part.len() / outer;
        if n == 0 {
            continue;
        }
        for (o, p) in out.chunks_exact_mut(out_row).zip(part.chunks_exact(n)) {
            o[col..col + n].copy_from_slice(p);
        }
        col += n;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_axes_that_stay_adjacent() {
        // (2, 3, 4) -> axes (2, 0, 1): source axes 0 and 1 stay adjacent and merge.
        let src: [u32; 24] = core::array::from_fn(|i| u32::try_from(i).unwrap());
        let mut out = [0; 24];
        permute_copy(&mut out, (&src, &[2, 3, 4]), &[2, 0, 1]);
        for (k, &v) in out.iter().enumerate() {
            let (l, i, j) = (k / 6, k / 3 % 2, k % 3);
            assert_eq!(v as usize, (i * 3 + j) * 4 + l);
        }
    }

    #[test]
    fn tiles_large_transposes() {
        let (r, c) = (70, 45);
        let src: [u16; 70 * 45] = core::array::from_fn(|i| u16::try_from(i).unwrap());
        let mut out = [0; 70 * 45];
        permute_copy(&mut out, (&src, &[r, c]), &[1, 0]);
        for i in 0..r {
            for j in 0..c {
                assert_eq!(out[j * r + i], src[i * c + j]);
            }
        }
    }

    #[test]
    #[should_panic(expected = "not a permutation")]
    fn rejects_repeated_axes() {
        let mut out = [0; 4];
        permute_copy(&mut out, (&[1, 2, 3, 4], &[2, 2]), &[0, 0]);
    }

    #[test]
    #[should_panic(expected = "do not add up")]
    fn rejects_short_parts() {
        let mut out = [0; 6];
        concat_copy(&mut out, 2, &[&[1, 2], &[3, 4]]);
    }
}

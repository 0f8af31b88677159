//! NumPy-style printing: aligned columns, nested brackets, `...` for the middle of big tensors.
//!
//! Works without an allocator: widths are measured with a counting writer.

use crate::storage::Kind;
use crate::{Elem, Shape, Tensor};
use core::fmt::{self, Display, Write};

/// Tensors with more elements than this print only the first and last [`EDGE`] entries per axis.
const SUMMARY_THRESHOLD: usize = 1000;
/// Entries kept at each end of a summarized axis.
const EDGE: usize = 3;

/// Formats an element as Debug (`1.0`, `NaN`, `true`), or a float with a given precision.
struct Cell<'a, T>(&'a T, Option<usize>);

impl<T: Elem> Display for Cell<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.1 {
            Some(p) if T::FLOAT => write!(f, "{:.*}", p, self.0),
            _ => write!(f, "{:?}", self.0),
        }
    }
}

/// Counts the characters written to it.
struct Width(usize);

impl Write for Width {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.chars().count();
        Ok(())
    }
}

fn width_of(v: impl Display) -> usize {
    let mut w = Width(0);
    let _ = write!(w, "{v}");
    w.0
}

/// Indices shown along an axis of length `n`: all, or the edges around a `None` gap.
fn shown(n: usize, summarize: bool) -> impl Iterator<Item = Option<usize>> {
    let cut = summarize && n > 2 * EDGE;
    let (head, tail) = if cut { (EDGE, n - EDGE) } else { (n, n) };
    (0..head)
        .map(Some)
        .chain(cut.then_some(None))
        .chain((tail..n).map(Some))
}

struct Layout<'a, T> {
    data: &'a [T],
    dims: &'a [usize],
    precision: Option<usize>,
    summarize: bool,
    width: usize,
    indent: usize,
}

impl<'a, T: Elem> Layout<'a, T> {
    fn write(&self, f: &mut fmt::Formatter<'_>, axis: usize, offset: usize) -> fmt::Result {
        if self.data.is_empty() {
            return f.write_str("[]"); // NumPy prints every empty array as `[]`
        }
        if axis == self.dims.len() {
            let v = Cell(&self.data[offset], self.precision);
            for _ in width_of(&v)..self.width {
                f.write_char(' ')?;
            }
            return write!(f, "{v}");
        }
        let stride: usize = self.dims[axis + 1..].iter().product();
        let inner = axis + 1 == self.dims.len();
        f.write_char('[')?;
        for (k, i) in shown(self.dims[axis], self.summarize).enumerate() {
            if k > 0 {
                f.write_char(',')?;
                if inner {
                    f.write_char(' ')?;
                } else {
                    for _ in 0..self.dims.len() - axis - 1 {
                        f.write_char('\n')?;
                    }
                    write!(f, "{:w$}", "", w = self.indent + axis + 1)?;
                }
            }
            match i {
                Some(i) => self.write(f, axis + 1, offset + i * stride)?,
                None => f.write_str("...")?,
            }
        }
        f.write_char(']')
    }

    fn new(
        data: &'a [T],
        dims: &'a [usize],
        precision: Option<usize>,
        indent: usize,
    ) -> Layout<'a, T> {
        let summarize = data.len() > SUMMARY_THRESHOLD;
        let mut layout = Layout {
            data,
            dims,
            precision,
            summarize,
            width: 0,
            indent,
        };
        layout.width = layout.max_width(0, 0);
        layout
    }

    fn max_width(&self, axis: usize, offset: usize) -> usize {
        if axis == self.dims.len() {
            return width_of(Cell(&self.data[offset], self.precision));
        }
        let stride: usize = self.dims[axis + 1..].iter().product();
        shown(self.dims[axis], self.summarize)
            .flatten()
            .map(|i| self.max_width(axis + 1, offset + i * stride))
            .max()
            .unwrap_or(0)
    }
}

/// Prints like NumPy's `str()`, with commas: `[[ 0,  1,  2],\n [ 3,  4,  5]]`.
/// A precision (`{:.2}`) applies to every element.
///
/// ```
/// use tensorial::{Rank2, Tensor};
/// let x = Tensor::<i32, Rank2<2, 3>>::from_fn(|[i, j]| (i * 3 + j) as i32 * 5);
/// assert_eq!(x.to_string(), "[[ 0,  5, 10],\n [15, 20, 25]]");
/// let y = Tensor::<f64, Rank2<1, 2>>::from_array([[0.5, 2.0]]);
/// assert_eq!(format!("{y:.2}"), "[[0.50, 2.00]]");
/// ```
impl<T: Elem, S: Shape, K: Kind> Display for Tensor<T, S, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        Layout::new(self.as_slice(), S::DIMS.as_ref(), f.precision(), 0).write(f, 0, 0)
    }
}

/// Prints like NumPy's `repr()`: `tensor([[1, 2],\n        [3, 4]], shape=[2, 2])`.
///
/// ```
/// use tensorial::tensor;
/// assert_eq!(format!("{:?}", tensor![[1, 2], [3, 4]]), "tensor([[1, 2],\n        [3, 4]], shape=[2, 2])");
/// ```
impl<T: Elem, S: Shape, K: Kind> fmt::Debug for Tensor<T, S, K> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("tensor(")?;
        Layout::new(self.as_slice(), S::DIMS.as_ref(), f.precision(), 7).write(f, 0, 0)?;
        write!(f, ", shape={:?})", S::DIMS)
    }
}

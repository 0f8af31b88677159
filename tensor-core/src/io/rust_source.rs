//! Tensors written as Rust source: `static` items to `include!`, so trained weights are compiled
//! into the program (into flash on a microcontroller) with every value exactly as trained.
//!
//! [`RustSource`] writes, for each named tensor,
//!
//! ```text
//! /// `W1`: f32, shape (2, 3).
//! pub static W1: ::tensorial::Tensor<f32, ::tensorial::Rank2<2, 3>> = ::tensorial::Tensor::from_array([
//!     [0.5, -1.25, 3e-8],
//!     [-0.0, 1e16, f32::from_bits(0x7fc00000)],
//! ]);
//! ```
//!
//! into any [`core::fmt::Write`] (a `String`, or a fixed buffer without `alloc`). The items are
//! inline tensors built by the `const fn` [`Tensor::from_array`], so they need no allocator and
//! no start-up code: the linker puts them in read-only data. `static`s are not limited by
//! [`MAX_INLINE_BYTES`](crate::MAX_INLINE_BYTES) (the cap applies to tensors built at run time).
//!
//! # Exact values
//! - Finite floats are written with Rust's shortest representation that reads back to the same
//!   bits (`{:?}`: `0.1`, `1e-45` for the smallest `f32` subnormal, `-0.0`), which the compiler
//!   parses to the same value.
//! - Infinities are written `f32::INFINITY` / `f32::NEG_INFINITY`; a NaN as
//!   `f32::from_bits(0x…)` with its bits, so its sign and payload survive too (`from_bits` is a
//!   `const fn`). Every NaN stays a NaN, as the `static` reads back bit for bit.
//! - Integers and `bool`s are written in decimal and as `true`/`false`.
//!
//! # Example
//!
//! ```
//! use tensorial::io::rust_source::RustSource;
//! use tensorial::{Bcast, Const, Tensor, tensor};
//!
//! let w = tensor![[0.5f32, -1.25], [f32::INFINITY, -0.0]];
//! let scale = Tensor::<f64, (Const<2>, Bcast)>::from_array([[0.1], [1e-300]]);
//! let mut source = RustSource::new(String::new());
//! source.tensor("W", &w)?.tensor("SCALE", &scale)?;
//! let text = source.finish();
//! assert!(text.contains(
//!     "pub static W: ::tensorial::Tensor<f32, ::tensorial::Rank2<2, 2>> = ::tensorial::Tensor::from_array([\n    \
//!      [0.5, -1.25],\n    [f32::INFINITY, -0.0],\n]);"
//! ));
//! assert!(text.contains("(::tensorial::Const<2>, ::tensorial::Bcast)"));
//! assert!(text.contains("[1e-300]"));
//! # Ok::<(), tensorial::io::rust_source::SourceError>(())
//! ```

use crate::storage::Kind;
use crate::{Elem, Shape, Tensor};
use core::fmt::{self, Write};

/// Values per line of the innermost arrays in the generated source.
const PER_LINE: usize = 8;

/// An element type that [`RustSource`] can write as a Rust expression.
///
/// Implemented for every primitive number type and `bool`.
///
/// ```
/// use tensorial::io::rust_source::SourceElem;
/// let mut s = String::new();
/// f32::NAN.write_literal(&mut s).unwrap();
/// assert_eq!(s, "f32::from_bits(0x7fc00000)");
/// assert_eq!(<u8 as SourceElem>::TYPE_NAME, "u8");
/// ```
pub trait SourceElem: Elem {
    /// The type's name in Rust source (`"f32"`).
    const TYPE_NAME: &'static str;
    /// Writes `self` as an expression that evaluates to the same bits in a `const` context.
    ///
    /// # Errors
    /// Those of `out`.
    fn write_literal<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result;
}

macro_rules! source_floats {
    ($($t:ident),*) => {$(
        impl SourceElem for $t {
            const TYPE_NAME: &'static str = stringify!($t);
            fn write_literal<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
                if self.is_finite() {
                    write!(out, "{self:?}")
                } else if self.is_nan() {
                    write!(out, concat!(stringify!($t), "::from_bits({:#x})"), self.to_bits())
                } else if self.is_sign_positive() {
                    out.write_str(concat!(stringify!($t), "::INFINITY"))
                } else {
                    out.write_str(concat!(stringify!($t), "::NEG_INFINITY"))
                }
            }
        }
    )*};
}

source_floats!(f32, f64);

macro_rules! source_plain {
    ($($t:ident)*) => {$(
        impl SourceElem for $t {
            const TYPE_NAME: &'static str = stringify!($t);
            fn write_literal<W: Write + ?Sized>(&self, out: &mut W) -> fmt::Result {
                write!(out, "{self}")
            }
        }
    )*};
}

source_plain!(i8 i16 i32 i64 i128 isize u8 u16 u32 u64 u128 usize bool);

/// Why a tensor could not be written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SourceError {
    /// The name is not a Rust identifier (ASCII letters, digits and `_`, not starting with a
    /// digit, not `_` alone and not a keyword).
    InvalidName,
    /// The output refused the text.
    Write,
}

impl fmt::Display for SourceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::InvalidName => "the name of a static must be a Rust identifier",
            Self::Write => "the output refused the generated source",
        })
    }
}

impl core::error::Error for SourceError {}

impl From<fmt::Error> for SourceError {
    fn from(_: fmt::Error) -> Self {
        Self::Write
    }
}

/// Writes named tensors as `static` items of Rust source; see the [module docs](self).
///
/// ```
/// use tensorial::io::rust_source::RustSource;
/// use tensorial::tensor;
/// let mut source = RustSource::new(String::new()).crate_path("crate::tensors");
/// source.tensor("BIAS", &tensor![1i32, -2])?;
/// assert_eq!(
///     source.finish(),
///     "/// `BIAS`: i32, shape (2,).\npub static BIAS: crate::tensors::Tensor<i32, crate::tensors::Rank1<2>> \
///      = crate::tensors::Tensor::from_array([1, -2]);\n"
/// );
/// # Ok::<(), tensorial::io::rust_source::SourceError>(())
/// ```
#[derive(Debug)]
pub struct RustSource<W: Write> {
    out: W,
    crate_path: &'static str,
}

impl<W: Write> RustSource<W> {
    /// Writes into `out`, naming the crate `::tensorial` in the generated types.
    ///
    /// ```
    /// use tensorial::io::rust_source::RustSource;
    /// assert_eq!(RustSource::new(String::new()).finish(), "");
    /// ```
    pub fn new(out: W) -> Self {
        Self {
            out,
            crate_path: "::tensorial",
        }
    }

    /// The path of the crate in the generated types (`"::tensorial"` by default; `"tensor_core"`
    /// or `"crate"` where that is how the including crate sees it).
    ///
    /// ```
    /// use tensorial::io::rust_source::RustSource;
    /// let mut source = RustSource::new(String::new()).crate_path("tc");
    /// source.tensor("X", &tensorial::tensor!(scalar 1u8))?;
    /// assert!(source.finish().contains("X: tc::Tensor<u8, ()> = tc::Tensor::from_array(1);"));
    /// # Ok::<(), tensorial::io::rust_source::SourceError>(())
    /// ```
    #[must_use]
    pub fn crate_path(mut self, path: &'static str) -> Self {
        self.crate_path = path;
        self
    }

    /// Writes `tensor` as `pub static NAME: Tensor<T, S> = Tensor::from_array(…);` (inline
    /// storage, whatever the kind of `tensor`), preceded by a doc comment naming its type and
    /// shape.
    ///
    /// # Errors
    /// [`SourceError::InvalidName`] if `name` is not an identifier, [`SourceError::Write`] if
    /// the output fails; nothing is written for an invalid name.
    ///
    /// ```
    /// use tensorial::io::rust_source::{RustSource, SourceError};
    /// let mut source = RustSource::new(String::new());
    /// let err = source.tensor("1st", &tensorial::tensor![1.0f32]).unwrap_err();
    /// assert_eq!(err, SourceError::InvalidName);
    /// ```
    pub fn tensor<T: SourceElem, S: Shape, K: Kind>(
        &mut self,
        name: &str,
        tensor: &Tensor<T, S, K>,
    ) -> Result<&mut Self, SourceError> {
        if !is_identifier(name) {
            return Err(SourceError::InvalidName);
        }
        let out = &mut self.out;
        let krate = self.crate_path;
        writeln!(
            out,
            "/// `{name}`: {}, shape {:?}.",
            T::TYPE_NAME,
            S::default()
        )?;
        write!(out, "pub static {name}: {krate}::Tensor<{}, ", T::TYPE_NAME)?;
        write_shape_type::<S, W>(out, krate)?;
        write!(out, "> = {krate}::Tensor::from_array(")?;
        write_nested(out, S::DIMS.as_ref(), tensor.as_slice(), 0)?;
        out.write_str(");\n")?;
        Ok(self)
    }

    /// The output, with everything written so far.
    pub fn finish(self) -> W {
        self.out
    }
}

/// `RankN<a, b, ..>` when every axis is a `Const`, else the tuple of axis types.
fn write_shape_type<S: Shape, W: Write>(out: &mut W, krate: &str) -> fmt::Result {
    // `Shape`'s `Debug` is `(2, Bcast)`: a `Bcast` axis shows as a word, a `Const` as its size.
    let mut probe = HasBcast(false);
    write!(probe, "{:?}", S::default())?;
    if S::RANK == 0 {
        out.write_str("()")
    } else if probe.0 {
        write!(
            AxisTypes {
                out,
                krate,
                in_number: false
            },
            "{:?}",
            S::default()
        )
    } else {
        write!(out, "{krate}::Rank{}<", S::RANK)?;
        for (axis, size) in S::DIMS.as_ref().iter().enumerate() {
            let sep = if axis == 0 { "" } else { ", " };
            write!(out, "{sep}{size}")?;
        }
        out.write_str(">")
    }
}

/// Notes whether a shape's `Debug` text names a `Bcast` axis.
struct HasBcast(bool);

impl Write for HasBcast {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 |= s.contains('B');
        Ok(())
    }
}

/// Rewrites a shape's `Debug` text `(2, Bcast)` into the type `(k::Const<2>, k::Bcast)`.
struct AxisTypes<'a, W: Write> {
    out: &'a mut W,
    krate: &'a str,
    in_number: bool,
}

impl<W: Write> Write for AxisTypes<'_, W> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for c in s.chars() {
            let digit = c.is_ascii_digit();
            if digit && !self.in_number {
                write!(self.out, "{}::Const<", self.krate)?;
            } else if !digit && self.in_number {
                self.out.write_char('>')?;
            }
            if c == 'B' {
                write!(self.out, "{}::", self.krate)?;
            }
            self.in_number = digit;
            self.out.write_char(c)?;
        }
        Ok(())
    }
}

/// Writes `values` (row-major, of shape `dims`) as nested array literals, the innermost
/// arrays `PER_LINE` values per line.
fn write_nested<T: SourceElem, W: Write>(
    out: &mut W,
    dims: &[usize],
    values: &[T],
    depth: usize,
) -> fmt::Result {
    let Some((&len, inner)) = dims.split_first() else {
        return values[0].write_literal(out);
    };
    let indent = |out: &mut W, depth: usize| (0..depth).try_for_each(|_| out.write_str("    "));
    let step = inner.iter().product();
    out.write_char('[')?;
    if inner.is_empty() {
        let wrap = len > PER_LINE;
        for (i, value) in values.iter().enumerate() {
            if wrap && i % PER_LINE == 0 {
                out.write_char('\n')?;
                indent(out, depth + 1)?;
            } else if i > 0 {
                out.write_char(' ')?;
            }
            value.write_literal(out)?;
            if wrap || i + 1 < len {
                out.write_char(',')?;
            }
        }
        if wrap {
            out.write_char('\n')?;
            indent(out, depth)?;
        }
    } else {
        for row in 0..len {
            out.write_char('\n')?;
            indent(out, depth + 1)?;
            write_nested(out, inner, &values[row * step..][..step], depth + 1)?;
            out.write_char(',')?;
        }
        if len > 0 {
            out.write_char('\n')?;
            indent(out, depth)?;
        }
    }
    out.write_char(']')
}

/// A Rust identifier that may name a `static`: ASCII, not a keyword, not `_`.
fn is_identifier(name: &str) -> bool {
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum",
        "extern", "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod",
        "move", "mut", "pub", "ref", "return", "self", "Self", "static", "struct", "super",
        "trait", "true", "type", "unsafe", "use", "where", "while", "abstract", "become", "box",
        "do", "final", "macro", "override", "priv", "typeof", "unsized", "virtual", "yield", "try",
    ];
    let mut chars = name.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    first_ok
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
        && name != "_"
        && !KEYWORDS.contains(&name)
}

//! Writing safetensors files: named tensors and `__metadata__`, in a layout that keeps every
//! tensor aligned to its element size.

use super::header::dtype_name;
use crate::io::{DType, Error, IoElem};
use crate::{Kind, Shape, Tensor};
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::string::String;
use std::vec::Vec;

/// A tensor's elements, written little-endian: the element type erased, so that tensors of
/// different types wait side by side (a plain reference, so temporaries may be added).
trait Data {
    fn write_le(&self, writer: &mut dyn Write) -> std::io::Result<()>;
}

impl<T: IoElem, S: Shape, K: Kind> Data for Tensor<T, S, K> {
    fn write_le(&self, writer: &mut dyn Write) -> std::io::Result<()> {
        T::write_le(self.as_slice(), writer)
    }
}

/// A tensor waiting to be written.
struct Pending<'a> {
    name: String,
    dtype: DType,
    shape: Vec<usize>,
    data: &'a dyn Data,
}

/// Collects named tensors (borrowed) and metadata, then writes one safetensors file
/// (Python `safetensors.numpy.save_file(tensors, path, metadata)`).
///
/// Tensors are laid out by element size (largest first), then by name, as the reference
/// implementation does, so each tensor's data is aligned to its element size in the file.
///
/// ```
/// use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
/// use tensorial::prelude::*;
/// let w = Tensor::<f32, Rank2<3, 2>>::arange();
/// let b = tensor![0.5f32, -0.5];
/// let mut out = SafetensorsWriter::new();
/// out.add("fc.weight", &w)?.add("fc.bias", &b)?;
/// out.metadata("format", "np");
/// let bytes = out.to_bytes();
/// let mut st = Safetensors::from_bytes(&bytes)?;
/// assert_eq!(st.tensor::<f32, Rank2<3, 2>>("fc.weight")?, w);
/// assert_eq!(st.metadata(), [("format".to_string(), "np".to_string())]);
/// # Ok::<(), tensorial::io::Error>(())
/// ```
#[derive(Default)]
pub struct SafetensorsWriter<'a> {
    tensors: Vec<Pending<'a>>,
    metadata: Vec<(String, String)>,
}

impl<'a> SafetensorsWriter<'a> {
    /// An empty set of tensors.
    ///
    /// ```
    /// let bytes = tensorial::io::safetensors::SafetensorsWriter::new().to_bytes();
    /// assert_eq!(&bytes[8..], b"{}      ");
    /// ```
    #[must_use]
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds `tensor` under `name`.
    ///
    /// # Errors
    /// [`Error::Invalid`] when `name` was added before or is `__metadata__`.
    ///
    /// ```
    /// use tensorial::io::safetensors::SafetensorsWriter;
    /// let x = tensorial::tensor![1u8, 2];
    /// let mut out = SafetensorsWriter::new();
    /// out.add("x", &x)?;
    /// assert!(out.add("x", &x).is_err());
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn add<T: IoElem, S: Shape, K: Kind>(
        &mut self,
        name: &str,
        tensor: &'a Tensor<T, S, K>,
    ) -> Result<&mut Self, Error> {
        if name == "__metadata__" || self.tensors.iter().any(|t| t.name == name) {
            return Err(Error::invalid(
                "safetensors",
                std::format!("the name `{name}` is taken"),
            ));
        }
        self.tensors.push(Pending {
            name: name.into(),
            dtype: T::DTYPE,
            shape: S::DIMS.as_ref().to_vec(),
            data: tensor,
        });
        Ok(self)
    }

    /// Sets the metadata entry `key` (the header's `__metadata__`, string to string).
    ///
    /// ```
    /// use tensorial::io::safetensors::SafetensorsWriter;
    /// let mut out = SafetensorsWriter::new();
    /// out.metadata("format", "pt").metadata("format", "np");
    /// assert!(String::from_utf8_lossy(&out.to_bytes()).contains(r#""format":"np""#));
    /// ```
    pub fn metadata(&mut self, key: &str, value: &str) -> &mut Self {
        match self.metadata.iter_mut().find(|(k, _)| k == key) {
            Some((_, v)) => *v = value.into(),
            None => self.metadata.push((key.into(), value.into())),
        }
        self
    }

    /// Writes the file to `path`.
    ///
    /// # Errors
    /// When the file cannot be created or written.
    ///
    /// ```
    /// use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
    /// use tensorial::prelude::*;
    /// let path = std::env::temp_dir().join("tensorial-doc-save.safetensors");
    /// let x = Tensor::<i64, Rank1<4>>::arange();
    /// SafetensorsWriter::new().add("x", &x)?.save(&path)?;
    /// assert_eq!(Safetensors::open(&path)?.tensor::<i64, Rank1<4>>("x")?, x);
    /// # std::fs::remove_file(&path)?;
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), Error> {
        let mut file = BufWriter::with_capacity(1 << 16, File::create(path)?);
        self.write_to(&mut file)?;
        file.flush()?;
        Ok(())
    }

    /// Writes the file to `writer`.
    ///
    /// # Errors
    /// When the writer fails.
    ///
    /// ```
    /// use tensorial::io::safetensors::SafetensorsWriter;
    /// let mut bytes = Vec::new();
    /// SafetensorsWriter::new().add("s", &tensorial::tensor!(scalar 1.5f64))?.write_to(&mut bytes)?;
    /// assert_eq!(bytes.len() % 8, 0);
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    pub fn write_to<W: Write>(&self, mut writer: W) -> Result<(), Error> {
        let order = self.order();
        let header = self.header(&order);
        writer.write_all(&(header.len() as u64).to_le_bytes())?;
        writer.write_all(header.as_bytes())?;
        for t in order {
            t.data.write_le(&mut writer)?;
        }
        Ok(())
    }

    /// The file, in memory.
    ///
    /// ```
    /// use tensorial::io::safetensors::SafetensorsWriter;
    /// let x = tensorial::tensor![[true, false]];
    /// let bytes = SafetensorsWriter::new().add("mask", &x)?.to_bytes();
    /// assert!(bytes.ends_with(&[1, 0]));
    /// # Ok::<(), tensorial::io::Error>(())
    /// ```
    #[must_use]
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        // Writing into a `Vec` cannot fail.
        let _ = self.write_to(&mut out);
        out
    }

    /// The tensors in file order: largest element first, then by name.
    fn order(&self) -> Vec<&Pending<'a>> {
        let mut order: Vec<&Pending<'a>> = self.tensors.iter().collect();
        order.sort_by(|a, b| (b.dtype.size(), &a.name).cmp(&(a.dtype.size(), &b.name)));
        order
    }

    /// The JSON header, padded with spaces to a multiple of 8 bytes.
    fn header(&self, order: &[&Pending<'a>]) -> String {
        let mut out = String::from("{");
        if !self.metadata.is_empty() {
            out.push_str("\"__metadata__\":{");
            for (i, (k, v)) in self.metadata.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_json_string(&mut out, k);
                out.push(':');
                push_json_string(&mut out, v);
            }
            out.push('}');
        }
        let mut offset = 0u64;
        for t in order {
            if out.len() > 1 {
                out.push(',');
            }
            let bytes = t.shape.iter().product::<usize>() as u64 * t.dtype.size() as u64;
            push_json_string(&mut out, &t.name);
            let _ = write!(out, ":{{\"dtype\":\"{}\",\"shape\":[", dtype_name(t.dtype));
            for (i, n) in t.shape.iter().enumerate() {
                let sep = if i == 0 { "" } else { "," };
                let _ = write!(out, "{sep}{n}");
            }
            let _ = write!(out, "],\"data_offsets\":[{offset},{}]}}", offset + bytes);
            offset += bytes;
        }
        out.push('}');
        while out.len() % 8 != 0 {
            out.push(' ');
        }
        out
    }
}

/// Appends `s` as a JSON string literal.
fn push_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

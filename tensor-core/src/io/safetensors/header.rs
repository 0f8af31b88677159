//! The safetensors header: parsed from its JSON, every entry checked against the data size.

use super::json::{self, Json};
use crate::io::{DType, Error};
use std::borrow::ToOwned;
use std::format;
use std::string::String;
use std::vec::Vec;

/// The longest header read, in bytes (100 MB, the limit of the reference implementation). A
/// header is also never longer than the file: a length claiming more is an error before
/// anything is allocated.
pub const MAX_HEADER_LEN: u64 = 100_000_000;

const HEADER: &str = "safetensors header";

/// The dtypes of the safetensors format: its name, bits per element, and the [`DType`] a
/// tensor loads it as (`None`: listed, never loaded).
const DTYPES: &[(&str, u64, Option<DType>)] = &[
    ("BOOL", 8, Some(DType::Bool)),
    ("U8", 8, Some(DType::U8)),
    ("I8", 8, Some(DType::I8)),
    ("U16", 16, Some(DType::U16)),
    ("I16", 16, Some(DType::I16)),
    ("U32", 32, Some(DType::U32)),
    ("I32", 32, Some(DType::I32)),
    ("U64", 64, Some(DType::U64)),
    ("I64", 64, Some(DType::I64)),
    ("F16", 16, Some(DType::F16)),
    ("BF16", 16, Some(DType::BF16)),
    ("F32", 32, Some(DType::F32)),
    ("F64", 64, Some(DType::F64)),
    ("F4", 4, None),
    ("F6_E2M3", 6, None),
    ("F6_E3M2", 6, None),
    ("F8_E5M2", 8, None),
    ("F8_E4M3", 8, None),
    ("F8_E8M0", 8, None),
    ("C64", 64, None),
];

/// The safetensors name of `dtype` (`"F32"`).
pub(super) fn dtype_name(dtype: DType) -> &'static str {
    DTYPES
        .iter()
        .find(|(_, _, d)| *d == Some(dtype))
        .map_or("?", |(name, _, _)| name)
}

/// One tensor of a safetensors file, as its header describes it.
///
/// ```
/// use tensorial::io::safetensors::{Safetensors, SafetensorsWriter};
/// use tensorial::io::DType;
/// use tensorial::prelude::*;
/// let w = Tensor::<f32, Rank2<2, 3>>::zeros();
/// let bytes = SafetensorsWriter::new().add("w", &w)?.to_bytes();
/// let st = Safetensors::from_bytes(&bytes)?;
/// let info = &st.tensors()[0];
/// assert_eq!((info.name.as_str(), info.dtype_name, info.dtype), ("w", "F32", Some(DType::F32)));
/// assert_eq!((info.shape.as_slice(), info.data_offsets), (&[2, 3][..], (0, 24)));
/// # Ok::<(), tensorial::io::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TensorInfo {
    /// The tensor's name (`"fc1.weight"`).
    pub name: String,
    /// The dtype as the file spells it (`"F32"`, `"BF16"`, `"F8_E4M3"`).
    pub dtype_name: &'static str,
    /// The element type tensors load it as; `None` for dtypes with no element type here
    /// (8-bit and smaller floats, complex), which can be listed but not loaded.
    pub dtype: Option<DType>,
    /// The size of each axis.
    pub shape: Vec<usize>,
    /// Where the data lies: a byte range of the data section (after the header).
    pub data_offsets: (u64, u64),
}

/// A parsed and checked header.
pub(super) struct Header {
    /// In header order.
    pub(super) tensors: Vec<TensorInfo>,
    /// `__metadata__`, in header order.
    pub(super) metadata: Vec<(String, String)>,
}

/// Reads the 8-byte header length: checked against [`MAX_HEADER_LEN`] and the file size.
pub(super) fn header_len(prefix: [u8; 8], file_len: u64) -> Result<u64, Error> {
    let len = u64::from_le_bytes(prefix);
    if len > MAX_HEADER_LEN {
        return Err(Error::invalid(
            HEADER,
            format!("header length {len} exceeds the limit of {MAX_HEADER_LEN} bytes"),
        ));
    }
    if len > file_len.saturating_sub(8) {
        return Err(Error::invalid(
            HEADER,
            format!("header length {len} exceeds the file's {file_len} bytes"),
        ));
    }
    Ok(len)
}

impl Header {
    /// Parses `text` and checks it against a data section of `data_len` bytes.
    pub(super) fn parse(text: &[u8], data_len: u64) -> Result<Self, Error> {
        let text = core::str::from_utf8(text)
            .map_err(|e| Error::invalid(HEADER, format!("not UTF-8: {e}")))?;
        let header = Self::parse_json(text).map_err(|reason| Error::invalid(HEADER, reason))?;
        header.check_layout(data_len)?;
        Ok(header)
    }

    fn parse_json(text: &str) -> json::Result<Self> {
        let mut json = Json::new(text);
        let mut header = Self {
            tensors: Vec::new(),
            metadata: Vec::new(),
        };
        let mut seen_metadata = false;
        json.object(|json, name| {
            if name == "__metadata__" {
                if seen_metadata {
                    return Err("`__metadata__` appears twice".to_owned());
                }
                seen_metadata = true;
                return parse_metadata(json, &mut header.metadata);
            }
            if header.tensors.iter().any(|t| t.name == name) {
                return Err(format!("tensor `{name}` appears twice"));
            }
            let info = parse_entry(json, name)?;
            header.tensors.push(info);
            Ok(())
        })?;
        json.end()?;
        Ok(header)
    }

    /// Each tensor's byte length must be its dtype × shape, and the tensors must tile the data
    /// section exactly: no overlap, no gap, nothing out of range.
    fn check_layout(&self, data_len: u64) -> Result<(), Error> {
        let mut order: Vec<&TensorInfo> = self.tensors.iter().collect();
        order.sort_by_key(|t| t.data_offsets);
        let mut end = 0u64;
        for t in order {
            let (begin, stop) = t.data_offsets;
            let name = &t.name;
            if begin != end {
                let what = if begin < end {
                    "overlaps the previous tensor"
                } else {
                    "leaves a gap before it"
                };
                return Err(Error::invalid(
                    HEADER,
                    format!(
                        "tensor `{name}` starts at byte {begin} of the data, {what} (which ends at {end})"
                    ),
                ));
            }
            if stop < begin {
                return Err(Error::invalid(
                    HEADER,
                    format!(
                        "tensor `{name}` has data_offsets [{begin}, {stop}], which end before they begin"
                    ),
                ));
            }
            let bytes = byte_len(t).ok_or_else(|| {
                Error::invalid(
                    HEADER,
                    format!("tensor `{name}`: shape {:?} overflows", t.shape),
                )
            })?;
            if stop - begin != bytes {
                return Err(Error::invalid(
                    HEADER,
                    format!(
                        "tensor `{name}`: {} of shape {:?} takes {bytes} bytes, its data_offsets [{begin}, {stop}] span {}",
                        t.dtype_name,
                        t.shape,
                        stop - begin
                    ),
                ));
            }
            if stop > data_len {
                return Err(Error::invalid(
                    HEADER,
                    format!(
                        "tensor `{name}` ends at byte {stop} of the data, past its end ({data_len} bytes)"
                    ),
                ));
            }
            end = stop;
        }
        if end != data_len {
            return Err(Error::invalid(
                HEADER,
                format!("the tensors cover {end} bytes of data, the file holds {data_len}"),
            ));
        }
        Ok(())
    }
}

/// Bytes of a tensor: elements × bits / 8, `None` on overflow or a partial byte.
fn byte_len(t: &TensorInfo) -> Option<u64> {
    let bits = DTYPES.iter().find(|(n, _, _)| *n == t.dtype_name)?.1;
    let mut total = bits;
    for &n in &t.shape {
        total = total.checked_mul(u64::try_from(n).ok()?)?;
    }
    (total % 8 == 0).then_some(total / 8)
}

fn parse_metadata(json: &mut Json<'_>, out: &mut Vec<(String, String)>) -> json::Result<()> {
    if json.peek() == Some(b'n') {
        return json.skip_value(); // `null`, as the reference implementation accepts
    }
    json.object(|json, key| {
        if out.iter().any(|(k, _)| *k == key) {
            return Err(format!("metadata key `{key}` appears twice"));
        }
        let value = json
            .string()
            .map_err(|e| format!("metadata `{key}`: {e}"))?;
        out.push((key, value));
        Ok(())
    })
}

fn parse_entry(json: &mut Json<'_>, name: String) -> json::Result<TensorInfo> {
    let (mut dtype, mut shape, mut offsets) = (None, None, None);
    json.object(|json, field| {
        let duplicate = match field.as_str() {
            "dtype" => dtype.replace(parse_dtype(json)?).is_some(),
            "shape" => {
                let mut dims = Vec::new();
                json.array(|json| {
                    let n = json.integer()?;
                    dims.push(
                        usize::try_from(n)
                            .map_err(|_| format!("axis size {n} does not fit usize"))?,
                    );
                    Ok(())
                })?;
                shape.replace(dims).is_some()
            }
            "data_offsets" => {
                let mut pair = Vec::new();
                json.array(|json| {
                    if pair.len() == 2 {
                        return Err("data_offsets has more than 2 numbers".to_owned());
                    }
                    pair.push(json.integer()?);
                    Ok(())
                })?;
                let [begin, end] = pair[..] else {
                    return Err("data_offsets needs 2 numbers".to_owned());
                };
                offsets.replace((begin, end)).is_some()
            }
            _ => {
                json.skip_value()?;
                false
            }
        };
        if duplicate {
            return Err(format!("field `{field}` appears twice"));
        }
        Ok(())
    })
    .map_err(|e| format!("tensor `{name}`: {e}"))?;
    let missing = |field: &str| format!("tensor `{name}` has no `{field}`");
    let (dtype_name, dtype) = dtype.ok_or_else(|| missing("dtype"))?;
    let shape = shape.ok_or_else(|| missing("shape"))?;
    let data_offsets = offsets.ok_or_else(|| missing("data_offsets"))?;
    Ok(TensorInfo {
        name,
        dtype_name,
        dtype,
        shape,
        data_offsets,
    })
}

fn parse_dtype(json: &mut Json<'_>) -> json::Result<(&'static str, Option<DType>)> {
    let name = json.string()?;
    DTYPES
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|&(n, _, d)| (n, d))
        .ok_or_else(|| format!("unknown dtype `{name}`"))
}

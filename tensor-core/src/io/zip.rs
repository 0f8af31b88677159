//! A minimal zip reader and writer: what `.npz` archives need (stored and deflated members,
//! zip64), with every offset and size checked against the archive before it is used.
//!
//! Reading takes the central directory as the truth (Python's `zipfile`, which NumPy uses,
//! writes sizes there even when a member streams with a data descriptor). A member is read
//! through [`Member`]: the raw bytes bounded to the member's compressed size, inflated by
//! `miniz_oxide` when deflated, counted and CRC-checked by [`Member::finish`].

use super::Error;
use miniz_oxide::deflate::core::{CompressorOxide, create_comp_flags_from_zip_params};
use miniz_oxide::inflate::stream::InflateState;
use miniz_oxide::{DataFormat, MZError, MZFlush, MZStatus};
use std::borrow::ToOwned;
use std::boxed::Box;
use std::format;
use std::io::{Read, Seek, SeekFrom, Take, Write};
use std::string::String;
use std::vec;
use std::vec::Vec;

const FORMAT: &str = ".npz (zip)";

const LOCAL_SIG: u32 = 0x0403_4b50;
const CENTRAL_SIG: u32 = 0x0201_4b50;
const END_SIG: u32 = 0x0605_4b50;
const END64_SIG: u32 = 0x0606_4b50;
const END64_LOCATOR_SIG: u32 = 0x0706_4b50;
const ZIP64_EXTRA: u16 = 0x0001;
const STORED: u16 = 0;
const DEFLATED: u16 = 8;
/// Fixed part of the end-of-central-directory record; a comment of up to 64 KiB may follow.
const END_LEN: usize = 22;
const CENTRAL_LEN: usize = 46;
const LOCAL_LEN: usize = 30;

/// One member of the central directory.
#[derive(Clone, Debug)]
pub(crate) struct Entry {
    pub name: String,
    method: u16,
    flags: u16,
    crc: u32,
    compressed: u64,
    uncompressed: u64,
    local_offset: u64,
}

fn invalid(reason: impl Into<String>) -> Error {
    Error::invalid(FORMAT, reason)
}

/// Little-endian fields of a record, each read checked against the record's end.
struct Fields<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Fields<'a> {
    fn new(bytes: &'a [u8]) -> Self {
        Self { bytes, at: 0 }
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], Error> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| invalid("a record runs past its end"))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }
    fn u16(&mut self) -> Result<u16, Error> {
        let b = self.take(2)?;
        Ok(u16::from_le_bytes([b[0], b[1]]))
    }
    fn u32(&mut self) -> Result<u32, Error> {
        let b = self.take(4)?;
        Ok(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn u64(&mut self) -> Result<u64, Error> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(u64::from_le_bytes(a))
    }
}

fn read_at<R: Read + Seek>(reader: &mut R, offset: u64, len: usize) -> Result<Vec<u8>, Error> {
    reader.seek(SeekFrom::Start(offset))?;
    let mut buf = vec![0u8; len];
    reader.read_exact(&mut buf)?;
    Ok(buf)
}

/// Reads the central directory of the archive in `reader`.
pub(crate) fn read_directory<R: Read + Seek>(reader: &mut R) -> Result<Vec<Entry>, Error> {
    let len = reader.seek(SeekFrom::End(0))?;
    let tail_len = usize::try_from(len.min((END_LEN + 0xFFFF) as u64)).unwrap_or(0);
    let tail_start = len - tail_len as u64;
    let tail = read_at(reader, tail_start, tail_len)?;
    if tail_len < END_LEN {
        return Err(invalid("not a zip archive (shorter than its end record)"));
    }
    let end_at = (0..=tail_len - END_LEN)
        .rev()
        .find(|&p| tail[p..p + 4] == END_SIG.to_le_bytes())
        .ok_or_else(|| invalid("not a zip archive (no end-of-central-directory record)"))?;
    let end_pos = tail_start + end_at as u64;
    let mut f = Fields::new(&tail[end_at + 4..]);
    let (disk, cd_disk) = (f.u16()?, f.u16()?);
    let (_, entries16) = (f.u16()?, f.u16()?);
    let (cd_size32, cd_offset32) = (f.u32()?, f.u32()?);
    let (mut entries, mut cd_size, mut cd_offset) = (
        u64::from(entries16),
        u64::from(cd_size32),
        u64::from(cd_offset32),
    );
    if entries16 == 0xFFFF || cd_size32 == u32::MAX || cd_offset32 == u32::MAX {
        (entries, cd_size, cd_offset) = read_zip64_end(reader, end_pos)?;
    } else if disk != 0 || cd_disk != 0 {
        return Err(Error::unsupported(
            FORMAT,
            "archives split over several disks",
        ));
    }
    let cd_end = cd_offset
        .checked_add(cd_size)
        .filter(|&e| e <= end_pos)
        .ok_or_else(|| invalid("the central directory lies outside the archive"))?;
    if entries > cd_size / CENTRAL_LEN as u64 {
        return Err(invalid(format!(
            "{entries} entries cannot fit a central directory of {cd_size} bytes"
        )));
    }
    let cd = read_at(
        reader,
        cd_offset,
        usize::try_from(cd_size).map_err(|_| invalid("central directory too large"))?,
    )?;
    let mut f = Fields::new(&cd);
    let mut out = Vec::new();
    for _ in 0..entries {
        out.push(read_central_entry(&mut f, cd_offset)?);
    }
    for e in &out {
        if e.local_offset >= cd_end.min(cd_offset) {
            return Err(invalid(format!(
                "member `{}` starts outside the archive's data",
                e.name
            )));
        }
    }
    Ok(out)
}

/// Reads the zip64 end record through its locator just before `end_pos`.
fn read_zip64_end<R: Read + Seek>(reader: &mut R, end_pos: u64) -> Result<(u64, u64, u64), Error> {
    let locator_pos = end_pos
        .checked_sub(20)
        .ok_or_else(|| invalid("zip64 fields without a zip64 locator"))?;
    let locator = read_at(reader, locator_pos, 20)?;
    let mut f = Fields::new(&locator);
    if f.u32()? != END64_LOCATOR_SIG {
        return Err(invalid("zip64 fields without a zip64 locator"));
    }
    let _disk = f.u32()?;
    let end64_pos = f.u64()?;
    if end64_pos.checked_add(56).is_none_or(|e| e > locator_pos) {
        return Err(invalid("the zip64 end record lies outside the archive"));
    }
    let end64 = read_at(reader, end64_pos, 56)?;
    let mut f = Fields::new(&end64);
    if f.u32()? != END64_SIG {
        return Err(invalid("bad zip64 end record signature"));
    }
    let _size = f.u64()?;
    let _versions = (f.u16()?, f.u16()?);
    if f.u32()? != 0 || f.u32()? != 0 {
        return Err(Error::unsupported(
            FORMAT,
            "archives split over several disks",
        ));
    }
    let _entries_here = f.u64()?;
    Ok((f.u64()?, f.u64()?, f.u64()?))
}

fn read_central_entry(f: &mut Fields<'_>, cd_offset: u64) -> Result<Entry, Error> {
    if f.u32()? != CENTRAL_SIG {
        return Err(invalid(format!(
            "bad central directory entry signature at offset {}",
            cd_offset + f.at as u64 - 4
        )));
    }
    let _versions = (f.u16()?, f.u16()?);
    let flags = f.u16()?;
    let method = f.u16()?;
    let _time_date = f.u32()?;
    let crc = f.u32()?;
    let compressed32 = f.u32()?;
    let uncompressed32 = f.u32()?;
    let (name_len, extra_len, comment_len) = (f.u16()?, f.u16()?, f.u16()?);
    let _disk_attrs = (f.u16()?, f.u16()?, f.u32()?);
    let offset32 = f.u32()?;
    let name = String::from_utf8_lossy(f.take(name_len.into())?).into_owned();
    let extra = f.take(extra_len.into())?;
    f.take(comment_len.into())?;
    let mut entry = Entry {
        name,
        method,
        flags,
        crc,
        compressed: compressed32.into(),
        uncompressed: uncompressed32.into(),
        local_offset: offset32.into(),
    };
    // The zip64 extra field holds, in this order, the fields whose 32-bit value is all ones.
    let mut ex = Fields::new(extra);
    while ex.at + 4 <= extra.len() {
        let (id, size) = (ex.u16()?, ex.u16()?);
        let body = ex.take(size.into())?;
        if id != ZIP64_EXTRA {
            continue;
        }
        let mut z = Fields::new(body);
        if uncompressed32 == u32::MAX {
            entry.uncompressed = z.u64()?;
        }
        if compressed32 == u32::MAX {
            entry.compressed = z.u64()?;
        }
        if offset32 == u32::MAX {
            entry.local_offset = z.u64()?;
        }
    }
    Ok(entry)
}

/// One member's uncompressed bytes, read from the archive and checked by [`finish`](Self::finish).
pub(crate) struct Member<'a, R: Read> {
    source: Source<'a, R>,
    hasher: crc32fast::Hasher,
    read: u64,
    entry: &'a Entry,
}

enum Source<'a, R: Read> {
    Stored(Take<&'a mut R>),
    Deflated(Box<Inflater<Take<&'a mut R>>>),
}

impl<'a, R: Read + Seek> Member<'a, R> {
    /// Positions `reader` at `entry`'s data and wraps it.
    pub(crate) fn open(reader: &'a mut R, entry: &'a Entry) -> Result<Self, Error> {
        if entry.flags & 1 != 0 {
            return Err(Error::unsupported(
                FORMAT,
                format!("encrypted member `{}`", entry.name),
            ));
        }
        if entry.method != STORED && entry.method != DEFLATED {
            return Err(Error::unsupported(
                FORMAT,
                format!(
                    "compression method {} of member `{}` (stored and deflated are read)",
                    entry.method, entry.name
                ),
            ));
        }
        let local = read_at(reader, entry.local_offset, LOCAL_LEN)?;
        let mut f = Fields::new(&local);
        if f.u32()? != LOCAL_SIG {
            return Err(invalid(format!(
                "bad local header signature of member `{}`",
                entry.name
            )));
        }
        f.take(22)?;
        let (name_len, extra_len) = (f.u16()?, f.u16()?);
        let data_start =
            entry.local_offset + (LOCAL_LEN as u64) + u64::from(name_len) + u64::from(extra_len);
        let archive_len = reader.seek(SeekFrom::End(0))?;
        if data_start
            .checked_add(entry.compressed)
            .is_none_or(|e| e > archive_len)
        {
            return Err(invalid(format!(
                "member `{}` runs past the end of the archive",
                entry.name
            )));
        }
        reader.seek(SeekFrom::Start(data_start))?;
        let raw = reader.take(entry.compressed);
        let source = if entry.method == STORED {
            if entry.compressed != entry.uncompressed {
                return Err(invalid(format!(
                    "stored member `{}` has different compressed and uncompressed sizes",
                    entry.name
                )));
            }
            Source::Stored(raw)
        } else {
            Source::Deflated(Box::new(Inflater::new(raw)))
        };
        Ok(Self {
            source,
            hasher: crc32fast::Hasher::new(),
            read: 0,
            entry,
        })
    }
}

impl<R: Read> Member<'_, R> {
    /// Reads one byte past what was consumed, straight from the source: 0 at the member's end.
    fn probe(&mut self) -> std::io::Result<usize> {
        let mut probe = [0u8; 1];
        match &mut self.source {
            Source::Stored(r) => r.read(&mut probe),
            Source::Deflated(r) => r.read(&mut probe),
        }
    }

    /// Checks that the member ends here: no bytes are left, the size and the CRC match.
    pub(crate) fn finish(mut self) -> Result<(), Error> {
        let name = &self.entry.name;
        if self.read < self.entry.uncompressed {
            return Err(invalid(format!(
                "member `{name}` has bytes after the array data"
            )));
        }
        if self.probe()? != 0 {
            return Err(invalid(format!(
                "member `{name}` holds more bytes than the directory says"
            )));
        }
        if self.hasher.clone().finalize() != self.entry.crc {
            return Err(invalid(format!("CRC mismatch in member `{name}`")));
        }
        Ok(())
    }
}

impl<R: Read> Read for Member<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        // Never produce more than the directory announces: a deflate bomb stops here.
        let left = self.entry.uncompressed - self.read;
        if buf.is_empty() {
            return Ok(0);
        }
        if left == 0 {
            return if self.probe()? == 0 {
                Ok(0)
            } else {
                Err(corrupt("a member holds more bytes than the directory says"))
            };
        }
        let len = usize::try_from(left).unwrap_or(usize::MAX).min(buf.len());
        let buf = &mut buf[..len];
        let n = match &mut self.source {
            Source::Stored(r) => r.read(buf)?,
            Source::Deflated(r) => r.read(buf)?,
        };
        self.hasher.update(&buf[..n]);
        self.read += n as u64;
        Ok(n)
    }
}

/// A `Read` adapter that inflates a raw deflate stream.
struct Inflater<R: Read> {
    inner: R,
    state: Box<InflateState>,
    input: Box<[u8]>,
    pos: usize,
    filled: usize,
    input_done: bool,
    done: bool,
}

impl<R: Read> Inflater<R> {
    fn new(inner: R) -> Self {
        Self {
            inner,
            state: InflateState::new_boxed(DataFormat::Raw),
            input: vec![0u8; 1 << 15].into_boxed_slice(),
            pos: 0,
            filled: 0,
            input_done: false,
            done: false,
        }
    }
}

fn corrupt(what: &str) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_owned())
}

impl<R: Read> Read for Inflater<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if out.is_empty() || self.done {
            return Ok(0);
        }
        loop {
            if self.pos == self.filled && !self.input_done {
                self.filled = self.inner.read(&mut self.input)?;
                self.pos = 0;
                self.input_done = self.filled == 0;
            }
            let flush = if self.input_done {
                MZFlush::Finish
            } else {
                MZFlush::None
            };
            let input = &self.input[self.pos..self.filled];
            let res = miniz_oxide::inflate::stream::inflate(&mut self.state, input, out, flush);
            self.pos += res.bytes_consumed;
            match res.status {
                Ok(MZStatus::StreamEnd) => {
                    self.done = true;
                    return Ok(res.bytes_written);
                }
                Ok(_) | Err(MZError::Buf) if res.bytes_written > 0 => return Ok(res.bytes_written),
                Ok(_) | Err(MZError::Buf) if res.bytes_consumed > 0 || !self.input_done => {}
                Ok(_) | Err(MZError::Buf) => return Err(corrupt("the deflate stream ends early")),
                Err(_) => return Err(corrupt("corrupt deflate data")),
            }
        }
    }
}

/// Writes a zip archive member by member, then its central directory.
pub(crate) struct ZipWriter<W: Write> {
    inner: W,
    offset: u64,
    entries: Vec<Entry>,
    /// Sizes and offsets from this value up are written as zip64 (lowered by tests).
    zip64_from: u64,
}

impl<W: Write> ZipWriter<W> {
    pub(crate) fn new(inner: W) -> Self {
        Self {
            inner,
            offset: 0,
            entries: Vec::new(),
            zip64_from: u64::from(u32::MAX),
        }
    }

    #[cfg(test)]
    fn force_zip64(mut self) -> Self {
        self.zip64_from = 0;
        self
    }

    pub(crate) fn has(&self, name: &str) -> bool {
        self.entries.iter().any(|e| e.name == name)
    }

    fn put(&mut self, bytes: &[u8]) -> Result<(), Error> {
        self.inner.write_all(bytes)?;
        self.offset += bytes.len() as u64;
        Ok(())
    }

    /// Adds a member whose content `write` produces (it is called once, or twice when
    /// stored: a first pass computes the CRC so no data is buffered).
    pub(crate) fn add(
        &mut self,
        name: &str,
        compress: bool,
        write: &dyn Fn(&mut dyn Write) -> std::io::Result<()>,
    ) -> Result<(), Error> {
        let (crc, uncompressed, compressed) = if compress {
            let mut deflater = Deflater::new();
            write(&mut deflater)?;
            let (data, crc, len) = deflater.finish()?;
            (crc, len, Some(data))
        } else {
            let mut sink = CrcWriter {
                hasher: crc32fast::Hasher::new(),
                len: 0,
            };
            write(&mut sink)?;
            (sink.hasher.finalize(), sink.len, None)
        };
        let compressed_len = compressed.as_ref().map_or(uncompressed, |c| c.len() as u64);
        let entry = Entry {
            name: name.to_owned(),
            method: if compress { DEFLATED } else { STORED },
            flags: 0,
            crc,
            compressed: compressed_len,
            uncompressed,
            local_offset: self.offset,
        };
        let zip64 = uncompressed >= self.zip64_from || compressed_len >= self.zip64_from;
        let mut local = Vec::with_capacity(LOCAL_LEN + name.len() + 20);
        local.extend_from_slice(&LOCAL_SIG.to_le_bytes());
        local.extend_from_slice(&(if zip64 { 45u16 } else { 20 }).to_le_bytes());
        local.extend_from_slice(&0u16.to_le_bytes()); // flags
        local.extend_from_slice(&entry.method.to_le_bytes());
        local.extend_from_slice(&DOS_TIME_DATE.to_le_bytes());
        local.extend_from_slice(&crc.to_le_bytes());
        if zip64 {
            local.extend_from_slice(&[0xFF; 8]);
        } else {
            local.extend_from_slice(&u32_of(compressed_len).to_le_bytes());
            local.extend_from_slice(&u32_of(uncompressed).to_le_bytes());
        }
        local.extend_from_slice(&u16_len(name.len())?.to_le_bytes());
        local.extend_from_slice(&(if zip64 { 20u16 } else { 0 }).to_le_bytes());
        local.extend_from_slice(name.as_bytes());
        if zip64 {
            local.extend_from_slice(&ZIP64_EXTRA.to_le_bytes());
            local.extend_from_slice(&16u16.to_le_bytes());
            local.extend_from_slice(&uncompressed.to_le_bytes());
            local.extend_from_slice(&compressed_len.to_le_bytes());
        }
        self.put(&local)?;
        if let Some(data) = compressed {
            self.put(&data)?;
        } else {
            let mut counter = CountingWriter {
                inner: &mut self.inner,
                len: 0,
            };
            write(&mut counter)?;
            if counter.len != uncompressed {
                return Err(invalid("a member's content changed between its two passes"));
            }
            self.offset += uncompressed;
        }
        self.entries.push(entry);
        Ok(())
    }

    /// Writes the central directory and the end records; returns the inner writer.
    pub(crate) fn finish(mut self) -> Result<W, Error> {
        let cd_offset = self.offset;
        let entries = core::mem::take(&mut self.entries);
        for e in &entries {
            let sizes64 = e.uncompressed >= self.zip64_from || e.compressed >= self.zip64_from;
            let offset64 = e.local_offset >= self.zip64_from;
            let mut extra = Vec::new();
            if sizes64 {
                extra.extend_from_slice(&e.uncompressed.to_le_bytes());
                extra.extend_from_slice(&e.compressed.to_le_bytes());
            }
            if offset64 {
                extra.extend_from_slice(&e.local_offset.to_le_bytes());
            }
            let mut rec = Vec::with_capacity(CENTRAL_LEN + e.name.len() + 28);
            rec.extend_from_slice(&CENTRAL_SIG.to_le_bytes());
            let version: u16 = if extra.is_empty() { 20 } else { 45 };
            rec.extend_from_slice(&version.to_le_bytes()); // made by
            rec.extend_from_slice(&version.to_le_bytes()); // needed
            rec.extend_from_slice(&0u16.to_le_bytes());
            rec.extend_from_slice(&e.method.to_le_bytes());
            rec.extend_from_slice(&DOS_TIME_DATE.to_le_bytes());
            rec.extend_from_slice(&e.crc.to_le_bytes());
            let max = |big: bool, v: u64| if big { u32::MAX } else { u32_of(v) };
            rec.extend_from_slice(&max(sizes64, e.compressed).to_le_bytes());
            rec.extend_from_slice(&max(sizes64, e.uncompressed).to_le_bytes());
            rec.extend_from_slice(&u16_len(e.name.len())?.to_le_bytes());
            let extra_len = if extra.is_empty() { 0 } else { extra.len() + 4 };
            rec.extend_from_slice(&u16_len(extra_len)?.to_le_bytes());
            rec.extend_from_slice(&[0u8; 8]); // comment length, disk, internal and external attributes
            rec.extend_from_slice(&[0u8; 2]);
            rec.extend_from_slice(&max(offset64, e.local_offset).to_le_bytes());
            rec.extend_from_slice(e.name.as_bytes());
            if !extra.is_empty() {
                rec.extend_from_slice(&ZIP64_EXTRA.to_le_bytes());
                rec.extend_from_slice(&u16_len(extra.len())?.to_le_bytes());
                rec.extend_from_slice(&extra);
            }
            self.put(&rec)?;
        }
        let cd_size = self.offset - cd_offset;
        let count = entries.len() as u64;
        let end64 = count >= 0xFFFF.min(self.zip64_from)
            || cd_size >= self.zip64_from
            || cd_offset >= self.zip64_from;
        if end64 {
            let end64_pos = self.offset;
            let mut rec = Vec::with_capacity(56 + 20);
            rec.extend_from_slice(&END64_SIG.to_le_bytes());
            rec.extend_from_slice(&44u64.to_le_bytes());
            rec.extend_from_slice(&45u16.to_le_bytes());
            rec.extend_from_slice(&45u16.to_le_bytes());
            rec.extend_from_slice(&[0u8; 8]); // disk numbers
            rec.extend_from_slice(&count.to_le_bytes());
            rec.extend_from_slice(&count.to_le_bytes());
            rec.extend_from_slice(&cd_size.to_le_bytes());
            rec.extend_from_slice(&cd_offset.to_le_bytes());
            rec.extend_from_slice(&END64_LOCATOR_SIG.to_le_bytes());
            rec.extend_from_slice(&0u32.to_le_bytes());
            rec.extend_from_slice(&end64_pos.to_le_bytes());
            rec.extend_from_slice(&1u32.to_le_bytes());
            self.put(&rec)?;
        }
        let mut rec = Vec::with_capacity(END_LEN);
        rec.extend_from_slice(&END_SIG.to_le_bytes());
        rec.extend_from_slice(&[0u8; 4]); // disk numbers
        let count16 = if end64 {
            0xFFFF
        } else {
            u16::try_from(count).unwrap_or(0xFFFF)
        };
        rec.extend_from_slice(&count16.to_le_bytes());
        rec.extend_from_slice(&count16.to_le_bytes());
        let big = |v: u64| if end64 { u32::MAX } else { u32_of(v) };
        rec.extend_from_slice(&big(cd_size).to_le_bytes());
        rec.extend_from_slice(&big(cd_offset).to_le_bytes());
        rec.extend_from_slice(&0u16.to_le_bytes()); // comment length
        self.put(&rec)?;
        self.inner.flush()?;
        Ok(self.inner)
    }
}

/// 1980-01-01 00:00, the earliest DOS date: archives do not depend on the clock.
const DOS_TIME_DATE: u32 = 0x0021 << 16;

/// A size known to be below the zip64 threshold.
fn u32_of(v: u64) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

fn u16_len(n: usize) -> Result<u16, Error> {
    u16::try_from(n)
        .map_err(|_| invalid(format!("a name or field of {n} bytes is too long for zip")))
}

/// Computes the CRC and length of what is written into it, and drops the bytes.
struct CrcWriter {
    hasher: crc32fast::Hasher,
    len: u64,
}

impl Write for CrcWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.hasher.update(buf);
        self.len += buf.len() as u64;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Counts what passes through to `inner`.
struct CountingWriter<'a, W: Write> {
    inner: &'a mut W,
    len: u64,
}

impl<W: Write> Write for CountingWriter<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.len += n as u64;
        Ok(n)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// Deflates what is written into it into memory, taking the CRC of the uncompressed bytes.
struct Deflater {
    compressor: Box<CompressorOxide>,
    hasher: crc32fast::Hasher,
    len: u64,
    out: Vec<u8>,
    buf: Box<[u8]>,
}

impl Deflater {
    fn new() -> Self {
        // Level 6 as Python's `zipfile` (zlib's default); negative window bits: raw deflate.
        let flags = create_comp_flags_from_zip_params(6, -15, 0);
        Self {
            compressor: Box::new(CompressorOxide::new(flags)),
            hasher: crc32fast::Hasher::new(),
            len: 0,
            out: Vec::new(),
            buf: vec![0u8; 1 << 16].into_boxed_slice(),
        }
    }

    /// Feeds `input` (empty with `Finish` to end the stream) and collects the output.
    fn run(&mut self, mut input: &[u8], flush: MZFlush) -> std::io::Result<()> {
        loop {
            let res = miniz_oxide::deflate::stream::deflate(
                &mut self.compressor,
                input,
                &mut self.buf,
                flush,
            );
            input = &input[res.bytes_consumed..];
            self.out.extend_from_slice(&self.buf[..res.bytes_written]);
            match res.status {
                Ok(MZStatus::StreamEnd) => return Ok(()),
                Ok(_) if flush == MZFlush::None && input.is_empty() => return Ok(()),
                Ok(_) | Err(MZError::Buf) if res.bytes_consumed + res.bytes_written > 0 => {}
                _ => return Err(std::io::Error::other("deflate made no progress")),
            }
        }
    }

    /// The compressed bytes, the CRC and the length of the uncompressed ones.
    fn finish(mut self) -> std::io::Result<(Vec<u8>, u32, u64)> {
        self.run(&[], MZFlush::Finish)?;
        Ok((self.out, self.hasher.finalize(), self.len))
    }
}

impl Write for Deflater {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.hasher.update(buf);
        self.len += buf.len() as u64;
        self.run(buf, MZFlush::None)?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;
    use std::string::ToString;

    /// Writes members `(name, content)` and reads each back through the directory.
    fn round_trip(zip64: bool, compress: bool) {
        let contents: Vec<(String, Vec<u8>)> = (0..3)
            .map(|k| {
                let data = (0..1000 * k + 7usize)
                    .map(|i| u8::try_from(i * 31 % 251).unwrap())
                    .collect();
                (format!("m{k}.npy"), data)
            })
            .collect();
        let mut writer = ZipWriter::new(Vec::new());
        if zip64 {
            writer = writer.force_zip64();
        }
        for (name, data) in &contents {
            writer.add(name, compress, &|w| w.write_all(data)).unwrap();
        }
        let archive = writer.finish().unwrap();
        let mut cursor = Cursor::new(&archive[..]);
        let entries = read_directory(&mut cursor).unwrap();
        assert_eq!(entries.len(), contents.len());
        for (entry, (name, data)) in entries.iter().zip(&contents) {
            assert_eq!(&entry.name, name);
            assert_eq!(entry.method, if compress { DEFLATED } else { STORED });
            let mut member = Member::open(&mut cursor, entry).unwrap();
            let mut back = vec![0u8; data.len()];
            member.read_exact(&mut back).unwrap();
            assert_eq!(&back, data);
            member.finish().unwrap();
        }
        if zip64 {
            let end64 = archive.windows(4).any(|w| w == END64_SIG.to_le_bytes());
            assert!(end64, "a zip64 end record");
        }
    }

    #[test]
    fn stored_and_deflated_round_trip_with_and_without_zip64() {
        for zip64 in [false, true] {
            for compress in [false, true] {
                round_trip(zip64, compress);
            }
        }
    }

    /// An archive of three stored members, and where its central directory starts.
    fn three_members(zip64: bool) -> (Vec<u8>, usize) {
        let mut writer = ZipWriter::new(Vec::new());
        if zip64 {
            writer = writer.force_zip64();
        }
        for name in ["a.npy", "b.npy", "c.npy"] {
            writer
                .add(name, false, &|w| w.write_all(&[0u8; 40]))
                .unwrap();
        }
        let archive = writer.finish().unwrap();
        let sig = CENTRAL_SIG.to_le_bytes();
        let cd = archive.windows(4).position(|w| w == sig).unwrap();
        (archive, cd)
    }

    fn le_u16(bytes: &[u8], at: usize) -> u16 {
        u16::from_le_bytes([bytes[at], bytes[at + 1]])
    }

    fn le_u32(bytes: &[u8], at: usize) -> u32 {
        u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
    }

    #[test]
    fn small_archives_are_plain_zip_dated_1980() {
        let (archive, cd) = three_members(false);
        assert!(!archive.windows(4).any(|w| w == END64_SIG.to_le_bytes()));
        // Each member's local and central records: version 2.0, the sizes themselves (no
        // zip64 extra field), and the DOS date 1980-01-01 00:00 whatever the clock says.
        for k in 0..3 {
            let local = k * (LOCAL_LEN + 5 + 40);
            assert_eq!(le_u32(&archive, local), LOCAL_SIG);
            assert_eq!(le_u16(&archive, local + 4), 20);
            assert_eq!(le_u32(&archive, local + 10), DOS_TIME_DATE);
            assert_eq!(le_u32(&archive, local + 18), 40);
            assert_eq!(le_u16(&archive, local + 28), 0, "no extra field");
            let central = cd + k * (CENTRAL_LEN + 5);
            assert_eq!(le_u32(&archive, central), CENTRAL_SIG);
            assert_eq!(le_u16(&archive, central + 6), 20);
            assert_eq!(le_u32(&archive, central + 12), DOS_TIME_DATE);
            assert_eq!(le_u32(&archive, central + 20), 40);
            assert_eq!(le_u32(&archive, central + 24), 40);
            assert_eq!(le_u16(&archive, central + 30), 0, "no extra field");
        }
        assert_eq!(DOS_TIME_DATE, 0x0021_0000);
    }

    #[test]
    fn the_zip64_end_record_is_read_when_any_one_field_overflows() {
        let (archive, cd) = three_members(true);
        let end64 = archive
            .windows(4)
            .position(|w| w == END64_SIG.to_le_bytes())
            .unwrap();
        let end = archive.len() - END_LEN;
        // The end record's entry count, directory size and offset: each alone at its
        // sentinel, the others true.
        let real = [3u64, (end64 - cd) as u64, cd as u64];
        for sentinel in 0..3 {
            let mut patched = archive.clone();
            for (field, (at, width)) in [(10, 2), (12, 4), (16, 4)].into_iter().enumerate() {
                let value = if field == sentinel {
                    u64::MAX
                } else {
                    real[field]
                };
                patched[end + at..end + at + width].copy_from_slice(&value.to_le_bytes()[..width]);
            }
            let entries = read_directory(&mut Cursor::new(&patched[..])).unwrap();
            let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
            assert_eq!(
                names,
                ["a.npy", "b.npy", "c.npy"],
                "sentinel in field {sentinel}"
            );
        }
    }

    #[test]
    fn archives_split_over_disks_are_refused() {
        let (archive, _) = three_members(false);
        let end = archive.len() - END_LEN;
        // This disk's number, then the number of the disk the directory starts on.
        for at in [4, 6] {
            let mut patched = archive.clone();
            patched[end + at] = 1;
            let err = read_directory(&mut Cursor::new(&patched[..])).unwrap_err();
            assert_eq!(
                err.to_string(),
                "unsupported .npz (zip): archives split over several disks"
            );
        }
    }

    #[test]
    fn a_bad_directory_entry_is_named_by_its_offset() {
        let (mut archive, cd) = three_members(false);
        let second = cd + CENTRAL_LEN + 5;
        archive[second] ^= 1;
        let err = read_directory(&mut Cursor::new(&archive[..])).unwrap_err();
        assert_eq!(
            err.to_string(),
            format!("invalid .npz (zip): bad central directory entry signature at offset {second}")
        );
    }

    #[test]
    fn a_deflate_stream_cut_short_is_an_error() {
        let data: Vec<u8> = (0..5000usize)
            .map(|i| u8::try_from(i * i % 251).unwrap())
            .collect();
        let mut writer = ZipWriter::new(Vec::new());
        writer.add("x", true, &|w| w.write_all(&data)).unwrap();
        let archive = writer.finish().unwrap();
        let mut cursor = Cursor::new(&archive[..]);
        let mut entries = read_directory(&mut cursor).unwrap();
        entries[0].compressed /= 2; // the directory lies: the stream stops halfway
        let mut member = Member::open(&mut cursor, &entries[0]).unwrap();
        let err = member.read_to_end(&mut Vec::new()).unwrap_err();
        assert_eq!(err.to_string(), "the deflate stream ends early");
    }

    #[test]
    fn a_member_longer_than_the_directory_says_is_an_error() {
        let mut writer = ZipWriter::new(Vec::new());
        writer
            .add("x", true, &|w| w.write_all(&[7u8; 5000]))
            .unwrap();
        let archive = writer.finish().unwrap();
        let mut cursor = Cursor::new(&archive[..]);
        let mut entries = read_directory(&mut cursor).unwrap();
        entries[0].uncompressed = 100; // the directory lies: the stream inflates to 5000
        let mut member = Member::open(&mut cursor, &entries[0]).unwrap();
        let mut head = [0u8; 100];
        member.read_exact(&mut head).unwrap();
        assert!(member.read(&mut [0u8; 64]).is_err());
        let member = Member::open(&mut cursor, &entries[0]).unwrap();
        let err = member.finish().unwrap_err();
        assert!(
            err.to_string().contains("has bytes after the array data"),
            "{err}"
        );
    }
}

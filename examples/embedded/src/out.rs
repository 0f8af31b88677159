//! Printing without `core::fmt`: text, integers, and floats both as fixed-point decimals (to
//! read) and as their bits (so a transcript is exact). Everything goes through [`rt::print`].

use crate::rt::print;

/// Prints `s`.
pub fn text(s: &str) {
    print(s.as_bytes());
}

/// Prints `n` in decimal.
pub fn uint(mut n: usize) {
    let mut digits = [0u8; 20];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    print(&digits[start..]);
}

/// Prints `v` with four decimals (`-1.2346`), or `nan`/`inf` (saturating at ±2^63/10^4).
pub fn fixed(v: f32) {
    if v.is_nan() {
        return text("nan");
    }
    if v < 0.0 {
        text("-");
    }
    let scaled = (v.abs() as f64 * 1e4 + 0.5) as u64; // `as` saturates, and rounds half up
    uint((scaled / 10_000) as usize);
    text(".");
    let frac = (scaled % 10_000) as usize;
    for pad in [1000, 100, 10] {
        if frac < pad {
            text("0");
        }
    }
    uint(frac);
}

/// Prints the bits of `v` as eight hex digits (`0x3f800000`).
pub fn bits(v: f32) {
    let mut hex = *b"0x00000000";
    let b = v.to_bits();
    for (i, h) in hex[2..].iter_mut().enumerate() {
        let nibble = (b >> (28 - 4 * i)) & 0xf;
        *h = b"0123456789abcdef"[nibble as usize];
    }
    print(&hex);
}

/// Prints `v` as `fixed (bits)`.
pub fn float(v: f32) {
    fixed(v);
    text(" (");
    bits(v);
    text(")");
}

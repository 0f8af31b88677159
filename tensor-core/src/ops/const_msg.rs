//! Messages of post-monomorphization shape checks, formatted in `const` (a const panic only takes a `&str`).

/// A fixed-capacity text buffer written by `const fn`s; longer text is cut off.
pub(crate) struct Msg {
    buf: [u8; Self::CAP],
    len: usize,
}

impl Msg {
    const CAP: usize = 240;

    /// A message starting with `text`.
    pub(crate) const fn new(text: &str) -> Self {
        Self {
            buf: [0; Self::CAP],
            len: 0,
        }
        .str(text)
    }

    /// Appends `text`.
    pub(crate) const fn str(mut self, text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() && self.len < Self::CAP {
            self.buf[self.len] = bytes[i];
            self.len += 1;
            i += 1;
        }
        self
    }

    /// Appends `n` in decimal.
    pub(crate) const fn num(mut self, mut n: usize) -> Self {
        let mut digits = [0u8; 20];
        let mut k = 0;
        loop {
            #[allow(clippy::cast_possible_truncation)] // a digit, 0..=9
            let digit = (n % 10) as u8;
            digits[k] = b'0' + digit;
            k += 1;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        while k > 0 && self.len < Self::CAP {
            k -= 1;
            self.buf[self.len] = digits[k];
            self.len += 1;
        }
        self
    }

    /// Appends `n` in decimal, with a sign when negative.
    pub(crate) const fn int(self, n: isize) -> Self {
        if n < 0 {
            self.str("-").num(n.unsigned_abs())
        } else {
            self.num(n.unsigned_abs())
        }
    }

    /// Appends `[a, b, c]`.
    pub(crate) const fn list(mut self, items: &[usize]) -> Self {
        self = self.str("[");
        let mut i = 0;
        while i < items.len() {
            if i > 0 {
                self = self.str(", ");
            }
            self = self.num(items[i]);
            i += 1;
        }
        self.str("]")
    }

    /// Appends `[a, b, c]` of signed numbers.
    pub(crate) const fn int_list(mut self, items: &[isize]) -> Self {
        self = self.str("[");
        let mut i = 0;
        while i < items.len() {
            if i > 0 {
                self = self.str(", ");
            }
            self = self.int(items[i]);
            i += 1;
        }
        self.str("]")
    }

    /// The text so far.
    pub(crate) const fn as_str(&self) -> &str {
        // Callers write ASCII only, so the cut at `CAP` never splits a character.
        match core::str::from_utf8(self.buf.split_at(self.len).0) {
            Ok(text) => text,
            Err(_) => "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Msg;

    #[test]
    fn formats_numbers_and_lists() {
        let m = Msg::new("n=")
            .num(0)
            .str(" ")
            .int(-12)
            .str(" ")
            .list(&[1, 20]);
        assert_eq!(m.as_str(), "n=0 -12 [1, 20]");
        assert_eq!(Msg::new("").int_list(&[-1, 3]).as_str(), "[-1, 3]");
        assert_eq!(
            Msg::new("").num(usize::MAX).as_str(),
            "18446744073709551615"
        );
    }
}

//! A strict JSON reader for safetensors headers (RFC 8259): strings, non-negative integers,
//! and skipping any other value with a bounded nesting depth.

use std::format;
use std::string::String;

/// Deepest nesting skipped inside an unknown field: deeper input is an error, not a stack
/// overflow.
const MAX_DEPTH: usize = 64;

/// A cursor over the header text. Every method returns `Err(reason)` on malformed input.
pub(super) struct Json<'a> {
    text: &'a [u8],
    pos: usize,
}

pub(super) type Result<T> = core::result::Result<T, String>;

impl<'a> Json<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Self {
            text: text.as_bytes(),
            pos: 0,
        }
    }

    fn error<T>(&self, what: &str) -> Result<T> {
        Err(format!("{what} at byte {}", self.pos))
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.text.get(self.pos) {
            self.pos += 1;
        }
    }

    /// The next non-whitespace byte, not consumed.
    pub(super) fn peek(&mut self) -> Option<u8> {
        self.skip_ws();
        self.text.get(self.pos).copied()
    }

    /// Consumes `byte` (after whitespace) or fails naming `what` was expected.
    pub(super) fn expect(&mut self, byte: u8, what: &str) -> Result<()> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            self.error(&format!("expected {what}"))
        }
    }

    /// Consumes `byte` if it comes next.
    pub(super) fn eat(&mut self, byte: u8) -> bool {
        let found = self.peek() == Some(byte);
        if found {
            self.pos += 1;
        }
        found
    }

    /// Only whitespace is left.
    pub(super) fn end(&mut self) -> Result<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => self.error("unexpected text after the header object"),
        }
    }

    /// The members of an object, one call per member: `f` gets each key and must consume the
    /// value.
    pub(super) fn object(
        &mut self,
        mut f: impl FnMut(&mut Self, String) -> Result<()>,
    ) -> Result<()> {
        self.expect(b'{', "`{`")?;
        if self.eat(b'}') {
            return Ok(());
        }
        loop {
            let key = self.string()?;
            self.expect(b':', "`:`")?;
            f(self, key)?;
            if !self.eat(b',') {
                return self.expect(b'}', "`,` or `}`");
            }
        }
    }

    /// The elements of an array, one call per element.
    pub(super) fn array(&mut self, mut f: impl FnMut(&mut Self) -> Result<()>) -> Result<()> {
        self.expect(b'[', "`[`")?;
        if self.eat(b']') {
            return Ok(());
        }
        loop {
            f(self)?;
            if !self.eat(b',') {
                return self.expect(b']', "`,` or `]`");
            }
        }
    }

    /// A non-negative integer without sign, fraction or exponent, as safetensors writes shapes
    /// and offsets.
    pub(super) fn integer(&mut self) -> Result<u64> {
        self.skip_ws();
        let start = self.pos;
        let mut value: u64 = 0;
        while let Some(&d @ b'0'..=b'9') = self.text.get(self.pos) {
            if self.pos > start && self.text[start] == b'0' {
                return self.error("leading zero in an integer");
            }
            value = match value
                .checked_mul(10)
                .and_then(|v| v.checked_add(u64::from(d - b'0')))
            {
                Some(v) => v,
                None => return self.error("integer does not fit 64 bits"),
            };
            self.pos += 1;
        }
        if self.pos == start || matches!(self.text.get(self.pos), Some(b'.' | b'e' | b'E')) {
            return self.error("expected a non-negative integer");
        }
        Ok(value)
    }

    /// A string, escapes decoded.
    pub(super) fn string(&mut self) -> Result<String> {
        self.expect(b'"', "a string")?;
        let mut out = String::new();
        loop {
            let Some(&b) = self.text.get(self.pos) else {
                return self.error("unterminated string");
            };
            self.pos += 1;
            match b {
                b'"' => return Ok(out),
                b'\\' => out.push(self.escape()?),
                0..=0x1f => return self.error("control character in a string"),
                _ => {
                    // Copy the whole UTF-8 sequence (the text is valid UTF-8, checked before).
                    let start = self.pos - 1;
                    let mut end = self.pos;
                    while end < self.text.len() && (self.text[end] & 0xc0) == 0x80 {
                        end += 1;
                    }
                    out.push_str(
                        core::str::from_utf8(&self.text[start..end])
                            .map_err(|_| format!("invalid UTF-8 in a string at byte {start}"))?,
                    );
                    self.pos = end;
                }
            }
        }
    }

    fn escape(&mut self) -> Result<char> {
        let Some(&b) = self.text.get(self.pos) else {
            return self.error("unterminated escape");
        };
        self.pos += 1;
        Ok(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let high = self.hex4()?;
                let code = if (0xd800..0xdc00).contains(&high) {
                    if self.text.get(self.pos..self.pos + 2) != Some(b"\\u") {
                        return self.error("unpaired surrogate in a string");
                    }
                    self.pos += 2;
                    let low = self.hex4()?;
                    if !(0xdc00..0xe000).contains(&low) {
                        return self.error("unpaired surrogate in a string");
                    }
                    0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00)
                } else {
                    high
                };
                match char::from_u32(code) {
                    Some(c) => c,
                    None => return self.error("unpaired surrogate in a string"),
                }
            }
            _ => return self.error("invalid escape in a string"),
        })
    }

    fn hex4(&mut self) -> Result<u32> {
        let Some(digits) = self.text.get(self.pos..self.pos + 4) else {
            return self.error("truncated \\u escape");
        };
        let mut code = 0;
        for &d in digits {
            let v = match d {
                b'0'..=b'9' => d - b'0',
                b'a'..=b'f' => d - b'a' + 10,
                b'A'..=b'F' => d - b'A' + 10,
                _ => return self.error("invalid \\u escape"),
            };
            code = code * 16 + u32::from(v);
        }
        self.pos += 4;
        Ok(code)
    }

    /// Consumes any value (of a field this reader does not use), nested at most [`MAX_DEPTH`].
    pub(super) fn skip_value(&mut self) -> Result<()> {
        self.skip_nested(0)
    }

    fn skip_nested(&mut self, depth: usize) -> Result<()> {
        if depth > MAX_DEPTH {
            return self.error("values nested too deeply");
        }
        match self.peek() {
            Some(b'{') => self.object(|json, _| json.skip_nested(depth + 1)),
            Some(b'[') => self.array(|json| json.skip_nested(depth + 1)),
            Some(b'"') => self.string().map(drop),
            Some(b't') => self.literal("true"),
            Some(b'f') => self.literal("false"),
            Some(b'n') => self.literal("null"),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => self.error("expected a value"),
        }
    }

    fn literal(&mut self, word: &str) -> Result<()> {
        if self.text[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            Ok(())
        } else {
            self.error("invalid literal")
        }
    }

    /// Any JSON number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Result<()> {
        let digits = |json: &mut Self| {
            let start = json.pos;
            while let Some(b'0'..=b'9') = json.text.get(json.pos) {
                json.pos += 1;
            }
            json.pos - start
        };
        if self.text.get(self.pos) == Some(&b'-') {
            self.pos += 1;
        }
        let first = self.text.get(self.pos).copied();
        let n = digits(self);
        if n == 0 || (first == Some(b'0') && n > 1) {
            return self.error("invalid number");
        }
        if self.text.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            if digits(self) == 0 {
                return self.error("invalid number");
            }
        }
        if let Some(b'e' | b'E') = self.text.get(self.pos) {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.text.get(self.pos) {
                self.pos += 1;
            }
            if digits(self) == 0 {
                return self.error("invalid number");
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::Json;
    use std::string::String;
    use std::vec::Vec;

    #[test]
    fn strings_decode_escapes_and_reject_malformed_ones() {
        let ok = [
            (r#""abc""#, "abc"),
            (r#""a\"b\\c\/d\n\t""#, "a\"b\\c/d\n\t"),
            (r#""\u00e9\u20ac""#, "é€"),
            (r#""\u00C9\u20AC\b\f\r""#, "É€\u{8}\u{c}\r"),
            (r#""\ud83d\ude00""#, "😀"),
            ("\"héllo\"", "héllo"),
        ];
        for (text, want) in ok {
            assert_eq!(Json::new(text).string().unwrap(), want, "{text}");
        }
        for bad in [
            r#""abc"#,
            r#""\x""#,
            r#""\ud83d""#,
            r#""\udc00x""#,
            "\"a\u{1}\"",
            r#""\u12""#,
            "abc",
        ] {
            assert!(Json::new(bad).string().is_err(), "{bad}");
        }
    }

    #[test]
    fn integers_are_plain_non_negative_and_bounded() {
        assert_eq!(Json::new(" 0").integer(), Ok(0));
        assert_eq!(Json::new("18446744073709551615").integer(), Ok(u64::MAX));
        for bad in ["18446744073709551616", "-1", "01", "1.0", "1e3", "", "x"] {
            assert!(Json::new(bad).integer().is_err(), "{bad}");
        }
    }

    #[test]
    fn skipping_accepts_any_value_and_bounds_depth() {
        let text = r#"{"a": [1, -2.5e-3, true, false, null, {"b": "c"}], "d": {}} "#;
        let mut json = Json::new(text);
        json.skip_value().unwrap();
        json.end().unwrap();
        let deep: String = "[".repeat(100) + &"]".repeat(100);
        assert!(Json::new(&deep).skip_value().is_err());
        let deep_objects: String = r#"{"a":"#.repeat(100) + "0" + &"}".repeat(100);
        assert!(Json::new(&deep_objects).skip_value().is_err());
        let nested: String = r#"{"a":"#.repeat(20) + "[0]" + &"}".repeat(20);
        assert_eq!(Json::new(&nested).skip_value(), Ok(()));
        for bad in [
            "[1,]",
            "{\"a\" 1}",
            "tru",
            "-",
            "1.",
            "1e",
            "[1 2]",
            "{,}",
            "01",
        ] {
            let mut json = Json::new(bad);
            assert!(
                json.skip_value().and_then(|()| json.end()).is_err(),
                "{bad}"
            );
        }
    }

    #[test]
    fn objects_and_arrays_visit_members_in_order() {
        let mut json = Json::new(r#" { "x" : [3, 4] , "y": [] } "#);
        let mut seen = Vec::new();
        json.object(|json, key| {
            let mut items = Vec::new();
            json.array(|json| json.integer().map(|v| items.push(v)))?;
            seen.push((key, items));
            Ok(())
        })
        .unwrap();
        assert_eq!(
            seen,
            [("x".into(), Vec::from([3, 4])), ("y".into(), Vec::new())]
        );
    }
}

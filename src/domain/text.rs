//! Showing text from the file safely: no byte of it may control the terminal.
//!
//! Control characters (C0 and C1), DEL, and the Unicode bidirectional overrides and isolates are
//! replaced by visible escapes such as `\x1b` or `\u{202e}`. Tabs become a space. In multi-line
//! text newlines are kept; in single-line contexts they are shown as `⏎`. The one character the
//! screen uses to hold room ([`FILLER`]) is escaped too. How wide text is: see [`width()`] and its module.

use std::borrow::Cow;

mod width;
mod wrap;
pub use width::{
    FILLER, cluster_width, clusters, cursor_column, cut, drawn_width, fit, for_screen, is_shaky,
    pad, skip, width,
};
pub use wrap::wrap;

/// True for a character that could steer a terminal or reorder text: a control character (C0,
/// DEL, C1) or a bidirectional mark, embedding, override or isolate.
pub fn is_unsafe(c: char) -> bool {
    c.is_control() || is_bidi_control(c)
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

fn needs_escape(c: char, keep_newlines: bool) -> bool {
    (c.is_control() && !(keep_newlines && c == '\n')) || is_bidi_control(c) || c == FILLER
}

fn escape(text: &str, keep_newlines: bool) -> Cow<'_, str> {
    // Printable ASCII holds nothing to escape (checked byte by byte, which is quick).
    if text.bytes().all(|b| (0x20..0x7f).contains(&b))
        || !text.chars().any(|c| needs_escape(c, keep_newlines))
    {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => out.push(' '),
            '\n' if !keep_newlines => out.push('⏎'),
            c if needs_escape(c, keep_newlines) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else {
                    out.push_str(&format!("\\u{{{n:x}}}"));
                }
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// A count with its noun: `1 session`, `2 sessions`, `0 sessions`.
pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Text for one line of output: every control character made visible, newlines as `⏎`.
pub fn line(text: &str) -> Cow<'_, str> {
    escape(text, false)
}

/// Multi-line text: as [`line`], but newlines are kept.
pub fn block(text: &str) -> Cow<'_, str> {
    escape(text, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        assert!(matches!(line("Alice — career"), Cow::Borrowed(_)));
    }

    #[test]
    fn control_sequences_become_visible() {
        assert_eq!(line("a\x1b[2Jb"), "a\\x1b[2Jb");
        assert_eq!(line("\x1b]52;c;aGVsbG8=\x07"), "\\x1b]52;c;aGVsbG8=\\x07");
        assert_eq!(line("x\u{9b}31m"), "x\\x9b31m");
        assert_eq!(line("abc\u{202e}fed"), "abc\\u{202e}fed");
        assert_eq!(line("one\ntwo\tthree\r"), "one⏎two three\\x0d");
        assert_eq!(block("one\ntwo\x07"), "one\ntwo\\x07");
        assert_eq!(line("\x7f"), "\\x7f");
    }

    #[test]
    fn escapes_compose_with_the_width_rules() {
        // The filler the screen uses for room is never taken from the file as is.
        assert_eq!(line("a\u{FDD0}b"), "a\\u{fdd0}b");
        // Escapes are plain ASCII, measured one column each; a joined sequence next to a bidi
        // override keeps its room, and the override stays visible.
        let shown = line("👩\u{200D}💻\u{202E}x");
        assert_eq!(shown, "👩\u{200D}💻\\u{202e}x");
        assert_eq!(width(&shown), 4 + 8 + 1);
        assert_eq!(
            for_screen(&shown),
            format!("👩\u{200D}💻{FILLER}{FILLER}\\u{{202e}}x")
        );
        // A cut keeps the sequence whole; an escape is plain text and may be cut like any.
        assert_eq!(fit(&shown, 6), "👩\u{200D}💻\\…");
        // Right-to-left text is kept in logical order, one column per letter.
        assert_eq!(width(&line("שלום\u{202B}")), 4 + 8);
    }
}

//! Saying where a parse error is, in words a person can use: the place of a file that ends
//! early, and a path inside the document short enough to read.

/// Paths inside the document longer than this many characters are shortened in messages.
pub(super) const MAX_PATH_CHARS: usize = 80;

/// A UTF-8 byte order mark, which some editors write at the start of a file.
pub(super) const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The place to report for an error. serde_json puts an early end of file after the last byte,
/// which is column 0 of an empty last line when the file ends in a newline; the useful place is
/// the last character the file holds (line and column, both from 1, as serde_json counts them).
pub(super) fn place(bytes: &[u8], line: usize, column: usize, eof: bool) -> (usize, usize) {
    if !eof {
        return (line, column);
    }
    match bytes.iter().rposition(|b| !b.is_ascii_whitespace()) {
        Some(last) => {
            let line = 1 + bytes[..last].iter().filter(|&&b| b == b'\n').count();
            let start = bytes[..last]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(0, |i| i + 1);
            (line, last - start + 1)
        }
        None => (1, 1),
    }
}

/// The path inside the document as a person reads it: segments serde could not name (`?`, the
/// key that was about to be read when the file ended) are left out, so the path names the last
/// object reached (`.` for the top level); a path longer than [`MAX_PATH_CHARS`] keeps its start
/// and its end around `…`.
pub(super) fn doc_path(raw: &str) -> String {
    let mut path = raw.to_string();
    loop {
        if let Some(rest) = path.strip_suffix(".?") {
            path = rest.to_string();
        } else if path == "?" {
            path = ".".into();
        } else {
            break;
        }
    }
    shorten(&path, MAX_PATH_CHARS)
}

/// Keeps the start and the end of a long path, cut at segment boundaries where there are some.
fn shorten(path: &str, max: usize) -> String {
    let chars: Vec<char> = path.chars().collect();
    if chars.len() <= max {
        return path.to_string();
    }
    let boundary = |c: char| c == '.' || c == '[';
    let head_len = max * 2 / 5;
    let tail_len = max - head_len - 1;
    // The head ends before a boundary; the tail starts at one.
    let head_end = (1..=head_len)
        .rev()
        .find(|&i| boundary(chars[i]))
        .unwrap_or(head_len);
    let tail_from = chars.len() - tail_len;
    let tail_start = (tail_from..chars.len())
        .find(|&i| boundary(chars[i]))
        .unwrap_or(tail_from);
    let head: String = chars[..head_end].iter().collect();
    let tail: String = chars[tail_start..].iter().collect();
    format!("{head}…{tail}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_early_end_is_placed_at_the_last_character() {
        assert_eq!(place(b"{\n  \"a\": [1,\n\n", 4, 0, true), (2, 10));
        assert_eq!(place(b"{\"a\": [1", 1, 8, true), (1, 8));
        assert_eq!(place(b"\n \n", 3, 0, true), (1, 1));
        assert_eq!(place(b"{}x", 1, 3, false), (1, 3));
    }

    #[test]
    fn unnamed_segments_are_dropped_and_long_paths_shortened() {
        assert_eq!(doc_path("mentees[0].goals[2].?"), "mentees[0].goals[2]");
        assert_eq!(doc_path("?"), ".");
        assert_eq!(doc_path("mentees[3].name"), "mentees[3].name");
        let deep = format!("mentor{}", ".a".repeat(300));
        let short = doc_path(&deep);
        assert!(short.chars().count() <= MAX_PATH_CHARS, "{short}");
        assert!(short.starts_with("mentor.a.a"), "{short}");
        assert!(short.ends_with(".a.a.a"), "{short}");
        assert!(short.contains('…'), "{short}");
        let keys = format!("mentees[0]{}", ".ключ".repeat(40));
        let short = doc_path(&keys);
        assert!(short.chars().count() <= MAX_PATH_CHARS, "{short}");
        assert!(short.ends_with(".ключ"), "{short}");
    }
}

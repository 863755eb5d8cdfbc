//! The layout mentor writes, found by a cheap scan instead of a parse: the header, then each
//! mentee's text.
//!
//! In the pretty JSON of [`super::serialize`] the mentees are the last key, each mentee's text
//! starts at a line `    {` and ends at the first line `    }` after it, and a newline only
//! stands between tokens (inside a string it is written `\n`), so these lines are found with a
//! fast substring search. [`split`] checks everything between the texts literally, and gives the
//! header as a document of its own (the file up to the mentees, with none). When the header and
//! every text then parse on their own, the file is exactly that header with those mentees: JSON is
//! read one way only. A file in another layout, or one whose texts do not all parse, is read by a
//! full parse instead.

/// The key that opens the mentees, at the top level, in mentor's layout.
pub(crate) const MENTEES: &[u8] = b"\n  \"mentees\": ";
/// What opens the mentee array and its first mentee.
const FIRST: &[u8] = b"[\n    {";
/// The line that ends a mentee.
const END: &[u8] = b"\n    }";
/// Between two mentees, from the end of one to the `{` of the next.
const NEXT: &[u8] = b",\n    ";
/// What ends the array and the file.
const TAIL: &[u8] = b"\n  ]\n}";
/// No mentees, and the end of the file.
const NONE: &[u8] = b"[]\n}";

/// A file cut at the lines of its layout.
pub struct Split<'a> {
    /// The file up to the mentees, followed by `[]\n}`: the header as a document of its own.
    pub header: Vec<u8>,
    /// Each mentee's text, in order.
    pub items: Vec<&'a [u8]>,
}

/// `bytes` (without a byte order mark) cut at the lines of mentor's layout; `None` when
/// anything between the mentees' texts, or after them, is not exactly what that layout has.
pub fn split(bytes: &[u8]) -> Option<Split<'_>> {
    let key = memchr::memmem::find(bytes, MENTEES)?;
    let open = key + MENTEES.len();
    let mut header = bytes[..open].to_vec();
    header.extend_from_slice(NONE);
    let rest = &bytes[open..];
    if let Some(after) = rest.strip_prefix(NONE) {
        return only_space(after).then_some(Split {
            header,
            items: Vec::new(),
        });
    }
    if !rest.starts_with(FIRST) {
        return None;
    }
    let mut items = Vec::new();
    let mut start = open + FIRST.len() - 1;
    let finder = memchr::memmem::Finder::new(END);
    loop {
        let end = start + finder.find(bytes.get(start..)?)? + END.len();
        items.push(&bytes[start..end]);
        let after = &bytes[end..];
        if after.starts_with(NEXT) && after.get(NEXT.len()) == Some(&b'{') {
            start = end + NEXT.len();
        } else if let Some(tail) = after.strip_prefix(TAIL) {
            return only_space(tail).then_some(Split { header, items });
        } else {
            return None;
        }
    }
}

/// Where the text of each mentee starts when the file is in mentor's layout: the `{` of every
/// line `    {` after the key that opens the mentees (a nested value is indented further).
pub fn starts(bytes: &[u8]) -> Vec<usize> {
    let Some(key) = memchr::memmem::find(bytes, MENTEES) else {
        return Vec::new();
    };
    let from = key + MENTEES.len();
    memchr::memmem::find_iter(&bytes[from..], b"\n    {")
        .map(|at| from + at + 5)
        .collect()
}

/// True when the lines `    {` in the mentees (`starts`, from [`starts`]) are exactly the starts
/// of `items`: a mentee whose last line is not `    }` (a file edited by hand) would hide the
/// next one in its text, which a reader that does not parse every text finds here.
pub fn starts_agree(bytes: &[u8], items: &[&[u8]], starts: &[usize]) -> bool {
    let base = bytes.as_ptr() as usize;
    items.len() == starts.len()
        && items
            .iter()
            .zip(starts)
            .all(|(item, &at)| item.as_ptr() as usize - base == at)
}

/// [`split`] and [`starts`] at once, on two threads for a large file; `None` when the file is not
/// in mentor's layout or the two do not agree ([`starts_agree`]).
pub fn split_checked(bytes: &[u8]) -> Option<Split<'_>> {
    let (split, starts) = if bytes.len() < super::typed::PARALLEL_FROM_BYTES {
        (split(bytes), starts(bytes))
    } else {
        std::thread::scope(|scope| {
            let helper = std::thread::Builder::new().spawn_scoped(scope, || starts(bytes));
            let split = split(bytes);
            let starts = match helper {
                Ok(h) => h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)),
                Err(_) => starts(bytes),
            };
            (split, starts)
        })
    };
    split.filter(|s| starts_agree(bytes, &s.items, &starts))
}

fn only_space(bytes: &[u8]) -> bool {
    bytes.iter().all(u8::is_ascii_whitespace)
}

//! How many terminal columns text takes, and cutting it to fit: one rule for the whole app.
//!
//! Text is measured and cut by grapheme cluster (what a reader sees as one character: `e` with a
//! combining accent, a Hangul syllable written as jamo, a flag, 👍🏽, 👩‍💻), never inside one.
//!
//! Terminals disagree on how wide some clusters are. A terminal that knows an emoji sequence
//! draws 👩‍💻 in 2 columns; one that does not draws its parts, 👩 and 💻, in 4; flags, skin-tone
//! modifiers and `U+FE0F` variation selectors differ the same way. So each cluster counts as its
//! *widest reading*: the larger of its width as one cluster and the sum of its parts' widths
//! (a regional indicator counting 2). Whatever the terminal draws then fits in the room given.
//!
//! A cluster whose drawn width a terminal may choose is *shaky* (see [`is_shaky`]). On screen it is
//! followed by [`FILLER`] characters that hold the rest of its room (see [`for_screen`]); the
//! drawing layer turns those into cells it never writes, and erases the whole room before it
//! draws the cluster, so no cell is left stale whichever width the terminal picks.

use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Holds a column of a shaky cluster's room on screen (a Unicode noncharacter, never in text
/// from the file: it is escaped there).
pub const FILLER: char = '\u{FDD0}';

const ZWJ: char = '\u{200D}';
const VS16: char = '\u{FE0F}';

fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

fn is_emoji_modifier(c: char) -> bool {
    ('\u{1F3FB}'..='\u{1F3FF}').contains(&c)
}

/// The grapheme clusters of `text`.
pub fn clusters(text: &str) -> impl Iterator<Item = &str> {
    text.graphemes(true)
}

/// The columns the drawing library (ratatui) gives one cluster: its Unicode width as a whole,
/// one for a single ASCII byte, plus one per halfwidth (semi-)voiced sound mark.
pub fn drawn_width(cluster: &str) -> usize {
    if cluster.len() == 1 {
        return usize::from(!cluster.as_bytes()[0].is_ascii_control());
    }
    cluster.width()
        + cluster
            .chars()
            .filter(|c| matches!(c, '\u{FF9E}' | '\u{FF9F}'))
            .count()
}

/// The sum of the widths of a cluster's code points, as a terminal that does not join them draws
/// it (regional indicators counted 2, as some terminals draw them).
fn parts_width(cluster: &str) -> usize {
    cluster
        .chars()
        .map(|c| {
            if is_regional_indicator(c) {
                2
            } else {
                c.width().unwrap_or(0)
            }
        })
        .sum()
}

/// The columns one cluster is given: its widest reading. A [`FILLER`] counts 0 (it is part of the
/// room of the cluster before it).
pub fn cluster_width(cluster: &str) -> usize {
    if cluster.starts_with(FILLER) {
        return 0;
    }
    drawn_width(cluster).max(parts_width(cluster))
}

/// Whether terminals may draw `cluster` at different widths, or join it with what follows: a
/// cluster of several code points holding a joiner, a variation selector, a skin-tone modifier or
/// a regional indicator, or one whose widest reading is wider than the drawing library thinks.
pub fn is_shaky(cluster: &str) -> bool {
    if cluster.starts_with(FILLER) {
        return false;
    }
    cluster_width(cluster) != drawn_width(cluster)
        || (cluster.chars().nth(1).is_some()
            && cluster
                .chars()
                .any(|c| c == ZWJ || c == VS16 || is_emoji_modifier(c) || is_regional_indicator(c)))
}

/// True for a character that is a cluster of its own one column wide whatever surrounds it:
/// printable ASCII, Latin-1 and Latin Extended-A and -B (from U+00A0, without the soft hyphen,
/// which joins nothing but is a format character), and the dashes, quotes, bullets and ellipsis
/// of U+2010 to U+2027. None of them is a combining mark, a joiner, a selector, a control, wide,
/// or part of a Hangul or emoji sequence, and none joins a following combining mark when the text
/// holds no such mark: so text made of them alone is measured and cut character by character.
fn plain(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{A0}'..='\u{AC}' | '\u{AE}'..='\u{24F}' | '\u{2010}'..='\u{2027}')
}

/// The number of characters of `text` when every one is [`plain`].
fn plain_count(text: &str) -> Option<usize> {
    let mut n = 0;
    for c in text.chars() {
        if !plain(c) {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// The columns `text` takes: the sum of its clusters' widest readings.
pub fn width(text: &str) -> usize {
    // Printable ASCII: one column a character (each is a cluster of its own).
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return text.len();
    }
    if let Some(n) = plain_count(text) {
        return n;
    }
    clusters(text).map(cluster_width).sum()
}

/// `text` cut to at most `max` columns, ending in `…` when cut. Whole clusters only: one that does
/// not fit is left out with everything after it.
pub fn fit(text: &str, max: usize) -> String {
    if width(text) <= max {
        return text.to_string();
    }
    cut(text, max)
}

/// `text`, known to be wider than `max` columns, cut to at most `max` columns ending in `…`, as
/// [`fit`] cuts it.
pub fn cut(text: &str, max: usize) -> String {
    if max == 0 {
        return String::new();
    }
    if text.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        let keep = max.saturating_sub(1).min(text.len());
        let mut out = String::with_capacity(keep + 3);
        out.push_str(&text[..keep]);
        if max > 0 {
            out.push('…');
        }
        return out;
    }
    if plain_count(text).is_some() {
        let keep = text
            .char_indices()
            .nth(max - 1)
            .map_or(text.len(), |(at, _)| at);
        let mut out = String::with_capacity(keep + 3);
        out.push_str(&text[..keep]);
        out.push('…');
        return out;
    }
    let mut out = String::new();
    let mut used = 0;
    for cluster in clusters(text) {
        let w = cluster_width(cluster);
        if used + w + 1 > max {
            break;
        }
        out.push_str(cluster);
        used += w;
    }
    if max > 0 {
        out.push('…');
    }
    out
}

/// `text` cut (as [`fit`]) or padded with spaces to exactly `columns` columns.
pub fn pad(text: &str, columns: usize) -> String {
    let mut cut = fit(text, columns);
    let room = columns.saturating_sub(width(&cut));
    cut.extend(std::iter::repeat_n(' ', room));
    cut
}

/// `text` without its first `columns` columns. A cluster cut by that edge is left out whole and
/// its remaining columns shown as spaces, so everything after it keeps its column.
pub fn skip(text: &str, columns: usize) -> String {
    let mut skipped = 0;
    let mut out = String::new();
    let mut started = false;
    for cluster in clusters(text) {
        if !started {
            // The fillers of a cluster left out go with it.
            if skipped < columns || cluster.starts_with(FILLER) {
                skipped += cluster_width(cluster);
                continue;
            }
            started = true;
            out.extend(std::iter::repeat_n(' ', skipped - columns));
        }
        out.push_str(cluster);
    }
    out
}

/// The column at which the cursor stands in `text` when `chars` code points come before it. A
/// cursor inside a cluster stands before that cluster.
pub fn cursor_column(text: &str, chars: usize) -> usize {
    let mut seen = 0;
    let mut column = 0;
    for cluster in clusters(text) {
        seen += cluster.chars().count();
        if seen > chars {
            break;
        }
        column += cluster_width(cluster);
    }
    column
}

/// `text` as the screen draws it: each shaky cluster followed by [`FILLER`]s for the columns
/// its widest reading needs beyond what the drawing library gives it, and a joiner that ends a
/// cluster (it joins nothing, but a terminal may join it to the next cluster) left out.
/// Expects text already made safe (see [`super::line`]).
pub fn for_screen(text: &str) -> Cow<'_, str> {
    if !clusters(text).any(|c| is_shaky(c) || c.ends_with(ZWJ)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for cluster in clusters(text) {
        let cluster = cluster.trim_end_matches(ZWJ);
        out.push_str(cluster);
        if is_shaky(cluster) {
            let extra = cluster_width(cluster).saturating_sub(drawn_width(cluster));
            out.extend(std::iter::repeat_n(FILLER, extra));
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests;

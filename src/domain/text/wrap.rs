//! Wrapping text to a width, by grapheme cluster, measured as the rest of the app measures it
//! (each cluster at its widest reading, see [`super::width()`]).

use super::width::{cluster_width, clusters, width};

/// `text` (already made safe, newlines kept: see [`super::block`]) broken into lines of at most
/// `columns` columns. Lines break at spaces where they can; a word longer than a line is broken
/// between clusters, never inside one. Each newline starts a new line; an empty paragraph is an
/// empty line. A single cluster wider than `columns` stands alone on its line.
pub fn wrap(text: &str, columns: usize) -> Vec<String> {
    let columns = columns.max(1);
    let mut out = Vec::new();
    for paragraph in text.split('\n') {
        let mut line = String::new();
        let mut used = 0;
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let w = width(word);
            if used > 0 && used + 1 + w <= columns {
                line.push(' ');
                line.push_str(word);
                used += 1 + w;
                continue;
            }
            if used > 0 {
                out.push(std::mem::take(&mut line));
                used = 0;
            }
            if w <= columns {
                line.push_str(word);
                used = w;
                continue;
            }
            for cluster in clusters(word) {
                let cw = cluster_width(cluster);
                if used > 0 && used + cw > columns {
                    out.push(std::mem::take(&mut line));
                    used = 0;
                }
                line.push_str(cluster);
                used += cw;
            }
        }
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_break_at_spaces_and_keep_within_the_width() {
        assert_eq!(wrap("one two three four", 9), ["one two", "three", "four"]);
        assert_eq!(wrap("a\n\nb", 5), ["a", "", "b"]);
        assert_eq!(wrap("", 5), [""]);
        for line in wrap("the quick brown fox jumps over the lazy dog", 10) {
            assert!(width(&line) <= 10, "{line}");
        }
    }

    #[test]
    fn long_words_break_between_clusters_never_inside_one() {
        assert_eq!(wrap("abcdefgh", 3), ["abc", "def", "gh"]);
        // A joined emoji counts at its widest reading (4) and is never split.
        let shown = wrap("ab👩\u{200D}💻cd", 5);
        assert_eq!(shown, ["ab", "👩\u{200D}💻c", "d"]);
        // e + combining accent stays one cluster.
        assert_eq!(
            wrap("e\u{301}e\u{301}e\u{301}", 2),
            ["e\u{301}e\u{301}", "e\u{301}"]
        );
        // A cluster wider than the line stands alone.
        assert_eq!(wrap("日本", 1), ["日", "本"]);
    }
}

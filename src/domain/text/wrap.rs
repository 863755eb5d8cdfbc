//! Word wrapping by display columns, for fields shown whole instead of cut.

use super::width::{cluster_width, clusters, width};

/// `text` broken into lines of at most `columns` columns: at spaces where it can, inside a word
/// (between clusters) only when the word alone is wider than a line. Spaces at a break are
/// dropped. Always at least one line; `columns` of 0 is taken as 1.
pub fn wrap(text: &str, columns: usize) -> Vec<String> {
    let columns = columns.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        let w = width(word);
        let gap = usize::from(used > 0);
        if used + gap + w <= columns {
            if gap == 1 {
                line.push(' ');
            }
            line.push_str(word);
            used += gap + w;
            continue;
        }
        if used > 0 {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        if w <= columns {
            line.push_str(word);
            used = w;
            continue;
        }
        // A word wider than a line: cut between clusters.
        for cluster in clusters(word) {
            let cw = cluster_width(cluster);
            if used + cw > columns && used > 0 {
                lines.push(std::mem::take(&mut line));
                used = 0;
            }
            line.push_str(cluster);
            used += cw;
        }
    }
    if used > 0 || lines.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn breaks_at_spaces_and_keeps_every_word() {
        assert_eq!(
            wrap("one two three four", 9),
            vec!["one two", "three", "four"]
        );
        assert_eq!(wrap("short", 20), vec!["short"]);
        assert_eq!(wrap("", 5), vec![""]);
        assert_eq!(wrap("a  b", 5), vec!["a b"]);
    }

    #[test]
    fn cuts_a_word_wider_than_a_line_between_clusters() {
        assert_eq!(wrap("abcdefgh ij", 3), vec!["abc", "def", "gh", "ij"]);
        // Wide clusters are never split, and a line never holds more columns than asked.
        assert_eq!(wrap("日本語です", 4), vec!["日本", "語で", "す"]);
    }
}

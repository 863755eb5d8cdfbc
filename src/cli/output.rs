//! Printing: aligned tables that fit the terminal, and JSON for machines.
//!
//! Every piece of text from the store goes through [`crate::domain::text`] before it reaches the
//! terminal, so nothing in the file can send control sequences.

use super::CliError;
use crate::domain::text;
use crate::t;
use serde::Serialize;
use std::borrow::Cow;
use std::io::{self, IsTerminal, Write};

/// Writes text to stdout. A failure is a [`CliError::Io`], and a closed pipe (`mentor goal list |
/// head`) is [`CliError::ClosedPipe`], which the command line ends quietly.
pub fn print(text: &str) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| CliError::io(t!("cli-io-output"))(e).on_stdout())
}

/// Prints a value as pretty JSON, every control and bidi character escaped as `\uXXXX`.
pub fn print_json<T: Serialize>(value: &T) -> Result<(), CliError> {
    let json = crate::store::json::to_string_pretty(value)
        .map_err(|e| CliError::io(t!("cli-io-json"))(io::Error::other(e)))?;
    print(&(json + "\n"))
}

/// The width to fit: the terminal's when printing to one, else 80 columns.
pub(crate) fn width() -> usize {
    if io::stdout().is_terminal()
        && let Ok((cols, _)) = crossterm::terminal::size()
    {
        return usize::from(cols).max(40);
    }
    80
}

/// A table with a header row. When it is wider than the terminal, the widest column gives way
/// first, one column at a time, down to its header's width (and never below eight columns).
///
/// Cells borrow the text they show where they can, and each cell's width is measured once, when
/// it is added: a table of ten thousand rows costs what its text costs.
pub struct Table<'a> {
    headers: Vec<String>,
    /// Each cell made safe to print, with its width.
    rows: Vec<Vec<(Cow<'a, str>, usize)>>,
    /// The width of each text beyond ASCII met so far (measuring one cluster by cluster costs far
    /// more than looking it up, and a column repeats its texts: names, SMART strips).
    widths: std::collections::HashMap<String, usize>,
}

impl<'a> Table<'a> {
    /// A table under `headers`: literals, or texts looked up once for the whole table
    /// (`&[t!("cli-col-id"), ...]`).
    pub fn new<S: AsRef<str>>(headers: &[S]) -> Self {
        Table {
            headers: headers.iter().map(|h| h.as_ref().to_string()).collect(),
            rows: Vec::new(),
            widths: std::collections::HashMap::new(),
        }
    }

    /// Adds a row; cells are made safe to print.
    pub fn row(&mut self, cells: Vec<String>) {
        self.cells(cells.into_iter().map(Cow::Owned));
    }

    /// Adds a row of cells that may borrow; cells are made safe to print.
    pub fn cells(&mut self, cells: impl IntoIterator<Item = Cow<'a, str>>) {
        let widths = &mut self.widths;
        let row = cells
            .into_iter()
            .map(|cell| {
                let safe = match cell {
                    Cow::Borrowed(s) => text::line(s),
                    Cow::Owned(s) => match text::line(&s) {
                        Cow::Borrowed(_) => Cow::Owned(s),
                        Cow::Owned(escaped) => Cow::Owned(escaped),
                    },
                };
                let width = if safe.is_ascii() {
                    text::width(&safe)
                } else if let Some(w) = widths.get(safe.as_ref()) {
                    *w
                } else {
                    let w = text::width(&safe);
                    widths.insert(safe.to_string(), w);
                    w
                };
                (safe, width)
            })
            .collect();
        self.rows.push(row);
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The width of each column, fitted to `total` columns.
    fn widths(&self, total: usize) -> Vec<usize> {
        let n = self.headers.len();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| text::width(h)).collect();
        for row in &self.rows {
            for (i, (_, w)) in row.iter().enumerate().take(n) {
                widths[i] = widths[i].max(*w);
            }
        }
        let gaps = 2 * n.saturating_sub(1);
        let floor: Vec<usize> = self.headers.iter().map(|h| text::width(h).max(8)).collect();
        let mut sum: usize = widths.iter().sum();
        while sum + gaps > total {
            let widest = (0..n)
                .filter(|&i| widths[i] > floor[i])
                .max_by_key(|&i| (widths[i], i));
            match widest {
                Some(i) => {
                    widths[i] -= 1;
                    sum -= 1;
                }
                None => break,
            }
        }
        widths
    }

    /// The table as text, fitted to `total` columns.
    pub fn render(&self, total: usize) -> String {
        let n = self.headers.len();
        let widths = self.widths(total);
        let line_len: usize = widths.iter().sum::<usize>() + 2 * n + 1;
        let mut out = String::with_capacity(line_len * (self.rows.len() + 1));
        let headers: Vec<(Cow<'_, str>, usize)> = self
            .headers
            .iter()
            .map(|h| (Cow::Borrowed(h.as_str()), text::width(h)))
            .collect();
        for row in std::iter::once(&headers).chain(&self.rows) {
            let start = out.len();
            for (i, (cell, w)) in row.iter().enumerate().take(n) {
                let used = if *w <= widths[i] {
                    out.push_str(cell);
                    *w
                } else {
                    let cut = text::cut(cell, widths[i]);
                    out.push_str(&cut);
                    text::width(&cut)
                };
                if i + 1 < n {
                    pad(&mut out, widths[i].saturating_sub(used) + 2);
                }
            }
            let kept = out[start..].trim_end().len();
            out.truncate(start + kept);
            out.push('\n');
        }
        out
    }

    /// Prints the table fitted to the terminal, or `empty` when it has no rows.
    pub fn print_or(&self, empty: &str) -> Result<(), CliError> {
        print(&self.render_or(empty, width()))
    }

    /// The table fitted to `total` columns, or the line `empty` when it has no rows.
    pub fn render_or(&self, empty: &str, total: usize) -> String {
        if self.is_empty() {
            format!("{empty}\n")
        } else {
            self.render(total)
        }
    }
}

/// Appends `n` spaces.
fn pad(out: &mut String, n: usize) {
    const SPACES: &str = "                                                                ";
    let mut left = n;
    while left > 0 {
        let take = left.min(SPACES.len());
        out.push_str(&SPACES[..take]);
        left -= take;
    }
}

/// Progress as a percentage, or `-` when nothing says.
pub fn percent(p: Option<f64>) -> String {
    p.map_or_else(|| "-".into(), |p| whole_percent(p * 100.0))
}

/// `v` rounded to a whole number and followed by `%`, exactly as `{:.0}%` writes it (ties to
/// even), without its slow exact path for the common case.
fn whole_percent(v: f64) -> String {
    let r = v.round_ties_even();
    if r.is_finite() && r.abs() < 1e15 && !(r == 0.0 && v.is_sign_negative()) {
        #[allow(clippy::cast_possible_truncation)] // a whole number under 10^15
        let whole = r as i64;
        format!("{whole}%")
    } else {
        format!("{v:.0}%")
    }
}

/// The word the file writes for `value` (`planned`, `mentor`): a stable key for a message's
/// select expression, whatever language the value's own `Display` speaks.
pub fn key<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

/// `v` with one decimal, written with the language's decimal mark (`2.5` in English, `2,5` in
/// Dutch).
pub fn one_decimal(v: f64) -> String {
    format!("{v:.1}").replace('.', &t!("cli-decimal-mark"))
}

/// An optional date, or `-`.
pub fn opt_date(d: Option<chrono::NaiveDate>) -> String {
    d.map_or_else(|| "-".into(), |d| crate::domain::dates::iso(d).to_string())
}

/// A due date for a table cell, marked `!` when overdue.
pub fn due_cell(due: Option<chrono::NaiveDate>, overdue: bool) -> String {
    let text = opt_date(due);
    if overdue { format!("{text}!") } else { text }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text::fit;

    #[test]
    fn a_percentage_is_written_as_the_formatter_rounds_it() {
        for v in [
            0.0,
            -0.0,
            -0.4,
            0.5,
            1.5,
            2.5,
            49.999,
            50.5,
            99.5,
            100.0,
            1e16,
            -3.5,
            12.345,
            f64::NAN,
            f64::INFINITY,
            0.1 * 3.0 * 100.0,
        ] {
            assert_eq!(whole_percent(v), format!("{v:.0}%"), "{v}");
        }
    }

    #[test]
    fn one_decimal_uses_the_language_s_decimal_mark() {
        assert_eq!(one_decimal(2.25), "2.2");
        assert_eq!(
            crate::i18n::with_lang(crate::i18n::Lang::Nl, || one_decimal(10.0)),
            "10,0"
        );
    }

    #[test]
    fn a_due_cell_is_marked_only_when_overdue() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 25).expect("a date");
        assert_eq!(due_cell(Some(day), true), "2026-11-25!");
        assert_eq!(due_cell(Some(day), false), "2026-11-25");
        assert_eq!(due_cell(None, false), "-");
    }

    #[test]
    fn table_aligns_and_shrinks_the_widest_column() {
        let mut t = Table::new(&["ID", "TITLE", "DUE"]);
        t.row(vec![
            "g1".into(),
            "A rather long goal title that goes on".into(),
            "2027-01-01".into(),
        ]);
        t.row(vec!["g22".into(), "Short\x1b[2J".into(), "-".into()]);
        let text = t.render(30);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines[0], "ID   TITLE          DUE");
        assert_eq!(lines[1], "g1   A rather lon…  2027-01-01");
        assert_eq!(lines[2], "g22  Short\\x1b[2J   -");
        assert!(lines.iter().all(|l| text::width(l) <= 30));
    }

    #[test]
    fn table_aligns_joined_emoji_combining_marks_and_cjk_by_their_widest_reading() {
        let mut t = Table::new(&["ID", "NAME", "STATUS"]);
        t.row(vec!["m1".into(), "🧑🏽\u{200D}🚀".into(), "active".into()]);
        t.row(vec!["m2".into(), "Zoe\u{308}".into(), "active".into()]);
        t.row(vec!["m3".into(), "日本".into(), "active".into()]);
        t.row(vec!["m4".into(), "שלום".into(), "active".into()]);
        let text = t.render(80);
        let lines: Vec<&str> = text.lines().collect();
        // The astronaut counts 6 columns (🧑 🏽 🚀 as a terminal that does not join them draws).
        assert_eq!(lines[1], "m1  🧑🏽\u{200D}🚀  active");
        assert_eq!(lines[2], "m2  Zoe\u{308}     active");
        assert_eq!(lines[3], "m3  日本    active");
        assert_eq!(lines[4], "m4  שלום    active");
        let status: Vec<usize> = lines
            .iter()
            .map(|l| text::width(&l[..l.find("active").unwrap_or(l.len())]))
            .skip(1)
            .collect();
        assert_eq!(status, [12, 12, 12, 12]);
    }

    #[test]
    fn fit_counts_wide_characters() {
        assert_eq!(fit("日本語テキスト", 6), "日本…");
        assert_eq!(fit("abc", 3), "abc");
    }
}

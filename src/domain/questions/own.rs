//! The mentor's own questions: a plain text file (`questions.txt` beside the config file, see
//! [`crate::store::questions`]) read into questions of the bank.
//!
//! The format, line by line:
//!
//! ```text
//! # A comment: a line starting with `#` (blank lines are skipped too).
//! [know]
//! What do you do on a free Sunday?
//! [goals.measurable]
//! What number would make you proud in three months?
//! ```
//!
//! A heading `[phase]` (one of [`Phase::NAMES`]) starts a group; `[phase.focus]` narrows it to a
//! purpose ([`Focus::NAMES`]: a SMART letter under `goals`, `obstacles` under `progress`,
//! `strengths` under `feedback`), so the question is proposed when that purpose is. Every other
//! line is one question, in the words the mentor wants to show.
//!
//! A line that cannot be used is named with its line ([`OwnError`]) and left out: a question
//! before any heading, a heading that names no phase or focus (the questions under it are left
//! out with it), a question longer than [`MAX_CHARS`], the same question twice. The rest of the
//! file, and the built-in bank, still work.

use super::{Focus, Phase, Question, Source};
use crate::t;

/// The longest question read, in characters.
pub const MAX_CHARS: usize = 300;

/// A line of the mentor's file that was left out, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct OwnError {
    /// The file, as shown to the user.
    pub file: String,
    /// The line (from 1); 0 for the file as a whole (it cannot be read).
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for OwnError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            0 => write!(f, "{}: {}", self.file, self.message),
            n => write!(f, "{}:{n}: {}", self.file, self.message),
        }
    }
}

/// The questions of the file's `text`, and the lines left out; `file` names it in errors.
pub fn parse(file: &str, text: &str) -> (Vec<Question>, Vec<OwnError>) {
    let mut out: Vec<Question> = Vec::new();
    let mut errors = Vec::new();
    let mut fail = |line: usize, message: String| {
        errors.push(OwnError {
            file: file.to_string(),
            line,
            message,
        });
    };
    // `None` before any heading; `Some(None)` under a heading that was refused.
    let mut group: Option<Option<(Phase, Option<Focus>)>> = None;
    for (i, raw) in text.lines().enumerate() {
        let (n, line) = (i + 1, raw.trim());
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(inner) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            let read = heading(inner);
            if let Err(why) = &read {
                fail(n, why.clone());
            }
            group = Some(read.ok());
            continue;
        }
        let Some(under) = group else {
            fail(n, t!("qs-err-no-heading"));
            continue;
        };
        let Some((phase, focus)) = under else {
            continue;
        };
        if line.chars().count() > MAX_CHARS {
            fail(n, t!("qs-err-too-long", max = MAX_CHARS));
            continue;
        }
        let key = key_of(line);
        if let Some(Source::Own { line: first, .. }) =
            out.iter().find(|q| q.key == key).map(|q| &q.source)
        {
            fail(n, t!("qs-err-twice", first = *first));
            continue;
        }
        out.push(Question {
            key,
            phase,
            focus,
            source: Source::Own {
                text: line.to_string(),
                line: n,
            },
        });
    }
    (out, errors)
}

/// A heading's inside: `phase` or `phase.focus`.
fn heading(inner: &str) -> Result<(Phase, Option<Focus>), String> {
    let (phase, focus) = match inner.split_once('.') {
        Some((p, f)) => (p, Some(f)),
        None => (inner, None),
    };
    let Some(phase) = Phase::parse(phase) else {
        return Err(t!(
            "qs-err-phase",
            value = phase.trim(),
            names = Phase::NAMES.join(", ")
        ));
    };
    let Some(focus) = focus else {
        return Ok((phase, None));
    };
    let Some(f) = Focus::parse(focus) else {
        return Err(t!(
            "qs-err-focus",
            value = focus.trim(),
            names = Focus::NAMES.join(", ")
        ));
    };
    if f.phase() != phase {
        return Err(t!(
            "qs-err-focus-phase",
            focus = f.name(),
            phase = f.phase().name()
        ));
    }
    Ok((phase, Some(f)))
}

/// The key of one of the mentor's questions: `own-` and the FNV-1a hash of its words (in lower
/// case, spaces collapsed), so it stays when the line moves.
pub fn key_of(text: &str) -> String {
    let words = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut hash: u32 = 0x811c_9dc5;
    for b in words.to_lowercase().bytes() {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    format!("own-{hash:08x}")
}

//! Finding text in the records: which records and which of their fields are searched, and how a
//! query matches (case-insensitive, anywhere in the text). Shared by the global search and the
//! mentee list's filter, so both find the same things.
//!
//! Searched: a mentee's name, aspirations, private notes, agreement (response time,
//! boundaries, success measures, what they want more of in feedback), closing note (shared and
//! private) and closing reflection; a goal's title, description (specific, criterion, achievable,
//! relevant), metric and skills; a milestone's title and note; a session's agenda, shared and
//! private notes and the mentee's own notes; an action item's text; a feedback note's text; a connection's title, who and
//! note; the career path's title, and a stage's title, description, skills and private notes. Private text is searched too: what a mentee may see is decided before, by searching the
//! projected workspace (see [`super::projection`]).

use super::{
    ActionItem, Connection, Feedback, Goal, Mentee, Milestone, RecordRef, Session, Stage, Workspace,
};

/// A query, ready to match: lower-cased, trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Needle {
    lower: String,
}

impl Needle {
    /// The query `text`, or `None` when it is blank (a blank query matches nothing).
    pub fn new(text: &str) -> Option<Needle> {
        let lower = text.trim().to_lowercase();
        (!lower.is_empty()).then_some(Needle { lower })
    }

    /// Where the query starts in `hay` (a byte offset at a character boundary), any case.
    pub fn find(&self, hay: &str) -> Option<usize> {
        let n = self.lower.as_bytes();
        if self.lower.is_ascii() {
            // ASCII needles compare byte by byte: the bytes of a multi-byte character are never
            // ASCII, so a match always starts and ends at character boundaries.
            return find_ascii(hay.as_bytes(), n);
        }
        hay.char_indices()
            .map(|(i, _)| i)
            .find(|&i| lower_starts_with(&hay[i..], &self.lower))
    }

    /// True when the query is somewhere in `hay`.
    pub fn matches(&self, hay: &str) -> bool {
        self.find(hay).is_some()
    }
}

/// Where `needle` (ASCII, lower-cased) starts in `hay`, any ASCII case: a scan for its first
/// byte in either case, comparing the rest only there.
fn find_ascii(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let upper = first.to_ascii_uppercase();
    let last = hay.len().checked_sub(needle.len())?;
    let mut at = 0;
    while at <= last {
        let step = hay[at..=last]
            .iter()
            .position(|&b| b == first || b == upper)?;
        at += step;
        if hay[at + 1..at + needle.len()].eq_ignore_ascii_case(rest) {
            return Some(at);
        }
        at += 1;
    }
    None
}

/// True when `text` lower-cased starts with `prefix` (already lower-cased).
fn lower_starts_with(text: &str, prefix: &str) -> bool {
    let mut lowered = text.chars().flat_map(char::to_lowercase);
    prefix.chars().all(|p| lowered.next() == Some(p))
}

/// A record while its texts are visited (borrowed, so that a filter pays no copies).
#[derive(Debug, Clone, Copy)]
pub enum Record<'a> {
    Mentee(&'a Mentee),
    Goal(&'a Goal),
    Milestone(&'a Milestone),
    Session(&'a Session),
    Action(&'a ActionItem),
    Feedback(&'a Feedback),
    Connection(&'a Connection),
    Stage(&'a Stage),
}

impl Record<'_> {
    /// The record's reference.
    pub fn reference(self) -> RecordRef {
        match self {
            Record::Mentee(m) => RecordRef::Mentee(m.id.clone()),
            Record::Goal(g) => RecordRef::Goal(g.id.clone()),
            Record::Milestone(k) => RecordRef::Milestone(k.id.clone()),
            Record::Session(s) => RecordRef::Session(s.id.clone()),
            Record::Action(a) => RecordRef::Action(a.id.clone()),
            Record::Feedback(f) => RecordRef::Feedback(f.id.clone()),
            Record::Connection(c) => RecordRef::Connection(c.id.clone()),
            Record::Stage(st) => RecordRef::Stage(st.id.clone()),
        }
    }
}

/// Calls `visit(record, field, text)` for every searched text of `m` and its records, in the
/// order the app shows them, until `visit` returns true; returns whether it did.
pub fn visit<'a>(
    m: &'a Mentee,
    visit: &mut dyn FnMut(Record<'a>, &'static str, &'a str) -> bool,
) -> bool {
    let me = Record::Mentee(m);
    let a = &m.agreement;
    let (note, private_note) = m
        .closing
        .as_ref()
        .map_or(("", ""), |c| (c.note.as_str(), c.private_note.as_str()));
    let mentee: [(&'static str, &str); 11] = [
        ("name", &m.name),
        ("aspirations", &m.aspirations),
        ("private notes", &m.private_notes),
        ("response time", &a.response_time),
        ("boundaries", &a.boundaries),
        ("success measures", &a.success_measures),
        ("feedback wanted", &a.feedback_more_of),
        ("career path", &m.path.title),
        ("closing note", note),
        ("private closing note", private_note),
        ("closing reflection", &m.closing_reflection),
    ];
    if mentee.iter().any(|(f, t)| visit(me, f, t)) {
        return true;
    }
    m.goals.iter().any(|g| goal(g, visit))
        || m.sessions.iter().any(|s| session(s, visit))
        || m.feedback
            .iter()
            .any(|f| visit(Record::Feedback(f), "text", &f.text))
        || m.connections.iter().any(|c| {
            let r = Record::Connection(c);
            visit(r, "title", &c.title) || visit(r, "who", &c.who) || visit(r, "note", &c.note)
        })
        || m.path.stages.iter().any(|st| stage(st, visit))
}

fn stage<'a>(
    st: &'a Stage,
    visit: &mut dyn FnMut(Record<'a>, &'static str, &'a str) -> bool,
) -> bool {
    let r = Record::Stage(st);
    visit(r, "title", &st.title)
        || visit(r, "description", &st.description)
        || st.skills.iter().any(|s| visit(r, "skills", s))
        || visit(r, "private notes", &st.private_notes)
}

fn goal<'a>(g: &'a Goal, visit: &mut dyn FnMut(Record<'a>, &'static str, &'a str) -> bool) -> bool {
    let r = Record::Goal(g);
    let texts: [(&'static str, &str); 5] = [
        ("title", &g.title),
        ("specific", &g.specific),
        ("criterion", &g.criterion),
        ("achievable", &g.achievable),
        ("relevant", &g.relevant),
    ];
    texts.iter().any(|(f, t)| visit(r, f, t))
        || g.metric
            .as_ref()
            .is_some_and(|x| visit(r, "metric", &x.what))
        || g.skills.iter().any(|s| visit(r, "skills", s))
        || g.milestones.iter().any(|k| {
            let r = Record::Milestone(k);
            visit(r, "title", &k.title) || visit(r, "note", &k.note)
        })
}

fn session<'a>(
    s: &'a Session,
    visit: &mut dyn FnMut(Record<'a>, &'static str, &'a str) -> bool,
) -> bool {
    let r = Record::Session(s);
    visit(r, "agenda", &s.agenda)
        || visit(r, "shared notes", &s.shared_notes)
        || visit(r, "private notes", &s.private_notes)
        || visit(r, "mentee's notes", &s.mentee_notes)
        || s.actions
            .iter()
            .any(|a| visit(Record::Action(a), "text", &a.text))
}

/// True when `needle` is in any searched text of `m` or of its records.
pub fn mentee_matches(m: &Mentee, needle: &Needle) -> bool {
    visit(m, &mut |_, _, text| needle.matches(text))
}

/// One place the query was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    /// The mentee's index in the workspace.
    pub mentee: usize,
    pub record: RecordRef,
    /// Which field of the record holds the text ("title", "private notes"…).
    pub field: &'static str,
    /// The text around the match, on one line.
    pub snippet: String,
}

/// A searched field's name in the user's language (only for a hit, so the search itself
/// looks nothing up).
fn field_words(field: &'static str) -> &'static str {
    use super::shown::word;
    match field {
        "name" => word("dom-search-name"),
        "aspirations" => word("dom-search-aspirations"),
        "private notes" => word("dom-search-private-notes"),
        "response time" => word("dom-search-response-time"),
        "boundaries" => word("dom-search-boundaries"),
        "success measures" => word("dom-search-success-measures"),
        "text" => word("dom-search-text"),
        "title" => word("dom-search-title"),
        "who" => word("dom-search-who"),
        "note" => word("dom-search-note"),
        "specific" => word("dom-search-specific"),
        "criterion" => word("dom-search-criterion"),
        "achievable" => word("dom-search-achievable"),
        "relevant" => word("dom-search-relevant"),
        "metric" => word("dom-search-metric"),
        "skills" => word("dom-search-skills"),
        "agenda" => word("dom-search-agenda"),
        "shared notes" => word("dom-search-shared-notes"),
        "career path" => word("dom-search-career-path"),
        "description" => word("dom-search-description"),
        "feedback wanted" => word("dom-search-feedback-wanted"),
        "closing note" => word("dom-search-closing-note"),
        "private closing note" => word("dom-search-private-closing-note"),
        "closing reflection" => word("dom-search-closing-reflection"),
        "mentee's notes" => word("dom-search-mentee-notes"),
        other => other,
    }
}

/// What a search found: at most `limit` hits (one per record: its first matching field), and
/// whether there were more.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Found {
    pub hits: Vec<Hit>,
    pub more: bool,
}

impl Found {
    /// The mentees with a hit, in order, when the hits are all there are (no `more`).
    pub fn mentees(&self) -> Option<Vec<usize>> {
        let mut out: Vec<usize> = Vec::new();
        for h in &self.hits {
            if out.last() != Some(&h.mentee) {
                out.push(h.mentee);
            }
        }
        (!self.more).then_some(out)
    }
}

/// Every record of `ws` holding `query`, mentee by mentee, in the order the app lists them.
pub fn search(ws: &Workspace, query: &str, limit: usize) -> Found {
    search_among(ws, query, limit, None)
}

/// As [`search`], looking only at the mentees `among` (indexes, in order) when given: after a
/// complete search for a query the new one contains, only the mentees it found can hold the new
/// one (see [`Found::mentees`]).
pub fn search_among(ws: &Workspace, query: &str, limit: usize, among: Option<&[usize]>) -> Found {
    let Some(needle) = Needle::new(query) else {
        return Found::default();
    };
    let mut found = Found::default();
    let all: Vec<usize>;
    let among = match among {
        Some(among) => among,
        None => {
            all = (0..ws.mentees.len()).collect();
            &all
        }
    };
    for &i in among {
        let Some(m) = ws.mentees.get(i) else {
            continue;
        };
        let mut last: Option<RecordRef> = None;
        let stop = visit(m, &mut |record, field, text| {
            let Some(at) = needle.find(text) else {
                return false;
            };
            let reference = record.reference();
            if last.as_ref() == Some(&reference) {
                return false;
            }
            if found.hits.len() == limit {
                found.more = true;
                return true;
            }
            last = Some(reference.clone());
            found.hits.push(Hit {
                mentee: i,
                record: reference,
                field: field_words(field),
                snippet: snippet(text, at),
            });
            false
        });
        if stop {
            break;
        }
    }
    found
}

/// Characters kept before the match in a snippet.
const BEFORE: usize = 20;
/// Characters a snippet holds at most.
const LENGTH: usize = 80;

/// The text around byte offset `at`, on one line, with `…` where it was cut.
pub fn snippet(text: &str, at: usize) -> String {
    let start = text[..at]
        .char_indices()
        .rev()
        .nth(BEFORE - 1)
        .map_or(0, |(i, _)| i);
    // From the start of a word, when one begins before the match.
    let start = match text[start..at]
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
    {
        Some((space, c)) if start > 0 => start + space + c.len_utf8(),
        _ => start,
    };
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    for (taken, c) in text[start..].chars().enumerate() {
        if taken == LENGTH {
            out.push('…');
            break;
        }
        out.push(if c == '\n' || c == '\t' { ' ' } else { c });
    }
    out
}

#[cfg(test)]
mod tests;

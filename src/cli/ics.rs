//! The iCalendar export (`mentor export ics`), RFC 5545.
//!
//! - One event per session. Cancelled sessions, and sessions still planned for a mentee whose
//!   mentoring is concluded, are written with `STATUS:CANCELLED` (not left out), so a calendar
//!   that imported them earlier takes them off; every other session is `CONFIRMED`.
//! - UIDs are `SESSION.MENTEE.TOKEN@mentor`: stable across exports and edits, and different for
//!   every store (the token is the store's random `store_token`, made on the first export).
//! - `PRODID` names mentor and its version.
//! - Every content line is folded at 75 octets (a continuation line counts its leading space),
//!   never inside a UTF-8 sequence.

use super::context::{CliError, Context};
use super::output::print;
use crate::domain::{MenteeStatus, SessionStatus, Workspace};
use crate::t;
use chrono::Utc;
use std::path::PathBuf;

/// The longest a content line may be, in octets, without its line break (RFC 5545, 3.1).
pub const MAX_LINE_OCTETS: usize = 75;

/// The `PRODID` of every export.
pub fn prodid() -> String {
    format!("-//mentor//mentor {}//EN", env!("CARGO_PKG_VERSION"))
}

/// The iCalendar text of the sessions of `ws` (one mentee's, or everyone's). `token` is the
/// store's token, part of every UID.
pub fn ics(
    ws: &Workspace,
    only: Option<usize>,
    stamp: chrono::DateTime<Utc>,
    token: &str,
) -> String {
    use icalendar::{Calendar, Component, Event, EventLike, EventStatus};
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"));
    cal.append_property(("PRODID", prodid().as_str()));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    cal.name(&t!("cli-ics-calendar"));
    // The words of an event, looked up once for the whole calendar.
    let (agenda, notes) = (t!("cli-ics-agenda"), t!("cli-ics-notes"));
    for (_, m) in ws
        .mentees
        .iter()
        .enumerate()
        .filter(|(i, _)| only.is_none_or(|o| o == *i))
    {
        for s in &m.sessions {
            let start = s.at.with_timezone(&Utc);
            let minutes = s
                .minutes
                .or(m.agreement.session_minutes)
                .or(ws.mentor.default_session_minutes)
                .unwrap_or(crate::domain::derived::DEFAULT_SESSION_MINUTES);
            let end = start + chrono::Duration::minutes(i64::from(minutes));
            if !writable(start) || !writable(end) {
                continue;
            }
            let mut description = String::new();
            if !s.agenda.trim().is_empty() {
                description.push_str(&format!("{agenda}: {}\n", s.agenda.trim()));
            }
            if !s.shared_notes.trim().is_empty() {
                description.push_str(&format!("{notes}: {}\n", s.shared_notes.trim()));
            }
            let called_off = s.status == SessionStatus::Cancelled
                || (s.status == SessionStatus::Planned && m.status == MenteeStatus::Concluded);
            let status = if called_off {
                EventStatus::Cancelled
            } else {
                EventStatus::Confirmed
            };
            let mut event = Event::new();
            event
                .uid(&format!("{}.{}.{token}@mentor", s.id, m.id))
                .timestamp(stamp)
                .summary(&crate::domain::text::line(&t!(
                    "cli-ics-summary",
                    name = m.name.as_str()
                )))
                .starts(start)
                .ends(end)
                .status(status);
            if !description.is_empty() {
                event.description(crate::domain::text::block(description.trim_end()).as_ref());
            }
            cal.push(event.done());
        }
    }
    refold(&cal.done().to_string())
}

/// True when iCalendar can write `moment` in UTC: its year has four digits. A session kept in
/// the store near 0000-01-01 or 9999-12-31 in its own offset can fall outside that in UTC; such a
/// session is left out of the calendar rather than written as a time no reader accepts.
fn writable(moment: chrono::DateTime<Utc>) -> bool {
    use chrono::Datelike;
    (0..=9999).contains(&moment.year())
}

/// Folds every content line of `text` (CRLF-separated, possibly folded already) at
/// [`MAX_LINE_OCTETS`]: first unfolds (a CRLF followed by a space or a tab), then cuts each line
/// on character boundaries so that no physical line, its leading space included, passes 75
/// octets. A cut next to a space or tab is avoided where another is possible: some readers trim
/// the whitespace around a fold, which would lose it.
pub fn refold(text: &str) -> String {
    let unfolded = text.replace("\r\n ", "").replace("\r\n\t", "");
    let mut out = String::with_capacity(unfolded.len() + unfolded.len() / 64 * 3);
    for line in unfolded.split_terminator("\r\n") {
        let mut start = 0;
        let mut room = MAX_LINE_OCTETS;
        while line.len() - start > room {
            let cut = cut_at(line, start, start + room);
            out.push_str(&line[start..cut]);
            out.push_str("\r\n ");
            start = cut;
            // The leading space takes one octet of a continuation line.
            room = MAX_LINE_OCTETS - 1;
        }
        out.push_str(&line[start..]);
        out.push_str("\r\n");
    }
    out
}

/// Where to cut `line` so that `line[start..cut]` ends at or before `limit`: the last character
/// boundary with no space or tab on either side of it, else the last boundary at all.
fn cut_at(line: &str, start: usize, limit: usize) -> usize {
    let blank = |c: Option<char>| c.is_some_and(|c| c == ' ' || c == '\t');
    let boundaries = (start + 1..=limit)
        .rev()
        .filter(|&i| line.is_char_boundary(i));
    let mut last = None;
    for i in boundaries {
        last.get_or_insert(i);
        let before = line[..i].chars().next_back();
        let after = line[i..].chars().next();
        if !blank(before) && !blank(after) {
            return i;
        }
    }
    // A line always has a boundary within 4 octets of any point (UTF-8), and `limit` is far
    // past `start`, so `last` is set.
    last.unwrap_or(limit)
}

/// `mentor export ics`.
pub fn export_ics(
    ctx: &Context,
    mentee: Option<&str>,
    output: Option<PathBuf>,
    force: bool,
) -> Result<(), CliError> {
    let mut ws = ctx.read()?;
    let only = mentee.map(|q| ws.resolve_mentee(q)).transpose()?;
    let chosen = |ws: &Workspace| {
        ws.mentees
            .iter()
            .enumerate()
            .filter(|(i, _)| only.is_none_or(|o| o == *i))
            .map(|(_, m)| m.sessions.len())
            .sum::<usize>()
    };
    let n = chosen(&ws);
    // The store's token is made on the first export that has sessions, and kept in the file.
    if n > 0 && ws.store_token.is_none() {
        let token = ctx.edit(|stored| {
            Ok(stored
                .store_token
                .get_or_insert_with(crate::store::token::new_store_token)
                .clone())
        })?;
        ws.store_token = Some(token);
    }
    let token = ws.store_token.as_deref().unwrap_or_default();
    let text = ics(&ws, only, ctx.now.with_timezone(&Utc), token);
    match output {
        None => print(&text)?,
        Some(path) => {
            crate::store::bundle::write_new(&path, text.as_bytes(), force).map_err(|e| {
                if e.kind() == std::io::ErrorKind::AlreadyExists {
                    CliError::Input(t!("cli-file-exists", path = path.display().to_string()))
                } else {
                    CliError::io(t!("cli-io-file", path = path.display().to_string()))(e)
                }
            })?;
            eprintln!(
                "mentor: {}",
                t!(
                    "cli-ics-written",
                    count = n,
                    path = path.display().to_string()
                )
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_whose_utc_time_has_no_four_digit_year_is_left_out() {
        use crate::domain::{Mentee, MenteeId, Session, SessionId, SessionStatus};
        use chrono::{DateTime, NaiveDate};
        let mut ws = crate::store::format::empty_workspace();
        let mut m = Mentee::new(
            MenteeId::from_number(1),
            "Ada",
            NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
        );
        for (n, at) in [
            (2, "9999-12-31T23:59:00-23:59"),
            (3, "0000-01-01T00:00:00+14:00"),
            (4, "9999-12-31T23:30:00+00:00"),
            (5, "2026-12-01T10:00:00+01:00"),
        ] {
            let at = DateTime::parse_from_rfc3339(at).unwrap();
            m.sessions.push(Session::new(
                SessionId::from_number(n),
                at,
                SessionStatus::Planned,
            ));
        }
        ws.mentees.push(std::sync::Arc::new(m));
        let stamp = DateTime::parse_from_rfc3339("2026-12-01T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let text = ics(&ws, None, stamp, "tok");
        assert_eq!(text.matches("BEGIN:VEVENT").count(), 1, "{text}");
        assert!(text.contains("UID:s5.m1.tok@mentor"), "{text}");
        assert!(
            !text.contains("DTSTART:+") && !text.contains("DTSTART:-"),
            "{text}"
        );
    }

    #[test]
    fn refold_keeps_every_line_within_75_octets_and_unfolds_to_the_original() {
        let texts = [
            "DESCRIPTION:".to_string() + &"會議記錄與下一步計畫。".repeat(20),
            "DESCRIPTION:".to_string() + &"ملاحظات الجلسة والخطوات التالية ".repeat(12),
            "DESCRIPTION:".to_string() + &"👩‍💻🧑🏽‍🚀 plan ✅ ".repeat(15),
            "SUMMARY:".to_string() + &"a".repeat(300),
            "X:".to_string() + &"é".repeat(100),
        ];
        for original in &texts {
            for input in [
                original.clone() + "\r\n",
                refold(&(original.clone() + "\r\n")),
            ] {
                let folded = refold(&input);
                for line in folded.split_terminator("\r\n") {
                    assert!(
                        line.len() <= MAX_LINE_OCTETS,
                        "{} octets: {line}",
                        line.len()
                    );
                }
                assert!(folded.ends_with("\r\n"));
                assert_eq!(folded.replace("\r\n ", ""), original.clone() + "\r\n");
            }
        }
        // Exactly 75 octets is one line; 76 is two.
        let line = "X:".to_string() + &"a".repeat(73);
        assert_eq!(refold(&format!("{line}\r\n")), format!("{line}\r\n"));
        let folded = refold(&format!("{line}b\r\n"));
        assert_eq!(folded, format!("{line}\r\n b\r\n"));
        // No cut next to a space when another cut is possible.
        let words = "X:".to_string() + &"ab cd ".repeat(30);
        let folded = refold(&format!("{words}\r\n"));
        let lines: Vec<&str> = folded.split_terminator("\r\n").collect();
        assert!(lines.len() > 2);
        for pair in lines.windows(2) {
            assert!(
                !pair[0].ends_with(' ') && !pair[1].starts_with("  "),
                "{pair:?}"
            );
        }
    }
}

//! The typed pass over a whole store file, with its mentees parsed on every core.
//!
//! A file is read in two steps. The first walks the document once, reading the header and the
//! mentor's profile but leaving each mentee as the raw text it spans (serde_json only checks its
//! syntax, allocating nothing). The second turns those texts into mentees, on one thread per core
//! (at most [`MAX_THREADS`]; one thread when the mentees' text is under [`PARALLEL_FROM_BYTES`]):
//! each thread takes the next mentee not yet taken, so a thread slowed down by the rest of the
//! machine simply takes fewer. Both steps notice keys this version does not know (with
//! `serde_ignored`), so that [`super::parse`] can keep them.
//!
//! Any error here only means "not the fast way": the caller parses again carefully to say what is
//! wrong and where. A file whose header the caller would refuse, or that needs migrating from an
//! older major version than [`crate::store::migrate::TYPED_FROM_MAJOR`], is sent that way before
//! its mentees are parsed.

use super::FileIn;
use super::SchemaVersion;
use crate::domain::{Mentee, MentorProfile};
use serde::Deserialize;
use serde_json::value::RawValue;
use std::num::NonZeroUsize;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread;

/// Below this many bytes of mentees, one thread parses them all: starting threads would cost more
/// than it saves.
pub(super) const PARALLEL_FROM_BYTES: usize = 512 * 1024;

/// At most this many threads parse mentees, however many cores there are.
const MAX_THREADS: usize = 8;

/// The top level of a store file, each mentee still as its text.
#[derive(Deserialize)]
struct Outline<'a> {
    format: String,
    version: SchemaVersion,
    kind: String,
    #[serde(default)]
    mentor: MentorProfile,
    #[serde(default)]
    next_id: u64,
    #[serde(default)]
    store_token: Option<String>,
    #[serde(default)]
    skills: Vec<crate::domain::Skill>,
    #[serde(default)]
    replicated: bool,
    #[serde(default)]
    conflicts: Vec<crate::domain::Conflict>,
    #[serde(default, borrow)]
    mentees: Vec<&'a RawValue>,
}

/// A file read the fast way, and whether it holds keys this version does not know.
pub(super) struct Typed {
    pub file: FileIn,
    pub unknown_keys: bool,
    /// Where each mentee's text stands in the bytes parsed.
    pub spans: Vec<std::ops::Range<usize>>,
}

/// Reads a whole store file into its typed form, using up to `threads` threads for the mentees
/// (`None`: one per core). A file in mentor's layout is cut into its header and mentees by a
/// cheap scan ([`super::layout`]); any other file (or one whose parts do not all parse) is walked
/// once by serde to find them.
pub(super) fn parse(bytes: &[u8], threads: Option<usize>) -> serde_json::Result<Typed> {
    if let Some(split) = super::layout::split(bytes)
        && let Ok(typed) = typed(bytes, &split.header, &split.items, threads)
    {
        return Ok(typed);
    }
    let mut unknown_keys = false;
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let outline: Outline = serde_ignored::deserialize(&mut de, |_| unknown_keys = true)?;
    de.end()?;
    let texts: Vec<&[u8]> = outline
        .mentees
        .iter()
        .map(|raw| raw.get().as_bytes())
        .collect();
    let mut typed = finish(bytes, outline, &texts, threads)?;
    typed.unknown_keys |= unknown_keys;
    Ok(typed)
}

/// The file from its header, parsed on its own, and its mentees' texts.
fn typed(
    bytes: &[u8],
    header: &[u8],
    texts: &[&[u8]],
    threads: Option<usize>,
) -> serde_json::Result<Typed> {
    let mut unknown_keys = false;
    let mut de = serde_json::Deserializer::from_slice(header);
    let outline: Outline = serde_ignored::deserialize(&mut de, |_| unknown_keys = true)?;
    de.end()?;
    let mut typed = finish(bytes, outline, texts, threads)?;
    typed.unknown_keys |= unknown_keys;
    Ok(typed)
}

/// The header of `outline` with the mentees parsed from `texts` (slices of `bytes`).
fn finish(
    bytes: &[u8],
    outline: Outline,
    texts: &[&[u8]],
    threads: Option<usize>,
) -> serde_json::Result<Typed> {
    // The caller's own header check, run early: a file it would refuse (or must migrate) goes the
    // careful way without its mentees being parsed first.
    let refused = super::check_header(&outline.format, &outline.kind, Path::new("")).is_err();
    if refused || outline.version.major < crate::store::migrate::TYPED_FROM_MAJOR {
        return Err(serde::de::Error::custom("not a current workspace file"));
    }
    let size: usize = texts.iter().map(|text| text.len()).sum();
    let threads = threads.unwrap_or_else(|| {
        if size < PARALLEL_FROM_BYTES {
            1
        } else {
            thread::available_parallelism().map_or(1, NonZeroUsize::get)
        }
    });
    let (mentees, unknown_in_mentees) = mentees(texts, threads.min(MAX_THREADS))?;
    let base = bytes.as_ptr() as usize;
    let spans = texts
        .iter()
        .map(|text| {
            let start = (text.as_ptr() as usize).saturating_sub(base);
            start..start + text.len()
        })
        .collect();
    Ok(Typed {
        file: FileIn {
            format: outline.format,
            version: outline.version,
            kind: outline.kind,
            mentor: outline.mentor,
            next_id: outline.next_id,
            store_token: outline.store_token,
            skills: outline.skills,
            replicated: outline.replicated,
            conflicts: outline.conflicts,
            mentees,
        },
        unknown_keys: unknown_in_mentees,
        spans,
    })
}

/// Parses one mentee's text; the flag says it held an unknown key.
fn mentee(text: &[u8]) -> serde_json::Result<(Arc<Mentee>, bool)> {
    let mut unknown = false;
    let mut de = serde_json::Deserializer::from_slice(text);
    let mentee: Mentee = serde_ignored::deserialize(&mut de, |_| unknown = true)?;
    de.end()?;
    Ok((Arc::new(mentee), unknown))
}

/// What one thread parsed: each mentee with its place in the file.
type Share = (Vec<(usize, Arc<Mentee>)>, bool);

fn mentees(raw: &[&[u8]], threads: usize) -> serde_json::Result<(Vec<Arc<Mentee>>, bool)> {
    let threads = threads.clamp(1, raw.len().max(1));
    if threads == 1 {
        let mut unknown = false;
        let mut out = Vec::with_capacity(raw.len());
        for text in raw {
            let (parsed, flag) = mentee(text)?;
            unknown |= flag;
            out.push(parsed);
        }
        return Ok((out, unknown));
    }
    let next = AtomicUsize::new(0);
    let failed = AtomicBool::new(false);
    let work = || -> serde_json::Result<Share> {
        let mut out = Vec::new();
        let mut unknown = false;
        while !failed.load(Ordering::Relaxed) {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(text) = raw.get(i) else { break };
            match mentee(text) {
                Ok((parsed, flag)) => {
                    unknown |= flag;
                    out.push((i, parsed));
                }
                Err(e) => {
                    failed.store(true, Ordering::Relaxed);
                    return Err(e);
                }
            }
        }
        Ok((out, unknown))
    };
    let shares: Vec<serde_json::Result<Share>> = thread::scope(|scope| {
        // A thread the system refuses to start is simply not there: the others take its share.
        let helpers: Vec<_> = (1..threads)
            .filter_map(|_| thread::Builder::new().spawn_scoped(scope, work).ok())
            .collect();
        let mut shares = vec![work()];
        for helper in helpers {
            shares.push(
                helper
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            );
        }
        shares
    });
    let mut all = Vec::with_capacity(raw.len());
    let mut unknown = false;
    for share in shares {
        let (parsed, flag) = share?;
        all.extend(parsed);
        unknown |= flag;
    }
    all.sort_unstable_by_key(|(i, _)| *i);
    debug_assert_eq!(all.len(), raw.len());
    Ok((all.into_iter().map(|(_, m)| m).collect(), unknown))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(mentees: &[String]) -> Vec<u8> {
        format!(
            r#"{{"format":"mentor","version":{{"major":2,"minor":0}},"kind":"workspace","next_id":900,"mentees":[{}]}}"#,
            mentees.join(",")
        )
        .into_bytes()
    }

    fn named(i: usize) -> String {
        format!(r#"{{"id":"m{}","name":"Mentee {i}"}}"#, i + 1)
    }

    #[test]
    fn every_thread_count_keeps_the_file_order() {
        let texts: Vec<String> = (0..37).map(named).collect();
        let bytes = file(&texts);
        for threads in [1, 2, 3, 8, 64] {
            let typed = parse(&bytes, Some(threads)).expect("parses");
            let names: Vec<&str> = typed.file.mentees.iter().map(|m| m.name.as_str()).collect();
            let expected: Vec<String> = (0..37).map(|i| format!("Mentee {i}")).collect();
            assert_eq!(names, expected, "{threads} threads");
            assert!(!typed.unknown_keys);
            assert_eq!(typed.file.next_id, 900);
        }
    }

    #[test]
    fn an_unknown_key_is_noticed_in_any_mentee_and_at_the_top() {
        for at in [0, 5, 19] {
            let mut texts: Vec<String> = (0..20).map(named).collect();
            texts[at] = format!(r#"{{"id":"m{}","name":"X","shoe_size":44}}"#, at + 1);
            for threads in [1, 2, 4] {
                let typed = parse(&file(&texts), Some(threads)).expect("parses");
                assert!(typed.unknown_keys, "mentee {at}, {threads} threads");
            }
        }
        let top = br#"{"format":"mentor","version":{"major":2,"minor":0},"kind":"workspace","theme":"dark","mentees":[]}"#;
        assert!(parse(top, Some(2)).expect("parses").unknown_keys);
    }

    #[test]
    fn a_bad_mentee_fails_the_pass_on_any_thread() {
        for at in [0, 7, 29] {
            let mut texts: Vec<String> = (0..30).map(named).collect();
            texts[at] = r#"{"id":"m1","name":42}"#.to_string();
            for threads in [1, 2, 3] {
                assert!(
                    parse(&file(&texts), Some(threads)).is_err(),
                    "{at}, {threads}"
                );
            }
        }
    }

    #[test]
    fn a_header_the_caller_refuses_or_a_major_before_1_stops_before_the_mentees() {
        let texts: Vec<String> = (0..3).map(named).collect();
        let good = String::from_utf8(file(&texts)).expect("text");
        for bad in [
            good.replace(r#""kind":"workspace""#, r#""kind":"bundle""#),
            good.replace(r#""format":"mentor""#, r#""format":"other""#),
            good.replace(r#""major":2"#, r#""major":0"#),
        ] {
            assert!(parse(bad.as_bytes(), Some(2)).is_err(), "{bad}");
        }
        // Version 1 is read as it is (its step to 2 changes no value, see `migrate`).
        let older = good.replace(r#""major":2"#, r#""major":1"#);
        assert_eq!(
            parse(older.as_bytes(), Some(2))
                .expect("parses")
                .file
                .version
                .major,
            1
        );
        let newer = good.replace(r#""major":2"#, r#""major":3"#);
        assert_eq!(
            parse(newer.as_bytes(), Some(2))
                .expect("parses")
                .file
                .version
                .major,
            3
        );
    }

    /// A file in mentor's layout is cut by the cheap scan; one edited by hand so that the scan
    /// cuts it wrong, or with keys this version does not know, reads the same as serde reads it.
    #[test]
    fn the_layout_scan_reads_what_a_full_parse_reads() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).expect("a date");
        let ws = crate::generate::generate(crate::generate::Size::Mentees(30), 4, today);
        let pretty = String::from_utf8(crate::store::format::serialize(
            &ws,
            None,
            crate::store::CURRENT_VERSION,
        ))
        .expect("text");
        assert!(super::super::layout::split(pretty.as_bytes()).is_some());
        let second_end = pretty.match_indices("\n    }").nth(1).expect("a mentee").0;
        let mut hand = pretty.clone();
        hand.replace_range(second_end..second_end + 6, "\n   }");
        let unknown = pretty.replacen("\"kind\": \"", "\"shoe_size\": 44,\n      \"kind\": \"", 1);
        for (text, unknown_keys) in [(pretty, false), (hand, false), (unknown, true)] {
            for threads in [1, 3] {
                let typed = parse(text.as_bytes(), Some(threads)).expect("parses");
                assert_eq!(typed.file.mentees, ws.mentees);
                assert_eq!(typed.unknown_keys, unknown_keys);
                for (span, m) in typed.spans.iter().zip(&ws.mentees) {
                    assert!(text[span.clone()].contains(m.id.as_str()));
                }
            }
        }
    }

    #[test]
    fn trailing_text_and_broken_syntax_fail_the_pass() {
        let mut bytes = file(&[named(0)]);
        bytes.extend_from_slice(b" x");
        assert!(parse(&bytes, Some(2)).is_err());
        let broken = br#"{"format":"mentor","version":{"major":2,"minor":0},"kind":"workspace","mentees":[{"id":"m1",}]}"#;
        assert!(parse(broken, Some(2)).is_err());
    }
}

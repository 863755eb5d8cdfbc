//! Any reply, well formed or not, leaves the store unchanged, or changed only by entries the
//! mentor accepted and the reply was permitted to make: receiving it, accepting all, then
//! accepting each entry left by name.

use super::*;
use proptest::prelude::*;

/// Ada's records first (most entries name one of them), then hostile ones.
const RECORDS: &[&str] = &[
    "s4", "g2", "ms3", "a5", "a6", "s7", "g9", "a11", "s10", "s999", "g999", "ms99", "a98", "zz",
    "S4", "a5\u{1b}", "",
];
const ADAS: usize = 6;
/// Two fine texts first (most entries hold one of them), then hostile ones.
const TEXTS: &[&str] = &[
    "fine",
    "two\nlines",
    "\x1b[2J",
    "right\u{202e}left",
    "",
    "  ",
    "\u{9b}31m",
    "tab\tbed",
];
const VALUES: &[f64] = &[-1.0, 0.0, 3.5, 1e300];
const BAD_IDS: &[&str] = &["a99", "R0000000000", "r000", "r00000000000", "rABCDEFGHIJ"];

#[derive(Debug, Clone)]
struct Shape {
    kind: u8,
    record: usize,
    text: usize,
    long: bool,
    value: usize,
    levels: (u8, u8),
    bad_id: Option<usize>,
    true_seen: bool,
}

fn shape() -> impl Strategy<Value = Shape> {
    let record = prop_oneof![9 => 0..ADAS, 1 => 0..RECORDS.len()];
    let text = prop_oneof![19 => 0usize..2, 1 => 0..TEXTS.len()];
    let level = prop_oneof![19 => 1u8..=5, 1 => 0u8..=7];
    (
        0u8..8,
        record,
        text,
        prop::bool::weighted(0.02),
        0..VALUES.len(),
        (level.clone(), level),
        prop::option::weighted(0.03, 0..BAD_IDS.len()),
        prop::bool::weighted(0.8),
    )
        .prop_map(
            |(kind, record, text, long, value, levels, bad_id, true_seen)| Shape {
                kind,
                record,
                text,
                long,
                value,
                levels,
                bad_id,
                true_seen,
            },
        )
}

fn entry(n: usize, s: &Shape, view: &crate::domain::projection::MenteeView) -> Entry {
    let record = RECORDS[s.record].to_string();
    let text = if s.long {
        "x".repeat(MAX_TEXT + 1)
    } else {
        TEXTS[s.text].to_string()
    };
    let on = day(4);
    let what = match s.kind {
        0 => What::Reflection {
            session: record,
            text,
        },
        1 => What::Progress {
            goal: record,
            value: VALUES[s.value],
        },
        2 => What::MilestoneDone {
            milestone: record,
            on,
        },
        3 => What::ActionDone { action: record, on },
        4 => What::NewAction { text, due: None },
        5 => What::Topic { text },
        6 => What::Checkin {
            mood: s.levels.0,
            energy: s.levels.1,
            text,
        },
        _ => What::Closing { text },
    };
    let seen = match (s.true_seen, seen_in(view, &what)) {
        (true, Some(seen)) => seen,
        _ => "0123456789abcdef".into(),
    };
    Entry {
        id: s
            .bad_id
            .map_or_else(|| format!("r{n:010}"), |b| BAD_IDS[b].to_string()),
        written_at: at(5),
        what,
        seen,
    }
}

/// Ada's record with every value a reply may change cleared (so what is left must not change).
fn masked(m: &Mentee) -> Mentee {
    let mut m = m.clone();
    m.inbox.clear();
    m.replies.clear();
    m.closing_reflection.clear();
    for g in &mut m.goals {
        if let Some(x) = g.metric.as_mut() {
            x.current = None;
        }
        for k in &mut g.milestones {
            k.done_on = None;
        }
    }
    for s in &mut m.sessions {
        s.mentee_notes.clear();
        s.agenda.clear();
        (s.mood, s.energy) = (None, None);
        s.actions.retain(|a| ["a5", "a6"].contains(&a.id.as_str()));
        for a in &mut s.actions {
            if a.owner == Owner::Mentee {
                a.done_on = None;
            }
        }
    }
    m
}

/// Every changed value of Ada's is one an accepted entry of hers proposed.
fn traced(before: &Mentee, after: &Mentee) {
    let accepted: Vec<&Entry> = after
        .replies
        .iter()
        .filter(|d| d.accepted)
        .map(|d| &d.entry)
        .collect();
    for e in after
        .inbox
        .iter()
        .chain(after.replies.iter().map(|d| &d.entry))
    {
        assert_eq!(check_entry(e), Ok(()), "only well-formed entries are kept");
    }
    let proposed = |f: &dyn Fn(&What) -> bool| accepted.iter().any(|e| f(&e.what));
    let current = |m: &Mentee| m.goals[0].metric.as_ref().and_then(|x| x.current);
    if current(after) != current(before) {
        let v = current(after).unwrap_or(f64::NAN);
        assert!(proposed(
            &|w| matches!(w, What::Progress { goal, value } if goal == "g2" && *value == v)
        ));
    }
    if after.closing_reflection != before.closing_reflection {
        let t = &after.closing_reflection;
        assert!(proposed(
            &|w| matches!(w, What::Closing { text } if text == t)
        ));
    }
    for s in &after.sessions {
        for a in s
            .actions
            .iter()
            .filter(|a| !["a5", "a6"].contains(&a.id.as_str()))
        {
            assert_eq!(a.owner, Owner::Mentee);
            assert!(proposed(
                &|w| matches!(w, What::NewAction { text, .. } if *text == a.text)
            ));
        }
        if !s.mentee_notes.is_empty() {
            for part in s.mentee_notes.split("\n\n") {
                assert!(proposed(
                    &|w| matches!(w, What::Reflection { text, .. } | What::Checkin { text, .. } if text.contains(part) || part.contains(text.as_str()))
                ));
            }
        }
    }
    // A session's agenda grows only by accepted topics; its mood and energy change only by an
    // accepted check-in's.
    for (b, a) in before.sessions.iter().zip(&after.sessions) {
        if a.agenda != b.agenda {
            let added = a
                .agenda
                .strip_prefix(b.agenda.as_str())
                .unwrap_or(&a.agenda);
            for line in added.lines().filter(|l| !l.trim().is_empty()) {
                assert!(proposed(
                    &|w| matches!(w, What::Topic { text } if text.lines().any(|t| t == line))
                ));
            }
        }
        if (a.mood, a.energy) != (b.mood, b.energy) {
            assert!(proposed(&|w| matches!(
                w,
                What::Checkin { mood, energy, .. } if (Some(*mood), Some(*energy)) == (a.mood, a.energy)
            )));
        }
    }
    let done = |m: &Mentee| m.goals[0].milestones[0].done_on;
    if done(after) != done(before) {
        assert!(proposed(
            &|w| matches!(w, What::MilestoneDone { milestone, .. } if milestone == "ms3")
        ));
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn any_reply_changes_only_what_accepted_permitted_entries_change(
        shapes in prop::collection::vec(shape(), 0..8),
        wrong_key in prop::bool::weighted(0.15),
        stray_key in prop::option::weighted(0.1, 0usize..8),
    ) {
        let before = ws();
        let view = projection::project(&before.mentees[0]);
        let entries: Vec<Entry> = shapes.iter().enumerate().map(|(n, s)| entry(n, s, &view)).collect();
        let mut reply = Reply { reply_to: to_ada(), entries };
        if wrong_key {
            reply.reply_to.key = "kkkkkkkkkkkkkkkkkkkkkkkkkk".into();
        }
        // Well formed or not: a stray key in one entry of the file.
        let mut json = serde_json::to_value(&reply).unwrap();
        if let Some(e) = stray_key.and_then(|i| json["entries"].get_mut(i)) {
            e["private_notes"] = "x".into();
        }
        let Ok(reply) = serde_json::from_value::<Reply>(json) else {
            return Ok(());
        };
        let mut w = before.clone();
        let c = ctx(6);
        if Op::Reply(ReplyOp::Receive(Box::new(reply.clone()))).apply(&mut w, &c).is_err() {
            prop_assert_eq!(&w, &before);
            return Ok(());
        }
        let ada = MenteeId::from_number(1);
        Op::Reply(ReplyOp::AcceptAll(ada.clone())).apply(&mut w, &c).unwrap();
        for e in reply.entries.iter() {
            let decided = Op::Reply(ReplyOp::Decide { mentee: ada.clone(), entry: e.id.clone(), accept: true, reason: String::new() });
            let _ = decided.apply(&mut w, &c);
        }
        prop_assert_eq!(&w.mentees[1], &before.mentees[1], "another mentee is untouched");
        prop_assert_eq!(&w.mentor, &before.mentor, "the profile is untouched");
        prop_assert_eq!(masked(&w.mentees[0]), masked(&before.mentees[0]));
        traced(&before.mentees[0], &w.mentees[0]);
        // Receiving the same reply again applies nothing.
        let again = w.clone();
        Op::Reply(ReplyOp::Receive(Box::new(reply))).apply(&mut w, &c).unwrap();
        prop_assert_eq!(&w, &again);
    }
}

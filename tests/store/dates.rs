//! Whatever a date field accepts, the store saves and reads back: dates typed on the command
//! line or in a form (both read by `dates::parse_date` / `parse_moment`), offsets from any day,
//! and series planned from them, put into a workspace, written as the store writes it and
//! parsed again.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common;

use chrono::{FixedOffset, NaiveDate, NaiveTime};
use mentor::domain::dates::{parse_date, parse_moment};
use mentor::domain::schedule::Zone;
use mentor::domain::{Cadence, Session, SessionId, SessionStatus};
use mentor::store::format;
use proptest::prelude::*;
use std::path::Path;

fn any_day() -> impl Strategy<Value = NaiveDate> {
    (0i32..=9999, 1u32..=365).prop_map(|(y, d)| NaiveDate::from_yo_opt(y, d).expect("a day"))
}

/// Typed dates of every accepted shape, with numbers large enough to leave the calendar.
fn date_text() -> impl Strategy<Value = String> {
    let unit = prop::sample::select(vec!["d", "w", "m", " days", " weeks", " months"]);
    let n = prop_oneof![0u64..100, 0u64..10_000_000, any::<u64>()];
    prop_oneof![
        (0u32..=10_000, 1u32..=12, 1u32..=31).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}")),
        (n.clone(), unit.clone()).prop_map(|(n, u)| format!("+{n}{u}")),
        (n, unit).prop_map(|(n, u)| format!("in {n}{u}")),
        prop::sample::select(vec!["today", "tomorrow", "yesterday", "next fri", "sunday"])
            .prop_map(String::from),
        (
            1u32..=31,
            prop::sample::select(vec!["jan", "feb", "december"]),
            0u32..=9999
        )
            .prop_map(|(d, m, y)| format!("{d} {m} {y:04}")),
    ]
}

fn time_text() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["", " 10:00", " at 3pm", " 23:59", " 00:30", " noon"])
}

fn zone() -> impl Strategy<Value = Zone> {
    prop_oneof![
        Just(Zone::Named(chrono_tz::Europe::Paris)),
        Just(Zone::Named(chrono_tz::Pacific::Kiritimati)),
        Just(Zone::Named(chrono_tz::America::St_Johns)),
        (-(14 * 3600)..=(14 * 3600))
            .prop_map(|s| Zone::Fixed(FixedOffset::east_opt(s).expect("an offset"))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn whatever_a_date_field_accepts_the_store_reads_back(
        date in date_text(),
        time in time_text(),
        today in any_day(),
        zone in zone(),
        every in prop::sample::select(vec!["1d", "1w", "2w", "1m", "3m"]),
        count in 1u32..=20,
    ) {
        let mut ws = common::sample_workspace();
        if let Ok(due) = parse_date(&date, today) {
            ws.mentee_mut(0).goals[0].due = Some(due);
            ws.mentee_mut(0).agreement.ends_on = Some(due);
            // A series planned from it, as the plan form and `session plan` do.
            let every = Cadence::parse(every).expect("a cadence");
            if let Ok(moments) = zone.occurrences(due, NaiveTime::MIN, every, Some(count), None) {
                for at in moments {
                    let id = SessionId::from_number(ws.alloc_fresh());
                    ws.mentee_mut(0).sessions.push(Session::new(id, at, SessionStatus::Planned));
                }
            }
        }
        let typed = format!("{date}{time}");
        let moment = match zone {
            Zone::Named(tz) => parse_moment(&typed, today, &tz),
            Zone::Fixed(offset) => parse_moment(&typed, today, &offset),
        };
        if let Ok(at) = moment {
            ws.mentee_mut(0).sessions[0].at = at;
        }
        let bytes = common::bytes_of(&ws);
        let parsed = format::parse(&bytes, Path::new("mem.json"), false);
        prop_assert!(parsed.is_ok(), "{typed:?} from {today}: {:?}", parsed.err());
        prop_assert_eq!(parsed.expect("parsed").workspace, ws);
    }
}

//! The reader's table: typed text, what a date field makes of it and what a date-and-time field
//! makes of it, read on Sunday 2026-11-29 in a zone at +01:00. `✗` is a refusal, with its reason
//! (the message then adds advice). The same rows check the domain, the forms and the command
//! line, so they cannot drift apart.

/// The day the table is read on (a Sunday).
pub const TODAY: (i32, u32, u32) = (2026, 11, 29);

/// The zone's offset, in seconds east of UTC.
pub const OFFSET: i32 = 3600;

/// (input, as a date, as a date and time).
pub const TABLE: &[(&str, &str, &str)] = &[
    // ISO and named days
    ("2026-12-01", "2026-12-01", "2026-12-01 09:00"),
    ("2026-1-5", "2026-01-05", "2026-01-05 09:00"),
    ("today", "2026-11-29", "2026-11-29 09:00"),
    ("Tomorrow", "2026-11-30", "2026-11-30 09:00"),
    ("yesterday", "2026-11-28", "2026-11-28 09:00"),
    // offsets
    ("+2w", "2026-12-13", "2026-12-13 09:00"),
    ("+10d", "2026-12-09", "2026-12-09 09:00"),
    ("+1m", "2026-12-29", "2026-12-29 09:00"),
    ("+2 weeks", "2026-12-13", "2026-12-13 09:00"),
    ("+0d", "2026-11-29", "2026-11-29 09:00"),
    ("in 3 days", "2026-12-02", "2026-12-02 09:00"),
    ("in 2 weeks", "2026-12-13", "2026-12-13 09:00"),
    ("in 1 month", "2026-12-29", "2026-12-29 09:00"),
    // weekdays
    ("friday", "2026-12-04", "2026-12-04 09:00"),
    ("fri", "2026-12-04", "2026-12-04 09:00"),
    ("sunday", "2026-11-29", "2026-11-29 09:00"),
    ("next sunday", "2026-12-06", "2026-12-06 09:00"),
    ("this Mon", "2026-11-30", "2026-11-30 09:00"),
    ("next friday", "2026-12-04", "2026-12-04 09:00"),
    // month names (without a year: this year)
    ("1 April 2027", "2027-04-01", "2027-04-01 09:00"),
    ("April 1 2027", "2027-04-01", "2027-04-01 09:00"),
    ("Dec 25, 2026", "2026-12-25", "2026-12-25 09:00"),
    ("apr 3", "2026-04-03", "2026-04-03 09:00"),
    ("3 apr", "2026-04-03", "2026-04-03 09:00"),
    ("3rd April", "2026-04-03", "2026-04-03 09:00"),
    // a time: kept by a date and time, refused by a date
    (
        "next friday 9am",
        "✗ \"9am\" is a time, and a time is not allowed for a date",
        "2026-12-04 09:00",
    ),
    (
        "next friday 9:00",
        "✗ \"9:00\" is a time, and a time is not allowed for a date",
        "2026-12-04 09:00",
    ),
    (
        "next friday at 9:30am",
        "✗ \"9:30am\" is a time, and a time is not allowed for a date",
        "2026-12-04 09:30",
    ),
    (
        "2026-12-01 10:30",
        "✗ \"10:30\" is a time, and a time is not allowed for a date",
        "2026-12-01 10:30",
    ),
    (
        "2026-12-01T10:00",
        "✗ \"10:00\" is a time, and a time is not allowed for a date",
        "2026-12-01 10:00",
    ),
    (
        "2026-12-01 10:00:30",
        "✗ \"10:00:30\" is a time, and a time is not allowed for a date",
        "2026-12-01 10:00:30",
    ),
    (
        "2026-12-01T10:00:00-05:00",
        "✗ understood \"2026-12-01\", then \"10:00:00-05:00\" is not understood",
        "2026-12-01 10:00 -05:00",
    ),
    (
        "tomorrow 14:00",
        "✗ \"14:00\" is a time, and a time is not allowed for a date",
        "2026-11-30 14:00",
    ),
    (
        "tomorrow 3pm",
        "✗ \"3pm\" is a time, and a time is not allowed for a date",
        "2026-11-30 15:00",
    ),
    (
        "tomorrow at 3:30 pm",
        "✗ \"3:30 pm\" is a time, and a time is not allowed for a date",
        "2026-11-30 15:30",
    ),
    (
        "friday noon",
        "✗ \"noon\" is a time, and a time is not allowed for a date",
        "2026-12-04 12:00",
    ),
    // a time alone: today
    (
        "3pm",
        "✗ \"3pm\" is a time; a date is needed",
        "2026-11-29 15:00",
    ),
    (
        "13:00",
        "✗ \"13:00\" is a time; a date is needed",
        "2026-11-29 13:00",
    ),
    (
        "at noon",
        "✗ \"noon\" is a time; a date is needed",
        "2026-11-29 12:00",
    ),
    (
        "12am",
        "✗ \"12am\" is a time; a date is needed",
        "2026-11-29 00:00",
    ),
    (
        "12pm",
        "✗ \"12pm\" is a time; a date is needed",
        "2026-11-29 12:00",
    ),
    (
        "0:00",
        "✗ \"0:00\" is a time; a date is needed",
        "2026-11-29 00:00",
    ),
    // text that does not fully read
    (
        "yesterdayy",
        "✗ understood \"yesterday\", then \"y\" is not understood",
        "✗ understood \"yesterday\", then \"y\" is not understood",
    ),
    (
        "yesterdays",
        "✗ understood \"yesterday\", then \"s\" is not understood",
        "✗ understood \"yesterday\", then \"s\" is not understood",
    ),
    (
        "y",
        "✗ \"y\" is not understood",
        "✗ \"y\" is not understood",
    ),
    (
        "ye",
        "✗ \"ye\" is not understood",
        "✗ \"ye\" is not understood",
    ),
    (
        "10",
        "✗ \"10\" is not understood",
        "✗ \"10\" is not understood",
    ),
    (
        "soonish",
        "✗ \"soonish\" is not understood",
        "✗ \"soonish\" is not understood",
    ),
    (
        "+2x",
        "✗ \"+2x\" is not understood",
        "✗ \"+2x\" is not understood",
    ),
    (
        "in many days",
        "✗ understood \"in\", then \"many\" is not understood",
        "✗ understood \"in\", then \"many\" is not understood",
    ),
    (
        "next week",
        "✗ understood \"next\", then \"week\" is not understood",
        "✗ understood \"next\", then \"week\" is not understood",
    ),
    (
        "tomorrow at",
        "✗ understood \"tomorrow at\", then it ends too soon",
        "✗ understood \"tomorrow at\", then it ends too soon",
    ),
    (
        "3pm tomorrow",
        "✗ understood \"3pm\", then \"tomorrow\" is not expected there",
        "✗ understood \"3pm\", then \"tomorrow\" is not expected there",
    ),
    (
        "2026-12-01 10:00 sharp",
        "✗ understood \"2026-12-01 10:00\", then \"sharp\" is not understood",
        "✗ understood \"2026-12-01 10:00\", then \"sharp\" is not understood",
    ),
    ("", "✗ nothing was typed", "✗ nothing was typed"),
    // numbers that are not a time or not a day
    (
        "25:00",
        "✗ \"25:00\" is not a time of day (00:00 to 23:59, or 12am to 11:59pm)",
        "✗ \"25:00\" is not a time of day (00:00 to 23:59, or 12am to 11:59pm)",
    ),
    (
        "13pm",
        "✗ \"13pm\" is not a time of day (00:00 to 23:59, or 12am to 11:59pm)",
        "✗ \"13pm\" is not a time of day (00:00 to 23:59, or 12am to 11:59pm)",
    ),
    (
        "2026-13-01",
        "✗ there is no such day as \"2026-13-01\"",
        "✗ there is no such day as \"2026-13-01\"",
    ),
    (
        "2026-02-30",
        "✗ there is no such day as \"2026-02-30\"",
        "✗ there is no such day as \"2026-02-30\"",
    ),
    (
        "31 apr",
        "✗ there is no such day as \"31 apr\"",
        "✗ there is no such day as \"31 apr\"",
    ),
    // numeric dates: day and month order differ by country
    (
        "12/01/2026",
        "✗ \"12/01/2026\" reads differently from country to country; write 2026-12-01 or 2026-01-12 (YYYY-MM-DD)",
        "✗ \"12/01/2026\" reads differently from country to country; write 2026-12-01 or 2026-01-12 (YYYY-MM-DD)",
    ),
    (
        "1/2",
        "✗ \"1/2\" reads differently from country to country; write 2026-01-02 or 2026-02-01 (YYYY-MM-DD)",
        "✗ \"1/2\" reads differently from country to country; write 2026-01-02 or 2026-02-01 (YYYY-MM-DD)",
    ),
    (
        "25/12/2026",
        "✗ \"25/12/2026\" reads differently from country to country; write 2026-12-25 (YYYY-MM-DD)",
        "✗ \"25/12/2026\" reads differently from country to country; write 2026-12-25 (YYYY-MM-DD)",
    ),
    (
        "1.2.2026",
        "✗ \"1.2.2026\" reads differently from country to country; write 2026-01-02 or 2026-02-01 (YYYY-MM-DD)",
        "✗ \"1.2.2026\" reads differently from country to country; write 2026-01-02 or 2026-02-01 (YYYY-MM-DD)",
    ),
    // the range the file can hold
    ("9999-12-31", "9999-12-31", "9999-12-31 09:00"),
    ("0000-01-01", "0000-01-01", "0000-01-01 09:00"),
    (
        "+3000000d",
        "✗ it falls outside the dates mentor can keep (0000-01-01 to 9999-12-31)",
        "✗ it falls outside the dates mentor can keep (0000-01-01 to 9999-12-31)",
    ),
    (
        "+99999999999d",
        "✗ it falls outside the dates mentor can keep (0000-01-01 to 9999-12-31)",
        "✗ it falls outside the dates mentor can keep (0000-01-01 to 9999-12-31)",
    ),
];

use super::{DateError, iso};
use chrono::{DateTime, FixedOffset, NaiveDate, Timelike};

pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(TODAY.0, TODAY.1, TODAY.2).expect("the table's day")
}

pub fn zone() -> FixedOffset {
    FixedOffset::east_opt(OFFSET).expect("the table's offset")
}

fn refusal(err: DateError) -> String {
    match err {
        DateError::Date { problem, .. } | DateError::DateTime { problem, .. } => {
            format!("✗ {problem}")
        }
        DateError::Cadence(text) => panic!("a cadence error for {text}"),
    }
}

/// A date as the table writes it.
pub fn show_date(read: Result<NaiveDate, DateError>) -> String {
    read.map_or_else(refusal, |d| iso(d).to_string())
}

/// A date and time as the table writes it: seconds only when there are some, the offset only
/// when it is not the zone's.
pub fn show_moment(read: Result<DateTime<FixedOffset>, DateError>) -> String {
    read.map_or_else(refusal, |at| {
        let mut out = at.format("%Y-%m-%d %H:%M").to_string();
        if at.second() != 0 {
            out.push_str(&at.format(":%S").to_string());
        }
        if *at.offset() != zone() {
            out.push_str(&at.format(" %:z").to_string());
        }
        out
    })
}

/// The table as markdown, for notes.
pub fn markdown() -> String {
    let mut out = String::from("| input | as a date | as a date and time |\n|---|---|---|\n");
    for (input, date, moment) in TABLE {
        let cell = |s: &str| s.replace('|', "\\|");
        let input = match *input {
            "" => "(empty)".to_string(),
            text => format!("`{}`", cell(text)),
        };
        out.push_str(&format!(
            "| {} | {} | {} |\n",
            input,
            cell(date),
            cell(moment)
        ));
    }
    out
}

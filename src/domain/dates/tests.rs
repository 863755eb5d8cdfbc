use super::table::{self, TABLE};
use super::*;
use proptest::prelude::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn today() -> NaiveDate {
    table::today()
}

#[test]
fn the_table_reads_as_written() {
    let mut wrong = Vec::new();
    for (input, date, moment) in TABLE {
        let got_date = table::show_date(parse_date(input, today()));
        let got_moment = table::show_moment(parse_moment(input, today(), &table::zone()));
        if got_date != *date || got_moment != *moment {
            wrong.push(format!(
                "{input:?}: date {got_date:?} (want {date:?}), date-time {got_moment:?} (want {moment:?})"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(TABLE.len() >= 40);
    println!("{}", table::markdown());
}

/// The Dutch table reads as written, by the same reader (the words of every language are known).
#[test]
fn the_dutch_table_reads_as_written() {
    let mut wrong = Vec::new();
    for (input, date, moment) in super::table_nl::DUTCH {
        let got_date = table::show_date(parse_date(input, today()));
        let got_moment = table::show_moment(parse_moment(input, today(), &table::zone()));
        if got_date != *date || got_moment != *moment {
            wrong.push(format!(
                "{input:?}: date {got_date:?} (want {date:?}), date-time {got_moment:?} (want {moment:?})"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    assert!(super::table_nl::DUTCH.len() >= 30);
}

#[test]
fn the_table_holds_good_bad_and_ambiguous_rows() {
    let refused = |s: &str| s.starts_with('✗');
    assert!(TABLE.iter().filter(|r| !refused(r.1)).count() >= 15);
    assert!(
        TABLE
            .iter()
            .filter(|r| refused(r.1) && refused(r.2))
            .count()
            >= 15
    );
    assert!(
        TABLE
            .iter()
            .filter(|r| r.1.contains("country to country"))
            .count()
            >= 3
    );
}

#[test]
fn a_refusal_says_what_was_typed_and_offers_forms_that_work() {
    let err = parse_date("yesterdayy", today()).unwrap_err().to_string();
    assert!(
        err.starts_with(
            "invalid date \"yesterdayy\": understood \"yesterday\", then \"y\" is not understood; use "
        ),
        "{err}"
    );
    let err = parse_datetime(
        "10",
        table::zone()
            .from_local_datetime(&today().and_hms_opt(12, 0, 0).unwrap())
            .unwrap(),
    )
    .unwrap_err()
    .to_string();
    assert!(err.contains("(a time is written 10:00 or 10am)"), "{err}");
    let err = parse_moment("next friday 9", today(), &table::zone())
        .unwrap_err()
        .to_string();
    assert!(err.contains("(a time is written 9:00 or 9am)"), "{err}");
    let err = parse_date("10", today()).unwrap_err().to_string();
    assert!(
        err.contains("(a day of the month goes with its month: 10 dec)"),
        "{err}"
    );
    // The two forms offered for an hour are the same time of day.
    for hour in 1..=12 {
        let err = parse_moment(&hour.to_string(), today(), &table::zone())
            .unwrap_err()
            .to_string();
        let advice = err
            .split(" (a time is written ")
            .nth(1)
            .and_then(|a| a.split(')').next())
            .unwrap();
        let times: Vec<_> = advice
            .split(" or ")
            .map(|t| parse_moment(t, today(), &table::zone()).unwrap())
            .collect();
        assert_eq!(times.len(), 2, "{err}");
        assert_eq!(times[0], times[1], "{err}");
    }
    // A signed number is not a bare number: "+5" is neither a day of the month nor a time.
    let err = parse_date("+5", today()).unwrap_err().to_string();
    assert!(!err.contains("5 dec"), "{err}");
    let err = parse_moment("+5", today(), &table::zone())
        .unwrap_err()
        .to_string();
    assert!(!err.contains("5am"), "{err}");
    // After `in`, a number is a count without its unit: no advice about times or days.
    let err = parse_moment("in 3", today(), &table::zone())
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("understood \"in\", then \"3\" is not understood; use "),
        "{err}"
    );
    // Every form the advice names reads, as a date or as a date and time.
    let advice = [
        "today",
        "tomorrow",
        "friday",
        "next friday",
        "3 apr",
        "+2w",
        "in 3 days",
        "10 dec",
    ];
    for text in advice {
        assert!(parse_date(text, today()).is_ok(), "{text}");
    }
    for text in [
        "2026-12-01 10:00",
        "tomorrow 10:00",
        "next friday 9am",
        "3pm",
        "10:00",
        "10am",
        "2026-12-01T10:00:00+01:00",
    ] {
        assert!(
            parse_moment(text, today(), &table::zone()).is_ok(),
            "{text}"
        );
    }
}

#[test]
fn a_form_field_shows_a_short_reason() {
    let short = |t: &str| parse_date(t, today()).unwrap_err().short();
    assert_eq!(short("someday"), "not a date");
    assert_eq!(
        short("yesterdayy"),
        "understood \"yesterday\", then \"y\" is not understood"
    );
    let short = |t: &str| {
        parse_moment(t, today(), &table::zone())
            .unwrap_err()
            .short()
    };
    assert_eq!(short("whenever"), "not a date and time");
}

#[test]
fn a_date_and_time_is_local_time_in_the_zone_of_that_day() {
    let paris: chrono_tz::Tz = "Europe/Paris".parse().unwrap();
    let summer = parse_moment("2027-07-01 10:00", today(), &paris).unwrap();
    assert_eq!(summer.to_rfc3339(), "2027-07-01T10:00:00+02:00");
    let winter = parse_moment("tomorrow 10:00", today(), &paris).unwrap();
    assert_eq!(winter.to_rfc3339(), "2026-11-30T10:00:00+01:00");
    // An explicit offset is kept as typed.
    let explicit = parse_moment("2026-12-01T10:00:00-05:00", today(), &paris).unwrap();
    assert_eq!(explicit.to_rfc3339(), "2026-12-01T10:00:00-05:00");
}

#[test]
fn the_storable_range_is_what_the_file_reads_back() {
    assert_eq!(parse_iso("0000-01-01"), Some(FIRST_DATE));
    assert_eq!(parse_iso("9999-12-31"), Some(LAST_DATE));
    assert!(is_storable(FIRST_DATE) && is_storable(LAST_DATE));
    assert!(!is_storable(LAST_DATE.succ_opt().unwrap()));
    assert!(!is_storable(FIRST_DATE.pred_opt().unwrap()));
    // What the file writes just outside the range is what it cannot read.
    let after = LAST_DATE.succ_opt().unwrap();
    assert_eq!(parse_iso(&iso(after).to_string()), None);
    let before = FIRST_DATE.pred_opt().unwrap();
    assert_eq!(parse_iso(&iso(before).to_string()), None);
    let rfc = |date: NaiveDate| {
        let at = table::zone()
            .from_local_datetime(&date.and_hms_opt(23, 30, 0).unwrap())
            .unwrap();
        DateTime::parse_from_rfc3339(&at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false))
    };
    assert!(rfc(LAST_DATE).is_ok() && rfc(FIRST_DATE).is_ok());
    assert!(rfc(after).is_err() && rfc(before).is_err());
}

#[test]
fn spans_stop_at_the_last_storable_date() {
    assert_eq!(Span::Days(1).after(d(9999, 12, 30)), Some(LAST_DATE));
    assert_eq!(Span::Days(1).after(LAST_DATE), None);
    assert_eq!(Span::Weeks(1).after(d(9999, 12, 28)), None);
    assert_eq!(Span::Months(1).after(d(9999, 12, 1)), None);
    assert_eq!(Span::Days(u32::MAX).after(today()), None);
    let last = d(9999, 12, 31);
    assert!(parse_date("tomorrow", last).is_err());
    assert!(parse_date("+1d", last).is_err());
    assert!(parse_date("next monday", last).is_err());
    assert!(parse_date("yesterday", FIRST_DATE).is_err());
    assert!(parse_moment("tomorrow 10:00", last, &table::zone()).is_err());
}

#[test]
fn a_moment_is_kept_as_the_file_will_hold_it() {
    // An offset with seconds (a zone's local mean time in the 1800s) is written in whole
    // minutes; the moment in memory is already what a reload gives.
    let odd = FixedOffset::east_opt(19 * 60 + 32).unwrap();
    let at = odd
        .from_local_datetime(&d(1900, 1, 1).and_hms_opt(10, 0, 0).unwrap())
        .unwrap();
    let kept = storable_moment(at).unwrap();
    assert_eq!(kept.naive_local(), at.naive_local());
    assert_eq!(kept.offset().local_minus_utc(), 20 * 60);
    let written = kept.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false);
    assert_eq!(DateTime::parse_from_rfc3339(&written), Ok(kept));
    let amsterdam: chrono_tz::Tz = "Europe/Amsterdam".parse().unwrap();
    let old = parse_moment("1900-01-01 10:00", today(), &amsterdam).unwrap();
    let written = old.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false);
    assert_eq!(DateTime::parse_from_rfc3339(&written), Ok(old));
}

proptest! {
    /// Whatever a date field accepts, typed or reached by an offset from any day, is a date
    /// the file holds and reads back the same.
    #[test]
    fn an_accepted_date_reads_back_from_the_file(
        text in date_text(),
        today in (0i32..=9999, 1u32..=365).prop_map(|(y, d)| NaiveDate::from_yo_opt(y, d).unwrap()),
    ) {
        if let Ok(date) = parse_date(&text, today) {
            let written = iso(date).to_string();
            prop_assert_eq!(parse_iso(&written), Some(date), "{} -> {}", text, written);
        }
    }

    /// The same for a date and time, in a fixed offset and in a zone with daylight saving.
    #[test]
    fn an_accepted_date_and_time_reads_back_from_the_file(
        text in moment_text(),
        today in (0i32..=9999, 1u32..=365).prop_map(|(y, d)| NaiveDate::from_yo_opt(y, d).unwrap()),
        offset in -(14 * 3600)..=(14 * 3600),
    ) {
        let fixed = FixedOffset::east_opt(offset).unwrap();
        let paris: chrono_tz::Tz = "Europe/Paris".parse().unwrap();
        for at in [parse_moment(&text, today, &fixed), parse_moment(&text, today, &paris)]
            .into_iter()
            .flatten()
        {
            let written = at.to_rfc3339_opts(chrono::SecondsFormat::AutoSi, false);
            prop_assert_eq!(DateTime::parse_from_rfc3339(&written), Ok(at), "{} -> {}", &text, written);
        }
    }
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

fn moment_text() -> impl Strategy<Value = String> {
    let time = prop::sample::select(vec!["", " 10:00", " at 3pm", " 23:59", " 00:30", " 2:30"]);
    (date_text(), time).prop_map(|(d, t)| format!("{d}{t}"))
}

#[test]
fn iso_and_keywords() {
    assert_eq!(parse_date("2026-12-01", today()), Ok(d(2026, 12, 1)));
    assert_eq!(parse_date(" today ", today()), Ok(today()));
    assert_eq!(parse_date("Tomorrow", today()), Ok(d(2026, 11, 30)));
    assert_eq!(parse_date("yesterday", today()), Ok(d(2026, 11, 28)));
}

#[test]
fn offsets_from_today() {
    assert_eq!(parse_date("+2w", today()), Ok(d(2026, 12, 13)));
    assert_eq!(parse_date("+10d", today()), Ok(d(2026, 12, 9)));
    assert_eq!(parse_date("+1m", today()), Ok(d(2026, 12, 29)));
    assert_eq!(parse_date("in 3 days", today()), Ok(d(2026, 12, 2)));
    assert_eq!(parse_date("in 2 weeks", today()), Ok(d(2026, 12, 13)));
}

#[test]
fn english_phrases() {
    assert_eq!(parse_date("next friday", today()), Ok(d(2026, 12, 4)));
    assert_eq!(parse_date("friday", today()), Ok(d(2026, 12, 4)));
    assert_eq!(parse_date("sunday", today()), Ok(today()));
    assert_eq!(parse_date("next sunday", today()), Ok(d(2026, 12, 6)));
    assert_eq!(parse_date("this Mon", today()), Ok(d(2026, 11, 30)));
    assert_eq!(parse_date("1 April 2027", today()), Ok(d(2027, 4, 1)));
}

#[test]
fn nonsense_and_impossible_dates_are_refused() {
    for bad in [
        "",
        "2026-13-01",
        "2026-02-30",
        "soonish",
        "+2x",
        "in many days",
    ] {
        let err = parse_date(bad, today()).unwrap_err();
        assert!(err.to_string().contains("invalid date"), "{bad}: {err}");
    }
}

#[test]
fn date_times() {
    let now = FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 29, 8, 0, 0)
        .unwrap();
    let at = parse_datetime("2026-12-01 10:30", now).unwrap();
    assert_eq!(at.to_rfc3339(), "2026-12-01T10:30:00+01:00");
    let at = parse_datetime("tomorrow 14:00", now).unwrap();
    assert_eq!(at.to_rfc3339(), "2026-11-30T14:00:00+01:00");
    let at = parse_datetime("+1w", now).unwrap();
    assert_eq!(at.to_rfc3339(), "2026-12-06T09:00:00+01:00");
    let at = parse_datetime("2026-12-01T10:00:00-05:00", now).unwrap();
    assert_eq!(at.to_rfc3339(), "2026-12-01T10:00:00-05:00");
    assert!(parse_datetime("2026-12-01 25:00", now).is_err());
    assert!(parse_datetime("whenever", now).is_err());
}

#[test]
fn iso_reader_matches_chrono() {
    for text in ["2026-12-01", "2028-02-29", "0001-01-01", "9999-12-31"] {
        assert_eq!(
            parse_iso(text),
            NaiveDate::parse_from_str(text, "%Y-%m-%d").ok(),
            "{text}"
        );
    }
    for bad in [
        "2026-13-01",
        "2027-02-29",
        "2026-1-01",
        "2026/12/01",
        "20261201xx",
        "２０２６-12-01",
        "+026-12-01",
        "",
    ] {
        assert_eq!(parse_iso(bad), None, "{bad}");
    }
}

#[test]
fn spans_and_month_ends() {
    assert_eq!(parse_span("2w"), Some(Span::Weeks(2)));
    assert_eq!(parse_span("every 3 weeks"), Some(Span::Weeks(3)));
    assert_eq!(parse_span("fortnightly"), Some(Span::Weeks(2)));
    // The Dutch words, as the Dutch refusal names them.
    assert_eq!(parse_span("tweewekelijks"), Some(Span::Weeks(2)));
    assert_eq!(parse_span("wekelijks"), Some(Span::Weeks(1)));
    assert_eq!(parse_span("maandelijks"), Some(Span::Months(1)));
    assert_eq!(parse_span("elke 3 weken"), Some(Span::Weeks(3)));
    assert_eq!(parse_span("10 dagen"), Some(Span::Days(10)));
    assert_eq!(parse_span("monthly"), Some(Span::Months(1)));
    assert_eq!(parse_span("10 days"), Some(Span::Days(10)));
    assert_eq!(parse_span("0d"), None);
    assert_eq!(parse_span("w"), None);
    assert_eq!(Span::Months(1).after(d(2027, 1, 31)), Some(d(2027, 2, 28)));
    assert_eq!(Span::Months(1).after(d(2028, 1, 31)), Some(d(2028, 2, 29)));
    assert_eq!(Span::Months(12).after(d(2028, 2, 29)), Some(d(2029, 2, 28)));
    assert_eq!(Span::Weeks(1).after(d(2026, 12, 28)), Some(d(2027, 1, 4)));
}

/// `iso` writes what `%Y-%m-%d` writes, for every year a date can have, and pads as asked.
#[test]
fn iso_writes_what_strftime_writes() {
    for (y, m, d) in [
        (2026, 11, 29),
        (1, 1, 1),
        (0, 2, 29),
        (999, 12, 31),
        (9999, 12, 31),
        (10000, 1, 1),
        (-1, 6, 15),
        (-262_000, 1, 1),
    ] {
        let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(
            iso(date).to_string(),
            date.format("%Y-%m-%d").to_string(),
            "{y}"
        );
    }
    let date = NaiveDate::from_ymd_opt(2026, 1, 2).unwrap();
    assert_eq!(
        format!("{:>12}|{:<11}|", iso(date), iso(date)),
        "  2026-01-02|2026-01-02 |"
    );
}

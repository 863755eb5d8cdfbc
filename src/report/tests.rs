use super::*;
use crate::domain::ids::*;
use crate::domain::mood::Trend;
use crate::domain::session::Owner;
use crate::domain::{
    ActionItem, Cadence, CadenceUnit, Feedback, FeedbackKind, Goal, GoalStatus, Mentee, Milestone,
    Session, SessionStatus, Visibility, Workspace,
};
use chrono::{FixedOffset, NaiveDate, TimeZone};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn session(n: u64, date: NaiveDate, minutes: Option<u32>, status: SessionStatus) -> Session {
    let at = FixedOffset::east_opt(0)
        .unwrap()
        .from_local_datetime(&date.and_hms_opt(10, 0, 0).unwrap())
        .unwrap();
    let mut s = Session::new(SessionId::from_number(n), at, status);
    s.minutes = minutes;
    s
}

/// Two mentees; the mentor's capacity 2 hours a month, default session 30 minutes.
fn ws() -> Workspace {
    let mut ws = Workspace::default();
    ws.mentor.name = "Sam".into();
    ws.mentor.capacity_hours_per_month = Some(2.0);
    ws.mentor.default_session_minutes = Some(30);
    let mut a = Mentee::new(MenteeId::from_number(1), "Ann | <b>", day(2026, 1, 1));
    a.agreement.cadence = Some(Cadence {
        every: 1,
        unit: CadenceUnit::Months,
    });
    a.agreement.session_minutes = Some(45);
    a.private_notes = "PRIVATE-mentee".into();
    let mut s1 = session(2, day(2026, 10, 5), Some(60), SessionStatus::Held);
    (s1.mood, s1.energy, s1.mentor_energy) = (Some(3), Some(4), Some(2));
    s1.private_notes = "PRIVATE-session".into();
    s1.actions.push(ActionItem {
        id: ActionId::from_number(3),
        text: "Send the deck".into(),
        owner: Owner::Mentee,
        due: Some(day(2026, 10, 10)),
        done_on: Some(day(2026, 10, 9)),
    });
    let mut s2 = session(4, day(2026, 10, 20), None, SessionStatus::Held);
    (s2.mood, s2.mentor_energy) = (Some(4), Some(4));
    let s3 = session(5, day(2026, 11, 2), Some(90), SessionStatus::Held);
    let cancelled = session(6, day(2026, 11, 9), Some(600), SessionStatus::Cancelled);
    a.sessions = vec![s1, s2, s3, cancelled];
    let mut g = Goal::new(GoalId::from_number(7), "Lead a review", day(2026, 9, 1));
    g.status = GoalStatus::Active;
    g.due = Some(day(2026, 11, 15));
    let mut k = Milestone::new(MilestoneId::from_number(8), "Shadow one", None);
    k.done_on = Some(day(2026, 10, 6));
    g.milestones = vec![
        k,
        Milestone::new(
            MilestoneId::from_number(9),
            "Lead one",
            Some(day(2026, 12, 10)),
        ),
    ];
    a.goals.push(g);
    for (n, vis, kind) in [
        (10, Visibility::Shared, FeedbackKind::Strength),
        (11, Visibility::Private, FeedbackKind::Improvement),
    ] {
        a.feedback.push(Feedback {
            id: FeedbackId::from_number(n),
            date: day(2026, 10, 21),
            kind,
            text: format!("{vis}-feedback"),
            goal: None,
            visibility: vis,
        });
    }
    let mut b = Mentee::new(MenteeId::from_number(20), "Bo", day(2026, 1, 1));
    b.agreement.cadence = Some(Cadence {
        every: 2,
        unit: CadenceUnit::Weeks,
    });
    b.sessions = vec![session(21, day(2026, 10, 1), None, SessionStatus::Held)];
    ws.push_mentee(a);
    ws.push_mentee(b);
    ws
}

fn opts(include_private: bool) -> ReportOptions {
    ReportOptions {
        today: day(2026, 12, 1),
        since: None,
        include_private,
    }
}

#[test]
fn the_report_holds_the_figures() {
    let r = mentee_report(&ws(), 0, opts(false)).unwrap();
    assert!(!r.private);
    assert_eq!(
        r.sessions,
        [day(2026, 10, 5), day(2026, 10, 20), day(2026, 11, 2)]
    );
    assert_eq!(
        r.minutes_held, 150,
        "a session without a length adds nothing"
    );
    assert_eq!(
        r.sessions_per_month(),
        [("2026-10".into(), 2), ("2026-11".into(), 1)]
    );
    let g = &r.goals[0];
    assert_eq!(g.progress, Some(0.5));
    assert!(g.overdue);
    assert_eq!((g.done.len(), g.open.len()), (1, 1));
    let side = r.side(Owner::Mentee).unwrap();
    assert_eq!((side.made, side.kept, side.rate), (1, 1, Some(1.0)));
    assert_eq!(
        r.feedback.len(),
        1,
        "the private note is not in the mentee's report"
    );
    assert_eq!(r.mood_trend, Trend::Rising);
    assert!(r.mood.iter().all(|l| l.mentor_energy.is_none()));
    assert!(r.private_notes.is_empty());
    assert!(mentee_report(&ws(), 2, opts(false)).is_none());
}

#[test]
fn a_private_report_says_so_and_holds_the_mentors_records() {
    let r = mentee_report(&ws(), 0, opts(true)).unwrap();
    assert!(r.private);
    assert_eq!(r.feedback.len(), 2);
    assert_eq!(r.mood[0].mentor_energy, Some(2));
    assert_eq!(r.private_notes, "PRIVATE-mentee");
    let md = report_md(&r);
    assert!(md.contains("> **Includes private records.**"), "{md}");
    assert!(md.contains("Private-feedback") || md.contains("private-feedback"));
    assert!(md.contains("Mentor's energy"));
    let html = report_html(&r);
    assert!(html.contains("class=\"private\""));
}

#[test]
fn since_limits_sessions_feedback_and_milestones_done() {
    let mut o = opts(false);
    o.since = Some(day(2026, 10, 10));
    let r = mentee_report(&ws(), 0, o).unwrap();
    assert_eq!(r.sessions.len(), 2);
    assert!(r.goals[0].done.is_empty());
    assert_eq!(r.side(Owner::Mentee).unwrap().made, 0);
    assert!(report_md(&r).contains("Period: since 2026-10-10"));
}

#[test]
fn markdown_escapes_what_could_start_markup_or_break_a_table() {
    assert_eq!(
        markdown::md("a|b <i>*x*</i>\nc"),
        "a\\|b \\<i\\>\\*x\\*\\</i\\>⏎c"
    );
    let md = report_md(&mentee_report(&ws(), 0, opts(false)).unwrap());
    assert!(
        md.starts_with("# Progress report: Ann \\| \\<b\\>\n"),
        "{md}"
    );
    assert!(md.contains("| Lead a review | active | 50% |"), "{md}");
    assert!(md.contains("- [x] Shadow one (done 2026-10-06)"));
    assert!(md.contains("- [ ] Lead one (due 2026-12-10)"));
    assert!(md.contains("| Mentee | 1 | 1 | 1 | 100% |"));
    assert!(!md.contains("PRIVATE") && !md.contains("private-feedback"));
    assert!(!md.contains('<') || !md.contains("<b>"), "no raw HTML");
}

#[test]
fn html_escapes_the_stores_text() {
    let html = report_html(&mentee_report(&ws(), 0, opts(false)).unwrap());
    assert!(html.contains("Progress report: Ann | &lt;b&gt;"));
    assert!(!html.contains("<b>"));
    assert_eq!(html::esc("\"'&"), "&quot;&#39;&amp;");
}

#[test]
fn the_practice_report_on_a_known_workspace() {
    let p = practice_report(&ws(), None, day(2026, 12, 1));
    assert_eq!(p.since, day(2026, 1, 1));
    assert_eq!(p.months.len(), 12);
    let oct = p.months.iter().find(|m| m.month == "2026-10").unwrap();
    // Ann: 60 + 45 (her agreed length, for the session without one); Bo: 30 (the default).
    assert_eq!((oct.sessions, oct.minutes), (3, 135));
    assert!((oct.hours - 2.25).abs() < 1e-9);
    assert!(oct.over_capacity);
    assert_eq!(oct.mentor_energy, Some(3.0));
    let nov = p.months.iter().find(|m| m.month == "2026-11").unwrap();
    assert_eq!(
        (nov.sessions, nov.minutes, nov.over_capacity),
        (1, 90, false)
    );
    assert_eq!(p.total_sessions, 4);
    assert!((p.total_hours - 3.75).abs() < 1e-9);
    // Ann is due a month after 11-02 (12-02: not overdue); Bo two weeks after 10-01.
    assert_eq!(p.overdue.len(), 1);
    assert_eq!(
        (
            p.overdue[0].mentee.as_str(),
            p.overdue[0].due,
            p.overdue[0].days_overdue
        ),
        ("Bo", day(2026, 10, 15), 47)
    );
    let md = practice_md(&p);
    assert!(md.contains("| 2026-10 | 3 | 2.2 | over | 3.0 |"), "{md}");
    let since = practice_report(&ws(), Some(day(2026, 11, 1)), day(2026, 12, 1));
    assert_eq!(since.months.len(), 2);
    assert_eq!(since.total_sessions, 1);
}

#[test]
fn the_brief_as_text_fits_its_width() {
    let b = crate::domain::brief::brief(&ws(), 0, day(2026, 12, 1)).unwrap();
    let lines = brief_lines(&b, 40);
    assert!(
        lines.iter().all(|l| crate::domain::text::width(l) <= 40),
        "{lines:#?}"
    );
    let text = brief_text(&b, 80);
    assert!(
        text.starts_with("Brief: Ann | <b> (m1), 2026-12-01\n"),
        "{text}"
    );
    assert!(text.contains("Suggested agenda"));
    assert!(
        text.contains("why: goal g7 was due 2026-11-15, 16 days overdue"),
        "{text}"
    );
    assert!(!text.contains("PRIVATE-session"));
}

/// The report of Ann in Dutch, as Markdown and HTML.
fn dutch<R>(f: impl FnOnce() -> R) -> R {
    crate::i18n::with_lang(crate::i18n::Lang::Nl, f)
}

#[test]
fn the_markdown_report_in_dutch() {
    let r = mentee_report(&ws(), 0, opts(false)).unwrap();
    let md = dutch(|| report_md(&r));
    assert!(
        md.starts_with("# Voortgangsrapport: Ann \\| \\<b\\>\n"),
        "{md}"
    );
    for part in [
        "Mentor: Sam · Datum: dinsdag 1 december 2026 · Periode: alles wat er is\n",
        "## Doelen\n",
        "| Doel | Status | Voortgang | SMART | Deadline |",
        "- [x] Shadow one (klaar 2026-10-06)",
        "- [ ] Lead one (deadline 2026-12-10)",
        "## Gehouden sessies\n",
        "3 sessies gehouden (2.5 uur vastgelegd): 2026-10-05, 2026-10-20, 2026-11-02.",
        "### Actiepunten\n",
        "| Wie | Afgesproken | Nagekomen | Op tijd | Nakoming |",
        "| Mentee | 1 | 1 | 1 | 100% |",
        "Balans: 1 sterk punt, 0 verbeterpunten, 0 observaties",
        "| Datum | Soort | Notitie |",
        "## Stemming en energie\n",
        "| Sessie | Stemming | Energie |",
    ] {
        assert!(md.contains(part), "{part:?} in\n{md}");
    }
    // Not a heading, header or label of the English report is left.
    for english in [
        "Progress report",
        "## Goals",
        "Sessions held",
        "Action items",
        "| Side |",
        "Balance:",
        "Mood and energy",
        "Period:",
        "(done ",
        "(due ",
    ] {
        assert!(!md.contains(english), "{english:?} in\n{md}");
    }
    assert!(!md.contains("PRIVATE") && !md.contains("private-feedback"));
    // The same report in English is unchanged by having been written in Dutch.
    assert!(report_md(&r).starts_with("# Progress report: "));
}

#[test]
fn a_private_report_in_dutch_says_so_and_a_period_is_in_words() {
    let r = mentee_report(&ws(), 0, opts(true)).unwrap();
    let md = dutch(|| report_md(&r));
    assert!(
        md.contains("> **Bevat privégegevens.** Gemaakt uit"),
        "{md}"
    );
    assert!(md.contains("| Sessie | Stemming | Energie | Energie mentor |"));
    assert!(md.contains(" (privé) |"), "{md}");
    let html = dutch(|| report_html(&r));
    assert!(html.contains("<p class=\"private\" role=\"note\">Bevat privégegevens: "));
    let mut o = opts(false);
    o.since = Some(day(2026, 10, 10));
    let r = mentee_report(&ws(), 0, o).unwrap();
    assert!(dutch(|| report_md(&r)).contains("Periode: sinds zaterdag 10 oktober 2026"));
}

#[test]
fn the_html_report_in_dutch_names_its_language() {
    let r = mentee_report(&ws(), 0, opts(false)).unwrap();
    let html = dutch(|| report_html(&r));
    assert!(html.contains("<html lang=\"nl\">"), "{html}");
    assert!(html.contains("<title>Voortgangsrapport: Ann | &lt;b&gt;</title>"));
    assert!(html.contains("<h1>Voortgangsrapport: Ann | &lt;b&gt;</h1>"));
    assert!(html.contains("<h2>Doelen</h2>"));
    assert!(html.contains("<th scope=\"col\">Voortgang</th>"));
    assert!(html.contains("<title id=\"goals-t\">Voortgang per doel</title>"));
    assert!(
        html.contains("Stemming per sessie, oudste eerst: 3, 4, geen"),
        "{html}"
    );
    assert!(!html.contains("Progress") && !html.contains("per session"));
    assert!(report_html(&r).contains("<html lang=\"en\">"));
}

#[test]
fn the_practice_report_in_dutch() {
    let p = practice_report(&ws(), None, day(2026, 12, 1));
    let md = dutch(|| practice_md(&p));
    for part in [
        "# Praktijkrapport\n",
        "Mentor: Sam · Datum: dinsdag 1 december 2026 · Periode: donderdag 1 januari 2026 tot dinsdag 1 december 2026",
        "4 sessies gehouden,",
        "Capaciteit: 2.0 uur per maand.",
        "## Gegeven uren per maand\n",
        "| Maand | Sessies | Uren | Capaciteit | Jouw energie |",
        "| 2026-10 | 3 | 2.2 | erboven | 3.0 |",
        "| 2026-11 | 1 | 1.5 | binnen | – |",
        "## Check-ins te laat\n",
        "| Mentee | Deadline | Dagen te laat |",
        "## Per mentee\n",
        "| Mentee | Sessies | Uren | Laatst gehouden |",
    ] {
        assert!(md.contains(part), "{part:?} in\n{md}");
    }
    let html = dutch(|| practice_html(&p));
    assert!(html.contains("<html lang=\"nl\">") && html.contains("<h1>Praktijkrapport</h1>"));
    assert!(html.contains("capaciteit 2.0 u</text>"), "{html}");
    assert!(
        !html.contains("hours a month") && !html.contains("Practice"),
        "{html}"
    );
}

#[test]
fn the_brief_as_text_in_dutch_fits_its_width() {
    let b = crate::domain::brief::brief(&ws(), 0, day(2026, 12, 1)).unwrap();
    let lines = dutch(|| brief_lines(&b, 40));
    assert!(
        lines.iter().all(|l| crate::domain::text::width(l) <= 40),
        "{lines:#?}"
    );
    let text = dutch(|| brief_text(&b, 80));
    assert!(
        text.starts_with("Briefing: Ann | <b> (m1), dinsdag 1 december 2026\n"),
        "{text}"
    );
    // The labels' column is as wide as the widest Dutch label and two blanks.
    assert!(
        text.contains("\nVorige sessie    2026-11-02 (s5), 29 dagen geleden\n"),
        "{text}"
    );
    assert!(text.contains("\nVoorstel voor de agenda\n"), "{text}");
    assert!(text.contains("      waarom: "), "{text}");
    assert!(text.contains("  Stemming  "), "{text}");
    assert!(!text.contains("Suggested agenda") && !text.contains("why:"));
}

#[test]
fn what_came_from_the_mentee_is_marked_in_both_variants() {
    use crate::domain::reply::{Decided, Entry, What};
    let mut ws = ws();
    let at = FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 10, 6, 9, 0, 0)
        .unwrap();
    let decided = |record: &str, accepted: bool| Decided {
        entry: Entry {
            id: "rabcdefghij".into(),
            written_at: at,
            what: What::MilestoneDone {
                milestone: record.into(),
                on: day(2026, 10, 6),
            },
            seen: String::new(),
        },
        decided_on: day(2026, 10, 7),
        accepted,
        reason: String::new(),
        record: Some(record.into()),
    };
    let m = std::sync::Arc::make_mut(&mut ws.mentees[0]);
    m.replies = vec![decided("ms8", true), decided("g7", false)];
    for private in [false, true] {
        let r = mentee_report(&ws, 0, opts(private)).unwrap();
        assert!(r.goals[0].done[0].from_mentee, "accepted");
        assert!(!r.goals[0].progress_from_mentee, "declined");
        let md = report_md(&r);
        assert!(
            md.contains("- [x] Shadow one (done 2026-10-06) (from the mentee)"),
            "{md}"
        );
        let html = report_html(&r);
        assert!(html.contains("(from the mentee)</li>"), "{html}");
    }
}

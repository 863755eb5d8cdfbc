//! The closing review's words and its reports, on the demo's concluded mentee (Grace): one goal
//! achieved, one dropped, three held sessions of an hour, two shared strengths and a private
//! observation, one introduction made.

use super::*;
use crate::domain::closing::{Closing, of_workspace};
use crate::domain::workspace::Workspace;
use chrono::NaiveDate;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

/// The demo, with a closing note (and its private side) and a reflection for Grace.
fn demo() -> (Workspace, usize) {
    let mut ws = crate::demo::demo_workspace(today());
    let i = ws
        .mentees
        .iter()
        .position(|m| m.name.starts_with("Grace"))
        .unwrap();
    let m = ws.mentee_mut(i);
    m.closing = Some(Closing {
        note: "You made the move.\nKeep building.".into(),
        private_note: "PRIVATE-closing-note".into(),
        written_on: today(),
    });
    m.closing_reflection = "I learned to | ask *for* help.".into();
    (ws, i)
}

#[test]
fn the_words_of_the_figures() {
    let (ws, i) = demo();
    let full = of_workspace(&ws, i, true, today()).unwrap();
    assert_eq!(
        goals_summary(&full),
        "1 met · 0 partly met · 0 not met · 1 dropped"
    );
    assert_eq!(sessions_words(&full), ["3 sessions held, 3.0 hours"]);
    assert_eq!(
        feedback_words(&full),
        [
            "Strengths: 2 shared, 0 private",
            "Improvements: 0 shared, 0 private",
            "Observations: 0 shared, 1 private"
        ]
    );
    let shared = of_workspace(&ws, i, false, today()).unwrap();
    assert_eq!(
        feedback_words(&shared),
        ["2 strengths, 0 improvements, 0 observations"]
    );
    let met = full.with_outcome(Outcome::Met).next().unwrap();
    let history = goal_history(met).join(" · ");
    assert!(history.contains("milestones 2 of 2"), "{history}");
    assert!(history.ends_with("SMART: all five hold"), "{history}");
    let dropped = full.with_outcome(Outcome::Dropped).next().unwrap();
    assert_eq!(smart_words(dropped), "SMART: all five hold");
    let mut ws = ws;
    let g = ws
        .mentee_mut(i)
        .goals
        .iter_mut()
        .find(|g| g.status == crate::domain::GoalStatus::Dropped)
        .unwrap();
    g.relevant.clear();
    let r = of_workspace(&ws, i, true, today()).unwrap();
    let dropped = r.with_outcome(Outcome::Dropped).next().unwrap();
    assert_eq!(smart_words(dropped), "SMART: SMA·T (missing R)");
    assert!(span(&full).contains(" to "), "{}", span(&full));
}

#[test]
fn the_shared_report_holds_no_private_text_and_the_full_one_does() {
    let (ws, i) = demo();
    let shared = of_workspace(&ws, i, false, today()).unwrap();
    let full = of_workspace(&ws, i, true, today()).unwrap();
    for text in [closing_md(&shared), closing_html(&shared)] {
        assert!(!text.contains("PRIVATE"), "{text}");
        assert!(!text.contains("private records"), "{text}");
        assert!(text.contains("You made the move.") && text.contains("Keep building."));
        assert!(text.contains("Closing review: Grace Lindqvist"));
        assert!(text.contains("2 strengths, 0 improvements, 0 observations"));
    }
    for text in [closing_md(&full), closing_html(&full)] {
        assert!(text.contains("PRIVATE-closing-note"), "{text}");
        assert!(text.contains("private records"), "{text}");
        assert!(text.contains("Observations: 0 shared, 1 private"));
    }
    // Text from the store is escaped: no table or emphasis made of the reflection.
    let md = closing_md(&shared);
    assert!(md.contains("I learned to \\| ask \\*for\\* help."), "{md}");
}

#[test]
fn a_mentee_not_concluded_is_said_so_and_a_blank_record_reads() {
    let (ws, _) = demo();
    let r = of_workspace(&ws, 0, true, today()).unwrap();
    assert!(!r.concluded);
    assert!(span(&r).contains("not concluded yet"), "{}", span(&r));
    let md = closing_md(&r);
    assert!(md.contains("No closing note yet."), "{md}");
    let mut empty = Workspace::default();
    empty.push_mentee(crate::domain::Mentee::new(
        crate::domain::MenteeId::from_number(1),
        "Nobody",
        today(),
    ));
    let r = of_workspace(&empty, 0, false, today()).unwrap();
    let md = closing_md(&r);
    for line in [
        "No goals were set.",
        "0 sessions held, 0.0 hours",
        "No feedback was written.",
        "No connections were made.",
        "No closing reflection from Nobody yet.",
    ] {
        assert!(md.contains(line), "{line} in {md}");
    }
}

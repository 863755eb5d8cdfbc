//! Templates: reading (errors name file, line and field), the built-ins, planning and applying
//! (idempotent, nothing existing by title added again), saving (nothing private, no name).

use super::*;
use crate::domain::ops::{Ctx, Op};
use crate::domain::schedule::Zone;
use crate::domain::{
    Goal, GoalId, Mentee, MenteeId, Milestone, MilestoneId, Stage, StageId, Workspace,
};
use chrono::{NaiveDate, TimeZone};

mod apply;

pub(super) fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub(super) fn ctx() -> Ctx {
    let now = chrono_tz::Europe::Paris
        .with_ymd_and_hms(2027, 1, 4, 9, 0, 0)
        .unwrap()
        .fixed_offset();
    Ctx {
        today: now.date_naive(),
        now,
        zone: Zone::Named(chrono_tz::Europe::Paris),
    }
}

pub(super) fn builtin(name: &str) -> Template {
    builtins()
        .into_iter()
        .map(Result::unwrap)
        .find(|t| t.name == name)
        .unwrap()
}

/// A workspace with one mentee, Ada (m1), started 2027-01-04.
pub(super) fn ws() -> Workspace {
    let mut ws = Workspace::default();
    let m = Mentee::new(MenteeId::from_number(0), "Ada", day(2027, 1, 4));
    Op::AddMentee(Box::new(m)).apply(&mut ws, &ctx()).unwrap();
    ws
}

pub(super) fn apply(ws: &mut Workspace, t: &Template) -> usize {
    Op::ApplyTemplate {
        mentee: MenteeId::from_number(1),
        template: Box::new(t.clone()),
        start: day(2027, 1, 4),
    }
    .apply(ws, &ctx())
    .unwrap()
    .count
}

#[test]
fn every_builtin_reads_and_is_full() {
    let all = builtins();
    assert_eq!(all.len(), BUILTIN_FILES.len());
    assert!(all.len() >= 4);
    for t in all {
        let t = t.unwrap_or_else(|e| panic!("{e}"));
        assert!(
            !t.description.is_empty() && !t.goals.is_empty(),
            "{}",
            t.name
        );
        assert!(
            t.path.stages.len() >= 3 && t.skills.len() >= 3,
            "{}",
            t.name
        );
        assert!(
            !t.agenda.is_empty() && t.agreement.length.is_some(),
            "{}",
            t.name
        );
        for g in &t.goals {
            assert!(g.metric.is_some() || !g.criterion.is_empty(), "{}", g.title);
            assert!(!g.specific.is_empty() && !g.achievable.is_empty() && !g.relevant.is_empty());
            assert!(g.due.is_some() && !g.milestones.is_empty(), "{}", g.title);
        }
        // Every goal serves a stage.
        for g in &t.goals {
            let key = g.key.as_deref().unwrap();
            assert!(
                t.path
                    .stages
                    .iter()
                    .any(|s| s.goals.iter().any(|k| k == key)),
                "{key}"
            );
        }
    }
    let kinds: Vec<_> = builtins().into_iter().map(|t| t.unwrap().kind).collect();
    for kind in [
        MentoringKindT::Career,
        MentoringKindT::Peer,
        MentoringKindT::Life,
    ] {
        assert!(kinds.contains(&kind));
    }
}

use crate::domain::MentoringKind as MentoringKindT;

const SMALL: &str = r#"name = "small"
title = "Small"
kind = "career"

[[skills]]
name = "SQL"
target = 3

[[goals]]
key = "q"
title = "Write queries"
due = "+3m"
skills = ["SQL"]

[[goals.milestones]]
title = "First query"
due = "+2w"

[[goals.milestones]]
title = "Second query"
due = "+3q"
"#;

#[test]
fn a_bad_relative_date_names_file_line_and_field() {
    let e = parse("small.toml", SMALL).unwrap_err();
    assert_eq!(
        e.to_string(),
        "small.toml:21: goals[0].milestones[1].due: \"+3q\" is not a relative date (+2w, +3m, +90d)"
    );
    assert_eq!(e.line, Some(21));
}

#[test]
fn an_unknown_key_is_an_error_at_its_line() {
    let text = SMALL
        .replace("+3q", "+3m")
        .replace("target = 3", "targte = 3");
    let e = parse("small.toml", &text).unwrap_err();
    assert_eq!(e.line, Some(7), "{e}");
    assert_eq!(e.field, "skills[0].targte", "{e}");
    assert!(e.message.contains("unknown field `targte`"), "{e}");
}

#[test]
fn checks_after_reading_point_at_their_line_too() {
    let good = SMALL.replace("+3q", "+3m");
    assert!(parse("small.toml", &good).is_ok());
    let cases = [
        (
            good.replace("skills = [\"SQL\"]", "skills = [\"Sql\", \"Rust\"]"),
            13,
            "goals[0].skills[1]",
            "\"Rust\" is not one of the template's [[skills]]",
        ),
        (
            good.replace("target = 3", "target = 7"),
            7,
            "skills[0].target",
            "7 is not on the scale; it must be 1 to 5",
        ),
        (
            good.replace("Second query", "first QUERY "),
            20,
            "goals[0].milestones[1].title",
            "\"first QUERY\" is given twice",
        ),
        (
            good.replace("name = \"small\"", "name = \"Small One\""),
            1,
            "name",
            "\"Small One\" is not a template name (lower-case letters, digits and dashes)",
        ),
        (
            good.clone(),
            1,
            "name",
            "\"small\" does not match the file's name \"other\"",
        ),
        (
            good.replace("title = \"Small\"", "title = \" \""),
            2,
            "title",
            "must not be empty",
        ),
        (
            format!("{good}\n[path]\n[[path.stages]]\ntitle = \"S\"\ngoals = [\"nope\"]\n"),
            26,
            "path.stages[0].goals[0]",
            "\"nope\" is not the key of one of the template's [[goals]]",
        ),
        (
            good.replace("due = \"+2w\"", "due = 14"),
            17,
            "goals[0].milestones[0].due",
            "invalid type: integer `14`, expected a string",
        ),
    ];
    for (text, line, field, message) in cases {
        let file = if field == "name" && message.contains("file") {
            "other.toml"
        } else {
            "small.toml"
        };
        let e = parse(file, &text).unwrap_err();
        assert_eq!(
            (e.line, e.field.as_str(), e.message.as_str()),
            (Some(line), field, message),
            "{e}"
        );
    }
    let broken = parse("small.toml", "name = \"small\"\ntitle = \n").unwrap_err();
    assert_eq!(broken.line, Some(2), "{broken}");
}

#[test]
fn json_templates_read_too() {
    let json = r#"{"name": "j", "title": "J", "kind": "peer",
        "goals": [{"title": "G", "due": "+1x"}]}"#;
    let e = parse("j.json", json).unwrap_err();
    assert_eq!(e.field, "goals[0].due", "{e}");
    assert!(
        e.to_string()
            .starts_with("j.json:2: goals[0].due: \"+1x\" is not a relative date"),
        "{e}"
    );
    assert!(parse("j.json", &json.replace("+1x", "+1w")).is_ok());
}

#[test]
fn prompts_guide_with_questions() {
    for set in prompts::QuestionSet::ALL {
        let text = agenda_prompts(set);
        let questions: Vec<&str> = text.lines().filter(|l| l.starts_with("- ")).collect();
        assert!(questions.len() >= 6, "{}", set.name());
        assert!(questions.iter().all(|q| q.ends_with('?')), "{text}");
        assert_eq!(prompts::QuestionSet::from_name(set.name()), Some(set));
    }
    let grow = agenda_prompts(prompts::QuestionSet::Grow);
    for part in ["Goal\n- ", "Reality\n- ", "Options\n- ", "Way forward\n- "] {
        assert!(grow.contains(part), "{grow}");
    }
    let t = builtin("peer-onboarding");
    let mut m = Mentee::new(MenteeId::from_number(1), "Ada", day(2027, 1, 4));
    let first = next_session_prompts(Some(&t), &m, prompts::QuestionSet::CheckIn);
    assert!(first.starts_with("- How was your first day"), "{first}");
    for n in 0..3 {
        m.sessions.push(crate::domain::Session::new(
            crate::domain::SessionId::from_number(n),
            ctx().now,
            crate::domain::SessionStatus::Held,
        ));
    }
    let later = next_session_prompts(Some(&t), &m, prompts::QuestionSet::CheckIn);
    assert_eq!(later, agenda_prompts(prompts::QuestionSet::CheckIn));
    assert_eq!(
        next_session_prompts(None, &m, prompts::QuestionSet::Grow),
        grow
    );
}

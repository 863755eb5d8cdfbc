//! A career path and skill levels put on a mentee by hand, for the Path tab's tests.

use mentor::domain::path::{SkillLevel, Stage, StageStatus};
use mentor::domain::{StageId, Workspace};

/// The private note every stage of [`give_path`] carries: it must never reach a mentee.
pub const STAGE_CANARY: &str = "QZSTAGEPRIVATE";

fn level(skill: &str, current: Option<u8>, target: Option<u8>) -> SkillLevel {
    SkillLevel {
        skill: skill.into(),
        current,
        target,
    }
}

/// Gives mentee `index` of `ws` a three-stage path (done, in progress, open), levels in four
/// skills (one of the stages' skills left unrated), the first two of their goals serving the
/// stage in progress.
pub fn give_path(ws: &mut Workspace, index: usize) {
    let goals: Vec<_> = ws.mentees[index]
        .goals
        .iter()
        .map(|g| g.id.clone())
        .collect();
    let mut ids = (0..3).map(|_| StageId::from_number(ws.alloc_fresh()));
    let mut stage = |title: &str, status, target: Option<(i32, u32, u32)>, skills: &[&str]| {
        let mut st = Stage::new(ids.next().expect("three ids"), title);
        st.status = status;
        st.target = target.and_then(|(y, m, d)| chrono::NaiveDate::from_ymd_opt(y, m, d));
        st.skills = skills.iter().map(|s| s.to_string()).collect();
        st.private_notes = format!("{STAGE_CANARY} worried about {title}");
        st
    };
    let mut senior = stage(
        "Senior engineer",
        StageStatus::Done,
        Some((2026, 6, 30)),
        &["Code review", "Testing"],
    );
    senior.description = "Owns features end to end.".into();
    let mut staff = stage(
        "Staff engineer",
        StageStatus::InProgress,
        Some((2027, 9, 30)),
        &["System design", "Mentoring", "Writing", "Negotiation"],
    );
    staff.description = "Sets the technical direction of a product area across three teams.".into();
    staff.goals = goals.iter().take(2).cloned().collect();
    let principal = stage("Principal engineer", StageStatus::Open, None, &["Strategy"]);
    let m = ws.mentee_mut(index);
    m.path.title = "Engineering, IC track".into();
    m.path.stages = vec![senior, staff, principal];
    m.skills = vec![
        level("Code review", Some(4), Some(4)),
        level("Testing", Some(4), Some(3)),
        level("System design", Some(2), Some(4)),
        level("Mentoring", Some(2), Some(3)),
        level("Writing", Some(3), Some(5)),
    ];
}

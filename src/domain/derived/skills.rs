//! The skill matrix of a mentee: every skill they hold a level in or a stage of their path
//! needs, with the current and target level, the biggest gap first.

use crate::domain::Mentee;
use crate::domain::path::{SkillLevel, skill_key};

/// The mentee's skills as the matrix shows them: their levels, then every skill a stage of their
/// path names that they hold no level in (current and target unknown). Ordered by gap (the
/// biggest first), then skills with a target before those without, then by name; one row per
/// skill, compared as [`skill_key`] compares.
pub fn skill_matrix(mentee: &Mentee) -> Vec<SkillLevel> {
    let mut seen = std::collections::HashSet::new();
    let mut rows: Vec<SkillLevel> = Vec::new();
    for level in &mentee.skills {
        if seen.insert(skill_key(&level.skill)) {
            rows.push(level.clone());
        }
    }
    let named = mentee.path.stages.iter().flat_map(|st| &st.skills);
    for skill in named {
        if !skill.trim().is_empty() && seen.insert(skill_key(skill)) {
            rows.push(SkillLevel {
                skill: skill.trim().to_string(),
                current: None,
                target: None,
            });
        }
    }
    rows.sort_by_cached_key(|l| {
        (
            std::cmp::Reverse(l.gap()),
            l.target.is_none(),
            skill_key(&l.skill),
        )
    });
    rows
}

/// The mentee's level in `skill` (as [`skill_key`] compares), if they hold one.
pub fn skill_level<'a>(mentee: &'a Mentee, skill: &str) -> Option<&'a SkillLevel> {
    let key = skill_key(skill);
    mentee.skills.iter().find(|l| skill_key(&l.skill) == key)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids::{MenteeId, StageId};
    use crate::domain::path::Stage;

    fn level(skill: &str, current: Option<u8>, target: Option<u8>) -> SkillLevel {
        SkillLevel {
            skill: skill.into(),
            current,
            target,
        }
    }

    #[test]
    fn biggest_gap_first_then_targets_then_names() {
        let mut m = Mentee::new(MenteeId("me1".into()), "Ada", Default::default());
        m.skills = vec![
            level("Writing", Some(4), Some(4)),
            level("SQL", Some(1), Some(4)),
            level("design", Some(2), Some(3)),
            level("Budgeting", Some(2), None),
            level("architecture", Some(2), Some(3)),
        ];
        let mut stage = Stage::new(StageId("st1".into()), "Staff");
        stage.skills = vec!["sql".into(), "Mentoring".into(), "  ".into()];
        m.path.stages.push(stage);
        let names: Vec<String> = skill_matrix(&m).into_iter().map(|l| l.skill).collect();
        assert_eq!(
            names,
            [
                "SQL",
                "architecture",
                "design",
                "Writing",
                "Budgeting",
                "Mentoring"
            ]
        );
        assert_eq!(skill_level(&m, " sql").and_then(|l| l.current), Some(1));
        assert!(skill_level(&m, "Mentoring").is_none());
    }
}

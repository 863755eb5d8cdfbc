//! A generated mentee's career path and skill levels: a track that fits the kind of mentoring,
//! the stages behind them done (now and then one skipped), the current one in progress and the
//! rest open, each needing a few skills and served by some of the mentee's goals.

use super::Rng;
use crate::domain::path::skill_key;
use crate::domain::{Mentee, MentoringKind, SkillLevel, Stage, StageId, StageStatus, Workspace};
use chrono::{NaiveDate, TimeDelta};

/// A track: its title, then each stage's title with the skills it needs.
type Track = (
    &'static str,
    &'static [(&'static str, &'static [&'static str])],
);

const CAREER: &[Track] = &[
    (
        "Engineering, individual contributor track",
        &[
            ("Engineer", &["technical writing", "incident command"]),
            ("Senior engineer", &["architecture", "technical writing"]),
            (
                "Staff engineer",
                &["architecture", "influence", "facilitation"],
            ),
            (
                "Principal engineer",
                &["influence", "prioritisation", "coaching"],
            ),
        ],
    ),
    (
        "Into product management",
        &[
            (
                "Associate product manager",
                &["prioritisation", "technical writing"],
            ),
            (
                "Product manager",
                &["stakeholder management", "prioritisation"],
            ),
            ("Senior product manager", &["negotiation", "influence"]),
        ],
    ),
    (
        "Marketing, from specialist to lead",
        &[
            (
                "Marketing specialist",
                &["technical writing", "public speaking"],
            ),
            (
                "Marketing manager",
                &["stakeholder management", "prioritisation"],
            ),
            ("Head of marketing", &["hiring", "negotiation", "influence"]),
        ],
    ),
];

const PEER: &[Track] = &[(
    "First years as a manager",
    &[
        ("New manager", &["delegation", "coaching"]),
        ("Confident manager", &["hiring", "stakeholder management"]),
        (
            "Manager of managers",
            &["influence", "coaching", "prioritisation"],
        ),
    ],
)];

const LIFE: &[Track] = &[(
    "A sustainable pace",
    &[
        ("Recover", &["delegation"]),
        ("A routine that holds", &["prioritisation", "negotiation"]),
        ("Keep the balance", &["delegation", "public speaking"]),
    ],
)];

/// Gives `m` a path of the track its kind of mentoring suggests, with levels in every skill it
/// needs. About a third of mentees have none.
pub fn add(ws: &mut Workspace, rng: &mut Rng, m: &mut Mentee, today: NaiveDate) {
    if rng.chance(35) {
        return;
    }
    let tracks = match m.kind {
        MentoringKind::Career => CAREER,
        MentoringKind::Peer => PEER,
        MentoringKind::Life => LIFE,
    };
    let (title, stages) = rng.pick(tracks);
    let current = rng.below(stages.len());
    let day = |offset: i64| {
        today
            .checked_add_signed(TimeDelta::days(offset))
            .unwrap_or(today)
    };
    m.path.title = title.into();
    for (n, (stage_title, skills)) in stages.iter().enumerate() {
        let mut st = Stage::new(StageId::from_number(ws.alloc_fresh()), *stage_title);
        let from_now = (n as i64 - current as i64) * rng.range(150, 400);
        st.status = match n.cmp(&current) {
            std::cmp::Ordering::Less if rng.chance(10) => StageStatus::Skipped,
            std::cmp::Ordering::Less => StageStatus::Done,
            std::cmp::Ordering::Equal => StageStatus::InProgress,
            std::cmp::Ordering::Greater => StageStatus::Open,
        };
        st.target = rng.chance(80).then(|| day(from_now + rng.range(30, 200)));
        st.skills = skills.iter().map(|s| s.to_string()).collect();
        if n == current && !m.goals.is_empty() {
            for _ in 0..rng.range(1, 3) {
                let id = m.goals[rng.below(m.goals.len())].id.clone();
                if !st.goals.contains(&id) {
                    st.goals.push(id);
                }
            }
        }
        m.path.stages.push(st);
    }
    for skill in m.path.stages.iter().flat_map(|st| &st.skills) {
        if m.skills
            .iter()
            .any(|l| skill_key(&l.skill) == skill_key(skill))
        {
            continue;
        }
        let current = u8::try_from(rng.range(1, 4)).unwrap_or(1);
        let target = (current + u8::try_from(rng.range(0, 2)).unwrap_or(0)).min(5);
        m.skills.push(SkillLevel {
            skill: skill.clone(),
            current: Some(current),
            target: Some(target),
        });
    }
}

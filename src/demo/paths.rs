//! Career paths and skill levels for four demo mentees, and the skills the mentor declared.
//!
//! Added after every mentee is built, so their stages take the last IDs and every other record
//! keeps the ID it has always had. A stage names its goals by title; a title that is not there
//! (nothing in the demo) is left out rather than fail.
//!
//! | Mentee          | Path                                                    |
//! |-----------------|---------------------------------------------------------|
//! | Alice Moreau    | senior (done) → staff (in progress) → principal (open)   |
//! | Bilal Haddad    | support lead (done) → APM (in progress) → PM → senior PM |
//! | Emil Sørensen   | recover (done) → sustainable routine (in progress) → ... |
//! | Grace Lindqvist | analyst (done) → data engineer (done), cert skipped       |

use super::builder::{Demo, tags};
use crate::domain::{GoalId, Mentee, Skill, SkillLevel, Stage, StageId, StageStatus};

/// One stage as written here: title, status, target (days from today), description, skills,
/// the titles of the goals serving it, the mentor's private note.
struct StageSpec<'a> {
    title: &'a str,
    status: StageStatus,
    target: Option<i64>,
    description: &'a str,
    skills: &'a [&'a str],
    goals: &'a [&'a str],
    private: &'a str,
}

/// Gives the mentee called `name` a path titled `title` with `stages`, and these skill levels
/// (skill, current, target).
fn path(d: &mut Demo, name: &str, title: &str, stages: &[StageSpec], levels: &[(&str, u8, u8)]) {
    let Some(i) = d.ws.mentees.iter().position(|m| m.name == name) else {
        return;
    };
    let ids: Vec<StageId> = stages
        .iter()
        .map(|_| StageId::from_number(d.ws.alloc_fresh()))
        .collect();
    let built: Vec<Stage> = stages
        .iter()
        .zip(ids)
        .map(|(spec, id)| stage(d, &d.ws.mentees[i], spec, id))
        .collect();
    let m = d.ws.mentee_mut(i);
    m.path.title = title.into();
    m.path.stages = built;
    m.skills = levels
        .iter()
        .map(|&(skill, current, target)| SkillLevel {
            skill: skill.into(),
            current: Some(current),
            target: Some(target),
        })
        .collect();
}

fn stage(d: &Demo, m: &Mentee, spec: &StageSpec, id: StageId) -> Stage {
    let mut st = Stage::new(id, spec.title);
    st.status = spec.status;
    st.target = spec.target.map(|t| d.day(t));
    st.description = spec.description.into();
    st.skills = tags(spec.skills);
    st.goals = spec
        .goals
        .iter()
        .filter_map(|title| m.goals.iter().find(|g| g.title == *title))
        .map(|g| GoalId(g.id.0.clone()))
        .collect();
    st.private_notes = spec.private.into();
    st
}

/// Adds every path, level and declared skill.
pub fn add(d: &mut Demo) {
    alice(d);
    bilal(d);
    emil(d);
    grace(d);
    d.ws.skills = [
        (
            "technical writing",
            "Design docs, RFCs and summaries that others can act on without a meeting.",
        ),
        (
            "stakeholder management",
            "Knowing who cares about a decision, keeping them informed, and disagreeing early.",
        ),
        (
            "boundaries",
            "Saying no, or not now, and keeping the time agreed for rest.",
        ),
    ]
    .into_iter()
    .map(|(name, description)| Skill {
        name: name.into(),
        description: description.into(),
    })
    .collect();
}

fn alice(d: &mut Demo) {
    let stages = [
        StageSpec {
            title: "Senior backend engineer",
            status: StageStatus::Done,
            target: Some(-400),
            description: "Owns features end to end in the payments service and reviews others' \
                designs.",
            skills: &["architecture", "technical writing"],
            goals: &[],
            private: "",
        },
        StageSpec {
            title: "Staff engineer",
            status: StageStatus::InProgress,
            target: Some(300),
            description: "Leads technical decisions across teams: writes the designs others \
                build on and runs the reviews that settle them.",
            skills: &[
                "architecture",
                "influence",
                "technical writing",
                "facilitation",
            ],
            goals: &[
                "Lead three cross-team design reviews",
                "Publish the event bus migration RFC",
            ],
            private: "Priya says the promotion case needs one more cross-team win; the next \
                calibration is in the spring.",
        },
        StageSpec {
            title: "Principal engineer",
            status: StageStatus::Open,
            target: Some(1100),
            description: "Sets the technical direction of the platform group for two to three \
                years.",
            skills: &["strategy", "influence", "mentoring"],
            goals: &["Get better at leadership"],
            private: "",
        },
    ];
    let levels = [
        ("architecture", 3, 4),
        ("influence", 2, 4),
        ("technical writing", 3, 4),
        ("facilitation", 2, 3),
        ("strategy", 1, 3),
        ("mentoring", 2, 3),
    ];
    path(
        d,
        "Alice Moreau",
        "Engineering, individual contributor track",
        &stages,
        &levels,
    );
}

fn bilal(d: &mut Demo) {
    let stages = [
        StageSpec {
            title: "Customer support lead",
            status: StageStatus::Done,
            target: None,
            description: "Runs the refunds queue and knows the customers' problems first hand.",
            skills: &["customer empathy"],
            goals: &[],
            private: "",
        },
        StageSpec {
            title: "Associate product manager",
            status: StageStatus::InProgress,
            target: Some(200),
            description: "Owns one small feature end to end: discovery, spec, launch and what \
                the numbers say after.",
            skills: &["product discovery", "writing", "stakeholder management"],
            goals: &["Ship the bulk refund spec", "Attend six mentoring sessions"],
            private: "His manager has not agreed to the move yet; do not promise a date.",
        },
        StageSpec {
            title: "Product manager",
            status: StageStatus::Open,
            target: Some(560),
            description: "Owns a product area's roadmap and the trade-offs in it.",
            skills: &["prioritisation", "stakeholder management", "data analysis"],
            goals: &[],
            private: "",
        },
        StageSpec {
            title: "Senior product manager",
            status: StageStatus::Open,
            target: None,
            description: "Shapes strategy across several teams and coaches newer product \
                managers.",
            skills: &["strategy", "prioritisation"],
            goals: &[],
            private: "",
        },
    ];
    let levels = [
        ("customer empathy", 5, 5),
        ("product discovery", 2, 4),
        ("writing", 2, 4),
        ("stakeholder management", 1, 4),
        ("prioritisation", 2, 4),
        ("data analysis", 1, 3),
        ("strategy", 1, 2),
    ];
    path(
        d,
        "Bilal Haddad",
        "From support into product management",
        &stages,
        &levels,
    );
}

fn emil(d: &mut Demo) {
    let stages = [
        StageSpec {
            title: "Recover",
            status: StageStatus::Done,
            target: Some(-90),
            description: "Take real time off and sleep properly again before changing anything \
                else.",
            skills: &["rest"],
            goals: &["Take a full week off"],
            private: "",
        },
        StageSpec {
            title: "A sustainable routine",
            status: StageStatus::InProgress,
            target: Some(60),
            description: "Evenings kept free, regular exercise, work that fits in the week.",
            skills: &["boundaries", "planning", "endurance"],
            goals: &["Protect two evenings a week", "Run a half marathon"],
            private: "Still answers chat at night when his lead pings him; raise it gently.",
        },
        StageSpec {
            title: "Keep the balance through the busy season",
            status: StageStatus::Open,
            target: Some(240),
            description: "Keep the routine when the year-end release crunch comes.",
            skills: &["boundaries", "delegation"],
            goals: &[],
            private: "",
        },
    ];
    let levels = [
        ("boundaries", 2, 4),
        ("planning", 3, 4),
        ("endurance", 2, 3),
        ("delegation", 1, 3),
        ("rest", 3, 4),
    ];
    path(d, "Emil Sørensen", "A sustainable pace", &stages, &levels);
}

fn grace(d: &mut Demo) {
    let stages = [
        StageSpec {
            title: "Data analyst",
            status: StageStatus::Done,
            target: Some(-420),
            description: "Reports and dashboards for the sales team.",
            skills: &["sql"],
            goals: &[],
            private: "",
        },
        StageSpec {
            title: "Certified cloud data engineer",
            status: StageStatus::Skipped,
            target: Some(-200),
            description: "A certification first, then the move.",
            skills: &["cloud"],
            goals: &["Get a cloud data certification"],
            private: "",
        },
        StageSpec {
            title: "Data engineer",
            status: StageStatus::Done,
            target: Some(-60),
            description: "Builds and runs the pipelines the analysts rely on.",
            skills: &["sql", "data engineering", "python"],
            goals: &["Move into a data engineering role"],
            private: "",
        },
    ];
    let levels = [
        ("sql", 5, 5),
        ("data engineering", 3, 4),
        ("python", 3, 4),
        ("cloud", 2, 3),
    ];
    path(
        d,
        "Grace Lindqvist",
        "From analysis to data engineering",
        &stages,
        &levels,
    );
}

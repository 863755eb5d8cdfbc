//! The invariants a loaded file must hold, checked one record kind at a time.
//!
//! The counter is shared by all kinds, so an ID's number (with its replica tag, when it has
//! one) is unique in the file. Untagged numbers below the counter are marked in a bit table
//! (they are dense); tagged ones, and others, which make the file invalid anyway, in a set. Document paths (`mentees[3].goals[0].id`) are built only for an
//! error, so each place is passed on as a function that writes it.

use super::{Invalid, MAX_STORE_TOKEN, MentorProfile, Workspace, valid_store_token};
use crate::domain::feedback::{Connection, Feedback};
use crate::domain::goal::{Goal, Milestone};
use crate::domain::ids::{GoalId, SeriesId};
use crate::domain::mentee::{Agreement, Mentee};
use crate::domain::path::{Skill, SkillLevel, Stage, skill_key};
use crate::domain::rules;
use crate::domain::session::{ActionItem, Series, Session};
use crate::t;
use std::collections::HashSet;

/// Writes the document path of the place being checked.
type At<'a> = &'a dyn Fn() -> String;

impl Workspace {
    /// Checks the invariants a loaded file must hold: non-empty names and titles, IDs unique in
    /// the file and of the right kind, references to goals and series of the same mentee, numbers
    /// within the limits the command line and the forms apply, and a counter past every ID in
    /// use.
    pub fn validate(&self) -> Result<(), Invalid> {
        self.validate_tags().map(drop)
    }

    /// [`Workspace::validate`], which also says whether any record's ID carries a replica tag
    /// (`g13.k7qxm`): what a file of format version 1 cannot hold (see
    /// `store::migrate::v1_to_v2`).
    pub fn validate_tags(&self) -> Result<bool, Invalid> {
        let mut check = Checker::new(self.next_id);
        check.mentor(&self.mentor)?;
        check.store_token(self.store_token.as_deref())?;
        declared_skills(&self.skills)?;
        for (mi, m) in self.mentees.iter().enumerate() {
            check.mentee(&|| format!("mentees[{mi}]"), m)?;
        }
        conflicts(&self.conflicts)?;
        check.counter(self.next_id)?;
        Ok(!check.seen_tagged.is_empty())
    }
}

/// Conflicts have well-formed, unique IDs and a place.
fn conflicts(list: &[crate::domain::Conflict]) -> Result<(), Invalid> {
    let mut seen = HashSet::new();
    for (i, c) in list.iter().enumerate() {
        let bad = |message: String| Invalid {
            path: format!("conflicts[{i}]"),
            message,
        };
        let well_formed = c.id.len() == 13
            && c.id.starts_with('x')
            && c.id[1..].bytes().all(|b| b.is_ascii_hexdigit());
        if !well_formed {
            return Err(bad(t!(
                "dom-invalid-conflict-id",
                id = format!("{:?}", crate::domain::text::line(&c.id))
            )));
        }
        if !seen.insert(c.id.as_str()) {
            return Err(bad(t!(
                "dom-invalid-conflict-twice",
                id = format!("{:?}", c.id)
            )));
        }
        if c.path.is_empty() || c.path.iter().any(|step| step.is_empty()) {
            return Err(bad(t!("dom-invalid-conflict-place")));
        }
    }
    Ok(())
}

/// The IDs seen so far while walking a workspace.
struct Checker {
    /// Numbers below this are marked in `seen`.
    dense: usize,
    seen: Vec<bool>,
    seen_beyond: HashSet<u64>,
    /// Numbers of IDs with a replica tag, with the tag.
    seen_tagged: HashSet<(u64, String)>,
    max_number: u64,
}

impl Checker {
    fn new(next_id: u64) -> Self {
        let dense = usize::try_from(next_id.min(1 << 24)).unwrap_or(0);
        Checker {
            dense,
            seen: vec![false; dense],
            seen_beyond: HashSet::new(),
            seen_tagged: HashSet::new(),
            max_number: 0,
        }
    }

    /// An ID of the right kind whose number no other record uses.
    fn id(&mut self, at: At, id: &str, number: Option<u64>, kind: &str) -> Result<(), Invalid> {
        let path = || format!("{}.id", at());
        let Some(n) = number else {
            return Err(Invalid {
                path: path(),
                message: t!("dom-invalid-id-shape", kind = kind, id = format!("{id:?}")),
            });
        };
        let tag = id.split_once('.').map(|(_, tag)| tag);
        let fresh = match (tag, usize::try_from(n).ok().filter(|&i| i < self.dense)) {
            (Some(tag), _) => self.seen_tagged.insert((n, tag.to_string())),
            (None, Some(i)) => !std::mem::replace(&mut self.seen[i], true),
            (None, None) => self.seen_beyond.insert(n),
        };
        if !fresh {
            return Err(Invalid {
                path: path(),
                message: t!(
                    "dom-invalid-id-twice",
                    id = format!("{id:?}"),
                    n = n.to_string()
                ),
            });
        }
        self.max_number = self.max_number.max(n);
        Ok(())
    }

    fn mentor(&mut self, mentor: &MentorProfile) -> Result<(), Invalid> {
        if let Some(c) = mentor.capacity_hours_per_month {
            within(
                &|| "mentor.capacity_hours_per_month".into(),
                rules::capacity_hours(c).map(drop),
            )?;
        }
        if let Some(n) = mentor.default_session_minutes {
            within(
                &|| "mentor.default_session_minutes".into(),
                rules::minutes(n).map(drop),
            )?;
        }
        Ok(())
    }

    fn store_token(&mut self, token: Option<&str>) -> Result<(), Invalid> {
        match token {
            Some(token) if !valid_store_token(token) => Err(Invalid {
                path: "store_token".into(),
                message: t!(
                    "dom-invalid-store-token",
                    token = format!("{:?}", crate::domain::text::line(token)),
                    max = MAX_STORE_TOKEN
                ),
            }),
            _ => Ok(()),
        }
    }

    /// A mentee and everything recorded about them. The limits on numbers are checked first,
    /// then the records one kind after the other.
    fn mentee(&mut self, at: At, m: &Mentee) -> Result<(), Invalid> {
        self.agreement(&|| format!("{}.agreement", at()), &m.agreement)?;
        for (si, s) in m.sessions.iter().enumerate() {
            session_limits(&|| format!("{}.sessions[{si}]", at()), s)?;
        }
        for (ri, r) in m.series.iter().enumerate() {
            series_limits(&|| format!("{}.series[{ri}]", at()), r)?;
        }
        skill_levels(&|| format!("{}.skills", at()), &m.skills)?;
        self.id(at, m.id.as_str(), m.id.number(), "mentee")?;
        not_blank(&|| format!("{}.name", at()), &m.name, "name")?;
        for (gi, g) in m.goals.iter().enumerate() {
            self.goal(&|| format!("{}.goals[{gi}]", at()), g)?;
        }
        // The mentee's goals, looked up by every reference to one (a set: a list searched
        // per reference was most of the validation's time on a large store).
        let goals: Goals = m.goals.iter().map(|g| g.id.as_str()).collect();
        for (si, s) in m.sessions.iter().enumerate() {
            self.session(&|| format!("{}.sessions[{si}]", at()), s, m, &goals)?;
        }
        for (fi, f) in m.feedback.iter().enumerate() {
            self.feedback(&|| format!("{}.feedback[{fi}]", at()), f, &goals)?;
        }
        for (ci, c) in m.connections.iter().enumerate() {
            self.connection(&|| format!("{}.connections[{ci}]", at()), c)?;
        }
        for (ri, r) in m.series.iter().enumerate() {
            self.series(&|| format!("{}.series[{ri}]", at()), r)?;
        }
        for (si, st) in m.path.stages.iter().enumerate() {
            self.stage(&|| format!("{}.path.stages[{si}]", at()), st, &goals)?;
        }
        Ok(())
    }

    /// A stage's ID and title, the goals it names (of the same mentee) and its skills.
    fn stage(&mut self, at: At, st: &Stage, goals: &Goals) -> Result<(), Invalid> {
        self.id(at, st.id.as_str(), st.id.number(), "stage")?;
        not_blank(&|| format!("{}.title", at()), &st.title, "title")?;
        if let Some((i, g)) = st
            .goals
            .iter()
            .enumerate()
            .find(|(_, g)| !has_goal(goals, g))
        {
            return Err(Invalid {
                path: format!("{}.goals[{i}]", at()),
                message: t!("dom-invalid-not-a-goal", goal = g.to_string()),
            });
        }
        for (ki, k) in st.skills.iter().enumerate() {
            not_blank(&|| format!("{}.skills[{ki}]", at()), k, "skill")?;
        }
        Ok(())
    }

    fn agreement(&mut self, at: At, agreement: &Agreement) -> Result<(), Invalid> {
        if let Some(c) = agreement.cadence {
            within(
                &|| format!("{}.cadence.every", at()),
                rules::cadence(c).map(drop),
            )?;
        }
        if let Some(n) = agreement.session_minutes {
            within(
                &|| format!("{}.session_minutes", at()),
                rules::minutes(n).map(drop),
            )?;
        }
        Ok(())
    }

    fn goal(&mut self, at: At, g: &Goal) -> Result<(), Invalid> {
        self.id(at, g.id.as_str(), g.id.number(), "goal")?;
        not_blank(&|| format!("{}.title", at()), &g.title, "title")?;
        for (ki, k) in g.milestones.iter().enumerate() {
            self.milestone(&|| format!("{}.milestones[{ki}]", at()), k)?;
        }
        Ok(())
    }

    fn milestone(&mut self, at: At, k: &Milestone) -> Result<(), Invalid> {
        self.id(at, k.id.as_str(), k.id.number(), "milestone")?;
        not_blank(&|| format!("{}.title", at()), &k.title, "title")
    }

    /// A session's ID, the goals and series it names (of the same mentee) and its actions.
    fn session(&mut self, at: At, s: &Session, m: &Mentee, goals: &Goals) -> Result<(), Invalid> {
        self.id(at, s.id.as_str(), s.id.number(), "session")?;
        if let Some((i, g)) = s
            .goals
            .iter()
            .enumerate()
            .find(|(_, g)| !has_goal(goals, g))
        {
            return Err(Invalid {
                path: format!("{}.goals[{i}]", at()),
                message: t!("dom-invalid-not-a-goal", goal = g.to_string()),
            });
        }
        if let Some(slot) = &s.series
            && !has_series(m, &slot.id)
        {
            return Err(Invalid {
                path: format!("{}.series.id", at()),
                message: t!("dom-invalid-not-a-series", series = slot.id.to_string()),
            });
        }
        for (ai, a) in s.actions.iter().enumerate() {
            self.action(&|| format!("{}.actions[{ai}]", at()), a)?;
        }
        Ok(())
    }

    fn action(&mut self, at: At, a: &ActionItem) -> Result<(), Invalid> {
        self.id(at, a.id.as_str(), a.id.number(), "action")?;
        not_blank(&|| format!("{}.text", at()), &a.text, "text")
    }

    fn series(&mut self, at: At, r: &Series) -> Result<(), Invalid> {
        self.id(at, r.id.as_str(), r.id.number(), "series")
    }

    fn feedback(&mut self, at: At, f: &Feedback, goals: &Goals) -> Result<(), Invalid> {
        self.id(at, f.id.as_str(), f.id.number(), "feedback")?;
        match &f.goal {
            Some(g) if !has_goal(goals, g) => Err(Invalid {
                path: format!("{}.goal", at()),
                message: t!("dom-invalid-not-a-goal", goal = g.to_string()),
            }),
            _ => Ok(()),
        }
    }

    fn connection(&mut self, at: At, c: &Connection) -> Result<(), Invalid> {
        self.id(at, c.id.as_str(), c.id.number(), "connection")?;
        not_blank(&|| format!("{}.title", at()), &c.title, "title")
    }

    /// The counter is past every number in use, so the next record cannot reuse one.
    fn counter(&self, next_id: u64) -> Result<(), Invalid> {
        if next_id > self.max_number {
            return Ok(());
        }
        Err(Invalid {
            path: "next_id".into(),
            message: t!(
                "dom-invalid-counter",
                next_id = next_id.to_string(),
                max = self.max_number.to_string(),
                next = (self.max_number + 1).to_string()
            ),
        })
    }
}

/// A session's length within the limits.
fn session_limits(at: At, s: &Session) -> Result<(), Invalid> {
    if let Some(n) = s.minutes {
        within(&|| format!("{}.minutes", at()), rules::minutes(n).map(drop))?;
    }
    session_levels(at, s)
}

/// A session's mood and energies on the 1 to 5 scale.
fn session_levels(at: At, s: &Session) -> Result<(), Invalid> {
    for (name, value) in [
        ("mood", s.mood),
        ("energy", s.energy),
        ("mentor_energy", s.mentor_energy),
    ] {
        if let Some(n) = value {
            within(&|| format!("{}.{name}", at()), rules::level(n).map(drop))?;
        }
    }
    Ok(())
}

/// A mentee's skill levels: a named skill, once each, levels on the scale.
fn skill_levels(at: At, levels: &[SkillLevel]) -> Result<(), Invalid> {
    let mut seen = HashSet::new();
    for (i, l) in levels.iter().enumerate() {
        let here = || format!("{}[{i}]", at());
        not_blank(&|| format!("{}.skill", here()), &l.skill, "skill")?;
        if !seen.insert(skill_key(&l.skill)) {
            return Err(Invalid {
                path: format!("{}.skill", here()),
                message: t!(
                    "dom-invalid-skill-two-levels",
                    skill = format!("{:?}", crate::domain::text::line(&l.skill))
                ),
            });
        }
        for (name, value) in [("current", l.current), ("target", l.target)] {
            if let Some(n) = value {
                within(&|| format!("{}.{name}", here()), rules::level(n).map(drop))?;
            }
        }
    }
    Ok(())
}

/// The declared vocabulary: named skills, each once.
fn declared_skills(skills: &[Skill]) -> Result<(), Invalid> {
    let mut seen = HashSet::new();
    for (i, s) in skills.iter().enumerate() {
        not_blank(&|| format!("skills[{i}].name"), &s.name, "name")?;
        if !seen.insert(skill_key(&s.name)) {
            return Err(Invalid {
                path: format!("skills[{i}].name"),
                message: t!(
                    "dom-invalid-skill-twice",
                    skill = format!("{:?}", crate::domain::text::line(&s.name))
                ),
            });
        }
    }
    Ok(())
}

/// A series' rhythm and length within the limits.
fn series_limits(at: At, r: &Series) -> Result<(), Invalid> {
    within(
        &|| format!("{}.every.every", at()),
        rules::cadence(r.every).map(drop),
    )?;
    match r.minutes {
        Some(n) => within(&|| format!("{}.minutes", at()), rules::minutes(n).map(drop)),
        None => Ok(()),
    }
}

/// The IDs of one mentee's goals.
type Goals<'a> = HashSet<&'a str>;

fn has_goal(goals: &Goals, g: &GoalId) -> bool {
    goals.contains(g.as_str())
}

fn has_series(m: &Mentee, r: &SeriesId) -> bool {
    m.series.iter().any(|x| &x.id == r)
}

fn not_blank(at: At, text: &str, what: &str) -> Result<(), Invalid> {
    if text.trim().is_empty() {
        Err(Invalid {
            path: at(),
            message: t!(
                "dom-invalid-empty",
                what = crate::domain::shown::field(what)
            ),
        })
    } else {
        Ok(())
    }
}

/// A number within the limits the command line and the forms apply.
fn within(at: At, checked: Result<(), rules::OutOfRange>) -> Result<(), Invalid> {
    checked.map_err(|e| Invalid {
        path: at(),
        message: e.0,
    })
}

//! Operations: every change a person can make to a workspace, as one value each.
//!
//! An [`Op`] names a change ("mark milestone ms8 done", "plan a series with m3"); [`Op::apply`]
//! makes it on a workspace with the moment it is made ([`Ctx`]: today, now and the mentor's zone,
//! passed in — nothing here reads the clock) and reports what it changed ([`Applied`]). Each
//! rule (unique names, the limits of [`super::rules`], when a goal counts as achieved, the
//! defaults of a series, the capacity warning) is written once, in the file of the record it is
//! about: `ops/goal.rs` for goals and milestones, `ops/session.rs` for sessions and action items,
//! `ops/series.rs` for planned series, `ops/feedback.rs` for feedback and connections,
//! `ops/mentee.rs` for mentees and the profile, `ops/path.rs` for career paths and the skill
//! vocabulary, `ops/template.rs` for applying a template, `ops/record.rs` for what every kind
//! shares (remove, the long text).
//!
//! The command line and the app both build an `Op` and apply it; the app records the mentee
//! [`Applied::changed`] names before and after for undo. An operation is all or nothing: when it
//! fails the workspace is as it was.

mod conflict;
mod error;
mod feedback;
mod goal;
mod mentee;
mod path;
mod question;
mod record;
mod reply;
mod series;
mod session;
mod template;

pub use error::{Field, OpError};
use feedback::add_connection;
pub use mentee::{capacity_warnings, check_name};
pub use path::skill_uses;
pub use record::long_text;
pub use reply::{ReplyOp, addressee};
pub use series::{DEFAULT_COUNT, SeriesPlan};

use super::ids::{
    GoalId, IdsExhausted, MenteeId, MilestoneId, RecordRef, SeriesId, SessionId, StageId,
};
use super::rules::OutOfRange;
use super::schedule::{ScheduleError, Zone};
use super::workspace::LookupError;
use super::{
    ActionItem, Connection, Feedback, Goal, Mentee, MentorProfile, Milestone, Session,
    SessionStatus, Stage, StageStatus, Workspace,
};
use chrono::{DateTime, FixedOffset, NaiveDate};

/// The moment an operation is made: what "today" and "now" are, and the mentor's time zone.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ctx {
    pub today: NaiveDate,
    pub now: DateTime<FixedOffset>,
    pub zone: Zone,
}

/// One change to a workspace.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// Adds a mentee (its ID is handed out here); refused when the name is taken.
    AddMentee(Box<Mentee>),
    /// Replaces the mentee with the same ID by this one. Setting the status to concluded
    /// concludes the mentee ([`Mentee::conclude`]); with sessions still planned `cancel_planned`
    /// must say what becomes of them.
    EditMentee {
        mentee: Box<Mentee>,
        cancel_planned: Option<bool>,
    },
    /// Writes the mentor's closing note of a concluded mentee (its `note` for the mentee, its
    /// `private_note` the mentor's own), dated today; both blank takes the note away. Refused
    /// while the mentee is not concluded.
    SetClosing {
        mentee: MenteeId,
        text: super::closing::ClosingText,
    },
    /// Sets the mentor's profile.
    SetProfile(MentorProfile),
    /// Adds a goal to a mentee (the goal's and its milestones' IDs are handed out here).
    AddGoal {
        mentee: MenteeId,
        goal: Box<Goal>,
    },
    /// Replaces the goal with the same ID (its `achieved_on` follows the achieve rule).
    EditGoal(Box<Goal>),
    /// Marks a goal achieved: see [`goal::achieve`] for the rule on `achieved_on`.
    AchieveGoal(GoalId),
    /// Makes an achieved goal active again.
    ReopenGoal(GoalId),
    /// Records the current value of a goal's metric.
    GoalProgress {
        goal: GoalId,
        value: f64,
    },
    AddMilestone {
        goal: GoalId,
        milestone: Milestone,
    },
    EditMilestone(Milestone),
    /// Adds a session (its and its action items' IDs are handed out here).
    AddSession {
        mentee: MenteeId,
        session: Box<Session>,
    },
    EditSession(Box<Session>),
    MoveSession {
        session: SessionId,
        at: DateTime<FixedOffset>,
    },
    /// Sets a session's status (held, cancelled, planned), adding to its notes. Marking held a
    /// session whose day is still to come needs `future_ok`.
    SetSessionStatus {
        session: SessionId,
        status: SessionStatus,
        future_ok: bool,
        notes: Option<String>,
        private_notes: Option<String>,
        /// Mood and energies to record with it (`None` keeps what the session has).
        levels: super::mood::Levels,
    },
    AddAction {
        session: SessionId,
        action: ActionItem,
    },
    EditAction(ActionItem),
    AddFeedback {
        mentee: MenteeId,
        feedback: Feedback,
    },
    EditFeedback(Feedback),
    AddConnection {
        mentee: MenteeId,
        connection: Connection,
    },
    EditConnection(Connection),
    /// Marks a milestone, an action item or a connection done (`done`) or open again.
    SetDone {
        target: RecordRef,
        done: bool,
    },
    /// Plans a series of sessions with a mentee.
    PlanSeries {
        mentee: MenteeId,
        plan: SeriesPlan,
    },
    /// Cancels the sessions of a series still planned on or after `from`; held and cancelled
    /// ones stay as they are ([`Applied::count`] says how many were cancelled).
    CancelSeries {
        series: SeriesId,
        from: NaiveDate,
    },
    /// Removes a record and what hangs on it (a goal's milestones; a session's action items;
    /// references to a removed goal are dropped).
    Remove(RecordRef),
    /// Replaces the main long text of a record (what the app opens in the editor; a stage's is
    /// its description).
    SetText {
        target: RecordRef,
        text: String,
    },
    /// Adds a stage to a mentee's career path at `position` (an index; the end when `None`). Its
    /// ID is handed out here; its goals must be the mentee's own, its skills named.
    AddStage {
        mentee: MenteeId,
        stage: Box<Stage>,
        position: Option<usize>,
    },
    /// Replaces the stage with the same ID (it keeps its place in the path).
    EditStage(Box<Stage>),
    SetStageStatus {
        stage: StageId,
        status: StageStatus,
    },
    /// Moves a stage to index `to` of its path.
    MoveStage {
        stage: StageId,
        to: usize,
    },
    /// Names a mentee's career path (blank clears the name).
    SetPathTitle {
        mentee: MenteeId,
        title: String,
    },
    /// Sets a mentee's current and target level (1 to 5) in a skill; with neither the skill
    /// leaves the mentee's levels.
    SetSkillLevel {
        mentee: MenteeId,
        skill: String,
        current: Option<u8>,
        target: Option<u8>,
    },
    /// Declares a skill in the workspace's vocabulary; refused when declared already.
    DeclareSkill {
        name: String,
        description: String,
    },
    /// Renames a skill everywhere it is named (see [`path::rename_skill`] for merging).
    RenameSkill {
        from: String,
        to: String,
    },
    /// Removes a declared skill; refused while a goal, a stage or a level names it.
    RemoveSkill {
        name: String,
    },
    /// Adds to a mentee what a template has and the mentee lacks (see
    /// [`super::template::plan`]), in one operation; [`Applied::count`] says how many things.
    ApplyTemplate {
        mentee: MenteeId,
        template: Box<super::template::Template>,
        start: NaiveDate,
    },
    /// Settles a conflict a merge recorded: `take_other` puts the value set aside in place of
    /// the kept one (see [`conflict::resolve`]); either way the conflict leaves the list.
    ResolveConflict {
        id: String,
        take_other: bool,
    },
    /// Records a question of the bank (its key) as asked of a mentee today; with `agenda`, its
    /// words go onto that session's agenda in the same step (see [`question::ask`]).
    AskQuestion {
        mentee: MenteeId,
        question: String,
        agenda: Option<(SessionId, String)>,
    },
    /// Marks the workspace as kept on several machines (`mentor sync init`): from then on new
    /// IDs carry the replica tag. Marking a replicated workspace again changes nothing.
    Replicate,
    /// Sharing a mentee's plan, and receiving and deciding on their reply (see [`ReplyOp`]).
    Reply(ReplyOp),
}

/// Which part of the workspace an operation changed: enough for the app's undo history, which
/// keeps the mentee at that position before and after.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changed {
    /// The mentee at this index changed.
    Mentee(usize),
    /// A mentee was added at this index.
    Added(usize),
    /// The mentee at this index was removed.
    Removed(usize),
    /// The mentor's profile changed.
    Profile,
    /// The workspace's declared skills changed, and the mentees in [`Applied::mentees`].
    Skills,
    /// The workspace's conflicts or its sync setting ([`Op::Replicate`]) changed, and the
    /// mentees in [`Applied::mentees`] (none or one), and perhaps the mentor's profile or
    /// declared skills.
    Conflicts,
}

/// Something worth saying about a change that was made.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Warning {
    /// The active mentees' cadences now ask more hours a month than the mentor's capacity.
    OverCapacity { hours: f64, capacity: f64 },
}

/// What an operation did.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub changed: Changed,
    /// The record an add created (for a series: the series).
    pub created: Option<RecordRef>,
    /// How many sessions a series planned, or concluding a mentee or cancelling a series
    /// cancelled.
    pub count: usize,
    pub warnings: Vec<Warning>,
    /// For [`Changed::Skills`]: the index of every mentee the operation changed (a skill
    /// renamed in several mentees); empty otherwise.
    pub mentees: Vec<usize>,
}

impl Applied {
    fn mentee(index: usize) -> Applied {
        Applied {
            changed: Changed::Mentee(index),
            created: None,
            count: 0,
            warnings: Vec::new(),
            mentees: Vec::new(),
        }
    }

    fn created(mut self, record: RecordRef) -> Applied {
        self.created = Some(record);
        self
    }
}

impl Op {
    /// The one mentee this operation reads and changes, when it reads and changes nothing else
    /// but the ID counter: applied to a workspace that holds that mentee alone (and the header),
    /// it does to it exactly what it does in the whole workspace. `None` for every operation
    /// that looks further (a name unique among all mentees, the capacity of all, the skills in
    /// use, a record found by its ID in any mentee).
    pub fn one_mentee(&self) -> Option<&MenteeId> {
        match self {
            Op::AddFeedback { mentee, .. }
            | Op::AddConnection { mentee, .. }
            | Op::AddSession { mentee, .. } => Some(mentee),
            _ => None,
        }
    }

    /// Makes the change on `ws`; on `Err` `ws` is unchanged.
    pub fn apply(self, ws: &mut Workspace, ctx: &Ctx) -> Result<Applied, OpError> {
        let mut draft = ws.clone();
        let applied = self.run(&mut draft, ctx)?;
        *ws = draft;
        Ok(applied)
    }

    fn run(self, ws: &mut Workspace, ctx: &Ctx) -> Result<Applied, OpError> {
        match self {
            Op::AddMentee(m) => mentee::add(ws, *m),
            Op::EditMentee {
                mentee: m,
                cancel_planned,
            } => mentee::edit(ws, ctx, *m, cancel_planned),
            Op::SetClosing { mentee: id, text } => mentee::set_closing(ws, ctx, &id, text),
            Op::SetProfile(p) => mentee::set_profile(ws, p),
            Op::AddGoal { mentee, goal: g } => goal::add(ws, ctx, &mentee, *g),
            Op::EditGoal(g) => goal::edit(ws, ctx, *g),
            Op::AchieveGoal(id) => goal::achieve(ws, ctx, &id),
            Op::ReopenGoal(id) => goal::reopen(ws, &id),
            Op::GoalProgress { goal: id, value } => goal::progress(ws, &id, value),
            Op::AddMilestone {
                goal: id,
                milestone,
            } => goal::add_milestone(ws, &id, milestone),
            Op::EditMilestone(k) => goal::edit_milestone(ws, k),
            Op::AddSession { mentee, session: s } => session::add(ws, &mentee, *s),
            Op::EditSession(s) => session::edit(ws, *s),
            Op::MoveSession { session: id, at } => session::move_to(ws, &id, at),
            Op::SetSessionStatus {
                session: id,
                status,
                future_ok,
                notes,
                private_notes,
                levels,
            } => session::set_status(
                ws,
                ctx,
                (&id, status, future_ok),
                (notes, private_notes),
                levels,
            ),
            Op::AddAction { session, action } => session::add_action(ws, &session, action),
            Op::EditAction(a) => session::edit_action(ws, a),
            Op::AddFeedback {
                mentee,
                feedback: f,
            } => feedback::add(ws, &mentee, f),
            Op::EditFeedback(f) => feedback::edit(ws, f),
            Op::AddConnection { mentee, connection } => add_connection(ws, &mentee, connection),
            Op::EditConnection(c) => feedback::edit_connection(ws, c),
            Op::SetDone { target, done } => record::set_done(ws, ctx, &target, done),
            Op::PlanSeries { mentee, plan } => series::plan(ws, ctx, &mentee, plan),
            Op::CancelSeries { series: id, from } => series::cancel(ws, &id, from),
            Op::Remove(target) => record::remove(ws, &target),
            Op::SetText { target, text } => record::set_text(ws, &target, text),
            Op::AddStage {
                mentee,
                stage,
                position,
            } => path::add_stage(ws, &mentee, *stage, position),
            Op::EditStage(st) => path::edit_stage(ws, *st),
            Op::SetStageStatus { stage, status } => path::set_stage_status(ws, &stage, status),
            Op::MoveStage { stage, to } => path::move_stage(ws, &stage, to),
            Op::SetPathTitle { mentee, title } => path::set_path_title(ws, &mentee, title),
            Op::SetSkillLevel {
                mentee,
                skill,
                current,
                target,
            } => path::set_skill_level(ws, &mentee, &skill, current, target),
            Op::DeclareSkill { name, description } => path::declare_skill(ws, &name, description),
            Op::RenameSkill { from, to } => path::rename_skill(ws, &from, &to),
            Op::RemoveSkill { name } => path::remove_skill(ws, &name),
            Op::ApplyTemplate {
                mentee,
                template: t,
                start,
            } => template::apply(ws, &mentee, &t, start),
            Op::ResolveConflict { id, take_other } => conflict::resolve(ws, &id, take_other),
            Op::Replicate => Ok(conflict::replicate(ws)),
            Op::Reply(op) => reply::run(op, ws, ctx),
            ask @ Op::AskQuestion { .. } => question::apply(ws, ctx, ask),
        }
    }
}

/// The index of the mentee with this ID.
fn mentee_index(ws: &Workspace, id: &MenteeId) -> Result<usize, OpError> {
    ws.mentees
        .iter()
        .position(|m| &m.id == id)
        .ok_or_else(|| LookupError::NoMentee(id.to_string()).into())
}

/// The mentee and index of the milestone with this ID.
fn milestone_at(ws: &Workspace, id: &MilestoneId) -> Result<(usize, usize, usize), OpError> {
    Ok(ws.find_milestone(id.as_str())?)
}

/// Refuses blank text.
fn non_blank(text: &str, field: Field) -> Result<(), OpError> {
    if text.trim().is_empty() {
        Err(OpError::Blank(field))
    } else {
        Ok(())
    }
}

/// A session length within the limits, when there is one.
/// A session's mood and energies on the 1 to 5 scale ([`super::rules::level`]).
fn check_levels(levels: super::mood::Levels) -> Result<(), OpError> {
    for (field, value) in [
        (Field::Mood, levels.mood),
        (Field::Energy, levels.energy),
        (Field::MentorEnergy, levels.mentor_energy),
    ] {
        if let Some(n) = value {
            super::rules::level(n).map_err(|e| OpError::OutOfRange(field, e))?;
        }
    }
    Ok(())
}

/// The levels a session holds.
fn levels_of(s: &Session) -> super::mood::Levels {
    super::mood::Levels {
        mood: s.mood,
        energy: s.energy,
        mentor_energy: s.mentor_energy,
    }
}

fn check_minutes(minutes: Option<u32>) -> Result<(), OpError> {
    match minutes {
        Some(n) => super::rules::minutes(n)
            .map(drop)
            .map_err(|e| OpError::OutOfRange(Field::Minutes, e)),
        None => Ok(()),
    }
}

/// Every goal in `goals` is one of the mentee's.
fn own_goals<'a>(m: &Mentee, goals: impl IntoIterator<Item = &'a GoalId>) -> Result<(), OpError> {
    match goals
        .into_iter()
        .find(|g| !m.goals.iter().any(|x| &x.id == *g))
    {
        Some(g) => Err(OpError::NotAGoal {
            goal: g.clone(),
            mentee: m.name.clone(),
        }),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests;

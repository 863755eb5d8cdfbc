//! Plain data types of a mentoring practice and the pure rules over them.
//!
//! Nothing in this layer touches the file system, the terminal or the clock: every function that
//! needs "today" takes it as an argument.

pub mod brief;
pub mod closing;
pub mod config;
pub mod conflict;
pub mod dates;
pub mod derived;
pub mod feedback;
pub mod fit;
pub mod goal;
pub mod hours;
pub mod ids;
pub mod mentee;
pub mod merge;
pub mod mood;
pub mod ops;
pub mod path;
pub mod projection;
pub mod questions;
pub mod reply;
pub mod rules;
pub mod schedule;
pub mod search;
pub mod session;
pub mod shown;
pub mod smart;
pub mod summary;
pub mod template;
pub mod text;
pub mod workspace;

pub use conflict::{Conflict, ConflictKind};
pub use feedback::{
    Connection, ConnectionKind, ConnectionStatus, Feedback, FeedbackKind, Visibility,
};
pub use goal::{Goal, GoalStatus, Metric, Milestone};
pub use ids::{
    ActionId, ConnectionId, FeedbackId, GoalId, MenteeId, MilestoneId, RecordRef, SeriesId,
    SessionId, StageId,
};
pub use mentee::{Agreement, Cadence, CadenceUnit, Channel, Mentee, MenteeStatus, MentoringKind};
pub use path::{CareerPath, Skill, SkillLevel, Stage, StageStatus};
pub use session::{ActionItem, Owner, Series, SeriesSlot, Session, SessionStatus};
pub use workspace::{MentorProfile, Workspace};

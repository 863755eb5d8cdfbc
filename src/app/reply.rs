//! The mentee's reply mode (`mentor reply BUNDLE`, issue 19): their plan, read-only, with keys
//! that write entries to the reply file beside the bundle. Each key opens a small form about the
//! selected record (the forms of [`super::form`], with their previews); a submitted form becomes
//! a [`What`] that the shell adds to the reply file through [`crate::domain::reply::add`], the
//! one function the command line's `mentor reply BUNDLE reflect ...` calls too.
//!
//! [`ReplyMode`] is what the state knows of the reply: where it goes, the entries it holds, and
//! the answers the latest bundle carries. "Not answered yet" is every entry of the file that the
//! bundle does not answer.

use super::action::Write;
use super::form::{Field, FieldKind as K, Form, FormTarget};
use super::state::{ListId, State};
use super::view;
use crate::domain::goal::fmt_number;
use crate::domain::projection::AnswerView;

mod words;
use crate::domain::reply::{Entry, What};
use crate::domain::{Metric, Owner};
use crate::t;
pub use words::{Look, came_from_mentee, entry_words, marked, pane_lines};

/// What reply mode knows of the reply.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReplyMode {
    /// The reply file, in full (said after each write).
    pub path: String,
    /// The entries the reply file holds, oldest first.
    pub entries: Vec<Entry>,
    /// The mentor's answers the bundle carries.
    pub answers: Vec<AnswerView>,
}

impl ReplyMode {
    pub fn new(
        path: impl Into<String>,
        entries: Vec<Entry>,
        answers: Vec<AnswerView>,
    ) -> ReplyMode {
        ReplyMode {
            path: path.into(),
            entries,
            answers,
        }
    }

    /// The entries the bundle does not answer yet: what the mentor has not seen (or not decided).
    pub fn unanswered(&self) -> Vec<&Entry> {
        crate::domain::reply::unanswered(&self.entries, &self.answers)
    }
}

/// Where `value` stands on the way from the metric's baseline to its target, in words:
/// `2 of 3 reviews (67%)`.
pub fn toward_words(m: &Metric, value: f64) -> String {
    let span = m.target - m.baseline;
    let share = if span.abs() < f64::EPSILON {
        1.0
    } else {
        ((value - m.baseline) / span).clamp(0.0, 1.0)
    };
    t!(
        "rmode-preview-progress",
        value = fmt_number(value),
        target = fmt_number(m.target),
        unit = m.unit.as_str(),
        percent = format!("{:.0}", share * 100.0)
    )
}

/// The form `what` opens on the selected record, or why it cannot open here.
pub fn open(state: &State, what: Write) -> Result<Form, String> {
    let target = |record: Option<String>| FormTarget::Reply { what, record };
    let today = crate::domain::dates::iso(state.today).to_string();
    Ok(match what {
        Write::Reflection => {
            let s = selected_session(state)?;
            let when = crate::i18n::date::long(s.at.date_naive());
            let mut form = Form::new(
                target(Some(s.id.0.clone())),
                t!("rmode-title-reflection", when = when),
                vec![Field::new("Notes", K::Notes, "")],
            );
            // What they wrote before on this session is the start of the new notes.
            if let Some(text) = written_reflection(state, s.id.as_str()) {
                form.fields[0].input = tui_input::Input::new(text);
            }
            form
        }
        Write::Progress => {
            let on_goals = state.tab == super::state::Tab::Goals;
            let g = view::goal(state)
                .filter(|_| on_goals)
                .ok_or_else(|| t!("rmode-need-goal"))?;
            let m = g.metric.as_ref().ok_or_else(|| t!("rmode-no-metric"))?;
            let mut field = Field::new("Current", K::Number { required: true }, "");
            field.toward = Some(m.clone());
            Form::new(
                target(Some(g.id.0.clone())),
                t!(
                    "rmode-title-progress",
                    goal = crate::domain::text::line(&g.title),
                    now = toward_words(m, m.value())
                ),
                vec![field],
            )
        }
        Write::Done => done_form(state, &today)?,
        Write::Topic => Form::new(
            target(None),
            t!("rmode-title-topic"),
            vec![Field::new("Text", K::Required, "")],
        ),
        Write::Checkin => Form::new(
            target(None),
            t!("rmode-title-checkin"),
            vec![
                Field::new("Mood", K::Level, ""),
                Field::new("Energy", K::Level, ""),
                Field::new("Text", K::Notes, ""),
            ],
        ),
        Write::NewAction => Form::new(
            target(None),
            t!("rmode-title-new-action"),
            vec![
                Field::new("Text", K::Required, ""),
                Field::new("Due", K::Date { required: false }, ""),
            ],
        ),
        Write::Closing => {
            let start = view::mentee(state)
                .map(|m| m.closing_reflection.clone())
                .unwrap_or_default();
            Form::new(
                target(None),
                t!("rmode-title-closing"),
                vec![Field::new("Notes", K::Notes, start)],
            )
        }
    })
}

/// The session selected on the Sessions tab (whichever of its panes has the keys).
fn selected_session(state: &State) -> Result<&crate::domain::Session, String> {
    if state.tab != super::state::Tab::Sessions {
        return Err(t!("rmode-need-session"));
    }
    view::session(state).ok_or_else(|| t!("rmode-need-session"))
}

/// The newest reflection written on `session` in the reply, if any.
fn written_reflection(state: &State, session: &str) -> Option<String> {
    let reply = state.reply.as_ref()?;
    reply.entries.iter().rev().find_map(|e| match &e.what {
        What::Reflection { session: s, text } if s == session => Some(text.clone()),
        _ => None,
    })
}

/// `x`: the selected milestone, or the selected action item when it is the mentee's own.
fn done_form(state: &State, today: &str) -> Result<Form, String> {
    let date = || vec![Field::new("Date", K::Date { required: true }, today)];
    match state.focus.0 {
        ListId::Milestones => {
            let goal = view::goal(state).ok_or_else(|| t!("rmode-need-done"))?;
            let i =
                view::current(state, ListId::Milestones).ok_or_else(|| t!("rmode-need-done"))?;
            let k = goal
                .milestones
                .get(i)
                .ok_or_else(|| t!("rmode-need-done"))?;
            if k.is_done() {
                return Err(t!("rmode-done-already"));
            }
            Ok(Form::new(
                FormTarget::Reply {
                    what: Write::Done,
                    record: Some(k.id.0.clone()),
                },
                t!(
                    "rmode-title-milestone-done",
                    title = crate::domain::text::line(&k.title)
                ),
                date(),
            ))
        }
        ListId::Actions => {
            let s = view::session(state).ok_or_else(|| t!("rmode-need-done"))?;
            let i = view::current(state, ListId::Actions).ok_or_else(|| t!("rmode-need-done"))?;
            let a = s.actions.get(i).ok_or_else(|| t!("rmode-need-done"))?;
            if a.owner != Owner::Mentee {
                return Err(t!("rmode-not-yours"));
            }
            if a.done_on.is_some() {
                return Err(t!("rmode-done-already"));
            }
            Ok(Form::new(
                FormTarget::Reply {
                    what: Write::Done,
                    record: Some(a.id.0.clone()),
                },
                t!(
                    "rmode-title-action-done",
                    text = crate::domain::text::line(&a.text)
                ),
                date(),
            ))
        }
        _ => Err(t!("rmode-need-done")),
    }
}

/// What a submitted form says: the entry's [`What`], or the field refused and why. The form's
/// own checks ([`Form::validate`]) have passed.
pub fn what(state: &State, form: &Form) -> Result<What, (&'static str, String)> {
    let FormTarget::Reply { what, record } = &form.target else {
        return Err(("", t!("app-check-gone")));
    };
    let record = record.clone().unwrap_or_default();
    let required = |label: &'static str| (label, t!("app-check-required"));
    Ok(match what {
        Write::Reflection => What::Reflection {
            session: record,
            text: form.text("Notes"),
        },
        Write::Progress => What::Progress {
            goal: record,
            value: form
                .opt_number("Current")
                .ok_or_else(|| required("Current"))?,
        },
        Write::Done => {
            let on = form
                .opt_date("Date", state.today)
                .ok_or_else(|| required("Date"))?;
            let milestone = state
                .ws
                .mentees
                .iter()
                .flat_map(|m| &m.goals)
                .flat_map(|g| &g.milestones)
                .any(|k| k.id.0 == record);
            if milestone {
                What::MilestoneDone {
                    milestone: record,
                    on,
                }
            } else {
                What::ActionDone { action: record, on }
            }
        }
        Write::Topic => What::Topic {
            text: form.text("Text"),
        },
        Write::Checkin => What::Checkin {
            mood: form.opt_level("Mood").ok_or_else(|| required("Mood"))?,
            energy: form.opt_level("Energy").ok_or_else(|| required("Energy"))?,
            text: form.text("Text"),
        },
        Write::NewAction => What::NewAction {
            text: form.text("Text"),
            due: form.opt_date("Due", state.today),
        },
        Write::Closing => What::Closing {
            text: form.text("Notes"),
        },
    })
}

//! Forms: labelled one-line fields with per-field validation and a live preview of dates.

use crate::domain::dates::{iso, parse_date};
use crate::domain::schedule::Zone;
use crate::domain::{
    ActionId, Cadence, ConnectionId, FeedbackId, GoalId, MenteeId, MilestoneId, SessionId, StageId,
};
use crate::t;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use tui_input::Input;

mod labels;
mod pick;
pub use labels::{SHARED_LEGEND, SHARED_MARK, Said, label_text};
pub use pick::{PickOption, Picks};

/// What a field accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// Any text on one line, possibly empty.
    Text,
    /// Longer text that may hold several lines (pasted or from the editor), possibly empty.
    Notes,
    /// Text that must not be blank.
    Required,
    /// A date in any accepted form; empty allowed unless required.
    Date { required: bool },
    /// A date and time (required).
    DateTime,
    /// A whole number of minutes, more than zero; empty allowed.
    Minutes,
    /// A number; empty allowed unless required.
    Number { required: bool },
    /// A cadence (`2w`, `monthly`); empty for none.
    Cadence,
    /// One of a fixed set, chosen with Left/Right.
    Choice(&'static [&'static str]),
    /// Comma-separated words.
    List,
    /// A time of day, `HH:MM`.
    Time,
    /// A whole number from 1 up; empty allowed.
    Count,
    /// A level on the 1 to 5 scale (a mood, an energy: [`crate::domain::rules::level`]); empty
    /// for none.
    Level,
    /// Records of the workspace (a mentee's goals), shown by title: one or several, as the
    /// field's [`Picks`] say.
    Pick,
}

impl FieldKind {
    /// True for fields chosen with ← → rather than typed.
    pub fn is_choice(self) -> bool {
        matches!(self, FieldKind::Choice(_) | FieldKind::Pick)
    }
}

/// Who sees what a field holds, besides the mentor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Sharing {
    /// The mentor only.
    #[default]
    Private,
    /// The mentee too: in their view and in a bundle the mentor shares.
    Shared,
    /// The mentee too when the form's "Visibility" field says `shared` (feedback).
    WhenVisible,
}

/// One field of a form.
#[derive(Debug, Clone)]
pub struct Field {
    pub label: &'static str,
    pub kind: FieldKind,
    /// Whether the mentee sees this field (it goes through the projection).
    pub sharing: Sharing,
    pub input: Input,
    /// Set by the last submit when the value was refused.
    pub error: Option<String>,
    /// The options of a [`FieldKind::Pick`] field (empty for any other).
    pub picks: Picks,
}

/// What a submitted form changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormTarget {
    NewMentee,
    Mentee(MenteeId),
    NewGoal {
        mentee: MenteeId,
    },
    Goal(GoalId),
    NewMilestone {
        goal: GoalId,
    },
    Milestone(MilestoneId),
    NewSession {
        mentee: MenteeId,
    },
    Session(SessionId),
    NewAction {
        session: SessionId,
    },
    Action(ActionId),
    NewFeedback {
        mentee: MenteeId,
    },
    Feedback(FeedbackId),
    NewConnection {
        mentee: MenteeId,
    },
    NewSeries {
        mentee: MenteeId,
    },
    Connection(ConnectionId),
    NewStage {
        mentee: MenteeId,
    },
    Stage(StageId),
    /// A mentee's levels in a skill: a new one (`skill` is `None`) or the one named.
    SkillLevel {
        mentee: MenteeId,
        skill: Option<String>,
    },
    /// A concluded mentee's closing note (issue 20).
    Closing(MenteeId),
}

/// An open form.
#[derive(Debug, Clone)]
pub struct Form {
    pub target: FormTarget,
    pub title: String,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// Something was typed since the form opened.
    pub dirty: bool,
    /// A problem with the form as a whole (the record it edits is gone, say).
    pub error: Option<String>,
    /// For a mentee form that concludes the mentoring: the answer to "cancel their planned
    /// sessions?", once given.
    pub cancel_planned: Option<bool>,
}

/// A date and time typed into a form, read as the command line reads it
/// ([`crate::domain::dates::parse_moment`]) in the mentor's `zone`.
pub fn read_datetime(
    text: &str,
    today: NaiveDate,
    zone: Zone,
) -> Result<DateTime<FixedOffset>, crate::domain::dates::DateError> {
    zone.parse_moment(text, today)
}

/// What a field answers to a level typed into it: 1 to 5 as the domain's rule says, else the
/// reason, short enough to stand under the field.
pub fn read_level(text: &str) -> Result<u8, String> {
    let say = || t!("app-check-level");
    text.trim()
        .parse::<u8>()
        .map_err(|_| say())
        .and_then(|n| crate::domain::rules::level(n).map_err(|_| say()))
}

impl Field {
    pub fn new(label: &'static str, kind: FieldKind, value: impl Into<String>) -> Field {
        let value = value.into();
        let value = match kind {
            FieldKind::Choice(options) if !options.contains(&value.as_str()) => {
                options.first().copied().unwrap_or_default().to_string()
            }
            _ => value,
        };
        Field {
            label,
            kind,
            sharing: Sharing::Private,
            input: Input::new(value),
            error: None,
            picks: Picks::default(),
        }
    }

    /// A field chosen from `picks`, shown by title.
    pub fn pick(label: &'static str, picks: Picks) -> Field {
        Field {
            label,
            kind: FieldKind::Pick,
            sharing: Sharing::Private,
            input: picks.input(),
            error: None,
            picks,
        }
    }

    pub fn value(&self) -> &str {
        self.input.value()
    }

    /// True when the field keeps newlines; every other field holds one line.
    pub fn multiline(&self) -> bool {
        self.kind == FieldKind::Notes
    }

    /// Checks the value; the error says what is wrong in a few words.
    pub fn check(&self, today: NaiveDate, zone: Zone) -> Result<(), String> {
        let v = self.value().trim();
        match self.kind {
            FieldKind::Text
            | FieldKind::Notes
            | FieldKind::Choice(_)
            | FieldKind::List
            | FieldKind::Pick => Ok(()),
            FieldKind::Required if v.is_empty() => Err(t!("app-check-required")),
            FieldKind::Required => Ok(()),
            FieldKind::Date { required } if v.is_empty() => {
                if required {
                    Err(t!("app-check-required"))
                } else {
                    Ok(())
                }
            }
            FieldKind::Date { .. } => parse_date(v, today)
                .map(|_| ())
                .map_err(|e| crate::i18n::date_error_short(&e)),
            FieldKind::DateTime => read_datetime(v, today, zone)
                .map(|_| ())
                .map_err(|e| crate::i18n::date_error_short(&e)),
            FieldKind::Minutes if v.is_empty() => Ok(()),
            FieldKind::Minutes => match v.parse::<u32>().map(crate::domain::rules::minutes) {
                Ok(Ok(_)) => Ok(()),
                _ => Err(t!("app-check-minutes")),
            },
            FieldKind::Number { required } if v.is_empty() => {
                if required {
                    Err(t!("app-check-required"))
                } else {
                    Ok(())
                }
            }
            FieldKind::Number { .. } => match v.parse::<f64>() {
                Ok(n) if n.is_finite() => Ok(()),
                _ => Err(t!("app-check-number")),
            },
            FieldKind::Time => NaiveTime::parse_from_str(v, "%H:%M")
                .map(|_| ())
                .map_err(|_| t!("app-check-time")),
            FieldKind::Count if v.is_empty() => Ok(()),
            FieldKind::Count => match v.parse::<u32>() {
                Ok(n) if n > 0 => Ok(()),
                _ => Err(t!("app-check-count")),
            },
            FieldKind::Level if v.is_empty() => Ok(()),
            FieldKind::Level => read_level(v).map(|_| ()),
            FieldKind::Cadence if v.is_empty() => Ok(()),
            FieldKind::Cadence => Cadence::parse(v)
                .map(|_| ())
                .map_err(|_| t!("app-check-cadence")),
        }
    }

    /// What a date or cadence resolves to, shown as the user types.
    pub fn preview(&self, today: NaiveDate, zone: Zone) -> Option<String> {
        let v = self.value().trim();
        if v.is_empty() {
            return None;
        }
        match self.kind {
            FieldKind::Date { .. } => parse_date(v, today)
                .ok()
                .filter(|d| iso(*d).to_string() != v)
                .map(|d| format!("→ {}", iso(d))),
            FieldKind::DateTime => read_datetime(v, today, zone).ok().map(|d| {
                format!(
                    "→ {}",
                    crate::i18n::date::with_weekday(&d, d.format("%Y-%m-%d %H:%M"))
                )
            }),
            FieldKind::Cadence => Cadence::parse(v).ok().map(|c| format!("→ {c}")),
            FieldKind::Pick => self.picks.note(),
            _ => None,
        }
    }
}

impl Form {
    pub fn new(target: FormTarget, title: impl Into<String>, fields: Vec<Field>) -> Form {
        Form {
            target,
            title: title.into(),
            fields,
            focus: 0,
            dirty: false,
            error: None,
            cancel_planned: None,
        }
    }

    /// Marks every field as seen by the mentee except those labelled in `private`.
    pub fn shared_except(mut self, private: &[&str]) -> Form {
        for f in &mut self.fields {
            if !private.contains(&f.label) {
                f.sharing = Sharing::Shared;
            }
        }
        self
    }

    /// Marks the fields labelled in `labels` with `sharing`.
    pub fn sharing(mut self, labels: &[&str], sharing: Sharing) -> Form {
        for f in &mut self.fields {
            if labels.contains(&f.label) {
                f.sharing = sharing;
            }
        }
        self
    }

    /// True when the mentee sees what `field` holds, as the form stands.
    pub fn is_shared(&self, field: &Field) -> bool {
        match field.sharing {
            Sharing::Private => false,
            Sharing::Shared => true,
            Sharing::WhenVisible => self.text("Visibility") == "shared",
        }
    }

    /// The label as drawn: with [`SHARED_MARK`] when the mentee sees the field.
    pub fn shown_label(&self, field: &Field) -> String {
        if self.is_shared(field) {
            format!("{} {SHARED_MARK}", label_text(field.label))
        } else {
            label_text(field.label)
        }
    }

    /// True when some field is shown as shared (the form then explains the mark).
    pub fn has_shared(&self) -> bool {
        self.fields.iter().any(|f| self.is_shared(f))
    }

    /// The field with this label.
    pub fn field(&self, label: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.label == label)
    }

    /// The trimmed text of the field with this label ("" when absent).
    pub fn text(&self, label: &str) -> String {
        self.field(label)
            .map(|f| f.value().trim().to_string())
            .unwrap_or_default()
    }

    pub fn opt_date(&self, label: &str, today: NaiveDate) -> Option<NaiveDate> {
        let v = self.text(label);
        if v.is_empty() {
            None
        } else {
            parse_date(&v, today).ok()
        }
    }

    /// The level in the field with this label: `None` when empty (or refused, which
    /// [`Form::validate`] has already caught).
    pub fn opt_level(&self, label: &str) -> Option<u8> {
        read_level(&self.text(label)).ok()
    }

    pub fn opt_number(&self, label: &str) -> Option<f64> {
        self.text(label)
            .parse()
            .ok()
            .filter(|n: &f64| n.is_finite())
    }

    /// The IDs chosen in the pick field with this label.
    pub fn picked(&self, label: &str) -> Vec<String> {
        self.field(label).map(|f| f.picks.ids()).unwrap_or_default()
    }

    pub fn list(&self, label: &str) -> Vec<String> {
        self.text(label)
            .split(',')
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// Checks every field, marking the ones refused; true when all pass.
    pub fn validate(&mut self, today: NaiveDate, zone: Zone) -> bool {
        let mut ok = true;
        for field in &mut self.fields {
            field.error = field.check(today, zone).err();
            ok &= field.error.is_none();
        }
        if let Some(first) = self.fields.iter().position(|f| f.error.is_some()) {
            self.focus = first;
        }
        ok
    }

    /// Marks a field as refused for a reason found while applying the form.
    pub fn refuse(&mut self, label: &str, reason: impl Into<String>) {
        if let Some(i) = self.fields.iter().position(|f| f.label == label) {
            self.fields[i].error = Some(reason.into());
            self.focus = i;
        } else {
            self.error = Some(reason.into());
        }
    }

    /// Moves to the next (or previous) choice of a choice field.
    pub fn cycle(&mut self, forward: bool) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        if field.kind == FieldKind::Pick {
            field.picks.step(forward);
            field.input = field.picks.input();
            self.dirty = true;
        }
        if let FieldKind::Choice(options) = field.kind {
            let at = options
                .iter()
                .position(|o| *o == field.value())
                .unwrap_or(0);
            let n = options.len();
            let next = if forward {
                (at + 1) % n
            } else {
                (at + n - 1) % n
            };
            field.input = Input::new(options[next].to_string());
            self.dirty = true;
        }
    }

    /// Space on a choice: a multi-pick picks or drops the option under the cursor; any other
    /// choice moves on.
    pub fn toggle(&mut self) {
        let Some(field) = self.fields.get_mut(self.focus) else {
            return;
        };
        if field.kind == FieldKind::Pick {
            field.picks.toggle();
            field.input = field.picks.input();
            self.dirty = true;
        } else {
            self.cycle(true);
        }
    }
}

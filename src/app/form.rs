//! Forms: labelled one-line fields with per-field validation and a live preview of dates.

use crate::domain::dates::parse_date;
use crate::domain::schedule::Zone;
use chrono::NaiveDate;
use tui_input::Input;

mod check;
mod field;
mod labels;
mod pick;
mod target;
pub use check::{read_datetime, read_level};
pub use field::{Field, FieldKind, Sharing};
pub use labels::{SHARED_LEGEND, SHARED_MARK, Said, label_text};
pub use pick::{PickOption, Picks};
pub use target::FormTarget;

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

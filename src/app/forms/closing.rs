//! The closing note's form (issue 20): the note for the mentee and the mentor's private note,
//! saved through [`Op::SetClosing`] as `mentor closing` saves it.

use super::super::form::{Field, FieldKind as K, Form, FormTarget};
use super::super::state::State;
use super::{Done, Refusal, run};
use crate::domain::closing::ClosingText;
use crate::domain::ops::Op;
use crate::domain::{Mentee, MenteeId};
use crate::t;

/// The form of `m`'s closing note, filled with what is written.
pub fn form(m: &Mentee) -> Form {
    let (note, private) = m
        .closing
        .as_ref()
        .map(|c| (c.note.clone(), c.private_note.clone()))
        .unwrap_or_default();
    let fields = vec![
        Field::new("Note", K::Notes, note),
        Field::new("Private notes", K::Notes, private),
    ];
    let title = t!("close-form-title", name = m.name.as_str());
    Form::new(FormTarget::Closing(m.id.clone()), title, fields).shared_except(&["Private notes"])
}

pub fn apply(state: &mut State, form: &Form, id: &MenteeId) -> Result<Done, Refusal> {
    let m = state.ws.mentees.iter().find(|m| &m.id == id).ok_or(None)?;
    let label = t!("close-did-write", name = m.name.as_str());
    let op = Op::SetClosing {
        mentee: id.clone(),
        text: ClosingText {
            note: form.text("Note"),
            private_note: form.text("Private notes"),
        },
    };
    run(state, op, label, "")
}

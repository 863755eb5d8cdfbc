//! `mentor closing`: the closing note of a concluded mentee, through [`Op::SetClosing`] as the
//! app's closing review writes it. A flag not given keeps what is written.

use super::args::ClosingArgs;
use super::context::{CliError, Context};
use super::output::print;
use crate::domain::closing::ClosingText;
use crate::domain::ops::Op;
use crate::domain::text;
use crate::t;

pub fn run(ctx: &Context, a: ClosingArgs) -> Result<(), CliError> {
    if a.note.is_none() && a.private_note.is_none() {
        return Err(CliError::Input(t!("close-cli-nothing")));
    }
    let (_, ws) = ctx.apply(|ws| {
        let i = ws.resolve_mentee(&a.mentee)?;
        let m = &ws.mentees[i];
        let kept = m
            .closing
            .clone()
            .map_or_else(ClosingText::default, |c| ClosingText {
                note: c.note,
                private_note: c.private_note,
            });
        Ok(Op::SetClosing {
            mentee: m.id.clone(),
            text: ClosingText {
                note: a.note.clone().unwrap_or(kept.note),
                private_note: a.private_note.clone().unwrap_or(kept.private_note),
            },
        })
    })?;
    let i = ws.resolve_mentee(&a.mentee)?;
    let m = &ws.mentees[i];
    let (name, id) = (text::line(&m.name).into_owned(), m.id.to_string());
    let line = if m.closing.is_some() {
        t!("close-cli-written", name = name, id = id)
    } else {
        t!("close-cli-cleared", name = name, id = id)
    };
    print(&format!("{line}\n"))
}

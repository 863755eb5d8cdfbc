//! `mentor questions`: the question bank (built-in and the mentor's own, by phase), and
//! `mentor questions ask`: a question remembered as asked of a mentee and put on the agenda of
//! their next session ([`crate::domain::ops::Op::AskQuestion`]).

use super::args::{QuestionsArgs, QuestionsCmd};
use super::context::{CliError, Context};
use super::output::{print, print_json};
use crate::domain::ops::Op;
use crate::domain::questions::{Phase, Question, Source};
use crate::domain::text::{fit, line, wrap};
use crate::store::questions::{self, Loaded};
use crate::t;
use serde::Serialize;
use std::path::Path;

/// The width the list fits.
const WIDTH: usize = 80;
/// The key's column (the longest built-in key is 21 characters).
const KEY: usize = 21;

pub fn run(ctx: &Context, a: QuestionsArgs) -> Result<(), CliError> {
    let loaded = bank(a.file.as_deref());
    match a.cmd {
        None => list(&loaded, a.phase.as_deref().and_then(Phase::parse), a.json),
        Some(QuestionsCmd::Ask {
            mentee,
            key,
            no_agenda,
        }) => ask(ctx, &loaded, (&mentee, &key), !no_agenda),
    }
}

/// The bank of `file` (else the default file), each line that could not be used said on stderr.
pub fn bank(file: Option<&Path>) -> Loaded {
    let loaded = match file {
        Some(f) => questions::load(Some(f)),
        None => questions::load_default(),
    };
    for e in &loaded.errors {
        eprintln!("mentor: {}", t!("qs-cli-warn", error = e.to_string()));
    }
    loaded
}

/// One question as `--json` writes it.
#[derive(Serialize)]
struct Listed<'a> {
    key: &'a str,
    phase: Phase,
    #[serde(skip_serializing_if = "Option::is_none")]
    focus: Option<crate::domain::questions::Focus>,
    /// `builtin` or `own`.
    source: &'static str,
    text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    line: Option<usize>,
}

fn list(loaded: &Loaded, phase: Option<Phase>, json: bool) -> Result<(), CliError> {
    let qs = loaded.bank.listed(phase);
    if json {
        let rows: Vec<Listed> = qs
            .iter()
            .map(|q| Listed {
                key: &q.key,
                phase: q.phase,
                focus: q.focus,
                source: if q.is_own() { "own" } else { "builtin" },
                text: q.text(),
                line: match q.source {
                    Source::Own { line, .. } => Some(line),
                    Source::Builtin => None,
                },
            })
            .collect();
        return print_json(&rows);
    }
    let own = loaded.bank.questions.iter().filter(|q| q.is_own()).count();
    print(&list_text(&qs, own, loaded.path.as_deref()))
}

/// The questions by phase, in columns of 80: a `*` marks the mentor's own (`own` of them in
/// the whole bank, from `file`).
pub fn list_text(qs: &[&Question], own: usize, file: Option<&Path>) -> String {
    let mut out = String::new();
    let mut at: Option<Phase> = None;
    for q in qs {
        if at != Some(q.phase) {
            if at.is_some() {
                out.push('\n');
            }
            out.push_str(&format!("{} [{}]\n", q.phase.words(), q.phase.name()));
            at = Some(q.phase);
        }
        let mark = if q.is_own() { '*' } else { ' ' };
        let text = line(&q.text()).into_owned();
        for (i, l) in wrap(&text, WIDTH - KEY - 4).iter().enumerate() {
            let key = if i == 0 { q.key.as_str() } else { "" };
            let mark = if i == 0 { mark } else { ' ' };
            out.push_str(&fit(&format!("{mark} {key:<KEY$}  {l}"), WIDTH));
            out.push('\n');
        }
    }
    if qs.is_empty() {
        out.push_str(&t!("qs-cli-none"));
        out.push('\n');
    }
    out.push('\n');
    let file = file.map(|f| line(&f.display().to_string()).into_owned());
    let footer = match file {
        Some(f) if own > 0 => t!("qs-cli-own", count = own, file = f),
        Some(f) => t!("qs-cli-no-own", file = f),
        None => t!("qs-cli-no-file"),
    };
    for l in wrap(&footer, WIDTH) {
        out.push_str(&fit(&l, WIDTH));
        out.push('\n');
    }
    out
}

/// `mentor questions ask MENTEE KEY`.
fn ask(
    ctx: &Context,
    loaded: &Loaded,
    (mentee, key): (&str, &str),
    agenda: bool,
) -> Result<(), CliError> {
    let q = loaded
        .bank
        .get(key)
        .ok_or_else(|| CliError::Input(t!("qs-cli-no-such", key = key.trim())))?;
    let text = q.text();
    let today = ctx.today();
    let mut planned = None;
    let (_, ws) = ctx.apply(|ws| {
        let i = ws.resolve_mentee(mentee)?;
        let m = &ws.mentees[i];
        let next = crate::domain::brief::of_mentee(m, today).next_session;
        planned = next.filter(|_| agenda).map(|s| (s.id, s.at));
        Ok(Op::AskQuestion {
            mentee: m.id.clone(),
            question: q.key.clone(),
            agenda: planned
                .as_ref()
                .map(|(id, _)| (crate::domain::SessionId(id.clone()), text.clone())),
        })
    })?;
    let name = ws
        .resolve_mentee(mentee)
        .map(|i| ws.mentees[i].name.clone())
        .unwrap_or_default();
    let said = match planned {
        Some((id, at)) => t!(
            "qs-cli-asked-agenda",
            key = q.key.as_str(),
            name = line(&name),
            session = id,
            date = crate::i18n::date::with_weekday(&at, at.format("%Y-%m-%d %H:%M"))
        ),
        None if agenda => t!(
            "qs-cli-asked-none-planned",
            key = q.key.as_str(),
            name = line(&name)
        ),
        None => t!("qs-cli-asked", key = q.key.as_str(), name = line(&name)),
    };
    print(&format!("{said}\n  {}\n", line(&text)))
}

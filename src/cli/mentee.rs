//! `mentor mentee ...`.

use super::args::{AgreementArgs, MenteeCmd};
use super::context::{CliError, Context, non_blank, warn, within};
use super::output::{Table, key, opt_date, print, print_json};
use crate::domain::derived::{feedback_balance, next_checkin, open_actions, progress};
use crate::domain::fit::FeedbackPreference;
use crate::domain::ops::{Changed, Op};
use crate::domain::rules;
use crate::domain::{
    Agreement, Cadence, Mentee, MenteeId, MenteeStatus, Owner, RecordRef, dates::iso, smart, text,
};
use crate::t;
use serde_json::{Value, json};

pub fn run(ctx: &Context, cmd: MenteeCmd) -> Result<(), CliError> {
    match cmd {
        MenteeCmd::Add {
            name,
            kind,
            aspirations,
            private_notes,
            started,
            agreement,
        } => {
            let name = non_blank(&name, &t!("cli-what-name"))?;
            let started = ctx.opt_date(started.as_deref())?.unwrap_or(ctx.today());
            let mut m = Mentee::new(MenteeId::from_number(0), &name, started);
            // The config file's defaults first; the flags given replace them.
            m.agreement = ctx.settings.config.new_mentee.agreement();
            m.kind = kind;
            m.aspirations = aspirations.unwrap_or_default();
            m.private_notes = private_notes.unwrap_or_default();
            apply_agreement(ctx, &mut m.agreement, agreement)?;
            let (applied, _) = ctx.apply(|_| Ok(Op::AddMentee(Box::new(m))))?;
            let id = applied.created.map(|r| r.to_string()).unwrap_or_default();
            let name = text::line(&name);
            print(&format!(
                "{}\n",
                t!("cli-mentee-added", name = name, id = id)
            ))?;
            warn(&applied.warnings);
            Ok(())
        }
        MenteeCmd::List { json } => list(ctx, json),
        MenteeCmd::Show { mentee, json } => show(ctx, &mentee, json),
        cmd @ MenteeCmd::Edit { .. } => edit(ctx, cmd),
        MenteeCmd::Remove { mentee, yes } => remove(ctx, &mentee, yes),
    }
}

/// `mentor mentee edit`.
fn edit(ctx: &Context, cmd: MenteeCmd) -> Result<(), CliError> {
    let MenteeCmd::Edit {
        mentee,
        name,
        kind,
        status,
        cancel_planned,
        keep_planned,
        aspirations,
        private_notes,
        started,
        ended,
        no_cadence,
        agreement,
    } = cmd
    else {
        return Ok(());
    };
    let started = ctx.opt_date(started.as_deref())?;
    let ended = ctx.opt_date(ended.as_deref())?;
    let name = name
        .map(|n| non_blank(&n, &t!("cli-what-name")))
        .transpose()?;
    let edit = MenteeEdit {
        name,
        kind,
        status,
        aspirations,
        private_notes,
        started,
        ended,
        no_cadence,
    };
    let cancel = match (cancel_planned, keep_planned) {
        (false, false) => None,
        (cancel, _) => Some(cancel),
    };
    let (applied, ws) = ctx.apply(|ws| {
        let i = ws.resolve_mentee(&mentee)?;
        let mut m = Mentee::clone(&ws.mentees[i]);
        edit.fill(&mut m);
        apply_agreement(ctx, &mut m.agreement, agreement)?;
        Ok(Op::EditMentee {
            mentee: Box::new(m),
            cancel_planned: cancel,
        })
    })?;
    let Changed::Mentee(i) = applied.changed else {
        return Err(CliError::Input(t!("cli-mentee-not-changed")));
    };
    let m = &ws.mentees[i];
    let (name, id) = (text::line(&m.name), m.id.to_string());
    let line = if applied.count > 0 {
        t!(
            "cli-mentee-updated-cancelled",
            name = name,
            id = id,
            count = applied.count
        )
    } else {
        t!("cli-mentee-updated", name = name, id = id)
    };
    print(&format!("{line}\n"))?;
    warn(&applied.warnings);
    Ok(())
}

/// `mentor mentee remove`: says what would go, and removes it only with `yes`.
fn remove(ctx: &Context, mentee: &str, yes: bool) -> Result<(), CliError> {
    let ws = ctx.read()?;
    let i = ws.resolve_mentee(mentee)?;
    let m = &ws.mentees[i];
    let label = t!(
        "cli-mentee-label",
        name = m.name.as_str(),
        id = m.id.to_string(),
        goals = m.goals.len(),
        sessions = m.sessions.len(),
        feedback = m.feedback.len()
    );
    if !yes {
        return Err(CliError::Input(super::remove::confirm(&label)));
    }
    ctx.apply(|ws| {
        let i = ws.resolve_mentee(mentee)?;
        Ok(Op::Remove(RecordRef::Mentee(ws.mentees[i].id.clone())))
    })?;
    print(&format!("{}\n", super::remove::removed(&label)))?;
    Ok(())
}

/// The fields of `mentor mentee edit` that were given (the agreement aside).
struct MenteeEdit {
    name: Option<String>,
    kind: Option<crate::domain::MentoringKind>,
    status: Option<MenteeStatus>,
    aspirations: Option<String>,
    private_notes: Option<String>,
    started: Option<chrono::NaiveDate>,
    ended: Option<chrono::NaiveDate>,
    no_cadence: bool,
}

impl MenteeEdit {
    /// Sets on `m` what was given; concluding is left to the operation.
    fn fill(&self, m: &mut Mentee) {
        if let Some(n) = &self.name {
            m.name = n.clone();
        }
        if let Some(k) = self.kind {
            m.kind = k;
        }
        if let Some(s) = self.status {
            m.status = s;
        }
        if let Some(a) = &self.aspirations {
            m.aspirations = a.clone();
        }
        if let Some(p) = &self.private_notes {
            m.private_notes = p.clone();
        }
        if self.started.is_some() {
            m.started_on = self.started;
        }
        if self.ended.is_some() {
            m.ended_on = self.ended;
        }
        if self.no_cadence {
            m.agreement.cadence = None;
        }
    }
}

/// Sets the agreement fields that were given.
fn apply_agreement(ctx: &Context, a: &mut Agreement, args: AgreementArgs) -> Result<(), CliError> {
    if let Some(every) = args.every {
        a.cadence = Some(Cadence::parse(&every)?);
    }
    if let Some(m) = args.minutes {
        a.session_minutes = Some(within("--minutes", rules::minutes(m))?);
    }
    if !args.channel.is_empty() {
        let mut channels = args.channel;
        channels.dedup();
        a.channels = channels;
    }
    if let Some(t) = args.response_time {
        a.response_time = t;
    }
    if let Some(t) = args.boundaries {
        a.boundaries = t;
    }
    if let Some(t) = args.success_measures {
        a.success_measures = t;
    }
    if let Some(d) = args.ends_on {
        a.ends_on = Some(ctx.date(&d)?);
    }
    if args.no_prefers {
        a.feedback_preferences.clear();
    }
    if !args.prefers.is_empty() {
        // In the order of the set, each once (as the form keeps them).
        a.feedback_preferences = FeedbackPreference::VALUES
            .iter()
            .copied()
            .filter(|p| args.prefers.contains(p))
            .collect();
    }
    if let Some(t) = args.more_of {
        a.feedback_more_of = t;
    }
    Ok(())
}

fn checkin_text(m: &Mentee, today: chrono::NaiveDate) -> String {
    match next_checkin(m, today) {
        None => "-".into(),
        Some(c) if c.days_overdue > 0 => t!(
            "cli-checkin-overdue",
            date = iso(c.due).to_string(),
            days = c.days_overdue
        ),
        Some(c) => iso(c.due).to_string(),
    }
}

fn list(ctx: &Context, json: bool) -> Result<(), CliError> {
    let ws = ctx.read()?;
    let today = ctx.today();
    if json {
        let rows: Vec<Value> = ws
            .mentees
            .iter()
            .map(|m| {
                json!({
                    "id": m.id,
                    "name": m.name,
                    "kind": m.kind,
                    "status": m.status,
                    "started_on": m.started_on,
                    "ended_on": m.ended_on,
                    "cadence": m.agreement.cadence,
                    "next_checkin": next_checkin(m, today),
                    "goals": m.goals.len(),
                    "sessions": m.sessions.len(),
                    "open_actions": open_actions(m, Owner::Mentee).len() + open_actions(m, Owner::Mentor).len(),
                })
            })
            .collect();
        print_json(&rows)?;
        return Ok(());
    }
    let mut table = Table::new(&[
        t!("cli-col-id"),
        t!("cli-col-name"),
        t!("cli-col-kind"),
        t!("cli-col-status"),
        t!("cli-col-goals"),
        t!("cli-col-next-checkin"),
    ]);
    for m in &ws.mentees {
        table.row(vec![
            m.id.to_string(),
            m.name.clone(),
            m.kind.to_string(),
            m.status.to_string(),
            m.goals.len().to_string(),
            checkin_text(m, today),
        ]);
    }
    table.print_or(&t!("cli-mentee-list-empty"))?;
    Ok(())
}

fn show(ctx: &Context, query: &str, json: bool) -> Result<(), CliError> {
    let ws = ctx.read()?;
    let m = &ws.mentees[ws.resolve_mentee(query)?];
    let today = ctx.today();
    let balance = feedback_balance(&m.feedback, 10);
    if json {
        let mut value = serde_json::to_value(m).unwrap_or(Value::Null);
        if let Some(obj) = value.as_object_mut() {
            obj.insert("next_checkin".into(), json!(next_checkin(m, today)));
            obj.insert("feedback_balance".into(), json!(balance));
        }
        print_json(&value)?;
        return Ok(());
    }
    let mut out = format!("{} ({})  {} · {}\n", m.name, m.id, m.kind, m.status);
    out.push_str(&t!(
        "cli-mentee-started-ended",
        started = opt_date(m.started_on),
        ended = opt_date(m.ended_on)
    ));
    out.push('\n');
    field(&mut out, &t!("cli-mentee-aspirations"), &m.aspirations);
    field(&mut out, &t!("cli-mentee-private-notes"), &m.private_notes);
    agreement_lines(&mut out, m, today);
    goal_lines(&mut out, m, today);
    action_lines(&mut out, m);
    out.push('\n');
    out.push_str(&t!(
        "cli-mentee-feedback",
        strengths = balance.strengths,
        improvements = balance.improvements,
        observations = balance.observations,
        verdict = balance.verdict.words()
    ));
    out.push('\n');
    out.push_str(&t!(
        "cli-mentee-counts",
        sessions = m.sessions.len(),
        connections = m.connections.len()
    ));
    out.push('\n');
    print(&text::block(&out))?;
    Ok(())
}

/// A labelled line of `mentee show`, left out when the value is blank.
fn field(out: &mut String, label: &str, value: &str) {
    if !value.trim().is_empty() {
        // At least one space after the label, however long it is.
        out.push_str(&format!("{label:<18} {value}\n"));
    }
}

/// The agreement section of `mentee show`.
fn agreement_lines(out: &mut String, m: &Mentee, today: chrono::NaiveDate) {
    let a = &m.agreement;
    out.push_str(&format!("\n{}\n", t!("cli-agreement")));
    let label = |id: String| format!("  {id}");
    let cadence = a
        .cadence
        .map_or_else(|| t!("cli-agreement-no-cadence"), |c| c.to_string());
    field(out, &label(t!("cli-agreement-cadence")), &cadence);
    let minutes = a
        .session_minutes
        .map(|n| t!("cli-minutes", count = n))
        .unwrap_or_default();
    field(out, &label(t!("cli-agreement-length")), &minutes);
    let channels: Vec<String> = a.channels.iter().map(|c| c.to_string()).collect();
    field(
        out,
        &label(t!("cli-agreement-channels")),
        &channels.join(", "),
    );
    field(out, &label(t!("cli-agreement-response")), &a.response_time);
    field(out, &label(t!("cli-agreement-boundaries")), &a.boundaries);
    field(
        out,
        &label(t!("cli-agreement-success")),
        &a.success_measures,
    );
    field(out, &label(t!("cli-agreement-ends")), &opt_date(a.ends_on));
    let prefers: Vec<&str> = a.feedback_preferences.iter().map(|p| p.shown()).collect();
    field(out, &label(t!("fit-ag-prefers")), &prefers.join(", "));
    field(out, &label(t!("fit-ag-more-of")), &a.feedback_more_of);
    field(
        out,
        &label(t!("cli-agreement-next")),
        &checkin_text(m, today),
    );
}

/// The goals of `mentee show`, each with its SMART letters, progress and milestones.
fn goal_lines(out: &mut String, m: &Mentee, today: chrono::NaiveDate) {
    out.push_str(&format!(
        "\n{}\n",
        t!("cli-mentee-goals", count = m.goals.len())
    ));
    for g in &m.goals {
        let r = smart::check(g, today);
        let due = t!("cli-due", date = opt_date(g.due));
        out.push_str(&format!(
            "  {:<6}{}  {}  {due}  {}  {}\n",
            g.id,
            r.strip(),
            super::output::percent(progress(g)),
            g.status,
            g.title
        ));
        for k in &g.milestones {
            let due = t!("cli-due", date = opt_date(k.due));
            out.push_str(&format!(
                "        [{}] {} {}  {due}\n",
                if k.is_done() { 'x' } else { ' ' },
                k.id,
                k.title,
            ));
        }
    }
}

/// The open action items of `mentee show`, the mentee's first.
fn action_lines(out: &mut String, m: &Mentee) {
    for owner in [Owner::Mentee, Owner::Mentor] {
        let items = open_actions(m, owner);
        out.push_str(&format!(
            "\n{}\n",
            t!(
                "cli-mentee-open-actions",
                owner = key(&owner),
                count = items.len()
            )
        ));
        for item in items {
            let due = t!("cli-due", date = opt_date(item.due));
            out.push_str(&format!("  {:<6}{due}  {}\n", item.id, item.text));
        }
    }
}

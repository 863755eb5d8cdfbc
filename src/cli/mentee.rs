//! `mentor mentee ...`.

use super::args::{AgreementArgs, MenteeCmd};
use super::context::{CliError, Context, non_blank, warn, within};
use super::output::{Table, opt_date, print, print_json};
use crate::domain::derived::{feedback_balance, next_checkin, open_actions, progress};
use crate::domain::ops::{Changed, Op};
use crate::domain::rules;
use crate::domain::text::plural;
use crate::domain::{
    Agreement, Cadence, Mentee, MenteeId, MenteeStatus, Owner, RecordRef, dates::iso, smart, text,
};
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
            let name = non_blank(&name, "the name")?;
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
            print(&format!("Added mentee {} ({id}).\n", text::line(&name)))?;
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
    let name = name.map(|n| non_blank(&n, "the name")).transpose()?;
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
        return Err(CliError::Input("the mentee was not changed".into()));
    };
    let m = &ws.mentees[i];
    let mut label = format!("{} ({})", m.name, m.id);
    if applied.count > 0 {
        label.push_str(&format!(
            "; cancelled {}",
            plural(applied.count, "planned session", "planned sessions")
        ));
    }
    print(&format!("Updated {}.\n", text::line(&label)))?;
    warn(&applied.warnings);
    Ok(())
}

/// `mentor mentee remove`: says what would go, and removes it only with `yes`.
fn remove(ctx: &Context, mentee: &str, yes: bool) -> Result<(), CliError> {
    let ws = ctx.read()?;
    let i = ws.resolve_mentee(mentee)?;
    let m = &ws.mentees[i];
    let label = format!(
        "{} ({}) with {}, {} and {}",
        m.name,
        m.id,
        plural(m.goals.len(), "goal", "goals"),
        plural(m.sessions.len(), "session", "sessions"),
        plural(m.feedback.len(), "feedback note", "feedback notes")
    );
    if !yes {
        return Err(CliError::Input(format!(
            "this would remove {label}; add --yes to confirm (a backup of the file is kept either way)"
        )));
    }
    ctx.apply(|ws| {
        let i = ws.resolve_mentee(mentee)?;
        Ok(Op::Remove(RecordRef::Mentee(ws.mentees[i].id.clone())))
    })?;
    print(&format!("Removed {}.\n", text::line(&label)))?;
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
    Ok(())
}

fn checkin_text(m: &Mentee, today: chrono::NaiveDate) -> String {
    match next_checkin(m, today) {
        None => "-".into(),
        Some(c) if c.days_overdue > 0 => format!("{} (overdue {}d)", iso(c.due), c.days_overdue),
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
    let mut table = Table::new(&["ID", "NAME", "KIND", "STATUS", "GOALS", "NEXT CHECK-IN"]);
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
    table.print_or("No mentees yet. Add one: mentor mentee add \"NAME\" --every 2w")?;
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
    out.push_str(&format!(
        "started {}  ended {}\n",
        opt_date(m.started_on),
        opt_date(m.ended_on)
    ));
    field(&mut out, "aspirations", &m.aspirations);
    field(&mut out, "private notes", &m.private_notes);
    agreement_lines(&mut out, m, today);
    goal_lines(&mut out, m, today);
    action_lines(&mut out, m);
    out.push_str(&format!(
        "\nFeedback: {}, {}, {} in the last 10 ({})\n",
        plural(balance.strengths, "strength", "strengths"),
        plural(balance.improvements, "improvement", "improvements"),
        plural(balance.observations, "observation", "observations"),
        balance.verdict.words()
    ));
    out.push_str(&format!(
        "Sessions: {}   Connections: {}\n",
        m.sessions.len(),
        m.connections.len()
    ));
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
    out.push_str("\nAgreement\n");
    let cadence = a.cadence.map_or_else(|| "(none)".into(), |c| c.to_string());
    field(out, "  cadence", &cadence);
    let minutes = a
        .session_minutes
        .map(|n| plural(n as usize, "minute", "minutes"))
        .unwrap_or_default();
    field(out, "  session length", &minutes);
    let channels: Vec<String> = a.channels.iter().map(|c| c.to_string()).collect();
    field(out, "  channels", &channels.join(", "));
    field(out, "  response time", &a.response_time);
    field(out, "  boundaries", &a.boundaries);
    field(out, "  success measures", &a.success_measures);
    field(out, "  ends on", &opt_date(a.ends_on));
    field(out, "  next check-in", &checkin_text(m, today));
}

/// The goals of `mentee show`, each with its SMART letters, progress and milestones.
fn goal_lines(out: &mut String, m: &Mentee, today: chrono::NaiveDate) {
    out.push_str(&format!("\nGoals ({})\n", m.goals.len()));
    for g in &m.goals {
        let r = smart::check(g, today);
        out.push_str(&format!(
            "  {:<6}{}  {}  due {}  {}  {}\n",
            g.id,
            r.strip(),
            super::output::percent(progress(g)),
            opt_date(g.due),
            g.status,
            g.title
        ));
        for k in &g.milestones {
            out.push_str(&format!(
                "        [{}] {} {}  due {}\n",
                if k.is_done() { 'x' } else { ' ' },
                k.id,
                k.title,
                opt_date(k.due)
            ));
        }
    }
}

/// The open action items of `mentee show`, the mentee's first.
fn action_lines(out: &mut String, m: &Mentee) {
    for owner in [Owner::Mentee, Owner::Mentor] {
        let items = open_actions(m, owner);
        out.push_str(&format!(
            "\nOpen actions for the {owner} ({})\n",
            items.len()
        ));
        for item in items {
            out.push_str(&format!(
                "  {:<6}due {}  {}\n",
                item.id,
                opt_date(item.due),
                item.text
            ));
        }
    }
}

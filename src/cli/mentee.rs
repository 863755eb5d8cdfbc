//! `mentor mentee ...`.

use super::args::{AgreementArgs, MenteeCmd};
use super::context::{CliError, Context, non_blank, within};
use super::output::{Table, opt_date, print, print_json};
use crate::domain::derived::{feedback_balance, mentor_load, next_checkin, open_actions, progress};
use crate::domain::rules;
use crate::domain::text::plural;
use crate::domain::{
    Agreement, Cadence, Mentee, MenteeId, MenteeStatus, Owner, Workspace, dates::iso, smart, text,
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
            let (id, warning) = ctx.edit(|ws| {
                if ws.mentees.iter().any(|m| m.name.to_lowercase() == name.to_lowercase()) {
                    return Err(CliError::Input(format!(
                        "a mentee called \"{name}\" already exists; use another name (or `mentor mentee edit`)"
                    )));
                }
                let id = MenteeId::from_number(ws.alloc()?);
                let mut m = Mentee::new(id.clone(), &name, started);
                m.kind = kind;
                m.aspirations = aspirations.unwrap_or_default();
                m.private_notes = private_notes.unwrap_or_default();
                apply_agreement(ctx, &mut m.agreement, agreement)?;
                ws.push_mentee(m);
                Ok((id, capacity_warning(ws)))
            })?;
            print(&format!("Added mentee {} ({id}).\n", text::line(&name)))?;
            if let Some(w) = warning {
                eprintln!("mentor: warning: {w}");
            }
            Ok(())
        }
        MenteeCmd::List { json } => list(ctx, json),
        MenteeCmd::Show { mentee, json } => show(ctx, &mentee, json),
        MenteeCmd::Edit {
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
        } => {
            let started = ctx.opt_date(started.as_deref())?;
            let ended = ctx.opt_date(ended.as_deref())?;
            let name = name.map(|n| non_blank(&n, "the name")).transpose()?;
            let (label, warning) = ctx.edit(|ws| {
                let i = ws.resolve_mentee(&mentee)?;
                if let Some(n) = &name
                    && ws
                        .mentees
                        .iter()
                        .enumerate()
                        .any(|(j, m)| j != i && m.name.to_lowercase() == n.to_lowercase())
                {
                    return Err(CliError::Input(format!(
                        "another mentee is already called \"{n}\""
                    )));
                }
                let today = ctx.today();
                let m = ws.mentee_mut(i);
                if let Some(n) = name {
                    m.name = n;
                }
                if let Some(k) = kind {
                    m.kind = k;
                }
                let mut cancelled = 0;
                match status {
                    Some(MenteeStatus::Concluded) if m.status != MenteeStatus::Concluded => {
                        let planned = m.planned_from(today).len();
                        if planned > 0 && !cancel_planned && !keep_planned {
                            return Err(CliError::Input(format!(
                                "{} has {} still planned; say --cancel-planned or --keep-planned",
                                m.name,
                                plural(planned, "session", "sessions")
                            )));
                        }
                        cancelled = m.conclude(today, cancel_planned);
                    }
                    Some(s) => m.status = s,
                    None => {}
                }
                if let Some(a) = aspirations {
                    m.aspirations = a;
                }
                if let Some(p) = private_notes {
                    m.private_notes = p;
                }
                if started.is_some() {
                    m.started_on = started;
                }
                if ended.is_some() {
                    m.ended_on = ended;
                }
                if no_cadence {
                    m.agreement.cadence = None;
                }
                apply_agreement(ctx, &mut m.agreement, agreement)?;
                let mut label = format!("{} ({})", m.name, m.id);
                if cancelled > 0 {
                    label.push_str(&format!(
                        "; cancelled {}",
                        plural(cancelled, "planned session", "planned sessions")
                    ));
                }
                Ok((label, capacity_warning(ws)))
            })?;
            print(&format!("Updated {}.\n", text::line(&label)))?;
            if let Some(w) = warning {
                eprintln!("mentor: warning: {w}");
            }
            Ok(())
        }
        MenteeCmd::Remove { mentee, yes } => {
            let label = ctx.edit(|ws| {
                let i = ws.resolve_mentee(&mentee)?;
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
                ws.mentees.remove(i);
                Ok(label)
            })?;
            print(&format!("Removed {}.\n", text::line(&label)))?;
            Ok(())
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

/// A warning when the active mentees' cadences ask for more hours than the mentor has.
pub fn capacity_warning(ws: &Workspace) -> Option<String> {
    let load = mentor_load(ws);
    load.over_capacity().then(|| {
        format!(
            "this takes the mentoring load to {:.1} hours a month, over your capacity of {:.1} (see `mentor profile`)",
            load.hours_per_month,
            load.capacity_hours_per_month.unwrap_or_default()
        )
    })
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
    let a = &m.agreement;
    let mut out = format!("{} ({})  {} · {}\n", m.name, m.id, m.kind, m.status);
    out.push_str(&format!(
        "started {}  ended {}\n",
        opt_date(m.started_on),
        opt_date(m.ended_on)
    ));
    let field = |out: &mut String, label: &str, value: &str| {
        if !value.trim().is_empty() {
            // At least one space after the label, however long it is.
            out.push_str(&format!("{label:<18} {value}\n"));
        }
    };
    field(&mut out, "aspirations", &m.aspirations);
    field(&mut out, "private notes", &m.private_notes);
    out.push_str("\nAgreement\n");
    field(
        &mut out,
        "  cadence",
        &a.cadence
            .map(|c| c.to_string())
            .unwrap_or_else(|| "(none)".into()),
    );
    field(
        &mut out,
        "  session length",
        &a.session_minutes
            .map(|n| plural(n as usize, "minute", "minutes"))
            .unwrap_or_default(),
    );
    field(
        &mut out,
        "  channels",
        &a.channels
            .iter()
            .map(|c| c.to_string())
            .collect::<Vec<_>>()
            .join(", "),
    );
    field(&mut out, "  response time", &a.response_time);
    field(&mut out, "  boundaries", &a.boundaries);
    field(&mut out, "  success measures", &a.success_measures);
    field(&mut out, "  ends on", &opt_date(a.ends_on));
    field(&mut out, "  next check-in", &checkin_text(m, today));
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

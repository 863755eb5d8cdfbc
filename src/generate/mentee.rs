//! One generated mentee with everything recorded about them.

use super::rng::Rng;
use super::text::{self, Ctx};
use crate::domain::{
    ActionId, ActionItem, Agreement, Cadence, CadenceUnit, Channel, Connection, ConnectionId,
    ConnectionKind, ConnectionStatus, Feedback, FeedbackId, FeedbackKind, Goal, GoalId, GoalStatus,
    Mentee, MenteeId, MenteeStatus, MentoringKind, Metric, Milestone, MilestoneId, Owner, Session,
    SessionId, SessionStatus, Visibility, Workspace,
};
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeDelta};

/// `offset` days after `date` (before, when negative); stays on `date` at the calendar's edge.
fn shift(date: NaiveDate, offset: i64) -> NaiveDate {
    date.checked_add_signed(TimeDelta::days(offset))
        .unwrap_or(date)
}

/// A day between `from` and `to` (inclusive; `from` when the range is empty).
fn between(rng: &mut Rng, from: NaiveDate, to: NaiveDate) -> NaiveDate {
    shift(from, rng.range(0, (to - from).num_days()))
}

/// Builds one mentee whose records all take their IDs from `ws`'s counter.
pub fn mentee(ws: &mut Workspace, rng: &mut Rng, name: String, today: NaiveDate) -> Mentee {
    let first = name.split(' ').next().unwrap_or("").to_string();
    let ctx = Ctx { name: &first };
    let id = MenteeId::from_number(ws.alloc_fresh());
    let status = rng.weighted(&[
        (MenteeStatus::Active, 75),
        (MenteeStatus::Paused, 10),
        (MenteeStatus::Concluded, 15),
    ]);
    let (every, unit, days) = rng.weighted(&[
        ((1, CadenceUnit::Weeks, 7), 20),
        ((2, CadenceUnit::Weeks, 14), 50),
        ((3, CadenceUnit::Weeks, 21), 10),
        ((1, CadenceUnit::Months, 30), 20),
    ]);
    // The last day anything happened: today for an active mentee, earlier for the others.
    let end = match status {
        MenteeStatus::Active => today,
        MenteeStatus::Paused => shift(today, -rng.range(20, 90)),
        MenteeStatus::Concluded => shift(today, -rng.range(30, 400)),
    };
    let held = rng.range(29, 49);
    let started = shift(end, -(held * days + rng.range(0, 14)));
    let mut m = Mentee::new(id, name.clone(), started);
    describe(&mut m, rng, &ctx, status, end);
    let channels = channels(rng);
    let minutes = rng.pick(&[30, 45, 45, 60, 60, 90]);
    m.agreement = agreement(
        rng,
        &ctx,
        Cadence { every, unit },
        minutes,
        &channels,
        started,
    );
    m.goals = (0..rng.range(14, 26))
        .map(|_| goal(ws, rng, &ctx, started, end, today, status))
        .collect();
    let rhythm = Rhythm {
        started,
        end,
        today,
        days,
        held,
        minutes,
        channels: &channels,
    };
    m.sessions = sessions(ws, rng, &ctx, &m, &rhythm);
    let mut dates: Vec<NaiveDate> = (0..rng.range(80, 120))
        .map(|_| between(rng, started, end))
        .collect();
    dates.sort();
    m.feedback = dates
        .into_iter()
        .map(|date| feedback(ws, rng, &ctx, &m.goals, date))
        .collect();
    m.connections = (0..rng.range(0, 6))
        .map(|_| connection(ws, rng, started, end))
        .collect();
    m
}

/// The mentee's kind, status, aspirations and the mentor's private notes.
fn describe(m: &mut Mentee, rng: &mut Rng, ctx: &Ctx, status: MenteeStatus, end: NaiveDate) {
    m.kind = rng.weighted(&[
        (MentoringKind::Career, 60),
        (MentoringKind::Peer, 25),
        (MentoringKind::Life, 15),
    ]);
    m.status = status;
    if status == MenteeStatus::Concluded {
        m.ended_on = Some(end);
    }
    m.aspirations = text::aspirations(rng, ctx);
    if rng.chance(70) {
        m.private_notes = text::mentor_note(rng, ctx);
    }
}

/// One way to meet, often with a second one for in between.
fn channels(rng: &mut Rng) -> Vec<Channel> {
    let first = rng.pick(&[Channel::Video, Channel::InPerson, Channel::Phone]);
    if rng.chance(60) {
        vec![first, rng.pick(&[Channel::Chat, Channel::Email])]
    } else {
        vec![first]
    }
}

fn agreement(
    rng: &mut Rng,
    ctx: &Ctx,
    cadence: Cadence,
    minutes: u32,
    channels: &[Channel],
    started: NaiveDate,
) -> Agreement {
    Agreement {
        cadence: Some(cadence),
        session_minutes: Some(minutes),
        channels: channels.to_vec(),
        response_time: if rng.chance(80) {
            "Chat replies within two working days; a phone call for anything urgent".into()
        } else {
            String::new()
        },
        boundaries: if rng.chance(60) {
            text::boundaries(rng)
        } else {
            String::new()
        },
        success_measures: if rng.chance(70) {
            text::success(rng, ctx)
        } else {
            String::new()
        },
        ends_on: rng.chance(50).then(|| shift(started, 365)),
        ..Agreement::default()
    }
}

/// When a mentee's sessions fall: from `started` every `days` (give or take) until `end`, and
/// how long they last and where they happen.
struct Rhythm<'a> {
    started: NaiveDate,
    end: NaiveDate,
    today: NaiveDate,
    days: i64,
    held: i64,
    minutes: u32,
    channels: &'a [Channel],
}

/// The `held` sessions so far, and for an active mentee the next one planned.
fn sessions(ws: &mut Workspace, rng: &mut Rng, ctx: &Ctx, m: &Mentee, r: &Rhythm) -> Vec<Session> {
    let offset = FixedOffset::east_opt(3600 * rng.range(0, 2) as i32)
        .unwrap_or(chrono::Offset::fix(&chrono::Utc));
    let mut at = r.started;
    let mut sessions = Vec::new();
    for i in 0..r.held {
        at = shift(at, r.days + rng.range(-3, 3)).min(r.end);
        if i == 0 {
            at = r.started;
        }
        sessions.push(session(
            ws, rng, ctx, m, at, offset, r.minutes, r.channels, r.today,
        ));
    }
    if m.status == MenteeStatus::Active {
        let next = shift(r.today, rng.range(1, r.days));
        sessions.push(session(
            ws, rng, ctx, m, next, offset, r.minutes, r.channels, r.today,
        ));
    }
    sessions
}

fn goal(
    ws: &mut Workspace,
    rng: &mut Rng,
    ctx: &Ctx,
    started: NaiveDate,
    end: NaiveDate,
    today: NaiveDate,
    mentee: MenteeStatus,
) -> Goal {
    let created = between(rng, started, end);
    let mut g = Goal::new(
        GoalId::from_number(ws.alloc_fresh()),
        text::goal_title(rng),
        created,
    );
    g.status = if mentee == MenteeStatus::Concluded {
        rng.weighted(&[(GoalStatus::Achieved, 70), (GoalStatus::Dropped, 30)])
    } else {
        rng.weighted(&[
            (GoalStatus::Draft, 10),
            (GoalStatus::Active, 55),
            (GoalStatus::Achieved, 25),
            (GoalStatus::Dropped, 10),
        ])
    };
    if g.status == GoalStatus::Achieved {
        g.achieved_on = Some(shift(created, rng.range(20, 200)).min(end));
    }
    if rng.chance(75) {
        g.specific = text::specific(rng, ctx);
    }
    if rng.chance(55) {
        let (what, unit) = text::metric(rng);
        let baseline = rng.range(0, 5) as f64;
        let target = baseline + rng.range(1, 10) as f64;
        g.metric = Some(Metric {
            what: what.into(),
            baseline,
            target,
            current: rng
                .chance(60)
                .then(|| baseline + rng.range(0, (target - baseline) as i64) as f64),
            unit: unit.into(),
        });
    } else if rng.chance(50) {
        g.criterion = text::criterion(rng);
    }
    if rng.chance(65) {
        g.achievable = text::achievable(rng);
    }
    if rng.chance(70) {
        g.relevant = text::relevant(rng);
    }
    if rng.chance(85) {
        g.due = Some(shift(created, rng.range(45, 270)));
    }
    g.skills = text::skills(rng);
    let last = g.due.unwrap_or_else(|| shift(created, 180));
    g.milestones = (0..rng.range(0, 8))
        .map(|_| {
            let due = between(rng, created, last);
            let mut k = Milestone::new(
                MilestoneId::from_number(ws.alloc_fresh()),
                text::milestone_title(rng),
                rng.chance(85).then_some(due),
            );
            let finished = g.status == GoalStatus::Achieved || (due < today && rng.chance(75));
            if finished {
                k.done_on = Some(shift(due, -rng.range(-10, 10)).min(today));
            }
            if rng.chance(35) {
                k.note = text::sentence(rng, ctx);
            }
            k
        })
        .collect();
    g.milestones.sort_by_key(|k| k.due);
    g
}

#[allow(clippy::too_many_arguments)]
fn session(
    ws: &mut Workspace,
    rng: &mut Rng,
    ctx: &Ctx,
    m: &Mentee,
    date: NaiveDate,
    offset: FixedOffset,
    minutes: u32,
    channels: &[Channel],
    today: NaiveDate,
) -> Session {
    let status = if date > today {
        SessionStatus::Planned
    } else if rng.chance(8) {
        SessionStatus::Cancelled
    } else {
        SessionStatus::Held
    };
    let time = NaiveTime::from_hms_opt(rng.range(8, 17) as u32, rng.pick(&[0, 30]), 0)
        .unwrap_or(NaiveTime::MIN);
    let local = date.and_time(time);
    let at: DateTime<FixedOffset> = local
        .and_local_timezone(offset)
        .earliest()
        .unwrap_or_else(|| local.and_utc().fixed_offset());
    let mut s = Session::new(SessionId::from_number(ws.alloc_fresh()), at, status);
    s.minutes = Some(if rng.chance(85) {
        minutes
    } else {
        rng.pick(&[30, 45, 60, 75])
    });
    s.channel = rng.chance(90).then(|| rng.pick(channels));
    if rng.chance(85) {
        s.agenda = text::agenda(rng);
    }
    if status == SessionStatus::Held {
        if rng.chance(85) {
            s.shared_notes = text::notes(rng, ctx, 1, 5);
        }
        if rng.chance(45) {
            s.private_notes = text::notes(rng, ctx, 1, 2);
        }
    }
    let known: Vec<&Goal> = m.goals.iter().filter(|g| g.created_on <= date).collect();
    if !known.is_empty() {
        for _ in 0..rng.range(0, 2) {
            let id = known[rng.below(known.len())].id.clone();
            if !s.goals.contains(&id) {
                s.goals.push(id);
            }
        }
    }
    if status == SessionStatus::Held {
        s.actions = (0..rng.range(0, 4))
            .map(|_| {
                let due = rng.chance(80).then(|| shift(date, rng.range(3, 21)));
                let done = match due {
                    Some(d) if d < today && rng.chance(80) => {
                        Some(shift(d, -rng.range(-3, 7)).min(today))
                    }
                    _ => None,
                };
                ActionItem {
                    id: ActionId::from_number(ws.alloc_fresh()),
                    text: text::action(rng),
                    owner: if rng.chance(70) {
                        Owner::Mentee
                    } else {
                        Owner::Mentor
                    },
                    due,
                    done_on: done,
                }
            })
            .collect();
    }
    s
}

fn feedback(
    ws: &mut Workspace,
    rng: &mut Rng,
    ctx: &Ctx,
    goals: &[Goal],
    date: NaiveDate,
) -> Feedback {
    let (kind, n) = rng.weighted(&[
        ((FeedbackKind::Strength, 0), 45),
        ((FeedbackKind::Improvement, 1), 35),
        ((FeedbackKind::Observation, 2), 20),
    ]);
    let goal =
        (!goals.is_empty() && rng.chance(40)).then(|| goals[rng.below(goals.len())].id.clone());
    Feedback {
        id: FeedbackId::from_number(ws.alloc_fresh()),
        date,
        kind,
        text: text::feedback(rng, ctx, n),
        goal,
        visibility: if kind != FeedbackKind::Observation && rng.chance(75) {
            Visibility::Shared
        } else {
            Visibility::Private
        },
    }
}

fn connection(ws: &mut Workspace, rng: &mut Rng, started: NaiveDate, end: NaiveDate) -> Connection {
    let (title, who, note) = text::connection(rng);
    let status = if rng.chance(60) {
        ConnectionStatus::Done
    } else {
        ConnectionStatus::Suggested
    };
    Connection {
        id: ConnectionId::from_number(ws.alloc_fresh()),
        kind: rng.weighted(&[
            (ConnectionKind::Introduction, 50),
            (ConnectionKind::Event, 15),
            (ConnectionKind::Course, 15),
            (ConnectionKind::Resource, 20),
        ]),
        title,
        who,
        note: if rng.chance(60) { note } else { String::new() },
        status,
        date: (status == ConnectionStatus::Done).then(|| between(rng, started, end)),
    }
}

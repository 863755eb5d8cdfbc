//! Generated workspaces of realistic shape at three sizes, for benchmarks, tests and the hidden
//! `mentor dev generate` command.
//!
//! | size | mentees | goals   | milestones | sessions | action items | feedback | file    |
//! |------|---------|---------|------------|----------|--------------|----------|---------|
//! | S    | 10      | ~200    | ~800       | ~400     | ~700         | ~1,000   | ~1.1 MB |
//! | M    | 100     | ~2,000  | ~8,000     | ~4,000   | ~7,400       | ~10,000  | ~11 MB  |
//! | L    | 500     | ~10,000 | ~40,000    | ~20,000  | ~36,000      | ~50,000  | ~57 MB  |
//!
//! Every mentee has about 20 goals with about 4 milestones each, about 40 sessions (about 2
//! action items in each held one), about 100 feedback notes and a few connections; what varies
//! between sizes is the number of mentees. About two mentees in three have a career path (three or
//! four stages of a track fitting their kind of mentoring, with skill levels). Fields are filled the way people fill them: most goals
//! have a description, a due date and a reason, about half a metric; most held sessions have
//! notes; some records are done, some overdue, some private. Dates are counted back from `today`,
//! so the workspace always looks current.
//!
//! Everything is drawn from a small deterministic generator ([`Rng`]) seeded by the caller: the
//! same size, seed and day give an equal workspace. Every ID comes from the workspace's counter,
//! so the result passes [`Workspace::validate`].

mod mentee;
mod path;
mod rng;
mod text;

pub use rng::Rng;

use crate::domain::{MentorProfile, Workspace};
use chrono::NaiveDate;
use std::collections::HashSet;
use std::fmt;
use std::str::FromStr;

/// How big a workspace to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// 10 mentees.
    S,
    /// 100 mentees.
    M,
    /// 500 mentees: about 10,000 goals and 50,000 feedback notes.
    L,
    /// Any number of mentees, each of the same shape.
    Mentees(usize),
}

impl Size {
    /// The three standard sizes, smallest first.
    pub const STANDARD: [Size; 3] = [Size::S, Size::M, Size::L];

    pub fn mentees(self) -> usize {
        match self {
            Size::S => 10,
            Size::M => 100,
            Size::L => 500,
            Size::Mentees(n) => n,
        }
    }
}

impl fmt::Display for Size {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Size::S => f.pad("S"),
            Size::M => f.pad("M"),
            Size::L => f.pad("L"),
            Size::Mentees(n) => f.pad(&n.to_string()),
        }
    }
}

impl FromStr for Size {
    type Err = String;

    /// `s`, `m`, `l` (any case), or a number of mentees.
    fn from_str(text: &str) -> Result<Size, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "s" => Ok(Size::S),
            "m" => Ok(Size::M),
            "l" => Ok(Size::L),
            other => other.parse().map(Size::Mentees).map_err(|_| {
                format!("\"{text}\" is not a size: use s, m, l or a number of mentees")
            }),
        }
    }
}

/// A workspace of `size`, the same for the same `seed` and `today`.
pub fn generate(size: Size, seed: u64, today: NaiveDate) -> Workspace {
    let root = Rng::new(seed);
    let n = size.mentees();
    let mut ws = Workspace {
        mentor: MentorProfile {
            name: "Sam Rivera".into(),
            capacity_hours_per_month: Some((n as f64 * 1.5).max(10.0)),
            default_session_minutes: Some(45),
            fallback: Default::default(),
        },
        next_id: 1,
        mentees: Vec::with_capacity(n),
        store_token: None,
        skills: Vec::new(),
        replicated: false,
        conflicts: Vec::new(),
        replica: Default::default(),
    };
    let mut names = HashSet::with_capacity(n);
    for i in 0..n {
        let mut rng = root.fork(i as u64 + 1);
        let name = unique_name(&mut rng, &mut names, i);
        let mut mentee = mentee::mentee(&mut ws, &mut rng, name, today);
        path::add(&mut ws, &mut rng, &mut mentee, today);
        ws.push_mentee(mentee);
    }
    ws
}

/// A full name not used yet in this workspace.
fn unique_name(rng: &mut Rng, used: &mut HashSet<String>, index: usize) -> String {
    for _ in 0..20 {
        let name = format!(
            "{} {}",
            rng.pick(text::FIRST_NAMES),
            rng.pick(text::LAST_NAMES)
        );
        if used.insert(name.clone()) {
            return name;
        }
    }
    let name = format!(
        "{} {} {}",
        rng.pick(text::FIRST_NAMES),
        rng.pick(text::LAST_NAMES),
        index + 1
    );
    used.insert(name.clone());
    name
}

/// How many records of each kind a workspace holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    pub mentees: usize,
    pub goals: usize,
    pub milestones: usize,
    pub sessions: usize,
    pub actions: usize,
    pub feedback: usize,
    pub connections: usize,
}

impl Counts {
    pub fn of(ws: &Workspace) -> Counts {
        let mut c = Counts {
            mentees: ws.mentees.len(),
            ..Counts::default()
        };
        for m in &ws.mentees {
            c.goals += m.goals.len();
            c.milestones += m.goals.iter().map(|g| g.milestones.len()).sum::<usize>();
            c.sessions += m.sessions.len();
            c.actions += m.sessions.iter().map(|s| s.actions.len()).sum::<usize>();
            c.feedback += m.feedback.len();
            c.connections += m.connections.len();
        }
        c
    }
}

impl fmt::Display for Counts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} mentees, {} goals, {} milestones, {} sessions, {} action items, {} feedback notes, {} connections",
            self.mentees,
            self.goals,
            self.milestones,
            self.sessions,
            self.actions,
            self.feedback,
            self.connections
        )
    }
}

#[cfg(test)]
mod tests;

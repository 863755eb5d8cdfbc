//! A built-in demo practice: the mentor Sam Rivera and seven mentees, with goals, sessions,
//! feedback and connections in every state the tool knows about.
//!
//! Every date is counted from the `today` passed in, so the demo always looks current: sessions
//! held a few weeks ago, one mentee whose check-in is overdue, sessions planned for next week. It
//! is deterministic (no clock, no randomness, no I/O), and every ID comes from the workspace's
//! counter, so the result passes [`Workspace::validate`].
//!
//! | Mentee          | Kind   | Status    | What it shows                                        |
//! |-----------------|--------|-----------|------------------------------------------------------|
//! | Alice Moreau    | career | active    | SMART goals on track, a vague draft, balanced notes   |
//! | Bilal Haddad    | career | active    | overdue check-in, goal, milestones and actions       |
//! | Chen Wei        | peer   | active    | falling metric, dropped goal, only strengths         |
//! | Dana Okafor     | peer   | paused    | open goals left waiting during a leave               |
//! | Emil Sørensen   | life   | active    | overdue milestone and action, goal missing relevance |
//! | Farah Nasser    | life   | active    | new mentoring, goal missing achievability            |
//! | Grace Lindqvist | career | concluded | achieved and dropped goals, closing session          |
//!
//! Alice, Bilal, Emil and Grace have career paths with skill levels (`paths.rs`), and the mentor
//! has declared three skills with descriptions.

mod alice;
mod bilal;
mod builder;
mod chen;
mod dana;
mod emil;
mod farah;
mod grace;
mod paths;
#[cfg(test)]
mod tests;

use crate::domain::{Mentee, MentorProfile, Workspace};
use builder::Demo;
use chrono::NaiveDate;

/// The demo workspace as it looks on `today`.
pub fn demo_workspace(today: NaiveDate) -> Workspace {
    let mut d = Demo::new(today);
    d.ws.mentor = MentorProfile {
        name: "Sam Rivera".into(),
        capacity_hours_per_month: Some(12.0),
        default_session_minutes: Some(45),
        fallback: Default::default(),
    };
    let mentees: [fn(&mut Demo) -> Mentee; 7] = [
        alice::alice,
        bilal::bilal,
        chen::chen,
        dana::dana,
        emil::emil,
        farah::farah,
        grace::grace,
    ];
    for build in mentees {
        let mentee = build(&mut d);
        d.ws.push_mentee(mentee);
    }
    paths::add(&mut d);
    d.finish()
}

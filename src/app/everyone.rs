//! The Agenda and the Calendar as lists to act on: their items as positions in the workspace
//! (from the [`super::memo::Memo`], so nothing is rebuilt per key or per frame), the lines the
//! Agenda is drawn as (sections stay as headings the selection skips), and where an item leads.

use crate::domain::RecordRef;
use crate::domain::Workspace;
use crate::domain::schedule::{
    ActionAt, AgendaAt, DayAt, GoalAt, MilestoneAt, SessionAt, action_at, goal_at, milestone_at,
};

/// Days the Agenda looks ahead.
pub const DAYS: u32 = 14;

/// The Agenda of `state` (from the memo). The warnings about a falling mood are the mentor's:
/// the mentee's own view leaves them out.
pub fn agenda(state: &super::State) -> std::sync::Arc<AgendaAt> {
    let a = state.memo.agenda(&state.ws, state.today, DAYS);
    if state.mentee_view() && !a.mood_falls.is_empty() {
        return std::sync::Arc::new(AgendaAt {
            mood_falls: Vec::new(),
            ..(*a).clone()
        });
    }
    a
}

/// One item of the Agenda or of a calendar day, as a position in the workspace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// A mentee whose mood fell on three held sessions in a row (mentee index): the Agenda's
    /// warning.
    MoodFell(usize),
    /// A mentee's check-in (mentee index).
    CheckIn(usize),
    Session(SessionAt),
    Action(ActionAt),
    Milestone(MilestoneAt),
    Goal(GoalAt),
}

impl Item {
    /// The mentee the item belongs to.
    pub fn mentee(self) -> usize {
        match self {
            Item::MoodFell(m)
            | Item::CheckIn(m)
            | Item::Session((m, _))
            | Item::Action((m, _, _))
            | Item::Milestone((m, _, _))
            | Item::Goal((m, _)) => m,
        }
    }

    /// The record `x` marks done from the Agenda: an action item or a milestone.
    pub fn done_target(self, ws: &Workspace) -> Option<RecordRef> {
        match self {
            Item::Action(at) => action_at(ws, at).map(|(_, x)| RecordRef::Action(x.id.clone())),
            Item::Milestone(at) => {
                milestone_at(ws, at).map(|(_, _, k)| RecordRef::Milestone(k.id.clone()))
            }
            Item::MoodFell(_) | Item::CheckIn(_) | Item::Session(_) | Item::Goal(_) => None,
        }
    }

    /// The record the item is about (a check-in is its mentee's), which stays the same across
    /// a reload that moves the item to another position.
    pub fn record(self, ws: &Workspace) -> Option<RecordRef> {
        Some(match self {
            Item::MoodFell(m) | Item::CheckIn(m) => {
                RecordRef::Mentee(ws.mentees.get(m)?.id.clone())
            }
            Item::Session(at) => {
                RecordRef::Session(crate::domain::schedule::session_at(ws, at)?.1.id.clone())
            }
            Item::Action(at) => RecordRef::Action(action_at(ws, at)?.1.id.clone()),
            Item::Milestone(at) => RecordRef::Milestone(milestone_at(ws, at)?.2.id.clone()),
            Item::Goal(at) => RecordRef::Goal(goal_at(ws, at)?.1.id.clone()),
        })
    }

    /// True when the item still names a record of `ws`.
    pub fn exists(self, ws: &Workspace) -> bool {
        match self {
            Item::MoodFell(m) | Item::CheckIn(m) => m < ws.mentees.len(),
            Item::Session(at) => crate::domain::schedule::session_at(ws, at).is_some(),
            Item::Action(at) => action_at(ws, at).is_some(),
            Item::Milestone(at) => milestone_at(ws, at).is_some(),
            Item::Goal(at) => goal_at(ws, at).is_some(),
        }
    }
}

/// The Agenda's sections, in the order shown: the mood warnings ([`MOOD`]), check-ins,
/// sessions, action items, milestones.
pub const SECTIONS: usize = 5;

/// The section of mood warnings: drawn only when it has items (every other section keeps its
/// heading when empty).
pub const MOOD: usize = 0;

/// How many items each section of `a` has.
fn counts(a: &AgendaAt) -> [usize; SECTIONS] {
    [
        a.mood_falls.len(),
        a.checkins.len(),
        a.sessions.len(),
        a.actions.len(),
        a.milestones.len(),
    ]
}

/// The sections drawn, with their item counts, in order.
fn drawn(a: &AgendaAt) -> impl Iterator<Item = (usize, usize)> {
    counts(a)
        .into_iter()
        .enumerate()
        .filter(|&(section, n)| section != MOOD || n > 0)
}

/// How many items the Agenda has, all sections together.
pub fn agenda_len(a: &AgendaAt) -> usize {
    counts(a).iter().sum()
}

/// Item `i` of the Agenda, counting through the sections in order.
pub fn agenda_item(a: &AgendaAt, i: usize) -> Option<Item> {
    let [w, c, s, x, _] = counts(a);
    if i < w {
        return a.mood_falls.get(i).map(|&m| Item::MoodFell(m));
    }
    let i = i - w;
    if i < c {
        return a.checkins.get(i).map(|&(m, _)| Item::CheckIn(m));
    }
    let i = i - c;
    if i < s {
        return a.sessions.get(i).copied().map(Item::Session);
    }
    let i = i - s;
    if i < x {
        return a.actions.get(i).copied().map(Item::Action);
    }
    a.milestones.get(i - x).copied().map(Item::Milestone)
}

/// A line of the Agenda as drawn: a section's heading, the blank line before the next section,
/// or an item (its index across sections, and its index within its section).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgendaLine {
    Heading(usize),
    Blank,
    Item {
        section: usize,
        index: usize,
        within: usize,
    },
}

/// How many lines the Agenda takes: every heading drawn, every item, a blank line between
/// sections.
pub fn agenda_lines(a: &AgendaAt) -> usize {
    agenda_len(a) + 2 * drawn(a).count() - 1
}

/// Line `line` of the Agenda (`None` past the end).
pub fn agenda_line(a: &AgendaAt, line: usize) -> Option<AgendaLine> {
    let mut start = 0;
    let mut before = 0;
    let last = drawn(a).last().map_or(0, |(section, _)| section);
    for (section, n) in drawn(a) {
        if line == start {
            return Some(AgendaLine::Heading(section));
        }
        if line <= start + n {
            let within = line - start - 1;
            return Some(AgendaLine::Item {
                section,
                index: before + within,
                within,
            });
        }
        if section != last && line == start + n + 1 {
            return Some(AgendaLine::Blank);
        }
        start += n + 2;
        before += n;
    }
    None
}

/// The line item `index` of the Agenda is drawn on, and whether it is the first of its section
/// (its heading is then the line above).
pub fn agenda_line_of(a: &AgendaAt, index: usize) -> (usize, bool) {
    let mut start = 0;
    let mut before = 0;
    for (_, n) in drawn(a) {
        if index < before + n {
            let within = index - before;
            return (start + 1 + within, within == 0);
        }
        start += n + 2;
        before += n;
    }
    (start.saturating_sub(1), false)
}

/// The items of a calendar day, in the order listed: sessions, then what is due (action items,
/// milestones, goals).
pub fn day_items(day: &DayAt) -> Vec<Item> {
    let mut items: Vec<Item> = day.sessions.iter().map(|&at| Item::Session(at)).collect();
    items.extend(day.actions.iter().map(|&at| Item::Action(at)));
    items.extend(day.milestones.iter().map(|&at| Item::Milestone(at)));
    items.extend(day.goals.iter().map(|&at| Item::Goal(at)));
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::derived::CheckIn;
    use chrono::NaiveDate;

    fn agenda() -> AgendaAt {
        let due = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        let c = CheckIn {
            due,
            days_overdue: 0,
        };
        AgendaAt {
            mood_falls: vec![],
            checkins: vec![(0, c), (1, c)],
            sessions: vec![],
            actions: vec![(2, 0, 0)],
            milestones: vec![(3, 0, 0), (3, 0, 1)],
        }
    }

    #[test]
    fn every_item_is_on_the_line_that_names_it() {
        let a = agenda();
        assert_eq!(agenda_len(&a), 5);
        assert_eq!(agenda_lines(&a), 12);
        for i in 0..agenda_len(&a) {
            let (line, _) = agenda_line_of(&a, i);
            match agenda_line(&a, line) {
                Some(AgendaLine::Item { index, .. }) => assert_eq!(index, i),
                other => panic!("item {i} on line {line}: {other:?}"),
            }
        }
        assert_eq!(agenda_item(&a, 2), Some(Item::Action((2, 0, 0))));
        assert_eq!(agenda_item(&a, 4), Some(Item::Milestone((3, 0, 1))));
        assert_eq!(agenda_item(&a, 5), None);
    }

    #[test]
    fn sections_keep_their_headings_even_when_empty() {
        let a = agenda();
        let lines: Vec<_> = (0..agenda_lines(&a)).map(|l| agenda_line(&a, l)).collect();
        assert_eq!(lines[0], Some(AgendaLine::Heading(1)));
        assert_eq!(lines[3], Some(AgendaLine::Blank));
        assert_eq!(lines[4], Some(AgendaLine::Heading(2)));
        assert_eq!(lines[5], Some(AgendaLine::Blank));
        assert_eq!(lines[6], Some(AgendaLine::Heading(3)));
        assert_eq!(lines[9], Some(AgendaLine::Heading(4)));
        assert_eq!(
            lines[11],
            Some(AgendaLine::Item {
                section: 4,
                index: 4,
                within: 1
            })
        );
        assert_eq!(agenda_line(&a, 12), None);
        assert_eq!(agenda_line_of(&a, 0), (1, true));
        assert_eq!(agenda_line_of(&a, 1), (2, false));
        assert_eq!(agenda_line_of(&a, 3), (10, true));
    }

    #[test]
    fn mood_warnings_come_first_and_only_when_there_are_some() {
        let mut a = agenda();
        a.mood_falls = vec![3];
        assert_eq!(agenda_len(&a), 6);
        assert_eq!(agenda_lines(&a), 15);
        assert_eq!(agenda_line(&a, 0), Some(AgendaLine::Heading(MOOD)));
        assert_eq!(
            agenda_line(&a, 1),
            Some(AgendaLine::Item {
                section: MOOD,
                index: 0,
                within: 0
            })
        );
        assert_eq!(agenda_line(&a, 2), Some(AgendaLine::Blank));
        assert_eq!(agenda_line(&a, 3), Some(AgendaLine::Heading(1)));
        assert_eq!(agenda_item(&a, 0), Some(Item::MoodFell(3)));
        assert_eq!(agenda_item(&a, 1), Some(Item::CheckIn(0)));
        assert_eq!(agenda_line_of(&a, 0), (1, true));
        assert_eq!(agenda_line_of(&a, 1), (4, true));
        for i in 0..agenda_len(&a) {
            let (line, _) = agenda_line_of(&a, i);
            assert!(
                matches!(agenda_line(&a, line), Some(AgendaLine::Item { index, .. }) if index == i)
            );
        }
    }
}

//! Filters that stay with their list, the mentee filter that looks into the records, the global
//! search and its jumps, and the mentee list's order and hiding.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use crate::common::today;
use crate::fixtures::{demo, run};
use mentor::app::action::TextEdit;
use mentor::app::{Action, ListId, MenteeOrder, Popup, State, Tab, view};
use mentor::domain::RecordRef;

fn filter(state: &mut State, text: &str) {
    run(state, [Action::StartFilter]);
    run(
        state,
        text.chars()
            .map(|c| Action::FilterEdit(TextEdit::Insert(c))),
    );
    run(state, [Action::FilterAccept]);
}

fn names(state: &State) -> Vec<String> {
    view::rows(state, ListId::Mentees)
        .iter()
        .map(|&i| state.ws.mentees[i].name.clone())
        .collect()
}

fn select_mentee(state: &mut State, name: &str) {
    let rows = view::rows(state, ListId::Mentees);
    let row = rows
        .iter()
        .position(|&i| state.ws.mentees[i].name == name)
        .unwrap();
    state.set_selected(ListId::Mentees, row);
}

#[test]
fn a_filter_stays_with_its_list_across_panes_and_tabs() {
    let mut s = demo();
    select_mentee(&mut s, "Farah Nasser");
    run(&mut s, [Action::NextPane]);
    assert_eq!(s.focus.0, ListId::Goals);
    filter(&mut s, "portuguese");
    let goals = view::rows(&s, ListId::Goals).len();
    assert!(goals < view::total(&s, ListId::Goals), "the filter narrows");
    assert_eq!(
        view::count(&s, ListId::Goals),
        format!("{goals} of {}", view::total(&s, ListId::Goals))
    );
    // Tab to the milestones, back to the mentees, to another tab and back: still filtered.
    run(&mut s, [Action::NextPane, Action::NextPane]);
    assert_eq!(s.focus.0, ListId::Mentees);
    assert_eq!(view::filter_text(&s, ListId::Goals), Some("portuguese"));
    run(
        &mut s,
        [Action::ShowTab(Tab::Sessions), Action::ShowTab(Tab::Goals)],
    );
    assert_eq!(view::rows(&s, ListId::Goals).len(), goals);
    // `/` again in the goals edits their filter, as typed.
    run(&mut s, [Action::NextPane, Action::StartFilter]);
    assert_eq!(s.typing_filter().unwrap().input.value(), "portuguese");
    run(&mut s, [Action::FilterAccept, Action::PrevPane]);
    // A filter typed in another list is that list's own; the goals keep theirs.
    filter(&mut s, "farah");
    assert_eq!(names(&s), vec!["Farah Nasser"]);
    assert_eq!(view::filter_text(&s, ListId::Goals), Some("portuguese"));
    // Esc ends the focused list's filter only, then (with none there) every other.
    run(&mut s, [Action::ClearFilter]);
    assert_eq!(view::filter_text(&s, ListId::Mentees), None);
    assert_eq!(
        view::mentee(&s).unwrap().name,
        "Farah Nasser",
        "selection kept"
    );
    assert_eq!(view::filter_text(&s, ListId::Goals), Some("portuguese"));
    run(&mut s, [Action::ClearFilter]);
    assert!(s.filters.is_empty());
}

#[test]
fn the_mentee_filter_matches_goals_notes_and_feedback() {
    let mut s = demo();
    // In Farah's goals and agreement, not in any name.
    filter(&mut s, "PORTUGUESE");
    assert_eq!(names(&s), vec!["Farah Nasser"]);
    // In a private note only (Dana's: parental leave).
    run(&mut s, [Action::ClearFilter]);
    filter(&mut s, "parental leave");
    assert_eq!(names(&s), vec!["Dana Okafor"]);
    // Names still match.
    run(&mut s, [Action::ClearFilter]);
    filter(&mut s, "chen");
    assert!(names(&s).contains(&"Chen Wei".to_string()));
    // Nothing: an empty list, and the count says so.
    run(&mut s, [Action::ClearFilter]);
    filter(&mut s, "xyzzy");
    assert!(names(&s).is_empty());
    assert_eq!(
        view::count(&s, ListId::Mentees),
        format!("0 of {}", s.ws.mentees.len())
    );
}

/// Opens the search, types `query`, selects the result naming `record`, and jumps there.
fn search_and_jump(state: &mut State, query: &str, record: &RecordRef) {
    run(state, [Action::OpenSearch]);
    run(
        state,
        query
            .chars()
            .map(|c| Action::SearchEdit(TextEdit::Insert(c))),
    );
    let Some(Popup::Search(search)) = &state.popup else {
        panic!("no search open");
    };
    let at = search
        .found
        .hits
        .iter()
        .position(|h| &h.record == record)
        .unwrap_or_else(|| panic!("{query}: {record:?} not in {:?}", search.found));
    run(state, [Action::SearchMove(at as isize), Action::SearchJump]);
    assert!(state.popup.is_none());
}

#[test]
fn a_search_result_jumps_to_its_record_of_every_kind() {
    let ws = mentor::demo::demo_workspace(today());
    // The last mentee with each kind of record, the record, its text, and where it shows.
    let mut cases: Vec<(usize, RecordRef, String, Tab, ListId)> = Vec::new();
    for (i, m) in ws.mentees.iter().enumerate() {
        if let Some(g) = m.goals.last() {
            cases.push((
                i,
                RecordRef::Goal(g.id.clone()),
                g.title.clone(),
                Tab::Goals,
                ListId::Goals,
            ));
            if let Some(k) = g.milestones.last() {
                let r = RecordRef::Milestone(k.id.clone());
                cases.push((i, r, k.title.clone(), Tab::Goals, ListId::Milestones));
            }
        }
        if let Some(s) = m.sessions.iter().rfind(|s| !s.agenda.is_empty()) {
            let r = RecordRef::Session(s.id.clone());
            cases.push((i, r, s.agenda.clone(), Tab::Sessions, ListId::Sessions));
        }
        if let Some(a) = m.sessions.iter().rev().find_map(|s| s.actions.last()) {
            let r = RecordRef::Action(a.id.clone());
            cases.push((i, r, a.text.clone(), Tab::Sessions, ListId::Actions));
        }
        if let Some(f) = m.feedback.last() {
            let text: String = f.text.lines().next().unwrap().chars().take(30).collect();
            cases.push((
                i,
                RecordRef::Feedback(f.id.clone()),
                text,
                Tab::Feedback,
                ListId::Feedback,
            ));
        }
        if let Some(c) = m.connections.last() {
            let r = RecordRef::Connection(c.id.clone());
            cases.push((i, r, c.title.clone(), Tab::Network, ListId::Connections));
        }
        if let Some(st) = m.path.stages.last() {
            let r = RecordRef::Stage(st.id.clone());
            cases.push((i, r, st.title.clone(), Tab::Path, ListId::Stages));
        }
        let r = RecordRef::Mentee(m.id.clone());
        cases.push((i, r, m.name.clone(), Tab::Overview, ListId::Mentees));
    }
    for kind in [
        "goal",
        "milestone",
        "session",
        "action item",
        "feedback",
        "connection",
        "stage",
        "mentee",
    ] {
        let (mentee, record, text, tab, list) = cases
            .iter()
            .rfind(|c| c.1.kind() == kind)
            .unwrap_or_else(|| panic!("the demo has a {kind}"))
            .clone();
        let mut s = demo();
        // Start elsewhere, with what would hide the record: a filter on its list and on the
        // mentees, and the concluded mentees hidden.
        run(
            &mut s,
            [Action::ShowTab(Tab::Calendar), Action::ToggleConcluded],
        );
        filter(&mut s, "xyzzy");
        s.filters.push(mentor::app::state::Filter {
            list,
            input: tui_input::Input::new("xyzzy".into()),
            editing: false,
        });
        search_and_jump(&mut s, &text, &record);
        assert_eq!(view::mentee_index(&s), Some(mentee), "{kind}");
        assert_eq!(s.tab, tab, "{kind}");
        assert_eq!(s.focus.0, list, "{kind}");
        assert_eq!(view::selected_id(&s, list), Some(record.clone()), "{kind}");
    }
}

#[test]
fn the_search_moves_within_its_results_and_esc_closes_it() {
    let mut s = demo();
    run(&mut s, [Action::OpenSearch]);
    run(
        &mut s,
        "review"
            .chars()
            .map(|c| Action::SearchEdit(TextEdit::Insert(c))),
    );
    let Some(Popup::Search(search)) = &s.popup else {
        panic!("no search open");
    };
    let n = search.found.hits.len();
    assert!(n > 2, "{:?}", search.found);
    run(&mut s, [Action::SearchMove(-5), Action::SearchMove(100)]);
    let Some(Popup::Search(search)) = &s.popup else {
        panic!("no search open");
    };
    assert_eq!(search.selected, n - 1, "clamped to the last result");
    // A paste goes into the query; a key that clears the status line does not close it.
    run(&mut s, [Action::Paste(" zzz".into())]);
    let Some(Popup::Search(search)) = &s.popup else {
        panic!("no search open");
    };
    assert!(search.found.hits.is_empty());
    run(&mut s, [Action::SearchJump]);
    assert!(s.popup.is_some(), "nothing to jump to: the search stays");
    run(&mut s, [Action::Cancel]);
    assert!(s.popup.is_none());
}

#[test]
fn the_mentee_order_cycles_and_keeps_the_selected_mentee() {
    let mut s = demo();
    select_mentee(&mut s, "Emil Sørensen");
    let added = names(&s);
    run(&mut s, [Action::CycleMenteeOrder]);
    assert_eq!(s.mentee_order, MenteeOrder::Name);
    let mut sorted = added.clone();
    sorted.sort_by_key(|n| n.to_lowercase());
    assert_eq!(names(&s), sorted);
    assert_eq!(view::mentee(&s).unwrap().name, "Emil Sørensen");
    run(&mut s, [Action::CycleMenteeOrder]);
    assert_eq!(s.mentee_order, MenteeOrder::CheckIn);
    // The soonest check-in first (Bilal's is overdue); those without one last.
    let checkins = s.memo.checkins(&s.ws, s.today);
    let dues: Vec<_> = view::rows(&s, ListId::Mentees)
        .iter()
        .map(|&i| checkins.each[i].map(|c| c.due))
        .collect();
    let mut expected = dues.clone();
    expected.sort_by_key(|d| (d.is_none(), *d));
    assert_eq!(dues, expected);
    assert_eq!(names(&s)[0], "Bilal Haddad");
    assert_eq!(view::mentee(&s).unwrap().name, "Emil Sørensen");
    run(&mut s, [Action::CycleMenteeOrder]);
    assert_eq!(s.mentee_order, MenteeOrder::Kind);
    let kinds: Vec<_> = view::rows(&s, ListId::Mentees)
        .iter()
        .map(|&i| s.ws.mentees[i].kind.name())
        .collect();
    let mut by_kind = kinds.clone();
    by_kind.sort();
    assert_eq!(kinds, by_kind);
    assert_eq!(view::mentee(&s).unwrap().name, "Emil Sørensen");
    run(&mut s, [Action::CycleMenteeOrder]);
    assert_eq!(s.mentee_order, MenteeOrder::Added);
    assert_eq!(names(&s), added);
}

#[test]
fn concluded_mentees_hide_and_show_keeping_the_selection() {
    let mut s = demo();
    let all = s.ws.mentees.len();
    select_mentee(&mut s, "Farah Nasser");
    run(&mut s, [Action::ToggleConcluded]);
    assert!(s.hide_concluded);
    assert_eq!(names(&s).len(), all - 1);
    assert!(!names(&s).contains(&"Grace Lindqvist".to_string()));
    assert_eq!(view::mentee(&s).unwrap().name, "Farah Nasser");
    assert_eq!(
        view::count(&s, ListId::Mentees),
        format!("{} of {all}", all - 1)
    );
    run(&mut s, [Action::ToggleConcluded]);
    assert_eq!(names(&s).len(), all);
    assert_eq!(view::mentee(&s).unwrap().name, "Farah Nasser");
    // Hiding the selected mentee moves the selection to the first shown.
    select_mentee(&mut s, "Grace Lindqvist");
    s.set_selected(ListId::Goals, 1);
    run(&mut s, [Action::ToggleConcluded]);
    assert_eq!(s.selected(ListId::Mentees), 0);
    assert_eq!(
        s.selected(ListId::Goals),
        0,
        "another mentee: from their first goal"
    );
}

/// The mentee filter narrows the rows it already found while typing on, and finds the wider
/// rows again on a backspace: at every step the same rows as a fresh state computes.
#[test]
fn typing_on_and_back_in_the_mentee_filter_gives_the_rows_of_a_fresh_state() {
    let mut s = demo();
    run(&mut s, [Action::CycleMenteeOrder, Action::StartFilter]);
    let fresh = |s: &State| {
        let mut f = demo();
        f.mentee_order = s.mentee_order;
        f.filters = s.filters.clone();
        view::rows(&f, ListId::Mentees)
    };
    let mut edits: Vec<TextEdit> = "lea ".chars().map(TextEdit::Insert).collect();
    edits.extend([
        TextEdit::Backspace,
        TextEdit::Backspace,
        TextEdit::Insert('d'),
    ]);
    edits.extend("ers".chars().map(TextEdit::Insert));
    edits.extend([TextEdit::Backspace; 6]);
    for edit in edits {
        run(&mut s, [Action::FilterEdit(edit)]);
        assert_eq!(
            view::rows(&s, ListId::Mentees),
            fresh(&s),
            "after {:?}",
            s.filter(ListId::Mentees)
                .map(|f| f.input.value().to_string())
        );
    }
}

/// Typing on in the search looks only where the last complete search found something; at every
/// step the results are those of a search from scratch.
#[test]
fn typing_on_and_back_in_the_search_gives_the_results_of_a_fresh_search() {
    let mut s = demo();
    run(&mut s, [Action::OpenSearch]);
    let mut edits: Vec<TextEdit> = "rev".chars().map(TextEdit::Insert).collect();
    edits.extend([TextEdit::Backspace, TextEdit::Backspace]);
    edits.extend("ead".chars().map(TextEdit::Insert));
    for edit in edits {
        run(&mut s, [Action::SearchEdit(edit)]);
        let Some(Popup::Search(search)) = &s.popup else {
            panic!("no search open");
        };
        let fresh = mentor::domain::search::search(&s.ws, search.input.value(), 200);
        assert_eq!(search.found, fresh, "{:?}", search.input.value());
    }
}

#[test]
fn an_open_search_looks_again_when_the_view_reloads() {
    // A mentee's view with the search open on a goal's title.
    let mut s = demo();
    s.read_only = Some("a view; nothing here can be changed".into());
    s.view = Some(mentor::app::ViewInfo::default());
    run(&mut s, [Action::OpenSearch]);
    run(
        &mut s,
        "event bus migration rfc"
            .chars()
            .map(|c| Action::SearchEdit(TextEdit::Insert(c))),
    );
    let Some(Popup::Search(search)) = &s.popup else {
        panic!("no search open");
    };
    let goal = search
        .found
        .hits
        .iter()
        .find(|h| matches!(h.record, RecordRef::Goal(_)))
        .map(|h| h.record.clone())
        .expect("the goal is found");

    // The mentor removes the goal (or hides it from the mentee): the view reloads.
    let mut fresh = s.ws.clone();
    let (m, g) = fresh.find_goal(goal.as_str()).unwrap();
    fresh.mentee_mut(m).goals.remove(g);
    run(
        &mut s,
        [Action::ViewReloaded {
            workspace: Box::new(fresh),
            at: "10:42".into(),
        }],
    );
    let Some(Popup::Search(search)) = &s.popup else {
        panic!("the search stays open");
    };
    assert!(
        search.found.hits.iter().all(|h| h.record != goal),
        "a record no longer in the view is still a result: {:?}",
        search.found
    );
    // Enter does not go to the removed goal.
    run(&mut s, [Action::SearchJump]);
    assert_ne!(view::selected_id(&s, ListId::Goals), Some(goal));
}

/// Found by the random-input test: typing a mentee filter that puts another mentee on the
/// selected row kept the row numbers of the lists below, chosen in the first mentee's lists (the
/// third goal of Alice stayed "selected" in Dana's two goals).
#[test]
fn a_mentee_filter_that_selects_another_mentee_resets_the_lists_below() {
    let mut s = demo();
    // The last of Alice's three goals.
    run(
        &mut s,
        [
            Action::ShowTab(Tab::Goals),
            Action::FocusPane(ListId::Goals),
            Action::Bottom,
        ],
    );
    assert_eq!(s.selected(ListId::Goals), 2, "Alice's third goal");
    run(&mut s, [Action::FocusPane(ListId::Mentees)]);
    filter(&mut s, "2");
    let dana = view::mentee(&s).unwrap();
    assert_eq!(dana.name, "Dana Okafor");
    for list in ListId::ALL {
        let rows = view::rows(&s, list).len();
        assert!(
            s.selected(list) < rows.max(1),
            "{list:?}: row {} selected of {rows}",
            s.selected(list)
        );
    }
    assert_eq!(
        s.selected(ListId::Goals),
        0,
        "Dana's goals start at the top"
    );
}

/// The same through a paste into the filter (found by the random-input test too): a paste goes
/// the way typed keys go.
#[test]
fn a_mentee_filter_pasted_that_selects_another_mentee_resets_the_lists_below() {
    let mut s = demo();
    run(
        &mut s,
        [
            Action::ShowTab(Tab::Goals),
            Action::FocusPane(ListId::Goals),
            Action::Bottom,
            Action::FocusPane(ListId::Mentees),
            Action::StartFilter,
            Action::Paste("2".into()),
            Action::FilterAccept,
        ],
    );
    assert_eq!(view::mentee(&s).unwrap().name, "Dana Okafor");
    assert_eq!(
        s.selected(ListId::Goals),
        0,
        "Dana's goals start at the top"
    );
}

use super::*;
use crate::app::action::BriefAction;
use crate::app::update;

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

fn demo() -> State {
    State::new(crate::demo::demo_workspace(today()), today(), "test.json")
}

fn after(actions: impl IntoIterator<Item = Action>) -> State {
    let mut state = demo();
    for action in actions {
        update(&mut state, action);
    }
    state
}

/// The demo with one conflict a sync left, its list open.
fn with_conflict() -> State {
    let mut state = demo();
    let m = state.ws.mentees[0].id.as_str().to_string();
    let path: Vec<String> = ["mentees", &m, "name"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    state.ws.conflicts.push(crate::domain::conflict::Conflict {
        id: crate::domain::conflict::conflict_id(&path),
        path,
        kind: crate::domain::conflict::ConflictKind::Field,
        kept: "Alice".into(),
        other: "Alicia".into(),
        found_on: today(),
    });
    update(
        &mut state,
        Action::Sync(crate::app::action::SyncAction::OpenConflicts),
    );
    state
}

/// States the app really reaches, through `update`: every tab with every pane focused, the filter
/// being typed, and every popup.
fn reached() -> Vec<State> {
    let mut states = Vec::new();
    for tab in Tab::ALL {
        for pane in 0..=tab.lists().len() {
            let mut walk = vec![Action::ShowTab(tab)];
            walk.extend(std::iter::repeat_n(Action::NextPane, pane));
            states.push(after(walk.clone()));
            walk.push(Action::StartFilter);
            states.push(after(walk));
        }
    }
    let unsaved = [
        Action::Add,
        Action::SaveFailed("disk full".into()),
        Action::Quit,
    ];
    // The template picker and its preview (the built-in templates, as the shell reads them).
    let loaded = crate::tui::templates::answer(crate::store::templates::catalog(None));
    let choose = Action::Path(PathAction::TemplateChoose);
    states.extend([
        after([loaded.clone()]),
        after([loaded, choose]),
        // The calendar's day list (`Tab` on the calendar).
        after([Action::ShowTab(Tab::Calendar), Action::NextPane]),
        after([Action::Add]),
        after([Action::Delete]),
        after([Action::ShowHelp]),
        after([Action::Open]),
        after([Action::OpenSearch]),
        after(unsaved.clone()),
        after(unsaved.into_iter().chain([Action::QuitCopyElsewhere])),
        after([Action::Brief(BriefAction::Open)]),
        after([Action::Brief(BriefAction::Report)]),
        // The closing review of the demo's concluded mentee (the last one).
        after(
            std::iter::repeat_n(Action::Down, 6)
                .chain([Action::Closing(crate::app::action::ClosingAction::Open)]),
        ),
        with_conflict(),
    ]);
    states
}

/// The layers states reach are exactly [`Layer::ALL`]: none is missing from the list the
/// overlap test checks, and none in it is dead.
#[test]
fn the_layers_listed_are_the_layers_reached() {
    let reached: Vec<Layer> = reached().iter().map(layer).collect();
    for l in &reached {
        assert!(Layer::ALL.contains(l), "{l:?} is not in Layer::ALL");
    }
    for l in Layer::ALL {
        assert!(reached.contains(&l), "no state reaches {l:?}");
    }
}

/// Within each layer the app really puts in force (see `layer`), a key means one thing: no key
/// is bound twice across its contexts, so no binding hides another.
#[test]
fn no_key_is_bound_twice_in_any_layer() {
    for l in Layer::ALL {
        let ctxs = l.contexts();
        let bound: Vec<&Binding> = BINDINGS.iter().filter(|b| ctxs.contains(&b.ctx)).collect();
        for (i, x) in bound.iter().enumerate() {
            for y in &bound[i + 1..] {
                for key in x.keys {
                    assert!(
                        !y.keys.contains(key),
                        "in {l:?}, {} is bound to {:?} ({:?}) and {:?} ({:?})",
                        key_name(key),
                        x.action,
                        x.ctx,
                        y.action,
                        y.ctx
                    );
                }
            }
        }
    }
}

/// Every context is in some layer: a binding in no layer could never be pressed.
#[test]
fn every_binding_can_be_pressed() {
    for b in BINDINGS {
        assert!(
            Layer::ALL.iter().any(|l| l.contexts().contains(&b.ctx)),
            "{:?} ({:?}) is in no layer",
            b.action,
            b.ctx
        );
    }
}

/// The key a hint names for an action is the key that does it.
#[test]
fn the_key_a_hint_names_does_what_it_says() {
    for state in reached() {
        for ctx in contexts(&state) {
            for b in BINDINGS.iter().filter(|b| b.ctx == *ctx) {
                let Some(key) = key_for(*ctx, &b.action) else {
                    panic!("{:?} has no key in {ctx:?}", b.action);
                };
                let press = KeyEvent::new(key.code, key.mods);
                assert_eq!(
                    binding(&state, &press).map(|found| &found.action),
                    Some(&b.action),
                    "{} in {ctx:?}",
                    key_name(key)
                );
            }
        }
    }
}

#[test]
fn every_binding_has_keys_and_help() {
    for b in BINDINGS {
        assert!(!b.keys.is_empty(), "{:?}", b.action);
        assert!(!b.help.trim().is_empty(), "{:?}", b.action);
    }
}

/// Read-only, the keys left in the footer and help are those `update` does not refuse: both ask
/// [`Action::is_edit`].
#[test]
fn read_only_leaves_out_exactly_the_keys_update_refuses() {
    for state in reached() {
        let mut ro = state.clone();
        ro.read_only = Some("read-only for the test".into());
        let shown = active(&ro);
        for b in BINDINGS.iter().filter(|b| contexts(&ro).contains(&b.ctx)) {
            let mut tried = ro.clone();
            tried.status = None;
            update(&mut tried, b.action.clone());
            let refused = tried
                .status
                .as_ref()
                .is_some_and(|s| s.text.starts_with("read-only"));
            let offered = shown.iter().any(|s| std::ptr::eq(*s, b));
            assert_eq!(
                refused, !offered,
                "{:?} in {:?}: refused {refused}, offered {offered}",
                b.action, b.ctx
            );
        }
    }
}

//! Applying a template from the app is one operation: one undo step takes the mentee back to
//! where it was, one redo brings everything back.

use crate::fixtures::{demo, run};
use mentor::app::Action;
use mentor::app::edit;
use mentor::domain::ops::Op;
use mentor::domain::template::builtins;

#[test]
fn applying_a_template_is_one_undo_step() {
    let mut s = demo();
    let t = builtins()
        .into_iter()
        .map(Result::unwrap)
        .find(|t| t.name == "life-balance")
        .unwrap();
    let i = 0;
    let before = s.ws.mentees[i].clone();
    let op = Op::ApplyTemplate {
        mentee: before.id.clone(),
        template: Box::new(t.clone()),
        start: crate::common::today(),
    };
    let (applied, _) = edit::apply(&mut s, op, "apply template life-balance").unwrap();
    assert!(applied.count > 10);
    let after = s.ws.mentees[i].clone();
    assert!(after.goals.len() > before.goals.len());
    assert!(after.path.stages.len() >= 3);
    run(&mut s, [Action::Undo]);
    assert_eq!(*s.ws.mentees[i], *before, "one undo restores the mentee");
    run(&mut s, [Action::Redo]);
    assert_eq!(*s.ws.mentees[i], *after, "one redo brings it all back");
}

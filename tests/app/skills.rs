//! Changes to the workspace's skills from the app: one undo step, however many mentees they
//! touch.

use crate::fixtures::{empty, run};
use mentor::app::{Action, Effect, edit};
use mentor::domain::ops::Op;
use mentor::domain::{Mentee, MenteeId};

#[test]
fn renaming_a_skill_in_several_mentees_is_undone_and_redone_as_one_step() {
    let mut s = empty();
    for name in ["Ada", "Bo", "Cy"] {
        let m = Mentee::new(MenteeId::from_number(0), name, s.today);
        edit::apply(&mut s, Op::AddMentee(Box::new(m)), "add").unwrap();
    }
    for who in [0, 2] {
        let op = Op::SetSkillLevel {
            mentee: s.ws.mentees[who].id.clone(),
            skill: "SQL".into(),
            current: Some(2),
            target: Some(4),
        };
        edit::apply(&mut s, op, "level").unwrap();
    }
    let declare = Op::DeclareSkill {
        name: "SQL".into(),
        description: "Queries".into(),
    };
    edit::apply(&mut s, declare, "declare").unwrap();
    let before = s.ws.clone();
    let rename = Op::RenameSkill {
        from: "sql".into(),
        to: "Databases".into(),
    };
    let (applied, effects) = edit::apply(&mut s, rename, "rename").unwrap();
    assert_eq!(applied.mentees, [0, 2]);
    assert_eq!(effects, [Effect::Save]);
    let after = s.ws.clone();
    assert_eq!(after.mentees[2].skills[0].skill, "Databases");
    assert_eq!(after.skills[0].name, "Databases");
    run(&mut s, [Action::Undo]);
    assert_eq!(
        s.ws, before,
        "one undo restores every mentee and the declared skills"
    );
    run(&mut s, [Action::Redo]);
    assert_eq!(s.ws, after);
    // Declaring is undone too.
    run(&mut s, [Action::Undo, Action::Undo]);
    assert!(s.ws.skills.is_empty());
    assert_eq!(s.ws.skill_names(), ["SQL"]);
}

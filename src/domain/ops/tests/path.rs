//! Career paths and skills: stages, levels, the vocabulary; each refusal leaves the workspace
//! as it was.

use super::*;
use crate::domain::path::Skill;

fn ada() -> MenteeId {
    MenteeId::from_number(1)
}

fn stage(title: &str) -> Stage {
    Stage::new(StageId::from_number(0), title)
}

/// Adds a stage and returns its ID.
fn add(ws: &mut Workspace, st: Stage, position: Option<usize>) -> StageId {
    let applied = Op::AddStage {
        mentee: ada(),
        stage: Box::new(st),
        position,
    }
    .apply(ws, &ctx(1))
    .unwrap();
    assert_eq!(applied.changed, Changed::Mentee(0));
    match applied.created {
        Some(RecordRef::Stage(id)) => id,
        other => panic!("no stage created: {other:?}"),
    }
}

fn titles(ws: &Workspace) -> Vec<&str> {
    let stages = &ws.mentees[0].path.stages;
    stages.iter().map(|st| st.title.as_str()).collect()
}

/// Applies `op`, which must fail with `err`, and checks nothing changed.
fn refused(ws: &Workspace, op: Op, err: OpError) {
    let mut after = ws.clone();
    assert_eq!(op.apply(&mut after, &ctx(1)), Err(err));
    assert_eq!(&after, ws, "a refusal changes nothing");
}

fn level(ws: &Workspace, m: usize) -> Vec<(String, Option<u8>, Option<u8>)> {
    let levels = &ws.mentees[m].skills;
    levels
        .iter()
        .map(|l| (l.skill.clone(), l.current, l.target))
        .collect()
}

fn set_level(skill: &str, current: Option<u8>, target: Option<u8>) -> Op {
    Op::SetSkillLevel {
        mentee: ada(),
        skill: skill.into(),
        current,
        target,
    }
}

#[test]
fn stages_are_added_in_place_with_checked_goals_and_cleaned_skills() {
    let mut ws = ws();
    let mut staff = stage("Staff engineer");
    staff.goals = vec![GoalId::from_number(2), GoalId::from_number(2)];
    staff.skills = vec![" Architecture ".into(), "architecture".into(), "SQL".into()];
    let first = add(&mut ws, staff, None);
    assert_eq!(first.as_str(), "st7");
    let senior = add(&mut ws, stage("Senior engineer"), Some(0));
    add(&mut ws, stage("Principal"), Some(2));
    assert_eq!(
        titles(&ws),
        ["Senior engineer", "Staff engineer", "Principal"]
    );
    let st = &ws.mentees[0].path.stages[1];
    assert_eq!(st.goals, [GoalId::from_number(2)], "each goal once");
    assert_eq!(st.skills, ["Architecture", "SQL"], "trimmed, each once");
    // A skill the vocabulary knows is spelled its way.
    let mut lead = stage("Lead");
    lead.skills = vec!["sql".into()];
    add(&mut ws, lead, None);
    assert_eq!(ws.mentees[0].path.stages[3].skills, ["SQL"]);
    assert_eq!(ws.find_stage(senior.as_str()), Ok((0, 0)));
    assert_eq!(ws.holder_of(senior.as_str()), Some(0));
}

#[test]
fn adding_a_stage_refuses_a_blank_title_another_goal_a_blank_skill_or_a_bad_place() {
    let mut ws = ws();
    let mut other = Mentee::new(MenteeId::from_number(0), "Bo", day(1));
    other
        .goals
        .push(Goal::new(GoalId::from_number(99), "Theirs", day(1)));
    ws.push_mentee(other);
    let op = |st: Stage, position| Op::AddStage {
        mentee: ada(),
        stage: Box::new(st),
        position,
    };
    refused(&ws, op(stage("  "), None), OpError::Blank(Field::Title));
    let mut theirs = stage("Staff");
    theirs.goals.push(GoalId::from_number(99));
    let not_theirs = OpError::NotAGoal {
        goal: GoalId::from_number(99),
        mentee: "Ada".into(),
    };
    refused(&ws, op(theirs, None), not_theirs);
    let mut blank = stage("Staff");
    blank.skills.push(" ".into());
    refused(&ws, op(blank, None), OpError::Blank(Field::Skill));
    let Err(OpError::OutOfRange(Field::Position, why)) =
        op(stage("Staff"), Some(1)).apply(&mut ws.clone(), &ctx(1))
    else {
        panic!("a place past the end is refused");
    };
    assert!(why.0.contains("must be 1 to 1"), "{why}");
    let nobody = Op::AddStage {
        mentee: MenteeId::from_number(42),
        stage: Box::new(stage("Staff")),
        position: None,
    };
    refused(&ws, nobody, LookupError::NoMentee("m42".into()).into());
}

#[test]
fn a_stage_is_edited_given_a_status_moved_and_removed() {
    let mut ws = ws();
    let a = add(&mut ws, stage("A"), None);
    let b = add(&mut ws, stage("B"), None);
    let c = add(&mut ws, stage("C"), None);
    let mut edited = ws.mentees[0].path.stages[1].clone();
    edited.title = "Bee".into();
    edited.private_notes = "mine".into();
    Op::EditStage(Box::new(edited.clone()))
        .apply(&mut ws, &ctx(1))
        .unwrap();
    assert_eq!(ws.mentees[0].path.stages[1], edited);
    let mut blank = edited.clone();
    blank.title = String::new();
    refused(
        &ws,
        Op::EditStage(Box::new(blank)),
        OpError::Blank(Field::Title),
    );
    let mut gone = edited;
    gone.id = StageId::from_number(77);
    let no_stage = LookupError::NoRecord {
        kind: "stage",
        id: "st77".into(),
    };
    refused(&ws, Op::EditStage(Box::new(gone)), no_stage.into());

    let status = Op::SetStageStatus {
        stage: b.clone(),
        status: StageStatus::InProgress,
    };
    status.apply(&mut ws, &ctx(1)).unwrap();
    assert_eq!(ws.mentees[0].path.stages[1].status, StageStatus::InProgress);

    let to = |stage: &StageId, to| Op::MoveStage {
        stage: stage.clone(),
        to,
    };
    to(&c, 0).apply(&mut ws, &ctx(1)).unwrap();
    assert_eq!(titles(&ws), ["C", "A", "Bee"]);
    to(&c, 2).apply(&mut ws, &ctx(1)).unwrap();
    assert_eq!(titles(&ws), ["A", "Bee", "C"]);
    let mut after = ws.clone();
    assert!(matches!(
        to(&a, 3).apply(&mut after, &ctx(1)),
        Err(OpError::OutOfRange(Field::Position, _))
    ));
    assert_eq!(after, ws);

    Op::Remove(RecordRef::Stage(b))
        .apply(&mut ws, &ctx(1))
        .unwrap();
    assert_eq!(titles(&ws), ["A", "C"]);
}

#[test]
fn a_stage_s_long_text_is_its_description() {
    let mut ws = ws();
    let id = add(&mut ws, stage("Staff"), None);
    let target = RecordRef::Stage(id);
    Op::SetText {
        target: target.clone(),
        text: "Leads across teams".into(),
    }
    .apply(&mut ws, &ctx(1))
    .unwrap();
    assert_eq!(
        ws.mentees[0].path.stages[0].description,
        "Leads across teams"
    );
    assert_eq!(long_text(&ws, &target).unwrap(), "Leads across teams");
    assert_eq!(target.kind(), "stage");
    assert_eq!(target.number(), Some(7));
}

#[test]
fn removing_a_goal_drops_it_from_the_stages_that_served_it() {
    let mut ws = ws();
    let mut st = stage("Staff");
    st.goals.push(GoalId::from_number(2));
    add(&mut ws, st, None);
    Op::Remove(RecordRef::Goal(GoalId::from_number(2)))
        .apply(&mut ws, &ctx(1))
        .unwrap();
    assert!(ws.mentees[0].path.stages[0].goals.is_empty());
    assert!(ws.validate().is_ok());
}

#[test]
fn the_path_title_is_set_and_cleared() {
    let mut ws = ws();
    let title = |t: &str| Op::SetPathTitle {
        mentee: ada(),
        title: t.into(),
    };
    title(" IC track ").apply(&mut ws, &ctx(1)).unwrap();
    assert_eq!(ws.mentees[0].path.title, "IC track");
    title("").apply(&mut ws, &ctx(1)).unwrap();
    assert!(ws.mentees[0].path.is_empty());
}

#[test]
fn a_skill_level_is_created_changed_and_removed() {
    let mut ws = ws();
    set_level("SQL", Some(2), Some(4))
        .apply(&mut ws, &ctx(1))
        .unwrap();
    assert_eq!(level(&ws, 0), [("SQL".into(), Some(2), Some(4))]);
    set_level(" sql ", Some(3), None)
        .apply(&mut ws, &ctx(1))
        .unwrap();
    assert_eq!(level(&ws, 0), [("SQL".into(), Some(3), None)], "one row");
    set_level("sql", None, None)
        .apply(&mut ws, &ctx(1))
        .unwrap();
    assert!(level(&ws, 0).is_empty());
    // Removing a level that is not there changes nothing.
    set_level("Go", None, None).apply(&mut ws, &ctx(1)).unwrap();
    assert!(level(&ws, 0).is_empty());
    for (current, target) in [(Some(0), None), (None, Some(6)), (Some(6), Some(1))] {
        let mut after = ws.clone();
        let Err(OpError::OutOfRange(Field::Level, why)) =
            set_level("SQL", current, target).apply(&mut after, &ctx(1))
        else {
            panic!("{current:?} {target:?} is refused");
        };
        assert!(why.0.contains("1 to 5"), "{why}");
        assert_eq!(after, ws);
    }
    refused(
        &ws,
        set_level(" ", Some(1), None),
        OpError::Blank(Field::Skill),
    );
}

#[test]
fn a_skill_is_declared_once() {
    let mut ws = ws();
    let declare = |name: &str| Op::DeclareSkill {
        name: name.into(),
        description: " Clear docs ".into(),
    };
    let applied = declare("Technical writing")
        .apply(&mut ws, &ctx(1))
        .unwrap();
    assert_eq!(applied.changed, Changed::Skills);
    assert!(applied.mentees.is_empty());
    assert_eq!(
        ws.skills,
        [Skill {
            name: "Technical writing".into(),
            description: "Clear docs".into()
        }]
    );
    refused(
        &ws,
        declare(" technical WRITING"),
        OpError::SkillTaken("Technical writing".into()),
    );
    refused(&ws, declare(""), OpError::Blank(Field::Skill));
}

/// Ada (m1) and Bo (m8) both name "SQL": a goal, a stage, levels; "sql" is declared.
fn skilled() -> Workspace {
    let mut ws = ws();
    ws.mentee_mut(0).goals[0].skills = vec!["SQL".into(), "Go".into()];
    let mut st = stage("Staff");
    st.skills = vec!["sql".into(), "Databases".into()];
    add(&mut ws, st, None);
    set_level("SQL", Some(2), Some(4))
        .apply(&mut ws, &ctx(1))
        .unwrap();
    let bo = Mentee::new(MenteeId::from_number(0), "Bo", day(1));
    let bo = Op::AddMentee(Box::new(bo)).apply(&mut ws, &ctx(1)).unwrap();
    let Some(RecordRef::Mentee(bo)) = bo.created else {
        panic!("no mentee")
    };
    let bo_level = Op::SetSkillLevel {
        mentee: bo,
        skill: "Databases".into(),
        current: Some(3),
        target: None,
    };
    bo_level.apply(&mut ws, &ctx(1)).unwrap();
    ws.skills.push(Skill {
        name: "SQL".into(),
        description: "Queries".into(),
    });
    ws
}

#[test]
fn renaming_a_skill_rewrites_every_place_and_names_every_mentee_changed() {
    let mut ws = skilled();
    // A third mentee who names no skill is not reported.
    ws.push_mentee(Mentee::new(MenteeId::from_number(50), "Cy", day(1)));
    let rename = Op::RenameSkill {
        from: "sql".into(),
        to: "Structured queries".into(),
    };
    let applied = rename.apply(&mut ws, &ctx(1)).unwrap();
    assert_eq!(applied.changed, Changed::Skills);
    assert_eq!(applied.mentees, [0]);
    let m = &ws.mentees[0];
    assert_eq!(m.goals[0].skills, ["Structured queries", "Go"]);
    assert_eq!(m.path.stages[0].skills, ["Structured queries", "Databases"]);
    assert_eq!(
        level(&ws, 0),
        [("Structured queries".into(), Some(2), Some(4))]
    );
    assert_eq!(ws.skills[0].name, "Structured queries");
    assert_eq!(ws.skills[0].description, "Queries");
    assert!(
        !ws.skill_names()
            .iter()
            .any(|n| n.eq_ignore_ascii_case("sql"))
    );
    // Renaming something nobody names is refused.
    let unknown = Op::RenameSkill {
        from: "sql".into(),
        to: "x".into(),
    };
    refused(&ws, unknown, OpError::UnknownSkill("sql".into()));
    let blank = Op::RenameSkill {
        from: "Go".into(),
        to: " ".into(),
    };
    refused(&ws, blank, OpError::Blank(Field::Skill));
    // A change of case respells it everywhere.
    let case = Op::RenameSkill {
        from: "databases".into(),
        to: "DATABASES".into(),
    };
    assert_eq!(case.apply(&mut ws, &ctx(1)).unwrap().mentees, [0, 1]);
    assert_eq!(ws.mentees[0].path.stages[0].skills[1], "DATABASES");
    assert_eq!(level(&ws, 1), [("DATABASES".into(), Some(3), None)]);
}

#[test]
fn renaming_onto_another_skill_merges_them_unless_a_mentee_s_levels_differ() {
    let mut ws = skilled();
    let merge = |from: &str, to: &str| Op::RenameSkill {
        from: from.into(),
        to: to.into(),
    };
    // Ada's stage names both: once after the merge.
    merge("Databases", "SQL").apply(&mut ws, &ctx(1)).unwrap();
    assert_eq!(ws.mentees[0].path.stages[0].skills, ["SQL"]);
    assert_eq!(level(&ws, 1), [("SQL".into(), Some(3), None)]);
    // Ada with levels in both, different: refused, naming her.
    set_level("Go", Some(1), Some(2))
        .apply(&mut ws, &ctx(1))
        .unwrap();
    let conflict = OpError::LevelConflict {
        from: "Go".into(),
        to: "SQL".into(),
        mentee: "Ada".into(),
    };
    refused(&ws, merge("go", "SQL"), conflict);
    // The same levels in both: one row left.
    set_level("Go", Some(2), Some(4))
        .apply(&mut ws, &ctx(1))
        .unwrap();
    merge("Go", "SQL").apply(&mut ws, &ctx(1)).unwrap();
    assert_eq!(level(&ws, 0), [("SQL".into(), Some(2), Some(4))]);
    assert_eq!(ws.mentees[0].goals[0].skills, ["SQL"]);
    assert!(ws.validate().is_ok());
}

#[test]
fn merging_declared_skills_keeps_one_with_the_target_s_description_first() {
    let mut ws = skilled();
    ws.skills.push(Skill {
        name: "Go".into(),
        description: String::new(),
    });
    Op::RenameSkill {
        from: "sql".into(),
        to: "go".into(),
    }
    .apply(&mut ws, &ctx(1))
    .unwrap();
    assert_eq!(
        ws.skills,
        [Skill {
            name: "go".into(),
            description: "Queries".into()
        }],
        "an empty description takes the other's"
    );
}

#[test]
fn a_skill_is_removed_only_when_nothing_names_it() {
    let mut ws = skilled();
    let remove = |name: &str| Op::RemoveSkill { name: name.into() };
    let in_use = OpError::SkillInUse {
        skill: "sql".into(),
        uses: vec![
            "goal g2 of Ada".into(),
            "stage st7 of Ada".into(),
            "Ada's skill levels".into(),
        ],
    };
    refused(&ws, remove("sql"), in_use.clone());
    assert!(in_use.to_string().contains("stage st7 of Ada"));
    refused(
        &ws,
        remove("Nothing"),
        OpError::UnknownSkill("Nothing".into()),
    );
    ws.skills.push(Skill {
        name: "Unused".into(),
        description: String::new(),
    });
    let applied = remove("unused").apply(&mut ws, &ctx(1)).unwrap();
    assert_eq!(applied.changed, Changed::Skills);
    assert_eq!(ws.skills.len(), 1);
    let uses = skill_uses(&ws, "databases");
    assert_eq!(uses, ["stage st7 of Ada", "Bo's skill levels"]);
}

#[test]
fn a_goal_s_skills_follow_the_same_rule_as_a_stage_s() {
    let mut ws = ws();
    set_level("SQL", Some(1), None)
        .apply(&mut ws, &ctx(1))
        .unwrap();
    let mut g = Goal::new(GoalId::from_number(0), "Query", day(1));
    g.skills = vec![" sql".into(), "SQL".into(), "Go".into()];
    let add = Op::AddGoal {
        mentee: ada(),
        goal: Box::new(g.clone()),
    };
    add.apply(&mut ws, &ctx(1)).unwrap();
    assert_eq!(ws.mentees[0].goals[1].skills, ["SQL", "Go"]);
    let mut edited = ws.mentees[0].goals[1].clone();
    edited.skills.push("  ".into());
    refused(
        &ws,
        Op::EditGoal(Box::new(edited)),
        OpError::Blank(Field::Skill),
    );
}

#[test]
fn an_unknown_stage_or_mentee_is_refused_by_every_op() {
    let ws = ws();
    let st = StageId::from_number(42);
    let no_stage: OpError = LookupError::NoRecord {
        kind: "stage",
        id: "st42".into(),
    }
    .into();
    let nobody: OpError = LookupError::NoMentee("m42".into()).into();
    let status = Op::SetStageStatus {
        stage: st.clone(),
        status: StageStatus::Done,
    };
    refused(&ws, status, no_stage.clone());
    let to = Op::MoveStage {
        stage: st.clone(),
        to: 0,
    };
    refused(&ws, to, no_stage.clone());
    refused(
        &ws,
        Op::Remove(RecordRef::Stage(st.clone())),
        no_stage.clone(),
    );
    let text = Op::SetText {
        target: RecordRef::Stage(st),
        text: "x".into(),
    };
    refused(&ws, text, no_stage);
    let title = Op::SetPathTitle {
        mentee: MenteeId::from_number(42),
        title: "x".into(),
    };
    refused(&ws, title, nobody.clone());
    let level = Op::SetSkillLevel {
        mentee: MenteeId::from_number(42),
        skill: "SQL".into(),
        current: Some(1),
        target: None,
    };
    refused(&ws, level, nobody);
}

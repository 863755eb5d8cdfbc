//! Applying (idempotent, nothing existing by title added again) and saving (nothing private,
//! no name).

use super::*;

#[test]
fn applying_twice_adds_nothing_the_second_time() {
    for t in builtins().into_iter().map(Result::unwrap) {
        let mut ws = ws();
        let first = apply(&mut ws, &t);
        assert!(first > 10, "{}: {first}", t.name);
        let after_first = ws.clone();
        assert_eq!(apply(&mut ws, &t), 0, "{}", t.name);
        assert_eq!(
            ws, after_first,
            "{}: the second apply changed something",
            t.name
        );
        assert!(ws.validate().is_ok(), "{}: {:?}", t.name, ws.validate());
        let m = &ws.mentees[0];
        assert_eq!(m.goals.len(), t.goals.len());
        assert_eq!(m.path.stages.len(), t.path.stages.len());
        // Every stage names the goals of the template's stage, by their new IDs.
        for (s, d) in m.path.stages.iter().zip(&t.path.stages) {
            let titles: Vec<&str> = s
                .goals
                .iter()
                .map(|id| m.goals.iter().find(|g| &g.id == id).unwrap().title.as_str())
                .collect();
            let want: Vec<&str> = d
                .goals
                .iter()
                .map(|k| {
                    t.goals
                        .iter()
                        .find(|g| g.key.as_deref() == Some(k))
                        .unwrap()
                        .title
                        .as_str()
                })
                .collect();
            assert_eq!(titles, want);
        }
    }
}

#[test]
fn apply_fills_only_what_is_empty_and_dates_from_the_start() {
    let t = builtin("engineering-ic");
    let mut ws = ws();
    {
        let m = ws.mentee_mut(0);
        m.agreement.session_minutes = Some(30);
        m.agreement.boundaries = "Ours".into();
        let mut g = Goal::new(
            GoalId::from_number(90),
            "  lead the DESIGN of a component from proposal to launch ",
            day(2027, 1, 1),
        );
        g.milestones.push(Milestone::new(
            MilestoneId::from_number(91),
            "design review held and decisions recorded",
            None,
        ));
        m.goals.push(g);
        m.path
            .stages
            .push(Stage::new(StageId::from_number(92), "senior engineer"));
        m.skills.push(crate::domain::SkillLevel {
            skill: "code review".into(),
            current: Some(2),
            target: Some(5),
        });
    }
    ws.next_id = 100;
    let p = plan(&t, day(2027, 1, 4), &ws.mentees[0], &ws).unwrap();
    assert!(!p.agreement.iter().any(|f| matches!(
        f,
        AgreementFill::SessionMinutes(_) | AgreementFill::Boundaries(_)
    )));
    assert!(
        p.agreement
            .contains(&AgreementFill::EndsOn(day(2028, 1, 4)))
    );
    assert!(
        !p.goals
            .iter()
            .any(|g| g.title.starts_with("Lead the design"))
    );
    assert_eq!(
        p.milestones.len(),
        1,
        "the existing goal gets only its missing milestones"
    );
    assert_eq!(p.milestones[0].milestones.len(), 3);
    assert!(!p.stages.iter().any(|s| s.stage.title == "Senior engineer"));
    assert_eq!(
        p.stage_links.len(),
        1,
        "the existing stage gets its goal links"
    );
    assert!(
        !p.levels.iter().any(|(s, _)| s == "Code review"),
        "a target set stays"
    );
    let lines = p.lines();
    assert!(
        lines.contains(&"goal \"Become a reviewer others ask for\" due 2027-04-04".to_string()),
        "{lines:#?}"
    );
    assert!(
        lines.contains(
            &"stage \"senior engineer\" served by goal \"lead the DESIGN of a component from proposal to launch\"".to_string()
        ),
        "an existing goal is named by its title: {lines:#?}"
    );
    let before = ws.clone();
    let added = apply(&mut ws, &t);
    assert_eq!(added, lines.len());
    let m = &ws.mentees[0];
    assert_eq!(m.agreement.session_minutes, Some(30));
    assert_eq!(m.agreement.boundaries, "Ours");
    assert_eq!(
        m.goals.len(),
        before.mentees[0].goals.len() + t.goals.len() - 1
    );
    let senior = m
        .path
        .stages
        .iter()
        .find(|s| s.id == StageId::from_number(92))
        .unwrap();
    assert_eq!(senior.goals.len(), 3);
    assert!(senior.goals.contains(&GoalId::from_number(90)));
    assert_eq!(
        m.skills
            .iter()
            .find(|l| l.skill == "code review")
            .unwrap()
            .target,
        Some(5)
    );
    assert!(ws.next_id > 100);
    assert!(
        ws.skills
            .iter()
            .any(|s| s.name == "Influence" && !s.description.is_empty())
    );
    assert!(ws.validate().is_ok(), "{:?}", ws.validate());
}

#[test]
fn save_carries_no_private_field_and_no_name() {
    let mut ws = ws();
    let t = builtin("engineering-ic");
    apply(&mut ws, &t);
    Op::AddMentee(Box::new(Mentee::new(
        MenteeId::from_number(0),
        "Zebulon Quixley",
        day(2027, 1, 1),
    )))
    .apply(&mut ws, &ctx())
    .unwrap();
    ws.mentor.name = "Marvolo Prendergast".into();
    {
        let m = ws.mentee_mut(0);
        m.name = "Ada Lovecanary".into();
        m.private_notes = "CANARY-MENTEE-PRIVATE".into();
        m.aspirations = "CANARY-ASPIRATIONS".into();
        m.path.stages[0].private_notes = "CANARY-STAGE-PRIVATE".into();
        m.goals[0].specific =
            "Ada pairs with zebulon and Prendergast's team; ask Ada Lovecanary.".into();
        m.goals[1].title = "Review with Quixley".into();
        m.path.stages[1].description = "LOVECANARY leads".into();
        let mut s = crate::domain::Session::new(
            crate::domain::SessionId::from_number(500),
            ctx().now,
            crate::domain::SessionStatus::Held,
        );
        s.private_notes = "CANARY-SESSION-PRIVATE".into();
        s.shared_notes = "CANARY-SESSION-SHARED".into();
        s.agenda = "- What does Ada want?\n- Next steps".into();
        m.sessions.push(s);
    }
    let saved = from_mentee(&ws, 0, "mine", day(2027, 2, 1)).unwrap();
    let text = to_toml(&saved).unwrap();
    for canary in [
        "CANARY",
        "Ada",
        "ada",
        "Lovecanary",
        "zebulon",
        "Quixley",
        "Prendergast",
        "Marvolo",
    ] {
        assert!(!text.contains(canary), "{canary} leaked:\n{text}");
    }
    assert!(
        text.contains("the mentee pairs with a colleague and the mentor's team; ask the mentee."),
        "{text}"
    );
    assert!(text.contains("Review with a colleague"), "{text}");
    assert!(text.contains("What does the mentee want?"), "{text}");
    // It reads back, and dates are relative to the start.
    let back = parse("mine.toml", &text).unwrap_or_else(|e| panic!("{e}\n{text}"));
    assert_eq!(back, saved);
    assert_eq!(
        back.goals.last().unwrap().due,
        Some(RelDate::parse("+18m").unwrap())
    );
    assert_eq!(back.agreement.length, Some(RelDate::parse("+1y").unwrap()));
    assert_eq!(back.path.stages[0].goals, ["goal-1", "goal-2"]);
    // Applying it to a fresh mentee gives the same plan back, from another start.
    let mut fresh = super::ws();
    assert!(apply(&mut fresh, &back) > 10);
}

#[test]
fn save_refuses_a_bad_name_and_an_empty_plan() {
    let ws = ws();
    assert!(matches!(
        from_mentee(&ws, 0, "Bad Name", day(2027, 1, 4)),
        Err(SaveRefused::Name(_))
    ));
    assert!(matches!(
        from_mentee(&ws, 0, "empty", day(2027, 1, 4)),
        Err(SaveRefused::Empty(_))
    ));
}

#[test]
fn a_template_made_in_code_is_checked_before_it_is_applied() {
    let mut t = builtin("life-balance");
    t.goals[0].metric.as_mut().unwrap().target = f64::NAN;
    let mut ws = ws();
    let before = ws.clone();
    let err = Op::ApplyTemplate {
        mentee: MenteeId::from_number(1),
        template: Box::new(t),
        start: day(2027, 1, 4),
    }
    .apply(&mut ws, &ctx())
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "template life-balance: goals[0].metric: the baseline and target must be numbers"
    );
    assert_eq!(ws, before);
}

#[test]
fn every_builtin_applies_twice_to_every_demo_mentee_and_the_store_stays_valid() {
    let today = day(2026, 11, 29);
    let mut ws = crate::demo::demo_workspace(today);
    for t in builtins().into_iter().map(Result::unwrap) {
        for i in 0..ws.mentees.len() {
            let id = ws.mentees[i].id.clone();
            let op = |ws: &mut Workspace| {
                Op::ApplyTemplate {
                    mentee: id.clone(),
                    template: Box::new(t.clone()),
                    start: today,
                }
                .apply(ws, &ctx())
                .unwrap()
                .count
            };
            op(&mut ws);
            let once = ws.clone();
            assert_eq!(op(&mut ws), 0, "{} on {}", t.name, ws.mentees[i].name);
            assert_eq!(ws, once);
        }
        assert!(ws.validate().is_ok(), "{}: {:?}", t.name, ws.validate());
    }
}

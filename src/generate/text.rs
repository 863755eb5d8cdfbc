//! Text that reads like a mentor's notes: names, goal titles, SMART fields, session notes,
//! action items and feedback, assembled from word lists and sentence templates.
//!
//! Lengths follow the demo workspace, which was written by hand to look like real use: titles of
//! 25 to 70 characters, one- or two-sentence SMART fields, session notes of a few sentences
//! (sometimes several paragraphs or a short list), feedback of one to three sentences. A few
//! names and words are not ASCII, as in a real practice.

use super::rng::Rng;

pub const FIRST_NAMES: &[&str] = &[
    "Alice",
    "Bilal",
    "Chen",
    "Dana",
    "Emil",
    "Farah",
    "Grace",
    "Hiroshi",
    "Ines",
    "Jonas",
    "Kemi",
    "Lars",
    "Maya",
    "Nikolai",
    "Olga",
    "Pedro",
    "Quinn",
    "Rosa",
    "Sanjay",
    "Tomás",
    "Uma",
    "Viktor",
    "Wen",
    "Ximena",
    "Yusuf",
    "Zoë",
    "Amara",
    "Bruno",
    "Chiara",
    "Dmitri",
    "Elif",
    "Finn",
    "Gabriela",
    "Hamza",
    "Ingrid",
    "Jae-won",
    "Kofi",
    "Leila",
    "Mateo",
    "Noor",
    "Oskar",
    "Priya",
    "Rafael",
    "Sofia",
    "Tariq",
    "Ulla",
    "Valentina",
    "William",
    "Yara",
    "Zainab",
];

pub const LAST_NAMES: &[&str] = &[
    "Moreau",
    "Haddad",
    "Wei",
    "Okafor",
    "Sørensen",
    "Nasser",
    "Lindqvist",
    "Tanaka",
    "García",
    "Schmidt",
    "Adeyemi",
    "Johansson",
    "Patel",
    "Volkov",
    "Novak",
    "Silva",
    "Murphy",
    "Rossi",
    "Iyer",
    "Fernández",
    "Kowalski",
    "Müller",
    "Zhang",
    "Herrera",
    "Demir",
    "Dubois",
    "Mensah",
    "Conti",
    "Petrov",
    "Yılmaz",
    "Byrne",
    "Costa",
    "Ahmed",
    "Nilsson",
    "Kim",
    "Boateng",
    "Karimi",
    "López",
    "Bakker",
    "Andersen",
    "Ó Briain",
    "Nguyen",
    "Sato",
    "Ivanova",
    "Popescu",
    "Horvat",
];

const TEAMS: &[&str] = &[
    "payments",
    "search",
    "platform",
    "data",
    "mobile",
    "checkout",
    "identity",
    "billing",
    "infrastructure",
    "growth",
    "support tooling",
    "design systems",
    "analytics",
    "security",
];

const ARTIFACTS: &[&str] = &[
    "design doc",
    "RFC",
    "on-call runbook",
    "incident review",
    "roadmap",
    "migration plan",
    "promotion packet",
    "architecture proposal",
    "team charter",
    "hiring rubric",
    "quarterly plan",
    "API spec",
    "post-mortem",
    "onboarding guide",
    "conference talk",
    "decision record",
    "performance review",
    "project brief",
    "budget proposal",
    "demo",
];

const TOPICS: &[&str] = &[
    "saying no to extra work",
    "the promotion conversation",
    "delegating code reviews",
    "running meetings that end on time",
    "giving hard feedback",
    "managing up",
    "the move to the new team",
    "balancing on-call with project work",
    "public speaking",
    "estimating large projects",
    "writing for executives",
    "the reorg",
    "building trust with a new manager",
    "leading without authority",
    "handling conflict in reviews",
    "career direction after the launch",
    "time for deep work",
    "burnout signals",
    "interviewing candidates",
    "negotiating scope",
    "visibility of her work",
    "the salary review",
];

const PEOPLE: &[&str] = &[
    "her manager",
    "his manager",
    "their manager",
    "the tech lead",
    "the product manager",
    "Priya",
    "Marcus",
    "the skip-level",
    "the architecture group",
    "a peer on the data team",
    "the new director",
    "the design lead",
    "the staff engineer on platform",
    "HR",
];

const SKILLS: &[&str] = &[
    "facilitation",
    "architecture",
    "technical writing",
    "influence",
    "public speaking",
    "delegation",
    "coaching",
    "prioritisation",
    "negotiation",
    "hiring",
    "incident command",
    "stakeholder management",
    "estimation",
    "feedback",
    "strategy",
    "mentoring",
    "system design",
    "data modelling",
    "product sense",
    "budgeting",
];

const WHEN: &[&str] = &[
    "the next session",
    "Friday",
    "the end of the month",
    "the quarterly planning",
    "the promotion round",
    "the launch",
    "the offsite",
    "the next one-to-one with her manager",
    "the review on Thursday",
    "the holidays",
];

const VERBS: &[&str] = &[
    "Lead",
    "Publish",
    "Run",
    "Write",
    "Present",
    "Ship",
    "Own",
    "Draft",
    "Deliver",
    "Organise",
    "Plan",
    "Facilitate",
    "Complete",
    "Launch",
    "Prepare",
];

const COUNTS: &[&str] = &["two", "three", "four", "five", "six", "ten", "a dozen"];

const METRICS: &[(&str, &str)] = &[
    ("design reviews led", "reviews"),
    ("talks given", "talks"),
    ("RFCs accepted", "RFCs"),
    ("incidents commanded", "incidents"),
    ("interviews run", "interviews"),
    ("pull requests reviewed per week", "reviews"),
    ("pages of the handbook written", "pages"),
    ("p95 latency of the checkout API", "ms"),
    ("hours of deep work per week", "hours"),
    ("engineers mentored", "people"),
    ("flaky tests fixed", "tests"),
    ("customer calls joined", "calls"),
    ("blog posts published", "posts"),
    ("mentoring meetings attended", ""),
];

const TEMPLATES: &[&str] = &[
    "{name} walked me through the {artifact} and we agreed on the next step.",
    "We talked about {topic}; {name} wants to try a different approach before {when}.",
    "{person} gave good feedback on the {artifact}, and {name} plans to address it before {when}.",
    "Most of the hour went on {topic}.",
    "{name} is worried about {topic} and asked for examples of how others handled it.",
    "The {team} team is short-staffed, so the {artifact} slipped by two weeks.",
    "We role-played {topic} twice; the second run was noticeably calmer.",
    "Agreed that {name} will share the {artifact} with {person} first.",
    "Good progress on {skill}: the {artifact} was clear and well argued.",
    "{name} noticed that {topic} takes more energy than expected.",
    "Reviewed last session's actions: most are done, one moved to {when}.",
    "{person} suggested joining the {team} guild to get more visibility.",
    "We went through the {artifact} line by line — it is in good shape.",
    "Next time: look at {topic} and the feedback from {person}.",
    "{name} led the {team} {artifact} review on her own this time, with no help from me.",
    "Short session; {name} had an incident in the morning and was tired.",
    "Talked about what \u{201c}senior\u{201d} means on the {team} team and how {skill} fits in.",
    "I shared my own experience with {topic} and two articles about it.",
];

const FEEDBACK_STRENGTH: &[&str] = &[
    "You kept the {artifact} review focused on the decision, not the debate.",
    "The {artifact} was clear, short and well structured; {person} said the same.",
    "You handled {topic} calmly and named the trade-off out loud.",
    "Great job on {skill} in the {team} meeting: everyone left knowing the next step.",
    "You asked for help early this time, and the {artifact} landed a week ahead of plan.",
];

const FEEDBACK_IMPROVEMENT: &[&str] = &[
    "Name the timebox at the start and hold it: the last ten minutes reopened settled points.",
    "The {artifact} buries the recommendation; put it in the first paragraph.",
    "When {topic} comes up, pause before agreeing to take the work on.",
    "Prepare two options instead of one for {person}; it makes the conversation easier.",
    "Practise {skill} on a smaller stage before {when}.",
];

const FEEDBACK_OBSERVATION: &[&str] = &[
    "Credits \u{201c}the team\u{201d} for decisions {name} drove personally.",
    "Seems more confident when talking about {skill} than a month ago.",
    "Mentioned {topic} three times without being asked.",
    "Energy is lower in late-afternoon sessions.",
    "Talks faster when {person} is in the room.",
];

/// The pieces a template can name.
pub struct Ctx<'a> {
    pub name: &'a str,
}

/// Fills `{name}`, `{artifact}` and the other slots of `template`.
fn fill(rng: &mut Rng, ctx: &Ctx, template: &str) -> String {
    let mut out = String::with_capacity(template.len() + 40);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..].find('}').map_or(rest.len(), |c| open + c);
        let slot = &rest[open + 1..close];
        out.push_str(match slot {
            "name" => ctx.name,
            "artifact" => rng.pick(ARTIFACTS),
            "topic" => rng.pick(TOPICS),
            "person" => rng.pick(PEOPLE),
            "skill" => rng.pick(SKILLS),
            "when" => rng.pick(WHEN),
            "team" => rng.pick(TEAMS),
            other => other,
        });
        rest = &rest[(close + 1).min(rest.len())..];
    }
    out.push_str(rest);
    out
}

/// One sentence of notes.
pub fn sentence(rng: &mut Rng, ctx: &Ctx) -> String {
    let template = rng.pick(TEMPLATES);
    fill(rng, ctx, template)
}

/// `min..=max` sentences, sometimes split into paragraphs or ending in a short list.
pub fn notes(rng: &mut Rng, ctx: &Ctx, min: i64, max: i64) -> String {
    let n = rng.range(min, max);
    let mut out = String::new();
    for i in 0..n {
        if i > 0 {
            out.push_str(if rng.chance(15) { "\n\n" } else { " " });
        }
        out.push_str(&sentence(rng, ctx));
    }
    if n >= 3 && rng.chance(20) {
        out.push_str("\n\nTo follow up:");
        for _ in 0..rng.range(2, 3) {
            out.push_str("\n- ");
            out.push_str(rng.pick(TOPICS));
        }
    }
    out
}

/// A goal title such as "Lead three cross-team design reviews".
pub fn goal_title(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!(
            "{} {} {} {}s",
            rng.pick(VERBS),
            rng.pick(COUNTS),
            rng.pick(TEAMS),
            rng.pick(ARTIFACTS)
        ),
        1 => format!(
            "{} the {} {}",
            rng.pick(VERBS),
            rng.pick(TEAMS),
            rng.pick(ARTIFACTS)
        ),
        2 => format!("Get better at {}", rng.pick(SKILLS)),
        _ => format!("Get comfortable with {}", rng.pick(TOPICS)),
    }
}

/// The goal's "specific" field: what exactly will be different.
pub fn specific(rng: &mut Rng, ctx: &Ctx) -> String {
    let team = rng.pick(TEAMS);
    let artifact = rng.pick(ARTIFACTS);
    let lead = format!(
        "{} the {team} {artifact} from the first draft to a decision everyone signs off, \
         including the follow-up with {}.",
        rng.pick(VERBS),
        rng.pick(PEOPLE)
    );
    if rng.chance(40) {
        format!("{lead} {}", sentence(rng, ctx))
    } else {
        lead
    }
}

pub fn criterion(rng: &mut Rng) -> String {
    format!(
        "{} asks them to run the next {} without being prompted.",
        capitalise(rng.pick(PEOPLE)),
        rng.pick(ARTIFACTS)
    )
}

pub fn achievable(rng: &mut Rng) -> String {
    format!(
        "{} hours a month agreed with {}; shadow {} first, and the mentor reviews one draft of \
         the {}.",
        COUNTS[rng.below(4)],
        rng.pick(PEOPLE),
        rng.pick(PEOPLE),
        rng.pick(ARTIFACTS)
    )
}

pub fn relevant(rng: &mut Rng) -> String {
    format!(
        "{} is the main gap named in the next level's rubric, and it serves the aspiration to \
         grow on the {} team.",
        capitalise(rng.pick(SKILLS)),
        rng.pick(TEAMS)
    )
}

/// A metric's quantity and unit.
pub fn metric(rng: &mut Rng) -> (&'static str, &'static str) {
    rng.pick(METRICS)
}

pub fn skills(rng: &mut Rng) -> Vec<String> {
    (0..rng.range(0, 3))
        .map(|_| rng.pick(SKILLS).to_string())
        .collect()
}

pub fn milestone_title(rng: &mut Rng) -> String {
    match rng.below(3) {
        0 => format!("First draft of the {} shared", rng.pick(ARTIFACTS)),
        1 => format!("Shadow {} on the {}", rng.pick(PEOPLE), rng.pick(ARTIFACTS)),
        _ => format!(
            "{} the {} {}",
            rng.pick(VERBS),
            rng.pick(TEAMS),
            rng.pick(ARTIFACTS)
        ),
    }
}

pub fn action(rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!("Send {} the {}", rng.pick(PEOPLE), rng.pick(ARTIFACTS)),
        1 => format!(
            "Book time with {} about {}",
            rng.pick(PEOPLE),
            rng.pick(TOPICS)
        ),
        2 => format!(
            "Write down three examples of {} before {}",
            rng.pick(SKILLS),
            rng.pick(WHEN)
        ),
        _ => format!("Review the {} {}", rng.pick(TEAMS), rng.pick(ARTIFACTS)),
    }
}

pub fn agenda(rng: &mut Rng) -> String {
    let first = capitalise(rng.pick(TOPICS));
    if rng.chance(50) {
        format!("{first}; the {} {}", rng.pick(TEAMS), rng.pick(ARTIFACTS))
    } else {
        first
    }
}

/// Feedback of one kind: 0 strength, 1 improvement, 2 observation.
pub fn feedback(rng: &mut Rng, ctx: &Ctx, kind: usize) -> String {
    let list = match kind {
        0 => FEEDBACK_STRENGTH,
        1 => FEEDBACK_IMPROVEMENT,
        _ => FEEDBACK_OBSERVATION,
    };
    let template = rng.pick(list);
    let first = fill(rng, ctx, template);
    if rng.chance(45) {
        format!("{first} {}", sentence(rng, ctx))
    } else {
        first
    }
}

pub fn aspirations(rng: &mut Rng, ctx: &Ctx) -> String {
    format!(
        "Grow into a role with more {} on the {} team within the next year. {}",
        rng.pick(SKILLS),
        rng.pick(TEAMS),
        sentence(rng, ctx)
    )
}

pub fn boundaries(rng: &mut Rng) -> String {
    format!(
        "No discussion of colleagues' pay. No calls after 17:30. Keep {} out of it.",
        rng.pick(TOPICS)
    )
}

pub fn success(rng: &mut Rng, ctx: &Ctx) -> String {
    format!(
        "{} leads {} work without being asked, and {} notices.",
        ctx.name,
        rng.pick(SKILLS),
        rng.pick(PEOPLE)
    )
}

pub fn connection(rng: &mut Rng) -> (String, String, String) {
    let title = format!("Meet {} about {}", rng.pick(FIRST_NAMES), rng.pick(TOPICS));
    let who = format!(
        "{} {}, {} lead",
        rng.pick(FIRST_NAMES),
        rng.pick(LAST_NAMES),
        rng.pick(TEAMS)
    );
    let note = format!(
        "Offered to share how the {} team handled it.",
        rng.pick(TEAMS)
    );
    (title, who, note)
}

pub fn mentor_note(rng: &mut Rng, ctx: &Ctx) -> String {
    notes(rng, ctx, 1, 3)
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_fill_every_slot() {
        let mut rng = Rng::new(3);
        let ctx = Ctx { name: "Alice" };
        for t in TEMPLATES
            .iter()
            .chain(FEEDBACK_STRENGTH)
            .chain(FEEDBACK_IMPROVEMENT)
            .chain(FEEDBACK_OBSERVATION)
        {
            let s = fill(&mut rng, &ctx, t);
            assert!(!s.contains('{') && !s.contains('}'), "{s}");
        }
        assert_eq!(capitalise("émile"), "Émile");
    }
}

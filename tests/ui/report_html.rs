//! The reports as a reader gets them: the HTML parsed by an HTML parser (well-formed, no script,
//! nothing fetched, every chart with a text alternative), and the canary: a default report holds
//! nothing private (private notes, private feedback, a stage's private note, the mentor's energy)
//! and nothing of another mentee, in Markdown or HTML.

use crate::common::today;
use mentor::demo::demo_workspace;
use mentor::domain::closing::{Closing, of_workspace};
use mentor::domain::{SkillLevel, Stage, StageId, StageStatus, Visibility, Workspace};
use mentor::report::{
    ReportOptions, mentee_report, practice_html, practice_md, practice_report, report_html,
    report_md,
};
use mentor::report::{closing_html, closing_md};
use scraper::{Html, Selector};

fn sel(s: &str) -> Selector {
    Selector::parse(s).unwrap()
}

/// Every record's text tagged: `QZP{i}` in what is private to mentee `i`, `QZS{i}` in what they
/// may see. Every held session records the mentor's energy; every mentee has a path and skills.
fn tagged() -> Workspace {
    let mut ws = demo_workspace(today());
    for i in 0..ws.mentees.len() {
        let tag = |kind: &str, what: &str| format!("QZ{kind}{i}{what}");
        let m = ws.mentee_mut(i);
        m.private_notes = tag("P", "mentee");
        m.aspirations = tag("S", "aspiration");
        for (k, s) in m.sessions.iter_mut().enumerate() {
            s.private_notes = tag("P", &format!("session{k}"));
            s.shared_notes = tag("S", &format!("session{k}"));
            s.mentor_energy = Some(5);
            s.mood = Some(3);
        }
        for (k, f) in m.feedback.iter_mut().enumerate() {
            let kind = if f.visibility == Visibility::Shared {
                "S"
            } else {
                "P"
            };
            f.text = tag(kind, &format!("feedback{k}"));
        }
        for g in &mut m.goals {
            g.title = format!("{} {}", tag("S", "goal"), g.title);
        }
        let mut stage = Stage::new(StageId::from_number(9000 + i as u64), tag("S", "stage"));
        stage.status = StageStatus::InProgress;
        stage.private_notes = tag("P", "stage");
        m.path.title = tag("S", "path");
        m.path.stages.push(stage);
        m.skills.push(SkillLevel {
            skill: tag("S", "skill"),
            current: Some(2),
            target: Some(4),
        });
        m.closing = Some(Closing {
            note: tag("S", "closing"),
            private_note: tag("P", "closing"),
            written_on: today(),
        });
        m.closing_reflection = tag("S", "reflection");
        for c in &mut m.connections {
            c.title = tag("S", "connection");
        }
    }
    ws
}

fn opts(include_private: bool) -> ReportOptions {
    ReportOptions {
        today: today(),
        since: None,
        include_private,
    }
}

/// The tags in `text` that mentee `viewer` may not see.
fn leaks(text: &str, viewer: usize, mentees: usize) -> Vec<String> {
    let mut found = Vec::new();
    for i in 0..mentees {
        for kind in ["P", "S"] {
            if kind == "S" && i == viewer {
                continue;
            }
            let tag = format!("QZ{kind}{i}");
            if text.contains(&tag) {
                found.push(tag);
            }
        }
    }
    found
}

/// The column of the mentor's energy, in Markdown or HTML.
fn names_mentor_energy(text: &str) -> bool {
    ["Mentor's energy", "Mentor&#39;s energy", "mentor_energy"]
        .iter()
        .any(|t| text.contains(t))
}

#[test]
fn a_default_report_holds_nothing_private_and_nothing_of_another_mentee() {
    let ws = tagged();
    let n = ws.mentees.len();
    for viewer in 0..n {
        let r = mentee_report(&ws, viewer, opts(false)).unwrap();
        for (format, text) in [("md", report_md(&r)), ("html", report_html(&r))] {
            assert!(
                leaks(&text, viewer, n).is_empty(),
                "{format} report of {viewer} leaks {:?}",
                leaks(&text, viewer, n)
            );
            assert!(!names_mentor_energy(&text), "{format}");
            assert!(!text.contains("Includes private records"));
            // The positive side: what the mentee may see is there.
            assert!(text.contains(&format!("QZS{viewer}aspiration")), "{text}");
            assert!(text.contains(&format!("QZS{viewer}goal")));
        }
        // The mentee's shared feedback is in it, when they have some.
        let shared = ws.mentees[viewer]
            .feedback
            .iter()
            .any(|f| f.visibility == Visibility::Shared);
        assert_eq!(
            report_md(&r).contains(&format!("QZS{viewer}feedback")),
            shared
        );
    }
}

#[test]
fn a_private_report_is_marked_and_holds_the_mentors_records() {
    let ws = tagged();
    let r = mentee_report(&ws, 1, opts(true)).unwrap();
    for text in [report_md(&r), report_html(&r)] {
        assert!(text.contains("Includes private records"));
        assert!(text.contains("QZP1mentee"));
        assert!(names_mentor_energy(&text));
        assert!(
            leaks(&text, 1, ws.mentees.len())
                .iter()
                .all(|t| t.starts_with("QZP1"))
        );
    }
}

/// Checks the page as a parser reads it; returns the parsed document.
fn check_page(html: &str) -> Html {
    let doc = Html::parse_document(html);
    assert!(doc.errors.is_empty(), "parse errors: {:?}", doc.errors);
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(doc.select(&sel("html[lang]")).count(), 1);
    assert_eq!(doc.select(&sel("head > meta[charset]")).count(), 1);
    assert_eq!(doc.select(&sel("head > title")).count(), 1);
    assert_eq!(doc.select(&sel("h1")).count(), 1);
    for banned in [
        "script", "link", "img", "iframe", "object", "embed", "base", "form",
    ] {
        assert_eq!(doc.select(&sel(banned)).count(), 0, "<{banned}>");
    }
    for el in doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        for (name, value) in el.value().attrs() {
            assert!(!name.starts_with("on"), "event handler {name}");
            let v = value.trim().to_ascii_lowercase();
            if [
                "href",
                "src",
                "srcset",
                "action",
                "xlink:href",
                "poster",
                "data",
            ]
            .contains(&name)
            {
                panic!("an attribute that fetches: {name}={value}");
            }
            assert!(!v.contains("http:") && !v.contains("https:") && !v.starts_with("//"));
        }
    }
    let style: String = doc.select(&sel("style")).map(|s| s.inner_html()).collect();
    assert!(!style.is_empty(), "inline style");
    assert!(!style.contains("url(") && !style.contains("@import"));
    assert!(style.contains("@media print"), "print rules");
    assert!(!html.contains("http://") && !html.contains("https://"));
    // Every chart has a text alternative: role img, a title and a description it is labelled
    // by, and a caption in its figure.
    let svgs: Vec<_> = doc.select(&sel("svg")).collect();
    for svg in &svgs {
        assert_eq!(svg.value().attr("role"), Some("img"));
        let ids: Vec<&str> = svg
            .value()
            .attr("aria-labelledby")
            .unwrap()
            .split(' ')
            .collect();
        assert_eq!(ids.len(), 2);
        for (id, tag) in ids.iter().zip(["title", "desc"]) {
            let el = svg.select(&sel(&format!("{tag}#{id}"))).next();
            let text: String = el.unwrap().text().collect();
            assert!(!text.trim().is_empty(), "{tag} of {id}");
        }
        let figure = svg
            .ancestors()
            .filter_map(scraper::ElementRef::wrap)
            .find(|e| e.value().name() == "figure")
            .expect("a chart sits in a figure");
        let caption: String = figure
            .select(&sel("figcaption"))
            .flat_map(|c| c.text())
            .collect();
        assert!(!caption.trim().is_empty());
    }
    doc
}

#[test]
fn the_html_report_is_well_formed_self_contained_and_every_chart_has_a_text_alternative() {
    let ws = tagged();
    for i in 0..ws.mentees.len() {
        for private in [false, true] {
            let html = report_html(&mentee_report(&ws, i, opts(private)).unwrap());
            let doc = check_page(&html);
            // Progress, skills, and mood (every demo mentee here has a goal and a mood).
            let charts = doc.select(&sel("svg")).count();
            assert!(charts >= 2, "{i}: {charts} charts");
            let tables = doc.select(&sel("table")).count();
            assert!(tables >= charts, "each chart's figures are in a table too");
        }
    }
    let html = practice_html(&practice_report(&ws, None, today()));
    let doc = check_page(&html);
    // The parser does report a broken page (a test of the test).
    let broken = Html::parse_document("<!DOCTYPE html><html><body><p></div></body></html>");
    assert!(!broken.errors.is_empty());
    assert_eq!(doc.select(&sel("svg")).count(), 1);
}

#[test]
fn text_from_the_store_cannot_make_markup() {
    let mut ws = demo_workspace(today());
    let hostile = "<script>alert(1)</script><img src=http://x.test/a.png> & \"q\" ]] | x";
    ws.mentee_mut(0).name = hostile.into();
    ws.mentee_mut(0).goals[0].title = hostile.into();
    ws.mentee_mut(0).skills.push(SkillLevel {
        skill: hostile.into(),
        current: Some(1),
        target: Some(3),
    });
    let r = mentee_report(&ws, 0, opts(false)).unwrap();
    let html = report_html(&r);
    let doc = Html::parse_document(&html);
    assert!(doc.errors.is_empty(), "{:?}", doc.errors);
    assert_eq!(doc.select(&sel("script")).count(), 0);
    assert_eq!(doc.select(&sel("img")).count(), 0);
    let h1: String = doc.select(&sel("h1")).next().unwrap().text().collect();
    assert_eq!(h1, format!("Progress report: {hostile}"));
    let md = report_md(&r);
    // Every `<` of the Markdown is escaped: no tag can start.
    let bare = md
        .char_indices()
        .filter(|&(i, c)| c == '<' && !md[..i].ends_with('\\'))
        .count();
    assert_eq!(bare, 0, "{md}");
    assert!(md.contains("\\<script\\>"));
    // A table row keeps its cells: the `|` in the title is escaped.
    let row = md
        .lines()
        .find(|l| l.contains("alert(1)") && l.starts_with('|'))
        .unwrap();
    assert_eq!(row.matches(" | ").count() + 2, 6, "{row}");
    let _ = practice_md(&practice_report(&ws, None, today()));
}

/// The brief as `mentor brief` prints it, for two demo mentees: every line within 80 columns.
#[test]
fn the_brief_of_two_demo_mentees() {
    let ws = demo_workspace(today());
    for (i, name) in [(0, "brief_alice"), (1, "brief_bilal")] {
        let b = mentor::domain::brief::brief(&ws, i, today()).unwrap();
        let text = mentor::report::brief_text(&b, 80);
        assert!(text.lines().all(|l| mentor::domain::text::width(l) <= 80));
        insta::assert_snapshot!(name, text);
    }
}

/// The canary again with the reports written in Dutch: the shareable report holds nothing
/// private and nothing of another mentee, says nothing of the mentor's energy, and is not marked
/// private; a private one is marked in Dutch. The page is well-formed and says it is Dutch.
#[test]
fn a_default_report_in_dutch_holds_nothing_private_and_nothing_of_another_mentee() {
    use mentor::i18n::{Lang, with_lang};
    let ws = tagged();
    let n = ws.mentees.len();
    for viewer in 0..n {
        let r = mentee_report(&ws, viewer, opts(false)).unwrap();
        let (md, html) = with_lang(Lang::Nl, || (report_md(&r), report_html(&r)));
        for (format, text) in [("md", &md), ("html", &html)] {
            assert!(
                leaks(text, viewer, n).is_empty(),
                "{format} report of {viewer} leaks {:?}",
                leaks(text, viewer, n)
            );
            assert!(!names_mentor_energy(text), "{format}");
            assert!(!text.contains("Energie mentor"), "{format}");
            assert!(!text.contains("privégegevens") && !text.contains("(privé)"));
            // The positive side, and it is the Dutch report.
            assert!(text.contains(&format!("QZS{viewer}aspiration")), "{text}");
            assert!(text.contains(&format!("QZS{viewer}goal")));
            assert!(text.contains("Voortgangsrapport: "), "{text}");
        }
        let doc = check_page(&html);
        let lang = doc.select(&sel("html")).next().unwrap();
        assert_eq!(lang.value().attr("lang"), Some("nl"));
    }
    let r = mentee_report(&ws, 1, opts(true)).unwrap();
    for text in with_lang(Lang::Nl, || [report_md(&r), report_html(&r)]) {
        assert!(text.contains("Bevat privégegevens"), "{text}");
        assert!(text.contains("Energie mentor"));
        assert!(text.contains("QZP1mentee"));
    }
}

/// The brief as `mentor brief --lang nl` prints it: every line within 80 columns.
#[test]
fn the_brief_of_a_demo_mentee_in_dutch() {
    use mentor::i18n::{Lang, with_lang};
    let ws = demo_workspace(today());
    // Built and written in Dutch, as a Dutch process does both.
    let text = with_lang(Lang::Nl, || {
        let b = mentor::domain::brief::brief(&ws, 0, today()).unwrap();
        mentor::report::brief_text(&b, 80)
    });
    assert!(text.lines().all(|l| mentor::domain::text::width(l) <= 80));
    insta::assert_snapshot!("brief_alice_nl", text);
}

/// The closing report (issue 20), as the canary above: the mentee's shared variant, in Markdown
/// and HTML, in English and Dutch, holds nothing private (the private closing note, private
/// notes and feedback) and nothing of another mentee, and is not marked private; it does hold
/// their closing note and reflection. The mentor's full one holds the private closing note and
/// says so. Every page is well-formed and fetches nothing.
#[test]
fn the_shared_closing_report_holds_nothing_private_and_the_full_one_does() {
    use mentor::i18n::{Lang, with_lang};
    let ws = tagged();
    let n = ws.mentees.len();
    for viewer in 0..n {
        for lang in [Lang::En, Lang::Nl] {
            let (md, html) = with_lang(lang, || {
                let r = of_workspace(&ws, viewer, false, today()).unwrap();
                (closing_md(&r), closing_html(&r))
            });
            for (format, text) in [("md", &md), ("html", &html)] {
                assert!(
                    leaks(text, viewer, n).is_empty(),
                    "{format} closing report of {viewer} leaks {:?}",
                    leaks(text, viewer, n)
                );
                assert!(!text.contains("Includes private records"));
                assert!(!text.contains("privégegevens"));
                for shared in ["closing", "reflection"] {
                    assert!(text.contains(&format!("QZS{viewer}{shared}")), "{text}");
                }
            }
            check_page(&html);
        }
        let (md, html) = {
            let r = of_workspace(&ws, viewer, true, today()).unwrap();
            (closing_md(&r), closing_html(&r))
        };
        for text in [&md, &html] {
            assert!(text.contains("Includes private records"), "{text}");
            assert!(text.contains(&format!("QZP{viewer}closing")), "{text}");
            assert!(
                leaks(text, viewer, n)
                    .iter()
                    .all(|t| t.starts_with(&format!("QZP{viewer}"))),
                "only the mentee's own private records"
            );
        }
        check_page(&html);
    }
}

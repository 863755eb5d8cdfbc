use super::*;
use crate::domain::Workspace;
use crate::generate::{Size, generate};
use crate::store::format::{self, CURRENT_VERSION};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

fn bytes(ws: &Workspace) -> Vec<u8> {
    format::serialize(ws, None, CURRENT_VERSION)
}

fn path() -> &'static Path {
    Path::new("t.json")
}

/// What the full read gives for `query`: the header and the mentee it picks out.
fn full_read(bytes: &[u8], query: &str) -> Option<(Workspace, Arc<Mentee>)> {
    let ws = format::parse(bytes, path(), true).unwrap().workspace;
    let i = ws.resolve_mentee(query).ok()?;
    let mentee = Arc::clone(&ws.mentees[i]);
    Some((ws, mentee))
}

fn queries(m: &Mentee) -> Vec<String> {
    let name = &m.name;
    let prefix: String = name
        .chars()
        .take(name.chars().count().saturating_sub(1))
        .collect();
    vec![
        m.id.to_string(),
        name.clone(),
        name.to_uppercase(),
        format!("  {name} "),
        prefix,
    ]
}

#[test]
fn the_scoped_read_gives_what_the_full_read_gives_for_every_mentee_and_query() {
    let demo = crate::demo::demo_workspace(today());
    let generated = generate(Size::Mentees(40), 7, today());
    for ws in [demo, generated] {
        let bytes = bytes(&ws);
        let mut scoped_some = 0;
        for m in &ws.mentees {
            for q in queries(m) {
                let got = scoped(&bytes, path(), &q);
                match (full_read(&bytes, &q), got) {
                    (Some((full, mentee)), Some(one)) => {
                        scoped_some += 1;
                        assert_eq!(one.workspace.mentees, vec![mentee], "{q:?}");
                        assert_eq!(one.workspace.mentor, full.mentor);
                        assert_eq!(one.workspace.next_id, full.next_id);
                        assert_eq!(one.workspace.skills, full.skills);
                        assert_eq!(one.version, CURRENT_VERSION);
                    }
                    // Unsure is always allowed; a scoped answer where the full read has none never.
                    (None, Some(_)) => panic!("{q:?} found a mentee the full read does not"),
                    (_, None) => {}
                }
            }
        }
        // Every ID, whole name and unique prefix was answered without the full read.
        assert!(scoped_some >= 3 * ws.mentees.len(), "{scoped_some}");
    }
}

#[test]
fn an_ambiguous_or_unknown_name_falls_back_to_the_full_read() {
    let mut ws = generate(Size::Mentees(6), 2, today());
    let twin = ws.mentees[1].name.clone();
    Arc::make_mut(&mut ws.mentees[4]).name = twin.clone();
    let bytes = bytes(&ws);
    assert!(scoped(&bytes, path(), &twin).is_none());
    assert!(scoped(&bytes, path(), "nobody at all").is_none());
    assert!(scoped(&bytes, path(), "").is_none());
    // By ID each twin is still found.
    let one = scoped(&bytes, path(), ws.mentees[4].id.as_str()).unwrap();
    assert_eq!(one.workspace.mentees[0], ws.mentees[4]);
}

#[test]
fn another_layout_an_unknown_key_or_a_broken_file_falls_back() {
    let ws = generate(Size::Mentees(4), 3, today());
    let good = String::from_utf8(bytes(&ws)).unwrap();
    let id = ws.mentees[1].id.to_string();
    let compact =
        serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&good).unwrap()).unwrap();
    // The second mentee's last line indented differently hides the third in its text.
    let second_end = good.match_indices("\n    }").nth(1).unwrap().0;
    let mut hidden = good.clone();
    hidden.replace_range(second_end..second_end + 6, "\n   }");
    let unknown = good.replacen("\"name\": ", "\"shoe_size\": 44,\n      \"name\": ", 2);
    let cut = good[..good.len() - 40].to_string();
    let mut trailing = good.clone();
    trailing.push_str("{}");
    for (what, text) in [
        ("compact", compact),
        ("hidden", hidden),
        ("unknown", unknown),
        ("cut", cut),
        ("trailing", trailing),
    ] {
        assert!(scoped(text.as_bytes(), path(), &id).is_none(), "{what}");
    }
    assert!(scoped(good.as_bytes(), path(), &id).is_some());
    let third = ws.mentees[2].id.to_string();
    let mut hidden = good.clone();
    hidden.replace_range(second_end..second_end + 6, "\n   }");
    assert!(scoped(hidden.as_bytes(), path(), &third).is_none());
}

#[test]
fn an_empty_workspace_reads_as_no_mentee() {
    let bytes = bytes(&format::empty_workspace());
    assert!(scoped(&bytes, path(), "m1").is_none());
}

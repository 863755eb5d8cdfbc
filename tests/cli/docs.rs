//! The README stays true to the code: its screenshot is the rendered demo, and its key table
//! names every key of the keymap.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a test may stop at what it did not expect

use mentor::app::keymap::{BINDINGS, Ctx, key_name};

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

#[test]
fn readme_embeds_the_current_screenshot() {
    let shot = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/screenshot.txt"))
        .unwrap();
    assert!(
        readme().contains(shot.trim_end()),
        "README's screenshot differs from docs/screenshot.txt"
    );
}

#[test]
fn readme_key_table_names_every_list_and_global_key() {
    let readme = readme();
    for b in BINDINGS
        .iter()
        .filter(|b| matches!(b.ctx, Ctx::List | Ctx::Toggle | Ctx::Global))
    {
        for key in b.keys {
            let name = match key_name(key).as_str() {
                "↑" | "↓" => continue, // "arrows"
                "S-Tab" => "Shift-Tab".to_string(),
                n if n.starts_with("C-") => format!("Ctrl-{}", &n[2..]),
                n => n.to_string(),
            };
            assert!(
                readme.contains(&format!("`{name}`")),
                "README does not mention the key `{name}` ({})",
                b.help
            );
        }
    }
}

/// The repository's root.
fn root() -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every file under `dir` (relative to the root), recursively, in a stable order.
fn files_under(dir: &str) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut todo = vec![root().join(dir)];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                todo.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The text files the repository's own prose lives in: the top-level notes, everything under
/// `docs/` and `src/`.
fn prose_files() -> Vec<std::path::PathBuf> {
    let mut files: Vec<_> = ["README.md", "CHANGELOG.md", "BENCHMARKS.md"]
        .iter()
        .map(|f| root().join(f))
        .filter(|p| p.exists())
        .collect();
    files.extend(files_under("docs"));
    files.extend(files_under("src"));
    files
}

/// Where a path written with `../` in `file` leads, resolved by its text alone; `None` when it
/// climbs out of the repository.
fn resolve_inside(file: &std::path::Path, written: &str) -> Option<std::path::PathBuf> {
    let base = file.parent()?.strip_prefix(root()).ok()?;
    let mut parts: Vec<String> = base
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    for part in written.split('/') {
        match part {
            ".." => {
                parts.pop()?;
            }
            "." | "" => {}
            p => parts.push(p.to_string()),
        }
    }
    Some(parts.iter().collect())
}

/// The `../` paths in `text`: each run of path characters that holds `../`.
fn parent_paths(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || "._-/~".contains(c)))
        .filter(|w| w.contains("../"))
        .collect()
}

#[test]
fn no_file_points_outside_the_repository() {
    let mut outside = Vec::new();
    for file in prose_files() {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue; // not text
        };
        for (n, line) in text.lines().enumerate() {
            for path in parent_paths(line) {
                if resolve_inside(&file, path).is_none() {
                    outside.push(format!("{}:{}: {path}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        outside.is_empty(),
        "paths leading outside the repository:\n{}",
        outside.join("\n")
    );
}

#[test]
fn the_outside_check_sees_a_path_that_leaves() {
    let readme = root().join("README.md");
    assert_eq!(
        parent_paths("see `../shared/design/ux.md`."),
        ["../shared/design/ux.md"]
    );
    assert!(resolve_inside(&readme, "../shared/design/ux.md").is_none());
    let deep = root().join("src/store/bundle.rs");
    assert!(resolve_inside(&deep, "../../docs/RELIABILITY.md").is_some());
    assert!(resolve_inside(&deep, "../../../notes.md").is_none());
}

/// Every Markdown file a comment or a document names (`RELIABILITY.md`, `docs/ARCHITECTURE.md`)
/// exists in the repository, so a pointer to a design note kept elsewhere cannot creep back.
#[test]
fn every_markdown_file_named_exists_in_the_repository() {
    let mut files = prose_files();
    files.extend(
        files_under("tests")
            .into_iter()
            .filter(|p| p.extension().is_some_and(|e| e == "rs")),
    );
    files.extend(files_under("benches"));
    let mut missing = Vec::new();
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        let markdown = file.extension().is_some_and(|e| e == "md");
        for (n, line) in text.lines().enumerate() {
            // In code, only comments are prose; a string literal may name any file.
            if !markdown && !line.trim_start().starts_with("//") {
                continue;
            }
            let words = line.split(|c: char| !(c.is_alphanumeric() || "._-/".contains(c)));
            for word in words.filter(|w| w.ends_with(".md") && w.len() > 3) {
                let word = word.trim_start_matches("./");
                let beside = file.parent().unwrap().join(word);
                let at_root = root().join(word);
                let in_docs = root().join("docs").join(word);
                if !(beside.exists() || at_root.exists() || in_docs.exists()) {
                    missing.push(format!("{}:{}: {word}", file.display(), n + 1));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "Markdown files named but not in the repository:\n{}",
        missing.join("\n")
    );
}

/// The tests RELIABILITY.md names as `path/to/file.rs::test_name`.
fn cited_tests(text: &str) -> Vec<(String, String)> {
    text.split('`')
        .skip(1)
        .step_by(2)
        .filter_map(|span| span.split_once(".rs::"))
        .map(|(file, name)| (format!("{file}.rs"), name.to_string()))
        .collect()
}

#[test]
fn every_test_reliability_md_cites_exists_where_it_says() {
    let text = std::fs::read_to_string(root().join("docs/RELIABILITY.md")).unwrap();
    let cited = cited_tests(&text);
    assert!(cited.len() >= 40, "only {} tests cited", cited.len());
    let mut missing = Vec::new();
    for (file, name) in &cited {
        let found = std::fs::read_to_string(root().join(file)).is_ok_and(|source| {
            source
                .match_indices(&format!("fn {name}("))
                .any(|(at, _)| source[..at].trim_end().ends_with("#[test]"))
        });
        if !found {
            missing.push(format!("{file}::{name}"));
        }
    }
    assert!(
        missing.is_empty(),
        "cited in docs/RELIABILITY.md but not a test there:\n{}",
        missing.join("\n")
    );
}

/// The lints are code: Cargo.toml turns them on for every target, and nothing under `src/`
/// switches `unwrap_used` or `expect_used` off (tests are let off by clippy.toml instead).
#[test]
fn lints_are_declared_and_not_switched_off_in_src() {
    let manifest =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    let table = manifest
        .split("[lints.clippy]")
        .nth(1)
        .expect("Cargo.toml has a [lints.clippy] table");
    let table = table.split("\n[").next().unwrap_or(table);
    for lint in ["unwrap_used", "expect_used", "dbg_macro", "todo"] {
        assert!(
            table.contains(&format!("{lint} = \"warn\""))
                || table.contains(&format!("{lint} = \"deny\"")),
            "Cargo.toml does not turn on clippy::{lint}"
        );
    }
    let clippy =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/clippy.toml")).unwrap();
    assert!(clippy.contains("allow-unwrap-in-tests = true"));
    assert!(clippy.contains("allow-expect-in-tests = true"));
    let mut pending = vec![std::path::PathBuf::from(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/src"
    ))];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                for lint in ["clippy::unwrap_used", "clippy::expect_used"] {
                    assert!(
                        !text.contains(&format!("allow({lint}"))
                            && !text.contains(&format!(", {lint}")),
                        "{} switches {lint} off",
                        path.display()
                    );
                }
            }
        }
    }
}

/// docs/TEMPLATES.md's example reads as a template, and every built-in it names exists.
#[test]
fn the_template_format_example_reads() {
    let doc = std::fs::read_to_string(root().join("docs/TEMPLATES.md")).unwrap();
    let start = doc.find("```toml\n").unwrap() + "```toml\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let t = mentor::domain::template::parse("engineering-ic.toml", &doc[start..end])
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(t.path.stages[0].goals, ["design-doc"]);
    for (file, _) in mentor::domain::template::BUILTIN_FILES {
        let name = file.strip_suffix(".toml").unwrap();
        assert!(
            doc.contains(&format!("`{name}`")),
            "docs/TEMPLATES.md does not name {name}"
        );
    }
}

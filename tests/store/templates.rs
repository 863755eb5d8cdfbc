//! User template files: read beside the built-ins (shadowing them by name), a bad one reported
//! with its file and line while the others still list, written 0600 and never over another
//! without force.

use mentor::domain::template::builtins;
use mentor::store::templates::{Source, WriteError, catalog, write};
use std::os::unix::fs::PermissionsExt;

const MINE: &str = "name = \"mine\"\ntitle = \"Mine\"\nkind = \"life\"\n";

#[test]
fn user_templates_list_beside_builtins_and_shadow_them() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("mine.toml"), MINE).unwrap();
    let shadow = MINE
        .replace("mine", "peer-onboarding")
        .replace("Mine", "Our onboarding");
    std::fs::write(dir.path().join("peer-onboarding.toml"), shadow).unwrap();
    std::fs::write(
        dir.path().join("broken.toml"),
        "name = \"broken\"\ntitle = \"B\"\nkind = \"career\"\nwhat = 1\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("notes.txt"), "not a template").unwrap();
    let c = catalog(Some(dir.path()));
    let names: Vec<&str> = c.entries.iter().map(|e| e.template.name.as_str()).collect();
    assert_eq!(names.len(), builtins().len() + 1, "{names:?}");
    assert!(names.windows(2).all(|w| w[0] < w[1]), "sorted by name");
    let peer = c.find("peer-onboarding").unwrap();
    assert_eq!(peer.template.title, "Our onboarding");
    assert!(matches!(&peer.source, Source::User { shadows: true, .. }));
    assert!(matches!(
        &c.find("MINE").unwrap().source,
        Source::User { shadows: false, .. }
    ));
    assert_eq!(c.find("engineering-ic").unwrap().source, Source::Builtin);
    assert_eq!(c.errors.len(), 1);
    assert_eq!(
        c.errors[0].to_string(),
        "broken.toml:4: what: unknown field `what`, expected one of `name`, `title`, `description`, `kind`, `agreement`, `path`, `skills`, `goals`, `agenda`"
    );
    // No directory: the built-ins alone.
    let none = catalog(Some(&dir.path().join("absent")));
    assert_eq!(none.entries.len(), builtins().len());
    assert!(none.errors.is_empty());
}

#[test]
fn writing_is_private_and_never_clobbers_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let templates = dir.path().join("config").join("templates");
    let mut t = mentor::domain::template::parse("mine.toml", MINE).unwrap();
    let path = write(&templates, &t, false).unwrap();
    assert_eq!(path, templates.join("mine.toml"));
    let mode = std::fs::metadata(&path).unwrap().permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    assert_eq!(
        std::fs::metadata(&templates).unwrap().permissions().mode() & 0o777,
        0o700
    );
    t.title = "Changed".into();
    assert!(matches!(
        write(&templates, &t, false),
        Err(WriteError::Exists(_))
    ));
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("title = \"Mine\"")
    );
    write(&templates, &t, true).unwrap();
    let back = mentor::store::templates::read_file(&path).unwrap();
    assert_eq!(back, t);
}

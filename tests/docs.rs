//! The README stays true to the code: its screenshot is the rendered demo, and its key table
//! names every key of the keymap.

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

//! `mentor config`, `mentor completions` and `mentor man` end to end, and the config file's
//! settings reaching the commands.

use crate::cli_env::Env;
use std::os::unix::fs::PermissionsExt;
use std::process::Command;

#[test]
fn config_path_is_mentor_config() {
    let env = Env::new();
    assert_eq!(
        env.ok(&["config", "path"]).trim_end(),
        env.config().display().to_string()
    );
}

/// `config init` writes a commented file (0644) that leaves every setting at its default;
/// `config show` then says so; a second `init` refuses without `--force`.
#[test]
fn config_init_then_show() {
    let env = Env::new();
    let out = env.ok(&["config", "init"]);
    assert!(out.starts_with("wrote "), "{out}");
    let mode = std::fs::metadata(env.config())
        .unwrap()
        .permissions()
        .mode()
        & 0o777;
    assert_eq!(mode, 0o644);
    let text = std::fs::read_to_string(env.config()).unwrap();
    assert!(text.contains("# week_start = \"monday\""), "{text}");
    let show = env.ok(&["config", "show"]);
    assert!(show.contains("(in force)"), "{show}");
    for line in show.lines().skip(2) {
        assert!(line.ends_with("default"), "{line}");
    }
    let e = env.fails(&["config", "init"]);
    assert!(e.contains("already exists; add --force"), "{e}");
    std::fs::write(env.config(), "theme = \"light\"\n").unwrap();
    env.ok(&["config", "init", "--force"]);
    assert_eq!(std::fs::read_to_string(env.config()).unwrap(), text);
}

/// Each value comes from the file when it sets it, else the default; JSON says which.
#[test]
fn config_show_names_where_each_value_comes_from() {
    let env = Env::new();
    env.write_config(
        "week_start = \"sunday\"\ntime_zone = \"Asia/Tokyo\"\n[new_mentee]\nsession_minutes = 40\n[keys]\nquit = \"Q\"\n",
    );
    let doc = env.json(&["config", "show", "--json"]);
    let from = |key: &str| {
        let row = doc["settings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["key"] == key)
            .unwrap_or_else(|| panic!("{key} in {doc:#}"));
        (
            row["value"].as_str().unwrap().to_string(),
            row["from"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(from("week_start"), ("sunday".into(), "file".into()));
    assert_eq!(from("time_zone"), ("Asia/Tokyo".into(), "file".into()));
    assert_eq!(from("theme"), ("default".into(), "default".into()));
    assert_eq!(
        from("new_mentee.session_minutes"),
        ("40".into(), "file".into())
    );
    assert_eq!(from("new_mentee.cadence").1, "default");
    assert_eq!(from("keys.quit"), ("Q".into(), "file".into()));
    assert_eq!(doc["state"], "in force");
    // Without the file, the zone is the one the system says (TZ here).
    std::fs::remove_file(env.config()).unwrap();
    let doc = env.json(&["config", "show", "--json"]);
    assert_eq!(doc["state"], "not there: every setting is its default");
    let zone = doc["settings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["key"] == "time_zone")
        .unwrap()
        .clone();
    assert_eq!(zone["value"], "Europe/Paris");
}

/// A bad file: every command warns (file, line, key) and goes on with the defaults; `config
/// show` shows the error itself.
#[test]
fn a_bad_config_is_a_warning_and_the_defaults_hold() {
    let env = Env::new();
    env.write_config("theme = \"light\"\n\n[new_mentee]\ncadence = \"2x\"\nsession_minutes = 45\n");
    let out = env.cmd(&["mentee", "add", "Alice Moreau"]);
    assert!(out.status.success());
    let stderr = String::from_utf8(out.stderr).unwrap();
    let at = format!(
        "{}:4: new_mentee.cadence: \"2x\" is not a cadence",
        env.config().display()
    );
    assert!(
        stderr.starts_with(&format!("mentor: warning: {at}")),
        "{stderr}"
    );
    assert!(stderr.contains("every setting is its default"), "{stderr}");
    // The defaults: no session length from the file.
    let doc = env.doc();
    assert!(
        doc["mentees"][0]["agreement"]
            .get("session_minutes")
            .is_none_or(|v| v.is_null()),
        "{doc:#}"
    );
    let show = env.cmd(&["config", "show"]);
    let stdout = String::from_utf8(show.stdout).unwrap();
    assert!(stdout.contains(&format!("error: {at}")), "{stdout}");
    assert!(
        show.stderr.is_empty(),
        "config show warns only once, in its output"
    );
    // An unknown key, and a key override that conflicts.
    env.write_config("colour = \"red\"\n");
    let stderr = String::from_utf8(env.cmd(&["mentee", "list"]).stderr).unwrap();
    assert!(
        stderr.contains("config.toml:1: colour: unknown key colour"),
        "{stderr}"
    );
    env.write_config("[keys]\nquit = \"u\"\n");
    let stderr = String::from_utf8(env.cmd(&["mentee", "list"]).stderr).unwrap();
    assert!(
        stderr.contains(
            "config.toml:2: keys.quit: u is already the key of \"undo\" where \"quit\" works"
        ),
        "{stderr}"
    );
}

/// `[new_mentee]` gives a new mentee's agreement; a flag given replaces its value.
#[test]
fn new_mentee_defaults_reach_a_new_mentee() {
    let env = Env::new();
    env.write_config("[new_mentee]\ncadence = \"2w\"\nsession_minutes = 40\nchannel = \"video\"\n");
    env.ok(&["mentee", "add", "Alice Moreau"]);
    env.ok(&[
        "mentee",
        "add",
        "Bilal Haddad",
        "--minutes",
        "30",
        "--channel",
        "phone",
    ]);
    let doc = env.doc();
    let a = &doc["mentees"][0]["agreement"];
    assert_eq!(
        a["cadence"],
        serde_json::json!({"every": 2, "unit": "weeks"}),
        "{a:#}"
    );
    assert_eq!(a["session_minutes"], 40);
    assert_eq!(a["channels"], serde_json::json!(["video"]));
    let b = &doc["mentees"][1]["agreement"];
    assert_eq!(b["session_minutes"], 30);
    assert_eq!(b["channels"], serde_json::json!(["phone"]));
    assert_eq!(b["cadence"], a["cadence"]);
}

/// `capacity` stands in where the profile names none; the profile's own wins; the file never
/// gets it.
#[test]
fn the_configs_capacity_is_used_where_the_profile_has_none() {
    let env = Env::new();
    env.write_config("capacity = 1\n");
    let out = env.cmd(&[
        "mentee",
        "add",
        "Alice Moreau",
        "--every",
        "1w",
        "--minutes",
        "60",
    ]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("over your capacity of 1.0"), "{stderr}");
    let doc = env.json(&["profile", "--json"]);
    assert_eq!(doc["load"]["capacity_hours_per_month"], 1.0);
    assert_eq!(doc["over_capacity"], true);
    assert!(doc["profile"].get("fallback").is_none(), "{doc:#}");
    assert!(
        env.doc()["mentor"]
            .get("capacity_hours_per_month")
            .is_none_or(|v| v.is_null())
    );
    env.ok(&["profile", "--capacity", "20"]);
    let doc = env.json(&["profile", "--json"]);
    assert_eq!(doc["load"]["capacity_hours_per_month"], 20.0);
}

/// The time zone of the file is the one commands read times in.
#[test]
fn the_configs_time_zone_reads_typed_times() {
    let env = Env::new();
    env.ok(&["mentee", "add", "Alice Moreau"]);
    env.write_config("time_zone = \"Asia/Tokyo\"\n");
    env.ok(&[
        "session",
        "plan",
        "--mentee",
        "alice",
        "--every",
        "1w",
        "--from",
        "2027-01-04",
        "--at",
        "10:00",
        "--count",
        "1",
    ]);
    let doc = env.doc();
    let at = doc["mentees"][0]["sessions"][0]["at"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(at, "2027-01-04T10:00:00+09:00");
}

const SHELLS: [&str; 4] = ["bash", "zsh", "fish", "powershell"];

/// Every shell's script generates: the dynamic one registers mentor's own completer; the static
/// one names the subcommands.
#[test]
fn completions_generate_for_every_shell() {
    let env = Env::new();
    for shell in SHELLS {
        let script = env.ok(&["completions", shell]);
        assert!(script.contains("MENTOR_COMPLETE"), "{shell}: {script}");
        assert!(script.contains("mentor"), "{shell}: {script}");
        let fixed = env.ok(&["completions", shell, "--static"]);
        for sub in ["mentee", "goal", "session", "config", "completions", "man"] {
            assert!(fixed.contains(sub), "{shell} --static lacks {sub}");
        }
    }
    assert!(env.fails(&["completions", "tcsh"]).contains("tcsh"));
}

/// What the dynamic script gets when it asks: subcommands, and the mentees' IDs and names.
#[test]
fn dynamic_completion_offers_subcommands_and_mentees() {
    let env = Env::new();
    env.ok(&["mentee", "add", "Alice Moreau"]);
    env.ok(&["mentee", "add", "Bilal Haddad"]);
    let ask = |words: &[&str]| {
        let mut cmd = env.command(&["--"]);
        cmd.args(words).env("MENTOR_COMPLETE", "fish");
        let out = cmd.output().unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let subs = ask(&["mentor", "me"]);
    assert!(subs.lines().any(|l| l.starts_with("mentee\t")), "{subs}");
    let all = ask(&["mentor", "mentee", "show", ""]);
    assert!(all.lines().any(|l| l == "m1\tAlice Moreau"), "{all}");
    assert!(all.lines().any(|l| l == "Bilal Haddad\tm2"), "{all}");
    let some = ask(&["mentor", "goal", "add", "--mentee", "bi"]);
    assert_eq!(some.trim_end(), "Bilal Haddad\tm2");
    let ids = ask(&["mentor", "brief", "m"]);
    assert_eq!(ids.lines().count(), 2, "{ids}");
}

/// `mentor man` prints mentor(1); `--out` writes a page per command, each one man can render.
#[test]
fn man_pages_render() {
    let env = Env::new();
    let page = env.ok(&["man"]);
    assert!(
        page.starts_with(".ie \\n(.g .ds Aq") || page.contains(".TH mentor 1"),
        "{}",
        &page[..200.min(page.len())]
    );
    assert!(page.contains(".TH mentor 1"), "{page}");
    assert!(page.contains("mentor\\-completions"), "{page}");
    let dir = env.dir.path().join("man1");
    env.ok(&["man", "--out", dir.to_str().unwrap()]);
    for name in [
        "mentor.1",
        "mentor-goal-add.1",
        "mentor-config-init.1",
        "mentor-completions.1",
    ] {
        let p = dir.join(name);
        assert!(p.exists(), "no {name}");
        if let Ok(out) = Command::new("man")
            .args(["-l", "-P", "cat"])
            .arg(&p)
            .env("MANWIDTH", "80")
            .output()
        {
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(
                out.status.success(),
                "{name}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(
                text.contains("NAME") && text.contains("SYNOPSIS"),
                "{name}: {text}"
            );
        }
    }
}

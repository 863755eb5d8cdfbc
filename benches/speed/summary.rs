//! After the run: the medians of this run as a Markdown table, and the targets of the issue
//! checked on L, read back from criterion's `estimates.json` files.

use mentor::generate::Size;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::SystemTime;

/// The operations in the table, in order.
const ROWS: &[&str] = &[
    "floor",
    "parse",
    "validate",
    "load",
    "open",
    "save",
    "smart_check",
    "agenda",
    "month",
    "goal_list_table",
    "goal_list_json",
    "goal_list_cmd",
    "first_frame",
    "load_to_first_frame",
    "key_down",
    "key_mentee",
    "key_tab_sessions",
    "key_tab_feedback",
    "key_tab_network",
    "key_tab_overview",
    "key_tab_agenda",
    "key_tab_calendar",
    "key_calendar_day",
    "key_agenda_down",
    "key_filter_goals",
    "key_filter_mentees",
    "key_undo",
    "key_undo_agenda",
    "key_undo_save",
    "key_burst",
    "write_one",
    "io_floor",
    "load_v1",
    "read_one_mentee",
];

/// Key presses must reach the next frame within this, median, on L.
const KEY_BUDGET_NS: f64 = 2_000_000.0;

static FILE_SIZES: Mutex<Vec<(Size, usize)>> = Mutex::new(Vec::new());
static FRAMES: Mutex<Vec<(Size, usize)>> = Mutex::new(Vec::new());

/// The frames `key_burst` drew for 200 keys.
pub fn record_frames(size: Size, frames: usize) {
    if let Ok(mut all) = FRAMES.lock() {
        all.push((size, frames));
    }
}

pub fn record_size(size: Size, bytes: usize) {
    if let Ok(mut sizes) = FILE_SIZES.lock() {
        sizes.push((size, bytes));
    }
}

/// Where criterion writes, found the way criterion finds it.
fn criterion_dir() -> PathBuf {
    if let Some(home) = std::env::var_os("CRITERION_HOME") {
        return PathBuf::from(home);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target"));
    target.join("criterion")
}

/// The median of `size/name` in nanoseconds, when it was measured in this run.
fn median(size: Size, name: &str, since: SystemTime) -> Option<f64> {
    let file = criterion_dir()
        .join(size.to_string())
        .join(name)
        .join("new")
        .join("estimates.json");
    let fresh = std::fs::metadata(&file)
        .and_then(|m| m.modified())
        .is_ok_and(|t| t >= since);
    if !fresh {
        return None;
    }
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&file).ok()?).ok()?;
    json["median"]["point_estimate"].as_f64()
}

fn human(ns: f64) -> String {
    if ns >= 1e9 {
        format!("{:.2} s", ns / 1e9)
    } else if ns >= 1e6 {
        format!("{:.1} ms", ns / 1e6)
    } else if ns >= 1e3 {
        format!("{:.0} µs", ns / 1e3)
    } else {
        format!("{ns:.0} ns")
    }
}

/// Prints the table and the targets; only what this run measured.
pub fn print(since: SystemTime) {
    let sizes = Size::STANDARD;
    let cell = |size: Size, name: &str| median(size, name, since).map_or("-".into(), human);
    let mut out = String::from("\nMedians of this run\n\n| operation |");
    for size in sizes {
        out.push_str(&format!(" {size} |"));
    }
    out.push_str("\n|---|");
    out.push_str(&"---:|".repeat(sizes.len()));
    out.push('\n');
    if let Ok(files) = FILE_SIZES.lock() {
        out.push_str("| file size |");
        for size in sizes {
            let bytes = files.iter().find(|(s, _)| *s == size).map(|(_, b)| *b);
            out.push_str(&match bytes {
                Some(b) => format!(" {:.1} MB |", b as f64 / 1e6),
                None => " - |".into(),
            });
        }
        out.push('\n');
    }
    for name in ROWS {
        out.push_str(&format!("| {name} |"));
        for size in sizes {
            out.push_str(&format!(" {} |", cell(size, name)));
        }
        out.push('\n');
    }

    out.push_str("\nTargets on L\n\n");
    let l = |name: &str| median(Size::L, name, since);
    let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
    if let (Some(load), Some(floor)) = (l("load"), l("floor")) {
        let r = load / floor;
        out.push_str(&format!(
            "- load / floor = {} / {} = {r:.2}x (target <= 1.3x): {}\n",
            human(load),
            human(floor),
            verdict(r <= 1.3)
        ));
    }
    if let (Some(start), Some(load)) = (l("load_to_first_frame"), l("load")) {
        let r = start / load;
        out.push_str(&format!(
            "- load_to_first_frame / load = {} / {} = {r:.2}x (target <= 1.5x): {}\n",
            human(start),
            human(load),
            verdict(r <= 1.5)
        ));
    }
    if let (Some(frame), Some(load)) = (l("first_frame"), l("load")) {
        let r = frame / load;
        out.push_str(&format!(
            "- first_frame / load = {} / {} = {r:.3}x (target <= 1.5x): {}\n",
            human(frame),
            human(load),
            verdict(r <= 1.5)
        ));
    }
    let ratio = |name: &str, target: f64, out: &mut String| {
        if let (Some(t), Some(floor)) = (l(name), l("floor")) {
            let r = t / floor;
            out.push_str(&format!(
                "- {name} / floor = {} / {} = {r:.2}x (target <= {target}x): {}\n",
                human(t),
                human(floor),
                verdict(r <= target)
            ));
        }
    };
    ratio("load", 0.9, &mut out);
    ratio("write_one", 0.75, &mut out);
    if let (Some(io), Some(floor)) = (l("io_floor"), l("floor")) {
        out.push_str(&format!(
            "- io_floor / floor = {} / {} = {:.2}x (read, write and sync the file: no whole-file write costs less)\n",
            human(io),
            human(floor),
            io / floor
        ));
    }
    ratio("load_v1", 0.9, &mut out);
    ratio("read_one_mentee", 0.35, &mut out);
    ratio("goal_list_table", 0.1, &mut out);
    if let Some(t) = l("key_burst") {
        out.push_str(&format!(
            "- key_burst (200 keys at once to the last frame) = {} (target <= 50 ms): {}\n",
            human(t),
            verdict(t <= 50e6)
        ));
    }
    if let Ok(frames) = FRAMES.lock()
        && let Some((_, n)) = frames.iter().find(|(s, _)| *s == Size::L)
    {
        out.push_str(&format!(
            "- key_burst frames drawn for 200 keys = {n} (target <= 10): {}\n",
            verdict(*n <= 10)
        ));
    }
    for name in ROWS
        .iter()
        .filter(|n| n.starts_with("key_") && **n != "key_burst")
    {
        if let Some(t) = l(name) {
            out.push_str(&format!(
                "- {name} = {} (target <= 2 ms): {}\n",
                human(t),
                verdict(t <= KEY_BUDGET_NS)
            ));
        }
    }
    println!("{out}");
}

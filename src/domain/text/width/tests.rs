use super::*;

const WOMAN_CODER: &str = "👩\u{200D}💻";
const ASTRONAUT: &str = "🧑🏽\u{200D}🚀";
const FAMILY: &str = "👨\u{200D}👩\u{200D}👧\u{200D}👦";
const THUMB: &str = "👍🏽";
const FLAG: &str = "🇳🇱";
const E_ACUTE: &str = "e\u{301}";
const HAN_JAMO: &str = "\u{1112}\u{1161}\u{11AB}"; // 한 written as three jamo
const HEART: &str = "❤\u{FE0F}";

fn all_clusters(text: &str) -> Vec<&str> {
    clusters(text).collect()
}

#[test]
fn each_sequence_is_one_cluster() {
    for s in [
        WOMAN_CODER,
        ASTRONAUT,
        FAMILY,
        THUMB,
        FLAG,
        E_ACUTE,
        HAN_JAMO,
        HEART,
    ] {
        assert_eq!(all_clusters(s), [s], "{s:?}");
    }
    assert_eq!(all_clusters("שלום"), ["ש", "ל", "ו", "ם"]);
    // A joiner after a letter joins nothing: the emoji after it is a cluster of its own.
    assert_eq!(all_clusters("b\u{200D}👩"), ["b\u{200D}", "👩"]);
}

#[test]
fn widths_take_the_widest_reading() {
    // Plain, combining, jamo, right-to-left, wide: every terminal agrees.
    assert_eq!(width("Alice"), 5);
    assert_eq!(width(E_ACUTE), 1);
    assert_eq!(width("Zoe\u{308}"), 3);
    assert_eq!(width(HAN_JAMO), 2);
    assert_eq!(width("한국어"), 6);
    assert_eq!(width("שלום"), 4);
    assert_eq!(width("مرحبا"), 5);
    // Unicode-width counts lam-alef as one column, but it is two clusters of one column each.
    assert_eq!(width("لا"), 2);
    assert_eq!(width("日本語"), 6);
    // Joined sequences count as the sum of their parts, as a terminal that does not join draws them.
    assert_eq!(width(WOMAN_CODER), 4);
    assert_eq!(width(ASTRONAUT), 6);
    assert_eq!(width(FAMILY), 8);
    assert_eq!(width(THUMB), 4);
    assert_eq!(width(FLAG), 4);
    // An emoji variation selector makes a narrow symbol two wide.
    assert_eq!(width(HEART), 2);
    assert_eq!(width("b\u{200D}👩"), 3);
}

#[test]
fn shaky_clusters_are_the_ones_terminals_disagree_on() {
    for s in [WOMAN_CODER, ASTRONAUT, FAMILY, THUMB, FLAG, HEART, "🇳"] {
        assert!(is_shaky(s), "{s:?}");
    }
    for s in ["a", E_ACUTE, HAN_JAMO, "日", "ש", "👩", "…"] {
        assert!(!is_shaky(s), "{s:?}");
    }
}

#[test]
fn fit_never_cuts_inside_a_cluster() {
    let name = format!("a{WOMAN_CODER}b");
    assert_eq!(width(&name), 6);
    assert_eq!(fit(&name, 6), name);
    // 5 columns: "a", the 4-column sequence would leave no room for the ellipsis.
    assert_eq!(fit(&name, 5), "a…");
    assert_eq!(fit(&name, 2), "a…");
    assert_eq!(fit(&name, 1), "…");
    assert_eq!(fit(&name, 0), "");
    assert_eq!(
        fit(&format!("{E_ACUTE}{E_ACUTE}{E_ACUTE}"), 2),
        format!("{E_ACUTE}…")
    );
    assert_eq!(
        fit(&format!("{ASTRONAUT}{ASTRONAUT}"), 8),
        format!("{ASTRONAUT}…")
    );
    assert_eq!(fit("日本語テキスト", 6), "日本…");
    assert_eq!(fit("日本語", 5), "日本…");
    assert_eq!(fit(&format!("{FLAG}{FLAG}"), 6), format!("{FLAG}…"));
    assert_eq!(fit("שלום עולם", 5), "שלום…");
    for max in 0..12 {
        let cut = fit(&format!("{THUMB}x{FAMILY}"), max);
        assert!(width(&cut) <= max, "{max}: {cut:?}");
        for c in clusters(&cut) {
            assert!(
                [THUMB, "x", FAMILY, "…"].contains(&c),
                "{max}: {c:?} is a piece"
            );
        }
    }
}

#[test]
fn pad_gives_exactly_the_columns_asked() {
    for text in [WOMAN_CODER, ASTRONAUT, "Zoe\u{308}", "日本語", "abc", FLAG] {
        for columns in 0..10 {
            assert_eq!(width(&pad(text, columns)), columns, "{text:?} in {columns}");
        }
    }
    assert_eq!(pad(E_ACUTE, 3), format!("{E_ACUTE}  "));
}

#[test]
fn screen_text_holds_the_widest_room_with_fillers() {
    let shown = for_screen(WOMAN_CODER);
    assert_eq!(shown, format!("{WOMAN_CODER}{FILLER}{FILLER}"));
    // The drawing library gives the sequence 2 columns and each filler 1: 4 in all, the same
    // as it measures.
    assert_eq!(width(&shown), 4);
    assert_eq!(
        clusters(&shown).map(drawn_width).sum::<usize>(),
        width(&shown)
    );
    assert_eq!(for_screen(THUMB), format!("{THUMB}{FILLER}{FILLER}"));
    assert_eq!(for_screen(HEART), HEART);
    // Nothing to do for text every terminal agrees on.
    assert!(matches!(
        for_screen("Zoe\u{308} 日本 שלום"),
        Cow::Borrowed(_)
    ));
    // A joiner that joins nothing is left out, so no terminal joins it with the next cluster.
    assert_eq!(for_screen("b\u{200D}👩ne"), "b👩ne");
    assert_eq!(for_screen("\u{200D}x"), "x");
    // Cutting screen text keeps a cluster and its fillers together.
    let shown = for_screen(&format!("a{ASTRONAUT}b")).into_owned();
    assert_eq!(fit(&shown, 8), shown);
    assert_eq!(fit(&shown, 7), "a…");
}

#[test]
fn skip_drops_whole_clusters_and_keeps_columns() {
    assert_eq!(skip("abc", 1), "bc");
    assert_eq!(skip("日本語", 1), " 本語");
    assert_eq!(skip("日本語", 2), "本語");
    let shown = for_screen(&format!("{WOMAN_CODER}xy")).into_owned();
    assert_eq!(skip(&shown, 1), "   xy");
    assert_eq!(skip(&shown, 4), "xy");
    assert_eq!(skip(&format!("{E_ACUTE}b"), 1), "b");
    for n in 0..8 {
        let text = format!("{ASTRONAUT}ab");
        assert_eq!(
            width(&skip(&text, n)),
            width(&text).saturating_sub(n),
            "{n}"
        );
    }
}

#[test]
fn cursor_stands_on_cluster_edges() {
    let text = format!("a{WOMAN_CODER}{E_ACUTE}");
    // Code points: a, 👩, ZWJ, 💻, e, U+301.
    assert_eq!(cursor_column(&text, 0), 0);
    assert_eq!(cursor_column(&text, 1), 1);
    assert_eq!(cursor_column(&text, 2), 1, "inside the sequence: before it");
    assert_eq!(cursor_column(&text, 3), 1);
    assert_eq!(cursor_column(&text, 4), 5);
    assert_eq!(cursor_column(&text, 5), 5);
    assert_eq!(cursor_column(&text, 6), 6);
}

/// The shortcut for printable ASCII gives what measuring cluster by cluster gives.
#[test]
fn printable_ascii_is_one_column_a_character_as_the_clusters_say() {
    let all: String = (0x20u8..0x7f).map(char::from).collect();
    for text in [all.as_str(), "", " ", "g12  Review the plan  2026-11-29!"] {
        assert_eq!(
            width(text),
            clusters(text).map(cluster_width).sum::<usize>(),
            "{text:?}"
        );
    }
}

/// Cutting printable ASCII by bytes gives what cutting cluster by cluster gives.
#[test]
fn printable_ascii_is_cut_as_the_clusters_cut_it() {
    let text = "Ship the onboarding guide by Friday";
    for max in 0..text.len() {
        let mut slow = String::new();
        let mut used = 0;
        for c in clusters(text) {
            if used + cluster_width(c) + 1 > max {
                break;
            }
            slow.push_str(c);
            used += cluster_width(c);
        }
        if max > 0 {
            slow.push('…');
        }
        assert_eq!(cut(text, max), slow, "{max}");
        assert_eq!(fit(text, max), slow, "{max}");
    }
}

/// Text of the characters measured one by one ([`plain`]) is measured and cut exactly as its
/// clusters are: each is a cluster of its own, one column wide, alone and among the others.
#[test]
fn plain_text_is_measured_and_cut_as_its_clusters_are() {
    let chars: Vec<char> = (' '..='~')
        .chain('\u{A0}'..='\u{24F}')
        .chain('\u{2010}'..='\u{2027}')
        .filter(|&c| c != '\u{AD}')
        .collect();
    assert!(chars.iter().all(|&c| plain(c)));
    assert!(!plain('\u{AD}') && !plain('\u{300}') && !plain('\u{2028}') && !plain('\u{200D}'));
    for c in &chars {
        let s = c.to_string();
        assert_eq!(
            clusters(&s).map(cluster_width).collect::<Vec<_>>(),
            [1],
            "{c:?}"
        );
    }
    // The cut as clusters make it, for comparison.
    let by_clusters = |text: &str, max: usize| {
        let mut out = String::new();
        let mut used = 0;
        for cluster in clusters(text) {
            let w = cluster_width(cluster);
            if used + w + 1 > max {
                break;
            }
            out.push_str(cluster);
            used += w;
        }
        out.push('…');
        out
    };
    let all: String = chars.iter().collect();
    let texts = [
        all.clone(),
        all.chars().rev().collect(),
        "Grow into a role — with “more” architecture… Zoë’s Ærø".to_string(),
    ];
    for text in &texts {
        assert_eq!(clusters(text).count(), text.chars().count());
        assert_eq!(
            width(text),
            clusters(text).map(cluster_width).sum::<usize>()
        );
        for max in [1, 2, 3, 17, 40, width(text) - 1] {
            assert_eq!(cut(text, max), by_clusters(text, max), "{max}");
        }
    }
}

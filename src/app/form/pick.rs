//! Fields chosen from the workspace's own records (a mentee's goals): shown by title, submitted
//! as IDs. One pick cycles with ← → like a choice; a multi-pick moves with ← → and picks with
//! Space.

use tui_input::Input;

/// One record that can be picked: its ID (what the form submits) and what is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickOption {
    pub id: String,
    pub title: String,
}

/// The options of a pick field and which are chosen.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Picks {
    pub options: Vec<PickOption>,
    pub chosen: Vec<bool>,
    /// The option under the cursor (for a single pick: the chosen one).
    pub cursor: usize,
    /// Several may be chosen; otherwise exactly one (an optional single pick has a "none"
    /// option with an empty ID first).
    pub multi: bool,
}

/// What a single pick shows for its "none" option: `(none)`, in the current language.
pub fn none() -> String {
    crate::t!("app-pick-none")
}

impl Picks {
    /// Options from `(id, title)` pairs with `chosen` IDs chosen. An ID chosen that is not among
    /// the options is kept as an option of its own (shown by its ID), so nothing is dropped
    /// unseen. A title two options share is told apart by the ID.
    pub fn new(options: Vec<(String, String)>, chosen: &[String], multi: bool) -> Picks {
        let mut options: Vec<PickOption> = options
            .into_iter()
            .map(|(id, title)| PickOption { id, title })
            .collect();
        for id in chosen {
            if !id.is_empty() && !options.iter().any(|o| &o.id == id) {
                options.push(PickOption {
                    id: id.clone(),
                    title: id.clone(),
                });
            }
        }
        let titles: Vec<String> = options.iter().map(|o| o.title.clone()).collect();
        for o in &mut options {
            if !o.id.is_empty() && titles.iter().filter(|t| **t == o.title).count() > 1 {
                o.title = format!("{} ({})", o.title, o.id);
            }
        }
        if !multi {
            options.insert(
                0,
                PickOption {
                    id: String::new(),
                    title: none(),
                },
            );
        }
        let mut set: Vec<bool> = options.iter().map(|o| chosen.contains(&o.id)).collect();
        if !multi {
            let at = set.iter().position(|c| *c).unwrap_or(0);
            set = (0..options.len()).map(|i| i == at).collect();
        }
        let cursor = if multi {
            0
        } else {
            set.iter().position(|c| *c).unwrap_or(0)
        };
        Picks {
            options,
            chosen: set,
            cursor,
            multi,
        }
    }

    /// The IDs chosen, in the options' order.
    pub fn ids(&self) -> Vec<String> {
        self.options
            .iter()
            .zip(&self.chosen)
            .filter(|(o, c)| **c && !o.id.is_empty())
            .map(|(o, _)| o.id.clone())
            .collect()
    }

    /// Moves the cursor (a single pick chooses what it moves to).
    pub fn step(&mut self, forward: bool) {
        let n = self.options.len();
        if n == 0 {
            return;
        }
        self.cursor = if forward {
            (self.cursor + 1) % n
        } else {
            (self.cursor + n - 1) % n
        };
        if !self.multi {
            self.chosen = (0..n).map(|i| i == self.cursor).collect();
        }
    }

    /// Space: a multi-pick picks or drops the option under the cursor; a single pick moves on.
    pub fn toggle(&mut self) {
        if !self.multi {
            return self.step(true);
        }
        if let Some(c) = self.chosen.get_mut(self.cursor) {
            *c = !*c;
        }
    }

    /// The field's text as drawn, with the input's cursor on the option under the cursor (so a
    /// long list scrolls to show it).
    pub fn input(&self) -> Input {
        if !self.multi {
            let title = self.options.get(self.cursor).map(|o| o.title.as_str());
            return Input::new(title.map_or_else(none, str::to_string));
        }
        if self.options.is_empty() {
            return Input::new(crate::t!("app-pick-no-goals"));
        }
        let mut text = String::new();
        let mut at = 0;
        for (i, (o, c)) in self.options.iter().zip(&self.chosen).enumerate() {
            if i > 0 {
                text.push_str("  ");
            }
            if i == self.cursor {
                at = text.chars().count();
            }
            let mark = if i == self.cursor { "›" } else { "" };
            let tick = if *c { "[x]" } else { "[ ]" };
            text.push_str(&format!("{mark}{tick} {}", o.title));
        }
        Input::new(text).with_cursor(at)
    }

    /// The note after a multi-pick: how many of how many are chosen, and the key that picks.
    pub fn note(&self) -> Option<String> {
        (self.multi && !self.options.is_empty()).then(|| {
            let n = self.chosen.iter().filter(|c| **c).count();
            crate::t!("app-pick-note", picked = n, of = self.options.len())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn goals() -> Vec<(String, String)> {
        vec![
            ("g2".into(), "Speak up".into()),
            ("g3".into(), "Lead".into()),
            ("g4".into(), "Lead".into()),
        ]
    }

    #[test]
    fn a_multi_pick_moves_picks_and_submits_ids_in_order() {
        let mut p = Picks::new(goals(), &["g4".into()], true);
        assert_eq!(p.ids(), ["g4"]);
        assert_eq!(
            p.input().value(),
            "›[ ] Speak up  [ ] Lead (g3)  [x] Lead (g4)"
        );
        p.toggle();
        p.step(false);
        p.toggle();
        assert_eq!(
            p.ids(),
            ["g2"],
            "g2 picked, then ← wraps to g4 and drops it"
        );
        assert_eq!(p.note().as_deref(), Some("1/3 · Space ✓"));
        p.toggle();
        assert_eq!(p.ids(), ["g2", "g4"], "in the options' order");
    }

    #[test]
    fn a_single_pick_has_none_first_and_cycles() {
        let mut p = Picks::new(goals(), &[], false);
        assert_eq!(p.input().value(), "(none)");
        assert!(p.ids().is_empty());
        p.step(true);
        assert_eq!(
            (p.input().value(), p.ids()),
            ("Speak up", vec!["g2".into()])
        );
        p.step(false);
        p.step(false);
        assert_eq!(p.ids(), ["g4"]);
        let kept = Picks::new(goals(), &["g9".into()], false);
        assert_eq!(
            (kept.input().value(), kept.ids()),
            ("g9", vec!["g9".into()])
        );
    }
}

//! Writing a mentee's progress report from the app (`r`): a prompt for the path, with the
//! format (Markdown or HTML, `Tab` switches), then [`crate::app::Effect::WriteReport`] for the
//! shell, which writes a new file (mode 0600) and never replaces one.
//!
//! The path starts as `<name>-report.html` in the directory the app was started from (a
//! relative path: the shell resolves it there, as the command line's `-o` does; `~/` means
//! home). The report is built here, purely, through the mentee projection: what the mentee may
//! see, so it is safe to send (the command line's `--include-private` is for the mentor's own
//! records).

use crate::domain::MenteeId;
use tui_input::Input;

/// The report's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Html,
}

impl Format {
    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Html => "html",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "Markdown",
            Format::Html => "HTML",
        }
    }

    fn other(self) -> Format {
        match self {
            Format::Markdown => Format::Html,
            Format::Html => Format::Markdown,
        }
    }
}

/// The open prompt: whose report, in which format, the path typed so far, and why the last try
/// failed.
#[derive(Debug, Clone)]
pub struct Prompt {
    pub mentee: MenteeId,
    pub name: String,
    pub format: Format,
    pub path: Input,
    pub error: Option<String>,
}

impl Prompt {
    /// The prompt for `name`'s report, as HTML beside where the app was started.
    pub fn new(mentee: MenteeId, name: &str) -> Prompt {
        let format = Format::Html;
        Prompt {
            mentee,
            name: name.to_string(),
            format,
            path: Input::new(default_path(name, format)),
            error: None,
        }
    }

    /// Switches the format; a path that ends in the old format's extension takes the new one.
    pub fn switch_format(&mut self) {
        let old = format!(".{}", self.format.extension());
        self.format = self.format.other();
        if let Some(stem) = self.path.value().strip_suffix(&old) {
            let path = format!("{stem}.{}", self.format.extension());
            self.path = Input::new(path);
        }
        self.error = None;
    }
}

/// The report of the prompt's mentee, in its format, as of the state's today: built through the
/// mentee projection ([`crate::report::mentee_report`]).
pub fn build(state: &super::State, prompt: &Prompt) -> Result<String, String> {
    let index = state
        .ws
        .mentees
        .iter()
        .position(|m| m.id == prompt.mentee)
        .ok_or_else(|| crate::t!("app-mentee-gone"))?;
    let opts = crate::report::ReportOptions {
        today: state.today,
        since: None,
        include_private: false,
    };
    let report = crate::report::mentee_report(&state.ws, index, opts)
        .ok_or_else(|| crate::t!("app-mentee-gone"))?;
    Ok(match prompt.format {
        Format::Markdown => crate::report::report_md(&report),
        Format::Html => crate::report::report_html(&report),
    })
}

/// The file name a report of `name` is offered under: the name in lower case, words joined by
/// `-`, nothing but letters and digits kept (so no path can come of a name).
pub fn default_path(name: &str, format: Format) -> String {
    let mut stem = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            stem.push(c);
        } else if !stem.ends_with('-') {
            stem.push('-');
        }
    }
    let stem = stem.trim_matches('-');
    let stem = if stem.is_empty() { "mentee" } else { stem };
    format!("{stem}-report.{}", format.extension())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_offered_path_is_tame_and_follows_the_format() {
        assert_eq!(
            default_path("Alice Moreau", Format::Html),
            "alice-moreau-report.html"
        );
        assert_eq!(
            default_path("../../etc/Émile", Format::Markdown),
            "etc-émile-report.md"
        );
        assert_eq!(default_path("  ", Format::Html), "mentee-report.html");
        let mut p = Prompt::new(MenteeId::from_number(1), "Alice Moreau");
        p.switch_format();
        assert_eq!(p.format, Format::Markdown);
        assert_eq!(p.path.value(), "alice-moreau-report.md");
        // A path of the user's own keeps its name.
        p.path = Input::new("notes/alice.txt".into());
        p.switch_format();
        assert_eq!(p.path.value(), "notes/alice.txt");
        assert_eq!(p.format, Format::Html);
    }
}

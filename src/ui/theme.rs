//! Semantic styles. Pane files ask for a meaning (focused block, selected row, overdue, private),
//! never for a colour. The default theme uses the terminal's 16-colour palette, so light and dark
//! terminals both read well; the monochrome theme (for `NO_COLOR`) uses only bold, reverse, dim and
//! underline, and selection never depends on colour in either.

use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// No colours at all.
    pub mono: bool,
}

impl Theme {
    pub const COLOR: Theme = Theme { mono: false };
    pub const MONO: Theme = Theme { mono: true };

    /// Monochrome when `NO_COLOR` is set to anything non-empty, as the convention says.
    pub fn from_no_color(no_color: Option<&str>) -> Theme {
        if no_color.is_some_and(|v| !v.is_empty()) {
            Theme::MONO
        } else {
            Theme::COLOR
        }
    }

    fn color(&self, c: Color) -> Style {
        if self.mono {
            Style::new()
        } else {
            Style::new().fg(c)
        }
    }

    /// The border of a pane.
    pub fn block(&self, focused: bool) -> Style {
        if focused {
            self.color(Color::Cyan).add_modifier(Modifier::BOLD)
        } else {
            self.color(Color::DarkGray)
        }
    }

    /// A bordered pane titled `title`, its border showing whether it has the keys.
    pub fn pane<'a>(
        &self,
        title: impl Into<std::borrow::Cow<'a, str>>,
        focused: bool,
    ) -> Block<'a> {
        Block::new()
            .borders(Borders::ALL)
            .border_style(self.block(focused))
            .title(Line::styled(title, self.title()))
    }

    /// A row of a list: the selected row is reversed (and bold when its list has the focus).
    pub fn row(&self, selected: bool, focused: bool) -> Style {
        match (selected, focused) {
            (true, true) => Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            (true, false) => Style::new().add_modifier(Modifier::REVERSED),
            _ => Style::new(),
        }
    }

    pub fn title(&self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    pub fn muted(&self) -> Style {
        if self.mono {
            Style::new().add_modifier(Modifier::DIM)
        } else {
            self.color(Color::DarkGray)
        }
    }

    pub fn overdue(&self) -> Style {
        self.color(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn due_soon(&self) -> Style {
        if self.mono {
            Style::new().add_modifier(Modifier::UNDERLINED)
        } else {
            self.color(Color::Yellow)
        }
    }

    pub fn done(&self) -> Style {
        if self.mono {
            Style::new().add_modifier(Modifier::DIM)
        } else {
            self.color(Color::Green)
        }
    }

    pub fn private(&self) -> Style {
        self.color(Color::Magenta).add_modifier(Modifier::ITALIC)
    }

    pub fn error(&self) -> Style {
        self.color(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn info(&self) -> Style {
        self.color(Color::Green)
    }

    pub fn warning(&self) -> Style {
        self.color(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    /// A key name in the footer and help.
    pub fn key(&self) -> Style {
        self.color(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    /// The active tab.
    pub fn tab(&self, active: bool) -> Style {
        if active {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            self.muted()
        }
    }

    /// The filled part of a progress bar.
    pub fn gauge(&self) -> Style {
        self.color(Color::Green)
    }

    /// The banner of read-only mode.
    pub fn banner(&self) -> Style {
        if self.mono {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            Style::new()
                .fg(Color::Black)
                .bg(Color::Yellow)
                .add_modifier(Modifier::BOLD)
        }
    }
}

//! Semantic styles. Pane files ask for a meaning (focused block, selected row, overdue, private),
//! never for a colour. The colours come from a palette: the default one uses the terminal's
//! 16-colour palette, so light and dark terminals both read well; `high-contrast` and `light`
//! are built in too, and the config file may replace any role's colour (`[colors]`). The
//! monochrome theme (for `NO_COLOR`, which wins over all of that) uses only bold, reverse, dim
//! and underline, and selection never depends on colour in any.

use crate::domain::config::{Entry, ThemeName};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders};

/// A colour per semantic role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// The border of a pane without the keys.
    pub border: Color,
    /// The border of the pane with the keys.
    pub focus: Color,
    pub muted: Color,
    pub overdue: Color,
    pub due_soon: Color,
    pub done: Color,
    pub private: Color,
    pub error: Color,
    pub info: Color,
    pub warning: Color,
    /// A key name in the footer and help.
    pub key: Color,
    /// The filled part of a progress bar.
    pub gauge: Color,
    /// The background of the read-only banner.
    pub banner: Color,
}

impl Palette {
    pub const DEFAULT: Palette = Palette {
        border: Color::DarkGray,
        focus: Color::Cyan,
        muted: Color::DarkGray,
        overdue: Color::Red,
        due_soon: Color::Yellow,
        done: Color::Green,
        private: Color::Magenta,
        error: Color::Red,
        info: Color::Green,
        warning: Color::Yellow,
        key: Color::Cyan,
        gauge: Color::Green,
        banner: Color::Yellow,
    };

    /// Bright colours, no dark grey: for low vision or a washed-out screen.
    pub const HIGH_CONTRAST: Palette = Palette {
        border: Color::White,
        focus: Color::LightYellow,
        muted: Color::Gray,
        overdue: Color::LightRed,
        due_soon: Color::LightYellow,
        done: Color::LightGreen,
        private: Color::LightMagenta,
        error: Color::LightRed,
        info: Color::LightGreen,
        warning: Color::LightYellow,
        key: Color::LightCyan,
        gauge: Color::LightGreen,
        banner: Color::LightYellow,
    };

    /// Darker colours that read on a white background (no yellow text, no cyan).
    pub const LIGHT: Palette = Palette {
        border: Color::Gray,
        focus: Color::Blue,
        muted: Color::DarkGray,
        overdue: Color::Red,
        due_soon: Color::Indexed(130),
        done: Color::Indexed(28),
        private: Color::Magenta,
        error: Color::Red,
        info: Color::Indexed(28),
        warning: Color::Indexed(130),
        key: Color::Blue,
        gauge: Color::Indexed(28),
        banner: Color::Indexed(220),
    };

    /// The names of the roles, as the config file writes them.
    pub const ROLES: &'static [&'static str] = &[
        "border", "focus", "muted", "overdue", "due-soon", "done", "private", "error", "info",
        "warning", "key", "gauge", "banner",
    ];

    pub fn named(name: ThemeName) -> Palette {
        match name {
            ThemeName::Default => Palette::DEFAULT,
            ThemeName::HighContrast => Palette::HIGH_CONTRAST,
            ThemeName::Light => Palette::LIGHT,
        }
    }

    fn role(&mut self, name: &str) -> Option<&mut Color> {
        Some(match name {
            "border" => &mut self.border,
            "focus" => &mut self.focus,
            "muted" => &mut self.muted,
            "overdue" => &mut self.overdue,
            "due-soon" | "due_soon" => &mut self.due_soon,
            "done" => &mut self.done,
            "private" => &mut self.private,
            "error" => &mut self.error,
            "info" => &mut self.info,
            "warning" => &mut self.warning,
            "key" => &mut self.key,
            "gauge" => &mut self.gauge,
            "banner" => &mut self.banner,
            _ => return None,
        })
    }

    /// The palette with each entry's colour in its role; the first entry refused, with why.
    pub fn with(mut self, colors: &[Entry]) -> Result<Palette, (Entry, String)> {
        for e in colors {
            let fail = |m: String| (e.clone(), m);
            let slot = self.role(&e.name).ok_or_else(|| {
                fail(crate::t!(
                    "scr-colour-not-role",
                    roles = Palette::ROLES.join(", ")
                ))
            })?;
            let [value] = e.values.as_slice() else {
                return Err(fail(crate::t!("scr-colour-one")));
            };
            *slot = value
                .parse::<Color>()
                .map_err(|_| fail(crate::t!("scr-colour-not-colour", value = value.clone())))?;
        }
        Ok(self)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// No colours at all.
    pub mono: bool,
    pub palette: Palette,
}

impl Theme {
    pub const COLOR: Theme = Theme {
        mono: false,
        palette: Palette::DEFAULT,
    };
    pub const MONO: Theme = Theme {
        mono: true,
        palette: Palette::DEFAULT,
    };

    /// Monochrome when `NO_COLOR` is set to anything non-empty, as the convention says.
    pub fn from_no_color(no_color: Option<&str>) -> Theme {
        Theme::COLOR.no_color(no_color)
    }

    /// This theme, or monochrome when `NO_COLOR` is set to anything non-empty.
    pub fn no_color(self, no_color: Option<&str>) -> Theme {
        Theme {
            mono: no_color.is_some_and(|v| !v.is_empty()),
            ..self
        }
    }

    /// The theme with `palette`'s colours.
    pub fn colored(palette: Palette) -> Theme {
        Theme {
            mono: false,
            palette,
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
            self.color(self.palette.focus).add_modifier(Modifier::BOLD)
        } else {
            self.color(self.palette.border)
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
            self.color(self.palette.muted)
        }
    }

    pub fn overdue(&self) -> Style {
        self.color(self.palette.overdue)
            .add_modifier(Modifier::BOLD)
    }

    pub fn due_soon(&self) -> Style {
        if self.mono {
            Style::new().add_modifier(Modifier::UNDERLINED)
        } else {
            self.color(self.palette.due_soon)
        }
    }

    pub fn done(&self) -> Style {
        if self.mono {
            Style::new().add_modifier(Modifier::DIM)
        } else {
            self.color(self.palette.done)
        }
    }

    pub fn private(&self) -> Style {
        self.color(self.palette.private)
            .add_modifier(Modifier::ITALIC)
    }

    pub fn error(&self) -> Style {
        self.color(self.palette.error).add_modifier(Modifier::BOLD)
    }

    pub fn info(&self) -> Style {
        self.color(self.palette.info)
    }

    pub fn warning(&self) -> Style {
        self.color(self.palette.warning)
            .add_modifier(Modifier::BOLD)
    }

    /// A key name in the footer and help.
    pub fn key(&self) -> Style {
        self.color(self.palette.key).add_modifier(Modifier::BOLD)
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
        self.color(self.palette.gauge)
    }

    /// The banner of read-only mode.
    pub fn banner(&self) -> Style {
        if self.mono {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            Style::new()
                .fg(Color::Black)
                .bg(self.palette.banner)
                .add_modifier(Modifier::BOLD)
        }
    }
}

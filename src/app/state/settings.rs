//! The config file's settings for the app's state.

use super::{State, Status};
use crate::domain::Workspace;

impl State {
    /// The state with the config file's settings for the app: the week's first day, a new
    /// mentee's agreement, and the capacity when the store's profile names none. `problem` (the
    /// file could not be used) is the first message, shown as an error.
    pub fn configured(
        mut self,
        config: &crate::domain::config::Config,
        problem: Option<String>,
    ) -> State {
        self.week_start = config.week_start().weekday();
        self.new_mentee = config.new_mentee.clone();
        self.ws.mentor.fallback.capacity_hours_per_month = config.capacity;
        if let Some(text) = problem {
            self.status = Some(Status { text, error: true });
        }
        self
    }

    /// The state proposing questions from `bank` (the built-in one and the mentor's own file);
    /// `problem` (a line of the file left out) is the first message unless the config file's
    /// is.
    pub fn with_questions(
        mut self,
        bank: crate::domain::questions::Bank,
        problem: Option<String>,
    ) -> State {
        self.questions = std::sync::Arc::new(bank);
        if let Some(text) = problem
            && self.status.is_none()
        {
            self.status = Some(Status { text, error: true });
        }
        self
    }

    /// Shows `ws` (read again from disk), keeping the settings that stand in for its profile.
    pub fn replace_workspace(&mut self, ws: Workspace) {
        let fallback = std::mem::take(&mut self.ws.mentor.fallback);
        self.ws = ws;
        self.ws.mentor.fallback = fallback;
    }
}

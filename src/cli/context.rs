//! What every command needs: where the store is, what time it is, and how to fail.

use super::args::Cli;
use crate::domain::Workspace;
use crate::domain::dates::{self, DateError};
use crate::domain::ids::IdsExhausted;
use crate::domain::ops::{Applied, Ctx, Field, Op, OpError, Warning};
use crate::domain::rules::OutOfRange;
use crate::domain::schedule::Zone;
use crate::domain::workspace::LookupError;
use crate::store::{self, LoadError, OpenError, OpenOptions, SaveError, Store};
use crate::t;
use chrono::{DateTime, FixedOffset, NaiveDate};
use std::path::PathBuf;
use std::time::Duration;

mod one;

/// How long a command waits for another command to finish with the store before giving up.
pub const LOCK_WAIT: Duration = Duration::from_secs(10);

/// How long a command waits for the store quietly before saying who holds it.
const LOCK_NOTICE: Duration = Duration::from_secs(1);

/// A command failed; nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The input makes no sense (exit code 2).
    #[error("{0}")]
    Input(String),
    #[error(transparent)]
    Lookup(#[from] LookupError),
    #[error(transparent)]
    Date(#[from] DateError),
    /// The store's ID counter is at its limit: nothing can be added (exit code 2).
    #[error(transparent)]
    Ids(#[from] IdsExhausted),
    /// The store could not be read (exit code 3).
    #[error("{error}{hint}")]
    Load { error: LoadError, hint: String },
    /// Another editor holds the store (exit code 4).
    #[error(transparent)]
    Open(OpenError),
    /// The change could not be saved (exit code 5).
    #[error(transparent)]
    Save(#[from] SaveError),
    /// The app ended with edits that are not in the store (exit code 5).
    #[error("{}", not_saved(.0))]
    NotSaved(String),
    /// Writing the output (stdout, or a file the command was asked to write), reading an answer,
    /// or using the terminal failed (exit code 6).
    #[error("{what}: {source}")]
    Io {
        what: String,
        #[source]
        source: std::io::Error,
    },
    /// A sync, or setting one up, did not happen or stopped; nothing was lost (exit code 7, or
    /// as the cause says: see [`CliError::exit_code`]).
    #[error(transparent)]
    Sync(#[from] crate::sync::SyncError),
    /// `mentor merge` could not merge: a version does not read, or the result would not
    /// (exit code 1, which tells git the merge failed; OURS is untouched).
    #[error("{0}")]
    Merge(String),
    /// The reader of stdout went away (`mentor goal list | head -1`): it has all it wanted, so
    /// the command ends quietly with exit code 0 (see [`CliError::on_stdout`]).
    #[error("{}", crate::i18n::message("cli-closed-pipe"))]
    ClosedPipe,
}

/// `your edits were not saved: why`.
fn not_saved(why: &str) -> String {
    t!("cli-not-saved", reason = why)
}

impl CliError {
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Input(_) | CliError::Lookup(_) | CliError::Date(_) | CliError::Ids(_) => 2,
            CliError::Load { .. } => 3,
            CliError::Open(OpenError::Locked { .. }) => 4,
            CliError::Open(OpenError::Load(_)) => 3,
            CliError::Open(_) | CliError::Save(_) | CliError::NotSaved(_) => 5,
            CliError::Io { .. } => 6,
            CliError::Sync(e) => sync_exit_code(e),
            CliError::ClosedPipe => 0,
            CliError::Merge(_) => 1,
        }
    }

    /// An I/O failure while doing `what` ("cannot write the list", say).
    pub fn io(what: impl Into<String>) -> impl FnOnce(std::io::Error) -> CliError {
        let what = what.into();
        move |source| CliError::Io { what, source }
    }

    /// This error, met while writing to stdout: a broken pipe there means the reader went away
    /// ([`CliError::ClosedPipe`]). Elsewhere (a file, the terminal) it stays an I/O error.
    pub fn on_stdout(self) -> CliError {
        match self {
            CliError::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe => {
                CliError::ClosedPipe
            }
            other => other,
        }
    }
}

/// The exit code of a sync that did not happen: bad input 2, a store that does not read 3, an
/// editor holding it 4, else 7 (git, or the remote, failed; nothing was lost).
fn sync_exit_code(e: &crate::sync::SyncError) -> u8 {
    use crate::sync::SyncError as S;
    match e {
        S::NotSetUp { .. } | S::PublicRemote { .. } | S::RemoteTaken { .. } => 2,
        S::Load(_) | S::Locked(OpenError::Load(_)) => 3,
        S::AppOpen { .. } | S::Locked(OpenError::Locked { .. }) => 4,
        _ => 7,
    }
}

impl From<LoadError> for CliError {
    fn from(error: LoadError) -> Self {
        let hint = match &error {
            LoadError::Missing { .. } | LoadError::Io { .. } => String::new(),
            other => backup_hint(other.path()),
        };
        CliError::Load { error, hint }
    }
}

impl From<OpenError> for CliError {
    fn from(error: OpenError) -> Self {
        match error {
            OpenError::Load(e) => e.into(),
            other => CliError::Open(other),
        }
    }
}

/// Offers the newest copy that reads cleanly (a backup or a conflict copy), for a store that
/// does not.
fn backup_hint(path: &std::path::Path) -> String {
    format!("\n{}", store::recovery_advice(path))
}

/// The store path and the current moment, fixed for the whole command.
#[derive(Debug, Clone)]
pub struct Context {
    pub store: PathBuf,
    pub now: DateTime<FixedOffset>,
    /// The config file's settings (the defaults when it has none or cannot be used).
    pub settings: crate::tui::settings::Settings,
}

impl Context {
    /// The store from `--store`, `MENTOR_STORE` or the default location; the time from the clock,
    /// or from `MENTOR_NOW` (RFC 3339) when set, so scripts and tests can fix "today"; the
    /// config file's settings, put in force (a file that cannot be used is a warning, and the
    /// defaults hold; `mentor config` commands say it themselves).
    pub fn new(cli: &Cli) -> Result<Context, CliError> {
        let settings = crate::tui::settings::Settings::load();
        // The language first, so that everything said from here on is said in it.
        super::language(cli.lang, settings.config.language.as_deref())?;
        if let Some(e) = &settings.error
            && !matches!(cli.command, Some(super::Command::Config(_)))
        {
            eprintln!(
                "mentor: {}",
                crate::domain::text::block(&t!("cli-warn-config", error = e.to_string()))
            );
        }
        settings.install(cli.no_mouse);
        let store = match &cli.store {
            Some(path) => path.clone(),
            None => store::paths::default_store_path()
                .ok_or_else(|| CliError::Input(t!("cli-no-home")))?,
        };
        let now = match std::env::var("MENTOR_NOW") {
            Ok(text) => DateTime::parse_from_rfc3339(&text)
                .map_err(|_| CliError::Input(t!("cli-bad-now", text = format!("{text:?}"))))?,
            Err(_) => crate::tui::now(),
        };
        Ok(Context {
            store,
            now,
            settings,
        })
    }

    pub fn today(&self) -> NaiveDate {
        self.now.date_naive()
    }

    /// A date typed on the command line.
    pub fn date(&self, text: &str) -> Result<NaiveDate, CliError> {
        Ok(dates::parse_date(text, self.today())?)
    }

    /// The mentor's time zone, the same the app uses ([`crate::tui::local_zone`]).
    pub fn zone(&self) -> Zone {
        crate::tui::local_zone()
    }

    /// The moment of an operation made by this command.
    pub fn ops(&self) -> Ctx {
        Ctx {
            today: self.today(),
            now: self.now,
            zone: self.zone(),
        }
    }

    /// A date and time typed on the command line. Without an explicit offset it is read as local
    /// time in the mentor's zone on that date, so a time across a daylight-saving change keeps
    /// its hour.
    pub fn datetime(&self, text: &str) -> Result<DateTime<FixedOffset>, CliError> {
        Ok(self.zone().parse_moment(text, self.today())?)
    }

    /// An optional date typed on the command line.
    pub fn opt_date(&self, text: Option<&str>) -> Result<Option<NaiveDate>, CliError> {
        text.map(|t| self.date(t)).transpose()
    }

    /// Reads the workspace without locking or creating anything (an absent store is empty).
    pub fn read(&self) -> Result<Workspace, CliError> {
        let loaded = store::load_or_empty(&self.store)?;
        Ok(self.warn_newer(loaded))
    }

    /// Reads what a command about one mentee needs: with `mentee`, the workspace's header and the
    /// mentee it picks out (by the rule of [`Workspace::resolve_mentee`]), the others left unparsed
    /// ([`store::scoped`]); whenever that read is unsure, and without `mentee`, the whole
    /// workspace as [`Context::read`].
    pub fn read_for(&self, mentee: Option<&str>) -> Result<Workspace, CliError> {
        if let Some(query) = mentee
            && let Ok(Some(loaded)) = store::scoped::load_mentee(&self.store, query)
        {
            return Ok(self.warn_newer(loaded));
        }
        self.read()
    }

    /// `ws` with the settings that stand in for its profile (the config file's capacity).
    fn with_fallback(&self, mut ws: Workspace) -> Workspace {
        ws.mentor.fallback.capacity_hours_per_month = self.settings.config.capacity;
        ws
    }

    fn warn_newer(&self, loaded: store::Loaded) -> Workspace {
        super::keep::keep_until_exit(&loaded.workspace);
        if loaded.newer_major() {
            eprintln!(
                "mentor: {}",
                t!(
                    "cli-warn-newer",
                    store = self.store.display().to_string(),
                    version = loaded.version.to_string()
                )
            );
        }
        self.with_fallback(loaded.workspace)
    }

    /// Opens the store for editing, applies `change`, and saves. If `change` fails, nothing is
    /// written.
    pub fn edit<T>(
        &self,
        change: impl FnOnce(&mut Workspace) -> Result<T, CliError>,
    ) -> Result<T, CliError> {
        let (mut store, ws) = self.open_waiting()?;
        let mut ws = self.with_fallback(ws);
        super::keep::keep_until_exit(&ws);
        let out = change(&mut ws)?;
        store.save(&ws)?;
        Ok(out)
    }
}

impl Context {
    /// Opens the store for editing, waiting up to [`LOCK_WAIT`] for another editor to let go.
    /// Another command holds it for a moment only; a holder still there after [`LOCK_NOTICE`]
    /// (the full-screen app, say) is named on stderr while the command waits.
    fn open_waiting(&self) -> Result<(Store, Workspace), CliError> {
        self.open_waiting_with(|options| Store::open(&self.store, options))
    }

    /// Opens the store for editing with `open`, waiting as [`Context::open_waiting`].
    fn open_waiting_with<T>(
        &self,
        open: impl Fn(&OpenOptions) -> Result<T, OpenError>,
    ) -> Result<T, CliError> {
        let options = |lock_wait| OpenOptions {
            lock_wait,
            ..OpenOptions::default()
        };
        match open(&options(LOCK_NOTICE)) {
            Err(crate::store::OpenError::Locked { holder, .. }) => {
                let store = self.store.display().to_string();
                let seconds = LOCK_WAIT.as_secs();
                eprintln!(
                    "mentor: {}",
                    match holder {
                        Some(h) => t!(
                            "cli-waiting-process",
                            process = h.to_string(),
                            store = store,
                            seconds = seconds
                        ),
                        None => t!("cli-waiting", store = store, seconds = seconds),
                    }
                );
                Ok(open(&options(LOCK_WAIT - LOCK_NOTICE))?)
            }
            other => Ok(other?),
        }
    }

    /// Opens the store, builds the operation from what it holds, applies it and saves; returns
    /// what the operation did and the workspace as saved. If anything fails nothing is written.
    pub fn apply(
        &self,
        op: impl FnOnce(&Workspace) -> Result<Op, CliError>,
    ) -> Result<(Applied, Workspace), CliError> {
        let ops = self.ops();
        self.edit(|ws| {
            let applied = op(ws)?.apply(ws, &ops)?;
            Ok((applied, ws.clone()))
        })
    }
}

impl From<OpError> for CliError {
    /// The operation's refusal in the words of the command line (naming the flag that decides).
    fn from(e: OpError) -> Self {
        let text = match e {
            OpError::Lookup(e) => return CliError::Lookup(e),
            OpError::Ids(e) => return CliError::Ids(e),
            OpError::NameTaken(name) => t!("cli-name-taken", name = name),
            OpError::PlannedSessions { mentee, planned } => t!(
                "cli-planned-sessions",
                mentee = mentee.to_string(),
                count = planned
            ),
            OpError::StillToCome { id, date } => t!(
                "cli-still-to-come",
                id = id.to_string(),
                date = date.to_string()
            ),
            OpError::NotAGoal { goal, mentee } => t!(
                "cli-not-a-goal",
                goal = goal.to_string(),
                mentee = mentee.to_string()
            ),
            OpError::NoCadence(name) => t!("cli-no-cadence", name = name.to_string()),
            OpError::OutOfRange(field @ (Field::Mood | Field::Energy | Field::MentorEnergy), e) => {
                let flag = match field {
                    Field::Mood => "--mood",
                    Field::Energy => "--energy",
                    _ => "--mentor-energy",
                };
                format!("{flag} {e}")
            }
            other => other.to_string(),
        };
        CliError::Input(text)
    }
}

/// A warning for the command line, on standard error.
pub fn warn(warnings: &[Warning]) {
    for w in warnings {
        match w {
            Warning::OverCapacity { hours, capacity } => eprintln!(
                "mentor: {}",
                t!(
                    "cli-warn-over-capacity",
                    hours = super::output::one_decimal(*hours),
                    capacity = super::output::one_decimal(*capacity)
                )
            ),
        }
    }
}

/// A number checked against the domain's limit for it (the same the loader applies), refused
/// with the flag named.
pub fn within<T>(flag: &str, checked: Result<T, OutOfRange>) -> Result<T, CliError> {
    checked.map_err(|e| CliError::Input(format!("{flag} {e}")))
}

/// Text that must not be blank.
pub fn non_blank(text: &str, what: &str) -> Result<String, CliError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        Err(CliError::Input(t!("cli-not-empty", what = what)))
    } else {
        Ok(trimmed.to_string())
    }
}

/// The whole ID of the goal `typed` names (its whole ID, or the short form of one goal's), for a
/// record that refers to it; `typed` as it is when it names no goal, so that the operation
/// refuses it in its own words.
pub fn goal_named(ws: &Workspace, typed: &str) -> Result<crate::domain::GoalId, CliError> {
    let typed = typed.trim();
    match ws.goal_id(typed) {
        Err(crate::domain::workspace::LookupError::NoRecord { .. }) => {
            Ok(crate::domain::GoalId(typed.to_string()))
        }
        found => Ok(found?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::form::{Field, FieldKind, read_datetime};
    use crate::domain::dates::iso;
    use crate::domain::dates::table::{self, TABLE};
    use crate::domain::schedule::Zone;
    use chrono::TimeZone;

    /// The form's date fields and the command line read every row of the reader's table alike:
    /// both accept or both refuse, and what the form previews is what the command saves.
    #[test]
    fn forms_and_the_command_line_read_the_table_alike() {
        let today = table::today();
        let now = table::zone()
            .from_local_datetime(&today.and_hms_opt(9, 0, 0).unwrap())
            .unwrap();
        let ctx = Context {
            store: PathBuf::new(),
            now,
            settings: Default::default(),
        };
        let zone = Zone::Fixed(table::zone());
        for (input, as_date, _) in TABLE {
            let field = Field::new("Due", FieldKind::Date { required: true }, *input);
            let cli = ctx.date(input);
            let form_ok = field.check(today, zone).is_ok();
            assert_eq!(cli.is_ok(), form_ok, "{input:?}");
            assert_eq!(cli.is_ok(), !as_date.starts_with('✗'), "{input:?}");
            if let Ok(date) = cli {
                let shown = field.preview(today, zone);
                let expected =
                    (iso(date).to_string() != input.trim()).then(|| format!("→ {}", iso(date)));
                assert_eq!(shown, expected, "{input:?}");
            }
        }
        for (input, _, as_moment) in TABLE {
            let field = Field::new("When", FieldKind::DateTime, *input);
            let cli = ctx.datetime(input).map_err(|e| e.to_string());
            let form = read_datetime(input, today, zone).map_err(|e| e.to_string());
            assert_eq!(field.check(today, zone).is_ok(), form.is_ok(), "{input:?}");
            assert_eq!(cli.is_ok(), !as_moment.starts_with('✗'), "{input:?}");
            // The command line reads in the machine's zone, the form in the mentor's: the same
            // wall-clock time on the same day.
            assert_eq!(
                cli.map(|at| at.naive_local()),
                form.map(|at| at.naive_local()),
                "{input:?}"
            );
            if let Ok(at) = read_datetime(input, today, zone) {
                let shown = field.preview(today, zone);
                assert_eq!(
                    shown,
                    Some(format!("→ {}", at.format("%a %Y-%m-%d %H:%M"))),
                    "{input:?}"
                );
            }
        }
    }

    /// Only a broken pipe on stdout is the reader going away; the same error from the terminal
    /// or a file is an I/O failure with its own exit code.
    #[test]
    fn a_broken_pipe_is_quiet_only_on_stdout() {
        let broken = || std::io::Error::from(std::io::ErrorKind::BrokenPipe);
        let on_stdout = CliError::io("cannot write the output")(broken()).on_stdout();
        assert!(matches!(on_stdout, CliError::ClosedPipe));
        assert_eq!(on_stdout.exit_code(), 0);
        let terminal = CliError::io("cannot use the terminal")(broken());
        assert_eq!(terminal.exit_code(), 6);
        let full = CliError::io("cannot write the output")(std::io::Error::from(
            std::io::ErrorKind::StorageFull,
        ))
        .on_stdout();
        assert_eq!(full.exit_code(), 6);
        assert!(full.to_string().starts_with("cannot write the output: "));
        let bad = CliError::Input("no such mentee".into()).on_stdout();
        assert_eq!(bad.exit_code(), 2);
    }
}

//! Which language: the choice at start, the process-wide setting and the per-thread override.

use crate::domain::dates::names::{self, DateNames};
use chrono::Weekday;
use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

/// A language mentor speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    Nl,
}

/// A language name mentor does not know (from `--lang` or the config file).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language \"{0}\": use en (English) or nl (Nederlands)")]
pub struct LangError(pub String);

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Nl];

    /// The language's code: `en`, `nl`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
        }
    }

    /// A language as a person names it on the command line or in the config file: `en`, `nl`,
    /// `english`, `nederlands`, `dutch`, or a locale such as `nl_NL.UTF-8` or `nl-BE`.
    pub fn parse(text: &str) -> Result<Lang, LangError> {
        let word = text.trim().to_lowercase();
        match word.as_str() {
            "english" => return Ok(Lang::En),
            "nederlands" | "dutch" => return Ok(Lang::Nl),
            _ => {}
        }
        Lang::of_locale(&word).ok_or_else(|| LangError(text.to_string()))
    }

    /// The language of a POSIX locale name (`nl_NL.UTF-8`, `nl`, `nl_BE@euro`, `en_GB`), or
    /// `None` for any other (`C`, `POSIX`, `fr_FR`).
    pub fn of_locale(locale: &str) -> Option<Lang> {
        let language = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "en" => Some(Lang::En),
            "nl" => Some(Lang::Nl),
            _ => None,
        }
    }

    /// The names of days and months in this language.
    pub fn date_names(self) -> &'static DateNames {
        match self {
            Lang::En => &names::ENGLISH,
            Lang::Nl => &names::DUTCH,
        }
    }

    /// The first day of the week: Monday in Dutch. English keeps what mentor always showed,
    /// weeks from Monday too (ISO 8601).
    pub fn week_start(self) -> Weekday {
        match self {
            Lang::En | Lang::Nl => Weekday::Mon,
        }
    }

    fn index(self) -> u8 {
        match self {
            Lang::En => 0,
            Lang::Nl => 1,
        }
    }

    fn from_index(i: u8) -> Lang {
        if i == 1 { Lang::Nl } else { Lang::En }
    }
}

/// The language of the locale in the environment, as POSIX reads it: the first of `LC_ALL`,
/// `LC_MESSAGES` and `LANG` that is set and not empty decides; `C`, `POSIX` or a language
/// mentor does not speak is English. `var` reads a variable (`std::env::var` outside tests).
pub fn from_locale_env(var: impl Fn(&str) -> Option<String>) -> Lang {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| var(name).filter(|v| !v.trim().is_empty()))
        .and_then(|locale| Lang::of_locale(&locale))
        .unwrap_or_default()
}

/// The language to use: `--lang` if given, then the config file's `language` (an unknown one
/// is an error for the config's own report), then the locale.
pub fn choose(
    flag: Option<Lang>,
    config: Option<&str>,
    var: impl Fn(&str) -> Option<String>,
) -> Result<Lang, LangError> {
    if let Some(lang) = flag {
        return Ok(lang);
    }
    match config.map(str::trim).filter(|c| !c.is_empty()) {
        Some(name) => Lang::parse(name),
        None => Ok(from_locale_env(var)),
    }
}

static CURRENT: AtomicU8 = AtomicU8::new(0);

thread_local! {
    static OVERRIDE: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the process-wide language (once, at start).
pub fn set(lang: Lang) {
    CURRENT.store(lang.index(), Ordering::Relaxed);
}

/// The language texts are shown in on this thread: its override, else the process-wide one.
pub fn current() -> Lang {
    OVERRIDE
        .with(Cell::get)
        .unwrap_or_else(|| Lang::from_index(CURRENT.load(Ordering::Relaxed)))
}

/// Runs `f` with `lang` as this thread's language, and puts back what was there after (also
/// when `f` panics).
pub fn with_lang<R>(lang: Lang, f: impl FnOnce() -> R) -> R {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            OVERRIDE.with(|o| o.set(self.0));
        }
    }
    let _restore = Restore(OVERRIDE.with(|o| o.replace(Some(lang))));
    f()
}

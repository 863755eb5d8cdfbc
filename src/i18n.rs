//! Localisation: the language a person reads, and the texts in it.
//!
//! Every text a person reads comes from a message catalogue, one per language, kept in the
//! repository as Project Fluent files (`i18n/en/mentor.ftl`, `i18n/nl/mentor.ftl`) and built
//! into the binary: nothing is read from disk or fetched at run time. Look a text up with
//! [`t!`](crate::t) (`t!("welcome-title")`, `t!("count-sessions", count = n)`); a message the
//! chosen language lacks falls back to English, and an ID no catalogue has shows as itself.
//!
//! How the language reaches the code: one process-wide language, [`set`] once at start from
//! `--lang`, the config file and the locale ([`choose`]); [`with_lang`] overrides it for the
//! current thread while a closure runs (tests, a report written in another language). So no
//! function needs a language parameter to show a text. The domain does not use this module:
//! where a pure function needs the language's words (date names), the caller passes a table in.
//!
//! Layer: depends on nothing of mentor's but the domain's plain tables; `app`, `ui`, `cli` and
//! `report` use it. See docs/I18N.md for the choices and for how to add a text.

mod catalogue;
mod lang;
mod problem;

pub use catalogue::{Args, has, message, message_with, source, tr};
pub use lang::{Lang, LangError, choose, current, from_locale_env, set, with_lang};
pub use problem::{date_error_short, problem};

/// Dates in the current language's words (see [`crate::domain::dates::names`]).
pub mod date {
    use super::current;
    use crate::domain::dates::names;
    use chrono::{NaiveDate, Weekday};

    /// `maandag 30 november`, `Monday 30 November`.
    pub fn long(date: NaiveDate) -> String {
        names::long(date, current().date_names())
    }

    /// `ma 30 nov`, `Mon 30 Nov`.
    pub fn short(date: NaiveDate) -> String {
        names::short(date, current().date_names())
    }

    /// `november 2026`, `November 2026`.
    pub fn month_year(date: NaiveDate) -> String {
        names::month_year(date, current().date_names())
    }

    /// `maandag`, `Monday`.
    pub fn weekday(day: Weekday) -> &'static str {
        current().date_names().weekday(day)
    }

    /// `ma`, `Mon`.
    pub fn weekday_short(day: Weekday) -> &'static str {
        current().date_names().weekday_short(day)
    }

    /// `value`'s short weekday, then `rest`: `ma 2026-11-30 10:00` (`rest` is the rest of the
    /// date as it was written before: `at.format("%Y-%m-%d %H:%M")`).
    pub fn with_weekday(value: &impl chrono::Datelike, rest: impl std::fmt::Display) -> String {
        format!("{} {rest}", weekday_short(value.weekday()))
    }

    /// The first day of a week in the current language: Monday in Dutch (and in English, as
    /// mentor always showed it).
    pub fn week_start() -> Weekday {
        current().week_start()
    }
}

/// A text from the catalogue in the current language: `t!("welcome-title")`, or with arguments
/// `t!("help-rows", from = 1, to = 9, total = n)`. The ID is a literal, so a test can find every ID the
/// code asks for (`tests::every_id_the_code_asks_for_exists`).
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $( args.set(stringify!($name), $value); )+
        $crate::i18n::message_with($id, &args)
    }};
}

#[cfg(test)]
mod tests;

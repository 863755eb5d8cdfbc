//! The message catalogues, built into the binary, and looking a message up in them.

use super::lang::{Lang, current};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::borrow::Cow;
use std::sync::OnceLock;

/// Arguments of a message: `$name` placeables by name.
pub type Args<'a> = FluentArgs<'a>;

/// The files of one language's catalogue, in `i18n/<lang>/`, one per part of the program (so
/// a screen's texts stand together, and work on two parts never edits one file).
macro_rules! catalogue_files {
    ($lang:literal) => {
        [
            include_str!(concat!("../../i18n/", $lang, "/mentor.ftl")),
            include_str!(concat!("../../i18n/", $lang, "/cli.ftl")),
            include_str!(concat!("../../i18n/", $lang, "/domain.ftl")),
            include_str!(concat!("../../i18n/", $lang, "/forms.ftl")),
            include_str!(concat!("../../i18n/", $lang, "/screens.ftl")),
            include_str!(concat!("../../i18n/", $lang, "/reports.ftl")),
            include_str!(concat!("../../i18n/", $lang, "/store.ftl")),
            include_str!(concat!("../../i18n/", $lang, "/app-sync.ftl")),
            include_str!(concat!("../../i18n/", $lang, "/reply.ftl")),
            include_str!(concat!("../../i18n/", $lang, "/inbox.ftl")),
            include_str!(concat!("../../i18n/", $lang, "/questions.ftl")),
            include_str!(concat!("../../i18n/", $lang, "/practice.ftl")),
            include_str!(concat!("../../i18n/", $lang, "/closing.ftl")),
        ]
    };
}

/// The Fluent source of a language's catalogue (its files one after the other), as built into
/// the binary.
pub fn source(lang: Lang) -> &'static str {
    static SOURCES: OnceLock<[String; 2]> = OnceLock::new();
    let [en, nl] = SOURCES.get_or_init(|| {
        [
            catalogue_files!("en").join("\n"),
            catalogue_files!("nl").join("\n"),
        ]
    });
    match lang {
        Lang::En => en,
        Lang::Nl => nl,
    }
}

type Bundle = FluentBundle<FluentResource>;

/// One bundle per language, in the order of [`Lang::ALL`], made on first use.
fn bundles() -> &'static [Bundle; 2] {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    BUNDLES.get_or_init(|| [bundle(Lang::En), bundle(Lang::Nl)])
}

fn bundle(lang: Lang) -> Bundle {
    // The plural rules come from the language: `one` and `other` for both.
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around arguments: a terminal would show them (and mentor's
    // own escaping makes every argument safe to show already).
    bundle.set_use_isolating(false);
    // A catalogue that does not parse cleanly still gives what it could read; the catalogue
    // tests make sure both parse.
    let resource = FluentResource::try_new(source(lang).to_string()).unwrap_or_else(|(r, _)| r);
    bundle.add_resource_overriding(resource);
    bundle
}

fn get(lang: Lang) -> &'static Bundle {
    let [en, nl] = bundles();
    match lang {
        Lang::En => en,
        Lang::Nl => nl,
    }
}

/// `id` formatted in `lang`, or `None` when that catalogue lacks it.
fn format_in(lang: Lang, id: &str, args: Option<&Args<'_>>) -> Option<String> {
    let bundle = get(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text: Cow<'_, str> = bundle.format_pattern(pattern, args, &mut errors);
    Some(text.into_owned())
}

/// The message `id` in the current language, English when that language lacks it, and the ID
/// itself when no catalogue has it.
pub fn message_with(id: &str, args: &Args<'_>) -> String {
    lookup(id, Some(args))
}

/// The message `id` without arguments (see [`message_with`]).
pub fn message(id: &str) -> String {
    lookup(id, None)
}

fn lookup(id: &str, args: Option<&Args<'_>>) -> String {
    with_fallback(current(), |lang| format_in(lang, id, args)).unwrap_or_else(|| id.to_string())
}

/// What `format` gives in `lang`, or else in English.
pub(super) fn with_fallback(lang: Lang, format: impl Fn(Lang) -> Option<String>) -> Option<String> {
    format(lang).or_else(|| (lang != Lang::En).then(|| format(Lang::En)).flatten())
}

/// A text that may be a message ID: its message when a catalogue has it, else the text as
/// written. For tables that hold IDs (the keymap's help), so a line added with plain English
/// still shows while its message is written.
pub fn tr(text: &str) -> String {
    lookup(text, None)
}

/// Whether `lang`'s catalogue has the message `id`.
pub fn has(lang: Lang, id: &str) -> bool {
    get(lang).has_message(id)
}

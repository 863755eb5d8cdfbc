//! The words the date reader knows, kept as data: another language is another table added to
//! [`LANGUAGES`], not a change to the grammar in `phrase`.

use chrono::Weekday;

/// The unit of an offset such as `+2w` or `in 3 months`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unit {
    Days,
    Weeks,
    Months,
}

/// One language's words. Every entry is lower case.
#[derive(Debug)]
pub struct Words {
    /// Days named relative to today, with their distance from it (`tomorrow` is 1).
    pub days: &'static [(&'static str, i64)],
    pub weekdays: &'static [(&'static str, Weekday)],
    pub months: &'static [(&'static str, u32)],
    pub units: &'static [(&'static str, Unit)],
    /// Before a weekday: the next one on or after today.
    pub this: &'static [&'static str],
    /// Before a weekday: the first one after today.
    pub next: &'static [&'static str],
    /// Before an offset: `in 3 days`.
    pub within: &'static [&'static str],
    /// Between a date and its time: `tomorrow at 10:00`.
    pub at: &'static [&'static str],
    pub noon: &'static [&'static str],
    pub am: &'static [&'static str],
    pub pm: &'static [&'static str],
    /// After a day of the month: `1st`, `22nd`.
    pub ordinals: &'static [&'static str],
    /// After an hour on the 24-hour clock: `15 uur`, `9u`.
    pub hours: &'static [&'static str],
    /// The edges of a week or a month: `end of the month`, `begin volgende week`.
    pub end: &'static [&'static str],
    pub start: &'static [&'static str],
    /// Between an edge and its period: `end of the month`, `eind van de maand`.
    pub of: &'static [&'static str],
    pub the: &'static [&'static str],
    /// Before a week or a month: the one today is in.
    pub current: &'static [&'static str],
}

pub const ENGLISH: Words = Words {
    days: &[("today", 0), ("tomorrow", 1), ("yesterday", -1)],
    weekdays: &[
        ("monday", Weekday::Mon),
        ("mon", Weekday::Mon),
        ("tuesday", Weekday::Tue),
        ("tue", Weekday::Tue),
        ("wednesday", Weekday::Wed),
        ("wed", Weekday::Wed),
        ("thursday", Weekday::Thu),
        ("thu", Weekday::Thu),
        ("friday", Weekday::Fri),
        ("fri", Weekday::Fri),
        ("saturday", Weekday::Sat),
        ("sat", Weekday::Sat),
        ("sunday", Weekday::Sun),
        ("sun", Weekday::Sun),
    ],
    months: &[
        ("january", 1),
        ("jan", 1),
        ("february", 2),
        ("feb", 2),
        ("march", 3),
        ("mar", 3),
        ("april", 4),
        ("apr", 4),
        ("may", 5),
        ("june", 6),
        ("jun", 6),
        ("july", 7),
        ("jul", 7),
        ("august", 8),
        ("aug", 8),
        ("september", 9),
        ("sep", 9),
        ("sept", 9),
        ("october", 10),
        ("oct", 10),
        ("november", 11),
        ("nov", 11),
        ("december", 12),
        ("dec", 12),
    ],
    units: &[
        ("d", Unit::Days),
        ("day", Unit::Days),
        ("days", Unit::Days),
        ("w", Unit::Weeks),
        ("wk", Unit::Weeks),
        ("wks", Unit::Weeks),
        ("week", Unit::Weeks),
        ("weeks", Unit::Weeks),
        ("m", Unit::Months),
        ("mo", Unit::Months),
        ("month", Unit::Months),
        ("months", Unit::Months),
    ],
    this: &["this"],
    next: &["next"],
    within: &["in"],
    at: &["at"],
    noon: &["noon"],
    am: &["am"],
    pm: &["pm"],
    ordinals: &["st", "nd", "rd", "th"],
    hours: &[],
    end: &["end"],
    start: &["start", "beginning"],
    of: &["of"],
    the: &["the"],
    current: &["this"],
};

/// Dutch. Words Dutch writes as English does (`april`, `nov`, `week`, `d`) are in English's
/// table already: a word may come from any language. Dutch: `vandaag`, `volgende vrijdag`, `over 2 weken`, `morgen om 9:30`, `15 uur`,
/// `eind van de maand`, `begin volgende week`, `3 mei`, `1e april`.
pub const DUTCH: Words = Words {
    days: &[
        ("vandaag", 0),
        ("morgen", 1),
        ("overmorgen", 2),
        ("gisteren", -1),
        ("eergisteren", -2),
    ],
    weekdays: &[
        ("maandag", Weekday::Mon),
        ("ma", Weekday::Mon),
        ("dinsdag", Weekday::Tue),
        ("di", Weekday::Tue),
        ("woensdag", Weekday::Wed),
        ("wo", Weekday::Wed),
        ("donderdag", Weekday::Thu),
        ("do", Weekday::Thu),
        ("vrijdag", Weekday::Fri),
        ("vr", Weekday::Fri),
        ("zaterdag", Weekday::Sat),
        ("za", Weekday::Sat),
        ("zondag", Weekday::Sun),
        ("zo", Weekday::Sun),
    ],
    months: &[
        ("januari", 1),
        ("februari", 2),
        ("maart", 3),
        ("mrt", 3),
        ("mei", 5),
        ("juni", 6),
        ("juli", 7),
        ("augustus", 8),
        ("oktober", 10),
        ("okt", 10),
    ],
    units: &[
        ("dag", Unit::Days),
        ("dagen", Unit::Days),
        ("weken", Unit::Weeks),
        ("maand", Unit::Months),
        ("maanden", Unit::Months),
        ("mnd", Unit::Months),
    ],
    this: &["deze", "aanstaande", "komende"],
    next: &["volgende"],
    within: &["over"],
    at: &["om"],
    noon: &[],
    am: &[],
    pm: &[],
    ordinals: &["ste", "de", "e"],
    hours: &["uur", "u"],
    end: &["eind", "einde"],
    start: &["begin"],
    of: &["van"],
    the: &["de", "het"],
    current: &["deze", "dit"],
};

/// Every language the reader understands; a word may come from any of them.
pub const LANGUAGES: &[&Words] = &[&ENGLISH, &DUTCH];

/// The value of `word` in a table of any language.
pub fn find<T: Copy>(word: &str, table: impl Fn(&Words) -> &[(&'static str, T)]) -> Option<T> {
    LANGUAGES
        .iter()
        .flat_map(|w| table(w).iter())
        .find(|(name, _)| *name == word)
        .map(|(_, value)| *value)
}

/// Whether `word` is in a word list of any language.
pub fn is(word: &str, list: impl Fn(&Words) -> &[&'static str]) -> bool {
    LANGUAGES.iter().any(|w| list(w).contains(&word))
}

/// `word` without a suffix from a list of any language (`3pm` -> `3`).
pub fn strip_suffix(word: &str, list: impl Fn(&Words) -> &[&'static str]) -> Option<&str> {
    LANGUAGES
        .iter()
        .flat_map(|w| list(w).iter())
        .find_map(|suffix| word.strip_suffix(suffix))
}

/// The words a typed word may run on from (`yesterdayy`, `fridays`).
fn known_words() -> impl Iterator<Item = &'static str> {
    LANGUAGES.iter().flat_map(|l| {
        let named = l.days.iter().map(|(w, _)| *w);
        let weekdays = l.weekdays.iter().map(|(w, _)| *w);
        let months = l.months.iter().map(|(w, _)| *w);
        named
            .chain(weekdays)
            .chain(months)
            .chain(l.noon.iter().copied())
            .chain(l.next.iter().copied())
            .chain(l.this.iter().copied())
            .chain(l.end.iter().copied())
            .chain(l.start.iter().copied())
    })
}

/// The length of the longest known word that `word` starts with and runs past. `None` when
/// `word` is itself a known word: `friday` is not `fri` run on into `day`. Words of two letters
/// (Dutch `ma`, `do`) start too many others to say so: `many` is not `ma` run on.
pub fn known_prefix(word: &str) -> Option<usize> {
    if known_words().any(|k| k == word) {
        return None;
    }
    known_words()
        .filter(|k| k.len() > 2 && word.len() > k.len() && word.starts_with(k))
        .map(str::len)
        .max()
}

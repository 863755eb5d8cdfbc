//! The reader's table in Dutch, read as the English one ([`super::table`]) is: on Sunday
//! 2026-11-29 in a zone at +01:00, a date field and a date-and-time field. A date alone gets
//! 09:00 in a date-and-time field. `✗` is a refusal with its reason.

/// (input, as a date, as a date and time).
pub const DUTCH: &[(&str, &str, &str)] = &[
    // named days
    ("vandaag", "2026-11-29", "2026-11-29 09:00"),
    ("Morgen", "2026-11-30", "2026-11-30 09:00"),
    ("gisteren", "2026-11-28", "2026-11-28 09:00"),
    ("overmorgen", "2026-12-01", "2026-12-01 09:00"),
    ("eergisteren", "2026-11-27", "2026-11-27 09:00"),
    // weekdays (today is a Sunday)
    ("vrijdag", "2026-12-04", "2026-12-04 09:00"),
    ("vr", "2026-12-04", "2026-12-04 09:00"),
    ("volgende vrijdag", "2026-12-04", "2026-12-04 09:00"),
    ("deze vrijdag", "2026-12-04", "2026-12-04 09:00"),
    ("aanstaande woensdag", "2026-12-02", "2026-12-02 09:00"),
    ("zondag", "2026-11-29", "2026-11-29 09:00"),
    ("volgende zondag", "2026-12-06", "2026-12-06 09:00"),
    ("ma", "2026-11-30", "2026-11-30 09:00"),
    // offsets
    ("over 2 weken", "2026-12-13", "2026-12-13 09:00"),
    ("over 3 dagen", "2026-12-02", "2026-12-02 09:00"),
    ("over 1 dag", "2026-11-30", "2026-11-30 09:00"),
    ("over 1 maand", "2026-12-29", "2026-12-29 09:00"),
    ("over 2 mnd", "2027-01-29", "2027-01-29 09:00"),
    ("+3 dagen", "2026-12-02", "2026-12-02 09:00"),
    // the edges of a week (Monday to Sunday) and a month
    ("eind van de maand", "2026-11-30", "2026-11-30 09:00"),
    ("einde van de maand", "2026-11-30", "2026-11-30 09:00"),
    ("eind van de week", "2026-11-29", "2026-11-29 09:00"),
    ("eind deze week", "2026-11-29", "2026-11-29 09:00"),
    ("begin volgende maand", "2026-12-01", "2026-12-01 09:00"),
    ("begin van volgende week", "2026-11-30", "2026-11-30 09:00"),
    ("eind volgende maand", "2026-12-31", "2026-12-31 09:00"),
    (
        "einde van de volgende week",
        "2026-12-06",
        "2026-12-06 09:00",
    ),
    ("begin van de maand", "2026-11-01", "2026-11-01 09:00"),
    ("end of the month", "2026-11-30", "2026-11-30 09:00"),
    ("start of next week", "2026-11-30", "2026-11-30 09:00"),
    // month names
    ("30 november", "2026-11-30", "2026-11-30 09:00"),
    ("3 mei 2027", "2027-05-03", "2027-05-03 09:00"),
    ("1e april 2027", "2027-04-01", "2027-04-01 09:00"),
    ("2de mrt", "2026-03-02", "2026-03-02 09:00"),
    ("21ste okt", "2026-10-21", "2026-10-21 09:00"),
    ("maart 14", "2026-03-14", "2026-03-14 09:00"),
    // with a time
    (
        "vrijdag 15:00",
        "✗ \"15:00\" is a time, and a time is not allowed for a date",
        "2026-12-04 15:00",
    ),
    (
        "morgen om 9:30",
        "✗ \"9:30\" is a time, and a time is not allowed for a date",
        "2026-11-30 09:30",
    ),
    (
        "morgen 15 uur",
        "✗ \"15 uur\" is a time, and a time is not allowed for a date",
        "2026-11-30 15:00",
    ),
    (
        "volgende dinsdag om 10u",
        "✗ \"10u\" is a time, and a time is not allowed for a date",
        "2026-12-01 10:00",
    ),
    (
        "eind van de maand om 17:00",
        "✗ \"17:00\" is a time, and a time is not allowed for a date",
        "2026-11-30 17:00",
    ),
    (
        "om 14:30",
        "✗ \"14:30\" is a time; a date is needed",
        "2026-11-29 14:30",
    ),
    // refused: what was understood, then what was not
    (
        "morgenavond",
        "✗ understood \"morgen\", then \"avond\" is not understood",
        "✗ understood \"morgen\", then \"avond\" is not understood",
    ),
    (
        "volgende dag",
        "✗ understood \"volgende\", then \"dag\" is not understood",
        "✗ understood \"volgende\", then \"dag\" is not understood",
    ),
    (
        "over twee weken",
        "✗ understood \"over\", then \"twee\" is not understood",
        "✗ understood \"over\", then \"twee\" is not understood",
    ),
    (
        "eind van de dag",
        "✗ understood \"eind van de\", then \"dag\" is not understood",
        "✗ understood \"eind van de\", then \"dag\" is not understood",
    ),
    (
        "31 februari",
        "✗ there is no such day as \"31 februari\"",
        "✗ there is no such day as \"31 februari\"",
    ),
    (
        "vrijdag 25 uur",
        "✗ \"25 uur\" is not a time of day (00:00 to 23:59, or 12am to 11:59pm)",
        "✗ \"25 uur\" is not a time of day (00:00 to 23:59, or 12am to 11:59pm)",
    ),
    (
        "ma 30 nov",
        "✗ understood \"ma\", then \"30\" is not understood",
        "✗ understood \"ma\", then \"30\" is not understood",
    ),
];

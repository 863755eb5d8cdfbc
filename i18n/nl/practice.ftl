# practice: texts of one part of the program (see docs/I18N.md). IDs start with the prefix the part owns.

## Feedback die bij de persoon past (issue 20)

fit-pref-direct = direct
fit-pref-gentle = voorzichtig
fit-pref-written-first = eerst op schrift
fit-pref-with-examples = met voorbeelden
fit-pref-in-private = onder vier ogen
fit-pref-right-away = meteen
fit-advice-since-session = Geen sterk punt genoteerd sinds de laatste sessie ({ $date }): noem naast wat beter kan ook wat goed ging.
fit-advice-days = Geen sterk punt genoteerd in de afgelopen { $days } dagen: noem naast wat beter kan ook wat goed ging.
fit-field-prefers = Wil feedback
fit-field-more-of = Wil meer van
fit-form-prefers = Wil feedback: { $prefs }
fit-form-more-of = Meer van: { $text }
fit-form-no-prefs = Nog geen voorkeuren voor feedback in de afspraken
fit-form-balance = Laatste { $count }: { $strengths } { $strengths ->
    [one] sterk punt
   *[other] sterke punten
} · { $improvements } { $improvements ->
    [one] verbeterpunt
   *[other] verbeterpunten
}
fit-form-advice = Tip: { $advice }
fit-ag-prefers = feedback
fit-ag-more-of = meer van
fit-cli-advice = tip: { $advice }

## Gegeven uren (issue 20)

hours-summary-title = Gegeven uren (gehouden sessies, { $from } t/m { $to })
hours-col-month = maand
hours-col-all = alle mentees
hours-col-capacity = capaciteit
hours-year = jaar
hours-over = te vol
hours-no-capacity = Geen capaciteit ingesteld: mentor profile --capacity UREN
hours-ov-title = Gegeven uren
hours-ov-mentee = { $month } u deze maand · { $year } u in 12 maanden
hours-ov-all = alle mentees { $hours } van { $cap } u/maand
hours-ov-all-unset = alle mentees { $hours } u deze maand
hours-ov-mentee-short = maand { $month } u · jaar { $year } u
hours-ov-all-short = alle { $hours }/{ $cap } u/maand
hours-ov-all-unset-short = alle { $hours } u deze maand

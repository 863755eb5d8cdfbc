# practice: texts of one part of the program (see docs/I18N.md). IDs start with the prefix the part owns.

## Feedback that fits the person (issue 20)

fit-pref-direct = direct
fit-pref-gentle = gentle
fit-pref-written-first = written first
fit-pref-with-examples = with examples
fit-pref-in-private = in private
fit-pref-right-away = right away
fit-advice-since-session = No strength noted since the last session ({ $date }): name what went well beside what to improve.
fit-advice-days = No strength noted in the last { $days } days: name what went well beside what to improve.
fit-field-prefers = Prefers feedback
fit-field-more-of = Wants more of
fit-form-prefers = Prefers: { $prefs }
fit-form-more-of = More of: { $text }
fit-form-no-prefs = No feedback preferences in the agreement yet
fit-form-balance = Last { $count }: { $strengths } { $strengths ->
    [one] strength
   *[other] strengths
} · { $improvements } { $improvements ->
    [one] improvement
   *[other] improvements
}
fit-form-advice = Advice: { $advice }
fit-ag-prefers = feedback
fit-ag-more-of = more of
fit-cli-advice = advice: { $advice }

## Hours given (issue 20)

hours-summary-title = Hours given (held sessions, { $from } to { $to })
hours-col-month = month
hours-col-all = all mentees
hours-col-capacity = capacity
hours-year = year
hours-over = over
hours-no-capacity = No capacity set: mentor profile --capacity HOURS
hours-ov-title = Hours given
hours-ov-mentee = { $month } h this month · { $year } h in 12 months
hours-ov-all = all mentees { $hours } of { $cap } h/month
hours-ov-all-unset = all mentees { $hours } h this month
hours-ov-mentee-short = month { $month } h · year { $year } h
hours-ov-all-short = all { $hours }/{ $cap } h/month
hours-ov-all-unset-short = all { $hours } h this month

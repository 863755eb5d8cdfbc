# closing: texts of one part of the program (see docs/I18N.md). IDs start with the prefix the part owns.
# The closing review (issue 20): concluding a mentee opens it; `mentor report NAME --closing`.

close-err-not-concluded = { $mentee } is not concluded: a closing note is written when the mentoring ends (conclude first: mentor mentee edit NAME --status concluded).

## The review's words (screen and reports)
close-title = Closing review: { $mentee }
# $start, $end: ISO dates, or – when unknown.
close-span = { $start } to { $end }
close-span-open = from { $start }, not concluded yet: the figures are of today
close-meta = Mentor: { $mentor } · Mentoring: { $span }
close-goals = Goals
close-goals-empty = No goals were set.
close-goals-summary = { $met } met · { $partly } partly met · { $notmet } not met · { $dropped } dropped
close-outcome-met = Met
close-outcome-partly = Partly met
close-outcome-not-met = Not met
close-outcome-dropped = Dropped
close-partly-rule = Partly met: still open at the end, with a milestone done or the measure moved towards its target.
close-history-rule = Each goal's history is what the record holds: when it was set, due and achieved, its measure and milestones, and the SMART check as of the end (the record keeps no earlier versions of a goal).
close-set = set { $date }
close-due = due { $date }
close-no-due = no due date
close-achieved = achieved { $date }
close-goal-milestones = milestones { $done } of { $total }
close-smart-all = SMART: all five hold
# $strip: the SMART strip (`S·ART`); $letters: the letters missing, joined by commas.
close-smart-missing = SMART: { $strip } (missing { $letters })
close-milestones = Milestones: { $done } of { $total } done
close-sessions = Sessions and hours
# $hours: the hours with one decimal.
close-sessions-held = { $count ->
    [one] 1 session held
   *[other] { $count } sessions held
}, { $hours } hours
close-sessions-unmeasured = { $count ->
    [one] 1 session had no length of its own and counts at the agreed or usual length.
   *[other] { $count } sessions had no length of their own and count at the agreed or usual length.
}
close-feedback = Feedback given
close-feedback-none = No feedback was written.
# In the mentor's review, one line per kind.
close-feedback-strengths = Strengths: { $shared } shared, { $private } private
close-feedback-improvements = Improvements: { $shared } shared, { $private } private
close-feedback-observations = Observations: { $shared } shared, { $private } private
close-connections = Connections made
close-connections-none = No connections were made.
close-connections-open = { $count ->
    [one] 1 more was suggested and not made.
   *[other] { $count } more were suggested and not made.
}
close-note = Closing note
close-note-none = No closing note yet.
close-note-written = written { $date }
close-private-note = Private note (yours only)
close-reflection = In { $mentee }'s words
close-reflection-none = No closing reflection from { $mentee } yet.

## The app
close-key-review = closing review of a concluded mentee
close-key-write = write the closing note
close-hint-write = write the note
close-not-concluded = { $name } is not concluded: the closing review opens once the mentoring is concluded.
close-form-title = Closing note: { $name }
close-did-write = closing note of { $name } written

## The command line
close-cli-written = closing note of { $name } ({ $id }) written
close-cli-cleared = closing note of { $name } ({ $id }) taken away
close-cli-nothing = say what to write: --note TEXT and/or --private-note TEXT (both empty takes the note away)
close-help-section = The closing review (w)

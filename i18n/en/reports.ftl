# en: reports texts (see docs/I18N.md)
# What goes on paper and to the mentee: the progress report and the practice report (Markdown and
# HTML, with their charts), the brief as text, and the printed plan (`mentor view --print`).
# Markup, padding and table framing are added in code; words from the domain (a goal's status, a
# feedback kind, a trend) come through the domain's own texts.

## The progress report (Markdown and HTML)

rep-progress-title = Progress report: { $mentee }
# Markdown: the lead is drawn bold, the rest follows it.
rep-private-md-lead = Includes private records.
rep-private-md-rest = Built from the mentor's own notes, with private feedback and notes: not for sending to the mentee.
rep-private-html = Includes private records: built from the mentor's own notes, with private feedback and notes. Not for sending to the mentee.
# $date: the day the report was made; $period: rep-period-all or rep-period-since.
rep-meta = Mentor: { $mentor } · Date: { $date } · Period: { $period }
rep-period-all = all records
rep-period-since = since { $date }
rep-aspirations = Aspirations:
rep-private-notes = Private notes:
rep-goals = Goals
rep-goals-empty = No goals yet.
rep-goals-chart = Progress of each goal
rep-goals-figure = Progress of each goal; the same figures are in the table below.
rep-col-goal = Goal
rep-col-status = Status
rep-col-progress = Progress
rep-col-due = Due
rep-measure = Measure: { $metric }
rep-milestone-done = (done { $date })
rep-milestone-due = (due { $date })
rep-milestone-due-overdue = (due { $date }, overdue)
# $strip: the SMART strip, a letter or a dot for each of the five (`S·ART`).
rep-smart-missing = { $strip } (· = missing)
rep-due-achieved = achieved { $date }
rep-due-overdue = { $date } (overdue)
rep-sessions = Sessions held
rep-sessions-none = No session held in the period.
# $hours: the hours with one decimal; $dates: the days, joined by commas.
rep-sessions-held = { $count ->
    [one] 1 session
   *[other] { $count } sessions
} held ({ $hours } hours recorded): { $dates }.
rep-actions = Action items
rep-actions-caption = Action items agreed in the period's sessions, and kept
rep-col-side = Side
rep-col-agreed = Agreed
rep-col-kept = Kept
rep-col-on-time = On time
rep-col-follow-through = Follow-through
rep-side-mentee = Mentee
rep-side-mentor = Mentor
rep-feedback = Feedback
# $counts: rep-balance-counts; $verdict: the domain's words for the balance.
rep-balance = Balance: { $counts } ({ $verdict }).
rep-balance-counts = { $strengths ->
    [one] 1 strength
   *[other] { $strengths } strengths
}, { $improvements ->
    [one] 1 improvement
   *[other] { $improvements } improvements
}, { $observations ->
    [one] 1 observation
   *[other] { $observations } observations
}
rep-feedback-caption = Feedback notes
rep-col-date = Date
rep-col-kind = Kind
rep-col-note = Note
rep-private-mark = (private)
rep-mood = Mood and energy
rep-mood-none = Nothing recorded in the period.
# $mood, $energy: the domain's words for each trend.
rep-mood-trends = Mood { $mood }, energy { $energy } (1 low to 5 high).
rep-mood-figure = Mood (solid line) and energy (dashed) per session held, 1 low to 5 high; the same figures are in the table below.
rep-mood-caption = Mood and energy per session
rep-col-session = Session
rep-col-mood = Mood
rep-col-energy = Energy
rep-col-mentor-energy = Mentor's energy
rep-path = Career path
rep-path-titled = Career path: { $title }
rep-stages-caption = Stages
rep-col-stage = Stage
rep-col-target = Target
rep-skills = Skills
rep-skills-chart = Skill matrix
rep-skills-figure = Skill matrix: filled cells up to the current level, the target level outlined; the same figures are in the table below.
rep-skills-caption = Skills, biggest gap first
rep-col-skill = Skill
rep-col-current = Current
rep-col-gap = Gap

## The charts' text alternatives (inside the SVG)

# $name: rep-col-mood or rep-col-energy; $values: the levels, joined by commas.
rep-chart-per-session = { $name } per session, oldest first: { $values }
rep-chart-none = none
rep-chart-skill = { $skill }: current { $current }, target { $target }
rep-chart-month-hours = { $month }: { $hours } hours
rep-chart-no-capacity = no capacity set
rep-chart-capacity = capacity { $hours } hours a month
rep-chart-capacity-short = capacity { $hours } h
rep-chart-hours-short = { $hours } h

## The practice report

rep-practice-title = Practice report
rep-practice-meta = Mentor: { $mentor } · Date: { $date } · Period: { $since } to { $today }
rep-capacity-unset = not set
rep-capacity-hours = { $hours } hours a month
# $hours, $planned: hours with one decimal; $capacity: rep-capacity-unset or rep-capacity-hours.
rep-practice-summary = { $sessions } sessions held, { $hours } hours given. Capacity: { $capacity }. Planned by the cadences: { $planned } hours a month.
rep-hours = Hours given per month
rep-hours-figure = Hours of sessions held per month against the capacity (dashed line); the same figures are in the table below.
rep-months-caption = Sessions and hours per month
rep-col-month = Month
rep-col-sessions = Sessions
rep-col-hours = Hours
rep-col-capacity = Capacity
rep-col-your-energy = Your energy
rep-capacity-over = over
rep-capacity-within = within
rep-overdue = Overdue check-ins
rep-overdue-none = None.
rep-overdue-caption = Check-ins past due
rep-col-mentee = Mentee
rep-col-days-overdue = Days overdue
rep-per-mentee = Per mentee
rep-per-mentee-caption = Sessions held per mentee in the period
rep-col-last-held = Last held

## The brief as text (`mentor brief`)

rep-brief-title = Brief: { $mentee } ({ $id }), { $date }
rep-brief-last-session = Last session
rep-brief-last-ago = { $date } ({ $id }), { $days ->
    [one] 1 day
   *[other] { $days } days
} ago
rep-brief-none-held = none held yet
rep-brief-cadence = Cadence
rep-brief-slipped = slipped: due { $date }, { $days } days overdue
rep-brief-on-track = on track: next due { $date }
rep-brief-next-session = Next session
rep-brief-last-agenda = Last session's agenda
rep-brief-last-notes = Last session's shared notes
rep-brief-their-actions = Their open action items
rep-brief-your-actions = Your open action items
rep-brief-due = due { $date }
rep-brief-due-overdue = due { $date }, { $days } days overdue
rep-brief-no-due = no due date
# $due: rep-brief-due, rep-brief-due-overdue or rep-brief-no-due.
rep-brief-action = { $id } { $text } (from { $agreed }; { $due })
rep-brief-goals = Goals to look at
rep-brief-goal-overdue = { $days } days overdue
rep-brief-goal-due-in = due in { $days } days
rep-brief-goal-no-progress = no progress since { $date }
rep-brief-goal-done = { $percent }% done
rep-brief-feedback-since = Feedback since { $date }
rep-brief-feedback-so-far = Feedback so far
rep-brief-nudge = Nudge: only points to work on were given lately; name something that went well.
rep-brief-mood = Mood and energy (held sessions, oldest first)
rep-brief-mood-last = last { $level }/5 on { $date }
rep-brief-mood-fell = The mood fell at each of the last three sessions.
rep-brief-target = target { $date }
rep-brief-skill-gaps = Skill gaps: { $gaps }
rep-brief-unassessed = No level recorded: { $skills }
rep-brief-agenda = Suggested agenda
rep-brief-agenda-none = nothing stands out
rep-brief-why = why: { $cause }

## The printed plan (`mentor view --print`), what the mentee reads

rep-plan-title = { $mentee }'s mentoring plan
# $at: when it was shared, as the bundle wrote it (`2026-11-28 09:30`).
rep-plan-shared-by = Shared by { $mentor } on { $at }
rep-plan-shared-on = Shared on { $at }
rep-plan-mentor = Mentor: { $mentor }
rep-plan-aspirations = Aspirations: { $text }
rep-plan-goals = Goals ({ $count })
rep-plan-due = due { $date }
rep-plan-specific = What will be different
# $unit: empty, or a space and the unit.
rep-plan-measure = Measure: { $what }: { $value } of { $target }{ $unit } (from { $baseline })
rep-plan-observable = Observable
rep-plan-support = Support
rep-plan-why = Why it matters
rep-plan-skills = Skills
rep-plan-smart-all = SMART: all five hold
rep-plan-smart-missing = SMART: not yet { $letters }
rep-plan-agreement = Agreement
rep-plan-cadence = cadence
rep-plan-session-length = session length
rep-plan-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
rep-plan-channels = channels
rep-plan-response-time = response time
rep-plan-boundaries = boundaries
rep-plan-success = success measures
rep-plan-ends-on = ends on
rep-plan-next-checkin = Next check-in: { $next }
rep-plan-not-scheduled = not scheduled
rep-plan-overdue-by = { $date } (overdue by { $days ->
    [one] 1 day
   *[other] { $days } days
})
rep-plan-today = today
rep-plan-tomorrow = tomorrow
rep-plan-in-days = in { $days ->
    [one] 1 day
   *[other] { $days } days
}
rep-plan-days-ago = { $days ->
    [one] 1 day
   *[other] { $days } days
} ago
rep-plan-sessions = Sessions ({ $count })
rep-plan-notes = notes: { $text }
rep-plan-you = you
rep-plan-mentor-side = mentor
rep-plan-feedback = Feedback ({ $count })
rep-plan-connections = Connections ({ $count })

# What came from the mentee in a reply the mentor accepted (issue 19)
rep-from-mentee = (from the mentee)

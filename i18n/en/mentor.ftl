### mentor's texts in English: the source language, and the fallback for every message.
### One message per text a person reads. IDs are lower case with hyphens; a placeable is
### { $name } with a snake_case name. See docs/I18N.md.

## Counts (plural forms)

count-sessions = { $count ->
    [one] { $count } session
   *[other] { $count } sessions
}

## The command line

# $sessions: count-sessions; $first, $last: the first and last session (2026-12-01 10:00).
series-planned = Planned { $sessions } with { $name } from { $first } to { $last }.

## The welcome screen (no mentees yet)

welcome-title = Welcome
welcome-heading = Welcome to mentor.
welcome-intro = Keep each mentee's agreement, SMART goals, sessions, feedback and connections in one place.
welcome-read-only = This store is open read-only and has no mentees.
# $key: the key that adds a mentee (a).
welcome-add = Press { $key } to add your first mentee.
welcome-saved = Every change is saved as you make it.
# $help and $quit: the keys (? and q).
welcome-keys = { $help } shows every key; { $quit } quits.

## The header

header-read-only = read-only
# $at: the time of the last save (14:05).
header-saved-at = saved { $at }
header-saved = saved
header-saving = saving…
header-not-saved = NOT SAVED

## The mentee list and the check-ins coming up

mentees-title = Mentees ({ $count })
# $what: how many are shown, what is hidden, the order ("5 of 7, concluded hidden").
mentees-title-long = Mentees ({ $what })
mentees-title-short = Mentees { $what }
mentees-shown-of = { $shown } of { $total }
mentees-concluded-hidden = concluded hidden
mentees-concluded-short = −concl
mentees-your-plan = Your plan
# After the colon: the hint, shown only when the store can be edited.
mentees-empty = none yet: a adds one
mentees-all-concluded = all concluded; c shows
mentees-legend-long = ! check-in overdue · due within a week · dimmed: paused or concluded
mentees-legend-medium = ! overdue · due this week · dim: not active
mentees-legend-short = !late ·≤7d dim:inactive
checkins-title = Next check-ins
checkins-title-mentee = Next check-in
checkins-none = none scheduled
checkins-you = you
# $days: how many days overdue; keep it short (the column is narrow).
checkins-overdue = overdue { $days }d
checkins-today = today
checkins-tomorrow = tomorrow
checkins-in-days = in { $days ->
    [one] one day
   *[other] { $days } days
}

## The tabs

tab-goals = Goals
tab-sessions = Sessions
tab-feedback = Feedback
tab-network = Network
tab-overview = Overview
tab-agenda = Agenda
tab-calendar = Calendar
tab-path = Path
tabs-no-match = No mentee matches the filter; Esc clears it.
tabs-all-concluded = Every mentee is concluded, and hidden; c shows them.

## The Goals tab

goals-title = Goals ({ $count })
goals-empty = no goals yet: Tab here, then a adds one
goals-col-goal = goal
goals-col-due = due
goals-col-smart = SMART
goals-col-progress = progress
# $goal: the goal's title, shortened to fit.
milestones-of = Milestones of "{ $goal }"
milestones-title = Milestones
milestones-empty = no milestones: Tab here, then a adds one
milestones-no-goals = no goals yet
milestones-no-match = no goal matches the goals' filter
milestones-select = select a goal
smart-title = SMART
smart-all-hold = all five letters hold

## The calendar

# $month: the month and year (November 2026).
calendar-title = { $month } · ● session  ◆ due
calendar-nothing = nothing on this day
# $day: the day in words; $row, $total: which of the day's items is selected.
calendar-day-of = { $day } · { $row } of { $total }

## A refused date (what a form shows next to the field)

date-short-not-a-date = not a date
date-short-not-a-date-time = not a date and time
date-short-cadence = like 2w, 10d, 1m, monthly
date-empty = nothing was typed
# $understood: the words read so far; $rest: the first word that was not.
date-ends-too-soon = understood "{ $understood }", then it ends too soon
date-not-understood = "{ $rest }" is not understood
date-not-expected = "{ $rest }" is not expected there
date-understood-then-not-understood = understood "{ $understood }", then "{ $rest }" is not understood
date-understood-then-not-expected = understood "{ $understood }", then "{ $rest }" is not expected there
# $readings: date-ambiguous-none, -one or -two.
date-ambiguous = "{ $text }" reads differently from country to country; write { $readings }
date-ambiguous-none = the date as YYYY-MM-DD
date-ambiguous-one = { $date } (YYYY-MM-DD)
date-ambiguous-two = { $first } or { $second } (YYYY-MM-DD)
date-no-such-day = there is no such day as "{ $text }"
date-not-a-time = "{ $text }" is not a time of day (00:00 to 23:59, or 12am to 11:59pm)
date-time-not-allowed = "{ $text }" is a time, and a time is not allowed for a date
date-no-date = "{ $text }" is a time; a date is needed
date-out-of-range = it falls outside the dates mentor can keep ({ $first } to { $last })

## The help overlay (?)

help-title = Keys
help-rows = rows { $from }–{ $to } of { $total }
help-note = type to search · ↑↓ PgUp PgDn scroll · Esc clears, then closes
help-note-read-only = type to search · ↑↓ scroll · read-only: keys that change things are off
help-search = search:
help-no-match = no key matches “{ $query }”
help-section-lists = Lists
help-section-anywhere = Anywhere
help-section-calendar = Calendar (Tab: its day's items)
help-section-agenda = Agenda
help-section-detail = An open item
help-section-brief = The brief (b)
help-section-report = Writing a report (r)
help-section-filter-confirm = Filter, confirm
help-section-filter = Filter
help-section-forms = Forms
help-section-search = Search (C-f)
help-section-legend = Mentee list
help-legend-overdue = check-in overdue
help-legend-soon = check-in due within a week
help-legend-dimmed-mark = dimmed
help-legend-dimmed = paused or concluded

## The keymap: what each key does, in the footer and in help

key-down = down
key-down-up = down / up
key-up = up
key-first = first
key-first-last = first / last
key-last = last
key-page-up = page up
key-page-up-down = page up / down
key-page-down = page down
key-add = add
key-open = open
key-edit = edit
key-edit-text-in-editor = edit text in $EDITOR
key-delete = delete
key-done = done
key-status-on-open-in-progress-done = status on (open, in progress, done)
key-status-on-back = status on / back
key-status-back = status back
key-skip-the-stage-again-open = skip the stage (again: open)
key-move-the-stage-earlier = move the stage earlier
key-move-the-stage-earlier-later = move the stage earlier / later
key-move-the-stage-later = move the stage later
key-level-up = level up
key-level = level
key-level-down = level down
key-target-up = target up
key-target = target
key-apply-a-template-to-the-mentee = apply a template to the mentee
key-preview-what-it-adds = preview what it adds
key-close = close
key-scroll-down = scroll down
key-scroll = scroll
key-scroll-up = scroll up
key-page-down-up = page down / up
key-apply-it = apply it
key-back-to-the-list = back to the list
key-target-down = target down
key-previous-day = previous day
key-day = day
key-next-day = next day
key-week-before = week before
key-week = week
key-week-after = week after
key-month-before = month before
key-month = month
key-month-after = month after
key-today = today
key-add-a-session = add a session
key-day-s-items = day's items
key-the-day-s-items = the day's items
key-go-to-it = go to it
key-open-it = open it
key-back-to-the-month = back to the month
key-add-session-its-mentee = add session (its mentee)
key-undo = undo
key-undo-redo = undo / redo
key-redo = redo
key-filter = filter
key-clear-filter = clear filter
key-next-pane = next pane
key-next-previous-pane = next / previous pane
key-previous-pane = previous pane
key-next-tab = next tab
key-next-previous-tab = next / previous tab
key-previous-tab = previous tab
key-goals = goals
key-goals-overview = goals … overview
key-sessions = sessions
key-feedback = feedback
key-network = network
key-overview = overview
key-agenda = agenda
key-agenda-calendar = agenda / calendar
key-calendar = calendar
key-career-path-and-skills = career path and skills
key-scroll-the-notes-agreement-stage-down = scroll the notes / agreement / stage down
key-scroll-notes-agreement-stage = scroll notes / agreement / stage
key-scroll-the-notes-agreement-stage-up = scroll the notes / agreement / stage up
key-plan-a-series = plan a series
key-search-every-record = search every record
key-sort-mentees = sort mentees
key-hide-concluded-mentees = hide concluded mentees
key-reload-from-disk = reload from disk
key-help = help
key-quit = quit
key-quit-c-c-from-anywhere = quit (C-c: from anywhere)
key-quit-from-anywhere = quit from anywhere
key-keep-filter = keep filter
key-keep-clear-filter = keep / clear filter
key-go-to-the-result = go to the result
key-next-result = next result
key-next-previous-result = next / previous result
key-previous-result = previous result
key-next-field = next field
key-next-previous-field = next / previous field
key-previous-field = previous field
key-next-or-save-on-the-last = next, or save on the last
key-save = save
key-field-in-editor = field in $EDITOR
key-agenda-prompts = agenda questions (GROW, first session, check-in)
key-cancel = cancel
key-yes = yes
key-yes-no = yes / no
key-no = no
key-back = back
key-scroll-down-up = scroll down / up
key-top = top
key-top-bottom = top / bottom
key-bottom = bottom
key-clear-the-search-or-close-help = clear the search, or close help
key-retry-the-save = retry the save
key-write-a-copy-elsewhere = write a copy elsewhere
key-quit-without-saving = quit without saving
key-back-to-the-app = back to the app
key-brief-before-the-next-session = brief before the next session
key-write-the-mentee-s-progress-report = write the mentee's progress report
key-brief-of-its-mentee = brief of its mentee
key-next-suggestion = next suggestion
key-next-previous-suggestion = next / previous suggestion
key-previous-suggestion = previous suggestion
key-add-it-to-the-next-session-s-agenda = add it to the next session's agenda
key-write = write
key-markdown-html = Markdown / HTML

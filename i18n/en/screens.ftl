# en: screens texts (see docs/I18N.md)

## Overview tab
scr-next-checkin = Next check-in
scr-mood-energy = Mood & energy
scr-open-goals = Open goals
scr-open-actions = Open action items
scr-agreement = Agreement
scr-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
# The agreement's labels: at most 11 columns.
scr-ag-cadence = cadence
scr-ag-length = length
scr-ag-channels = channels
scr-ag-response = response
scr-ag-boundaries = boundaries
scr-ag-success = success
scr-ag-ends = ends
scr-ag-aspirations = aspirations
scr-no-cadence = no cadence agreed
# $date: the day the check-in is due (2026-11-30)
scr-due-on = due { $date }
scr-overdue-by = { $count ->
    [one] overdue by { $count } day
   *[other] overdue by { $count } days
}
scr-today = today
scr-tomorrow = tomorrow
scr-in-days = { $count ->
    [one] in { $count } day
   *[other] in { $count } days
}
scr-no-open-goals = no open goals
# The open action items' sides: who is looking is "you".
scr-side-you = You
scr-side-your-mentor = Your mentor
scr-side-mentee = Mentee
# $side: one of the three above
scr-side-count = { $side } ({ $count })

## Sessions tab
# An empty list's hint comes after its first ":" (left out where nothing can be edited).
scr-sessions-empty = no sessions yet: p plans a series; Tab here, then a records one
scr-sessions-title = Sessions ({ $count })
# After a session's agenda: its open action items
scr-open-count = { $count } open
scr-notes = Notes
scr-min = { $count } min
scr-notes-goals = Goals:
scr-notes-agenda = Agenda:
scr-notes-notes = Notes:
scr-notes-shared = Shared:
scr-notes-private = Private (only you):
scr-actions-title = Action items
scr-actions-empty = none: Tab here, then a adds one
scr-actions-no-sessions = no sessions yet
scr-actions-no-match = no session matches the sessions' filter
scr-actions-select = select a session

## Network, Feedback and Capacity
scr-network-empty = nothing yet: Tab here, then a adds one
scr-network-title = Network ({ $count })
scr-no-note = no note
scr-note = Note
scr-strengths = strengths
scr-improvements = improvements
scr-balance-title = Balance of the last { $count }
scr-feedback-empty = no feedback yet: Tab here, then a adds a note
scr-feedback-title = Feedback ({ $count })
scr-capacity = Capacity
scr-capacity-over = Capacity: over
scr-capacity-unset = Capacity: not set
# $hours, $cap: hours with one decimal
scr-cap-of-month = { $hours } of { $cap } h/month
scr-cap-in-30 = { $hours } h in 30 days
scr-cap-of-short = { $hours }/{ $cap } h
scr-cap-in-30-short = { $hours } h/30d
# The bars' labels: at most 8 columns.
scr-cap-cadences = cadences
scr-cap-planned = planned
scr-cap-both = cadences { $cadences } h/month · planned { $planned } h in 30 days
scr-cap-unset-hint = no capacity set: mentor profile --capacity HOURS
scr-cap-month = { $hours } h/month
scr-cap-30-days = { $hours } h/30 days

## Path tab and skill matrix
scr-path = Path
scr-path-titled = Path: { $title }
scr-stages-empty = no stages yet: Tab here, then a adds one
# Column headers: stage (wide), target (10 columns), skills (6)
scr-col-stage = stage
scr-col-target = target
scr-col-skills = skills
scr-stage = Stage
scr-stage-target = target
scr-stage-skills = Skills ({ $count })
scr-stage-goals = Goals ({ $count })
scr-none-named = none named
scr-none-linked = none linked
scr-path-no-match = No stage matches the filter; Esc clears it.
scr-path-none-mentee = No career path set out yet: the stages you aim for, the skills each needs and the goals that serve them appear here once your mentor adds them.
scr-path-none = No career path yet.
scr-path-start = No career path yet: the stages { $name } aims for ("Senior engineer" then "Staff engineer"), the skills each needs, the goals that serve them.
    
    Start from a template: T on the mentee list. Or add a stage: Tab to the stages, then a. From a shell: mentor path stage add "{ $name }" "Senior engineer"
scr-not-rated = not rated
scr-matrix-title = Skill matrix ({ $count }) · gaps first
scr-skills-empty = no skills yet: Tab here, then + rates one
# Column headers: skill (wide), level (5 columns), now (3), target (6), gap (3)
scr-col-skill = skill
scr-col-level = level
scr-col-now = now
scr-col-skill-target = target
scr-col-gap = gap

## Agenda (everyone) and calendar
scr-agenda-yours = Your agenda
scr-agenda-everyone = Agenda: everyone
# $at: the selected row's number
scr-agenda-everyone-at = Agenda: everyone · { $at } of { $count }
scr-agenda-mood-fell = Mood fell on three sessions in a row ({ $count })
scr-agenda-checkins = Check-ins ({ $count })
scr-agenda-sessions = Sessions, next { $days } days ({ $count })
scr-agenda-actions = Action items due ({ $count })
scr-agenda-milestones = Milestones due ({ $count })
# At most 16 columns.
scr-mood-falling = ! mood falling
# $who: a mentee's name (or "you"); $moods: the last moods, "3 → 2 → 2"
scr-mood-row = { $who } · mood { $moods }
# At most 16 columns.
scr-overdue-days = overdue { $count }d
# Who a row is about in the mentee's own view
scr-you = you
scr-your-mentor = your mentor

## Confirmations, a form's keys, the brief and the report prompt
# The words after a key: "y delete   n keep"
scr-ans-delete = delete
scr-ans-keep = keep
scr-ans-mark-held = mark held
scr-ans-keep-planned = keep it planned
scr-conclude-cancel = { $count ->
    [one] Concluding: cancel the { $count } session still planned?
   *[other] Concluding: cancel the { $count } sessions still planned?
}
scr-ans-cancel-them = cancel them
scr-ans-keep-them = keep them
scr-ans-back = back
scr-discard-typed = Discard what you typed?
scr-ans-discard = discard
scr-ans-keep-editing = keep editing
scr-confirm = Confirm
scr-form-next = next
scr-form-enter = on last saves
scr-form-save = save
scr-form-cancel = cancel
scr-hint-scroll = scroll
scr-hint-page = page
scr-hint-close = close
scr-hint-next-suggestion = next suggestion
scr-hint-add-to-agenda = add to agenda
scr-report-whose = The progress report of { $name }, as your mentee may see it
scr-report-format = format:
scr-report-path = path:
scr-report-new-file = A new file only you can read; an existing one is never replaced.
scr-report-write = write
scr-report-title = Write a progress report

## The detail overlay
scr-lines-of = lines { $from }–{ $to } of { $count }
scr-kind-mentee = Mentee
scr-kind-goal = Goal
scr-kind-milestone = Milestone
scr-kind-session = Session
scr-kind-action = Action item
scr-kind-feedback = Feedback
scr-kind-connection = Connection
scr-kind-series = Series
scr-kind-stage = Stage
# A record's kind in the search's list (at most 11 columns)
scr-word-mentee = mentee
scr-word-goal = goal
scr-word-milestone = milestone
scr-word-session = session
scr-word-action = action item
scr-word-feedback = feedback
scr-word-connection = connection
scr-word-series = series
scr-word-stage = stage

## Search
scr-search-yours = Search your plan
scr-search-all = Search every record
scr-search-empty = type to search names, goals, milestones, sessions, action items, feedback, network
# $query: what was typed
scr-search-none = no record holds "{ $query }"
scr-search-more = the first { $count } records found; type more to narrow
scr-search-found = { $count ->
    [one] { $count } record found
   *[other] { $count } records found
}

## Quitting with edits not saved
# $why: the error
scr-not-saved = Not saved: { $why }
scr-unsaved-reload = Back in the app, R reads the file again and keeps your edits in a conflict copy.
scr-unsaved-copy-to = A new file for a copy of your edits:
scr-unsaved-path = path
scr-unsaved-write-quit = write it and quit
# $word: the word to type, as typed (not translated)
scr-unsaved-discard = Your edits will be lost. Type { $word } to quit anyway:
scr-unsaved-type = type
scr-unsaved-quit = quit
scr-unsaved-title = Your edits are not saved
scr-unsaved-retry = retry the save (after freeing space, say)
scr-unsaved-copy = write a copy of your edits elsewhere
scr-unsaved-quit-anyway = quit without saving
scr-unsaved-back = back to the app

## The template picker and preview
scr-tpl-apply-to = Apply a template to { $name }
scr-tpl-preview = preview what it adds
# $template: the template's name (as the files spell it)
scr-tpl-what-it-adds = { $template } → { $name }: what it adds
scr-tpl-apply = apply it (one undo step)
scr-tpl-skipped = skipped: { $why }
scr-tpl-nothing = Nothing to add: { $name } has everything this template holds already.
# $start: the first day (2026-11-30)
scr-tpl-adds = { $count ->
    [one] From today ({ $start }), it adds { $count } thing:
   *[other] From today ({ $start }), it adds { $count } things:
}
scr-tpl-more = … more below (j / ↓ scrolls)
scr-tpl-builtin = built-in
scr-tpl-yours-replaces = yours, replaces the built-in
scr-tpl-yours = yours

## Lists, filters and the header
# $list: the list's records (below); $text: the filter, as typed
scr-no-match = no { $list } match "{ $text }" (Esc clears)
scr-filtered-by = { $list } filtered by "{ $text }" (Esc clears)
scr-filter-typing = filter { $list }:
scr-filter-mentees = filter mentees (names and every record's text):
# $why: why the window cannot change the store
scr-read-only = read-only: { $why }
# The mentee's view: when the bundle was shared, or last updated ($at as the bundle says it)
scr-view-shared = shared { $at }
scr-view-updated = updated { $at }
scr-list-one-mentees = mentee
scr-list-one-goals = goal
scr-list-one-milestones = milestone
scr-list-one-sessions = session
scr-list-one-actions = action item
scr-list-one-feedback = feedback note
scr-list-one-connections = connection
scr-list-one-stages = stage
scr-list-one-skills = skill
scr-list-many-mentees = mentees
scr-list-many-goals = goals
scr-list-many-milestones = milestones
scr-list-many-sessions = sessions
scr-list-many-actions = action items
scr-list-many-feedback = feedback notes
scr-list-many-connections = connections
scr-list-many-stages = stages
scr-list-many-skills = skills

## The terminal
# $size, $least: columns x rows (80x24)
scr-too-small = Terminal too small: { $size }. mentor needs at least { $least }. Keys wait until it is larger; q quits.

## The terminal layer: reloads, syncs and the mentee's view
scr-sync-read-only = this window is read-only: the window holding the store syncs
# $why: why the save failed
scr-sync-save-failed = the last save failed ({ $why }); not synced
scr-reload-read-only = nothing to reload in read-only mode
scr-copy-read-only = read-only: nothing to keep
scr-reload-kept = your edits are kept in { $path }
scr-reload-nothing-kept = nothing unsaved to keep
scr-reload-keep-failed = could not keep your edits aside ({ $why }); not reloaded
# $kept: one of the two above
scr-reloaded = reloaded from disk; { $kept }
# $advice: what to do, with the newest good copy
scr-reload-failed = cannot reload: { $why } { $advice }
scr-save-failed-kept = not saved; your edits are kept in { $path }
scr-save-failed-no-copy = not saved, and no copy could be written: { $why }
scr-view-bundle-mentee = this file is one mentee's bundle already; --mentee is for workspaces
# The mentee's view's title; $name: the mentee's name
scr-view-plan = { $name }'s plan
scr-view-plan-as-seen = { $name }'s plan, as they see it
scr-view-mentee-gone = mentee { $id } is no longer in this file
scr-view-unreadable = the file changed but does not read ({ $why }); showing the last good version
scr-view-last-good = { $why }; showing the last good version
scr-view-no-report = a view writes no files; `mentor report` writes the report
# The app's line after a sync
scr-sync-no-remote-committed = no remote: your changes are committed here only
scr-sync-no-remote-nothing = no remote, and nothing new to commit
scr-sync-nothing-came = nothing new came in
# $changes: what came in, per mentee ("Alice: 1 goal")
scr-sync-came-in = came in: { $changes }
# $came: one of the two above
scr-sync-went-out = { $came }; your changes went out
scr-sync-committed-here = { $came }; your changes are committed here
# On leaving the app: $error what failed, $why why the edits are not saved
scr-exit-not-saved = { $error }; your edits were not saved: { $why }
scr-draw-failed = drawing failed: { $why }
scr-read-failed = reading a key failed: { $why }
# $EDITOR: $editor is the command
scr-editor-no-dir = cannot make a temporary directory: { $why }
scr-editor-no-write = cannot write the temporary file: { $why }
scr-editor-no-read = cannot read the text back: { $why }
scr-editor-exited = { $editor } exited with { $status }
scr-editor-no-start = cannot start { $editor }: { $why }

## The config file's colours
# $roles: the roles, as the config file spells them
scr-colour-not-role = not a colour role; use { $roles }
scr-colour-one = give one colour
# $value: as written in the file
scr-colour-not-colour = "{ $value }" is not a colour (a name like red or light-blue, a number 0..255, or #rrggbb)

## Scrolled text
scr-more-above = ↑ { $count } more
# $down, $up, $open: keys
scr-more-below-keys = ↓ { $count } more · { $down }/{ $up } scroll · { $open } opens
scr-more-below = ↓ { $count } more
scr-scrolls-back = { $key } scrolls back
# A check-in in the agenda's list (at most 16 columns)
scr-checkin-due = due { $date }

## The mentee list's kind column: short words (the list is narrow)
scr-kind-short-career = career
scr-kind-short-peer = peer
scr-kind-short-life = life

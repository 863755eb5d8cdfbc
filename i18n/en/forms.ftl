# en: forms texts (see docs/I18N.md)
# The app's state layer: the forms, the status line's messages, confirmations, what undo says.

## A form's fields (the label drawn before each field)

app-field-achievable = Achievable
app-field-agenda = Agenda
app-field-aspirations = Aspirations
app-field-baseline = Baseline
app-field-boundaries = Boundaries
app-field-cadence = Cadence
app-field-channel = Channel
app-field-channels = Channels
app-field-count = Count
app-field-criterion = Criterion
app-field-current = Current
app-field-date = Date
app-field-description = Description
app-field-due = Due
app-field-ends-on = Ends on
app-field-energy = Energy
app-field-every = Every
app-field-first-date = First date
app-field-goal = Goal
app-field-goals = Goals
app-field-kind = Kind
app-field-metric = Metric
app-field-minutes = Minutes
app-field-mood = Mood
app-field-name = Name
app-field-note = Note
app-field-notes = Notes
app-field-owner = Owner
app-field-private-notes = Private notes
app-field-relevant = Relevant
app-field-response-time = Response time
app-field-session-minutes = Session minutes
app-field-skill = Skill
app-field-skills = Skills
app-field-specific = Specific
app-field-started = Started
app-field-status = Status
app-field-success-measures = Success measures
app-field-target = Target
app-field-text = Text
app-field-time = Time
app-field-title = Title
app-field-unit = Unit
app-field-until = Until
app-field-visibility = Visibility
app-field-when = When
app-field-who = Who
app-field-your-energy = Your energy

# After the label of a field the mentee sees; the legend under the form explains it.
app-form-shared = (shared)
app-form-shared-legend = (shared): your mentee sees it, in their view and bundle
# A date field's starting value: the date reader reads it (it knows both languages' words).
app-value-today = today

## A pick field (goals)

app-pick-none = (none)
app-pick-no-goals = (no goals yet)
app-pick-note = { $picked }/{ $of } · Space ✓

## What a form says under a refused field

app-check-required = required
app-check-level = 1 to 5, or empty for none
app-check-minutes = whole minutes, more than 0
app-check-number = not a number
app-check-time = a time like 10:00
app-check-count = a whole number, 1 or more
app-check-cadence = like 2w, 10d, 1m, monthly
app-check-every = say how often, like 2w
app-check-metric = say what is counted
app-check-target = needed with a metric
# $names: the channels as the file writes them (in-person, video, ...)
app-check-channel = "{ $name }"? use { $names }
app-check-skill-rename = renaming renames it everywhere: mentor skill rename OLD NEW
app-check-gone = the record this form edits is gone
app-check-name-taken = a mentee has this name already
app-check-not-a-goal = { $goal } is not one of { $mentee }'s goals

## The forms' titles

app-title-new-mentee = New mentee
app-title-edit-mentee = Edit mentee { $name }
app-title-new-goal = New goal
app-title-edit-goal = Edit goal "{ $title }"
app-title-new-milestone = New milestone
app-title-edit-milestone = Edit milestone "{ $title }"
app-title-new-session = New session
app-title-new-session-with = New session with { $name }
app-title-edit-session = Edit session of { $at }
app-title-new-action = New action item
app-title-edit-action = Edit action "{ $text }"
app-title-new-feedback = New feedback
# $kind: the feedback's kind as the file writes it (strength, growth, ...)
app-title-edit-feedback = Edit { $kind } feedback of { $date }
app-title-new-connection = New connection
app-title-edit-connection = Edit connection "{ $title }"
app-title-new-stage = New stage
app-title-edit-stage = Edit stage "{ $title }"
app-title-new-skill = Rate a skill
app-title-skill = Levels in "{ $skill }"
app-title-plan = Plan sessions with { $name }

## What was done: the status line after a form is saved, and after "undid:" / "redid:"

app-did-add-mentee = add mentee { $name }
app-did-edit-mentee = edit mentee { $name }
app-did-add-goal = add goal { $title }
app-did-edit-goal = edit goal { $title }
app-did-add-milestone = add milestone { $title }
app-did-edit-milestone = edit milestone { $title }
app-did-add-session = add session of { $date }
app-did-edit-session = edit session of { $date }
app-did-add-action = add action { $text }
app-did-edit-action = edit action { $text }
app-did-add-feedback = add feedback
app-did-edit-feedback = edit feedback
app-did-add-connection = add connection { $title }
app-did-edit-connection = edit connection { $title }
app-did-add-stage = add stage { $title }
app-did-edit-stage = edit stage { $title }
app-did-set-skill = set skill { $name }
app-did-plan = plan { $count ->
    [one] 1 session
   *[other] { $count } sessions
}
app-did-delete = delete { $what }
app-did-toggle = toggle { $what }
app-did-edit-text = edit text
app-undoable = { $did }; u undoes it
app-undid = undid: { $did }
app-redid = redid: { $did }
app-nothing-to-undo = nothing to undo
app-nothing-to-redo = nothing to redo

## The kinds of record, inside a sentence

app-noun-mentee = mentee
app-noun-goal = goal
app-noun-milestone = milestone
app-noun-session = session
app-noun-action = action item
app-noun-feedback = feedback note
app-noun-connection = connection
app-noun-stage = stage
app-noun-skill = skill

## Confirmations

app-ask-delete = Delete { $what }?
app-describe-mentee = mentee "{ $name }" with { $goals ->
    [one] 1 goal
   *[other] { $goals } goals
}, { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
} and { $feedback ->
    [one] 1 feedback note
   *[other] { $feedback } feedback notes
}
app-describe-goal = goal "{ $title }" with { $milestones ->
    [one] 1 milestone
   *[other] { $milestones } milestones
}
app-describe-milestone = milestone "{ $title }"
app-describe-session = the session of { $at } with { $actions ->
    [one] 1 action item
   *[other] { $actions } action items
}
app-describe-action = action item "{ $text }"
app-describe-feedback = { $kind } feedback of { $date }
app-describe-connection = connection "{ $title }"
app-describe-stage = stage "{ $title }" of the career path (its goals stay)
app-ask-hold-future = Mark the session of { $at } held? Its day is still to come.

## The status line

app-need-mentee-a = add a mentee first (a)
app-need-goal = add a goal first
app-need-session = add a session first
app-none-selected = no { $what } selected
app-nothing-to-open = nothing selected to open
app-skill-no-record = a skill is no record of its own: e edits its levels (both - takes it off)
app-already-gone = it is already gone
app-cannot-mark-done = a { $what } cannot be marked done
app-goal-achieved = goal achieved
app-goal-reopened = goal active again
app-session-held = session held
app-session-planned = session planned
app-milestone-done = milestone done
app-milestone-open = milestone open again
app-action-done = action done
app-action-open = action open again
app-connection-made = connection made
app-connection-suggested = connection suggested
app-editor-failed = the editor failed: { $why }; nothing changed
app-text-updated = text updated
app-record-gone = the record is gone; nothing changed
app-feedback-needs-text = feedback needs text; nothing changed
app-action-needs-text = an action item needs text; nothing changed
app-nothing-changed = { $why }; nothing changed
app-read-only = read-only: nothing can be changed here
# $hours, $capacity: hours a month, one decimal
app-over-capacity = saved, but the cadences now ask { $hours } hours a month, over your capacity of { $capacity }
app-store-reloading = the store changed on disk; reloading
app-store-changed = the store changed on disk (another program wrote it): R reloads (edits of yours the file does not hold are kept in a conflict copy)
app-session-not-selected = that session is no longer selected
app-no-mentee-selected = no mentee selected
app-mentee-gone = the mentee is gone
app-need-mentee = add a mentee first
app-no-stage-selected = no stage selected
app-no-skill-selected = no skill selected
app-no-level-yet = no level set yet: + raises it
app-stage-first = "{ $title }" is the first stage already
app-stage-last = "{ $title }" is the last stage already
# $which: level or target; $end: highest or lowest
app-level-end = { $which } { $level } is the { $end } there is
app-concluded-hidden = concluded mentees hidden
app-concluded-shown = concluded mentees shown

## Stages and skills: what was done

# $status: the stage's status as the file writes it (open, in-progress, done, skipped)
app-did-stage-status = stage { $title }: { $status ->
    [in-progress] in progress
   *[other] { $status }
}
app-did-move-stage = move stage { $title } to { $to }
# $which: level or target
app-did-skill-level = { $skill } { $which } { $level }

## The brief (b) and the report prompt (r)

app-brief-for-mentor = the brief is for the mentor
app-no-suggestion = no suggestion to add
app-suggestion-new-session = no session planned: a new one, with the suggestion as its agenda
app-suggestion-already = already on the next session's agenda
app-did-add-agenda-item = agenda item added
app-suggestion-added = added to the agenda of { $when } (u undoes)
app-report-in-view = a view writes no files; `mentor report` writes the report
app-report-path = type where to write it
app-report-written = report written to { $path } (only you can read it)

## The Agenda and the calendar's items

app-nothing-to-go-to = nothing selected to go to
app-item-gone = that item is gone
app-mentee-not-listed = that mentee is not in the list
app-agenda-nothing-selected = nothing selected on the agenda
app-agenda-not-done-able = x marks an action item or a milestone done; Enter goes to this one
app-did-milestone-done = milestone done (agenda)
app-did-action-done = action item done (agenda)
app-agenda-milestone-done = milestone done (u undoes)
app-agenda-action-done = action item done (u undoes)

## Question sets (Ctrl-g in a session's agenda)

app-prompts-agenda-only = question sets are for a session's agenda
# $set: the set's title; $next: the name of the set the key gives next
app-prompts-set = agenda: { $set } (Ctrl-g again: { $next })

## Pasting

app-one-line = one line only; the text has { $lines } lines, nothing was changed
app-paste-choice = choose with ← →; pasting does not apply here
app-paste-search = search: { $why }
app-paste-help = help search: { $why }
app-paste-where = paste into a form field or the filter
app-paste-filter = filter: { $why }

## Templates

app-no-template = no template could be read
app-cannot-apply = cannot apply it: { $why }
app-template-nothing = { $name }: nothing to add, the mentee has it all already
app-did-apply-template = apply template { $name }
app-template-applied = { $did }: { $count ->
    [one] 1 thing
   *[other] { $count } things
} added; u undoes it

## Saving and quitting

app-save-no-answer = the last save did not report back
app-still-not-saved = still not saved: { $why }
app-edits-kept-in = { $why }; your edits are kept in { $path }
app-no-copy = no copy written: { $why }
app-saving-again = saving again…
app-copy-path = type the path of a new file
# $word: the word to type, as it is (not translated: it is what the user types)
app-discard-word = type { $word } to quit without saving, or Esc to go back
app-edits-gone = { $why }; you quit without saving, and your edits are gone
app-not-saved = not saved: { $why }
app-editor-free = the other editor has closed the store: R makes this window the editor
app-became-editor = this window is now the editor: changes are saved

## Sync (the status line; the list of conflicts is in app-sync.ftl)

app-synced = synced: { $summary }
app-synced-reload-failed = synced, but reading the store again failed: { $why }
app-no-conflicts = no conflicts are open
app-no-conflicts-left = no conflicts left
app-conflict-kept-value = kept the value the merge kept
app-conflict-took-other = took the value the merge set aside
app-conflict-kept-record = kept the record
app-conflict-removed-record = removed the record
app-did-settle = { $did } ({ $what })
app-settled = { $did } for { $what }; { $left ->
    [0] no conflicts left
    [one] 1 conflict left
   *[other] { $left } conflicts left
} (u undoes)
app-cannot-settle = cannot settle it: { $why }
app-sync-under-way = a sync is under way already
app-sync-unsaved = not synced: the last save failed ({ $why }); your edits must be saved first
app-sync-starting = starting
app-sync-not-set-up = this store is not set up for sync: run `mentor sync init` first
app-sync-failed = not synced, nothing lost: { $why }
app-sync-quit-waits = syncing: q waits until it ends (Ctrl-c quits as soon as it has)
app-sync-changes-wait = syncing: changes wait until it ends

## The detail overlay (o) and the brief (b): a row's label (13 columns at most)

app-label-kind = kind
app-label-status = status
app-label-started = started
app-label-ended = ended
app-label-aspirations = aspirations
app-label-private-notes = private notes
app-label-cadence = cadence
app-label-length = length
app-label-channels = channels
app-label-response = response
app-label-boundaries = boundaries
app-label-success = success
app-label-ends = ends
app-label-goals = goals
app-label-sessions = sessions
app-label-feedback = feedback
app-label-network = network
app-label-open-actions = open actions
app-label-progress = progress
app-label-created = created
app-label-due = due
app-label-achieved = achieved
app-label-specific = specific
app-label-metric = metric
app-label-criterion = criterion
app-label-achievable = achievable
app-label-relevant = relevant
app-label-skills = skills
app-label-goal = goal
app-label-done = done
app-label-note = note
app-label-channel = channel
app-label-goals-touched = goals touched
app-label-agenda = agenda
app-label-mood = mood
app-label-energy = energy
app-label-your-energy = your energy
app-label-notes = notes
app-label-shared-notes = shared notes
app-label-whose = whose
app-label-session = session
app-label-visibility = visibility
app-label-text = text
app-label-who = who
app-label-date = date
app-label-target = target
app-label-description = description
app-label-last-session = last session
app-label-next-session = next session
app-label-mood-energy = mood, energy
app-label-balance = balance
app-label-nudge = nudge
app-label-skill-gap = skill gap
app-label-not-assessed = not assessed

## The detail overlay: its sections and words

# $kind: the kind of record (goal, session, ...) as the code names it
app-detail-gone = This { $kind } is no longer in the file.
app-detail-agreement = Agreement
app-detail-counts = Counts
app-detail-minutes = { $count ->
    [one] 1 minute
   *[other] { $count } minutes
}
app-detail-goals-open = { $open } open of { $all }
app-detail-sessions-count = { $held } held, { $planned } planned, { $all } in all
app-detail-feedback-count = { $count ->
    [one] 1 note
   *[other] { $count } notes
}
app-detail-connections-count = { $count ->
    [one] 1 connection
   *[other] { $count } connections
}
app-detail-open-actions = { $theirs } the mentee's, { $mine } the mentor's
app-detail-milestones = Milestones ({ $count })
# Written after an item, with its leading " · "
app-detail-due = {" "}· due { $date }
app-detail-sessions-touched = Sessions that touched it ({ $count })
app-detail-feedback-about = Feedback about it ({ $count })
app-detail-actions = Action items ({ $count })
app-detail-shared = shared with the mentee
app-detail-private = private (only you)
app-detail-skills = Skills ({ $count })
app-detail-goals = Goals ({ $count })
app-detail-level-of = { $current } of { $target }
app-detail-of-five = { $level } of 5

## The brief (b): its words (the suggestions and their causes are the domain's)

app-brief-title = Brief
app-brief-title-of = Brief: { $name }
app-brief-gone = This mentee is no longer in the file.
app-brief-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
app-brief-none-held = none held yet
app-brief-today = today
# $days: a count of days, written by app-brief-days
app-brief-ago = { $days } ago
app-brief-none-planned = none planned
app-brief-no-cadence = no cadence agreed
app-brief-cadence-slipped = { $cadence }: slipped, due { $due } ({ $overdue } overdue)
app-brief-cadence-next = { $cadence }: next due { $due }
app-brief-no-mood = none recorded yet
app-brief-mood-fell = ! the mood fell on the last three sessions in a row
app-brief-suggestions = Suggested agenda items ({ $count })
app-brief-nothing-stands-out = nothing stands out
app-brief-because = because { $cause }
app-brief-due-overdue = {" "}· due { $date }, { $overdue } overdue
app-brief-action = · { $text } (agreed { $agreed }){ $due }
app-brief-actions-mentee = Open action items, the mentee's ({ $count })
app-brief-actions-yours = Open action items, yours ({ $count })
app-brief-goals = Goals to look at ({ $count })
app-brief-overdue-by = overdue by { $days }
app-brief-due-in = due in { $days }
app-brief-no-progress = no progress since { $since }
app-brief-last-session = Last session, { $date }
app-brief-feedback-since = Feedback since { $date } ({ $count })
app-brief-feedback-so-far = Feedback so far ({ $count })
# $verdict: the domain's words, with their ": " (or empty)
app-brief-balance = { $strengths ->
    [one] 1 strength
   *[other] { $strengths } strengths
}, { $improvements ->
    [one] 1 improvement
   *[other] { $improvements } improvements
}{ $verdict }
app-brief-nudge = only improvements given lately: name a strength
app-brief-note = · { $date } { $kind }: { $text }
app-brief-note-private = · { $date } { $kind } (private): { $text }
app-brief-path = Path
app-brief-path-titled = Path: { $title }
app-brief-by = {" "}· by { $date }
app-brief-none = none
app-brief-gap = { $skill }: { $now } of { $target } needed

## Elsewhere in the app's state

app-view-read-only = a view; nothing here can be changed
app-spark-no-mood = mood: none recorded yet

## The mood and energy lines' labels
app-spark-mood = mood
app-spark-energy = energy

## A record removed on one machine and changed on another, as its two sides
app-conflict-record-kept = kept
app-conflict-record-removed = removed on one machine

## The order of the mentee list (its title and the status line); $order is one of the app-order- words
app-order-name = by name
app-order-check-in = by check-in
app-order-kind = by kind
app-order-added = as added
app-mentees-ordered = mentees { $order }
app-order-name-short = name
app-order-check-in-short = check-in
app-order-kind-short = kind

## A conflict's value as the list shows it; $kind is a feedback or connection kind in words, $date its day
app-conflict-empty = (empty)
app-conflict-yes = yes
app-conflict-no = no
app-conflict-kind-of-date = { $kind } of { $date }

# The hint beside an empty agenda in a session form: its two keys
app-form-agenda-hint = { $prompts }: agenda prompts · { $question }: a question to ask

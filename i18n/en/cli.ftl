# The command line's output and errors (see docs/I18N.md)

## Tables' column headers (upper case in English, as the command line always wrote them)
cli-col-id = ID
cli-col-mentee = MENTEE
cli-col-goal = GOAL
cli-col-status = STATUS
cli-col-due = DUE
cli-col-smart = SMART
cli-col-done = DONE
cli-col-when = WHEN
cli-col-open = OPEN
cli-col-agenda-notes = AGENDA / NOTES
cli-col-owner = OWNER
cli-col-action = ACTION
cli-col-name = NAME
cli-col-kind = KIND
cli-col-goals = GOALS
cli-col-next-checkin = NEXT CHECK-IN

## Failing to write
cli-io-output = cannot write the output
cli-io-json = cannot write JSON
cli-io-list = cannot write the list

## What must not be empty (`{ $what } must not be empty`)
cli-what-title = the title
cli-what-name = the name
cli-what-text = --text
cli-what-action = an --action

## mentor goal, mentor milestone
cli-goal-achieved = Goal { $id } "{ $title }" achieved.
# $metric: the goal's metric as "12 of 20 talks"; $percent: "60%"
cli-goal-progress = Goal { $id }: { $metric }  ({ $percent })
cli-goal-not-numbers = --baseline and --target must be numbers
cli-goal-not-added = the goal was not added
# $smart: the SMART strip, "S·M·A·R·T" with missing letters marked
cli-goal-added = Added goal { $id } "{ $title }"  SMART: { $smart }
cli-goal-list-empty = No goals yet. Add one: mentor goal add --mentee NAME "TITLE"
cli-goal-check-empty = No goals to check.
cli-goal-check-total = { $complete } of { $count ->
    [one] { $count } goal is
   *[other] { $count } goals are
} SMART.
cli-milestone-added = Added milestone { $id } to goal { $goal }.
cli-milestone-done = Milestone { $id } done; goal { $goal } is at { $percent }.

## mentor session, mentor action
# $option: owner or due (the option's name)
cli-action-option-first = --{ $option } must follow the --action it belongs to
cli-action-option-twice = an --action has two --{ $option } options
cli-session-not-added = the session was not added
# $status: planned, held or cancelled; $at: 2026-11-30 09:30
cli-session-added = Added { $status } session { $id } with { $name } on { $at }.
# $owner: mentor or mentee
cli-session-added-action = action { $id } for the { $owner }: { $text }
cli-session-added-action-due = action { $id } for the { $owner }, due { $due }: { $text }
cli-session-list-empty = No sessions yet. Record one: mentor session add --mentee NAME --notes "..."
cli-action-done = Action { $id } done: { $text }
cli-action-list-empty = No action items.

## Errors and warnings of every command (after "mentor: ")
cli-not-saved = your edits were not saved: { $reason }
cli-closed-pipe = the reader of the output went away
# $error: why the config file cannot be used (the store's own words)
cli-warn-config = warning: { $error }
    (the config file is not used: every setting is its default)
cli-no-home = cannot find a home directory for the default store; pass --store PATH
# $text: what MENTOR_NOW holds, in quotes
cli-bad-now = MENTOR_NOW={ $text } is not an RFC 3339 date and time
cli-warn-newer = warning: { $store } was written by a newer mentor (format { $version }); showing what this version understands
cli-waiting-process = another mentor (process { $process }) is writing { $store }; waiting up to { $seconds } s for it to finish
cli-waiting = another mentor is writing { $store }; waiting up to { $seconds } s for it to finish
cli-name-taken = a mentee called "{ $name }" already exists; use another name
cli-planned-sessions = { $mentee } has { $count ->
    [one] { $count } session
   *[other] { $count } sessions
} still planned; say --cancel-planned or --keep-planned
cli-still-to-come = session { $id } is on { $date }, still to come; to mark it held anyway, add --yes
cli-not-a-goal = { $goal } is not a goal of { $mentee } (see `mentor goal list --mentee "{ $mentee }"`)
cli-no-cadence = { $name } has no cadence in the agreement; say how often with --every
# $hours, $capacity: hours a month, one decimal
cli-warn-over-capacity = warning: this takes the mentoring load to { $hours } hours a month, over your capacity of { $capacity } (see `mentor profile`)
# $what: cli-what-* (the title, the name, --text)
cli-not-empty = { $what } must not be empty

## mentor mentee
cli-mentee-added = Added mentee { $name } ({ $id }).
cli-mentee-not-changed = the mentee was not changed
cli-mentee-updated = Updated { $name } ({ $id }).
cli-mentee-updated-cancelled = Updated { $name } ({ $id }); cancelled { $count ->
    [one] { $count } planned session
   *[other] { $count } planned sessions
}.
# What `mentee remove` would remove
cli-mentee-label = { $name } ({ $id }) with { $goals ->
    [one] { $goals } goal
   *[other] { $goals } goals
}, { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} and { $feedback ->
    [one] { $feedback } feedback note
   *[other] { $feedback } feedback notes
}
# $date: the check-in's date; $days: how many days overdue
cli-checkin-overdue = { $date } (overdue { $days }d)
cli-mentee-list-empty = No mentees yet. Add one: mentor mentee add "NAME" --every 2w
cli-mentee-started-ended = started { $started }  ended { $ended }
cli-mentee-aspirations = aspirations
cli-mentee-private-notes = private notes
# $verdict: the domain's words for the balance
cli-mentee-feedback = Feedback: { $strengths ->
    [one] { $strengths } strength
   *[other] { $strengths } strengths
}, { $improvements ->
    [one] { $improvements } improvement
   *[other] { $improvements } improvements
}, { $observations ->
    [one] { $observations } observation
   *[other] { $observations } observations
} in the last 10 ({ $verdict })
cli-mentee-counts = Sessions: { $sessions }   Connections: { $connections }
cli-agreement = Agreement
cli-agreement-no-cadence = (none)
cli-agreement-cadence = cadence
cli-agreement-length = session length
cli-agreement-channels = channels
cli-agreement-response = response time
cli-agreement-boundaries = boundaries
cli-agreement-success = success measures
cli-agreement-ends = ends on
cli-agreement-next = next check-in
cli-minutes = { $count ->
    [one] { $count } minute
   *[other] { $count } minutes
}
cli-mentee-goals = Goals ({ $count })
# $date: a date or "-"
cli-due = due { $date }
# $owner: mentor or mentee
cli-mentee-open-actions = Open actions for the { $owner } ({ $count })

## Removing (`mentor goal remove` and the others)
# $what: one of cli-label-* or cli-mentee-label
cli-remove-confirm = this would remove { $what }; add --yes to confirm (a backup of the file is kept either way)
cli-removed = Removed { $what }.
cli-label-milestone = milestone { $id } "{ $title }" of goal { $goal }
# $status: planned, held or cancelled; $count: its action items
cli-label-session = { $status } session { $id } with { $name } on { $at } with { $count ->
    [one] { $count } action item
   *[other] { $count } action items
}
cli-label-action = action item { $id } "{ $text }" of { $name }
# $kind: strength, improvement or observation
cli-label-feedback = { $kind } feedback { $id } "{ $text }" for { $name }
# $kind: introduction, event, course or resource
cli-label-connection = { $kind } { $id } "{ $title }" for { $name }
cli-label-stage = stage { $id } "{ $title }" of { $name }'s career path (its goals stay)
cli-label-goal = goal { $id } "{ $title }" of { $name } with { $count ->
    [one] { $count } milestone
   *[other] { $count } milestones
}
# The records that name a removed goal (at least one of the three is not 0)
cli-label-goal-refs = ({ $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}{ $stages ->
    [0] {""}
    [one] , { $stages } stage,
   *[other] , { $stages } stages,
} and { $feedback ->
    [one] { $feedback } feedback note
   *[other] { $feedback } feedback notes
} that name it stay, without it)

## Editing (`Updated what.`)
# $what: one of the texts below
cli-updated = Updated { $what }.
cli-what-goal = goal { $id } "{ $title }"
cli-what-milestone = milestone { $id } "{ $title }"
cli-what-session = session { $id } with { $name } on { $at }
cli-what-action-item = action item { $id } "{ $text }"
# $visibility: shared or private; $kind: strength, improvement or observation
cli-what-feedback = { $visibility } { $kind } feedback { $id }
# $kind: introduction, event, course or resource
cli-what-connection = { $kind } { $id } "{ $title }"
cli-edit-no-metric = the goal has no metric; give --metric and --target to add one
cli-series-cancelled = Cancelled { $count ->
    [one] { $count } planned session
   *[other] { $count } planned sessions
} of the series of { $id }.
cli-not-a-series = session { $id } is not part of a series; cancel it alone with `mentor session cancel { $id }`

## mentor (without a command, not in a terminal): the summary
cli-summary-store = Store: { $path }
cli-summary-counts = { $mentees ->
    [one] { $mentees } mentee
   *[other] { $mentees } mentees
} ({ $active } active), { $goals ->
    [one] { $goals } goal
   *[other] { $goals } goals
} ({ $overdue_goals } overdue), { $checkins ->
    [one] { $checkins } check-in
   *[other] { $checkins } check-ins
} overdue
# $counts: cli-summary-counts
cli-summary = { $counts }.
# $hours, $capacity: hours a month, one decimal
cli-summary-with-load = { $counts }, { $hours } of { $capacity } hours a month.
cli-summary-hint = Run `mentor` in a terminal for the full-screen app, or `mentor --help` for the commands.
cli-io-demo = cannot make a folder for the demo
cli-io-terminal = cannot use the terminal

## mentor where (labels padded in code)
cli-where-store = store
cli-where-file = file
cli-where-lock = lock
cli-where-backups = backups
cli-where-link-target = { $path } (the link's target)
cli-where-not-created = (not created yet: `mentor` or any change creates it)

## mentor profile (labels padded in code)
cli-profile-name = name
cli-profile-capacity = capacity
cli-profile-length = session length
cli-profile-load = load
cli-profile-warning = warning
cli-profile-not-set = (not set)
cli-profile-hours = { $hours } hours a month
cli-profile-hours-config = { $hours } hours a month (the config file's; the profile sets none)
cli-profile-minutes-assumed = (not set: 60 assumed)
cli-profile-load-value = { $hours } hours a month from { $count ->
    [one] { $count } active mentee
   *[other] { $count } active mentees
} with a cadence
cli-profile-over = the load is over capacity
cli-col-date = DATE
cli-col-seen-by = SEEN BY
cli-col-text = TEXT
cli-col-what = WHAT
cli-col-state = STATE
cli-col-agenda = AGENDA
cli-col-milestone = MILESTONE

## mentor feedback, mentor connection
cli-what-feedback-text = the feedback
# $visibility: shared or private; $kind: strength, improvement or observation
cli-feedback-added = Added { $visibility } { $kind } { $id } for { $name }.
# $kind: introduction, event, course or resource
cli-connection-added = Added { $kind } { $id } for { $name }.
cli-connection-done = Connection { $id } done: { $title }
# Who sees a feedback note: the mentor and the mentee, or the mentor alone
cli-seen-both = both
cli-seen-you = you
cli-feedback-list-empty = No feedback yet. Add some: mentor feedback add --mentee NAME --kind strength "..."
# $verdict: the domain's words for the balance
cli-feedback-balance = Balance of the last 10: { $strengths ->
    [one] { $strengths } strength
   *[other] { $strengths } strengths
}, { $improvements ->
    [one] { $improvements } improvement
   *[other] { $improvements } improvements
} ({ $verdict }).
cli-connection-list-empty = No connections yet. Suggest one: mentor connection add --mentee NAME --kind course "..."

## mentor session plan / move / held / cancel, mentor agenda
# $error: the domain's words (no such session)
cli-see-session-list = { $error } (see `mentor session list`)
# $at: what was typed, in quotes
cli-plan-bad-time = --at { $at }: give a time of day like 10:00
cli-plan-none = no series was planned
cli-session-moved = Session { $id } moved to { $at }.
# $status: planned, held or cancelled
cli-session-status = Session { $id } { $status }.
cli-agenda-title = Agenda from { $from } for { $days ->
    [one] { $days } day
   *[other] { $days } days
}
cli-agenda-overdue = overdue { $days }d
cli-agenda-due = due, nothing planned
cli-agenda-checkins = Check-ins
cli-agenda-none-overdue = none overdue
cli-agenda-sessions = Sessions
cli-agenda-none-planned = none planned
cli-agenda-actions = Action items
cli-agenda-none-due = none due
cli-agenda-milestones = Milestones

## mentor brief, mentor summary, mentor report (the wrappers; the summary's text)
cli-mentee-gone = that mentee is gone
cli-summary-all = all records
cli-summary-since = since { $date }
# $period: cli-summary-all or cli-summary-since; $today: the date of the summary
cli-summary-head = Summary: { $name } ({ $id }), { $period }, to { $today }
cli-summary-held = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} held; { $feedback ->
    [one] { $feedback } feedback note
   *[other] { $feedback } feedback notes
}
cli-summary-held-span = { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
} held, { $first } to { $last }; { $feedback ->
    [one] { $feedback } feedback note
   *[other] { $feedback } feedback notes
}
cli-summary-themes = Recurring themes
cli-summary-no-themes = none yet (a theme is a term on two or more occasions)
# $term: the word; $count: how often it came up; $dates: the dates, joined by commas
cli-summary-theme = { $term }: { $count ->
    [one] { $count } time
   *[other] { $count } times
} on { $occasions ->
    [one] { $occasions } occasion
   *[other] { $occasions } occasions
} ({ $dates })
cli-summary-commitments = Commitments (action items made and kept)
# $owner: mentor or mentee
cli-summary-follow-through = { $owner }: { $made } made, { $kept } kept ({ $percent }), { $on_time } on time
# $when: the day it was agreed, then cli-summary-due and cli-summary-done
cli-summary-commitment = { $owner }, { $when }
cli-summary-due = , due { $date }
cli-summary-done = , done { $date }
cli-summary-achieved = Goals achieved
cli-summary-dropped = Goals dropped
cli-summary-none = none
cli-summary-dropped-on = created { $date }; the day it was dropped is not recorded
cli-report-written = wrote the report to { $path }
cli-report-written-private = wrote the report to { $path } (it includes private records: not for sending)
cli-file-exists = { $path } already exists; use --force to replace it
cli-io-report = { $path }: cannot write the report

## mentor share, mentor view
cli-io-bundle = { $path }: cannot write the bundle
cli-shared = Shared { $name }'s plan ({ $goals ->
    [one] { $goals } goal
   *[other] { $goals } goals
}, { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $feedback ->
    [one] { $feedback } shared feedback note
   *[other] { $feedback } shared feedback notes
}, { $connections ->
    [one] { $connections } connection
   *[other] { $connections } connections
}) in { $path }.
cli-shared-open = They open it with: mentor view { $path }
  and write back with: mentor reply { $path }
cli-view-bundle-mentee = this file is one mentee's bundle already; --mentee is for workspaces
cli-view-whose = say whose plan to print: --mentee NAME
# $title: the view's own title
cli-view-newer = newer format { $version }, shown as far as understood · { $title }

## mentor restore
cli-restore-none = no copy of the store reads cleanly (see `mentor restore --list`); nothing to restore
cli-restore-newer = { $path } was written by a newer mentor (format { $version }); cannot restore it with this version
# $holds: what a store holds, in the store's words ("2 mentees, 5 goals")
cli-restored = Restored { $store } from { $source } ({ $holds }).
cli-restore-kept = The file it replaced is kept as { $path }.
cli-restore-question = { $store } reads cleanly ({ $current }); restoring replaces it with { $source } ({ $holds }).
cli-restore-pass-yes = Pass --yes to do it (the replaced file is kept aside).
cli-restore-ask = Restore it? [y/N]
# Answers to cli-restore-ask that mean yes, besides y and yes (words separated by spaces; may be empty)
cli-restore-yes-words = y yes
cli-restore-not = not restored; nothing was changed
cli-io-answer = cannot read the answer
cli-restore-cannot-list = cannot list the copies of the store: { $error }
cli-restore-no-copies = No copies yet: a backup is kept at every save.
cli-restore-copies = Copies of { $store }, newest first (`mentor restore FILE` puts one back):
cli-restore-reads = reads: { $holds }
cli-restore-unreadable = unreadable

## mentor export ics (the calendar's own words, and the messages)
cli-ics-calendar = Mentoring sessions
cli-ics-agenda = Agenda
cli-ics-notes = Notes
cli-ics-summary = Mentoring: { $name }
cli-io-file = { $path }: cannot write
cli-ics-written = wrote { $count ->
    [one] { $count } session
   *[other] { $count } sessions
} to { $path }

## mentor template
cli-template-skipped = warning: skipped a template: { $error }
cli-template-unknown = no template called "{ $name }" (see `mentor template list`)
cli-template-builtin = built-in
cli-template-yours-replaces = yours, replaces the built-in ({ $path })
cli-template-yours = yours ({ $path })
# $template: the template's name
cli-template-has-all-dry = { $name } already has everything in { $template }: nothing would be added.
cli-template-has-all = { $name } already has everything in { $template }: nothing new was added.
cli-template-would-add = Would add to { $name } from { $template } (starting { $start }), { $count ->
    [one] { $count } item
   *[other] { $count } items
}:
cli-template-added = Added to { $name } from { $template } (starting { $start }), { $count ->
    [one] { $count } item
   *[other] { $count } items
}:
cli-template-no-dir = cannot find a config directory for templates; pass --dir DIR
cli-template-shadows = note: "{ $name }" is a built-in template's name; yours will replace it
cli-template-exists = { $path } already exists; add --force to replace it
cli-template-saved = Saved { $mentee }'s plan as template { $name } ({ $stages ->
    [one] { $stages } stage
   *[other] { $stages } stages
}, { $goals ->
    [one] { $goals } goal
   *[other] { $goals } goals
}) in { $path }.
cli-template-apply-hint = Apply it with: mentor template apply { $name } --mentee NAME
cli-template-no-set = no question set called "{ $name }"; use grow, first-session or check-in

## mentor path
cli-path-untitled = { $name }'s career path has no title now.
cli-path-titled = { $name }'s career path: { $title }
cli-nothing-changed = nothing was changed
cli-stage-not-added = the stage was not added
# $n of $of: the stage's place in the path; $status: open, in-progress, done or skipped
cli-stage-said = stage { $id } "{ $title }" ({ $n } of { $of } in { $name }'s path, { $status })
# $stage: cli-stage-said
cli-stage-added = Added { $stage }.
cli-stage-updated = Updated { $stage }.
cli-stage-moved = Moved to { $position }: { $stage }.
cli-path-head = Career path of { $name }
cli-path-head-titled = Career path of { $name }: { $title }
cli-path-empty = No stages yet. Add one: mentor path stage add { $id } "TITLE"
cli-path-target = target { $date }
# Row labels under a stage (padded in code)
cli-path-skill = skill
cli-path-goal = goal
# $now, $aim: levels 1 to 5, or -
cli-path-levels = now { $now }  aim { $aim }
cli-path-levels-gap = now { $now }  aim { $aim }  gap { $gap }

## mentor skill
cli-col-skill = SKILL
cli-col-stages = STAGES
cli-col-mentees = MENTEES
cli-col-description = DESCRIPTION
cli-col-now = NOW
cli-col-aim = AIM
cli-col-gap = GAP
cli-col-level = LEVEL
cli-skill-declared = Declared the skill "{ $name }".
# $count: the mentees whose records changed
cli-skill-renamed = Renamed "{ $from }" to "{ $to }" ({ $count ->
    [one] { $count } mentee
   *[other] { $count } mentees
} changed).
cli-skill-removed = Removed the skill "{ $name }".
cli-skill-say-level = say --level, --target or both (or --clear to take the skill off)
# $now, $aim: levels 1 to 5, or -
cli-skill-level = { $name } in { $skill }: now { $now }, aim { $aim }.
cli-skill-no-level = { $name } has no level in { $skill } now.
cli-skill-list-empty = No skills yet. Add one: mentor skill add NAME --description TEXT
cli-skill-matrix-empty = { $name } has no skills yet. Set one: mentor skill set { $id } SKILL --level N --target N

## Usage errors (clap's own words stay English; these are mentor's around them)
# $command: `mentor goal`; $commands: its subcommands, joined by commas
cli-usage-needs-command = `{ $command }` needs a command: { $commands } (see `{ $command } --help`)
# $usage: clap's usage line
cli-usage = (usage: { $usage })
# $error: why the language is not known
cli-warn-config-language = warning: the config file's language: { $error }

## mentor --demo (the app's header names the store it shows)
cli-demo-label = demo workspace (a temporary copy; your store is not touched)

## Numbers
# The mark between a number's whole part and its decimals (hours a month: 2.5)
cli-decimal-mark = .

# en: domain texts (see docs/I18N.md)

## The values of the file's words, as shown (the English words are the file's own)
dom-visibility-shared = shared
dom-visibility-private = private
dom-feedback-strength = strength
dom-feedback-improvement = improvement
dom-feedback-observation = observation
dom-connection-introduction = introduction
dom-connection-event = event
dom-connection-course = course
dom-connection-resource = resource
dom-connection-status-suggested = suggested
dom-connection-status-done = done
dom-stage-open = open
dom-stage-in-progress = in-progress
dom-stage-done = done
dom-stage-skipped = skipped
dom-goal-status-draft = draft
dom-goal-status-active = active
dom-goal-status-achieved = achieved
dom-goal-status-dropped = dropped
dom-kind-career = career
dom-kind-peer = peer
dom-kind-life = life
dom-status-active = active
dom-status-paused = paused
dom-status-concluded = concluded
dom-channel-in-person = in-person
dom-channel-video = video
dom-channel-phone = phone
dom-channel-chat = chat
dom-channel-email = email
dom-session-status-planned = planned
dom-session-status-held = held
dom-session-status-cancelled = cancelled
dom-owner-mentor = mentor
dom-owner-mentee = mentee

## Words for a state, in a sentence
dom-stage-words-open = open
dom-stage-words-in-progress = in progress
dom-stage-words-done = done
dom-stage-words-skipped = skipped
# The balance of recent feedback notes.
dom-balance-too-few = too few to judge
dom-balance-balanced = balanced
dom-balance-needs-strengths = mostly critique: name a strength
dom-balance-needs-improvements = only praise: add a point to work on
# The trend of moods or energies.
dom-trend-rising = rising
dom-trend-steady = steady
dom-trend-falling = falling
dom-trend-unknown = not enough recorded

## A cadence in words
dom-cadence-days = { $count ->
    [one] every day
   *[other] every { $count } days
}
dom-cadence-weeks = { $count ->
    [one] every week
   *[other] every { $count } weeks
}
dom-cadence-months = { $count ->
    [one] every month
   *[other] every { $count } months
}

## Kinds of record, in a sentence
dom-record-mentee = mentee
dom-record-goal = goal
dom-record-milestone = milestone
dom-record-session = session
dom-record-action = action item
dom-record-feedback = feedback
dom-record-feedback-note = feedback note
dom-record-connection = connection
dom-record-series = series
dom-record-stage = stage
dom-record-record = record
dom-records-mentee = mentees
dom-records-goal = goals
dom-records-milestone = milestones
dom-records-session = sessions
dom-records-action = action items
dom-records-feedback-note = feedback notes
dom-records-connection = connections
dom-records-stage = stages
dom-records-record = records
# The value a refusal is about: "the { $what } must not be empty".
dom-field-name = name
dom-field-title = title
dom-field-text = text
dom-field-skill = skill name
dom-field-value = value

## Why an operation was refused
dom-op-blank = the { $what } must not be empty
dom-op-name-taken = a mentee called "{ $name }" already exists
dom-op-not-a-goal = { $goal } is not a goal of { $mentee }
# $count: the sessions still planned.
dom-op-planned-sessions = { $count ->
   *[other] { $mentee } has sessions still planned
}
dom-op-still-to-come = session { $id } is on { $date }, still to come
dom-op-no-metric = goal { $goal } has no metric to record progress on; its progress comes from milestones
dom-op-no-cadence = { $mentee } has no cadence in the agreement
# $what: a kind of record (dom-record-*).
dom-op-not-doable = a { $what } cannot be marked done
dom-op-no-text = a { $what } has no text to edit
dom-op-unknown-skill = no skill called "{ $skill }" (see `mentor skill list`)
dom-op-skill-taken = the skill "{ $skill }" is declared already
dom-op-skill-in-use = the skill "{ $skill }" is still used by { $uses }; rename it, or take it off them first
dom-op-no-conflict = no conflict with ID "{ $id }" (see `mentor conflicts`)
dom-op-conflict-place = the place of this conflict ({ $place }) is not in the workspace any more; keep the current value
dom-op-conflict-value = the other value of conflict { $id } no longer fits: { $why }
dom-op-level-conflict = { $mentee } has different levels in "{ $from }" and "{ $to }"; make them the same (or remove one) before merging the skills

## How a typed name or ID did not pick out one record
dom-lookup-no-mentee = no mentee matches "{ $query }" (see `mentor mentee list`)
dom-lookup-ambiguous = "{ $query }" matches several mentees: { $candidates }; type more of the name or use the ID
# $kind: a kind of record (dom-record-*).
dom-lookup-no-record = no { $kind } with ID "{ $id }"
# $kinds: the kind in the plural (dom-records-*); $ids: the whole IDs.
dom-lookup-ambiguous-id = { $typed } names { $count } { $kinds }: { $ids }; type the whole ID

## Limits
dom-ids-exhausted = no more record IDs: this store's counter ("next_id") is at its limit ({ $limit }), so nothing can be added; nothing was changed
dom-rules-minutes = must be more than 0 minutes
dom-rules-capacity = { $hours } is not a number of hours a month, 0 or more
dom-rules-cadence = a cadence of every 0 means never; it must be every 1 or more
dom-rules-level = { $n } is not on the scale; it must be 1 to 5

## Planning a series
dom-schedule-no-end = a series needs a number of sessions (1 to { $max }) or an end date
dom-schedule-end-before-start = the end date { $end } is before the first session
dom-schedule-too-many = that would plan more than { $max } sessions; plan a shorter series
dom-schedule-out-of-range = a session would fall outside the dates mentor can keep ({ $first } to { $last })

## A typed date the command line refused
# $problem: what was wrong (date-*); $hint: advice, starting with its own " (" or "; ".
dom-date-invalid = invalid date "{ $text }": { $problem }{ $hint }
dom-date-time-invalid = invalid date and time "{ $text }": { $problem }{ $hint }
dom-date-cadence-invalid = invalid cadence "{ $text }": use a count and a unit such as 1w, 2w, 10d, 1m, or weekly, fortnightly, monthly
dom-date-hint-noon = a time is written 12:00 or 12pm
dom-date-hint-am = a time is written { $n }:00 or { $n }am
dom-date-hint-hour = a time is written { $n }:00
dom-date-hint-day = a day of the month goes with its month: { $n } dec
dom-date-hint-month = a month goes with its day: 3 { $month }
dom-date-hint-use-date-time = use "2026-12-01 10:00", "tomorrow 10:00", "next friday 9am", "3pm" or RFC 3339
dom-date-hint-use-date = use YYYY-MM-DD, today, tomorrow, friday, next friday, 3 apr, +2w or in 3 days

## The SMART check: why a letter does not hold, and what to do
dom-smart-no-description = not specific: "{ $title }" does not say what exactly will be different; describe the change in a sentence
dom-smart-short-description = not specific: the description is too short to say what will be different; write a full sentence
dom-smart-unnamed-metric = not measurable: the metric does not say what is counted
dom-smart-target-is-baseline = not measurable: the target of "{ $what }" equals its baseline; set a target that means change
dom-smart-metric-attendance = not measuring an outcome: "{ $what }" counts attendance; count what changes (reviews led, talks given), not meetings held
dom-smart-criterion-attendance = not measuring an outcome: "{ $criterion }" counts attendance; describe what someone could observe change
dom-smart-no-measure = not measurable: add a metric with a target, or an observable criterion
dom-smart-no-support = achievable is not shown: note the resources, support and constraints agreed
dom-smart-no-relevance = relevance is not stated: say why it matters and which aspiration or step it serves
dom-smart-no-due = not time-bound: set a due date
dom-smart-past-due = time-bound: the due date { $due } has passed; move it or close the goal

## Why a file does not load: a broken rule, after the place it was found
dom-invalid-conflict-id = conflict ID { $id } is not x and 12 hex digits
dom-invalid-conflict-twice = duplicate conflict ID { $id }
dom-invalid-conflict-place = a conflict needs a place: a path with no empty step
# $kind: the file's name of the record kind (goal, action, ...).
dom-invalid-id-shape = { $kind } ID { $id } does not have the expected shape
dom-invalid-id-twice = duplicate ID { $id } (its number { $n } is already in use)
dom-invalid-store-token = { $token } is not a store token (1 to { $max } letters, digits or dashes)
dom-invalid-counter = is { $next_id } but IDs up to { $max } are in use; set it to { $next } or more
dom-invalid-skill-two-levels = skill { $skill } has two levels
dom-invalid-skill-twice = skill { $skill } is declared twice
dom-invalid-skill = skill
# $what: a field (dom-field-*, dom-invalid-skill).
dom-invalid-empty = { $what } is empty
dom-invalid-not-a-goal = goal "{ $goal }" is not a goal of this mentee
dom-invalid-not-a-series = series "{ $series }" is not a series of this mentee

## Templates: why one was refused (after the file, line and field)
dom-template-bad-name = "{ $name }" is not a template name (lower-case letters, digits and dashes)
dom-template-blank = must not be empty
dom-template-twice = "{ $text }" is given twice
dom-template-unknown-skill = "{ $skill }" is not one of the template's [[skills]]
dom-template-metric-numbers = the baseline and target must be numbers
dom-template-unknown-goal = "{ $key }" is not the key of one of the template's [[goals]]
dom-template-session-zero = sessions count from 1
dom-template-session-twice = session { $session } is given twice
# $stem: the file's name without .toml or .json.
dom-template-name-not-file = "{ $name }" does not match the file's name "{ $stem }"
dom-template-not-rel-date = "{ $text }" is not a relative date (+2w, +3m, +90d)
# $rel: a relative date as written (+3m); $start: the date it counts from.
dom-template-past-last-date = { $rel } from { $start } is past the last date mentor can keep
dom-template-save-name = "{ $name }" is not a template name: use lower-case letters, digits and dashes
dom-template-save-empty = { $mentee } has no agreement, path or goals to make a template of
dom-template-save-invalid = the template would not read back: { $why }
# A relative date in words.
dom-rel-days = { $count ->
    [one] 1 day
   *[other] { $count } days
}
dom-rel-weeks = { $count ->
    [one] 1 week
   *[other] { $count } weeks
}
dom-rel-months = { $count ->
    [one] 1 month
   *[other] { $count } months
}
dom-rel-years = { $count ->
    [one] 1 year
   *[other] { $count } years
}

## The brief's suggested agenda: what to do, then why
dom-brief-only-improvements = Start with something that went well
# $count: how many; $dates: their dates.
dom-brief-only-improvements-why = the last { $count } strengths and improvements given ({ $dates }) were all improvements
dom-brief-first-session = Agree goals, cadence and ways of working
dom-brief-first-session-why = no session with { $name } has been held yet
dom-brief-last-session = last held session { $date } ({ $days } days ago)
dom-brief-no-session-yet = no session held yet
dom-brief-cadence-slipped = Agree the date of the next session
# $last: dom-brief-last-session or dom-brief-no-session-yet.
dom-brief-cadence-slipped-why = cadence { $cadence }; { $last }; a session was due { $due } ({ $days } days overdue)
dom-brief-mood-falling = Ask how they are really doing
# $levels: the moods, as 4 → 3 → 2 → 1.
dom-brief-mood-falling-why = mood fell at the last three sessions: { $levels }
dom-brief-low-mood = Ask how they are doing
dom-brief-low-mood-why = mood { $level }/5 at the session on { $date }
dom-brief-low-energy = Talk about workload and energy
dom-brief-low-energy-why = energy { $level }/5 at the session on { $date }
dom-brief-follow-up = Follow up: { $text }
dom-brief-report-back = Report back on: { $text }
dom-brief-mentee-action-why = the mentee's action item { $id } from { $agreed } was due { $due }, { $days } days overdue
dom-brief-mentor-action-why = your action item { $id } from { $agreed } was due { $due }, { $days } days overdue
dom-brief-goal-overdue = Re-plan or close: { $title }
dom-brief-goal-overdue-why = goal { $id } was due { $due }, { $days } days overdue
dom-brief-goal-due-soon = Check what { $title } still needs
dom-brief-goal-due-soon-why = goal { $id } is due { $due }, in { $days } days
dom-brief-goal-stalled = Find what blocks: { $title }
dom-brief-goal-stalled-why = goal { $id }: no milestone done and no progress recorded since the session on { $since }
dom-brief-stage-next = Talk about the way to { $title }
# $target: dom-brief-stage-target or nothing; $skills: dom-brief-stage-needs or nothing.
dom-brief-stage-next-why = stage { $id } is { $status }{ $target }{ $skills }
dom-brief-stage-target = , target { $date }
dom-brief-stage-needs = ; needs { $skills }
dom-brief-level-none = none
dom-brief-skill-gap = Plan practice for { $skill }
dom-brief-skill-gap-why = { $skill }: level { $current } of target { $target } (gap { $gap }), the biggest gap

## What a sync or a pull changed ("Alice: 2 goals, 1 session; 1 conflict")
dom-changes-goals = { $count ->
    [one] 1 goal
   *[other] { $count } goals
}
dom-changes-milestones = { $count ->
    [one] 1 milestone
   *[other] { $count } milestones
}
dom-changes-sessions = { $count ->
    [one] 1 session
   *[other] { $count } sessions
}
dom-changes-actions = { $count ->
    [one] 1 action item
   *[other] { $count } action items
}
dom-changes-feedback = { $count ->
    [one] 1 feedback note
   *[other] { $count } feedback notes
}
dom-changes-connections = { $count ->
    [one] 1 connection
   *[other] { $count } connections
}
dom-changes-series = { $count ->
    [one] 1 series
   *[other] { $count } series
}
dom-changes-stages = { $count ->
    [one] 1 career-path stage
   *[other] { $count } career-path stages
}
dom-changes-new = { $name } (new)
dom-changes-removed = { $name } (removed)
dom-changes-details = details
dom-changes-skills = skills
dom-changes-nothing = nothing changed
dom-changes-mentor = mentor profile
dom-changes-conflicts-settled = { $count ->
    [one] 1 conflict settled
   *[other] { $count } conflicts settled
}
dom-changes-conflicts = { $count ->
    [one] 1 conflict
   *[other] { $count } conflicts
}

## What applying a template adds, one line each (a dry run, the preview)
dom-fill-cadence = cadence: { $cadence }
dom-fill-minutes = session length: { $minutes } minutes
dom-fill-channels = channels: { $channels }
dom-fill-response-time = response time: { $text }
dom-fill-boundaries = boundaries: { $text }
dom-fill-success = success measures: { $text }
dom-fill-ends-on = ends on: { $date }
# $what: one of dom-fill-*.
dom-plan-agreement = agreement { $what }
dom-plan-path-title = path title "{ $title }"
# $due: dom-plan-by, dom-plan-due or nothing.
dom-plan-stage = stage "{ $title }"{ $due }
dom-plan-by = {" "}by { $date }
dom-plan-due = {" "}due { $date }
dom-plan-stage-goal = stage "{ $stage }" served by goal "{ $goal }"
dom-plan-goal = goal "{ $title }"{ $due }
dom-plan-milestone = milestone "{ $title }"{ $due } of goal "{ $goal }"
dom-plan-skill = skill "{ $skill }" in the vocabulary
dom-plan-level = target level { $level } for "{ $skill }"

## The field a search found its text in
dom-search-name = name
dom-search-aspirations = aspirations
dom-search-private-notes = private notes
dom-search-response-time = response time
dom-search-boundaries = boundaries
dom-search-success-measures = success measures
dom-search-text = text
dom-search-title = title
dom-search-who = who
dom-search-note = note
dom-search-specific = specific
dom-search-criterion = criterion
dom-search-achievable = achievable
dom-search-relevant = relevant
dom-search-metric = metric
dom-search-skills = skills
dom-search-agenda = agenda
dom-search-shared-notes = shared notes
dom-search-career-path = career path
dom-search-description = description
dom-search-feedback-wanted = more of in feedback
dom-search-closing-note = closing note
dom-search-private-closing-note = private closing note
dom-search-closing-reflection = closing reflection
dom-search-mentee-notes = mentee's notes

## A goal's metric: "design reviews led: 1 of 3 reviews (from 0)"
# $unit: the unit with a space before it, or nothing.
dom-metric = { $what }: { $value } of { $target }{ $unit } (from { $baseline })

## More refusals of an operation (after the field they are about)
dom-op-numbers = must be numbers
dom-op-metric-number = { $value } is not a number a metric can hold
# $field: where in the template; $message: what is wrong there.
dom-op-template = template { $name }: { $field }: { $message }
# $count: the stages the path has; $last: the last position allowed.
dom-op-position = position { $position } is past the end; the path has { $count ->
    [one] 1 stage
   *[other] { $count } stages
} so it must be 1 to { $last }
# Where a skill is still used (a list after dom-op-skill-in-use).
dom-op-use-goal = goal { $id } of { $name }
dom-op-use-stage = stage { $id } of { $name }
dom-op-use-levels = { $name }'s skill levels

## A template as `mentor template show` prints it
dom-show-meet = meet { $cadence }
dom-show-minutes = { $minutes } minutes
# $length: a relative date in words (dom-rel-*).
dom-show-for = for { $length }
dom-show-agreement = Agreement: { $agreement }
dom-show-response-time = Response time
dom-show-boundaries = Boundaries
dom-show-success = Success
dom-show-first-sessions = First sessions:
dom-show-session = Session { $session }:
dom-show-path = Path: { $title }
dom-show-skills = skills: { $skills }
dom-show-skills-title = Skills:
dom-show-target = target { $level }
dom-show-goals-title = Goals:
dom-show-due = due { $due }
dom-show-measure = measure: { $what } from { $from } to { $to }{ $unit }
dom-show-done-when = done when: { $criterion }

## The built-in question sets of a session's agenda (`grow`, `first-session`, `check-in`)
dom-prompt-grow = GROW: goal, reality, options, way forward
dom-prompt-first = A first session: hopes, ways of working, a first goal
dom-prompt-check = A progress check-in: what moved, what is stuck, what is next
dom-prompt-grow-1 = Goal
dom-prompt-grow-1-1 = What would you like to have in hand by the end of this conversation?
dom-prompt-grow-1-2 = If this went really well, what would be different in three months?
dom-prompt-grow-1-3 = How will you know you have got there?
dom-prompt-grow-2 = Reality
dom-prompt-grow-2-1 = What is happening now, and what have you tried so far?
dom-prompt-grow-2-2 = What is in your way, and what is in your favour?
dom-prompt-grow-2-3 = Who else is involved, and how do they see it?
dom-prompt-grow-3 = Options
dom-prompt-grow-3-1 = What could you do? What else?
dom-prompt-grow-3-2 = What would you do if you had more time, or more courage?
dom-prompt-grow-3-3 = What would someone you admire try here?
dom-prompt-grow-4 = Way forward
dom-prompt-grow-4-1 = Which option will you take, and what is the first step?
dom-prompt-grow-4-2 = When will you take it, and what support would help?
dom-prompt-grow-4-3 = On a scale of 1 to 10, how committed are you to it, and what would make it a 10?
dom-prompt-first-1 = Getting to know each other
dom-prompt-first-1-1 = What brought you to mentoring now?
dom-prompt-first-1-2 = What has helped you learn best in the past, and what has not?
dom-prompt-first-2 = Hopes
dom-prompt-first-2-1 = Where would you like to be in a year, and in three?
dom-prompt-first-2-2 = What would make these sessions worth your time?
dom-prompt-first-3 = Working together
dom-prompt-first-3-1 = How often should we meet, how, and how do we reach each other in between?
dom-prompt-first-3-2 = What is off limits, and what stays between us?
dom-prompt-first-3-3 = How will we know the mentoring worked?
dom-prompt-first-4 = A first goal
dom-prompt-first-4-1 = Which one change would make the biggest difference, and how could we measure it?
dom-prompt-check-1 = Since last time
dom-prompt-check-1-1 = What moved since we last met, and what are you proud of?
dom-prompt-check-1-2 = Which action items are done, and which are stuck?
dom-prompt-check-2 = Progress
dom-prompt-check-2-1 = Where do you stand on each goal, and does it still matter to you?
dom-prompt-check-2-2 = What did you learn that changes the plan?
dom-prompt-check-3 = Next
dom-prompt-check-3-1 = What is the most useful thing to work on before we meet again?
dom-prompt-check-3-2 = What support do you need, and from whom?

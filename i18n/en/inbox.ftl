# inbox: texts of one part of the program (see docs/I18N.md). IDs start with the prefix the part owns.

## The mentor's Inbox of replies (inb-)

inb-key-open = the selected mentee's Inbox: what they wrote back
inb-key-next = next entry
inb-key-previous = previous entry
inb-key-accept = accept the selected entry
inb-key-decline = decline it (with a reason, if you like)
inb-key-accept-all = accept every entry that is not stale
inb-key-decline-with-reason = decline with this reason (may be empty)
inb-help-section = The Inbox of replies (I)
# $count: entries waiting in every inbox; $key: the key that opens one (I).
inb-banner = { $count ->
    [one] 1 reply waiting: { $key } opens it
   *[other] { $count } replies waiting: { $key } opens them
}
# The selected mentee's waiting entries, in the tab bar. $count: how many; $key: I.
inb-tab = { $count ->
    [one] 1 reply ({ $key })
   *[other] { $count } replies ({ $key })
}
# On the Overview, above the next check-in.
inb-overview = { $count ->
    [one] 1 reply waits: { $key } opens it
   *[other] { $count } replies wait: { $key }
}
# $name: the mentee.
inb-title = Inbox of { $name }
inb-title-at = Inbox of { $name } ({ $at } of { $count })
inb-none = Nothing waits: every entry of this mentee's replies is decided.
inb-reason = Reason (optional, Enter declines, Esc goes back):
inb-accept = accept
inb-decline = decline
inb-accept-all = accept all
inb-stale = stale
inb-refused-mark = cannot apply
inb-now = now
inb-proposed = proposed
# $why: how the record changed since the plan was shared.
inb-stale-why = Stale: { $why }. It is taken only if you accept this one on purpose; accept all leaves it.
inb-refused-why = Cannot apply: { $why }. It can only be declined.
# $at: when the mentee wrote it.
inb-written = written { $at }
inb-empty = nothing waits in this Inbox
inb-not-in-view = the Inbox is the mentor's: this is the mentee's view
# $what: the entry in words.
inb-did-accept = accepted { $what }
inb-did-decline = declined { $what }
# $count: how many were accepted; $name: the mentee.
inb-did-accept-all = { $count ->
    [one] accepted 1 entry of { $name }
   *[other] accepted { $count } entries of { $name }
}
# $did: what was done; $left: entries still waiting.
inb-done = { $did }; { $left ->
    [0] nothing left
    [one] 1 left
   *[other] { $left } left
} (u undoes)
inb-cannot = cannot do that: { $why }
inb-none-ready = no entry can be accepted as it is: stale ones are accepted one by one (a)
# $path: the reply file.
inb-did-receive = received the reply { $path }
inb-refused = the reply { $path } was not taken in: { $why }
# $count: the entries that came in; $key: I.
inb-arrived = { $count ->
    [one] 1 new entry from a mentee's reply: { $key } opens the Inbox
   *[other] { $count } new entries from mentees' replies: { $key } opens the Inbox
}
inb-record-mentee = { $name }'s closing reflection
inb-kind-reflection = reflection
inb-kind-progress = progress
inb-kind-milestone-done = milestone done
inb-kind-action-done = action item done
inb-kind-new-action = new action item
inb-kind-topic = topic
inb-kind-checkin = check-in
inb-kind-closing = closing reflection
# Beside a value that came from the mentee's reply (accepted by the mentor).
inb-from-mentee = ↩ from the mentee
inb-from-you = ↩ from you

## The mentee's reply mode (rmode-)

rmode-key-reflection = notes on a session
rmode-key-progress = progress
rmode-key-done = done
rmode-key-topic = topic
rmode-key-checkin = check-in
rmode-key-new-action = new action
rmode-key-closing = closing words
rmode-key-show = your reply
rmode-help-section = Writing back (reply mode)
# $count: entries written that the mentor has not answered yet; $key: m.
rmode-banner = { $count ->
    [0] reply: nothing waiting ({ $key })
    [one] 1 written, not answered ({ $key })
   *[other] { $count } written, not answered ({ $key })
}
rmode-not-here = writing back works in reply mode: mentor reply BUNDLE
# $path: the reply file, in full.
rmode-written = written to { $path }: send that file to your mentor
# $value: the new value; $target and $unit: the goal's target; $percent: how far along.
rmode-preview-progress = { $value } of { $target } { $unit } ({ $percent }%)
# $when: the session's day.
rmode-title-reflection = Your notes on the session of { $when }
# $goal: the goal; $now: where it stands now.
rmode-title-progress = Progress, now { $now }: "{ $goal }"
rmode-title-topic = A topic or question for your next session
rmode-title-checkin = Check-in: mood and energy (1 to 5), what is on your mind
rmode-title-new-action = An action you take on
rmode-title-closing = Your closing reflection
rmode-title-milestone-done = Milestone done: { $title }
rmode-title-action-done = Action item done: { $text }
rmode-need-session = select a session first (tab 2)
rmode-need-goal = select a goal first (tab 1)
rmode-no-metric = this goal has no measure to report a value in
rmode-need-done = select a milestone (tab 1, lower pane) or one of your action items (tab 2, lower pane)
rmode-done-already = that is done already
rmode-not-yours = that action item is your mentor's: you can report your own done
rmode-about-goal = goal "{ $title }"
rmode-about-milestone = milestone "{ $title }"
rmode-about-session = the session of { $when }
rmode-about-action = action item "{ $text }"
rmode-entry-reflection = notes on { $about }: { $text }
rmode-entry-progress = { $about } now at { $value }
rmode-entry-done = { $about } done on { $on }
rmode-entry-new-action = new action item: { $text }
rmode-entry-new-action-due = new action item: { $text } (by { $due })
rmode-entry-topic = topic: { $text }
rmode-entry-checkin = check-in: mood { $mood }, energy { $energy }
rmode-entry-closing = closing reflection: { $text }
rmode-pane-title = Your reply
rmode-pane-file = Your reply is in { $path }
# $mentor: the mentor's name.
rmode-pane-send = Send that file to { $mentor } (attach it to a mail): the next plan they share answers it.
rmode-pane-unanswered = Not answered yet ({ $count })
rmode-pane-entry = • { $entry } (written { $at })
rmode-pane-answered = Answers from the latest plan ({ $count })
rmode-pane-accepted = ✓ accepted { $on }: { $entry }
rmode-pane-accepted-why = ✓ accepted { $on }: { $entry }. "{ $reason }"
rmode-pane-declined = ✗ declined { $on }: { $entry }
rmode-pane-declined-why = ✗ declined { $on }: { $entry }. Reason: "{ $reason }"
rmode-pane-keys = j/k scroll   { $close } close
inb-notes-from-mentee = ↩ The mentee's notes:
inb-notes-from-you = ↩ Your notes:
# $why: the reply file and why it does not read.
inb-unreadable = a reply does not read (nothing of it was taken in): { $why }
rmode-cannot-reply = this plan was shared before replies existed: ask your mentor to share it again
rmode-not-a-bundle = the file is no longer a shared plan
rmode-read-only = reply mode, what you write goes to your reply file; the plan stays as it is

# reply: texts of one part of the program (see docs/I18N.md). IDs start with the prefix the part owns.

## Refusals of a reply (the whole reply is refused; nothing of it is applied)
reply-unknown-kind = a reply entry of kind "{ $kind }": a reply holds only reflection, progress, milestone_done, action_done, new_action, topic, checkin and closing entries
reply-foreign-key = a { $kind } entry may not have "{ $key }": a reply cannot reach that field
reply-missing-key = a { $kind } entry needs "{ $key }"
reply-too-large = the reply is { $bytes } bytes, more than the { $limit } a reply may be
reply-too-many = the reply holds { $count } entries, more than the { $limit } a reply may hold
reply-text-long = entry { $entry }: the text is { $chars } characters, more than the { $limit } an entry may hold
reply-unsafe-text = entry { $entry }: the text holds the control or direction character { $code }, which could change what the terminal shows
reply-blank = entry { $entry }: the text must not be empty
reply-bad-id = "{ $id }" is not an entry ID of a reply (r and ten lower-case letters or digits); a reply cannot choose the IDs of records
reply-duplicate = two entries of the reply have the ID { $id }
reply-malformed = this is not a reply mentor can read: { $why }
reply-other-mentee = entry { $entry } names { $record }, a record of another mentee
reply-not-in-bundle = entry { $entry } names { $record }, which is not in the shared plan
reply-no-record = the shared plan has no milestone or action item { $record }
reply-wrong-record = entry { $entry } names { $record }, which is not what a { $kind } entry is about
reply-not-own-action = entry { $entry }: action item { $action } is the mentor's, not yours
reply-level = entry { $entry }: { $value } is not a level from 1 to 5
reply-value = entry { $entry }: the progress value is not a number
reply-no-metric = goal { $goal } has no metric to report progress on
reply-identity = this reply answers a plan shared with someone else (or from another mentor's store): it does not match any mentee here
reply-no-identity = this plan was shared before replies existed, so it cannot be replied to; ask your mentor to share it again
reply-already-done = { $record } is done already
reply-bad-seen = entry { $entry }: "seen" is not a fingerprint
reply-bad-key = a reply key is 16 to 64 lower-case letters or digits

## The mentor's inbox
inbox-no-entry = no entry { $id } is waiting in the inbox
inbox-ambiguous = more than one entry in the inbox starts with { $id }; type more of its ID
inbox-cannot-apply = entry { $id } can no longer apply ({ $why }); it can only be declined
inbox-reason-line = the reason is one line
inbox-value-none = (none)
inbox-open = open
inbox-done-on = done on { $date }
inbox-no-metric = the goal has no metric any more
inbox-gone = { $record } is not in the plan any more
inbox-already-done = it is done already
inbox-mentors-action = the action item is the mentor's now
inbox-changed = changed since the plan was shared
inbox-no-session = no session is planned to put it on; plan one, then accept it
inbox-with-due = { $text } (due { $date })
inbox-levels = mood { $mood }, energy { $energy }

## The reply file
reply-file-io = cannot read or write the reply { $path }: { $error }
reply-file-refused = the reply { $path } is refused, nothing of it is taken: { $why }
reply-file-kind = it is a file of kind "{ $kind }", not a mentee's reply
reply-file-newer = it was written by a newer mentor (format { $version })

## mentor reply (the mentee's side)
reply-cli-wrote = Wrote { $id }: { $what } to { $path }
reply-cli-send = { $count ->
    [one] The reply holds 1 entry; send that file to your mentor.
   *[other] The reply holds { $count } entries; send that file to your mentor.
}
reply-cli-reflection = reflection on { $session }: { $text }
reply-cli-progress = progress on { $goal }: { $value }
reply-cli-done = { $id } done on { $date }
reply-cli-action = new action: { $text }
reply-cli-topic = topic: { $text }
reply-cli-checkin = check-in: mood { $mood }, energy { $energy }
reply-cli-closing = closing reflection: { $text }
reply-cli-waiting = not seen yet
reply-cli-accepted = accepted
reply-cli-declined = declined
reply-cli-accepted-why = accepted: { $reason }
reply-cli-declined-why = declined: { $reason }
reply-col-id = ID
reply-col-entry = ENTRY
reply-col-status = STATUS
reply-cli-file = Reply: { $path }
reply-cli-empty = Nothing written yet.
reply-cli-unseen = { $count ->
    [0] Your mentor has answered everything in it.
    [one] 1 entry your mentor has not answered yet.
   *[other] { $count } entries your mentor has not answered yet.
}
reply-cli-hint = Add to it with: mentor reply { $bundle } reflect | done | progress | topic | action | checkin | closing (mentor reply --help)

## mentor inbox (the mentor's side)
inbox-cli-which = name the reply file, or --from DIR
inbox-cli-received = { $count ->
    [0] Nothing new from { $name } in { $path }.
    [one] 1 new entry from { $name } in { $path }.
   *[other] { $count } new entries from { $name } in { $path }.
}
inbox-cli-accepted = { $count ->
    [one] Accepted 1 entry.
   *[other] Accepted { $count } entries.
}
inbox-cli-empty = The inbox is empty.
inbox-cli-how = Decide with: mentor inbox { $path } accept ID | decline ID --reason "..." | --accept-all
inbox-col-kind = KIND
inbox-col-record = RECORD
inbox-col-now = NOW
inbox-col-proposed = PROPOSED
inbox-kind-reflection = reflection
inbox-kind-progress = progress
inbox-kind-milestone-done = milestone done
inbox-kind-action-done = action done
inbox-kind-new-action = new action
inbox-kind-topic = topic
inbox-kind-checkin = check-in
inbox-kind-closing = closing reflection
inbox-state-new = new
inbox-state-stale = stale
inbox-state-refused = cannot apply
inbox-state-accepted = accepted
inbox-state-declined = declined

## Through a shared git repository
reply-git-top = finding the git work tree
reply-git-add = adding the file to git
reply-git-commit = committing
reply-git-remote = listing the remotes
reply-git-pull = pulling
reply-git-push = pushing
reply-git-not-a-repo = { $dir } is not in a git work tree: share the file by mail or a shared folder, or clone the repository you share first
reply-git-holds-store = { $dir } holds your store: bundles go to a repository of their own, shared with the mentee, never the one with your private notes
reply-git-share-message = Plan for { $name }
reply-git-reply-message = Reply from { $name }
reply-git-committed-pushed = Committed { $path } and pushed it.
reply-git-committed = Committed { $path } (the repository has no remote: nothing pushed).
reply-git-unchanged-pushed = { $path } was committed already; pushed.
reply-git-unchanged = { $path } was committed already.
reply-git-nothing = nothing to send: { $path } does not exist yet (write to the reply first)
reply-git-read-dir = cannot read the directory { $dir }
reply-git-pulled = Pulled { $dir }.
reply-git-not-pulled = { $dir } has no remote to pull from (or it is empty).
reply-git-no-replies = No reply files (*.reply.json) in { $dir }.
reply-git-some-refused = { $count ->
    [one] 1 reply was refused (see above); the others came in.
   *[other] { $count } replies were refused (see above); the others came in.
}
reply-cli-targets = What you can write about:
reply-cli-no-targets = Nothing in this plan to write about yet (a topic, a check-in or an action of your own can always go in).
reply-col-about = WHAT
reply-col-can = COMMAND
reply-target-session = session of { $date }
reply-plan-your-notes = your notes: { $text }
reply-plan-answers = { $count ->
    [one] Your mentor's answer to your reply (1)
   *[other] Your mentor's answers to your reply ({ $count })
}
inbox-cli-declined = { $count ->
    [one] Declined 1 entry.
   *[other] Declined { $count } entries.
}

# A key no reply has, where it is in the file
reply-unknown-field = { $place }: unknown field `{ $key }`

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

# The app's sync key and its list of conflicts (see docs/I18N.md)

## Sync and its conflicts in the app (issue 15)

key-sync = sync the store through git
key-conflicts = the conflicts a sync left
key-next-conflict = next conflict
key-previous-conflict = previous conflict
key-conflict-keep = keep the kept value (a removed record: keep it)
key-conflict-take-other = take the value set aside (a removed record: remove it)
help-section-conflicts = The conflicts a sync left (C)
# $count: how many conflicts; $key: the key that lists them (C).
sync-banner-conflicts = { $count ->
    [one] { $count } conflict from sync: { $key } lists them
   *[other] { $count } conflicts from sync: { $key } lists them
}
# $step: the step a sync is at (committing, pulling, pushing).
sync-banner-syncing = syncing: { $step }…
# The selected mentee's conflicts, in the tab bar. $count: how many; $key: C.
sync-tab-conflicts = { $count ->
    [one] { $count } conflict ({ $key })
   *[other] { $count } conflicts ({ $key })
}
conflicts-title = Conflicts a sync left
# $at: the selected conflict's place in the list; $count: how many there are.
conflicts-title-at = Conflicts a sync left ({ $at } of { $count })
app-conflicts-none = No conflicts left: everything the syncs brought is settled.
conflicts-here = kept:
conflicts-other = set aside:
conflicts-removed = removed on one machine, changed on another: kept
conflicts-keep-value = keep this value
conflicts-take-other = take the other
conflicts-keep-record = keep the record
conflicts-remove-record = remove it
conflicts-undo = undo
conflicts-close = close
# The kinds of record a conflict can be about.
conflicts-profile = your profile
conflicts-skills = the skills

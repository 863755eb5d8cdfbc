# The store's, sync's, merge's, conflicts' and config's messages (see docs/I18N.md)

## The store file: why it does not load, open or save ($path is the file, $error the system's words)

store-missing = { $path }: no such file
store-missing-with-backups = { $path }: the file is missing, but backups of it exist in { $backups }; `mentor restore` brings back the newest (or move the backups away to start afresh)
store-cannot-read = { $path }: cannot read: { $error }
store-too-large = { $path }: the file is { $size } bytes, more than the { $cap } bytes a store may have; refusing to read it
store-empty = { $path }: the file is empty (0 bytes); it is not a mentor store
store-not-a-store = { $path }: not a mentor store: { $reason }
# $found and $expected are the file's own "kind" values (workspace, mentee-bundle)
store-wrong-kind = { $path }: this is a { $found } file, not a { $expected }
store-newer-major = { $path }: written by a newer mentor (format version { $found }); this version reads up to { $supported }.x. Upgrade mentor to edit it; nothing was changed
store-migration = { $path }: cannot upgrade from format version { $found }: { $reason }
store-locked = { $path }: another mentor is editing this store; close it first, then run this again (reading commands still work)
store-locked-by = { $path }: another mentor is editing this store (process { $process }); close it first, then run this again (reading commands still work)
# $action is one of the store-action- messages
store-open-failed = { $path }: { $action }: { $error }
store-cannot-create = cannot create the store: { $error }
store-changed-on-disk = { $path }: changed on disk since it was opened (by another program or editor); not saved, so that change is not overwritten
# $step is one of the store-step- messages
store-not-saved = { $path }: not saved: { $step } failed: { $error }
store-not-saved-newer = { $path }: not saved: this file was written by a newer mentor (format version { $found })
store-action-open-lock = cannot open the lock file
store-action-lock = cannot lock
store-action-open-editing = cannot open the store for editing
store-action-create = cannot create the store
store-action-use-path = cannot use this path
store-action-create-dir = cannot create the directory
store-action-find-backups = cannot look for backups
store-action-read-current = cannot read the current file
store-action-create-backup-dir = cannot create the backup directory
store-action-keep-aside = cannot keep the current file aside
store-step-lock = taking the lock
store-step-read-back = reading the file back
store-step-create-temp = creating the temporary file
store-step-write-temp = writing the temporary file
store-step-write-a-temp = writing a temporary file
store-step-sync-temp = syncing the temporary file
store-step-backup = keeping a backup
store-step-replace = replacing the file
store-step-sync-dir = syncing the directory
store-step-find = finding the file
store-step-serialise = serialising
store-reason-version-object = "version" must be an object like {"{"}"major": 2, "minor": 0{"}"}
store-reason-top-not-object = the top level is not a JSON object
store-reason-format = expected "format": "{ $format }" at the top
store-reason-fields-not-object = its fields do not make a JSON object
store-hint-cut-short = the file ends here: was it cut short?
store-hint-too-deep = the document nests too deeply
# $at is the place in the document (mentees[0].goals[0].id), $id the ID as written, quoted
store-migrate-tagged-id = { $at } is { $id }: a version 1 file has no IDs with a dot (a replica tag); the file was changed by hand or damaged
store-migrate-no-step = no upgrade is known from major version { $major }
store-symlink-unreachable = it is a symlink whose target cannot be reached ({ $error })
store-path-names-no-file = the path names no file
store-read-only-denied = cannot write in { $folder } ({ $error }); this window only shows the store
store-read-only-newer = written by a newer mentor (format { $found }); upgrade to edit it

## Copies of the store: backups, conflict copies, restore

store-copy-backup = backup
store-copy-conflict = conflict copy
store-copy-before-restore = replaced by a restore
store-copy-before-upgrade = before an upgrade
store-time-unknown = (time unknown)
store-holds = { $mentees ->
    [one] { $mentees } mentee
   *[other] { $mentees } mentees
}, { $goals ->
    [one] { $goals } goal
   *[other] { $goals } goals
}, { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}
# $kind is a store-copy- message, $time a date and time, $holds a store-holds text
store-recovery-copy = The file was not changed. The newest copy that reads cleanly is { $path } ({ $kind }, { $time }; it holds { $holds }). `mentor restore { $path }` puts it back and keeps the unreadable file aside; `mentor restore --list` shows every copy.
store-recovery-none = The file was not changed. No copy of it reads cleanly: fix it by hand (the place is named above) and try again.
store-too-many-conflict-copies = too many conflict copies

## Templates on disk

store-templates-dir-unreadable = cannot read the templates directory: { $error }
store-template-too-large = it is { $size } bytes; a template is at most { $cap }
store-template-cannot-write = cannot write the template: { $error }

## Config file

config-cannot-read = cannot read it: { $error }
config-too-large = is { $size } bytes; a config file is at most { $cap }
config-init-exists = { $path } already exists; add --force to replace it
config-init-cannot-write = cannot write { $path }: { $error }

## Merge

merge-does-not-hold = the merged store does not hold together: { $error }
merge-cannot-write = { $path }: cannot write the merged store ({ $step }): { $error }

## Sync (git): errors; $what is one of the sync-what- messages, $said what git said

sync-no-git = cannot run git ({ $error }); install git and try again
sync-not-set-up = { $store }: not set up for sync; run `mentor sync init` first (see `mentor sync init --help`)
# $kept is sync-kept-committed or sync-kept-nothing
sync-unreachable = cannot reach the remote "{ $remote }": { $said }. Nothing is lost: { $kept }
sync-kept-committed = your changes are committed here ("{ $message }") and go out with the next `mentor sync`
sync-kept-nothing = there was nothing new to send; the next `mentor sync` tries again
sync-rejected = the remote "{ $remote }" refused the push ({ $said }); nothing is lost: run `mentor sync` again to bring in what arrived meanwhile
# $files is a list of file names, $advice sync-stopped-driver or sync-stopped-by-hand
sync-merge-stopped = git could not merge { $files } on its own ({ $said }); the merge was undone and nothing changed here (your commit is kept). { $advice }
sync-stopped-driver = The merge driver did not merge the store: check that `mentor merge --help` runs, run `mentor sync init` to set the driver up again, then `mentor sync`
sync-stopped-by-hand = Merge it by hand (`git pull` in the store's directory, settle the files, `git commit`), then run `mentor sync` again
sync-merge-under-way = a git merge is already under way in { $dir }; finish it or undo it (`git merge --abort`) first
sync-detached = { $dir }: no branch is checked out (detached HEAD); check one out (`git switch main`) and sync again
sync-app-open = { $store }: the app has this store open; sync from the app (its sync key), or close it and run `mentor sync` again
# $privacy is sync-privacy
sync-public-remote = { $url } looks like a repository on public hosting. { $privacy } If it is private and you mean it, add --i-understand
sync-remote-taken = the repository already has a remote "{ $name }" ({ $url }); remove or rename it first (`git remote rename { $name } old`), or leave out --remote to keep it
sync-git-said-nothing = git said nothing more
sync-what-init = cannot make a git repository
sync-what-find-repo = cannot find the repository
sync-what-add-remote = cannot add the remote
sync-what-replicate = cannot mark the workspace replicated
sync-what-read = cannot read
sync-what-write = cannot write
sync-what-use-path = cannot use this path
sync-what-read-permissions = cannot read the permissions
sync-what-make-private = cannot make it private
sync-what-read-attributes = cannot read .gitattributes
sync-what-find-program = cannot find the running mentor program for the merge driver
sync-what-set-driver = cannot set the merge driver in the repository's configuration
sync-what-stage = cannot stage the store
sync-what-commit = cannot commit the store
sync-what-list-remotes = cannot list the remotes
sync-what-merge-undo-failed = git could not merge, nor undo the merge (see `git status`)
sync-what-merge-failed = git did not merge what came in (nothing changed here)
sync-step-committing = committing
sync-step-pulling = pulling
sync-step-pushing = pushing

## Sync: the privacy statement of `mentor sync init` (a promise: keep every part of it in each language)

sync-privacy = A git remote holds your whole workspace: every mentee, every session note, private notes and private feedback included, and its full history. Use a repository only you can read (a private repository, or a bare repository on a machine or disk of your own). Mentee bundles never go through sync.

## Sync: what `mentor sync init` and `mentor sync` report ($remote is the remote's name, origin)

sync-init-privacy = Privacy: { $privacy }
sync-init-made-repo = Made { $top } a git repository.
sync-init-using-repo = Using the git repository at { $top }.
sync-init-attributes = .gitattributes: the store goes through the mentor merge driver.
sync-init-ignore = .gitignore: the store's locks, temporary files, backups, conflict copies and mentee bundles stay out.
sync-init-driver = The merge driver is set in this repository's configuration.
sync-init-replicated = The workspace is now replicated: new records get IDs that cannot collide across machines.
sync-init-nothing = Already set up: nothing to do.
sync-init-remote-added = Added the remote origin ({ $url }). Run `mentor sync` to send the store there.
sync-init-remote = Syncs with { $url }. Run `mentor sync` to commit, pull and push.
sync-init-no-remote = No remote yet: `mentor sync` commits here. Add one with `mentor sync init --remote URL`.
# $message is the commit's first line (kept in English: see docs/I18N.md)
sync-committed = Committed: { $message }
sync-nothing-to-commit = Nothing new to commit here.
sync-no-remote = No remote: the commit stays on this machine (add one with `mentor sync init --remote URL`).
sync-nothing-from = Nothing new from { $remote }.
# $received is what came in, "Alice: 2 goals, 1 session"
sync-from = From { $remote }: { $received }
sync-pushed = Pushed to { $remote }.
sync-conflicts-open = { $count ->
    [one] 1 conflict open: see `mentor conflicts`.
   *[other] { $count } conflicts open: see `mentor conflicts`.
}

## Merge: `mentor merge`, git's merge driver ($side is BASE, OURS or THEIRS, as git names them)

merge-side-unreadable = cannot merge: { $side } does not read: { $error }; { $ours } is unchanged
merge-failed = cannot merge: { $error }; { $ours } is unchanged
# The summary's parts are joined by ", "
merge-summary = { $count ->
    [0] merged: nothing new from the other side
    [one] merged: 1 change from the other side
   *[other] merged: { $count } changes from the other side
}
merge-summary-dropped = { $count ->
    [one] 1 reference to records removed there dropped
   *[other] { $count } references to records removed there dropped
}
merge-summary-conflicts = { $count ->
    [one] 1 conflict (see `mentor conflicts`)
   *[other] { $count } conflicts (see `mentor conflicts`)
}

## Conflicts: `mentor conflicts` and `mentor conflicts resolve`

conflicts-empty = No conflicts are open.
conflicts-none = (none)
# $date is the day the conflict was found, 2026-11-30
conflicts-found-on = found on { $date }
conflicts-removed-kept = removed on one machine, changed on another: kept
# The two labels before a conflict's values; the code aligns them
conflicts-kept-here = kept:
conflicts-other-side = set aside:
conflicts-no-match = no conflict matches "{ $typed }" (see `mentor conflicts`)
conflicts-ambiguous = "{ $typed }" matches { $count } conflicts: { $ids }; type more of the ID
# $what names the mentee, the record and the field ("Alice, goal g13, title"); $done is how it was settled
conflicts-settled = Conflict { $id } settled: { $what } { $done ->
    [removed] removed, as one machine did
    [kept] kept
    [theirs] now has the value the merge set aside
   *[ours] keeps the value the merge kept
}. The next `mentor sync` takes it to the other machines.

## Config: `mentor config`, `mentor completions`, `mentor man`

config-cannot-write-completions = cannot write the completion script
config-cannot-write-man-pages = cannot write the man pages to { $dir }
config-wrote-man-pages = wrote { $count } man pages to { $dir } (man -l { $dir }/mentor.1)
config-cannot-write-man-page = cannot write the man page
# $env is MENTOR_CONFIG
config-no-directory = cannot find a configuration directory; set { $env } to a file
config-cannot-write = cannot write { $path }
config-wrote = wrote { $path } (every setting commented out at its default)
config-value-none = (none)
config-value-language-unset = (from --lang, LC_ALL, LC_MESSAGES, LANG)
config-value-capacity-unset = (none: the profile's, `mentor profile`)
# $hours is written with one decimal, 10.0
config-value-capacity = { $hours } hours a month, where the profile sets none
config-value-on = on
config-value-off = off
config-state-no-directory = no configuration directory
config-state-error = not used: it has an error (see below)
config-state-in-force = in force
config-state-absent = not there: every setting is its default
# $state is a config-state- message
config-show-file = file: { $file } ({ $state })
config-show-error = error: { $error }
config-from-file = file
config-from-default = default
config-keys-header = action = key(s) in [keys] of the config file; then what it does

## Config: why the config file is refused ("config.toml:4: new_mentee.cadence: " comes before each)

config-not-a-language = "{ $value }" is not a language tag (like en, nl or nl-BE)
config-not-a-time-zone = "{ $value }" is not a time zone name (like Europe/Amsterdam or America/New_York)
config-not-a-cadence = "{ $value }" is not a cadence (like 1w, 2w or 1m)
config-not-minutes = { $value } is not a number of minutes
# $names are the values the key takes, as the file writes them
config-one-of = "{ $value }"? use { $names }
config-unknown-keys = unknown { $count ->
    [one] key
   *[other] keys
} { $keys } (the keys are language, week_start, time_zone, capacity, theme, mouse, [new_mentee] cadence, session_minutes, channel, [colors] and [keys])
# The app's first message when the config file cannot be used; $error is the refusal
config-banner = { $error }; running on the defaults (see `mentor config show`)

## Config: `[keys]` overrides refused ($mine and $theirs are action names as the file writes them)

config-not-a-key = "{ $key }" is not a key (a character, Enter, Esc, Tab, S-Tab, Space, Up, Down, Left, Right, Home, End, PgUp, PgDn, Del, Backspace, F1..F12, or C-x for Control)
config-no-key = give at least one key
config-key-types-itself = { $keys } types itself where this action works (in a form, a prompt, a filter or the help's search); add a key such as C-x or F2
config-not-an-action = "{ $name }" is not an action (`mentor config keys` lists them)
config-key-taken = { $key } is already the key of "{ $theirs }" where "{ $mine }" works; give one of them another key
# $help is what the other action does, from the keymap
config-key-taken-help = { $key } is already the key of "{ $theirs }" ({ $help }) where "{ $mine }" works; give one of them another key

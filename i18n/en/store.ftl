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

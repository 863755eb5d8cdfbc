# The store's, sync's, merge's, conflicts' and config's messages (see docs/I18N.md)

## The store file: why it does not load, open or save ($path is the file, $error the system's words)

store-missing = { $path }: dit bestand bestaat niet
store-missing-with-backups = { $path }: het bestand ontbreekt, maar er staan reservekopieën van in { $backups }; `mentor restore` zet de nieuwste terug (of zet de reservekopieën ergens anders neer om opnieuw te beginnen)
store-cannot-read = { $path }: kan het niet lezen: { $error }
store-too-large = { $path }: het bestand is { $size } bytes, meer dan de { $cap } bytes die een opslag mag hebben; het wordt niet gelezen
store-empty = { $path }: het bestand is leeg (0 bytes); het is geen mentor-opslag
store-not-a-store = { $path }: geen mentor-opslag: { $reason }
# $found and $expected are the file's own "kind" values (workspace, mentee-bundle)
store-wrong-kind = { $path }: dit is een { $found }-bestand, geen { $expected }
store-newer-major = { $path }: geschreven door een nieuwere mentor (formaatversie { $found }); deze versie leest tot en met { $supported }.x. Werk mentor bij om het te bewerken; er is niets veranderd
store-migration = { $path }: kan niet bijwerken vanaf formaatversie { $found }: { $reason }
store-locked = { $path }: een andere mentor bewerkt deze opslag al; sluit die eerst en probeer het dan opnieuw (alleen lezen kan nog wel)
store-locked-by = { $path }: een andere mentor bewerkt deze opslag al (proces { $process }); sluit die eerst en probeer het dan opnieuw (alleen lezen kan nog wel)
# $action is one of the store-action- messages
store-open-failed = { $path }: { $action }: { $error }
store-cannot-create = kan de opslag niet aanmaken: { $error }
store-changed-on-disk = { $path }: op schijf veranderd sinds het werd geopend (door een ander programma of een editor); niet opgeslagen, zodat die wijziging niet wordt overschreven
# $step is one of the store-step- messages
store-not-saved = { $path }: niet opgeslagen: { $step } is mislukt: { $error }
store-not-saved-newer = { $path }: niet opgeslagen: dit bestand is geschreven door een nieuwere mentor (formaatversie { $found })
store-action-open-lock = kan het vergrendelingsbestand niet openen
store-action-lock = kan niet vergrendelen
store-action-open-editing = kan de opslag niet openen om te bewerken
store-action-create = kan de opslag niet aanmaken
store-action-use-path = kan dit pad niet gebruiken
store-action-create-dir = kan de map niet aanmaken
store-action-find-backups = kan niet naar reservekopieën zoeken
store-action-read-current = kan het huidige bestand niet lezen
store-action-create-backup-dir = kan de map voor reservekopieën niet aanmaken
store-action-keep-aside = kan het huidige bestand niet opzij zetten
store-step-lock = vergrendelen
store-step-read-back = het bestand teruglezen
store-step-create-temp = het tijdelijke bestand aanmaken
store-step-write-temp = het tijdelijke bestand schrijven
store-step-write-a-temp = een tijdelijk bestand schrijven
store-step-sync-temp = het tijdelijke bestand wegschrijven naar schijf
store-step-backup = een reservekopie maken
store-step-replace = het bestand vervangen
store-step-sync-dir = de map wegschrijven naar schijf
store-step-find = het bestand vinden
store-step-serialise = omzetten naar JSON
store-reason-version-object = "version" moet een object zijn zoals {"{"}"major": 2, "minor": 0{"}"}
store-reason-top-not-object = het bovenste niveau is geen JSON-object
store-reason-format = verwacht bovenaan "format": "{ $format }"
store-reason-fields-not-object = de velden vormen geen JSON-object
store-hint-cut-short = het bestand houdt hier op: is het afgekapt?
store-hint-too-deep = het document is te diep genest
# $at is the place in the document (mentees[0].goals[0].id), $id the ID as written, quoted
store-migrate-tagged-id = { $at } is { $id }: een bestand van versie 1 heeft geen ID's met een punt (een replicalabel); het bestand is met de hand veranderd of beschadigd
store-migrate-no-step = er is geen upgrade bekend vanaf hoofdversie { $major }
store-symlink-unreachable = het is een symlink waarvan het doel niet bereikbaar is ({ $error })
store-path-names-no-file = het pad wijst geen bestand aan
store-read-only-denied = kan niet schrijven in { $folder } ({ $error }); dit venster toont de opslag alleen
store-read-only-newer = geschreven door een nieuwere mentor (formaat { $found }); werk mentor bij om het te bewerken

## Copies of the store: backups, conflict copies, restore

store-copy-backup = reservekopie
store-copy-conflict = conflictkopie
store-copy-before-restore = vervangen bij terugzetten
store-copy-before-upgrade = van vóór een upgrade
store-time-unknown = (tijd onbekend)
store-holds = { $mentees ->
    [one] { $mentees } mentee
   *[other] { $mentees } mentees
}, { $goals ->
    [one] { $goals } doel
   *[other] { $goals } doelen
}, { $sessions ->
    [one] { $sessions } sessie
   *[other] { $sessions } sessies
}
# $kind is a store-copy- message, $time a date and time, $holds a store-holds text
store-recovery-copy = Het bestand is niet veranderd. De nieuwste kopie die goed leest is { $path } ({ $kind }, { $time }; met { $holds }). `mentor restore { $path }` zet hem terug en zet het onleesbare bestand opzij; `mentor restore --list` toont alle kopieën.
store-recovery-none = Het bestand is niet veranderd. Geen enkele kopie ervan leest goed: herstel het met de hand (de plek staat hierboven) en probeer het opnieuw.
store-too-many-conflict-copies = te veel conflictkopieën

## Templates on disk

store-templates-dir-unreadable = kan de map met sjablonen niet lezen: { $error }
store-template-too-large = het is { $size } bytes; een sjabloon is hoogstens { $cap }
store-template-cannot-write = kan het sjabloon niet schrijven: { $error }

## Config file

config-cannot-read = kan het niet lezen: { $error }
config-too-large = is { $size } bytes; een configuratiebestand is hoogstens { $cap }
config-init-exists = { $path } bestaat al; voeg --force toe om het te vervangen
config-init-cannot-write = kan { $path } niet schrijven: { $error }

## Merge

merge-does-not-hold = de samengevoegde opslag klopt niet: { $error }
merge-cannot-write = { $path }: kan de samengevoegde opslag niet schrijven ({ $step }): { $error }

## Sync (git): errors; $what is one of the sync-what- messages, $said what git said

sync-no-git = kan git niet starten ({ $error }); installeer git en probeer het opnieuw
sync-not-set-up = { $store }: niet ingesteld voor synchroniseren; voer eerst `mentor sync init` uit (zie `mentor sync init --help`)
# $kept is sync-kept-committed or sync-kept-nothing
sync-unreachable = kan de remote "{ $remote }" niet bereiken: { $said }. Er gaat niets verloren: { $kept }
sync-kept-committed = je wijzigingen staan hier in een commit ("{ $message }") en gaan mee met de volgende `mentor sync`
sync-kept-nothing = er was niets nieuws om te versturen; de volgende `mentor sync` probeert het opnieuw
sync-rejected = de remote "{ $remote }" weigerde de push ({ $said }); er gaat niets verloren: voer `mentor sync` nog eens uit om binnen te halen wat er intussen is bijgekomen
# $files is a list of file names, $advice sync-stopped-driver or sync-stopped-by-hand
sync-merge-stopped = git kon { $files } niet zelf samenvoegen ({ $said }); het samenvoegen is teruggedraaid en hier is niets veranderd (je commit blijft bestaan). { $advice }
sync-stopped-driver = De merge-driver heeft de opslag niet samengevoegd: kijk of `mentor merge --help` werkt, voer `mentor sync init` uit om de driver opnieuw in te stellen en daarna `mentor sync`
sync-stopped-by-hand = Voeg het met de hand samen (`git pull` in de map van de opslag, los de bestanden op, `git commit`) en voer daarna `mentor sync` opnieuw uit
sync-merge-under-way = er loopt al een git-merge in { $dir }; maak die eerst af of draai hem terug (`git merge --abort`)
sync-detached = { $dir }: er is geen branch uitgecheckt (detached HEAD); check er een uit (`git switch main`) en synchroniseer opnieuw
sync-app-open = { $store }: de app heeft deze opslag open; synchroniseer vanuit de app (met de sync-toets), of sluit hem en voer `mentor sync` opnieuw uit
# $privacy is sync-privacy
sync-public-remote = { $url } lijkt een repository bij een openbare hostingdienst. { $privacy } Is hij privé en weet je wat je doet, voeg dan --i-understand toe
sync-remote-taken = de repository heeft al een remote "{ $name }" ({ $url }); verwijder of hernoem die eerst (`git remote rename { $name } old`), of laat --remote weg om hem te houden
sync-git-said-nothing = git zei verder niets
sync-what-init = kan geen git-repository maken
sync-what-find-repo = kan de repository niet vinden
sync-what-add-remote = kan de remote niet toevoegen
sync-what-replicate = kan de werkruimte niet als gerepliceerd markeren
sync-what-read = kan niet lezen
sync-what-write = kan niet schrijven
sync-what-use-path = kan dit pad niet gebruiken
sync-what-read-permissions = kan de rechten niet lezen
sync-what-make-private = kan het niet afschermen
sync-what-read-attributes = kan .gitattributes niet lezen
sync-what-find-program = kan het draaiende mentor-programma niet vinden voor de merge-driver
sync-what-set-driver = kan de merge-driver niet instellen in de configuratie van de repository
sync-what-stage = kan de opslag niet stagen
sync-what-commit = kan de opslag niet committen
sync-what-list-remotes = kan de remotes niet opvragen
sync-what-merge-undo-failed = git kon niet samenvoegen en het samenvoegen ook niet terugdraaien (zie `git status`)
sync-what-merge-failed = git heeft niet samengevoegd wat binnenkwam (hier is niets veranderd)
sync-step-committing = committen
sync-step-pulling = ophalen
sync-step-pushing = versturen

## Sync: the privacy statement of `mentor sync init` (a promise: keep every part of it in each language)

sync-privacy = Een git-remote bevat je hele werkruimte: elke mentee, elke sessienotitie, ook privénotities en privéfeedback, en de volledige geschiedenis ervan. Gebruik een repository die alleen jij kunt lezen (een privérepository, of een bare repository op een computer of schijf van jezelf). Mentee-bundels gaan nooit mee met synchroniseren.

## Sync: what `mentor sync init` and `mentor sync` report ($remote is the remote's name, origin)

sync-init-privacy = Privacy: { $privacy }
sync-init-made-repo = { $top } is nu een git-repository.
sync-init-using-repo = De git-repository in { $top } wordt gebruikt.
sync-init-attributes = .gitattributes: de opslag gaat door de merge-driver van mentor.
sync-init-ignore = .gitignore: de vergrendelingen, tijdelijke bestanden, reservekopieën, conflictkopieën en mentee-bundels van de opslag blijven erbuiten.
sync-init-driver = De merge-driver staat in de configuratie van deze repository.
sync-init-replicated = De werkruimte is nu gerepliceerd: nieuwe records krijgen ID's die op geen enkele computer kunnen botsen.
sync-init-nothing = Al ingesteld: er is niets te doen.
sync-init-remote-added = Remote origin toegevoegd ({ $url }). Voer `mentor sync` uit om de opslag daarheen te sturen.
sync-init-remote = Synchroniseert met { $url }. Voer `mentor sync` uit om te committen, op te halen en te versturen.
sync-init-no-remote = Nog geen remote: `mentor sync` commit alleen hier. Voeg er een toe met `mentor sync init --remote URL`.
# $message is the commit's first line (kept in English: see docs/I18N.md)
sync-committed = Gecommit: { $message }
sync-nothing-to-commit = Hier is niets nieuws om te committen.
sync-no-remote = Geen remote: de commit blijft op deze computer (voeg er een toe met `mentor sync init --remote URL`).
sync-nothing-from = Niets nieuws van { $remote }.
# $received is what came in, "Alice: 2 goals, 1 session"
sync-from = Van { $remote }: { $received }
sync-pushed = Verstuurd naar { $remote }.
sync-conflicts-open = { $count ->
    [one] Eén conflict staat open: zie `mentor conflicts`.
   *[other] { $count } conflicten staan open: zie `mentor conflicts`.
}

## Merge: `mentor merge`, git's merge driver ($side is BASE, OURS or THEIRS, as git names them)

merge-side-unreadable = kan niet samenvoegen: { $side } is niet te lezen: { $error }; { $ours } is niet veranderd
merge-failed = kan niet samenvoegen: { $error }; { $ours } is niet veranderd
# The summary's parts are joined by ", "
merge-summary = { $count ->
    [0] samengevoegd: niets nieuws van de andere kant
    [one] samengevoegd: 1 wijziging van de andere kant
   *[other] samengevoegd: { $count } wijzigingen van de andere kant
}
merge-summary-dropped = { $count ->
    [one] 1 verwijzing weggelaten naar records die daar zijn verwijderd
   *[other] { $count } verwijzingen weggelaten naar records die daar zijn verwijderd
}
merge-summary-conflicts = { $count ->
    [one] 1 conflict (zie `mentor conflicts`)
   *[other] { $count } conflicten (zie `mentor conflicts`)
}

## Conflicts: `mentor conflicts` and `mentor conflicts resolve`

conflicts-empty = Er staan geen conflicten open.
conflicts-none = (geen)
# $date is the day the conflict was found, 2026-11-30
conflicts-found-on = gevonden op { $date }
conflicts-removed-kept = op de ene machine verwijderd, op de andere gewijzigd: bewaard
# The two labels before a conflict's values; the code aligns them
conflicts-kept-here = bewaard:
conflicts-other-side = opzij gezet:
conflicts-no-match = geen conflict past bij "{ $typed }" (zie `mentor conflicts`)
conflicts-ambiguous = "{ $typed }" past bij { $count } conflicten: { $ids }; typ meer van de ID
# $what names the mentee, the record and the field ("Alice, goal g13, title"); $done is how it was settled
conflicts-settled = Conflict { $id } opgelost: { $what } { $done ->
    [removed] is verwijderd, zoals één computer deed
    [kept] is bewaard
    [theirs] heeft nu de waarde die opzij was gezet
   *[ours] houdt de bewaarde waarde
}. De volgende `mentor sync` brengt dit naar de andere computers.

## Config: `mentor config`, `mentor completions`, `mentor man`

config-cannot-write-completions = kan het aanvulscript niet schrijven
config-cannot-write-man-pages = kan de man-pagina's niet schrijven naar { $dir }
config-wrote-man-pages = { $count } man-pagina's geschreven naar { $dir } (man -l { $dir }/mentor.1)
config-cannot-write-man-page = kan de man-pagina niet schrijven
# $env is MENTOR_CONFIG
config-no-directory = kan geen configuratiemap vinden; zet { $env } op een bestand
config-cannot-write = kan { $path } niet schrijven
config-wrote = { $path } geschreven (elke instelling uitgecommentarieerd op haar standaardwaarde)
config-value-none = (geen)
config-value-language-unset = (uit --lang, LC_ALL, LC_MESSAGES, LANG)
config-value-capacity-unset = (geen: die van het profiel, `mentor profile`)
# $hours is written with one decimal, 10.0
config-value-capacity = { $hours } uur per maand, als het profiel niets noemt
config-value-on = aan
config-value-off = uit
config-state-no-directory = geen configuratiemap
config-state-error = niet gebruikt: er zit een fout in (zie hieronder)
config-state-in-force = van kracht
config-state-absent = bestaat niet: elke instelling heeft haar standaardwaarde
# $state is a config-state- message
config-show-file = bestand: { $file } ({ $state })
config-show-error = fout: { $error }
config-from-file = bestand
config-from-default = standaard
config-keys-header = actie = toets(en) in [keys] van het configuratiebestand; daarna wat ze doet

## Config: why the config file is refused ("config.toml:4: new_mentee.cadence: " comes before each)

config-not-a-language = "{ $value }" is geen taalcode (zoals en, nl of nl-BE)
config-not-a-time-zone = "{ $value }" is geen naam van een tijdzone (zoals Europe/Amsterdam of America/New_York)
config-not-a-cadence = "{ $value }" is geen ritme (zoals 1w, 2w of 1m)
config-not-minutes = { $value } is geen aantal minuten
# $names are the values the key takes, as the file writes them
config-one-of = "{ $value }"? kies uit { $names }
config-unknown-keys = onbekende { $count ->
    [one] sleutel
   *[other] sleutels
} { $keys } (de sleutels zijn language, week_start, time_zone, capacity, theme, mouse, [new_mentee] cadence, session_minutes, channel, [colors] en [keys])
# The app's first message when the config file cannot be used; $error is the refusal
config-banner = { $error }; mentor draait op de standaardwaarden (zie `mentor config show`)

## Config: `[keys]` overrides refused ($mine and $theirs are action names as the file writes them)

config-not-a-key = "{ $key }" is geen toets (een teken, Enter, Esc, Tab, S-Tab, Space, Up, Down, Left, Right, Home, End, PgUp, PgDn, Del, Backspace, F1..F12, of C-x voor Control)
config-no-key = geef minstens één toets
config-key-types-itself = { $keys } typt zichzelf waar deze actie werkt (in een formulier, een vraag, een filter of de zoekfunctie van de help); voeg een toets toe zoals C-x of F2
config-not-an-action = "{ $name }" is geen actie (`mentor config keys` toont ze allemaal)
config-key-taken = { $key } is al de toets van "{ $theirs }" waar "{ $mine }" werkt; geef een van beide een andere toets
# $help is what the other action does, from the keymap
config-key-taken-help = { $key } is al de toets van "{ $theirs }" ({ $help }) waar "{ $mine }" werkt; geef een van beide een andere toets

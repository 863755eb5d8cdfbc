# nl: forms texts (see docs/I18N.md)
# De toestand van de app: de formulieren, de meldingen op de statusregel, bevestigingen, wat ongedaan maken zegt.

## De velden van een formulier

app-field-achievable = Haalbaar
app-field-agenda = Agenda
app-field-aspirations = Ambities
app-field-baseline = Beginwaarde
app-field-boundaries = Grenzen
app-field-cadence = Ritme
app-field-channel = Kanaal
app-field-channels = Kanalen
app-field-count = Aantal
app-field-criterion = Criterium
app-field-current = Nu
app-field-date = Datum
app-field-description = Beschrijving
app-field-due = Uiterlijk
app-field-ends-on = Eindigt op
app-field-energy = Energie
app-field-every = Elke
app-field-first-date = Eerste datum
app-field-goal = Doel
app-field-goals = Doelen
app-field-kind = Soort
app-field-metric = Meetwaarde
app-field-minutes = Minuten
app-field-mood = Stemming
app-field-name = Naam
app-field-note = Notitie
app-field-notes = Notities
app-field-owner = Wie
app-field-private-notes = Eigen notities
app-field-relevant = Relevant
app-field-response-time = Reactietijd
app-field-session-minutes = Minuten per sessie
app-field-skill = Vaardigheid
app-field-skills = Vaardigheden
app-field-specific = Specifiek
app-field-started = Begonnen
app-field-status = Status
app-field-success-measures = Succescriteria
app-field-target = Streven
app-field-text = Tekst
app-field-time = Tijd
app-field-title = Titel
app-field-unit = Eenheid
app-field-until = Tot en met
app-field-visibility = Zichtbaar
app-field-when = Wanneer
app-field-who = Wie
app-field-your-energy = Jouw energie

# Achter het label van een veld dat de mentee ziet; de regel onder het formulier legt het uit.
app-form-shared = (gedeeld)
app-form-shared-legend = (gedeeld): je mentee ziet het, in de menteeweergave en de bundel
# Beginwaarde van een datumveld: de datumlezer leest het.
app-value-today = vandaag

## Een keuzeveld (doelen)

app-pick-none = (geen)
app-pick-no-goals = (nog geen doelen)
app-pick-note = { $picked }/{ $of } · Spatie ✓

## Wat een formulier onder een geweigerd veld zegt

app-check-required = verplicht
app-check-level = 1 tot 5, of leeg voor geen
app-check-minutes = hele minuten, meer dan 0
app-check-number = geen getal
app-check-time = een tijd zoals 10:00
app-check-count = een heel getal, 1 of meer
app-check-cadence = zoals 2w, 10d, 1m, monthly
app-check-every = zeg hoe vaak, zoals 2w
app-check-metric = zeg wat er geteld wordt
app-check-target = nodig bij een meetwaarde
app-check-channel = "{ $name }"? kies uit { $names }
app-check-skill-rename = hernoemen doet het overal: mentor skill rename OUD NIEUW
app-check-gone = wat dit formulier wijzigt, bestaat niet meer
app-check-name-taken = er is al een mentee met deze naam
app-check-not-a-goal = { $goal } is geen doel van { $mentee }

## De titels van de formulieren

app-title-new-mentee = Nieuwe mentee
app-title-edit-mentee = Mentee { $name } wijzigen
app-title-new-goal = Nieuw doel
app-title-edit-goal = Doel "{ $title }" wijzigen
app-title-new-milestone = Nieuwe mijlpaal
app-title-edit-milestone = Mijlpaal "{ $title }" wijzigen
app-title-new-session = Nieuwe sessie
app-title-new-session-with = Nieuwe sessie met { $name }
app-title-edit-session = Sessie van { $at } wijzigen
app-title-new-action = Nieuw actiepunt
app-title-edit-action = Actiepunt "{ $text }" wijzigen
app-title-new-feedback = Nieuwe feedback
app-title-edit-feedback = Feedback ({ $kind }) van { $date } wijzigen
app-title-new-connection = Nieuw contact
app-title-edit-connection = Contact "{ $title }" wijzigen
app-title-new-stage = Nieuwe fase
app-title-edit-stage = Fase "{ $title }" wijzigen
app-title-new-skill = Een vaardigheid beoordelen
app-title-skill = Niveaus in "{ $skill }"
app-title-plan = Sessies plannen met { $name }

## Wat er gedaan is: de statusregel na opslaan, en na "ongedaan:" / "opnieuw:"

app-did-add-mentee = mentee { $name } toegevoegd
app-did-edit-mentee = mentee { $name } gewijzigd
app-did-add-goal = doel { $title } toegevoegd
app-did-edit-goal = doel { $title } gewijzigd
app-did-add-milestone = mijlpaal { $title } toegevoegd
app-did-edit-milestone = mijlpaal { $title } gewijzigd
app-did-add-session = sessie van { $date } toegevoegd
app-did-edit-session = sessie van { $date } gewijzigd
app-did-add-action = actiepunt { $text } toegevoegd
app-did-edit-action = actiepunt { $text } gewijzigd
app-did-add-feedback = feedback toegevoegd
app-did-edit-feedback = feedback gewijzigd
app-did-add-connection = contact { $title } toegevoegd
app-did-edit-connection = contact { $title } gewijzigd
app-did-add-stage = fase { $title } toegevoegd
app-did-edit-stage = fase { $title } gewijzigd
app-did-set-skill = vaardigheid { $name } ingesteld
app-did-plan = { $count ->
    [one] één sessie gepland
   *[other] { $count } sessies gepland
}
app-did-delete = { $what } gewist
app-did-toggle = { $what } omgezet
app-did-edit-text = tekst gewijzigd
app-undoable = { $did }; u maakt het ongedaan
app-undid = ongedaan: { $did }
app-redid = opnieuw: { $did }
app-nothing-to-undo = niets om ongedaan te maken
app-nothing-to-redo = niets om opnieuw te doen

## De soorten items, in een zin

app-noun-mentee = mentee
app-noun-goal = doel
app-noun-milestone = mijlpaal
app-noun-session = sessie
app-noun-action = actiepunt
app-noun-feedback = feedback
app-noun-connection = contact
app-noun-stage = fase
app-noun-skill = vaardigheid

## Bevestigingen

app-ask-delete = { $what } wissen?
app-describe-mentee = Mentee "{ $name }" met { $goals ->
    [one] één doel
   *[other] { $goals } doelen
}, { $sessions ->
    [one] één sessie
   *[other] { $sessions } sessies
} en { $feedback ->
    [one] één feedback
   *[other] { $feedback } keer feedback
}
app-describe-goal = Doel "{ $title }" met { $milestones ->
    [one] één mijlpaal
   *[other] { $milestones } mijlpalen
}
app-describe-milestone = Mijlpaal "{ $title }"
app-describe-session = De sessie van { $at } met { $actions ->
    [one] één actiepunt
   *[other] { $actions } actiepunten
}
app-describe-action = Actiepunt "{ $text }"
app-describe-feedback = Feedback ({ $kind }) van { $date }
app-describe-connection = Contact "{ $title }"
app-describe-stage = Fase "{ $title }" van het loopbaanpad (de doelen blijven)
app-ask-hold-future = De sessie van { $at } als gehouden markeren? Die dag moet nog komen.

## De statusregel

app-need-mentee-a = voeg eerst een mentee toe (a)
app-need-goal = voeg eerst een doel toe
app-need-session = voeg eerst een sessie toe
app-none-selected = geen { $what } gekozen
app-nothing-to-open = niets gekozen om te openen
app-skill-no-record = een vaardigheid is geen los item: e wijzigt de niveaus (allebei - haalt hem weg)
app-already-gone = het is al weg
app-cannot-mark-done = een { $what } kan niet als klaar gemarkeerd worden
app-goal-achieved = doel bereikt
app-goal-reopened = doel weer actief
app-session-held = sessie gehouden
app-session-planned = sessie gepland
app-milestone-done = mijlpaal klaar
app-milestone-open = mijlpaal weer open
app-action-done = actiepunt klaar
app-action-open = actiepunt weer open
app-connection-made = contact gelegd
app-connection-suggested = contact voorgesteld
app-editor-failed = de editor faalde: { $why }; er is niets gewijzigd
app-text-updated = tekst bijgewerkt
app-record-gone = het item bestaat niet meer; er is niets gewijzigd
app-feedback-needs-text = feedback heeft tekst nodig; er is niets gewijzigd
app-action-needs-text = een actiepunt heeft tekst nodig; er is niets gewijzigd
app-nothing-changed = { $why }; er is niets gewijzigd
app-read-only = alleen-lezen: hier kan niets gewijzigd worden
app-over-capacity = opgeslagen, maar de ritmes vragen nu { $hours } uur per maand, meer dan je { $capacity } uur
app-store-reloading = de opslag is op schijf gewijzigd; opnieuw laden
app-store-changed = de opslag is op schijf gewijzigd (door een ander programma): R laadt opnieuw (jouw wijzigingen die het bestand niet heeft, komen in een conflictkopie)
app-session-not-selected = die sessie is niet meer gekozen
app-no-mentee-selected = geen mentee gekozen
app-mentee-gone = de mentee bestaat niet meer
app-need-mentee = voeg eerst een mentee toe
app-no-stage-selected = geen fase gekozen
app-no-skill-selected = geen vaardigheid gekozen
app-no-level-yet = nog geen niveau: + zet het
app-stage-first = "{ $title }" is al de eerste fase
app-stage-last = "{ $title }" is al de laatste fase
app-level-end = { $which ->
    [target] streven
   *[other] niveau
} { $level } is al het { $end ->
    [highest] hoogste
   *[other] laagste
}
app-concluded-hidden = afgeronde mentees verborgen
app-concluded-shown = afgeronde mentees getoond

## Fasen en vaardigheden: wat er gedaan is

app-did-stage-status = fase { $title }: { $status ->
    [open] open
    [in-progress] bezig
    [done] klaar
    [skipped] overgeslagen
   *[other] { $status }
}
app-did-move-stage = fase { $title } naar plek { $to }
app-did-skill-level = { $skill }: { $which ->
    [target] streven
   *[other] niveau
} { $level }

## De voorbereiding (b) en het verslag (r)

app-brief-for-mentor = de voorbereiding is voor de mentor
app-no-suggestion = geen suggestie om toe te voegen
app-suggestion-new-session = geen sessie gepland: een nieuwe, met de suggestie als agenda
app-suggestion-already = staat al op de agenda van de volgende sessie
app-did-add-agenda-item = agendapunt toegevoegd
app-suggestion-added = toegevoegd aan de agenda van { $when } (u maakt ongedaan)
app-report-in-view = een weergave schrijft geen bestanden; `mentor report` schrijft het verslag
app-report-path = typ waar het heen moet
app-report-written = verslag geschreven naar { $path } (alleen jij kunt het lezen)

## De agenda en de items van een dag

app-nothing-to-go-to = niets gekozen om heen te gaan
app-item-gone = dat item bestaat niet meer
app-mentee-not-listed = die mentee staat niet in de lijst
app-agenda-nothing-selected = niets gekozen op de agenda
app-agenda-not-done-able = x zet een actiepunt of mijlpaal op klaar; Enter gaat naar dit item
app-did-milestone-done = mijlpaal klaar (agenda)
app-did-action-done = actiepunt klaar (agenda)
app-agenda-milestone-done = mijlpaal klaar (u maakt ongedaan)
app-agenda-action-done = actiepunt klaar (u maakt ongedaan)

## Vragensets (Ctrl-g in de agenda van een sessie)

app-prompts-agenda-only = vragensets zijn voor de agenda van een sessie
app-prompts-set = agenda: { $set } (nog eens Ctrl-g: { $next })

## Plakken

app-one-line = maar één regel; de tekst heeft { $lines } regels, er is niets gewijzigd
app-paste-choice = kies met ← →; plakken kan hier niet
app-paste-search = zoeken: { $why }
app-paste-help = zoeken in de hulp: { $why }
app-paste-where = plak in een veld van een formulier of in het filter
app-paste-filter = filter: { $why }

## Sjablonen

app-no-template = er kon geen sjabloon gelezen worden
app-cannot-apply = kan het niet toepassen: { $why }
app-template-nothing = { $name }: niets toe te voegen, de mentee heeft alles al
app-did-apply-template = sjabloon { $name } toegepast
app-template-applied = { $did }: { $count ->
    [one] één ding
   *[other] { $count } dingen
} toegevoegd; u maakt het ongedaan

## Opslaan en stoppen

app-save-no-answer = de laatste keer opslaan gaf geen antwoord
app-still-not-saved = nog steeds niet opgeslagen: { $why }
app-edits-kept-in = { $why }; je wijzigingen staan in { $path }
app-no-copy = geen kopie geschreven: { $why }
app-saving-again = opnieuw opslaan…
app-copy-path = typ het pad van een nieuw bestand
app-discard-word = typ { $word } om te stoppen zonder opslaan, of Esc om terug te gaan
app-edits-gone = { $why }; je bent gestopt zonder opslaan, en je wijzigingen zijn weg
app-not-saved = niet opgeslagen: { $why }
app-editor-free = de andere editor heeft de opslag gesloten: R maakt dit venster de editor
app-became-editor = dit venster is nu de editor: wijzigingen worden opgeslagen

## Synchroniseren (de statusregel; de lijst van conflicten staat in app-sync.ftl)

app-synced = gesynchroniseerd: { $summary }
app-synced-reload-failed = gesynchroniseerd, maar de opslag opnieuw lezen mislukte: { $why }
app-no-conflicts = geen open conflicten
app-no-conflicts-left = geen conflicten meer
app-conflict-kept-value = de bewaarde waarde gehouden
app-conflict-took-other = de opzij gezette waarde genomen
app-conflict-kept-record = het item gehouden
app-conflict-removed-record = het item verwijderd
app-did-settle = { $did } ({ $what })
app-settled = { $did } voor { $what }; { $left ->
    [0] geen conflicten meer
    [one] nog één conflict
   *[other] nog { $left } conflicten
} (u maakt ongedaan)
app-cannot-settle = kan het niet regelen: { $why }
app-sync-under-way = er loopt al een synchronisatie
app-sync-unsaved = niet gesynchroniseerd: de laatste keer opslaan mislukte ({ $why }); je wijzigingen moeten eerst opgeslagen zijn
app-sync-starting = beginnen
app-sync-not-set-up = deze opslag is niet ingesteld voor synchroniseren: voer eerst `mentor sync init` uit
app-sync-failed = niet gesynchroniseerd, niets verloren: { $why }
app-sync-quit-waits = synchroniseren: q wacht tot het klaar is (Ctrl-c stopt zodra het klaar is)
app-sync-changes-wait = synchroniseren: wijzigingen wachten tot het klaar is

## Het detailvenster (o) en de voorbereiding (b): het label van een regel (hoogstens 13 tekens)

app-label-kind = soort
app-label-status = status
app-label-started = begonnen
app-label-ended = geëindigd
app-label-aspirations = ambities
app-label-private-notes = privénotities
app-label-cadence = ritme
app-label-length = duur
app-label-channels = kanalen
app-label-response = reactietijd
app-label-boundaries = grenzen
app-label-success = succes
app-label-ends = eindigt
app-label-goals = doelen
app-label-sessions = sessies
app-label-feedback = feedback
app-label-network = netwerk
app-label-open-actions = open punten
app-label-progress = voortgang
app-label-created = gemaakt
app-label-due = uiterlijk
app-label-achieved = bereikt
app-label-specific = specifiek
app-label-metric = meetwaarde
app-label-criterion = criterium
app-label-achievable = haalbaar
app-label-relevant = relevant
app-label-skills = vaardigheden
app-label-goal = doel
app-label-done = klaar
app-label-note = notitie
app-label-channel = kanaal
app-label-goals-touched = over doelen
app-label-agenda = agenda
app-label-mood = stemming
app-label-energy = energie
app-label-your-energy = jouw energie
app-label-notes = notities
app-label-shared-notes = gedeeld
app-label-whose = van wie
app-label-session = sessie
app-label-visibility = zichtbaar
app-label-text = tekst
app-label-who = wie
app-label-date = datum
app-label-target = streven
app-label-description = beschrijving
app-label-last-session = vorige sessie
app-label-next-session = volgende keer
app-label-mood-energy = stemming
app-label-balance = balans
app-label-nudge = tip
app-label-skill-gap = groeipunt
app-label-not-assessed = onbeoordeeld

## Het detailvenster: de kopjes en woorden

app-detail-gone = Dit item ({ $kind }) staat niet meer in het bestand.
app-detail-agreement = Afspraken
app-detail-counts = Aantallen
app-detail-minutes = { $count ->
    [one] 1 minuut
   *[other] { $count } minuten
}
app-detail-goals-open = { $open } open van { $all }
app-detail-sessions-count = { $held } gehouden, { $planned } gepland, { $all } in totaal
app-detail-feedback-count = { $count ->
    [one] 1 notitie
   *[other] { $count } notities
}
app-detail-connections-count = { $count ->
    [one] 1 contact
   *[other] { $count } contacten
}
app-detail-open-actions = { $theirs } van de mentee, { $mine } van de mentor
app-detail-milestones = Mijlpalen ({ $count })
app-detail-due = {" "}· uiterlijk { $date }
app-detail-sessions-touched = Sessies erover ({ $count })
app-detail-feedback-about = Feedback erover ({ $count })
app-detail-actions = Actiepunten ({ $count })
app-detail-shared = gedeeld met de mentee
app-detail-private = privé (alleen jij)
app-detail-skills = Vaardigheden ({ $count })
app-detail-goals = Doelen ({ $count })
app-detail-level-of = { $current } van { $target }
app-detail-of-five = { $level } van 5

## De voorbereiding (b): de woorden (de suggesties en hun redenen komen uit het domein)

app-brief-title = Voorbereiding
app-brief-title-of = Voorbereiding: { $name }
app-brief-gone = Deze mentee staat niet meer in het bestand.
app-brief-days = { $count ->
    [one] 1 dag
   *[other] { $count } dagen
}
app-brief-none-held = nog geen gehouden
app-brief-today = vandaag
app-brief-ago = { $days } geleden
app-brief-none-planned = niets gepland
app-brief-no-cadence = geen ritme afgesproken
app-brief-cadence-slipped = { $cadence }: achter, was { $due } ({ $overdue } te laat)
app-brief-cadence-next = { $cadence }: volgende uiterlijk { $due }
app-brief-no-mood = nog niets vastgelegd
app-brief-mood-fell = ! de stemming daalde de laatste drie sessies op rij
app-brief-suggestions = Voorstellen voor de agenda ({ $count })
app-brief-nothing-stands-out = niets valt op
app-brief-because = omdat { $cause }
app-brief-due-overdue = {" "}· uiterlijk { $date }, { $overdue } te laat
app-brief-action = · { $text } (afgesproken { $agreed }){ $due }
app-brief-actions-mentee = Open actiepunten van de mentee ({ $count })
app-brief-actions-yours = Jouw open actiepunten ({ $count })
app-brief-goals = Doelen om naar te kijken ({ $count })
app-brief-overdue-by = { $days } te laat
app-brief-due-in = uiterlijk over { $days }
app-brief-no-progress = geen voortgang sinds { $since }
app-brief-last-session = Vorige sessie, { $date }
app-brief-feedback-since = Feedback sinds { $date } ({ $count })
app-brief-feedback-so-far = Feedback tot nu toe ({ $count })
app-brief-balance = { $strengths ->
    [one] 1 sterk punt
   *[other] { $strengths } sterke punten
}, { $improvements ->
    [one] 1 verbeterpunt
   *[other] { $improvements } verbeterpunten
}{ $verdict }
app-brief-nudge = de laatste tijd alleen verbeterpunten: noem een sterk punt
app-brief-note = · { $date } { $kind }: { $text }
app-brief-note-private = · { $date } { $kind } (privé): { $text }
app-brief-path = Pad
app-brief-path-titled = Pad: { $title }
app-brief-by = {" "}· voor { $date }
app-brief-none = geen
app-brief-gap = { $skill }: { $now } van { $target } nodig

## Elders in de toestand van de app

app-view-read-only = een weergave; hier kan niets gewijzigd worden
app-spark-no-mood = stemming: nog niets vastgelegd

## The mood and energy lines' labels
app-spark-mood = stemming
app-spark-energy = energie

## A record removed on one machine and changed on another, as its two sides
app-conflict-record-kept = bewaard
app-conflict-record-removed = verwijderd op één computer

## The order of the mentee list (its title and the status line); $order is one of the app-order- words
app-order-name = op naam
app-order-check-in = op check-in
app-order-kind = op soort
app-order-added = in volgorde van toevoegen
app-mentees-ordered = mentees { $order }
app-order-name-short = naam
app-order-check-in-short = check-in
app-order-kind-short = soort

## A conflict's value as the list shows it; $kind is a feedback or connection kind in words, $date its day
app-conflict-empty = (leeg)
app-conflict-yes = ja
app-conflict-no = nee
app-conflict-kind-of-date = { $kind } van { $date }

# The hint beside an empty agenda in a session form: its two keys
app-form-agenda-hint = { $prompts }: agendavragen · { $question }: een vraag om te stellen

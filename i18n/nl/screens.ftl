# nl: screens texts (see docs/I18N.md)

## Overview tab
scr-next-checkin = Volgende check-in
scr-mood-energy = Stemming & energie
scr-open-goals = Open doelen
scr-open-actions = Open actiepunten
scr-agreement = Afspraken
scr-minutes = { $count ->
    [one] { $count } minuut
   *[other] { $count } minuten
}
# De labels van de afspraken: hooguit 11 kolommen.
scr-ag-cadence = ritme
scr-ag-length = duur
scr-ag-channels = kanalen
scr-ag-response = reactietijd
scr-ag-boundaries = grenzen
scr-ag-success = succes
scr-ag-ends = eindigt
scr-ag-aspirations = ambities
scr-no-cadence = geen ritme afgesproken
scr-due-on = gepland op { $date }
scr-overdue-by = { $count ->
    [one] { $count } dag te laat
   *[other] { $count } dagen te laat
}
scr-today = vandaag
scr-tomorrow = morgen
scr-in-days = { $count ->
    [one] over { $count } dag
   *[other] over { $count } dagen
}
scr-no-open-goals = geen open doelen
scr-side-you = Jij
scr-side-your-mentor = Je mentor
scr-side-mentee = Mentee
scr-side-count = { $side } ({ $count })

## Sessions tab
scr-sessions-empty = nog geen sessies: p plant een reeks; Tab hierheen, dan legt a er een vast
scr-sessions-title = Sessies ({ $count })
scr-open-count = { $count } open
scr-notes = Notities
scr-min = { $count } min
scr-notes-goals = Doelen:
scr-notes-agenda = Agenda:
scr-notes-notes = Notities:
scr-notes-shared = Gedeeld:
scr-notes-private = Privé (alleen jij):
scr-actions-title = Actiepunten
scr-actions-empty = geen: Tab hierheen, dan voegt a er een toe
scr-actions-no-sessions = nog geen sessies
scr-actions-no-match = geen sessie past bij het filter van de sessies
scr-actions-select = kies een sessie

## Network, Feedback and Capacity
scr-network-empty = nog niets: Tab hierheen, dan voegt a er een toe
scr-network-title = Netwerk ({ $count })
scr-no-note = geen notitie
scr-note = Notitie
scr-strengths = sterk
scr-improvements = verbeterpunten
scr-balance-title = Balans van de laatste { $count }
scr-feedback-empty = nog geen feedback: Tab hierheen, dan voegt a een notitie toe
scr-feedback-title = Feedback ({ $count })
scr-capacity = Capaciteit
scr-capacity-over = Capaciteit: te vol
scr-capacity-unset = Capaciteit: niet ingesteld
scr-cap-of-month = { $hours } van { $cap } u/maand
scr-cap-in-30 = { $hours } u in 30 dagen
scr-cap-of-short = { $hours }/{ $cap } u
scr-cap-in-30-short = { $hours } u/30d
scr-cap-cadences = ritmes
scr-cap-planned = gepland
scr-cap-both = ritmes { $cadences } u/maand · gepland { $planned } u in 30 dagen
scr-cap-unset-hint = geen capaciteit ingesteld: mentor profile --capacity UREN
scr-cap-month = { $hours } u/maand
scr-cap-30-days = { $hours } u/30 dagen

## Path tab and skill matrix
scr-path = Pad
scr-path-titled = Pad: { $title }
scr-stages-empty = nog geen fases: Tab hierheen, dan voegt a er een toe
scr-col-stage = fase
scr-col-target = streven
scr-col-skills = skills
scr-stage = Fase
scr-stage-target = streven
scr-stage-skills = Vaardigheden ({ $count })
scr-stage-goals = Doelen ({ $count })
scr-none-named = geen genoemd
scr-none-linked = geen gekoppeld
scr-path-no-match = Geen fase past bij het filter; Esc wist het.
scr-path-none-mentee = Nog geen loopbaanpad uitgezet: de fases waar je naartoe werkt, de vaardigheden die elke fase vraagt en de doelen die erbij horen, staan hier zodra je mentor ze toevoegt.
scr-path-none = Nog geen loopbaanpad.
scr-path-start = Nog geen loopbaanpad: de fases waar { $name } naartoe werkt ("Senior engineer" en dan "Staff engineer"), de vaardigheden die elke fase vraagt, de doelen die erbij horen.
    
    Begin met een sjabloon: T in de lijst met mentees. Of voeg een fase toe: Tab naar de fases, dan a. Vanuit een shell: mentor path stage add "{ $name }" "Senior engineer"
scr-not-rated = geen score
scr-matrix-title = Vaardigheden ({ $count }) · grootste gat eerst
scr-skills-empty = nog geen vaardigheden: Tab hierheen, dan geeft + er een een score
scr-col-skill = vaardigheid
scr-col-level = peil
scr-col-now = nu
scr-col-skill-target = doel
scr-col-gap = gat

## Agenda (everyone) and calendar
scr-agenda-yours = Jouw agenda
scr-agenda-everyone = Agenda: iedereen
scr-agenda-everyone-at = Agenda: iedereen · { $at } van { $count }
scr-agenda-mood-fell = Stemming drie sessies op rij gedaald ({ $count })
scr-agenda-checkins = Check-ins ({ $count })
scr-agenda-sessions = Sessies, komende { $days } dagen ({ $count })
scr-agenda-actions = Actiepunten die eraan komen ({ $count })
scr-agenda-milestones = Mijlpalen die eraan komen ({ $count })
scr-mood-falling = ! stemming daalt
scr-mood-row = { $who } · stemming { $moods }
scr-overdue-days = { $count }d te laat
scr-you = jij
scr-your-mentor = je mentor

## Confirmations, a form's keys, the brief and the report prompt
scr-ans-delete = verwijderen
scr-ans-keep = houden
scr-ans-mark-held = als gehouden markeren
scr-ans-keep-planned = gepland laten
scr-conclude-cancel = { $count ->
    [one] Afronden: de ene nog geplande sessie afzeggen?
   *[other] Afronden: de { $count } nog geplande sessies afzeggen?
}
scr-ans-cancel-them = afzeggen
scr-ans-keep-them = laten staan
scr-ans-back = terug
scr-discard-typed = Weggooien wat je hebt getypt?
scr-ans-discard = weggooien
scr-ans-keep-editing = verder typen
scr-confirm = Bevestigen
scr-form-next = verder
scr-form-enter = laatste bewaart
scr-form-save = bewaren
scr-form-cancel = stoppen
scr-hint-scroll = schuiven
scr-hint-page = pagina
scr-hint-close = sluiten
scr-hint-next-suggestion = volgende suggestie
scr-hint-add-to-agenda = op de agenda
scr-report-whose = Het voortgangsverslag van { $name }, zoals je mentee het mag zien
scr-report-format = formaat:
scr-report-path = pad:
scr-report-new-file = Een nieuw bestand dat alleen jij kunt lezen; een bestaand bestand wordt nooit vervangen.
scr-report-write = schrijven
scr-report-title = Voortgangsverslag schrijven

## The detail overlay
scr-lines-of = regels { $from }–{ $to } van { $count }
scr-kind-mentee = Mentee
scr-kind-goal = Doel
scr-kind-milestone = Mijlpaal
scr-kind-session = Sessie
scr-kind-action = Actiepunt
scr-kind-feedback = Feedback
scr-kind-connection = Contact
scr-kind-series = Reeks
scr-kind-stage = Fase
scr-word-mentee = mentee
scr-word-goal = doel
scr-word-milestone = mijlpaal
scr-word-session = sessie
scr-word-action = actiepunt
scr-word-feedback = feedback
scr-word-connection = contact
scr-word-series = reeks
scr-word-stage = fase

## Search
scr-search-yours = Zoek in je plan
scr-search-all = Zoek in alles
scr-search-empty = typ om te zoeken in namen, doelen, mijlpalen, sessies, actiepunten, feedback, netwerk
scr-search-none = niets bevat "{ $query }"
scr-search-more = de eerste { $count } gevonden; typ meer om te verfijnen
scr-search-found = { $count ->
    [one] { $count } gevonden
   *[other] { $count } gevonden
}

## Quitting with edits not saved
scr-not-saved = Niet opgeslagen: { $why }
scr-unsaved-reload = Terug in de app leest R het bestand opnieuw en bewaart je wijzigingen in een conflictkopie.
scr-unsaved-copy-to = Een nieuw bestand voor een kopie van je wijzigingen:
scr-unsaved-path = pad
scr-unsaved-write-quit = schrijven en stoppen
scr-unsaved-discard = Je wijzigingen gaan verloren. Typ { $word } om toch te stoppen:
scr-unsaved-type = typ
scr-unsaved-quit = stoppen
scr-unsaved-title = Je wijzigingen zijn niet opgeslagen
scr-unsaved-retry = opnieuw opslaan (als er weer ruimte is, bijvoorbeeld)
scr-unsaved-copy = een kopie van je wijzigingen elders schrijven
scr-unsaved-quit-anyway = stoppen zonder op te slaan
scr-unsaved-back = terug naar de app

## The template picker and preview
scr-tpl-apply-to = Een sjabloon toepassen op { $name }
scr-tpl-preview = bekijk wat erbij komt
scr-tpl-what-it-adds = { $template } → { $name }: wat erbij komt
scr-tpl-apply = toepassen (één stap ongedaan te maken)
scr-tpl-skipped = overgeslagen: { $why }
scr-tpl-nothing = Niets toe te voegen: { $name } heeft alles uit dit sjabloon al.
scr-tpl-adds = { $count ->
    [one] Vanaf vandaag ({ $start }) komt er één ding bij:
   *[other] Vanaf vandaag ({ $start }) komen er { $count } dingen bij:
}
scr-tpl-more = … meer hieronder (j / ↓ schuift)
scr-tpl-builtin = ingebouwd
scr-tpl-yours-replaces = van jou, vervangt het ingebouwde
scr-tpl-yours = van jou

## Lists, filters and the header
scr-no-match = geen { $list } passen bij "{ $text }" (Esc wist)
scr-filtered-by = { $list } gefilterd op "{ $text }" (Esc wist)
scr-filter-typing = filter op { $list }:
scr-filter-mentees = filter mentees (namen en de tekst van alles):
scr-read-only = alleen lezen: { $why }
scr-view-shared = gedeeld { $at }
scr-view-updated = bijgewerkt { $at }
scr-list-one-mentees = mentee
scr-list-one-goals = doel
scr-list-one-milestones = mijlpaal
scr-list-one-sessions = sessie
scr-list-one-actions = actiepunt
scr-list-one-feedback = feedbacknotitie
scr-list-one-connections = contact
scr-list-one-stages = fase
scr-list-one-skills = vaardigheid
scr-list-many-mentees = mentees
scr-list-many-goals = doelen
scr-list-many-milestones = mijlpalen
scr-list-many-sessions = sessies
scr-list-many-actions = actiepunten
scr-list-many-feedback = feedbacknotities
scr-list-many-connections = contacten
scr-list-many-stages = fases
scr-list-many-skills = vaardigheden

## The terminal
scr-too-small = Terminal te klein: { $size }. mentor heeft minstens { $least } nodig. Toetsen wachten tot hij groter is; q stopt.

## The terminal layer: reloads, syncs and the mentee's view
scr-sync-read-only = dit venster is alleen-lezen: het venster met de opslag synchroniseert
scr-sync-save-failed = het laatste opslaan mislukte ({ $why }); niet gesynchroniseerd
scr-reload-read-only = niets opnieuw te laden in alleen-lezen
scr-copy-read-only = alleen lezen: niets te bewaren
scr-reload-kept = je wijzigingen staan in { $path }
scr-reload-nothing-kept = niets onopgeslagens te bewaren
scr-reload-keep-failed = kon je wijzigingen niet apart zetten ({ $why }); niet opnieuw geladen
scr-reloaded = opnieuw van schijf geladen; { $kept }
scr-reload-failed = kan niet opnieuw laden: { $why } { $advice }
scr-save-failed-kept = niet opgeslagen; je wijzigingen staan in { $path }
scr-save-failed-no-copy = niet opgeslagen, en er kon geen kopie geschreven worden: { $why }
scr-view-bundle-mentee = dit bestand is al de bundel van één mentee; --mentee is voor werkruimtes
scr-view-plan = Plan van { $name }
scr-view-plan-as-seen = Plan van { $name }, zoals die het ziet
scr-view-mentee-gone = mentee { $id } staat niet meer in dit bestand
scr-view-unreadable = het bestand is veranderd maar is niet te lezen ({ $why }); de laatste goede versie blijft staan
scr-view-last-good = { $why }; de laatste goede versie blijft staan
scr-view-no-report = een weergave schrijft geen bestanden; `mentor report` schrijft het verslag
scr-sync-no-remote-committed = geen remote: je wijzigingen zijn alleen hier vastgelegd
scr-sync-no-remote-nothing = geen remote, en niets nieuws vast te leggen
scr-sync-nothing-came = niets nieuws binnengekomen
scr-sync-came-in = binnengekomen: { $changes }
scr-sync-went-out = { $came }; je wijzigingen zijn verstuurd
scr-sync-committed-here = { $came }; je wijzigingen zijn hier vastgelegd
scr-exit-not-saved = { $error }; je wijzigingen zijn niet opgeslagen: { $why }
scr-draw-failed = tekenen mislukt: { $why }
scr-read-failed = een toets lezen mislukt: { $why }
scr-editor-no-dir = kan geen tijdelijke map maken: { $why }
scr-editor-no-write = kan het tijdelijke bestand niet schrijven: { $why }
scr-editor-no-read = kan de tekst niet teruglezen: { $why }
scr-editor-exited = { $editor } stopte met { $status }
scr-editor-no-start = kan { $editor } niet starten: { $why }

## The config file's colours
scr-colour-not-role = geen kleurrol; gebruik { $roles }
scr-colour-one = geef één kleur
scr-colour-not-colour = "{ $value }" is geen kleur (een naam als red of light-blue, een getal 0..255, of #rrggbb)

## Scrolled text
scr-more-above = ↑ nog { $count }
scr-more-below-keys = ↓ nog { $count } · { $down }/{ $up } schuift · { $open } opent
scr-more-below = ↓ nog { $count }
scr-scrolls-back = { $key } schuift terug
scr-checkin-due = op { $date }

## The mentee list's kind column: short words (the list is narrow)
scr-kind-short-career = loopbaan
scr-kind-short-peer = collega
scr-kind-short-life = leven

# nl: domain texts (see docs/I18N.md)

## De waarden uit het bestand, zoals ze getoond worden
dom-visibility-shared = gedeeld
dom-visibility-private = privé
dom-feedback-strength = sterk punt
dom-feedback-improvement = verbeterpunt
dom-feedback-observation = observatie
dom-connection-introduction = introductie
dom-connection-event = evenement
dom-connection-course = cursus
dom-connection-resource = bron
dom-connection-status-suggested = voorgesteld
dom-connection-status-done = gedaan
dom-stage-open = open
dom-stage-in-progress = bezig
dom-stage-done = klaar
dom-stage-skipped = overgeslagen
dom-goal-status-draft = concept
dom-goal-status-active = actief
dom-goal-status-achieved = behaald
dom-goal-status-dropped = geschrapt
dom-kind-career = loopbaan
dom-kind-peer = collegiaal
dom-kind-life = persoonlijk
dom-status-active = actief
dom-status-paused = gepauzeerd
dom-status-concluded = afgerond
dom-channel-in-person = fysiek
dom-channel-video = video
dom-channel-phone = telefoon
dom-channel-chat = chat
dom-channel-email = e-mail
dom-session-status-planned = gepland
dom-session-status-held = gehouden
dom-session-status-cancelled = geannuleerd
dom-owner-mentor = mentor
dom-owner-mentee = mentee

## Woorden voor een stand, in een zin
dom-stage-words-open = open
dom-stage-words-in-progress = bezig
dom-stage-words-done = klaar
dom-stage-words-skipped = overgeslagen
dom-balance-too-few = te weinig om te beoordelen
dom-balance-balanced = in balans
dom-balance-needs-strengths = vooral kritiek: noem een sterk punt
dom-balance-needs-improvements = alleen lof: noem ook een verbeterpunt
dom-trend-rising = stijgend
dom-trend-steady = stabiel
dom-trend-falling = dalend
dom-trend-unknown = te weinig vastgelegd

## Een ritme in woorden
dom-cadence-days = { $count ->
    [one] elke dag
   *[other] elke { $count } dagen
}
dom-cadence-weeks = { $count ->
    [one] elke week
   *[other] elke { $count } weken
}
dom-cadence-months = { $count ->
    [one] elke maand
   *[other] elke { $count } maanden
}

## Soorten records, in een zin
dom-record-mentee = mentee
dom-record-goal = doel
dom-record-milestone = mijlpaal
dom-record-session = sessie
dom-record-action = actiepunt
dom-record-feedback = feedback
dom-record-feedback-note = feedbacknotitie
dom-record-connection = contact
dom-record-series = reeks
dom-record-stage = fase
dom-record-record = record
dom-records-mentee = mentees
dom-records-goal = doelen
dom-records-milestone = mijlpalen
dom-records-session = sessies
dom-records-action = actiepunten
dom-records-feedback-note = feedbacknotities
dom-records-connection = contacten
dom-records-stage = fases
dom-records-record = records
dom-field-name = naam
dom-field-title = titel
dom-field-text = tekst
dom-field-skill = naam van de vaardigheid
dom-field-value = waarde

## Waarom een bewerking geweigerd is
dom-op-blank = de { $what } mag niet leeg zijn
dom-op-name-taken = er is al een mentee die "{ $name }" heet
dom-op-not-a-goal = { $goal } is geen doel van { $mentee }
dom-op-planned-sessions = { $mentee } heeft nog { $count ->
    [one] een geplande sessie
   *[other] { $count } geplande sessies
}
dom-op-still-to-come = sessie { $id } is op { $date }, dat moet nog komen
dom-op-no-metric = doel { $goal } heeft geen maatstaf om voortgang op vast te leggen; de voortgang komt uit de mijlpalen
dom-op-no-cadence = { $mentee } heeft geen ritme in de afspraken
dom-op-not-doable = een { $what } kun je niet afvinken
dom-op-no-text = een { $what } heeft geen tekst om te bewerken
dom-op-unknown-skill = geen vaardigheid met de naam "{ $skill }" (zie `mentor skill list`)
dom-op-skill-taken = de vaardigheid "{ $skill }" bestaat al
dom-op-skill-in-use = de vaardigheid "{ $skill }" wordt nog gebruikt door { $uses }; geef haar een andere naam of haal haar daar eerst weg
dom-op-no-conflict = geen conflict met ID "{ $id }" (zie `mentor conflicts`)
dom-op-conflict-place = de plek van dit conflict ({ $place }) bestaat niet meer; houd de huidige waarde
dom-op-conflict-value = de andere waarde van conflict { $id } past niet meer: { $why }
dom-op-level-conflict = { $mentee } heeft verschillende niveaus in "{ $from }" en "{ $to }"; maak ze gelijk (of verwijder er een) voordat je de vaardigheden samenvoegt

## Hoe een getypte naam of ID niet precies één record aanwees
dom-lookup-no-mentee = geen mentee gevonden voor "{ $query }" (zie `mentor mentee list`)
dom-lookup-ambiguous = "{ $query }" past bij meerdere mentees: { $candidates }; typ meer van de naam of gebruik de ID
dom-lookup-no-record = geen { $kind } met ID "{ $id }"
dom-lookup-ambiguous-id = { $typed } wijst { $count } { $kinds } aan: { $ids }; typ de hele ID

## Grenzen
dom-ids-exhausted = geen record-ID's meer: de teller van dit bestand ("next_id") staat op zijn grens ({ $limit }), dus er kan niets bij; er is niets veranderd
dom-rules-minutes = moet meer dan 0 minuten zijn
dom-rules-capacity = { $hours } is geen aantal uren per maand van 0 of meer
dom-rules-cadence = elke 0 betekent nooit; het ritme moet elke 1 of meer zijn
dom-rules-level = { $n } valt buiten de schaal; kies 1 tot en met 5

## Een reeks plannen
dom-schedule-no-end = een reeks heeft een aantal sessies (1 tot en met { $max }) of een einddatum nodig
dom-schedule-end-before-start = de einddatum { $end } ligt voor de eerste sessie
dom-schedule-too-many = dan plan je meer dan { $max } sessies; plan een kortere reeks
dom-schedule-out-of-range = een sessie zou buiten de data vallen die mentor kan bewaren ({ $first } tot { $last })

## Een getypte datum die de opdrachtregel weigerde
dom-date-invalid = ongeldige datum "{ $text }": { $problem }{ $hint }
dom-date-time-invalid = ongeldige datum en tijd "{ $text }": { $problem }{ $hint }
dom-date-cadence-invalid = ongeldig ritme "{ $text }": geef een aantal en een eenheid, zoals 1w, 2w, 10d, 1m, of wekelijks, tweewekelijks, maandelijks
dom-date-hint-noon = een tijd schrijf je als 12:00 of 12 uur
dom-date-hint-am = een tijd schrijf je als { $n }:00 of { $n } uur
dom-date-hint-hour = een tijd schrijf je als { $n }:00
dom-date-hint-day = een dag van de maand hoort bij een maand: { $n } dec
dom-date-hint-month = een maand hoort bij een dag: 3 { $month }
dom-date-hint-use-date-time = gebruik "2026-12-01 10:00", "morgen 10:00", "volgende vrijdag 9:00", "15 uur" of RFC 3339
dom-date-hint-use-date = gebruik JJJJ-MM-DD, vandaag, morgen, vrijdag, volgende vrijdag, 3 apr, +2w of over 3 dagen

## De SMART-check: waarom een letter niet klopt, en wat je eraan doet
dom-smart-no-description = niet specifiek: "{ $title }" zegt niet wat er precies anders wordt; beschrijf de verandering in een zin
dom-smart-short-description = niet specifiek: de beschrijving is te kort om te zeggen wat er anders wordt; schrijf een hele zin
dom-smart-unnamed-metric = niet meetbaar: de maatstaf zegt niet wat er geteld wordt
dom-smart-target-is-baseline = niet meetbaar: het streefcijfer van "{ $what }" is gelijk aan het beginpunt; kies een doel dat verandering betekent
dom-smart-metric-attendance = meet geen resultaat: "{ $what }" telt aanwezigheid; tel wat er verandert (reviews geleid, presentaties gegeven), niet de gehouden gesprekken
dom-smart-criterion-attendance = meet geen resultaat: "{ $criterion }" telt aanwezigheid; beschrijf een verandering die iemand kan zien
dom-smart-no-measure = niet meetbaar: voeg een maatstaf met een streefcijfer toe, of iets wat je kunt waarnemen
dom-smart-no-support = haalbaarheid niet onderbouwd: noteer de middelen, steun en grenzen die jullie hebben afgesproken
dom-smart-no-relevance = relevantie ontbreekt: zeg waarom het ertoe doet en welke ambitie of stap het dient
dom-smart-no-due = niet tijdgebonden: kies een einddatum
dom-smart-past-due = tijdgebonden: de einddatum { $due } is voorbij; verschuif hem of sluit het doel af

## Waarom een bestand niet laadt: een gebroken regel, na de plek waar hij gevonden is
dom-invalid-conflict-id = conflict-ID { $id } is geen x met 12 hexadecimale cijfers
dom-invalid-conflict-twice = conflict-ID { $id } komt twee keer voor
dom-invalid-conflict-place = een conflict heeft een plek nodig: een pad zonder lege stap
dom-invalid-id-shape = { $kind }-ID { $id } heeft niet de verwachte vorm
dom-invalid-id-twice = ID { $id } komt twee keer voor (het nummer { $n } is al in gebruik)
dom-invalid-store-token = { $token } is geen bestandssleutel (1 tot { $max } letters, cijfers of streepjes)
dom-invalid-counter = staat op { $next_id }, maar ID's tot en met { $max } zijn in gebruik; zet hem op { $next } of hoger
dom-invalid-skill-two-levels = vaardigheid { $skill } heeft twee niveaus
dom-invalid-skill-twice = vaardigheid { $skill } is twee keer vastgelegd
dom-invalid-skill = vaardigheid
dom-invalid-empty = { $what } is leeg
dom-invalid-not-a-goal = doel "{ $goal }" is geen doel van deze mentee
dom-invalid-not-a-series = reeks "{ $series }" is geen reeks van deze mentee

## Sjablonen: waarom er een geweigerd is (na het bestand, de regel en het veld)
dom-template-bad-name = "{ $name }" is geen sjabloonnaam (kleine letters, cijfers en streepjes)
dom-template-blank = mag niet leeg zijn
dom-template-twice = "{ $text }" staat er twee keer in
dom-template-unknown-skill = "{ $skill }" staat niet bij de [[skills]] van het sjabloon
dom-template-metric-numbers = het beginpunt en het streefcijfer moeten getallen zijn
dom-template-unknown-goal = "{ $key }" is niet de sleutel van een van de [[goals]] van het sjabloon
dom-template-session-zero = sessies tellen vanaf 1
dom-template-session-twice = sessie { $session } staat er twee keer in
dom-template-name-not-file = "{ $name }" past niet bij de bestandsnaam "{ $stem }"
dom-template-not-rel-date = "{ $text }" is geen relatieve datum (+2w, +3m, +90d)
dom-template-past-last-date = { $rel } vanaf { $start } valt na de laatste datum die mentor kan bewaren
dom-template-save-name = "{ $name }" is geen sjabloonnaam: gebruik kleine letters, cijfers en streepjes
dom-template-save-empty = { $mentee } heeft geen afspraken, pad of doelen om een sjabloon van te maken
dom-template-save-invalid = het sjabloon zou niet terug te lezen zijn: { $why }
dom-rel-days = { $count ->
    [one] 1 dag
   *[other] { $count } dagen
}
dom-rel-weeks = { $count ->
    [one] 1 week
   *[other] { $count } weken
}
dom-rel-months = { $count ->
    [one] 1 maand
   *[other] { $count } maanden
}
dom-rel-years = { $count ->
    [one] 1 jaar
   *[other] { $count } jaar
}

## De voorgestelde agenda van de voorbereiding: wat te doen, dan waarom
dom-brief-only-improvements = Begin met iets wat goed ging
dom-brief-only-improvements-why = de laatste { $count } sterke punten en verbeterpunten ({ $dates }) waren allemaal verbeterpunten
dom-brief-first-session = Spreek doelen, ritme en manier van werken af
dom-brief-first-session-why = er is nog geen sessie met { $name } gehouden
dom-brief-last-session = laatste sessie { $date } ({ $days ->
    [one] 1 dag geleden
   *[other] { $days } dagen geleden
})
dom-brief-no-session-yet = nog geen sessie gehouden
dom-brief-cadence-slipped = Spreek de datum van de volgende sessie af
dom-brief-cadence-slipped-why = ritme { $cadence }; { $last }; er had op { $due } een sessie moeten zijn ({ $days ->
    [one] 1 dag te laat
   *[other] { $days } dagen te laat
})
dom-brief-mood-falling = Vraag hoe het echt met ze gaat
dom-brief-mood-falling-why = de stemming daalde de laatste drie sessies: { $levels }
dom-brief-low-mood = Vraag hoe het met ze gaat
dom-brief-low-mood-why = stemming { $level }/5 bij de sessie van { $date }
dom-brief-low-energy = Praat over werkdruk en energie
dom-brief-low-energy-why = energie { $level }/5 bij de sessie van { $date }
dom-brief-follow-up = Navragen: { $text }
dom-brief-report-back = Terugkoppelen: { $text }
dom-brief-mentee-action-why = actiepunt { $id } van de mentee van { $agreed } moest op { $due } af, { $days ->
    [one] 1 dag te laat
   *[other] { $days } dagen te laat
}
dom-brief-mentor-action-why = jouw actiepunt { $id } van { $agreed } moest op { $due } af, { $days ->
    [one] 1 dag te laat
   *[other] { $days } dagen te laat
}
dom-brief-goal-overdue = Opnieuw plannen of afsluiten: { $title }
dom-brief-goal-overdue-why = doel { $id } moest op { $due } af, { $days ->
    [one] 1 dag te laat
   *[other] { $days } dagen te laat
}
dom-brief-goal-due-soon = Kijk wat { $title } nog nodig heeft
dom-brief-goal-due-soon-why = doel { $id } moet op { $due } af, { $days ->
    [one] over 1 dag
   *[other] over { $days } dagen
}
dom-brief-goal-stalled = Zoek uit wat blokkeert: { $title }
dom-brief-goal-stalled-why = doel { $id }: geen mijlpaal afgerond en geen voortgang vastgelegd sinds de sessie van { $since }
dom-brief-stage-next = Praat over de weg naar { $title }
dom-brief-stage-next-why = fase { $id } is { $status }{ $target }{ $skills }
dom-brief-stage-target = , streefdatum { $date }
dom-brief-stage-needs = ; vraagt { $skills }
dom-brief-level-none = geen
dom-brief-skill-gap = Plan oefening voor { $skill }
dom-brief-skill-gap-why = { $skill }: niveau { $current } van doel { $target } (verschil { $gap }), het grootste verschil

## Wat een synchronisatie of een pull veranderde ("Alice: 2 doelen, 1 sessie; 1 conflict")
dom-changes-goals = { $count ->
    [one] 1 doel
   *[other] { $count } doelen
}
dom-changes-milestones = { $count ->
    [one] 1 mijlpaal
   *[other] { $count } mijlpalen
}
dom-changes-sessions = { $count ->
    [one] 1 sessie
   *[other] { $count } sessies
}
dom-changes-actions = { $count ->
    [one] 1 actiepunt
   *[other] { $count } actiepunten
}
dom-changes-feedback = { $count ->
    [one] 1 feedbacknotitie
   *[other] { $count } feedbacknotities
}
dom-changes-connections = { $count ->
    [one] 1 contact
   *[other] { $count } contacten
}
dom-changes-series = { $count ->
    [one] 1 reeks
   *[other] { $count } reeksen
}
dom-changes-stages = { $count ->
    [one] 1 loopbaanfase
   *[other] { $count } loopbaanfases
}
dom-changes-new = { $name } (nieuw)
dom-changes-removed = { $name } (verwijderd)
dom-changes-details = gegevens
dom-changes-skills = vaardigheden
dom-changes-nothing = niets veranderd
dom-changes-mentor = mentorprofiel
dom-changes-conflicts-settled = { $count ->
    [one] 1 conflict opgelost
   *[other] { $count } conflicten opgelost
}
dom-changes-conflicts = { $count ->
    [one] 1 conflict
   *[other] { $count } conflicten
}

## Wat een sjabloon toevoegt, een regel per ding (proefrun, voorbeeld)
dom-fill-cadence = ritme: { $cadence }
dom-fill-minutes = sessieduur: { $minutes } minuten
dom-fill-channels = kanalen: { $channels }
dom-fill-response-time = reactietijd: { $text }
dom-fill-boundaries = grenzen: { $text }
dom-fill-success = succesmaatstaven: { $text }
dom-fill-ends-on = eindigt op: { $date }
dom-plan-agreement = afspraak { $what }
dom-plan-path-title = titel van het pad "{ $title }"
dom-plan-stage = fase "{ $title }"{ $due }
dom-plan-by = {" "}uiterlijk { $date }
dom-plan-due = {" "}af op { $date }
dom-plan-stage-goal = doel "{ $goal }" werkt toe naar fase "{ $stage }"
dom-plan-goal = doel "{ $title }"{ $due }
dom-plan-milestone = mijlpaal "{ $title }"{ $due } van doel "{ $goal }"
dom-plan-skill = vaardigheid "{ $skill }" in de woordenlijst
dom-plan-level = streefniveau { $level } voor "{ $skill }"

## Het veld waarin een zoekopdracht de tekst vond
dom-search-name = naam
dom-search-aspirations = ambities
dom-search-private-notes = privénotities
dom-search-response-time = reactietijd
dom-search-boundaries = grenzen
dom-search-success-measures = succesmaatstaven
dom-search-text = tekst
dom-search-title = titel
dom-search-who = wie
dom-search-note = notitie
dom-search-specific = specifiek
dom-search-criterion = criterium
dom-search-achievable = haalbaar
dom-search-relevant = relevant
dom-search-metric = maatstaf
dom-search-skills = vaardigheden
dom-search-agenda = agenda
dom-search-shared-notes = gedeelde notities
dom-search-career-path = loopbaanpad
dom-search-description = beschrijving
dom-search-feedback-wanted = meer van in feedback
dom-search-closing-note = afsluitende notitie
dom-search-private-closing-note = eigen afsluitende notitie
dom-search-closing-reflection = afsluitende reflectie
dom-search-mentee-notes = notities van de mentee

## De maatstaf van een doel: "design reviews geleid: 1 van 3 reviews (begin 0)"
dom-metric = { $what }: { $value } van { $target }{ $unit } (begin { $baseline })

## Meer weigeringen van een bewerking
dom-op-numbers = moeten getallen zijn
dom-op-metric-number = { $value } is geen getal dat een maatstaf kan bevatten
dom-op-template = sjabloon { $name }: { $field }: { $message }
dom-op-position = positie { $position } ligt voorbij het einde; het pad heeft { $count ->
    [one] 1 fase
   *[other] { $count } fases
}, dus kies 1 tot en met { $last }
dom-op-use-goal = doel { $id } van { $name }
dom-op-use-stage = fase { $id } van { $name }
dom-op-use-levels = de vaardigheidsniveaus van { $name }

## Een sjabloon zoals `mentor template show` het toont
dom-show-meet = { $cadence }
dom-show-minutes = { $minutes } minuten
dom-show-for = gedurende { $length }
dom-show-agreement = Afspraken: { $agreement }
dom-show-response-time = Reactietijd
dom-show-boundaries = Grenzen
dom-show-success = Succes
dom-show-first-sessions = Eerste sessies:
dom-show-session = Sessie { $session }:
dom-show-path = Pad: { $title }
dom-show-skills = vaardigheden: { $skills }
dom-show-skills-title = Vaardigheden:
dom-show-target = streefniveau { $level }
dom-show-goals-title = Doelen:
dom-show-due = af { $due }
dom-show-measure = maatstaf: { $what } van { $from } naar { $to }{ $unit }
dom-show-done-when = klaar als: { $criterion }

## De ingebouwde vragensets voor de agenda van een sessie (`grow`, `first-session`, `check-in`)
dom-prompt-grow = GROW: doel, realiteit, opties, weg vooruit
dom-prompt-first = Een eerste sessie: verwachtingen, manier van werken, een eerste doel
dom-prompt-check = Een voortgangsgesprek: wat er bewoog, wat vastzit, wat er nu komt
dom-prompt-grow-1 = Doel
dom-prompt-grow-1-1 = Wat wil je aan het eind van dit gesprek in handen hebben?
dom-prompt-grow-1-2 = Als dit echt goed gaat, wat is er over drie maanden anders?
dom-prompt-grow-1-3 = Hoe weet je dat je er bent?
dom-prompt-grow-2 = Realiteit
dom-prompt-grow-2-1 = Wat speelt er nu, en wat heb je al geprobeerd?
dom-prompt-grow-2-2 = Wat zit je in de weg, en wat werkt in je voordeel?
dom-prompt-grow-2-3 = Wie zijn er nog meer bij betrokken, en hoe kijken zij ertegenaan?
dom-prompt-grow-3 = Opties
dom-prompt-grow-3-1 = Wat zou je kunnen doen? Wat nog meer?
dom-prompt-grow-3-2 = Wat zou je doen als je meer tijd had, of meer moed?
dom-prompt-grow-3-3 = Wat zou iemand die je bewondert hier proberen?
dom-prompt-grow-4 = Weg vooruit
dom-prompt-grow-4-1 = Welke optie kies je, en wat is de eerste stap?
dom-prompt-grow-4-2 = Wanneer zet je die stap, en welke steun zou helpen?
dom-prompt-grow-4-3 = Hoe gemotiveerd ben je op een schaal van 1 tot 10, en wat zou er een 10 van maken?
dom-prompt-first-1 = Kennismaken
dom-prompt-first-1-1 = Wat bracht je juist nu bij mentoring?
dom-prompt-first-1-2 = Waarvan heb je vroeger het meest geleerd, en waarvan niet?
dom-prompt-first-2 = Verwachtingen
dom-prompt-first-2-1 = Waar wil je over een jaar staan, en over drie?
dom-prompt-first-2-2 = Wat maakt deze sessies je tijd waard?
dom-prompt-first-3 = Samenwerken
dom-prompt-first-3-1 = Hoe vaak spreken we af, hoe, en hoe bereiken we elkaar tussendoor?
dom-prompt-first-3-2 = Waar praten we niet over, en wat blijft tussen ons?
dom-prompt-first-3-3 = Hoe weten we dat de mentoring gewerkt heeft?
dom-prompt-first-4 = Een eerste doel
dom-prompt-first-4-1 = Welke ene verandering zou het meeste verschil maken, en hoe kunnen we die meten?
dom-prompt-check-1 = Sinds de vorige keer
dom-prompt-check-1-1 = Wat is er in beweging gekomen sinds we elkaar spraken, en waar ben je trots op?
dom-prompt-check-1-2 = Welke actiepunten zijn klaar, en welke zitten vast?
dom-prompt-check-2 = Voortgang
dom-prompt-check-2-1 = Waar sta je bij elk doel, en doet het er nog toe voor je?
dom-prompt-check-2-2 = Wat heb je geleerd waardoor het plan verandert?
dom-prompt-check-3 = Volgende stap
dom-prompt-check-3-1 = Waar kun je het beste aan werken voordat we elkaar weer zien?
dom-prompt-check-3-2 = Welke steun heb je nodig, en van wie?

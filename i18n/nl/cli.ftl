# nl: cli texts (see docs/I18N.md)

## Tables' column headers
cli-col-id = ID
cli-col-mentee = MENTEE
cli-col-goal = DOEL
cli-col-status = STATUS
cli-col-due = UITERLIJK
cli-col-smart = SMART
cli-col-done = KLAAR
cli-col-when = WANNEER
cli-col-open = OPEN
cli-col-agenda-notes = AGENDA / NOTITIES
cli-col-owner = WIE
cli-col-action = ACTIEPUNT
cli-col-name = NAAM
cli-col-kind = SOORT
cli-col-goals = DOELEN
cli-col-next-checkin = VOLGENDE CHECK-IN

## Failing to write
cli-io-output = kan de uitvoer niet schrijven
cli-io-json = kan de JSON niet schrijven
cli-io-list = kan de lijst niet schrijven

## What must not be empty
cli-what-title = de titel
cli-what-name = de naam
cli-what-text = --text
cli-what-action = een --action

## mentor goal, mentor milestone
cli-goal-achieved = Doel { $id } "{ $title }" bereikt.
cli-goal-progress = Doel { $id }: { $metric }  ({ $percent })
cli-goal-not-numbers = --baseline en --target moeten getallen zijn
cli-goal-not-added = het doel is niet toegevoegd
cli-goal-added = Doel { $id } "{ $title }" toegevoegd  SMART: { $smart }
cli-goal-list-empty = Nog geen doelen. Voeg er een toe: mentor goal add --mentee NAAM "TITEL"
cli-goal-check-empty = Geen doelen om te controleren.
cli-goal-check-total = { $complete } van { $count ->
    [one] { $count } doel is
   *[other] { $count } doelen zijn
} SMART.
cli-milestone-added = Mijlpaal { $id } toegevoegd aan doel { $goal }.
cli-milestone-done = Mijlpaal { $id } klaar; doel { $goal } staat op { $percent }.

## mentor session, mentor action
cli-action-option-first = --{ $option } moet na de --action komen waar hij bij hoort
cli-action-option-twice = een --action heeft twee keer --{ $option }
cli-session-not-added = de sessie is niet toegevoegd
cli-session-added = { $status ->
    [planned] Geplande sessie
    [held] Gehouden sessie
    [cancelled] Geannuleerde sessie
   *[other] Sessie
} { $id } met { $name } op { $at } toegevoegd.
cli-session-added-action = actiepunt { $id } voor { $owner ->
    [mentor] de mentor
   *[mentee] de mentee
}: { $text }
cli-session-added-action-due = actiepunt { $id } voor { $owner ->
    [mentor] de mentor
   *[mentee] de mentee
}, uiterlijk { $due }: { $text }
cli-session-list-empty = Nog geen sessies. Leg er een vast: mentor session add --mentee NAAM --notes "..."
cli-action-done = Actiepunt { $id } klaar: { $text }
cli-action-list-empty = Geen actiepunten.

## Errors and warnings of every command (after "mentor: ")
cli-not-saved = je wijzigingen zijn niet opgeslagen: { $reason }
cli-closed-pipe = de lezer van de uitvoer is weg
cli-warn-config = waarschuwing: { $error }
    (het configuratiebestand wordt niet gebruikt: elke instelling staat op de standaardwaarde)
cli-no-home = kan geen thuismap vinden voor de standaardopslag; geef --store PAD
cli-bad-now = MENTOR_NOW={ $text } is geen datum en tijd volgens RFC 3339
cli-warn-newer = waarschuwing: { $store } is geschreven door een nieuwere mentor (formaat { $version }); je ziet wat deze versie begrijpt
cli-waiting-process = een andere mentor (proces { $process }) schrijft { $store }; ik wacht tot { $seconds } s tot die klaar is
cli-waiting = een andere mentor schrijft { $store }; ik wacht tot { $seconds } s tot die klaar is
cli-name-taken = er is al een mentee die "{ $name }" heet; kies een andere naam
cli-planned-sessions = { $mentee } heeft nog { $count ->
    [one] één geplande sessie
   *[other] { $count } geplande sessies
}; kies --cancel-planned of --keep-planned
cli-still-to-come = sessie { $id } is op { $date } en moet nog komen; wil je hem toch als gehouden markeren, voeg dan --yes toe
cli-not-a-goal = { $goal } is geen doel van { $mentee } (zie `mentor goal list --mentee "{ $mentee }"`)
cli-no-cadence = { $name } heeft geen ritme in de afspraken; zeg hoe vaak met --every
cli-warn-over-capacity = waarschuwing: hiermee komt je mentorbelasting op { $hours } uur per maand, boven je capaciteit van { $capacity } (zie `mentor profile`)
cli-not-empty = { $what } mag niet leeg zijn

## mentor mentee
cli-mentee-added = Mentee { $name } ({ $id }) toegevoegd.
cli-mentee-not-changed = de mentee is niet gewijzigd
cli-mentee-updated = { $name } ({ $id }) bijgewerkt.
cli-mentee-updated-cancelled = { $name } ({ $id }) bijgewerkt; { $count ->
    [one] één geplande sessie
   *[other] { $count } geplande sessies
} geannuleerd.
cli-mentee-label = { $name } ({ $id }) met { $goals ->
    [one] één doel
   *[other] { $goals } doelen
}, { $sessions ->
    [one] één sessie
   *[other] { $sessions } sessies
} en { $feedback ->
    [one] één feedbacknotitie
   *[other] { $feedback } feedbacknotities
}
cli-checkin-overdue = { $date } ({ $days }d te laat)
cli-mentee-list-empty = Nog geen mentees. Voeg er een toe: mentor mentee add "NAAM" --every 2w
cli-mentee-started-ended = begonnen { $started }  gestopt { $ended }
cli-mentee-aspirations = ambities
cli-mentee-private-notes = privénotities
cli-mentee-feedback = Feedback: { $strengths ->
    [one] één sterk punt
   *[other] { $strengths } sterke punten
}, { $improvements ->
    [one] één verbeterpunt
   *[other] { $improvements } verbeterpunten
}, { $observations ->
    [one] één observatie
   *[other] { $observations } observaties
} in de laatste 10 ({ $verdict })
cli-mentee-counts = Sessies: { $sessions }   Contacten: { $connections }
cli-agreement = Afspraken
cli-agreement-no-cadence = (geen)
cli-agreement-cadence = ritme
cli-agreement-length = sessieduur
cli-agreement-channels = kanalen
cli-agreement-response = reactietijd
cli-agreement-boundaries = grenzen
cli-agreement-success = succescriteria
cli-agreement-ends = eindigt op
cli-agreement-next = komende check-in
cli-minutes = { $count ->
    [one] één minuut
   *[other] { $count } minuten
}
cli-mentee-goals = Doelen ({ $count })
cli-due = uiterlijk { $date }
cli-mentee-open-actions = Open actiepunten voor { $owner ->
    [mentor] de mentor
   *[mentee] de mentee
} ({ $count })

## Removing
cli-remove-confirm = dit zou { $what } verwijderen; voeg --yes toe om te bevestigen (er blijft hoe dan ook een back-up van het bestand)
cli-removed = Verwijderd: { $what }.
cli-label-milestone = mijlpaal { $id } "{ $title }" van doel { $goal }
cli-label-session = { $status ->
    [planned] geplande sessie
    [held] gehouden sessie
    [cancelled] geannuleerde sessie
   *[other] sessie
} { $id } met { $name } op { $at } met { $count ->
    [one] één actiepunt
   *[other] { $count } actiepunten
}
cli-label-action = actiepunt { $id } "{ $text }" van { $name }
cli-label-feedback = { $kind ->
    [strength] feedback (sterk punt)
    [improvement] feedback (verbeterpunt)
   *[observation] feedback (observatie)
} { $id } "{ $text }" voor { $name }
cli-label-connection = { $kind ->
    [introduction] introductie
    [event] evenement
    [course] cursus
   *[resource] bron
} { $id } "{ $title }" voor { $name }
cli-label-stage = fase { $id } "{ $title }" van het loopbaanpad van { $name } (de doelen blijven)
cli-label-goal = doel { $id } "{ $title }" van { $name } met { $count ->
    [one] één mijlpaal
   *[other] { $count } mijlpalen
}
cli-label-goal-refs = ({ $sessions ->
    [one] één sessie
   *[other] { $sessions } sessies
}{ $stages ->
    [0] {""}
    [one] , één fase
   *[other] , { $stages } fasen
} en { $feedback ->
    [one] één feedbacknotitie
   *[other] { $feedback } feedbacknotities
} die het noemen blijven, zonder het doel)

## Editing
cli-updated = Bijgewerkt: { $what }.
cli-what-goal = doel { $id } "{ $title }"
cli-what-milestone = mijlpaal { $id } "{ $title }"
cli-what-session = sessie { $id } met { $name } op { $at }
cli-what-action-item = actiepunt { $id } "{ $text }"
cli-what-feedback = { $visibility ->
    [shared] gedeelde
   *[private] privé
} feedback ({ $kind ->
    [strength] sterk punt
    [improvement] verbeterpunt
   *[observation] observatie
}) { $id }
cli-what-connection = { $kind ->
    [introduction] introductie
    [event] evenement
    [course] cursus
   *[resource] bron
} { $id } "{ $title }"
cli-edit-no-metric = het doel heeft geen meetwaarde; geef --metric en --target om er een toe te voegen
cli-series-cancelled = { $count ->
    [one] Eén geplande sessie
   *[other] { $count } geplande sessies
} uit de reeks van { $id } geannuleerd.
cli-not-a-series = sessie { $id } hoort niet bij een reeks; annuleer hem los met `mentor session cancel { $id }`

## mentor (without a command, not in a terminal): the summary
cli-summary-store = Opslag: { $path }
cli-summary-counts = { $mentees ->
    [one] één mentee
   *[other] { $mentees } mentees
} ({ $active } actief), { $goals ->
    [one] één doel
   *[other] { $goals } doelen
} ({ $overdue_goals } te laat), { $checkins ->
    [one] één check-in
   *[other] { $checkins } check-ins
} te laat
cli-summary = { $counts }.
cli-summary-with-load = { $counts }, { $hours } van { $capacity } uur per maand.
cli-summary-hint = Start `mentor` in een terminal voor de app op het hele scherm, of `mentor --help` voor de commando's.
cli-io-demo = kan geen map maken voor de demo
cli-io-terminal = kan de terminal niet gebruiken

## mentor where
cli-where-store = opslag
cli-where-file = bestand
cli-where-lock = slot
cli-where-backups = back-ups
cli-where-link-target = { $path } (waar de link naar wijst)
cli-where-not-created = (nog niet aangemaakt: `mentor` of elke wijziging maakt het aan)

## mentor profile
cli-profile-name = naam
cli-profile-capacity = capaciteit
cli-profile-length = sessieduur
cli-profile-load = belasting
cli-profile-warning = waarschuwing
cli-profile-not-set = (niet ingesteld)
cli-profile-hours = { $hours } uur per maand
cli-profile-hours-config = { $hours } uur per maand (uit het configuratiebestand; het profiel zegt niets)
cli-profile-minutes-assumed = (niet ingesteld: we rekenen met 60)
cli-profile-load-value = { $hours } uur per maand van { $count ->
    [one] één actieve mentee
   *[other] { $count } actieve mentees
} met een ritme
cli-profile-over = de belasting is hoger dan je capaciteit
cli-col-date = DATUM
cli-col-seen-by = ZICHTBAAR
cli-col-text = TEKST
cli-col-what = WAT
cli-col-state = STAND
cli-col-agenda = AGENDA
cli-col-milestone = MIJLPAAL

## mentor feedback, mentor connection
cli-what-feedback-text = de feedback
cli-feedback-added = { $visibility ->
    [shared] Gedeelde
   *[private] Privé
} feedback ({ $kind ->
    [strength] sterk punt
    [improvement] verbeterpunt
   *[observation] observatie
}) { $id } voor { $name } toegevoegd.
cli-connection-added = { $kind ->
    [introduction] Introductie
    [event] Evenement
    [course] Cursus
   *[resource] Bron
} { $id } voor { $name } toegevoegd.
cli-connection-done = Contact { $id } klaar: { $title }
cli-seen-both = allebei
cli-seen-you = jij
cli-feedback-list-empty = Nog geen feedback. Voeg iets toe: mentor feedback add --mentee NAAM --kind strength "..."
cli-feedback-balance = Balans van de laatste 10: { $strengths ->
    [one] één sterk punt
   *[other] { $strengths } sterke punten
}, { $improvements ->
    [one] één verbeterpunt
   *[other] { $improvements } verbeterpunten
} ({ $verdict }).
cli-connection-list-empty = Nog geen contacten. Stel er een voor: mentor connection add --mentee NAAM --kind course "..."

## mentor session plan / move / held / cancel, mentor agenda
cli-see-session-list = { $error } (zie `mentor session list`)
cli-plan-bad-time = --at { $at }: geef een tijd zoals 10:00
cli-plan-none = er is geen reeks gepland
cli-session-moved = Sessie { $id } verplaatst naar { $at }.
cli-session-status = Sessie { $id } { $status ->
    [planned] gepland
    [held] gehouden
    [cancelled] geannuleerd
   *[other] { $status }
}.
cli-agenda-title = Agenda vanaf { $from } voor { $days ->
    [one] één dag
   *[other] { $days } dagen
}
cli-agenda-overdue = { $days }d te laat
cli-agenda-due = nu aan de beurt, niets gepland
cli-agenda-checkins = Check-ins
cli-agenda-none-overdue = geen te laat
cli-agenda-sessions = Sessies
cli-agenda-none-planned = niets gepland
cli-agenda-actions = Actiepunten
cli-agenda-none-due = niets aan de beurt
cli-agenda-milestones = Mijlpalen

## mentor brief, mentor summary, mentor report
cli-mentee-gone = die mentee is er niet meer
cli-summary-all = alles
cli-summary-since = sinds { $date }
cli-summary-head = Samenvatting: { $name } ({ $id }), { $period }, tot { $today }
cli-summary-held = { $sessions ->
    [one] één sessie
   *[other] { $sessions } sessies
} gehouden; { $feedback ->
    [one] één feedbacknotitie
   *[other] { $feedback } feedbacknotities
}
cli-summary-held-span = { $sessions ->
    [one] één sessie
   *[other] { $sessions } sessies
} gehouden, van { $first } tot { $last }; { $feedback ->
    [one] één feedbacknotitie
   *[other] { $feedback } feedbacknotities
}
cli-summary-themes = Terugkerende thema's
cli-summary-no-themes = nog geen (een thema is een woord dat twee keer of vaker terugkomt)
cli-summary-theme = { $term }: { $count ->
    [one] één keer
   *[other] { $count } keer
} in { $occasions ->
    [one] één gesprek
   *[other] { $occasions } gesprekken
} ({ $dates })
cli-summary-commitments = Toezeggingen (actiepunten gemaakt en nagekomen)
cli-summary-follow-through = { $owner ->
    [mentor] mentor
   *[mentee] mentee
}: { $made } gemaakt, { $kept } nagekomen ({ $percent }), { $on_time } op tijd
cli-summary-commitment = { $owner ->
    [mentor] mentor
   *[mentee] mentee
}, { $when }
cli-summary-due = , uiterlijk { $date }
cli-summary-done = , klaar { $date }
cli-summary-achieved = Bereikte doelen
cli-summary-dropped = Geschrapte doelen
cli-summary-none = geen
cli-summary-dropped-on = aangemaakt { $date }; de dag van schrappen is niet vastgelegd
cli-report-written = rapport geschreven naar { $path }
cli-report-written-private = rapport geschreven naar { $path } (met privégegevens: niet om te versturen)
cli-file-exists = { $path } bestaat al; gebruik --force om het te vervangen
cli-io-report = { $path }: kan het rapport niet schrijven

## mentor share, mentor view
cli-io-bundle = { $path }: kan de bundel niet schrijven
cli-shared = Het plan van { $name } gedeeld ({ $goals ->
    [one] één doel
   *[other] { $goals } doelen
}, { $sessions ->
    [one] één sessie
   *[other] { $sessions } sessies
}, { $feedback ->
    [one] één gedeelde feedbacknotitie
   *[other] { $feedback } gedeelde feedbacknotities
}, { $connections ->
    [one] één contact
   *[other] { $connections } contacten
}) in { $path }.
cli-shared-open = Je mentee opent het met: mentor view { $path }
  en schrijft terug met: mentor reply { $path }
cli-view-bundle-mentee = dit bestand is al de bundel van één mentee; --mentee is voor een volledige opslag
cli-view-whose = zeg wiens plan je wilt afdrukken: --mentee NAAM
cli-view-newer = nieuwer formaat { $version }, getoond voor zover begrepen · { $title }

## mentor restore
cli-restore-none = geen enkele kopie van de opslag is goed leesbaar (zie `mentor restore --list`); niets terug te zetten
cli-restore-newer = { $path } is geschreven door een nieuwere mentor (formaat { $version }); deze versie kan het niet terugzetten
cli-restored = { $store } teruggezet vanuit { $source } ({ $holds }).
cli-restore-kept = Het vervangen bestand is bewaard als { $path }.
cli-restore-question = { $store } is goed leesbaar ({ $current }); terugzetten vervangt het door { $source } ({ $holds }).
cli-restore-pass-yes = Geef --yes om het te doen (het vervangen bestand wordt apart bewaard).
cli-restore-ask = Terugzetten? [j/N]
cli-restore-yes-words = j ja
cli-restore-not = niet teruggezet; er is niets veranderd
cli-io-answer = kan het antwoord niet lezen
cli-restore-cannot-list = kan de kopieën van de opslag niet opsommen: { $error }
cli-restore-no-copies = Nog geen kopieën: bij elke keer opslaan wordt een back-up bewaard.
cli-restore-copies = Kopieën van { $store }, nieuwste eerst (`mentor restore BESTAND` zet er een terug):
cli-restore-reads = leesbaar: { $holds }
cli-restore-unreadable = onleesbaar

## mentor export ics
cli-ics-calendar = Mentorsessies
cli-ics-agenda = Agenda
cli-ics-notes = Notities
cli-ics-summary = Mentorgesprek: { $name }
cli-io-file = { $path }: kan niet schrijven
cli-ics-written = { $count ->
    [one] één sessie
   *[other] { $count } sessies
} geschreven naar { $path }

## mentor template
cli-template-skipped = waarschuwing: sjabloon overgeslagen: { $error }
cli-template-unknown = geen sjabloon met de naam "{ $name }" (zie `mentor template list`)
cli-template-builtin = ingebouwd
cli-template-yours-replaces = van jou, vervangt het ingebouwde ({ $path })
cli-template-yours = van jou ({ $path })
cli-template-has-all-dry = { $name } heeft alles uit { $template } al: er zou niets bijkomen.
cli-template-has-all = { $name } heeft alles uit { $template } al: er is niets nieuws toegevoegd.
cli-template-would-add = Zou aan { $name } toevoegen uit { $template } (vanaf { $start }), { $count ->
    [one] één onderdeel
   *[other] { $count } onderdelen
}:
cli-template-added = Toegevoegd aan { $name } uit { $template } (vanaf { $start }), { $count ->
    [one] één onderdeel
   *[other] { $count } onderdelen
}:
cli-template-no-dir = kan geen configuratiemap voor sjablonen vinden; geef --dir MAP
cli-template-shadows = let op: "{ $name }" is de naam van een ingebouwd sjabloon; het jouwe vervangt het
cli-template-exists = { $path } bestaat al; voeg --force toe om het te vervangen
cli-template-saved = Het plan van { $mentee } opgeslagen als sjabloon { $name } ({ $stages ->
    [one] één fase
   *[other] { $stages } fasen
}, { $goals ->
    [one] één doel
   *[other] { $goals } doelen
}) in { $path }.
cli-template-apply-hint = Pas het toe met: mentor template apply { $name } --mentee NAAM
cli-template-no-set = geen vragenset met de naam "{ $name }"; kies grow, first-session of check-in

## mentor path
cli-path-untitled = Het loopbaanpad van { $name } heeft nu geen titel.
cli-path-titled = Loopbaanpad van { $name }: { $title }
cli-nothing-changed = er is niets veranderd
cli-stage-not-added = de fase is niet toegevoegd
cli-stage-said = fase { $id } "{ $title }" ({ $n } van { $of } in het pad van { $name }, { $status ->
    [open] open
    [in-progress] bezig
    [done] klaar
    [skipped] overgeslagen
   *[other] { $status }
})
cli-stage-added = Toegevoegd: { $stage }.
cli-stage-updated = Bijgewerkt: { $stage }.
cli-stage-moved = Verplaatst naar { $position }: { $stage }.
cli-path-head = Loopbaanpad van { $name }
cli-path-head-titled = Loopbaanpad van { $name }: { $title }
cli-path-empty = Nog geen fasen. Voeg er een toe: mentor path stage add { $id } "TITEL"
cli-path-target = streefdatum { $date }
cli-path-skill = vaardigheid
cli-path-goal = doel
cli-path-levels = nu { $now }  streven { $aim }
cli-path-levels-gap = nu { $now }  streven { $aim }  verschil { $gap }

## mentor skill
cli-col-skill = VAARDIGHEID
cli-col-stages = FASEN
cli-col-mentees = MENTEES
cli-col-description = OMSCHRIJVING
cli-col-now = NU
cli-col-aim = STREVEN
cli-col-gap = VERSCHIL
cli-col-level = NIVEAU
cli-skill-declared = Vaardigheid "{ $name }" vastgelegd.
cli-skill-renamed = "{ $from }" hernoemd naar "{ $to }" ({ $count ->
    [one] één mentee
   *[other] { $count } mentees
} gewijzigd).
cli-skill-removed = Vaardigheid "{ $name }" verwijderd.
cli-skill-say-level = geef --level, --target of allebei (of --clear om de vaardigheid weg te halen)
cli-skill-level = { $name } in { $skill }: nu { $now }, streven { $aim }.
cli-skill-no-level = { $name } heeft nu geen niveau in { $skill }.
cli-skill-list-empty = Nog geen vaardigheden. Voeg er een toe: mentor skill add NAAM --description TEKST
cli-skill-matrix-empty = { $name } heeft nog geen vaardigheden. Stel er een in: mentor skill set { $id } VAARDIGHEID --level N --target N

## Usage errors
cli-usage-needs-command = `{ $command }` heeft een commando nodig: { $commands } (zie `{ $command } --help`)
cli-usage = (gebruik: { $usage })
cli-warn-config-language = waarschuwing: de taal in het configuratiebestand: { $error }

## mentor --demo
cli-demo-label = demo (tijdelijke kopie; je eigen opslag blijft onaangeroerd)

## Numbers
cli-decimal-mark = ,

# nl: reports texts (see docs/I18N.md)
# Wat op papier en naar de mentee gaat: het voortgangsrapport en het praktijkrapport (Markdown en
# HTML, met grafieken), de briefing als tekst en het afgedrukte plan (`mentor view --print`).

## Het voortgangsrapport (Markdown en HTML)

rep-progress-title = Voortgangsrapport: { $mentee }
rep-private-md-lead = Bevat privégegevens.
rep-private-md-rest = Gemaakt uit de eigen notities van de mentor, met privéfeedback en -notities: niet bedoeld om naar de mentee te sturen.
rep-private-html = Bevat privégegevens: gemaakt uit de eigen notities van de mentor, met privéfeedback en -notities. Niet bedoeld om naar de mentee te sturen.
rep-meta = Mentor: { $mentor } · Datum: { $date } · Periode: { $period }
rep-period-all = alles wat er is
rep-period-since = sinds { $date }
rep-aspirations = Ambities:
rep-private-notes = Privénotities:
rep-goals = Doelen
rep-goals-empty = Nog geen doelen.
rep-goals-chart = Voortgang per doel
rep-goals-figure = Voortgang per doel; dezelfde cijfers staan in de tabel hieronder.
rep-col-goal = Doel
rep-col-status = Status
rep-col-progress = Voortgang
rep-col-due = Deadline
rep-measure = Meetpunt: { $metric }
rep-milestone-done = (klaar { $date })
rep-milestone-due = (deadline { $date })
rep-milestone-due-overdue = (deadline { $date }, te laat)
rep-smart-missing = { $strip } (· = ontbreekt)
rep-due-achieved = behaald { $date }
rep-due-overdue = { $date } (te laat)
rep-sessions = Gehouden sessies
rep-sessions-none = Geen sessie gehouden in deze periode.
rep-sessions-held = { $count ->
    [one] Eén sessie
   *[other] { $count } sessies
} gehouden ({ $hours } uur vastgelegd): { $dates }.
rep-actions = Actiepunten
rep-actions-caption = Actiepunten afgesproken in de sessies van deze periode, en nagekomen
rep-col-side = Wie
rep-col-agreed = Afgesproken
rep-col-kept = Nagekomen
rep-col-on-time = Op tijd
rep-col-follow-through = Nakoming
rep-side-mentee = Mentee
rep-side-mentor = Mentor
rep-feedback = Feedback
rep-balance = Balans: { $counts } ({ $verdict }).
rep-balance-counts = { $strengths ->
    [one] 1 sterk punt
   *[other] { $strengths } sterke punten
}, { $improvements ->
    [one] 1 verbeterpunt
   *[other] { $improvements } verbeterpunten
}, { $observations ->
    [one] 1 observatie
   *[other] { $observations } observaties
}
rep-feedback-caption = Feedback
rep-col-date = Datum
rep-col-kind = Soort
rep-col-note = Notitie
rep-private-mark = (privé)
rep-mood = Stemming en energie
rep-mood-none = Niets vastgelegd in deze periode.
rep-mood-trends = Stemming { $mood }, energie { $energy } (1 laag tot 5 hoog).
rep-mood-figure = Stemming (doorgetrokken lijn) en energie (gestippeld) per gehouden sessie, 1 laag tot 5 hoog; dezelfde cijfers staan in de tabel hieronder.
rep-mood-caption = Stemming en energie per sessie
rep-col-session = Sessie
rep-col-mood = Stemming
rep-col-energy = Energie
rep-col-mentor-energy = Energie mentor
rep-path = Loopbaanpad
rep-path-titled = Loopbaanpad: { $title }
rep-stages-caption = Fases
rep-col-stage = Fase
rep-col-target = Doel
rep-skills = Vaardigheden
rep-skills-chart = Vaardighedenmatrix
rep-skills-figure = Vaardighedenmatrix: gevulde vakjes tot het huidige niveau, het doelniveau omlijnd; dezelfde cijfers staan in de tabel hieronder.
rep-skills-caption = Vaardigheden, grootste gat eerst
rep-col-skill = Vaardigheid
rep-col-current = Nu
rep-col-gap = Gat

## De tekst bij de grafieken (in de SVG)

rep-chart-per-session = { $name } per sessie, oudste eerst: { $values }
rep-chart-none = geen
rep-chart-skill = { $skill }: nu { $current }, doel { $target }
rep-chart-month-hours = { $month }: { $hours } uur
rep-chart-no-capacity = geen capaciteit ingesteld
rep-chart-capacity = capaciteit { $hours } uur per maand
rep-chart-capacity-short = capaciteit { $hours } u
rep-chart-hours-short = { $hours } u

## Het praktijkrapport

rep-practice-title = Praktijkrapport
rep-practice-meta = Mentor: { $mentor } · Datum: { $date } · Periode: { $since } tot { $today }
rep-capacity-unset = niet ingesteld
rep-capacity-hours = { $hours } uur per maand
rep-practice-summary = { $sessions ->
    [one] Eén sessie
   *[other] { $sessions } sessies
} gehouden, { $hours } uur gegeven. Capaciteit: { $capacity }. Gepland volgens de ritmes: { $planned } uur per maand.
rep-hours = Gegeven uren per maand
rep-hours-figure = Uren aan gehouden sessies per maand tegenover de capaciteit (gestippelde lijn); dezelfde cijfers staan in de tabel hieronder.
rep-months-caption = Sessies en uren per maand
rep-col-month = Maand
rep-col-sessions = Sessies
rep-col-hours = Uren
rep-col-capacity = Capaciteit
rep-col-your-energy = Jouw energie
rep-capacity-over = erboven
rep-capacity-within = binnen
rep-overdue = Check-ins te laat
rep-overdue-none = Geen.
rep-overdue-caption = Check-ins over de datum
rep-col-mentee = Mentee
rep-col-days-overdue = Dagen te laat
rep-per-mentee = Per mentee
rep-per-mentee-caption = Gehouden sessies per mentee in deze periode
rep-col-last-held = Laatst gehouden

## De briefing als tekst (`mentor brief`)

rep-brief-title = Briefing: { $mentee } ({ $id }), { $date }
rep-brief-last-session = Vorige sessie
rep-brief-last-ago = { $date } ({ $id }), { $days ->
    [one] 1 dag
   *[other] { $days } dagen
} geleden
rep-brief-none-held = nog geen gehouden
rep-brief-cadence = Ritme
rep-brief-slipped = achter: check-in was { $date }, { $days } dagen te laat
rep-brief-on-track = op schema: volgende check-in { $date }
rep-brief-next-session = Volgende sessie
rep-brief-last-agenda = Agenda van de vorige sessie
rep-brief-last-notes = Gedeelde notities van de vorige sessie
rep-brief-their-actions = Open actiepunten van de mentee
rep-brief-your-actions = Jouw open actiepunten
rep-brief-due = deadline { $date }
rep-brief-due-overdue = deadline { $date }, { $days } dagen te laat
rep-brief-no-due = geen deadline
rep-brief-action = { $id } { $text } (van { $agreed }; { $due })
rep-brief-goals = Doelen om naar te kijken
rep-brief-goal-overdue = { $days } dagen te laat
rep-brief-goal-due-in = deadline over { $days } dagen
rep-brief-goal-no-progress = geen voortgang sinds { $date }
rep-brief-goal-done = { $percent }% klaar
rep-brief-feedback-since = Feedback sinds { $date }
rep-brief-feedback-so-far = Feedback tot nu toe
rep-brief-nudge = Tip: de laatste tijd kwamen alleen verbeterpunten aan bod; noem ook iets wat goed ging.
rep-brief-mood = Stemming en energie (gehouden sessies, oudste eerst)
rep-brief-mood-last = laatst { $level }/5 op { $date }
rep-brief-mood-fell = De stemming daalde bij elk van de laatste drie sessies.
rep-brief-target = doel { $date }
rep-brief-skill-gaps = Gaten in vaardigheden: { $gaps }
rep-brief-unassessed = Geen niveau vastgelegd: { $skills }
rep-brief-agenda = Voorstel voor de agenda
rep-brief-agenda-none = niets valt op
rep-brief-why = waarom: { $cause }

## Het afgedrukte plan (`mentor view --print`), wat de mentee leest

rep-plan-title = Mentoringplan van { $mentee }
rep-plan-shared-by = Gedeeld door { $mentor } op { $at }
rep-plan-shared-on = Gedeeld op { $at }
rep-plan-mentor = Mentor: { $mentor }
rep-plan-aspirations = Ambities: { $text }
rep-plan-goals = Doelen ({ $count })
rep-plan-due = deadline { $date }
rep-plan-specific = Wat er anders wordt
rep-plan-measure = Meetpunt: { $what }: { $value } van { $target }{ $unit } (begin { $baseline })
rep-plan-observable = Zichtbaar aan
rep-plan-support = Steun
rep-plan-why = Waarom het ertoe doet
rep-plan-skills = Vaardigheden
rep-plan-smart-all = SMART: alle vijf in orde
rep-plan-smart-missing = SMART: nog niet { $letters }
rep-plan-agreement = Afspraken
rep-plan-cadence = ritme
rep-plan-session-length = sessieduur
rep-plan-minutes = { $count ->
    [one] 1 minuut
   *[other] { $count } minuten
}
rep-plan-channels = kanalen
rep-plan-response-time = reactietijd
rep-plan-boundaries = grenzen
rep-plan-success = maatstaven voor succes
rep-plan-ends-on = loopt tot
rep-plan-next-checkin = Volgende check-in: { $next }
rep-plan-not-scheduled = niet gepland
rep-plan-overdue-by = { $date } ({ $days ->
    [one] 1 dag
   *[other] { $days } dagen
} te laat)
rep-plan-today = vandaag
rep-plan-tomorrow = morgen
rep-plan-in-days = over { $days ->
    [one] 1 dag
   *[other] { $days } dagen
}
rep-plan-days-ago = { $days ->
    [one] 1 dag
   *[other] { $days } dagen
} geleden
rep-plan-sessions = Sessies ({ $count })
rep-plan-notes = notities: { $text }
rep-plan-you = jij
rep-plan-mentor-side = mentor
rep-plan-feedback = Feedback ({ $count })
rep-plan-connections = Contacten ({ $count })

# What came from the mentee in a reply the mentor accepted (issue 19)
rep-from-mentee = (van de mentee)

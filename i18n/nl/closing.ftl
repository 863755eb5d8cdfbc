# closing: texts of one part of the program (see docs/I18N.md). IDs start with the prefix the part owns.
# De afsluitende terugblik (issue 20): afronden opent hem; `mentor report NAAM --closing`.

close-err-not-concluded = { $mentee } is niet afgerond: een afsluitende notitie schrijf je als de mentoring eindigt (rond eerst af: mentor mentee edit NAAM --status concluded).

## De woorden van de terugblik (scherm en rapporten)
close-title = Terugblik: { $mentee }
close-span = { $start } tot { $end }
close-span-open = vanaf { $start }, nog niet afgerond: de cijfers zijn van vandaag
close-meta = Mentor: { $mentor } · Mentoring: { $span }
close-goals = Doelen
close-goals-empty = Er zijn geen doelen gesteld.
close-goals-summary = { $met } behaald · { $partly } deels behaald · { $notmet } niet behaald · { $dropped } geschrapt
close-outcome-met = Behaald
close-outcome-partly = Deels behaald
close-outcome-not-met = Niet behaald
close-outcome-dropped = Geschrapt
close-partly-rule = Deels behaald: aan het eind nog open, met een mijlpaal afgerond of het meetpunt richting het streefcijfer bewogen.
close-history-rule = De geschiedenis van elk doel is wat er is vastgelegd: wanneer het gesteld werd, de deadline en wanneer het behaald werd, het meetpunt en de mijlpalen, en de SMART-check zoals die aan het eind uitvalt (eerdere versies van een doel worden niet bewaard).
close-set = gesteld { $date }
close-due = deadline { $date }
close-no-due = geen deadline
close-achieved = behaald { $date }
close-goal-milestones = mijlpalen { $done } van { $total }
close-smart-all = SMART: alle vijf in orde
close-smart-missing = SMART: { $strip } (ontbreekt: { $letters })
close-milestones = Mijlpalen: { $done } van { $total } afgerond
close-sessions = Sessies en uren
close-sessions-held = { $count ->
    [one] 1 sessie gehouden
   *[other] { $count } sessies gehouden
}, { $hours } uur
close-sessions-unmeasured = { $count ->
    [one] 1 sessie had geen eigen duur en telt met de afgesproken of gebruikelijke duur.
   *[other] { $count } sessies hadden geen eigen duur en tellen met de afgesproken of gebruikelijke duur.
}
close-feedback = Gegeven feedback
close-feedback-none = Er is geen feedback geschreven.
close-feedback-strengths = Sterke punten: { $shared } gedeeld, { $private } privé
close-feedback-improvements = Verbeterpunten: { $shared } gedeeld, { $private } privé
close-feedback-observations = Observaties: { $shared } gedeeld, { $private } privé
close-connections = Gelegde contacten
close-connections-none = Er zijn geen contacten gelegd.
close-connections-open = { $count ->
    [one] Er is er nog 1 voorgesteld maar niet gelegd.
   *[other] Er zijn er nog { $count } voorgesteld maar niet gelegd.
}
close-note = Afsluitende notitie
close-note-none = Nog geen afsluitende notitie.
close-note-written = geschreven { $date }
close-private-note = Eigen notitie (alleen voor jou)
close-reflection = In de woorden van { $mentee }
close-reflection-none = Nog geen afsluitende reflectie van { $mentee }.

## De app
close-key-review = terugblik van een afgeronde mentee
close-key-write = afsluitende notitie schrijven
close-hint-write = notitie schrijven
close-not-concluded = { $name } is niet afgerond: de terugblik opent zodra de mentoring is afgerond.
close-form-title = Afsluitende notitie: { $name }
close-did-write = afsluitende notitie van { $name } geschreven

## De opdrachtregel
close-cli-written = afsluitende notitie van { $name } ({ $id }) geschreven
close-cli-cleared = afsluitende notitie van { $name } ({ $id }) weggehaald
close-cli-nothing = zeg wat je wilt schrijven: --note TEKST en/of --private-note TEKST (allebei leeg haalt de notitie weg)
close-help-section = De terugblik (w)

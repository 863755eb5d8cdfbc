### De teksten van mentor in het Nederlands. Een bericht dat hier ontbreekt, toont het Engels.
### Zie docs/I18N.md.

## Aantallen (meervoud)

count-sessions = { $count ->
    [one] één sessie
   *[other] { $count } sessies
}

## De opdrachtregel

series-planned = { $sessions } gepland met { $name }, van { $first } tot { $last }.

## Het welkomstscherm (nog geen mentees)

welcome-title = Welkom
welcome-heading = Welkom bij mentor.
welcome-intro = Houd per mentee de afspraken, SMART-doelen, sessies, feedback en contacten op één plek bij.
welcome-read-only = Deze opslag is alleen-lezen geopend en heeft geen mentees.
welcome-add = Druk op { $key } om je eerste mentee toe te voegen.
welcome-saved = Elke wijziging wordt meteen opgeslagen.
welcome-keys = { $help } toont alle toetsen; { $quit } stopt.

## De kopregel

header-read-only = alleen-lezen
header-saved-at = opgeslagen { $at }
header-saved = opgeslagen
header-saving = opslaan…
header-not-saved = NIET OPGESLAGEN

## De lijst van mentees en de komende check-ins

mentees-title = Mentees ({ $count })
mentees-title-long = Mentees ({ $what })
mentees-title-short = Mentees { $what }
mentees-shown-of = { $shown } van { $total }
mentees-concluded-hidden = afgeronde verborgen
mentees-concluded-short = −afgr
mentees-your-plan = Jouw plan
mentees-empty = nog geen: a voegt toe
mentees-all-concluded = alle afgerond; c toont
mentees-legend-long = ! check-in te laat · binnen een week · grijs: gepauzeerd of afgerond
mentees-legend-medium = ! te laat · deze week · grijs: niet actief
mentees-legend-short = !laat ·7d grijs:inactief
checkins-title = Komende check-ins
checkins-title-mentee = Volgende check-in
checkins-none = niets gepland
checkins-you = jij
checkins-overdue = { $days }d te laat
checkins-today = vandaag
checkins-tomorrow = morgen
checkins-in-days = over { $days ->
    [one] één dag
   *[other] { $days } dagen
}

## De tabbladen

tab-goals = Doelen
tab-sessions = Sessies
tab-feedback = Feedback
tab-network = Netwerk
tab-overview = Overzicht
tab-agenda = Agenda
tab-calendar = Kalender
tab-path = Pad
tabs-no-match = Geen mentee past bij het filter; Esc wist het.
tabs-all-concluded = Elke mentee is afgerond en verborgen; c toont ze.

## Het tabblad Doelen

goals-title = Doelen ({ $count })
goals-empty = nog geen doelen: Tab hierheen, dan voegt a er een toe
goals-col-goal = doel
goals-col-due = uiterlijk
goals-col-smart = SMART
goals-col-progress = voortgang
milestones-of = Mijlpalen van "{ $goal }"
milestones-title = Mijlpalen
milestones-empty = geen mijlpalen: Tab hierheen, dan voegt a er een toe
milestones-no-goals = nog geen doelen
milestones-no-match = geen doel past bij het filter van de doelen
milestones-select = kies een doel
smart-title = SMART
smart-all-hold = alle vijf letters kloppen

## De kalender

calendar-title = { $month } · ● sessie  ◆ uiterlijk
calendar-nothing = niets op deze dag
calendar-day-of = { $day } · { $row } van { $total }

## Een geweigerde datum (wat een formulier naast het veld toont)

date-short-not-a-date = geen datum
date-short-not-a-date-time = geen datum en tijd
date-short-cadence = zoals 2w, 10d, 1m, monthly
date-empty = er is niets getypt
date-ends-too-soon = "{ $understood }" begrepen, daarna houdt het te vroeg op
date-not-understood = "{ $rest }" wordt niet begrepen
date-not-expected = "{ $rest }" wordt daar niet verwacht
date-understood-then-not-understood = "{ $understood }" begrepen, daarna wordt "{ $rest }" niet begrepen
date-understood-then-not-expected = "{ $understood }" begrepen, daarna wordt "{ $rest }" daar niet verwacht
date-ambiguous = "{ $text }" leest per land anders; schrijf { $readings }
date-ambiguous-none = de datum als JJJJ-MM-DD
date-ambiguous-one = { $date } (JJJJ-MM-DD)
date-ambiguous-two = { $first } of { $second } (JJJJ-MM-DD)
date-no-such-day = er bestaat geen dag "{ $text }"
date-not-a-time = "{ $text }" is geen tijd van de dag (00:00 tot 23:59)
date-time-not-allowed = "{ $text }" is een tijd, en een tijd hoort niet bij een datum
date-no-date = "{ $text }" is een tijd; er is een datum nodig
date-out-of-range = dat valt buiten de data die mentor kan bewaren ({ $first } tot { $last })

## Het hulpvenster (?)

help-title = Toetsen
help-rows = regels { $from }–{ $to } van { $total }
help-note = typ om te zoeken · ↑↓ PgUp PgDn schuiven · Esc wist, dan sluit
help-note-read-only = typ om te zoeken · ↑↓ schuiven · alleen-lezen: wijzigen staat uit
help-search = zoeken:
help-no-match = geen toets past bij “{ $query }”
help-section-lists = Lijsten
help-section-anywhere = Overal
help-section-calendar = Kalender (Tab: de items van de dag)
help-section-agenda = Agenda
help-section-detail = Een geopend item
help-section-brief = De voorbereiding (b)
help-section-report = Een verslag schrijven (r)
help-section-filter-confirm = Filter, bevestigen
help-section-filter = Filter
help-section-forms = Formulieren
help-section-search = Zoeken (C-f)
help-section-legend = Lijst van mentees
help-legend-overdue = check-in te laat
help-legend-soon = check-in binnen een week
help-legend-dimmed-mark = grijs
help-legend-dimmed = gepauzeerd of afgerond

## De toetsen: wat elke toets doet, onderaan en in de hulp

key-down = omlaag
key-down-up = omlaag / omhoog
key-up = omhoog
key-first = eerste
key-first-last = eerste / laatste
key-last = laatste
key-page-up = pagina omhoog
key-page-up-down = pagina omhoog / omlaag
key-page-down = pagina omlaag
key-add = nieuw
key-open = openen
key-edit = wijzigen
key-edit-text-in-editor = tekst wijzigen in $EDITOR
key-delete = wissen
key-done = klaar
key-status-on-open-in-progress-done = status verder (open, bezig, klaar)
key-status-on-back = status verder / terug
key-status-back = status terug
key-skip-the-stage-again-open = fase overslaan (nog eens: open)
key-move-the-stage-earlier = fase eerder
key-move-the-stage-earlier-later = fase eerder / later
key-move-the-stage-later = fase later
key-level-up = niveau omhoog
key-level = niveau
key-level-down = niveau omlaag
key-target-up = doel omhoog
key-target = doel
key-apply-a-template-to-the-mentee = een sjabloon toepassen op de mentee
key-preview-what-it-adds = bekijk wat het toevoegt
key-close = sluiten
key-scroll-down = omlaag schuiven
key-scroll = schuiven
key-scroll-up = omhoog schuiven
key-page-down-up = pagina omlaag / omhoog
key-apply-it = toepassen
key-back-to-the-list = terug naar de lijst
key-target-down = doel omlaag
key-previous-day = vorige dag
key-day = dag
key-next-day = volgende dag
key-week-before = week ervoor
key-week = week
key-week-after = week erna
key-month-before = maand ervoor
key-month = maand
key-month-after = maand erna
key-today = vandaag
key-add-a-session = sessie toevoegen
key-day-s-items = items van de dag
key-the-day-s-items = de items van de dag
key-go-to-it = ga erheen
key-open-it = openen
key-back-to-the-month = terug naar de maand
key-add-session-its-mentee = nieuwe sessie (met die mentee)
key-undo = ongedaan maken
key-undo-redo = ongedaan maken / opnieuw
key-redo = opnieuw
key-filter = filteren
key-clear-filter = filter wissen
key-next-pane = volgend paneel
key-next-previous-pane = volgend / vorig paneel
key-previous-pane = vorig paneel
key-next-tab = volgend tabblad
key-next-previous-tab = volgend / vorig tabblad
key-previous-tab = vorig tabblad
key-goals = doelen
key-goals-overview = doelen … overzicht
key-sessions = sessies
key-feedback = feedback
key-network = netwerk
key-overview = overzicht
key-agenda = agenda
key-agenda-calendar = agenda / kalender
key-calendar = kalender
key-career-path-and-skills = loopbaanpad en vaardigheden
key-scroll-the-notes-agreement-stage-down = notities / afspraken / fase omlaag schuiven
key-scroll-notes-agreement-stage = notities / afspraken / fase schuiven
key-scroll-the-notes-agreement-stage-up = notities / afspraken / fase omhoog schuiven
key-plan-a-series = reeks plannen
key-search-every-record = alles doorzoeken
key-sort-mentees = mentees sorteren
key-hide-concluded-mentees = afgeronde mentees verbergen
key-reload-from-disk = opnieuw inlezen van schijf
key-help = hulp
key-quit = stop
key-quit-c-c-from-anywhere = stoppen (C-c: overal)
key-quit-from-anywhere = overal stoppen
key-keep-filter = filter houden
key-keep-clear-filter = filter houden / wissen
key-go-to-the-result = naar het resultaat
key-next-result = volgend resultaat
key-next-previous-result = volgend / vorig resultaat
key-previous-result = vorig resultaat
key-next-field = volgend veld
key-next-previous-field = volgend / vorig veld
key-previous-field = vorig veld
key-next-or-save-on-the-last = volgend, of opslaan op het laatste
key-save = opslaan
key-field-in-editor = veld in $EDITOR
key-agenda-prompts = agendavragen (GROW, eerste sessie, check-in)
key-cancel = annuleren
key-yes = ja
key-yes-no = ja / nee
key-no = nee
key-back = terug
key-scroll-down-up = omlaag / omhoog schuiven
key-top = begin
key-top-bottom = begin / eind
key-bottom = eind
key-clear-the-search-or-close-help = zoekopdracht wissen, of hulp sluiten
key-retry-the-save = opnieuw opslaan
key-write-a-copy-elsewhere = een kopie elders schrijven
key-quit-without-saving = stoppen zonder opslaan
key-back-to-the-app = terug naar de app
key-brief-before-the-next-session = voorbereiding op de volgende sessie
key-write-the-mentee-s-progress-report = voortgangsverslag van de mentee schrijven
key-brief-of-its-mentee = voorbereiding voor die mentee
key-next-suggestion = volgende suggestie
key-next-previous-suggestion = volgende / vorige suggestie
key-previous-suggestion = vorige suggestie
key-add-it-to-the-next-session-s-agenda = op de agenda van de volgende sessie zetten
key-write = schrijven
key-markdown-html = Markdown / HTML

# questions: texts of one part of the program (see docs/I18N.md). IDs start with the prefix the part owns.

## De vragenbank (src/domain/questions.rs): één bericht per ingebouwde vraag, met als ID de
## vaste sleutel. Open vragen voor de mentor: de mentee vindt zelf het antwoord.

# Elkaar leren kennen.
q-know-1 = Waarom wil je juist nu een mentor?
q-know-2 = Hoe ziet een goede werkweek er voor jou uit?
q-know-3 = Van welk deel van je werk krijg je energie, en welk deel kost je juist energie?
q-know-4 = Wie heeft je tot nu toe het meest geholpen in je loopbaan, en hoe deed die dat?
q-know-5 = Waar ben je trots op zonder dat de mensen om je heen het weten?
q-know-6 = Hoe leer je het liefst iets nieuws: door te lezen, door het te doen of door erover te praten?
q-know-7 = Wat wil je dat ik van je weet dat niet in je cv staat?
q-know-8 = Waar sta je over drie jaar als alles meezit?
q-know-9 = Wat werkte voor jou bij eerdere mentoren of leidinggevenden, en wat niet?

# Doelen vinden en scherp maken.
q-goal-1 = Stel dat deze begeleiding over een jaar geslaagd is: wat is er dan anders voor je?
q-goal-2 = Wat van alles wat je wilt voelt het meest dringend, en wat is het belangrijkst?
q-goal-3 = Wat zou je aanpakken als je wist dat het niet kon mislukken?
q-goal-4 = Wat wil je kunnen dat je nu nog niet kunt?
q-goal-5 = Waar zou je mee stoppen om hier ruimte voor te maken?
q-goal-specific-1 = Wat is er precies anders als je dit doel hebt bereikt?
q-goal-specific-2 = Als ik je na afloop aan het werk zag, wat zou ik je dan zien doen?
q-goal-measurable-1 = Waaraan merk je dat je dichterbij komt: wat kun je tellen of zien?
q-goal-measurable-2 = Waaraan zien jij en anderen dat je het hebt bereikt?
q-goal-achievable-1 = Wat heb je nodig om er te komen: tijd, steun, vaardigheden of middelen?
q-goal-achievable-2 = Wat kan je in de weg zitten, en welk deel daarvan heb je zelf in de hand?
q-goal-relevant-1 = Waarom is dit doel juist nu belangrijk voor je?
q-goal-relevant-2 = Bij welke stap in je loopbaan, of welke wens van je, hoort dit doel?
q-goal-time-bound-1 = Wanneer wil je het bereikt hebben, en waarom dan?
q-goal-time-bound-2 = Wat is een eerste mijlpaal, en wanneer kun je die halen?

# Verwachtingen en grenzen.
q-expect-1 = Hoe vaak wil je afspreken, en hoe lang?
q-expect-2 = Hoe bereik je me het liefst tussen de sessies door, en hoe snel verwacht je antwoord?
q-expect-3 = Over welke onderwerpen wil je het liever niet hebben?
q-expect-4 = Wat blijft tussen ons, en wat mogen we met anderen delen?
q-expect-5 = Wat verwacht je van mij, en wat mag ik van jou verwachten?
q-expect-6 = Hoe merken we dat de begeleiding niet werkt, en wat doen we dan?
q-expect-7 = Hoe wil je je op onze sessies voorbereiden?

# Voortgang en obstakels.
q-progress-1 = Wat is er gebeurd sinds we elkaar spraken?
q-progress-2 = Wat heb je geprobeerd, en wat heb je daarvan geleerd?
q-progress-3 = Waar sta je nu op een schaal van één tot tien, en wat maakt het één punt hoger?
q-progress-4 = Waar ben je sinds onze vorige sessie het meest tevreden over?
q-progress-5 = Wat wil je gedaan hebben voordat we elkaar weer zien?
q-progress-obstacle-1 = Wat houdt je op dit moment tegen?
q-progress-obstacle-2 = Wat heb je al geprobeerd, en hoe ging dat?
q-progress-obstacle-3 = Als een vriend op jouw plek vastzat, wat zou je hem of haar aanraden?
q-progress-obstacle-4 = Wie of wat kan je helpen de volgende stap te zetten?
q-progress-obstacle-5 = Is dit doel nog steeds belangrijk voor je, of is er iets veranderd?

# Feedback geven en vragen.
q-feedback-1 = Welke feedback heb je de laatste tijd gekregen, en wat heb je ermee gedaan?
q-feedback-2 = Hoe krijg je het liefst feedback: meteen of later, op papier of in een gesprek?
q-feedback-3 = Aan welke feedback heb je nu het meest?
q-feedback-4 = Is er iets wat ik in onze sessies doe dat je liever anders ziet?
q-feedback-5 = Wie kan je hier nog meer feedback op geven, en hoe vraag je daarom?
q-feedback-strength-1 = Wat ging er onlangs goed, en wat heb jij gedaan om dat voor elkaar te krijgen?
q-feedback-strength-2 = Waarvoor komen anderen bij jou?
q-feedback-strength-3 = Welke van je sterke kanten kan je helpen bij waar je nu mee bezig bent?
q-feedback-strength-4 = Wanneer heb je jezelf voor het laatst verrast?

# Loopbaanstappen en kansen.
q-career-1 = Welke rollen of mensen om je heen vind je interessant, en waarom?
q-career-2 = Wat vraagt de volgende stap in je loopbaan van je dat je nu nog niet hebt?
q-career-3 = Van wie in je netwerk kun je leren, en hoe kom je met die persoon in contact?
q-career-4 = Voor welke kans zou je gaan als niets je tegenhield?
q-career-5 = Wat houdt je in je huidige rol, en wat zou je doen vertrekken?
q-career-6 = Hoe weten de juiste mensen wat jij kunt?
q-career-7 = Welke cursus, welk evenement of welk project helpt je dit jaar het meest?

# Afronden.
q-closing-1 = Als je terugkijkt: wat is er voor je veranderd sinds we begonnen?
q-closing-2 = Waar ben je het meest trots op uit deze periode?
q-closing-3 = Wat blijf je vanaf nu zelf doen?
q-closing-4 = Wat heb je over jezelf geleerd dat je niet had verwacht?
q-closing-5 = Waar wil je hierna aan werken, en wie kan je daarbij helpen?
q-closing-6 = Wat moet ik anders doen bij de volgende die ik begeleid?
q-closing-7 = Hoe wil je contact houden?

## De fases, waarom een vraag wordt voorgesteld, het eigen vragenbestand.
qs-phase-know = Elkaar leren kennen
qs-phase-goals = Doelen vinden en scherp maken
qs-phase-expectations = Verwachtingen en grenzen
qs-phase-progress = Voortgang en obstakels
qs-phase-feedback = Feedback geven en vragen
qs-phase-career = Loopbaanstappen en kansen
qs-phase-closing = Afronden
qs-why-end-near = { $detail ->
    [past] de afspraken liepen af op { $date } en de begeleiding loopt nog
   *[other] de afspraken lopen af op { $date } ({ $days ->
        [0] vandaag
        [one] over 1 dag
       *[other] over { $days } dagen
    })
}
qs-why-no-goals = nog geen open doel: leer elkaar eerst kennen
qs-why-no-goals-shape = nog geen open doel: ontdek waar de mentee aan wil werken
qs-why-smart = doel ‘{ $title }’: { $detail }
qs-why-overdue = doel ‘{ $title }’ had af moeten zijn op { $date }
qs-why-stalled = doel ‘{ $title }’ is sinds { $date } niet opgeschoten
qs-why-improvements = de feedback ging de laatste tijd vooral over verbeterpunten: begin bij wat goed gaat
qs-why-no-boundaries = in de afspraken staan nog geen grenzen of reactietijd
qs-why-career = loopbaanbegeleiding: kijk samen vooruit
qs-why-open-goals = { $days ->
    [one] één open doel: vraag naar de voortgang
   *[other] { $days } open doelen: vraag naar de voortgang
}
qs-why-always = de begeleiding zelf verdient af en toe een vraag
qs-err-no-heading = een vraag vóór de eerste [fase]-kop (weggelaten)
qs-err-too-long = een vraag van meer dan { $max } tekens (weggelaten)
qs-err-twice = dezelfde vraag als op regel { $first } (weggelaten)
qs-err-phase = ‘{ $value }’ is geen fase: { $names } (de vragen eronder zijn weggelaten)
qs-err-focus = ‘{ $value }’ is geen doel van een vraag: { $names } (de vragen eronder zijn weggelaten)
qs-err-focus-phase = { $focus }-vragen horen onder [{ $phase }.{ $focus }] (de vragen eronder zijn weggelaten)
qs-err-unreadable = kan niet gelezen worden: { $error }
qs-err-too-large = is { $size } bytes, meer dan de { $cap } die gelezen worden
qs-brief-heading = Vragen om te stellen ({ $count })
qs-brief-why = { $key } · { $reason }
qs-app-why = waarom: { $reason }
qs-cli-warn = je vragenbestand: { $error }
qs-cli-none = Geen vragen in deze fase.
qs-cli-own = * van jou ({ $count }), uit { $file }
qs-cli-no-own = Zet je eigen vragen in { $file } (zie mentor questions --help).
qs-cli-no-file = Er is geen configuratiemap voor je eigen vragen; gebruik MENTOR_QUESTIONS.
qs-cli-no-such = geen vraag "{ $key }": `mentor questions` toont de sleutels
qs-cli-asked-agenda = Vraag { $key } gesteld aan { $name }; op de agenda van { $session } ({ $date }):
qs-cli-asked-none-planned = Vraag { $key } gesteld aan { $name }; geen sessie gepland, dus alleen onthouden:
qs-cli-asked = Vraag { $key } gesteld aan { $name } (onthouden, de agenda blijft zoals hij is):
qs-app-banner = je vragenbestand: { $error }{ $more ->
    [0] {""}
   *[other] {" "}(nog { $more }: mentor questions)
}
qs-app-no-question = er is geen vraag { $n } om te stellen
qs-app-did-ask = vraag { $key } stellen
qs-app-asked = vraag { $key } staat op de agenda van { $when } (u maakt ongedaan)
qs-app-asked-new-session = geen sessie gepland: de vraag is de agenda van een nieuwe (onthouden als gesteld)
qs-key-ask-1 = stel vraag 1: op de agenda van de volgende sessie
qs-key-ask-2 = stel vraag 2: op de agenda van de volgende sessie
qs-key-ask-3 = stel vraag 3: op de agenda van de volgende sessie
qs-key-ask-group = stel vraag 1 tot 3: op de agenda van de volgende sessie
qs-hint-ask = { $first }-{ $last } stel
qs-key-form-question = een vraag om te stellen op de agenda van een sessie
qs-app-form-sessions-only = vragen om te stellen horen op de agenda van een sessie
qs-app-form-all-in = { $count ->
    [one] de vraag om te stellen staat
   *[other] de { $count } vragen om te stellen staan
} al op de agenda
qs-app-form-added = vraag { $n } van { $count } op de agenda: { $reason }

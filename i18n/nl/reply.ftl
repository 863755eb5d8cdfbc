# reply: texts of one part of the program (see docs/I18N.md). IDs start with the prefix the part owns.

## Weigeringen van een antwoord (het hele antwoord wordt geweigerd; er wordt niets van overgenomen)
reply-unknown-kind = een onderdeel van het antwoord van soort "{ $kind }": een antwoord bevat alleen reflection, progress, milestone_done, action_done, new_action, topic, checkin en closing
reply-foreign-key = een onderdeel van soort { $kind } mag geen "{ $key }" hebben: een antwoord kan dat veld niet bereiken
reply-missing-key = een onderdeel van soort { $kind } heeft "{ $key }" nodig
reply-too-large = het antwoord is { $bytes } bytes, meer dan de { $limit } die een antwoord mag zijn
reply-too-many = het antwoord heeft { $count } onderdelen, meer dan de { $limit } die een antwoord mag hebben
reply-text-long = onderdeel { $entry }: de tekst is { $chars } tekens, meer dan de { $limit } die een onderdeel mag hebben
reply-unsafe-text = onderdeel { $entry }: de tekst bevat het stuur- of richtingsteken { $code }, dat kan veranderen wat de terminal laat zien
reply-blank = onderdeel { $entry }: de tekst mag niet leeg zijn
reply-bad-id = "{ $id }" is geen ID van een onderdeel van een antwoord (r en tien kleine letters of cijfers); een antwoord kan geen ID's van gegevens kiezen
reply-duplicate = twee onderdelen van het antwoord hebben het ID { $id }
reply-malformed = dit is geen antwoord dat mentor kan lezen: { $why }
reply-other-mentee = onderdeel { $entry } noemt { $record }, iets van een andere mentee
reply-not-in-bundle = onderdeel { $entry } noemt { $record }, dat niet in het gedeelde plan staat
reply-no-record = het gedeelde plan heeft geen mijlpaal of actiepunt { $record }
reply-wrong-record = onderdeel { $entry } noemt { $record }, en daar gaat een onderdeel van soort { $kind } niet over
reply-not-own-action = onderdeel { $entry }: actiepunt { $action } is van je mentor, niet van jou
reply-level = onderdeel { $entry }: { $value } is geen niveau van 1 tot 5
reply-value = onderdeel { $entry }: de voortgang is geen getal
reply-no-metric = doel { $goal } heeft geen maatstaf om voortgang op te melden
reply-identity = dit antwoord hoort bij een plan dat met iemand anders is gedeeld (of uit de gegevens van een andere mentor): het past bij geen enkele mentee hier
reply-no-identity = dit plan is gedeeld voordat antwoorden bestonden, dus je kunt er niet op antwoorden; vraag je mentor om het opnieuw te delen
reply-already-done = { $record } is al klaar
reply-bad-seen = onderdeel { $entry }: "seen" is geen vingerafdruk
reply-bad-key = een antwoordsleutel is 16 tot 64 kleine letters of cijfers

## De inbox van de mentor
inbox-no-entry = er wacht geen onderdeel { $id } in de inbox
inbox-ambiguous = meer dan één onderdeel in de inbox begint met { $id }; typ meer van het ID
inbox-cannot-apply = onderdeel { $id } kan niet meer worden overgenomen ({ $why }); je kunt het alleen afwijzen
inbox-reason-line = de reden is één regel
inbox-value-none = (geen)
inbox-open = open
inbox-done-on = klaar op { $date }
inbox-no-metric = het doel heeft geen maatstaf meer
inbox-gone = { $record } staat niet meer in het plan
inbox-already-done = het is al klaar
inbox-mentors-action = het actiepunt is nu van jou als mentor
inbox-changed = veranderd sinds het plan werd gedeeld
inbox-no-session = er is geen sessie gepland om het aan toe te voegen; plan er een en neem het dan over
inbox-with-due = { $text } (uiterlijk { $date })
inbox-levels = stemming { $mood }, energie { $energy }

## Het antwoordbestand
reply-file-io = kan het antwoord { $path } niet lezen of schrijven: { $error }
reply-file-refused = het antwoord { $path } is geweigerd, er wordt niets van overgenomen: { $why }
reply-file-kind = het is een bestand van soort "{ $kind }", geen antwoord van een mentee
reply-file-newer = het is geschreven door een nieuwere mentor (formaat { $version })

## mentor reply (de kant van de mentee)
reply-cli-wrote = { $id } geschreven: { $what } naar { $path }
reply-cli-send = { $count ->
    [one] Het antwoord bevat 1 onderdeel; stuur dat bestand naar je mentor.
   *[other] Het antwoord bevat { $count } onderdelen; stuur dat bestand naar je mentor.
}
reply-cli-reflection = reflectie op { $session }: { $text }
reply-cli-progress = voortgang op { $goal }: { $value }
reply-cli-done = { $id } klaar op { $date }
reply-cli-action = nieuw actiepunt: { $text }
reply-cli-topic = onderwerp: { $text }
reply-cli-checkin = check-in: stemming { $mood }, energie { $energy }
reply-cli-closing = afsluitende reflectie: { $text }
reply-cli-waiting = nog niet gezien
reply-cli-accepted = overgenomen
reply-cli-declined = afgewezen
reply-cli-accepted-why = overgenomen: { $reason }
reply-cli-declined-why = afgewezen: { $reason }
reply-col-id = ID
reply-col-entry = ONDERDEEL
reply-col-status = STATUS
reply-cli-file = Antwoord: { $path }
reply-cli-empty = Nog niets geschreven.
reply-cli-unseen = { $count ->
    [0] Je mentor heeft op alles gereageerd.
    [one] 1 onderdeel waar je mentor nog niet op heeft gereageerd.
   *[other] { $count } onderdelen waar je mentor nog niet op heeft gereageerd.
}
reply-cli-hint = Vul het aan met: mentor reply { $bundle } reflect | done | progress | topic | action | checkin | closing (mentor reply --help)

## mentor inbox (de kant van de mentor)
inbox-cli-which = noem het antwoordbestand, of --from MAP
inbox-cli-received = { $count ->
    [0] Niets nieuws van { $name } in { $path }.
    [one] 1 nieuw onderdeel van { $name } in { $path }.
   *[other] { $count } nieuwe onderdelen van { $name } in { $path }.
}
inbox-cli-accepted = { $count ->
    [one] 1 onderdeel overgenomen.
   *[other] { $count } onderdelen overgenomen.
}
inbox-cli-empty = De inbox is leeg.
inbox-cli-how = Beslis met: mentor inbox { $path } accept ID | decline ID --reason "..." | --accept-all
inbox-col-kind = SOORT
inbox-col-record = GEGEVEN
inbox-col-now = NU
inbox-col-proposed = VOORGESTELD
inbox-kind-reflection = reflectie
inbox-kind-progress = voortgang
inbox-kind-milestone-done = mijlpaal klaar
inbox-kind-action-done = actiepunt klaar
inbox-kind-new-action = nieuw actiepunt
inbox-kind-topic = onderwerp
inbox-kind-checkin = check-in
inbox-kind-closing = afsluitende reflectie
inbox-state-new = nieuw
inbox-state-stale = verouderd
inbox-state-refused = kan niet meer
inbox-state-accepted = overgenomen
inbox-state-declined = afgewezen

## Via een gedeelde git-repository
reply-git-top = de git-werkmap zoeken
reply-git-add = het bestand aan git toevoegen
reply-git-commit = committen
reply-git-remote = de remotes opvragen
reply-git-pull = pullen
reply-git-push = pushen
reply-git-not-a-repo = { $dir } staat niet in een git-werkmap: deel het bestand per mail of via een gedeelde map, of clone eerst de repository die jullie delen
reply-git-holds-store = { $dir } bevat je gegevens: plannen gaan naar een eigen repository die je met de mentee deelt, nooit naar die met je privénotities
reply-git-share-message = Plan voor { $name }
reply-git-reply-message = Antwoord van { $name }
reply-git-committed-pushed = { $path } gecommit en gepusht.
reply-git-committed = { $path } gecommit (de repository heeft geen remote: niets gepusht).
reply-git-unchanged-pushed = { $path } was al gecommit; gepusht.
reply-git-unchanged = { $path } was al gecommit.
reply-git-nothing = niets te versturen: { $path } bestaat nog niet (schrijf eerst iets in het antwoord)
reply-git-read-dir = kan de map { $dir } niet lezen
reply-git-pulled = { $dir } gepulld.
reply-git-not-pulled = { $dir } heeft geen remote om van te pullen (of die is leeg).
reply-git-no-replies = Geen antwoordbestanden (*.reply.json) in { $dir }.
reply-git-some-refused = { $count ->
    [one] 1 antwoord is geweigerd (zie hierboven); de andere zijn binnengekomen.
   *[other] { $count } antwoorden zijn geweigerd (zie hierboven); de andere zijn binnengekomen.
}
reply-cli-targets = Waar je over kunt schrijven:
reply-cli-no-targets = Nog niets in dit plan om over te schrijven (een onderwerp, een check-in of een eigen actiepunt kan altijd).
reply-col-about = WAT
reply-col-can = OPDRACHT
reply-target-session = sessie van { $date }
reply-plan-your-notes = jouw notities: { $text }
reply-plan-answers = { $count ->
    [one] De reactie van je mentor op je antwoord (1)
   *[other] De reacties van je mentor op je antwoord ({ $count })
}
inbox-cli-declined = { $count ->
    [one] 1 onderdeel afgewezen.
   *[other] { $count } onderdelen afgewezen.
}

# A key no reply has, where it is in the file
reply-unknown-field = { $place }: onbekend veld `{ $key }`

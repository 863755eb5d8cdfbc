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

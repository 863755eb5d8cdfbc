# inbox: texts of one part of the program (see docs/I18N.md). IDs start with the prefix the part owns.

## De inbox van de mentor (inb-)

inb-key-open = de inbox van de gekozen mentee: wat die terugschreef
inb-key-next = volgend punt
inb-key-previous = vorig punt
inb-key-accept = het gekozen punt overnemen
inb-key-decline = het afwijzen (met een reden als je wilt)
inb-key-accept-all = alle punten overnemen die niet verouderd zijn
inb-key-decline-with-reason = afwijzen met deze reden (mag leeg zijn)
inb-help-section = De inbox met antwoorden (I)
inb-banner = { $count ->
    [one] 1 antwoord wacht: { $key } opent het
   *[other] { $count } antwoorden wachten: { $key } opent ze
}
inb-tab = { $count ->
    [one] 1 antwoord ({ $key })
   *[other] { $count } antwoorden ({ $key })
}
inb-overview = { $count ->
    [one] 1 antwoord wacht: { $key } opent het
   *[other] { $count } antwoorden wachten: { $key }
}
inb-title = Inbox van { $name }
inb-title-at = Inbox van { $name } ({ $at } van { $count })
inb-none = Er wacht niets: over elk punt van deze mentee is beslist.
inb-reason = Reden (mag leeg; Enter wijst af, Esc gaat terug):
inb-accept = overnemen
inb-decline = afwijzen
inb-accept-all = alles overnemen
inb-stale = verouderd
inb-refused-mark = kan niet meer
inb-now = nu
inb-proposed = voorstel
inb-stale-why = Verouderd: { $why }. Het wordt alleen overgenomen als je juist dit punt overneemt; alles overnemen slaat het over.
inb-refused-why = Kan niet meer: { $why }. Je kunt het alleen afwijzen.
inb-written = geschreven { $at }
inb-empty = er wacht niets in deze inbox
inb-not-in-view = de inbox is van de mentor: dit is de weergave van de mentee
inb-did-accept = { $what } overgenomen
inb-did-decline = { $what } afgewezen
inb-did-accept-all = { $count ->
    [one] 1 punt van { $name } overgenomen
   *[other] { $count } punten van { $name } overgenomen
}
inb-done = { $did }; { $left ->
    [0] niets meer over
    [one] nog 1 over
   *[other] nog { $left } over
} (u maakt ongedaan)
inb-cannot = dat kan niet: { $why }
inb-none-ready = geen punt kan zo worden overgenomen: verouderde punten neem je een voor een over (a)
inb-did-receive = antwoord { $path } ontvangen
inb-refused = het antwoord { $path } is niet opgenomen: { $why }
inb-arrived = { $count ->
    [one] 1 nieuw punt uit het antwoord van een mentee: { $key } opent de inbox
   *[other] { $count } nieuwe punten uit antwoorden van mentees: { $key } opent de inbox
}
inb-record-mentee = slotreflectie van { $name }
inb-kind-reflection = reflectie
inb-kind-progress = voortgang
inb-kind-milestone-done = mijlpaal klaar
inb-kind-action-done = actiepunt klaar
inb-kind-new-action = nieuw actiepunt
inb-kind-topic = onderwerp
inb-kind-checkin = check-in
inb-kind-closing = slotreflectie
inb-from-mentee = ↩ van de mentee
inb-from-you = ↩ van jou

## De antwoordmodus van de mentee (rmode-)

rmode-key-reflection = notities bij een sessie
rmode-key-progress = voortgang
rmode-key-done = klaar
rmode-key-topic = onderwerp
rmode-key-checkin = check-in
rmode-key-new-action = nieuwe actie
rmode-key-closing = slotwoord
rmode-key-show = je antwoord
rmode-help-section = Terugschrijven (antwoordmodus)
rmode-banner = { $count ->
    [0] antwoord: er wacht niets ({ $key })
    [one] 1 geschreven, nog zonder reactie ({ $key })
   *[other] { $count } geschreven, nog zonder reactie ({ $key })
}
rmode-not-here = terugschrijven kan in de antwoordmodus: mentor reply BUNDEL
rmode-written = opgeslagen in { $path }: stuur dat bestand naar je mentor
rmode-preview-progress = { $value } van { $target } { $unit } ({ $percent }%)
rmode-title-reflection = Je notities bij de sessie van { $when }
rmode-title-progress = Voortgang, nu { $now }: "{ $goal }"
rmode-title-topic = Een onderwerp of vraag voor je volgende sessie
rmode-title-checkin = Check-in: stemming en energie (1 tot 5), wat je bezighoudt
rmode-title-new-action = Een actie die je op je neemt
rmode-title-closing = Je slotreflectie
rmode-title-milestone-done = Mijlpaal klaar: { $title }
rmode-title-action-done = Actiepunt klaar: { $text }
rmode-need-session = kies eerst een sessie (tabblad 2)
rmode-need-goal = kies eerst een doel (tabblad 1)
rmode-no-metric = dit doel heeft geen maat om een waarde in te geven
rmode-need-done = kies een mijlpaal (tabblad 1, onderste vak) of een van je actiepunten (tabblad 2, onderste vak)
rmode-done-already = dat is al klaar
rmode-not-yours = dat actiepunt is van je mentor: je kunt je eigen actiepunten klaar melden
rmode-about-goal = doel "{ $title }"
rmode-about-milestone = mijlpaal "{ $title }"
rmode-about-session = de sessie van { $when }
rmode-about-action = actiepunt "{ $text }"
rmode-entry-reflection = notities bij { $about }: { $text }
rmode-entry-progress = { $about } nu op { $value }
rmode-entry-done = { $about } klaar op { $on }
rmode-entry-new-action = nieuw actiepunt: { $text }
rmode-entry-new-action-due = nieuw actiepunt: { $text } (uiterlijk { $due })
rmode-entry-topic = onderwerp: { $text }
rmode-entry-checkin = check-in: stemming { $mood }, energie { $energy }
rmode-entry-closing = slotreflectie: { $text }
rmode-pane-title = Je antwoord
rmode-pane-file = Je antwoord staat in { $path }
rmode-pane-send = Stuur dat bestand naar { $mentor } (als bijlage bij een mail): het volgende plan dat je krijgt, reageert erop.
rmode-pane-unanswered = Nog zonder reactie ({ $count })
rmode-pane-entry = • { $entry } (geschreven { $at })
rmode-pane-answered = Reacties uit het laatste plan ({ $count })
rmode-pane-accepted = ✓ overgenomen { $on }: { $entry }
rmode-pane-accepted-why = ✓ overgenomen { $on }: { $entry }. "{ $reason }"
rmode-pane-declined = ✗ afgewezen { $on }: { $entry }
rmode-pane-declined-why = ✗ afgewezen { $on }: { $entry }. Reden: "{ $reason }"
rmode-pane-keys = j/k scrollen   { $close } sluiten
inb-notes-from-mentee = ↩ Notities van de mentee:
inb-notes-from-you = ↩ Je eigen notities:
inb-unreadable = een antwoord is niet te lezen (er is niets van opgenomen): { $why }
rmode-cannot-reply = dit plan is gedeeld voordat antwoorden bestonden: vraag je mentor het opnieuw te delen
rmode-not-a-bundle = het bestand is geen gedeeld plan meer
rmode-read-only = antwoordmodus, wat je schrijft gaat naar je antwoordbestand; het plan blijft zoals het is

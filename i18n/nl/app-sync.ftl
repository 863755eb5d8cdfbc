# The app's sync key and its list of conflicts (see docs/I18N.md)

## Synchroniseren en de conflicten in de app (issue 15)

key-sync = de opslag synchroniseren via git
key-conflicts = de conflicten die een synchronisatie achterliet
key-next-conflict = volgend conflict
key-previous-conflict = vorig conflict
key-conflict-keep = de waarde hier houden (verwijderd record: houden)
key-conflict-take-other = de andere nemen (verwijderd record: weghalen)
help-section-conflicts = De conflicten van een synchronisatie (C)
sync-banner-conflicts = { $count ->
    [one] één conflict na synchronisatie: { $key } toont ze
   *[other] { $count } conflicten na synchronisatie: { $key } toont ze
}
sync-banner-syncing = synchroniseren: { $step }…
sync-tab-conflicts = { $count ->
    [one] één conflict ({ $key })
   *[other] { $count } conflicten ({ $key })
}
conflicts-title = Conflicten van een synchronisatie
conflicts-title-at = Conflicten van een synchronisatie ({ $at } van { $count })
app-conflicts-none = Geen conflicten meer: alles wat de synchronisaties brachten is geregeld.
conflicts-here = hier:
conflicts-other = ander:
conflicts-removed = verwijderd op de andere machine, hier gehouden
conflicts-keep-value = waarde hier houden
conflicts-take-other = andere nemen
conflicts-keep-record = het record houden
conflicts-remove-record = verwijderen
conflicts-undo = ongedaan maken
conflicts-close = sluiten
app-conflicts-kind-mentee = de mentee
app-conflicts-kind-goal = doel
app-conflicts-kind-milestone = mijlpaal
app-conflicts-kind-session = sessie
app-conflicts-kind-action = actiepunt
app-conflicts-kind-feedback = feedbacknotitie
app-conflicts-kind-connection = contact
app-conflicts-kind-series = reeks
app-conflicts-kind-stage = fase
conflicts-profile = je profiel
conflicts-skills = de vaardigheden

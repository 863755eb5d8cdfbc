# The app's sync key and its list of conflicts (see docs/I18N.md)

## Synchroniseren en de conflicten in de app (issue 15)

key-sync = de opslag synchroniseren via git
key-conflicts = de conflicten die een synchronisatie achterliet
key-next-conflict = volgend conflict
key-previous-conflict = vorig conflict
key-conflict-keep = de bewaarde houden (verwijderd record: houden)
key-conflict-take-other = de opzij gezette nemen (verwijderd: weghalen)
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
conflicts-here = bewaard:
conflicts-other = opzij gezet:
conflicts-removed = op de ene machine verwijderd, op de andere gewijzigd: bewaard
conflicts-keep-value = deze waarde houden
conflicts-take-other = andere nemen
conflicts-keep-record = het record houden
conflicts-remove-record = verwijderen
conflicts-undo = ongedaan maken
conflicts-close = sluiten
conflicts-profile = je profiel
conflicts-skills = de vaardigheden

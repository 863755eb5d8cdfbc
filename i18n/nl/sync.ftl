# nl: sync texts (see docs/I18N.md)

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
conflicts-none = Geen conflicten meer: alles wat de synchronisaties brachten is geregeld.
conflicts-here = hier:
conflicts-other = ander:
conflicts-removed = verwijderd op de andere machine, hier gehouden
conflicts-keep-value = de waarde hier houden
conflicts-take-other = de andere nemen
conflicts-keep-record = het record houden
conflicts-remove-record = verwijderen
conflicts-undo = ongedaan maken
conflicts-close = sluiten

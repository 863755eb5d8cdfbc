# The store's, sync's, merge's, conflicts' and config's messages (see docs/I18N.md)

# nl: sync texts (see docs/I18N.md)

# nl: forms texts (see docs/I18N.md)

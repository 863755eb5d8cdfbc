# nl: screens texts (see docs/I18N.md)

# nl: cli texts (see docs/I18N.md)

# en: domain texts (see docs/I18N.md)

# en: sync texts (see docs/I18N.md)

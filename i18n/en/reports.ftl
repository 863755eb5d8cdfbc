# en: reports texts (see docs/I18N.md)

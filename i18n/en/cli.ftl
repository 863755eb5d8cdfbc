# The command line's output and errors (see docs/I18N.md)

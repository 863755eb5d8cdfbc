# inbox: texts of one part of the program (see docs/I18N.md). IDs start with the prefix the part owns.

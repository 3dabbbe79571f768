"""The value types of package cells: how each is written, read back, checked and compared."""

TEXT = "text"
LONG_TEXT = "long_text"  # wrapped in its cell
CODES = "codes"  # catalog item codes, "; "-separated in one cell
CHOICE = "choice"  # one code of a fixed list (a status, a kind), or its English label
COUNTRY = "country"  # an ISO 3166-1 alpha-2 code, read in capitals
DATE = "date"
DATETIME = "datetime"  # UTC
INTEGER = "integer"
VERSION = "version"  # a version vector
ID = "id"  # a UUID

"""One red for every error text in the program (labels, table cells, banners) and one grey for
hints, as style sheets and colours."""

from __future__ import annotations

ERROR_COLOUR = "#b3261e"
ERROR_STYLE = f"color: {ERROR_COLOUR};"
BANNER_STYLE = (
    f"color: {ERROR_COLOUR}; background: #fdecea; border: 1px solid #f1b8b4; border-radius: 3px;"
    " padding: 6px;"
)
HINT_STYLE = "color: palette(placeholder-text);"  # follows the theme, unlike a fixed grey

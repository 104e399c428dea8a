"""Qt building blocks every area uses: the background runner, the change-bus relay, paging models,
list and statistics page bases, money text (money_text.yuan), message boxes, styles (styles.py)
and i18n.

May import: yuntian.services (types only), yuntian.db (errors), PySide6. Never an area package."""

"""Walking LibreOffice's accessibility tree over the UNO bridge: what a screen
reader sees of a window, which is what the GUI tests read and press."""

import uno  # noqa: F401 (makes com.sun.star importable)
from com.sun.star.accessibility.AccessibleRole import (
    ALERT, DIALOG, FILE_CHOOSER, OPTION_PANE, TABLE)

# Top windows that ask something of the user: a dialog, a message box (ALERT),
# a file picker, an option pane.
DIALOG_ROLES = (ALERT, DIALOG, FILE_CHOOSER, OPTION_PANE)
MAX_CHILDREN = 300  # a sheet's table has a million cells: never walk into one fully
# A table (a sheet, a grid control) makes its cells' accessible objects on
# demand, and nothing in LibreOffice holds them but us: our bridge thread
# then drops the last reference, destroying them outside the SolarMutex while
# the main thread may be disposing the table (a heap corruption seen on 7.4
# when the letters dialog closed). The tests read tables through the API.
OPAQUE_ROLES = (TABLE,)


def context_of(accessible):
    """The XAccessibleContext of an XAccessible (or of a window), or None."""
    try:
        return accessible.getAccessibleContext()
    except Exception:  # a window without accessibility, or one that just closed
        return None


def descendants(accessible, max_depth=8):
    """Depth-first (depth, context) of `accessible` and what it contains."""
    context = context_of(accessible)
    if context is None:
        return
    yield 0, context
    if max_depth == 0 or context.getAccessibleRole() in OPAQUE_ROLES:
        return
    try:
        count = min(context.getAccessibleChildCount(), MAX_CHILDREN)
    except Exception:
        return
    for index in range(count):
        try:
            child = context.getAccessibleChild(index)
        except Exception:
            continue
        for depth, descendant in descendants(child, max_depth - 1):
            yield depth + 1, descendant


def text_of(context):
    """What the element shows: its accessible name, else its text (a message
    box's message is a label whose name may be empty)."""
    name = context.getAccessibleName()
    if name:
        return name
    try:
        return context.getText()
    except (AttributeError, Exception):
        return ""


def texts_in(accessible, max_depth=8):
    """Every non-empty text shown in a window, in tree order."""
    return [text for _, context in descendants(accessible, max_depth)
            if (text := text_of(context))]


def find(accessible, name=None, role=None, max_depth=10):
    """The first descendant context with `role` (any, if None) whose text
    (text_of) is `name`, else the first whose text contains `name`."""
    candidates = [context for _, context in descendants(accessible, max_depth)
                  if role is None or context.getAccessibleRole() == role]
    if name is None:
        return candidates[0] if candidates else None
    for matches in (lambda text: text == name, lambda text: name in text):
        for context in candidates:
            if matches(text_of(context)):
                return context
    return None


def find_all(accessible, role, max_depth=10):
    return [context for _, context in descendants(accessible, max_depth)
            if context.getAccessibleRole() == role]


def screen_rectangle(context):
    """(x, y, width, height) of an element on the screen."""
    position = context.getLocationOnScreen()
    size = context.getSize()
    return position.X, position.Y, size.Width, size.Height

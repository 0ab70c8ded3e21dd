"""A real, not headless, LibreOffice for GUI tests: a private Xvfb screen,
LibreOffice's own X11 widgets (SAL_USE_VCLPLUGIN=gen, the same accessible tree
on every version), a throw-away profile with the packaged relance.oxt, a UI
language. Tests read and drive what is on screen through the toolkit's top
windows and their accessibility trees, dispatch commands by URL and save
screenshots under build/gui-shots/.

    with GuiSession(oxt, ui_locale="fr") as gui:
        gui.wait_for_document_window()
        assert gui.dialogs() == []
        gui.screenshot("start-fr.png")

Run with Debian's /usr/bin/python3; tools/ must be on PYTHONPATH (CTest sets it).
"""

import os
import signal
import subprocess
import sys
import threading
import time

import uno  # noqa: F401 (makes com.sun.star importable)
from com.sun.star.accessibility.AccessibleRole import (
    CHECK_MENU_ITEM, MENU, MENU_BAR, MENU_ITEM, PUSH_BUTTON, RADIO_MENU_ITEM)
from com.sun.star.awt.Key import ESCAPE, RETURN

import accessible_tree
import screen_capture
from office_session import OfficeSession, file_url, properties

SCREEN = "1600x1000x24"
SHOTS_DIR = os.environ.get(
    "RELANCE_GUI_SHOTS", os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../build/gui-shots"))

# LibreOffice's own first-start dialog (Tip of the Day) is no concern of the
# tests: the profile starts with it switched off, as a user who had closed it.
FIRST_START_SETTINGS = ('<item oor:path="/org.openoffice.Office.Common/Misc">'
                        '<prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>\n')
EMPTY_USER_SETTINGS = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                       '<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
                       'xmlns:xs="http://www.w3.org/2001/XMLSchema" '
                       'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n</oor:items>\n')


def _editable_in(context, depth=3):
    """`context` if its text can be set, else the first such descendant."""
    if hasattr(context, "setText"):
        return context
    if depth == 0:
        return None
    for index in range(min(context.getAccessibleChildCount(), 20)):
        child = accessible_tree.context_of(context.getAccessibleChild(index))
        found = child is not None and _editable_in(child, depth - 1)
        if found:
            return found
    return None


def _exit_on_terminate(_signal, _frame):
    raise SystemExit(124)


class TopWindow:
    """One of LibreOffice's top windows as the tests see it."""

    def __init__(self, window, context):
        self.window = window
        self.context = context
        self.role = context.getAccessibleRole()
        self.title = context.getAccessibleName()

    def texts(self):
        return accessible_tree.texts_in(self.window)

    def is_dialog(self):
        return self.role in accessible_tree.DIALOG_ROLES

    def __repr__(self):
        return "TopWindow(role=%d, title=%r, texts=%r)" % (self.role, self.title, self.texts()[:12])


class Xvfb:
    """A private X screen; Xvfb picks a free display number itself (-displayfd)."""

    def __init__(self, screen=SCREEN):
        read_end, write_end = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", screen, "-nolisten", "tcp"],
            pass_fds=(write_end,), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True)
        os.close(write_end)
        with os.fdopen(read_end) as display_number:
            number = display_number.readline().strip()
        if not number:
            self.stop()
            raise RuntimeError("Xvfb did not start (is the xvfb package installed?)")
        self.display = ":" + number

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class GuiSession(OfficeSession):
    """soffice on its own Xvfb screen. Use as a context manager: Xvfb, soffice
    and the profile go away however the test ends (SIGTERM included)."""

    def __init__(self, oxt=None, ui_locale="en-US", environment=None, start_arguments=("--calc",),
                 profile_dir=None, scope="shared"):
        super().__init__(oxt=oxt, ui_locale=ui_locale, environment=environment, profile_dir=profile_dir,
                         scope=scope)
        self.start_arguments = list(start_arguments)
        self.xvfb = None
        self.toolkit = None
        self.frame = None
        self._pressed = []  # accessible objects of pressed buttons, see click()

    # -- process -----------------------------------------------------------
    def start(self):
        # A test runner's timeout sends SIGTERM: unwind, so that close() runs.
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGTERM, _exit_on_terminate)
        try:
            self.xvfb = Xvfb()
            self.environment.update(DISPLAY=self.xvfb.display, SAL_USE_VCLPLUGIN="gen")
            if not self.oxt:  # else once unopkg has made the profile
                self._write_first_start_settings()
            super().start()
            self.toolkit = self.service("com.sun.star.awt.Toolkit")
        except BaseException:
            self.close()
            raise
        return self

    def install_extension(self):
        super().install_extension()
        self._write_first_start_settings()

    def _write_first_start_settings(self):
        """Adds FIRST_START_SETTINGS to the profile's user settings (which
        unopkg may have written already)."""
        user = os.path.join(self.profile_dir, "user")
        path = os.path.join(user, "registrymodifications.xcu")
        os.makedirs(user, exist_ok=True)
        text = EMPTY_USER_SETTINGS
        if os.path.exists(path):
            with open(path, encoding="utf-8") as settings:
                text = settings.read()
        with open(path, "w", encoding="utf-8") as settings:
            settings.write(text.replace("</oor:items>", FIRST_START_SETTINGS + "</oor:items>"))

    def _soffice_options(self):
        return ["--norestore", "--nologo", "--nolockcheck", *self.start_arguments]

    def close(self):
        self._report_unexpected_exit()
        try:
            # A dialog left open (a failed test) would block terminate(): kill.
            graceful = self._discard_changes() and not self._dialogs_or_unknown()
            self.stop(graceful)
        finally:
            self._pressed.clear()  # soffice is gone: releasing them is harmless now
            if self.xvfb is not None:
                self.xvfb.stop()
                self.xvfb = None
            super().close()

    def _report_unexpected_exit(self):
        """soffice gone before close() (a crash: the bridge reports only
        "disposed"): its exit status and stderr go to the test's output
        before the profile, and the log with it, is removed."""
        if self.process is None or self.process.poll() is None:
            return
        sys.stderr.write("soffice exited by itself with status %s; its stderr:\n%s\n" % (
            self.process.returncode, self.log_text()[-4000:]))

    def _discard_changes(self):
        """terminate() would ask "Save changes?" in a dialog nobody answers.
        False when soffice does not answer."""
        if self.desktop is None or not self.alive():
            return False
        try:
            components = self.desktop.getComponents().createEnumeration()
            while components.hasMoreElements():
                component = components.nextElement()
                if hasattr(component, "setModified"):
                    component.setModified(False)
            return True
        except Exception:
            return False

    def _dialogs_or_unknown(self):
        try:
            return bool(self.dialogs())
        except Exception:
            return True

    # -- windows -----------------------------------------------------------
    def top_windows(self):
        """LibreOffice's top windows, document frames included, in the toolkit's order."""
        result = []
        for index in range(self.toolkit.getTopWindowCount()):
            try:
                window = self.toolkit.getTopWindow(index)
                context = accessible_tree.context_of(window)
                if context is not None:
                    result.append(TopWindow(window, context))
            except Exception:  # closed meanwhile (DisposedException, or gone from the list)
                continue
        return result

    def dialogs(self):
        """The top windows that are dialogs, message boxes, file pickers."""
        return [window for window in self.top_windows() if window.is_dialog()]

    def wait_for_dialog(self, title=None, role=None, timeout=30):
        """The first dialog whose title contains `title` (and has `role`)."""
        deadline = time.monotonic() + timeout
        while True:
            for dialog in self.dialogs():
                if (title is None or title in dialog.title) and (role is None or dialog.role == role):
                    return dialog
            if time.monotonic() > deadline:
                raise TimeoutError("no dialog %r after %s s; top windows: %r" % (
                    title, timeout, self.top_windows()))
            time.sleep(0.2)

    def wait_until_no_dialog(self, timeout=30):
        deadline = time.monotonic() + timeout
        while self.dialogs():
            if time.monotonic() > deadline:
                raise TimeoutError("dialogs still open: %r" % self.dialogs())
            time.sleep(0.2)

    def wait_for_document_window(self, timeout=120):
        """The frame of the current document once its window is on screen."""
        deadline = time.monotonic() + timeout
        while True:
            frame = self._shown_document_frame()
            if frame is not None:
                self.frame = frame
                return frame
            if time.monotonic() > deadline:
                raise TimeoutError("no document window after %s s; top windows: %r" % (
                    timeout, self.top_windows()))
            time.sleep(0.2)

    def _shown_document_frame(self):
        """The desktop's current frame if it shows a document, else the newest
        frame that does: 25.2 restarted on a used profile, with no window
        manager to give it the focus, makes no frame current."""
        frames = self.desktop.getFrames()
        candidates = [self.desktop.getCurrentFrame()] + [
            frames.getByIndex(index) for index in reversed(range(frames.getCount()))]
        for frame in candidates:
            if frame is not None and frame.getController() is not None \
                    and frame.getContainerWindow().isVisible():
                return frame
        return None

    @property
    def document(self):
        """The model shown in the current frame (desktop.getCurrentComponent()
        is None where no frame is current)."""
        return self._current_frame().getController().getModel()

    # -- documents and commands --------------------------------------------
    def open_document(self, path, timeout=120):
        """Opens `path` in a window of its own, as File > Open does."""
        document = self.desktop.loadComponentFromURL(file_url(path), "_blank", 0, properties())
        self.frame = document.getCurrentController().getFrame()
        deadline = time.monotonic() + timeout
        while not self.frame.getContainerWindow().isVisible():
            if time.monotonic() > deadline:
                raise TimeoutError("%s: no window after %s s" % (path, timeout))
            time.sleep(0.2)
        return document

    def dispatch(self, url, **arguments):
        """Runs a command (".uno:...", or the extension's own URLs) on the
        current document's frame and waits until it returns."""
        helper = self.service("com.sun.star.frame.DispatchHelper")
        return helper.executeDispatch(self._current_frame(), url, "", 0, properties(**arguments))

    def dispatch_async(self, url, **arguments):
        """Runs a command that opens a modal dialog: the UNO call returns only
        when the dialog closes, so it runs on a thread of its own while the
        test drives the dialog (the bridge carries both threads' calls).
        Returns the thread; join() it after closing the dialog."""
        failures = []

        def run():
            try:
                self.dispatch(url, **arguments)
            except Exception as error:  # reported by join_dispatch
                failures.append(error)

        thread = threading.Thread(target=run, name="dispatch " + url, daemon=True)
        thread.failures = failures
        thread.start()
        return thread

    @staticmethod
    def join_dispatch(thread, timeout=60):
        thread.join(timeout)
        if thread.is_alive():
            raise TimeoutError("%s still running after %s s" % (thread.name, timeout))
        if thread.failures:
            raise thread.failures[0]

    def _current_frame(self):
        return self.frame or self.wait_for_document_window()

    # -- driving dialogs -----------------------------------------------------
    def click(self, name, window=None):
        """Presses the button (or other element with an action) named `name`
        in `window` (a TopWindow; default: the first dialog)."""
        element = self._element(name, window, PUSH_BUTTON)
        element.doAccessibleAction(0)
        # Dropping the button's accessible object now would race with the
        # main thread disposing the dialog the press closed (our bridge
        # thread releases it without the SolarMutex): keep it until close().
        self._pressed.append(element)

    def set_text(self, name, text, window=None):
        """Replaces the text of the edit field whose accessible name is `name`
        (the text of its label, usually), as typing would: through the UI test
        service by the field's widget id, so that the dialog hears of the
        change (XAccessibleEditableText.setText changes a field silently in
        25.2: the dialog keeps the old value); through setText where the field
        has no widget id (a dialog of UNO controls)."""
        window = window or self._first_dialog()
        field, editable = self._edit_field(name, window)
        if self._set_as_typed(field, editable, text):
            return
        if not editable.setText(text):
            raise RuntimeError("%r refused the text %r" % (name, text))

    @staticmethod
    def _edit_field(name, window):
        """(the field named `name`, the context that holds its text)."""
        # An edit field takes its accessible name from its label: skip the label.
        for _, labelled in accessible_tree.descendants(window.window):
            if accessible_tree.text_of(labelled) == name:
                # a one-line edit edits itself; a multi-line one, its paragraph inside
                editable = _editable_in(labelled)
                if editable is not None:
                    return labelled, editable
        raise LookupError("no edit field %r in %r" % (name, window.title))

    def _set_as_typed(self, field, editable, text):
        # The widget is the editable element itself (a one-line edit), or the
        # labelled element around its paragraph (a multi-line one).
        for widget in (editable, field):
            try:
                widget_id = widget.getAccessibleId()
                if widget_id:
                    self.ui_object(widget_id).executeAction("SET", properties(TEXT=text))
                    return editable.getText() == text
            except Exception:  # no such widget in the focused window, or no SET for it
                continue
        return False

    def ui_object(self, widget_id):
        """The UI test service's handle (com.sun.star.ui.test.XUIObject) on the
        widget `widget_id` (its id in LibreOffice's .ui file, which is also its
        accessible id) of the window that has the focus: executeAction("CLICK"),
        ("SET", TEXT=...), ("TYPE", TEXT=... or KEYCODE=...), ("SELECT", POS=...)."""
        return self.service("com.sun.star.ui.test.UITest").getTopFocusWindow().getChild(widget_id)

    def press_key(self, key_code):
        """Sends a key (com.sun.star.awt.Key: ESCAPE or RETURN) to the window
        that has the focus, as a user's key press: through LibreOffice's UI
        test service (com.sun.star.ui.test.UITest, in every build)."""
        key_names = {ESCAPE: "ESC", RETURN: "RETURN"}
        focus = self.service("com.sun.star.ui.test.UITest").getTopFocusWindow()
        focus.executeAction("TYPE", properties(KEYCODE=key_names[key_code]))

    def close_dialog(self, window=None, button=None):
        """Closes a dialog: presses `button` (its accessible name) if given,
        else Escape; waits until the dialog has gone."""
        dialog = window or self._first_dialog()
        if button is not None:
            self.click(button, dialog)
        else:
            self.press_key(ESCAPE)
        deadline = time.monotonic() + 30
        while any(open_dialog.title == dialog.title for open_dialog in self.dialogs()):
            if time.monotonic() > deadline:
                raise TimeoutError("%r did not close" % dialog.title)
            time.sleep(0.2)

    def _first_dialog(self):
        dialogs = self.dialogs()
        if not dialogs:
            raise LookupError("no dialog open")
        return dialogs[0]

    def _element(self, name, window, role):
        window = window or self._first_dialog()
        element = accessible_tree.find(window.window, name=name, role=role)
        if element is None:
            raise LookupError("no %r in %r; it shows %r" % (name, window.title, window.texts()))
        return element

    # -- menus ---------------------------------------------------------------
    def _menu_bar(self):
        window = self._current_frame().getContainerWindow()
        return accessible_tree.find(window, role=MENU_BAR, max_depth=4)

    def menu_titles(self):
        """The titles in the document window's menu bar, as shown (with ~ removed)."""
        menu_bar = self._menu_bar()
        if menu_bar is None:
            return []
        return [accessible_tree.text_of(menu_bar.getAccessibleChild(index).getAccessibleContext())
                for index in range(menu_bar.getAccessibleChildCount())]

    def menu_items(self, title):
        """The item titles of the menu bar's menu `title`, first level (a
        submenu shows as its title), separators left out; the menu is closed again."""
        try:
            return self.open_menu(title)
        finally:
            self.close_menus()

    def open_menu(self, title):
        """Opens the menu bar's menu `title` (for a screenshot, say) and returns
        its item titles. LibreOffice fills in the labels as the menu opens."""
        menu = accessible_tree.find(self._menu_bar(), name=title, role=MENU, max_depth=1)
        if menu is None:
            raise LookupError("no menu %r in %r" % (title, self.menu_titles()))
        menu.doAccessibleAction(0)
        deadline = time.monotonic() + 10
        while True:
            items = self._menu_item_titles(menu)
            if all(items) or time.monotonic() > deadline:
                return items
            time.sleep(0.2)

    def close_menus(self):
        self._menu_bar().clearAccessibleSelection()

    @staticmethod
    def _menu_item_titles(menu):
        item_roles = (MENU, MENU_ITEM, CHECK_MENU_ITEM, RADIO_MENU_ITEM)
        contexts = (menu.getAccessibleChild(index).getAccessibleContext()
                    for index in range(menu.getAccessibleChildCount()))
        return [accessible_tree.text_of(item) for item in contexts if item.getAccessibleRole() in item_roles]

    # -- screenshots -----------------------------------------------------------
    def screenshot(self, name, window=None):
        """Saves the screen, or only `window` (a TopWindow), as build/gui-shots/name."""
        image = screen_capture.capture_root(self.xvfb.display)
        if window is not None:
            image = screen_capture.crop(image, *accessible_tree.screen_rectangle(window.context))
        path = os.path.join(SHOTS_DIR, name)
        screen_capture.write_png(image, path)
        return path

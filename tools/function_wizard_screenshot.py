"""Screenshots of Calc's Function Wizard on a Relance function, in a real
(not headless) LibreOffice under Xvfb, to check by eye that the wizard shows
every description whole (it gives each text a fixed area; what does not fit
is cut off, mid-word).

    /usr/bin/python3 tools/function_wizard_screenshot.py [--languages en-US,fr,de]
        [--functions DAYSLATE:2,LATEINTEREST:4] [--out build/gui-shots]

FUNCTION:N opens the wizard on =FUNCTION(...) with the cursor in argument N,
whose description the wizard then shows under the function's. Writes
<out>/function-wizard-<language>-<function>.png. Needs Xvfb, xdotool,
xwd and ImageMagick's convert; uses the packaged build/relance.oxt.
"""

import argparse
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import uno  # noqa: E402,F401

from office_session import OfficeSession, PROGRAM_DIR, properties  # noqa: E402

# a call with every argument, so that the wizard opens on it in edit mode
SAMPLE_CALLS = {
    "DAYSLATE": "=DAYSLATE(DATE(2024;3;15);DATE(2024;4;15);0)",
    "LATEINTEREST": '=LATEINTEREST(7500;DATE(2023;5;31);DATE(2023;8;15);"FR";365)',
    "LATEINTERESTDETAIL": '=LATEINTERESTDETAIL(7500;DATE(2023;5;31);DATE(2023;8;15);"FR";365)',
    "BALANCEINTEREST": '=BALANCEINTEREST(7500;DATE(2023;5;31);C1:D2;DATE(2023;8;15);"FR";365)',
    "DUEDATE": '=DUEDATE(DATE(2024;1;31);30;0;0;"FR")',
    "PAYMENTPLAN": '=PAYMENTPLAN(1000;3;DATE(2025;1;31);1;0.05;0;"FR")',
    "AGINGBUCKET": '=AGINGBUCKET(DATE(2025;1;31);DATE(2025;3;3);"30;60;90")',
    "REMINDERLEVEL": '=REMINDERLEVEL(DATE(2025;1;31);DATE(2025;3;3);"1;15;30;45")',
    "AMOUNTINWORDS": '=AMOUNTINWORDS(1280.5;"fr";"EUR")',
    "LATERATE": '=LATERATE("FR";DATE(2024;1;15))',
    "REFERENCERATE": '=REFERENCERATE("ECB";DATE(2024;1;15))',
    "RECOVERYFEE": '=RECOVERYFEE(5000;"GB")',
    "HOLIDAYS": '=HOLIDAYS("FR";2025)',
    "ISBUSINESSDAY": '=ISBUSINESSDAY(DATE(2025;5;1);"FR")',
}


class WindowedOffice(OfficeSession):
    """An OfficeSession whose soffice has windows, on an X display."""

    def start(self):
        if self.ui_locale:
            self.environment.update(self._ui_language_environment())
        if self.oxt:
            self.install_extension()
        self.process = subprocess.Popen(
            [os.path.join(PROGRAM_DIR, "soffice"), "--norestore", "--nologo", "--nodefault", "--nolockcheck",
             *self._env_args(), f"--accept=pipe,name={self.pipe};urp;StarOffice.ComponentContext"],
            env=self.environment, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=self._log())
        self._connect()
        return self


def free_display(first):
    """The first display number from `first` that no X server holds."""
    number = first
    while os.path.exists("/tmp/.X%d-lock" % number):
        number += 1
    return number


def start_display(number):
    display = ":%d" % free_display(number)
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    if server.poll() is not None:
        raise RuntimeError("Xvfb could not start on " + display)
    return display, server


FIELD_X, FIRST_FIELD_Y, FIELD_STEP_Y = 512, 168, 34  # an argument's field, from the wizard's top left


def wizard_window(environment):
    """The Function Wizard: the visible window that is not a document's."""
    for window in subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "."], env=environment,
                                 capture_output=True, text=True).stdout.split():
        name = subprocess.run(["xdotool", "getwindowname", window], env=environment, capture_output=True,
                              text=True).stdout
        if "LibreOffice" not in name:
            return window
    raise RuntimeError("the Function Wizard did not open")


def screenshot(display, path):
    dump = subprocess.run(["xwd", "-root", "-silent", "-display", display], check=True, capture_output=True).stdout
    subprocess.run(["convert", "xwd:-", path], input=dump, check=True)


def shoot(office, display, function, argument, path):
    document = office.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, properties())
    try:
        window = document.CurrentController.Frame.ContainerWindow
        window.setPosSize(0, 0, 1280, 1000, 15)
        sheet = document.Sheets.getByIndex(0)
        cell = sheet.getCellRangeByName("A1")
        cell.setFormula(SAMPLE_CALLS[function])
        document.CurrentController.select(cell)
        helper = office.service("com.sun.star.frame.DispatchHelper")
        helper.executeDispatch(document.CurrentController.Frame, ".uno:FunctionDialog", "", 0, ())
        time.sleep(4)
        environment = dict(os.environ, DISPLAY=display)
        wizard = wizard_window(environment)
        # the wizard opens on argument 1: a click in argument N's field shows N's description
        # (offsets measured in the gen plugin's layout of the dialog: 654 x 458 at 96 dpi)
        subprocess.run(["xdotool", "mousemove", "--window", wizard, str(FIELD_X),
                        str(FIRST_FIELD_Y + FIELD_STEP_Y * (argument - 1)), "click", "1"],
                       env=environment, check=True)
        time.sleep(1.5)
        screenshot(display, path)
        subprocess.run(["xdotool", "key", "Escape"], env=environment, check=False)
        time.sleep(1)
    finally:
        document.close(True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--languages", default="en-US,fr,de")
    parser.add_argument("--functions", default="DAYSLATE:2,LATEINTEREST:4")
    parser.add_argument("--out", default=os.path.join(ROOT, "build", "gui-shots"))
    parser.add_argument("--oxt", default=os.path.join(ROOT, "build", "relance.oxt"))
    parser.add_argument("--display", type=int, default=140, help="the first display number to try")
    options = parser.parse_args()
    os.makedirs(options.out, exist_ok=True)
    display, server = start_display(options.display)
    try:
        for language in options.languages.split(","):
            environment = {"DISPLAY": display, "SAL_USE_VCLPLUGIN": "gen"}
            with WindowedOffice(oxt=options.oxt, ui_locale=language, environment=environment) as office:
                for spec in options.functions.split(","):
                    function, _, argument = spec.partition(":")
                    argument = int(argument or 1)
                    path = os.path.join(options.out, "function-wizard-%s-%s.png" % (
                        language.split("-")[0], function))
                    shoot(office, display, function, argument, path)
                    print(path)
    finally:
        server.terminate()
        server.wait()


if __name__ == "__main__":
    main()

"""A real LibreOffice for tests and batch runs: a throw-away profile, the
packaged relance.oxt installed into it with unopkg, a headless soffice reached
over a named pipe. Run with Debian's /usr/bin/python3 (the `uno` module)."""

import os
import shutil
import signal
import subprocess
import threading
import tempfile
import time
import uuid

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.connection import NoConnectException

# The LibreOffice to run: the system's by default, another one unpacked beside
# it (tools/unpack_libreoffice.sh, e.g. 25.2 for the CTest label office-25.2)
# by pointing RELANCE_OFFICE_PROGRAM at its program folder.
PROGRAM_DIR = os.environ.get("RELANCE_OFFICE_PROGRAM", "/usr/lib/libreoffice/program")
EXTENSION_IDENTIFIER = "org.relance.calc"


def check_uno_matches_office():
    """The `uno` module must be that LibreOffice's own (its python3-uno): a
    client with older UNO types loses the bridge at the first reply naming a
    newer type (7.4's client and 25.2's Calc document: "Binary URP bridge
    disposed during call")."""
    import pyuno  # loaded by `uno`, from the program folder it belongs to
    client = os.path.dirname(os.path.realpath(pyuno.__file__))
    if client != os.path.realpath(PROGRAM_DIR):
        raise RuntimeError("the uno module comes from %s but RELANCE_OFFICE_PROGRAM is %s: put "
                           "that LibreOffice's python3 dist-packages first on PYTHONPATH"
                           % (client, PROGRAM_DIR))

def properties(**values):
    """A tuple of PropertyValue from keyword arguments, as UNO calls want."""
    result = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name = name
        prop.Value = value
        result.append(prop)
    return tuple(result)


def file_url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


class OfficeSession:
    """One soffice process with its own profile. Use as a context manager."""

    def __init__(self, oxt=None, ui_locale=None, environment=None, profile_dir=None, scope="shared"):
        self.oxt = oxt
        self.scope = scope  # "shared", or "user" as a user's Extension Manager does
        self.ui_locale = ui_locale
        self.environment = dict(os.environ, **(environment or {}))
        # A profile given is an earlier session's (a restart): it stays when this one closes.
        self.keep_profile = profile_dir is not None
        self.profile_dir = profile_dir or tempfile.mkdtemp(prefix="relance-profile-")
        self.profile_url = file_url(self.profile_dir)
        self.pipe = "relance-" + uuid.uuid4().hex
        self.process = None
        self.context = None
        self.desktop = None

    # -- profile -----------------------------------------------------------
    def _env_args(self):
        # The extension goes to the "shared" scope, redirected into the
        # throw-away profile: unopkg refuses user-scope installs when run as
        # root (CI runs as root), and nothing may touch the real installation.
        # The "user" scope lives in the profile anyway (not as root).
        shared = ["-env:UNO_SHARED_PACKAGES_CACHE=" + self.profile_url + "/shared"]
        return ["-env:UserInstallation=" + self.profile_url, *(shared if self.scope == "shared" else [])]

    def _scope_option(self):
        return ["--shared"] if self.scope == "shared" else []

    def _ui_language_environment(self):
        """The UI language as a user's desktop sets it: LibreOffice follows the
        system locale when the profile names none. The language's pack
        (libreoffice-l10n-xx) must be installed."""
        posix = {"en-US": "en_US", "fr": "fr_FR", "de": "de_DE"}.get(
            self.ui_locale, self.ui_locale.replace("-", "_"))
        return {"LC_ALL": posix + ".UTF-8", "LANG": posix + ".UTF-8",
                "LANGUAGE": self.ui_locale.replace("-", "_")}

    def unopkg(self, *args, check=True):
        command = [os.path.join(PROGRAM_DIR, "unopkg"), *args, *self._env_args()]
        return subprocess.run(command, check=check, capture_output=True, text=True,
                              env=self.environment, stdin=subprocess.DEVNULL, timeout=300)

    def install_extension(self):
        self.unopkg("add", *self._scope_option(), "--suppress-license", "--force", os.path.abspath(self.oxt))

    def remove_extension(self):
        self.unopkg("remove", *self._scope_option(), EXTENSION_IDENTIFIER)

    def list_extensions(self):
        return self.unopkg("list", *self._scope_option()).stdout

    # -- process -----------------------------------------------------------
    def start(self):
        check_uno_matches_office()
        if self.ui_locale:
            self.environment.update(self._ui_language_environment())
        if self.oxt:
            self.install_extension()
        # A session of its own: soffice's launcher forks soffice.bin, and
        # stop() must be able to end the whole group.
        self.process = subprocess.Popen(
            [os.path.join(PROGRAM_DIR, "soffice"), *self._soffice_options(), *self._env_args(),
             f"--accept=pipe,name={self.pipe};urp;StarOffice.ComponentContext"],
            env=self.environment, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=self._log(), start_new_session=True)
        self._connect()
        return self

    def _soffice_options(self):
        """How soffice starts: headless, no window, no Start Center."""
        return ["--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
                "--nolockcheck"]

    def _log(self):
        """soffice's stderr, kept in a file (a pipe nobody reads would block it)."""
        self.log_path = os.path.join(self.profile_dir, "soffice.log")
        self.log_file = open(self.log_path, "ab")
        return self.log_file

    def log_text(self):
        with open(self.log_path, encoding="utf-8", errors="replace") as log:
            return log.read()

    def _connect(self, timeout=120):
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.time() + timeout
        while True:
            try:
                self.context = resolver.resolve(
                    f"uno:pipe,name={self.pipe};urp;StarOffice.ComponentContext")
                break
            except NoConnectException:
                if self.process.poll() is not None:
                    raise RuntimeError("soffice exited with %s: %s" % (
                        self.process.returncode, self.log_text()))
                if time.time() > deadline:
                    raise
                time.sleep(0.25)
        self.desktop = self.service("com.sun.star.frame.Desktop")

    def service(self, name, *args):
        manager = self.context.ServiceManager
        if args:
            return manager.createInstanceWithArgumentsAndContext(name, args, self.context)
        return manager.createInstanceWithContext(name, self.context)

    def alive(self):
        return self.process is not None and self.process.poll() is None

    def stop(self, graceful=True):
        """Quits soffice (terminate(), unless not `graceful`), and kills what is
        left of it after 30 s or at once."""
        if self.process is None:
            return
        if graceful:
            # terminate() does not return while a dialog ("Save changes?",
            # one a failed test left open) waits for an answer: ask on a
            # thread of its own, and kill after the wait below.
            def ask_to_quit():
                try:
                    if self.desktop is not None and self.alive():
                        self.desktop.terminate()
                except Exception:  # the bridge goes away as soffice quits
                    pass
            threading.Thread(target=ask_to_quit, name="terminate soffice", daemon=True).start()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                pass
        try:  # whatever of the group is left, soffice.bin included
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait()
        self.process = None
        self.log_file.close()

    def close(self):
        self.stop()
        if not self.keep_profile:
            shutil.rmtree(self.profile_dir, ignore_errors=True)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.close()
        return False

    # -- documents ---------------------------------------------------------
    def new_spreadsheet(self):
        return self.desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0,
                                                 properties(Hidden=True))

    def open_document(self, path):
        return self.desktop.loadComponentFromURL(file_url(path), "_blank", 0,
                                                 properties(Hidden=True))


def store_safely(document, path, filter_name):
    """Store under a temporary name in the same folder, then rename: a crash
    never leaves a half-written file under the final name. Refuses to replace
    an existing file."""
    if os.path.exists(path):
        raise FileExistsError(path)
    temporary = os.path.join(os.path.dirname(os.path.abspath(path)),
                             ".%s.%s.tmp" % (os.path.basename(path), uuid.uuid4().hex))
    document.storeToURL(file_url(temporary), properties(FilterName=filter_name, Overwrite=True))
    os.link(temporary, path)  # fails if `path` appeared meanwhile: never overwrite
    os.unlink(temporary)

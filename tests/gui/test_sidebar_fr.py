"""The Relance deck's GUI test (test_sidebar.py) in the French UI: a script
of its own, so that each language stays well within a test's time limit."""

import os
import sys
import unittest

import test_sidebar


class FrenchSidebarTest(test_sidebar.SidebarTest):
    ui_locale = "fr"


if __name__ == "__main__":
    import faulthandler
    faulthandler.dump_traceback_later(float(os.environ.get("RELANCE_TEST_DUMP_AFTER", "1200")), exit=False, file=sys.stderr)
    unittest.main(verbosity=2)

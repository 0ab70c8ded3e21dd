"""The extension's settings in LibreOffice's configuration: the schema shipped
in the .oxt gives its defaults, Basic (Relance.Settings) reads and writes them,
and what Basic writes is what the configuration API then reads."""

import unittest

from office_session import properties
from relance_office_test import OfficeTestCase

ROOT = "/org.relance.calc.Settings"


class Settings(OfficeTestCase):
    def configuration(self):
        provider = self.office.service("com.sun.star.configuration.ConfigurationProvider")
        return provider.createInstanceWithArguments("com.sun.star.configuration.ConfigurationAccess",
                                                    properties(nodepath=ROOT))

    def basic(self, name, *arguments):
        provider = self.office.service("com.sun.star.script.provider.MasterScriptProviderFactory") \
            .createScriptProvider("")
        script = provider.getScript(
            "vnd.sun.star.script:Relance.Settings.%s?language=Basic&location=application" % name)
        return script.invoke(arguments, (), ())[0]

    def test_defaults_from_the_shipped_schema(self):
        access = self.configuration()
        # no rule set: the rule of Letterhead/Country (none set either), else EU
        self.assertEqual(access.getByHierarchicalName("Reminders/Rule"), "")
        self.assertEqual(access.getByHierarchicalName("Letterhead/Country"), "")
        self.assertEqual(access.getByHierarchicalName("Reminders/Thresholds"), "1;15;30;45")
        self.assertEqual(access.getByHierarchicalName("Reminders/FormalNoticeDeadlineDays"), 8)
        self.assertTrue(access.getByHierarchicalName("Output/OnePdfPerClient"))
        self.assertEqual(access.getByHierarchicalName("Letterhead/Name"), "")

    def test_basic_reads_and_writes(self):
        self.assertEqual(self.basic("GetSetting", "Reminders/DefaultLanguage"), "en")
        self.addCleanup(self.basic, "SetSetting", "Letterhead/Name", "")
        self.addCleanup(self.basic, "SetSetting", "Reminders/Rule", "")
        self.addCleanup(self.basic, "SetSetting", "Reminders/MinimumIntervalDays", 14)
        self.basic("SetSetting", "Letterhead/Name", "Atelier Martin SARL")
        self.basic("SetSetting", "Reminders/Rule", "FR")
        self.basic("SetSetting", "Reminders/MinimumIntervalDays", 14)
        access = self.configuration()
        self.assertEqual(access.getByHierarchicalName("Letterhead/Name"), "Atelier Martin SARL")
        self.assertEqual(access.getByHierarchicalName("Reminders/Rule"), "FR")
        self.assertEqual(access.getByHierarchicalName("Reminders/MinimumIntervalDays"), 14)
        self.assertEqual(self.basic("GetSetting", "Letterhead/Name"), "Atelier Martin SARL")


if __name__ == "__main__":
    unittest.main()

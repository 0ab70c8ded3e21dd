// Folding for header and status matching: case, accents, punctuation, spaces.
#include "core/text_folding.hpp"

#include <gtest/gtest.h>

using namespace relance;

TEST(TextFolding, CaseSpacesAndPunctuationDoNotCount)
{
    EXPECT_EQ(foldedKey("Due date"), "duedate");
    EXPECT_EQ(foldedKey("  DUE-DATE  "), "duedate");
    EXPECT_EQ(foldedKey("Délai (jours)"), "delaijours");
    EXPECT_EQ(foldedKey("Amount incl. VAT"), "amountinclvat");
    EXPECT_EQ(foldedKey("Date d'émission"), "datedemission");
    EXPECT_EQ(foldedKey("Date d\u2019émission"), "datedemission"); // typographic apostrophe
    EXPECT_EQ(foldedKey("Montant TTC (€)"), "montantttc");
    EXPECT_EQ(foldedKey("Montant\u00A0TTC"), "montantttc"); // no-break space
}

TEST(TextFolding, AccentsAndLigatures)
{
    EXPECT_EQ(foldedKey("Échéance"), "echeance");
    EXPECT_EQ(foldedKey("ÉCHÉANCE"), "echeance");
    EXPECT_EQ(foldedKey("Dernière relance"), "derniererelance");
    EXPECT_EQ(foldedKey("Número de factura"), "numerodefactura");
    EXPECT_EQ(foldedKey("Razón social"), "razonsocial");
    EXPECT_EQ(foldedKey("Código"), "codigo");
    EXPECT_EQ(foldedKey("Straße"), "strasse");
    EXPECT_EQ(foldedKey("Œuvre"), "oeuvre");
    EXPECT_EQ(foldedKey("cæsar"), "caesar");
    EXPECT_EQ(foldedKey("Ĳssel"), "ijssel");
    EXPECT_EQ(foldedKey("Garçon"), "garcon");
    EXPECT_EQ(foldedKey("Piñata"), "pinata");
    EXPECT_EQ(foldedKey("Città"), "citta");
    EXPECT_EQ(foldedKey("Łódź"), "Łodź"); // letters outside the six languages are kept
}

TEST(TextFolding, NumberSignsReadAsNo)
{
    EXPECT_EQ(foldedKey("N° facture"), "nofacture");
    EXPECT_EQ(foldedKey("No. facture"), "nofacture");
    EXPECT_EQ(foldedKey("Nº factura"), "nofactura"); // masculine ordinal U+00BA
    EXPECT_EQ(foldedKey("Invoice #"), "invoiceno");
    EXPECT_EQ(foldedKey("Invoice No."), "invoiceno");
}

TEST(TextFolding, UmlautsBothWays)
{
    EXPECT_EQ(foldedKeys("Fälligkeit"), (std::vector<std::string>{"falligkeit", "faelligkeit"}));
    EXPECT_EQ(foldedKeys("Faelligkeit"), (std::vector<std::string>{"faelligkeit"}));
    EXPECT_TRUE(foldedEqual("Fälligkeit", "Faelligkeit"));
    EXPECT_TRUE(foldedEqual("Fälligkeit", "FALLIGKEIT"));
    EXPECT_TRUE(foldedEqual("Müller", "Mueller"));
    EXPECT_TRUE(foldedEqual("Größe", "groesse"));
    EXPECT_FALSE(foldedEqual("Due", "Du")); // "ue" is only ü's spelling, never folded itself
    EXPECT_FALSE(foldedEqual("Netto", "Brutto"));
}

TEST(TextFolding, MalformedUtf8IsKeptNotDropped)
{
    EXPECT_EQ(foldedKey(std::string("a\xC3") + "b"), std::string("a\xC3") + "b");
    EXPECT_EQ(foldedKey(std::string("\xFF")), std::string("\xFF"));
}

TEST(TextFolding, Trimming)
{
    EXPECT_EQ(trimmedText("  F2025-001\t"), "F2025-001");
    EXPECT_EQ(trimmedText("\u00A0F2025-001\u00A0"), "F2025-001");
    EXPECT_EQ(trimmedText("   "), "");
    EXPECT_EQ(trimmedText("a b"), "a b");
}

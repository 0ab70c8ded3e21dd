// EPC QR code payloads (EPC069-12 version 002). Expected payloads written
// out by hand from the field list of the EPC document; the IBANs are the
// documents' own examples (EPC069-12: BE72000000001616 of the Red Cross of
// Belgium; ISO 13616: GB82 WEST 1234 5698 7654 32; the Bundesbank's DE89 ...).
#include "core/epc_payment.hpp"

#include "error_message.hpp"

#include <gtest/gtest.h>

using namespace relance;

namespace {

EpcTransfer redCross()
{
    EpcTransfer transfer;
    transfer.beneficiaryName = "Red Cross of Belgium";
    transfer.iban = "BE72000000001616";
    transfer.bic = "BPOTBEB1";
    transfer.amount = Money::fromMinorUnits(100, 2);
    transfer.text = "Urgency fund";
    return transfer;
}

} // namespace

TEST(EpcPayload, TheDocumentsExampleWithText)
{
    // EPC069-12's sample, without its purpose code and its beneficiary
    // information (Relance sets neither): the text is the last field.
    EXPECT_EQ(epcPayload(redCross()), "BCD\n002\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\n"
                                      "EUR1.00\n\n\nUrgency fund");
}

TEST(EpcPayload, StructuredReferenceWithoutBic)
{
    EpcTransfer transfer = redCross();
    transfer.bic.clear(); // version 002: optional inside the EEA
    transfer.text.clear();
    transfer.reference = "RF18 5390 0754 7034";
    transfer.iban = "DE89 3704 0044 0532 0130 00";
    transfer.beneficiaryName = "Müller & Söhne GmbH";
    transfer.amount = Money::fromMinorUnits(10000000, 2); // 100,000.00
    EXPECT_EQ(epcPayload(transfer), "BCD\n002\n1\nSCT\n\nMüller & Söhne GmbH\nDE89370400440532013000\n"
                                    "EUR100000.00\n\nRF18539007547034");
}

TEST(EpcPayload, AmountLimits)
{
    EpcTransfer transfer = redCross();
    transfer.amount = Money::fromMinorUnits(99999999999, 2);
    EXPECT_NE(epcPayload(transfer).find("\nEUR999999999.99\n"), std::string::npos);
    transfer.amount = Money::fromMinorUnits(1, 2);
    EXPECT_NE(epcPayload(transfer).find("\nEUR0.01\n"), std::string::npos);
    transfer.amount = Money::fromMinorUnits(0, 2);
    EXPECT_EQ(test::messageOf([&] { epcPayload(transfer); }),
              "Amount (0.00) of a payment code must be between 0.01 and 999999999.99");
    transfer.amount = Money::fromMinorUnits(100000000000, 2);
    EXPECT_EQ(test::messageOf([&] { epcPayload(transfer); }),
              "Amount (1000000000.00) of a payment code must be between 0.01 and 999999999.99");
    transfer.amount = Money::fromMinorUnits(100, 0);
    EXPECT_EQ(test::messageOf([&] { epcPayload(transfer); }), "Amount (100) of a payment code must be in euro cents");
}

TEST(EpcPayload, RefusesWhatTheStandardDoesNotAllow)
{
    EpcTransfer transfer = redCross();
    transfer.iban = "BE71000000001616"; // check digits wrong
    EXPECT_EQ(test::messageOf([&] { epcPayload(transfer); }), "IBAN (\"BE71000000001616\") is not a valid IBAN");
    transfer = redCross();
    transfer.bic = "BPOTBE";
    EXPECT_EQ(test::messageOf([&] { epcPayload(transfer); }), "BIC (\"BPOTBE\") must have 8 or 11 letters and digits");
    transfer = redCross();
    transfer.beneficiaryName = std::string(71, 'x');
    EXPECT_EQ(test::messageOf([&] { epcPayload(transfer); }),
              "Beneficiary name (\"" + std::string(71, 'x') + "\") must have at most 70 characters");
    transfer.beneficiaryName = std::string(35, 'x') + "\xC3\xA9"; // 36 characters, 37 bytes: fine
    EXPECT_NO_THROW(epcPayload(transfer));
    transfer = redCross();
    transfer.beneficiaryName = "Two\nlines";
    EXPECT_EQ(test::messageOf([&] { epcPayload(transfer); }), "Beneficiary name (\"Two\nlines\") must be on one line");
    transfer = redCross();
    transfer.reference = "RF18539007547034";
    EXPECT_EQ(test::messageOf([&] { epcPayload(transfer); }),
              "A payment code carries a reference (\"RF18539007547034\") or a text (\"Urgency fund\"), not both");
    transfer.text.clear();
    transfer.reference = "RF19539007547034";
    EXPECT_EQ(test::messageOf([&] { epcPayload(transfer); }),
              "Reference (\"RF19539007547034\") is not a valid creditor reference");
    transfer = redCross();
    transfer.text = std::string(141, 'y');
    EXPECT_EQ(test::messageOf([&] { epcPayload(transfer); }),
              "Remittance text (\"" + std::string(141, 'y') + "\") must have at most 140 characters");
}

TEST(EpcPayload, IbanValidation)
{
    EXPECT_TRUE(isValidIban("GB82 WEST 1234 5698 7654 32"));
    EXPECT_TRUE(isValidIban("fr76 3000 6000 0112 3456 7890 189"));
    EXPECT_FALSE(isValidIban("GB82 WEST 1234 5698 7654 33"));
    EXPECT_FALSE(isValidIban("GB82-WEST-1234-5698-7654-32"));
    EXPECT_FALSE(isValidIban("BE72 0000"));
}

TEST(InvoiceRemittanceText, JoinsAndCutsAtAWholeNumber)
{
    EXPECT_EQ(invoiceRemittanceText({"F-1"}), "F-1");
    EXPECT_EQ(invoiceRemittanceText({"F-1", "F-2", "F-3"}), "F-1, F-2, F-3");
    // 20 numbers of 9 characters: "F-2026-01, " ... 9 + 11 x 19 = 218 > 140.
    // Whole numbers that leave room for " …": 9 + 11 x 11 = 130 (12 numbers),
    // a 13th would make 141 + 2.
    std::vector<std::string> many;
    for (int i = 10; i < 30; ++i)
        many.push_back("F-2026-" + std::to_string(i));
    const std::string text = invoiceRemittanceText(many);
    EXPECT_EQ(text.substr(0, 20), "F-2026-10, F-2026-11");
    EXPECT_EQ(text.substr(text.size() - 13), "F-2026-21 \xE2\x80\xA6");
    EXPECT_EQ(text.size(), 130u + 4u); // 130 characters, a space and the 3-byte ellipsis
}

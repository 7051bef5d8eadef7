#pragma once

#include "app/catalog/catalog.h"
#include "app/prefill/candidate.h"
#include "app/prefill/cardreader.h"

namespace ow::prefill {

// Maps a card read to the canonical fields of one role in the case: the applicant, the mother, the father…
// A card field goes to `<section>.<name>` for the first name of its list that the catalog defines:
//   name → name; sex → sex, gender; ethnicity → ethnicity, nation; birthDate → birthDate;
//   address → hukouAddress, registeredAddress, address; idNumber → idNumber;
//   issuingAuthority → idIssuer, issuingAuthority; validFrom → idValidFrom, validFrom;
//   validTo → idValidTo, validTo; photo → photo (base64 PNG).
// Values are converted to the field's type (valuemapping.h); a value that does not fit is returned in
// `rejected` with the reason. Source "idCard", confidence high, evidence the card's digest.
struct CardMapping
{
    QList<Candidate> candidates;
    QList<Rejection> rejected;
};

CardMapping candidatesFromCard(const CardData& card, const QString& section, const catalog::Catalog& catalog);

// The card field names (keys of the card JSON) and the canonical names they may map to, in preference order.
const QList<std::pair<QString, QStringList>>& cardFieldNames();

} // namespace ow::prefill

#pragma once

#include "app/catalog/catalog.h"
#include "app/prefill/candidate.h"
#include "protocol/registers.h"

namespace ow::prefill {

struct SharedDataMapping
{
    QList<Candidate> candidates;
    QList<Rejection> rejected;
};

// The household register entry (户籍) of a person, for the role `section`: name, sex, ethnicity, birthDate,
// the 户籍 address (hukouAddress, registeredAddress or address — the first the catalog defines). When the
// person's household is the one the case is about (`householdPerson`), also household.address,
// household.bookNumber, household.headName and household.members (the number of people).
// Source "sharedData", evidence the register and retrieval time.
SharedDataMapping personCandidates(const protocol::PersonRecord& record, const QString& section,
    const catalog::Catalog& catalog, bool householdPerson = false);

// The enterprise register entry for the role `section` ("enterprise"): name, legalRepresentative (or
// legalRep), establishedDate (or foundedDate), address (registeredAddress or address), type,
// registeredCapital, status.
SharedDataMapping enterpriseCandidates(
    const protocol::EnterpriseRecord& record, const QString& section, const catalog::Catalog& catalog);

} // namespace ow::prefill

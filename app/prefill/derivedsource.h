#pragma once

#include "app/catalog/catalog.h"
#include "app/intake/casedata.h"
#include "app/prefill/candidate.h"

namespace ow::prefill {

struct DerivedOutcome
{
    QList<Candidate> candidates; // one per rule that produced a value of the field's type
    QList<Rejection> rejected; // a value the field cannot hold
    QList<Error> errors; // a rule that failed to evaluate (Error::where: its JSON pointer)
};

// The case's answers, with the bundle questions' defaults for those not answered.
QJsonObject answersWithDefaults(const catalog::BundleDef& bundle, const intake::CaseData& c);
// The rule data for a case, as docs/catalog.md "Rule data" describes it: answers (with the questions'
// defaults), proxy, applicantKind, fields nested by dotted id, today.
QJsonObject ruleData(const catalog::BundleDef& bundle, const intake::CaseData& c, const QDate& today);

// Evaluates the bundle's `derived` rules (JsonLogic, app/rules) against the case's current values.
// A rule whose inputs are missing yields null and no candidate. A rule never reads the value it derives.
// Source "derived", evidence "derived:<bundle>/<index>".
DerivedOutcome derivedCandidates(const catalog::Catalog& catalog, const catalog::BundleDef& bundle,
    const intake::CaseData& c, const QDate& today, const QDateTime& now);

} // namespace ow::prefill

#pragma once

#include "app/catalog/catalog.h"
#include "app/intake/casedata.h"
#include "protocol/registers.h"

namespace ow::prefill {

// What the server must be asked to let a verification stand in for a material (结果核验).
struct VerificationQuestion
{
    QString materialId;
    QString kind; // MaterialDef::verification: marriage, disability, identity, death, householdRegister, …
    QList<protocol::VerificationSubject> subjects;
    QStringList sections; // the roles the subjects were taken from ("mother", "father")
    QString missing; // why it cannot be asked yet ("" = ready): a subject's ID number is not entered

    bool isReady() const { return missing.isEmpty() && !subjects.isEmpty(); }
    QString subjectsMasked() const; // "110105********0021 + 110105********0035"
};

// Who a material's verification is about, from the material's subject and the case's values:
//  - enterpriseRegister: the credit code of `<subject>.creditCode`, else enterprise.creditCode;
//  - marriage: two people — "parents" → mother and father; otherwise the first complete pair of
//    (applicant, spouse), (husband, wife), (mother, father);
//  - others: the subject's role — its section ("mother") or a prefixed role ("legalRep" →
//    enterprise.legalRepIdNumber); "household" → the parent the child's 户口 follows (answers.hukouFollows),
//    else the applicant. The role's name is sent along (identity checks name and number).
// `answers` are the case's answers with the questions' defaults (answersWithDefaults()).
VerificationQuestion verificationQuestion(
    const catalog::MaterialDef& material, const intake::CaseData& c, const QJsonObject& answers);

// The note stored on the material (MaterialStatus::note) when a "yes" stands in for it.
QString verifiedNote(const protocol::VerificationAnswer& answer);

} // namespace ow::prefill

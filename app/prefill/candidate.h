#pragma once

#include "app/intake/casedata.h"

#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace ow::prefill {

// The prefill sources. The names are what FieldValue::source stores and what the UI maps to icons.
namespace sources {
inline constexpr char16_t idCard[] = u"idCard"; // read from the resident ID card (chip)
inline constexpr char16_t idNumber[] = u"idNumber"; // derived from the 18-character number alone
inline constexpr char16_t history[] = u"history"; // a past case of the same person or enterprise
inline constexpr char16_t sharedData[] = u"sharedData"; // shared government data from the central server
inline constexpr char16_t verification[] = u"verification"; // a yes/no result verification
inline constexpr char16_t pdf[] = u"pdfText"; // the text of an attached e-certificate PDF
inline constexpr char16_t derived[] = u"derived"; // computed by the bundle's derived rules
} // namespace sources

// The source's name in the user's language ("Resident ID card", "Past case", …).
QString sourceLabel(const QString& source);
// One line on where a field's value came from, for a tooltip or a receipt: "Resident ID card, 2026-11-28
// 10:00, confirmed (idcard:3f2a…)"; "Typed" for a typed value.
QString describeProvenance(const intake::FieldValue& value);
// How far a source is trusted by default, 0..1; ranks candidates that disagree.
double defaultConfidence(const QString& source);

// One value a source can supply for one canonical field, with its provenance. A value type: the engine keeps
// lists of them and the UI shows them side by side.
struct Candidate
{
    QString fieldId; // "mother.address"
    QJsonValue value; // as the case stores it (string, number, bool, address object)
    QString source; // one of ow::prefill::sources
    QString lookup; // which look-up produced it ("idCard:mother", "history:mother"); a new batch
                    // from the same look-up replaces the previous one
    QDateTime obtainedAt; // when the source recorded or supplied the value
    double confidence = 1.0;
    QString evidence; // a reference: register entry, case number, attachment SHA-256, card digest
    QString detail; // for the tooltip: "case BJ0105-01-20250110-0003", "营业执照 p.1"
    bool stale = false; // older than the engine's configured age (set by the engine)
    QStringList alsoFrom; // other sources that supplied the same value (set by the engine)

    // The value as the intake stores it (origin Prefilled).
    intake::FieldValue toFieldValue() const;
    // The value as the form shows it.
    QString text() const;
};

// A candidate that was not offered, and why (failed validation, unknown field).
struct Rejection
{
    Candidate candidate;
    QString reason; // in the user's language
};

// Two or more sources disagree on a field. The clerk chooses one (PrefillEngine::choose).
struct Conflict
{
    QString fieldId;
    QList<Candidate> candidates; // the same list (and indexes) as PrefillEngine::candidates(fieldId)
    int appliedIndex = -1; // the candidate now in the field, -1 when none of them is
};

// Values compared the way a clerk would: strings trimmed with inner whitespace collapsed, objects key by key.
QJsonValue normalizedValue(const QJsonValue& value);
bool sameValue(const QJsonValue& a, const QJsonValue& b);
// "mother" for "mother.address"; "" when the id has no section.
QString sectionOf(const QString& fieldId);
// "address" for "mother.address".
QString nameOf(const QString& fieldId);

// A role is the person or enterprise a group of fields describes: a section ("mother", "applicant") or a
// section with a name prefix ("enterprise.legalRep" for enterprise.legalRepName,
// enterprise.legalRepIdNumber). Its subject field is roleFieldId(role, "idNumber") or roleFieldId(role,
// "creditCode").
QString roleFieldId(
    const QString& role, const QString& name); // ("enterprise.legalRep", "name") → "enterprise.legalRepName"
// The role whose subject field this is ("mother" for "mother.idNumber", "enterprise.legalRep" for
// "enterprise.legalRepIdNumber", "enterprise" for "enterprise.creditCode"); "" for other fields.
QString roleOfSubjectField(const QString& fieldId);
// The field's name within a role ("name" for "enterprise.legalRepName" in "enterprise.legalRep"); "" when the
// field is not one of the role's.
QString nameInRole(const QString& role, const QString& fieldId);
// Whether a catalog field hint list (FieldDef::prefill: "idCard", "history", "sharedData", "pdfText",
// "derived") lets a source supply the field. An empty list allows every source; facts computed from the ID
// number count as "idCard" and "derived".
bool sourceAllowed(const QStringList& hints, const QString& source);

} // namespace ow::prefill

#pragma once

#include "app/catalog/catalog.h"
#include "app/catalog/sourcemap.h"

#include <QJsonObject>
#include <QList>

namespace ow::catalog {

// One finding of the catalog lint. Codes (docs/catalog.md "Lint"): structural ones start with "catalog."
// (syntax, missingKey, wrongType, unknownValue, …); reference and consistency ones are plain words
// (unknownField, unknownMaterial, unknownItem, unknownDepartment, unknownSection, invalidRule,
// unknownVariable, unusedQuestion, dependencyCycle, duplicateId, feedNotProduced, feedItemNotInBundle,
// keyMaterialTolerated, enumWithoutOptions, choiceWithoutOptions, badPattern, badDefault, …).
struct LintIssue
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString code;
    QString message;
    QString where; // "file.json: /json/pointer"

    bool isError() const { return severity == Severity::Error; }
    QJsonObject toJson() const;
};

// Reference and consistency checks on a loaded catalog (plus the loader's unknown-key warnings).
QList<LintIssue> lint(const Catalog& catalog);
// Lints a merged document that may not even load: every structural error, or — when it loads — lint().
QList<LintIssue> lintJson(const QJsonObject& merged, const SourceMap& sources);
// Lints a catalog folder or merged file, including JSON syntax errors in each file.
QList<LintIssue> lintPath(const QString& fileOrDirectory);

bool hasErrors(const QList<LintIssue>& issues);
// {"ok": bool, "errors": [...], "warnings": [...]} — what `catalog lint` prints.
QJsonObject lintReport(const QList<LintIssue>& issues);

} // namespace ow::catalog

#pragma once

// Internal to the lint: the shared state of the checks in lint*.cpp.
#include "app/catalog/lint.h"

namespace ow::catalog::detail {

struct LintContext
{
    const Catalog& catalog;
    QList<LintIssue>& issues;

    void error(const QString& code, const QString& message, const QString& pointer) const
    {
        issues.append({LintIssue::Severity::Error, code, message, catalog.whereOf(pointer)});
    }
    void warning(const QString& code, const QString& message, const QString& pointer) const
    {
        issues.append({LintIssue::Severity::Warning, code, message, catalog.whereOf(pointer)});
    }
};

// Dictionaries, references, duplicates, tolerance and feeds (lint.cpp).
void lintReferences(const LintContext& ctx);
// JsonLogic rules: validity, variables, unused questions (lintrules.cpp).
void lintRules(const LintContext& ctx);
// Cycles through dependsOn and feeds (lintgraph.cpp).
void lintCycles(const LintContext& ctx);

} // namespace ow::catalog::detail

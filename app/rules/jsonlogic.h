#pragma once

#include "app/common/result.h"

#include <QDate>
#include <QJsonValue>
#include <QStringList>

namespace ow::rules {

class WorkingCalendar;

// A JsonLogic evaluator with the reference semantics of jsonlogic.com (truthiness, JavaScript coercion in
// == and <, short-circuiting and/or returning operands, var with dotted paths/array indexes/defaults/empty
// path, missing, missing_some, if/?:, arithmetic, map/filter/reduce/all/none/some, merge, in, cat, substr,
// log) plus the domain operators documented in docs/rules.md (dates, ages, working days).
class Evaluator
{
public:
    struct Context
    {
        // For the working-day operators; none: Monday–Friday are working days.
        const WorkingCalendar* calendar = nullptr;
        // For {"today": []}; invalid: QDate::currentDate().
        QDate today;
    };

    Evaluator() = default;
    explicit Evaluator(Context context);

    // Evaluates one rule against data. A malformed rule or an unknown operator is an Error whose `where`
    // is the JSON pointer of the offending part inside the rule (e.g. "/if/1/==").
    // Error codes: "rules.unknownOperator", "rules.malformed" (an object with several keys, wrong argument
    // count, missing_some without an array of keys, nesting deeper than 256). Only the parts evaluation
    // reaches are checked: an unknown operator in a branch not taken is not an error here (validate() finds
    // it). The result is plain JSON: JavaScript's undefined and NaN come back as null; ±Infinity (e.g.
    // {"/":[1,0]}) comes back as a double holding ±inf, which is truthy and which JSON text writes as null.
    Result<QJsonValue> evaluate(const QJsonValue& rule, const QJsonValue& data) const;

    // Checks a rule without data: operators known, arities plausible. Error.where as above.
    static Result<void> validate(const QJsonValue& rule);
    // The variable paths a rule reads ("answers.married", "fields.child.birthDate"), for lint: each literal
    // var path (string or number; the first element of the array form), and the keys of missing and
    // missing_some. Skipped: the empty path (the whole data), computed paths, and everything inside the
    // per-item logic of map/filter/reduce/all/none/some (it reads the array item, not the rule data).
    static QStringList variables(const QJsonValue& rule);
    // JsonLogic truthiness ([] and "" and 0 and null are false; {} is true).
    static bool truthy(const QJsonValue& value);
    // The operators this evaluator knows.
    static QStringList operators();

private:
    Context m_context;
};

} // namespace ow::rules

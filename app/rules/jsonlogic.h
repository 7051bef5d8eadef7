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
        const WorkingCalendar* calendar
            = nullptr; // for working-day operators; none: Mon–Fri are working days
        QDate today; // for {"today": []}; invalid: QDate::currentDate()
    };

    Evaluator() = default;
    explicit Evaluator(Context context);

    // Evaluates one rule against data. A malformed rule or an unknown operator is an Error whose `where`
    // is the JSON pointer of the offending part inside the rule (e.g. "/if/1/==").
    Result<QJsonValue> evaluate(const QJsonValue& rule, const QJsonValue& data) const;

    // Checks a rule without data: operators known, arities plausible. Error.where as above.
    static Result<void> validate(const QJsonValue& rule);
    // The variable paths a rule reads ("answers.married", "fields.child.birthDate"), for lint.
    static QStringList variables(const QJsonValue& rule);
    // JsonLogic truthiness ([] and "" and 0 and null are false; {} is true).
    static bool truthy(const QJsonValue& value);
    // The operators this evaluator knows.
    static QStringList operators();

private:
    Context m_context;
};

} // namespace ow::rules

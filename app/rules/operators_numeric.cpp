// Comparison and arithmetic with JavaScript's number semantics: < <= > >= (with the three-argument
// "between" forms of < and <=), + - * / %, min, max.
#include "app/rules/coercion.h"
#include "app/rules/machine.h"

#include <cmath>
#include <limits>

namespace ow::rules::detail {
namespace {

using js::Order;

bool less(const QJsonValue& a, const QJsonValue& b)
{
    return js::compare(a, b) == Order::Less;
}

bool lessOrEqual(const QJsonValue& a, const QJsonValue& b)
{
    const Order o = js::compare(a, b);
    return o == Order::Less || o == Order::Equal;
}

// {"<": [a, b]} or {"<": [a, b, c]} (a < b < c); a third argument that is undefined means the first form.
template<bool (*Cmp)(const QJsonValue&, const QJsonValue&)> Result<QJsonValue> between(const Call& c)
{
    if (c.value(2).isUndefined())
        return QJsonValue(Cmp(c.value(0), c.value(1)));
    return QJsonValue(Cmp(c.value(0), c.value(1)) && Cmp(c.value(1), c.value(2)));
}

Result<QJsonValue> opGreater(const Call& c)
{
    return QJsonValue(less(c.value(1), c.value(0)));
}

Result<QJsonValue> opGreaterOrEqual(const Call& c)
{
    return QJsonValue(lessOrEqual(c.value(1), c.value(0)));
}

// json-logic-js adds and multiplies parseFloat() of each operand: {"+": "3.14"} → 3.14, {"+": []} → 0.
Result<QJsonValue> opPlus(const Call& c)
{
    double sum = 0;
    for (const QJsonValue& v : c.values)
        sum += js::parseFloat(v);
    return js::number(sum);
}

Result<QJsonValue> opTimes(const Call& c)
{
    double product = 1;
    for (const QJsonValue& v : c.values)
        product *= js::parseFloat(v);
    return js::number(product);
}

Result<QJsonValue> opMinus(const Call& c)
{
    if (c.value(1).isUndefined())
        return js::number(-js::toNumber(c.value(0)));
    return js::number(js::toNumber(c.value(0)) - js::toNumber(c.value(1)));
}

Result<QJsonValue> opDivide(const Call& c)
{
    return js::number(js::toNumber(c.value(0)) / js::toNumber(c.value(1)));
}

Result<QJsonValue> opModulo(const Call& c)
{
    return js::number(std::fmod(js::toNumber(c.value(0)), js::toNumber(c.value(1))));
}

// Math.min / Math.max over Number() of each operand; NaN anywhere → NaN. No operands → null (not ±Infinity).
template<bool Max> Result<QJsonValue> extreme(const Call& c)
{
    if (c.values.isEmpty())
        return QJsonValue(QJsonValue::Null);
    double best = Max ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
    for (const QJsonValue& v : c.values) {
        const double d = js::toNumber(v);
        if (std::isnan(d))
            return js::number(d);
        best = Max ? std::max(best, d) : std::min(best, d);
    }
    return js::number(best);
}

} // namespace

QList<OperatorSpec> numericOperators()
{
    return {
        {QStringLiteral("<"), 2, 3, false, -1, between<less>},
        {QStringLiteral("<="), 2, 3, false, -1, between<lessOrEqual>},
        {QStringLiteral(">"), 2, 2, false, -1, opGreater},
        {QStringLiteral(">="), 2, 2, false, -1, opGreaterOrEqual},
        {QStringLiteral("+"), 0, -1, false, -1, opPlus},
        {QStringLiteral("*"), 1, -1, false, -1, opTimes},
        {QStringLiteral("-"), 1, 2, false, -1, opMinus},
        {QStringLiteral("/"), 2, 2, false, -1, opDivide},
        {QStringLiteral("%"), 2, 2, false, -1, opModulo},
        {QStringLiteral("min"), 0, -1, false, -1, extreme<false>},
        {QStringLiteral("max"), 0, -1, false, -1, extreme<true>},
    };
}

} // namespace ow::rules::detail

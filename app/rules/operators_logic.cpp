// Control and logic: if / ?:, and / or (short-circuit, returning operands), ! / !!, == === != !==.
#include "app/rules/coercion.h"
#include "app/rules/machine.h"

namespace ow::rules::detail {
namespace {

// if(0){1} else if(2){3} … else{n}: pairs of condition and value, an optional last else; only the taken
// branch is evaluated. No else and nothing true: null.
Result<QJsonValue> opIf(const Call& c)
{
    qsizetype i = 0;
    for (; i + 1 < c.size(); i += 2) {
        Result<QJsonValue> condition = c.eval(i);
        if (!condition)
            return condition;
        if (js::truthy(*condition))
            return c.eval(i + 1);
    }
    if (i + 1 == c.size())
        return c.eval(i);
    return QJsonValue(QJsonValue::Null);
}

// The first falsy operand (and) or truthy one (or), else the last; later operands are not evaluated.
template<bool StopWhenTruthy> Result<QJsonValue> shortCircuit(const Call& c)
{
    QJsonValue current = js::undefined();
    for (qsizetype i = 0; i < c.size(); ++i) {
        Result<QJsonValue> r = c.eval(i);
        if (!r)
            return r;
        current = *r;
        if (js::truthy(current) == StopWhenTruthy)
            return current;
    }
    return current;
}

Result<QJsonValue> opNot(const Call& c)
{
    return QJsonValue(!js::truthy(c.value(0)));
}

Result<QJsonValue> opNotNot(const Call& c)
{
    return QJsonValue(js::truthy(c.value(0)));
}

Result<QJsonValue> opLooseEq(const Call& c)
{
    return QJsonValue(js::looseEquals(c.value(0), c.value(1)));
}

Result<QJsonValue> opStrictEq(const Call& c)
{
    return QJsonValue(js::strictEquals(c.value(0), c.value(1)));
}

Result<QJsonValue> opLooseNe(const Call& c)
{
    return QJsonValue(!js::looseEquals(c.value(0), c.value(1)));
}

Result<QJsonValue> opStrictNe(const Call& c)
{
    return QJsonValue(!js::strictEquals(c.value(0), c.value(1)));
}

} // namespace

QList<OperatorSpec> logicOperators()
{
    return {
        {QStringLiteral("if"), 0, -1, true, -1, opIf},
        {QStringLiteral("?:"), 0, -1, true, -1, opIf},
        {QStringLiteral("and"), 1, -1, true, -1, shortCircuit<false>},
        {QStringLiteral("or"), 1, -1, true, -1, shortCircuit<true>},
        {QStringLiteral("!"), 1, 1, false, -1, opNot},
        {QStringLiteral("!!"), 1, 1, false, -1, opNotNot},
        {QStringLiteral("=="), 2, 2, false, -1, opLooseEq},
        {QStringLiteral("==="), 2, 2, false, -1, opStrictEq},
        {QStringLiteral("!="), 2, 2, false, -1, opLooseNe},
        {QStringLiteral("!=="), 2, 2, false, -1, opStrictNe},
    };
}

} // namespace ow::rules::detail

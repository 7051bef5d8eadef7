// Reading the data: var (dotted paths, array indexes, defaults, "" for the whole data), missing and
// missing_some.
#include "app/rules/coercion.h"
#include "app/rules/machine.h"

#include <QCoreApplication>

namespace ow::rules::detail {

QJsonValue lookupVar(const QJsonValue& data, const QJsonValue& path, const QJsonValue& notFound)
{
    if (js::isNullish(path) || (path.isString() && path.toString().isEmpty()))
        return data;
    const QStringList steps = js::toString(path).split(u'.');
    QJsonValue current = data;
    for (const QString& step : steps) {
        if (js::isNullish(current))
            return notFound;
        current = js::property(current, step);
        if (current.isUndefined())
            return notFound; // a present null stays null: only a missing step takes the default
    }
    return current;
}

namespace {

// {"var": [path, default]}; the default (null when absent) replaces a missing step, not a present null.
Result<QJsonValue> opVar(const Call& c)
{
    const QJsonValue fallback = c.value(1);
    return lookupVar(c.data, c.value(0), fallback.isUndefined() ? QJsonValue(QJsonValue::Null) : fallback);
}

// The keys (an array as the first argument, or the arguments themselves) whose var is null or "".
QJsonArray missingKeys(const QList<QJsonValue>& keys, const QJsonValue& data)
{
    QJsonArray missing;
    for (const QJsonValue& key : keys) {
        const QJsonValue v = lookupVar(data, key, QJsonValue(QJsonValue::Null));
        if (js::isNullish(v) || (v.isString() && v.toString().isEmpty()))
            missing.append(key);
    }
    return missing;
}

QList<QJsonValue> toList(const QJsonArray& array)
{
    QList<QJsonValue> out;
    out.reserve(array.size());
    for (const QJsonValue& v : array)
        out.append(v);
    return out;
}

Result<QJsonValue> opMissing(const Call& c)
{
    if (!c.values.isEmpty() && c.values.first().isArray())
        return QJsonValue(missingKeys(toList(c.values.first().toArray()), c.data));
    return QJsonValue(missingKeys(c.values, c.data));
}

// {"missing_some": [need, [keys…]]}: [] when at least `need` keys are present, else the missing ones.
Result<QJsonValue> opMissingSome(const Call& c)
{
    const QJsonValue options = c.value(1);
    if (!options.isArray()) {
        return c.malformed(QCoreApplication::translate("ow::rules",
                               "\"missing_some\" needs an array of keys as its second argument."),
            1);
    }
    const QJsonArray keys = options.toArray();
    const QJsonArray missing = missingKeys(toList(keys), c.data);
    const double present = double(keys.size() - missing.size());
    const js::Order o = js::compare(js::number(present), c.value(0));
    if (o == js::Order::Greater || o == js::Order::Equal)
        return QJsonValue(QJsonArray());
    return QJsonValue(missing);
}

} // namespace

QList<OperatorSpec> dataOperators()
{
    return {
        {QStringLiteral("var"), 0, 2, false, -1, opVar},
        {QStringLiteral("missing"), 0, -1, false, -1, opMissing},
        {QStringLiteral("missing_some"), 2, 2, false, -1, opMissingSome},
    };
}

} // namespace ow::rules::detail

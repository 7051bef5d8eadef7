// Iterators and arrays: map, filter, reduce, all, none, some (their second argument is evaluated with
// each item as the data), merge and in.
#include "app/rules/coercion.h"
#include "app/rules/machine.h"

#include <QJsonObject>

namespace ow::rules::detail {
namespace {

Result<QJsonValue> opMap(const Call& c)
{
    Result<QJsonValue> items = c.eval(0);
    if (!items)
        return items;
    if (!items->isArray())
        return QJsonValue(QJsonArray()); // not an array: nothing to map or keep
    QJsonArray out;
    for (const QJsonValue& item : items->toArray()) {
        Result<QJsonValue> r = c.evalIn(1, item);
        if (!r)
            return r;
        out.append(*r);
    }
    return QJsonValue(out);
}

Result<QJsonValue> filtered(const Call& c)
{
    Result<QJsonValue> items = c.eval(0);
    if (!items)
        return items;
    if (!items->isArray())
        return QJsonValue(QJsonArray()); // not an array: nothing to map or keep
    QJsonArray out;
    for (const QJsonValue& item : items->toArray()) {
        Result<QJsonValue> r = c.evalIn(1, item);
        if (!r)
            return r;
        if (js::truthy(*r))
            out.append(item);
    }
    return QJsonValue(out);
}

Result<QJsonValue> opFilter(const Call& c)
{
    return filtered(c);
}

// {"reduce": [items, logic, initial]}: logic sees {"current": item, "accumulator": so far}; initial
// (evaluated against the outer data) defaults to null and is the result when items is not an array.
Result<QJsonValue> opReduce(const Call& c)
{
    Result<QJsonValue> items = c.eval(0);
    if (!items)
        return items;
    QJsonValue accumulator(QJsonValue::Null);
    if (c.size() > 2) {
        Result<QJsonValue> initial = c.eval(2);
        if (!initial)
            return initial;
        accumulator = *initial;
    }
    if (!items->isArray())
        return accumulator;
    for (const QJsonValue& item : items->toArray()) {
        QJsonObject scope {{QStringLiteral("current"), item}};
        if (!accumulator.isUndefined())
            scope.insert(QStringLiteral("accumulator"), accumulator);
        Result<QJsonValue> r = c.evalIn(1, scope);
        if (!r)
            return r;
        accumulator = *r;
    }
    return accumulator;
}

// all: false for an empty array or a non-array, else whether every item passes (stops at the first that
// does not).
Result<QJsonValue> opAll(const Call& c)
{
    Result<QJsonValue> items = c.eval(0);
    if (!items)
        return items;
    const QJsonArray array = items->toArray();
    if (!items->isArray() || array.isEmpty())
        return QJsonValue(false);
    for (const QJsonValue& item : array) {
        Result<QJsonValue> r = c.evalIn(1, item);
        if (!r)
            return r;
        if (!js::truthy(*r))
            return QJsonValue(false);
    }
    return QJsonValue(true);
}

// Whether some item passes, stopping at the first that does (false for a non-array or an empty one).
Result<QJsonValue> anyPasses(const Call& c)
{
    Result<QJsonValue> items = c.eval(0);
    if (!items)
        return items;
    for (const QJsonValue& item : items->toArray()) {
        Result<QJsonValue> r = c.evalIn(1, item);
        if (!r)
            return r;
        if (js::truthy(*r))
            return QJsonValue(true);
    }
    return QJsonValue(false);
}

Result<QJsonValue> opNone(const Call& c)
{
    Result<QJsonValue> any = anyPasses(c);
    if (!any)
        return any;
    return QJsonValue(!any->toBool());
}

Result<QJsonValue> opSome(const Call& c)
{
    return anyPasses(c);
}

// Array.prototype.concat: array operands are flattened one level, other operands appended.
Result<QJsonValue> opMerge(const Call& c)
{
    QJsonArray out;
    for (const QJsonValue& v : c.values) {
        if (v.isArray()) {
            for (const QJsonValue& item : v.toArray())
                out.append(item);
        } else {
            out.append(v.isUndefined() ? QJsonValue(QJsonValue::Null) : v);
        }
    }
    return QJsonValue(out);
}

// {"in": [needle, haystack]}: substring of a (non-empty) string, or an item (===) of an array.
Result<QJsonValue> opIn(const Call& c)
{
    const QJsonValue needle = c.value(0);
    const QJsonValue haystack = c.value(1);
    if (!js::jsTruthy(haystack))
        return QJsonValue(false);
    if (haystack.isString())
        return QJsonValue(haystack.toString().contains(js::toString(needle)));
    if (haystack.isArray()) {
        for (const QJsonValue& item : haystack.toArray()) {
            if (js::strictEquals(item, needle))
                return QJsonValue(true);
        }
    }
    return QJsonValue(false);
}

} // namespace

QList<OperatorSpec> arrayOperators()
{
    return {
        {QStringLiteral("map"), 2, 2, true, 1, opMap},
        {QStringLiteral("filter"), 2, 2, true, 1, opFilter},
        {QStringLiteral("reduce"), 2, 3, true, 1, opReduce},
        {QStringLiteral("all"), 2, 2, true, 1, opAll},
        {QStringLiteral("none"), 2, 2, true, 1, opNone},
        {QStringLiteral("some"), 2, 2, true, 1, opSome},
        {QStringLiteral("merge"), 0, -1, false, -1, opMerge},
        {QStringLiteral("in"), 2, 2, false, -1, opIn},
    };
}

} // namespace ow::rules::detail

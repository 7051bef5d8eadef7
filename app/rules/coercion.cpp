// JavaScript's type coercion (ECMA-262 ToString, ToNumber, ToPrimitive, == and <) over QJsonValue.
#include "app/rules/coercion.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace ow::rules::js {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// ToPrimitive for arrays and objects (their valueOf is themselves, so toString decides).
QJsonValue toPrimitive(const QJsonValue& v)
{
    if (v.isArray() || v.isObject())
        return toString(v);
    return v;
}

bool isCanonicalIndex(const QString& key, qsizetype size, qsizetype& index)
{
    if (key.isEmpty() || key.size() > 10)
        return false;
    if (key.size() > 1 && key[0] == u'0')
        return false;
    bool ok = false;
    const qint64 i = key.toLongLong(&ok);
    if (!ok || i < 0 || key[0] == u'+' || i >= size)
        return false;
    index = qsizetype(i);
    return true;
}

} // namespace

Kind kindOf(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return Kind::Null;
    case QJsonValue::Bool:
        return Kind::Boolean;
    case QJsonValue::Double:
        return Kind::Number;
    case QJsonValue::String:
        return Kind::String;
    case QJsonValue::Array:
        return Kind::Array;
    case QJsonValue::Object:
        return Kind::Object;
    case QJsonValue::Undefined:
        break;
    }
    return Kind::Undefined;
}

QJsonValue undefined()
{
    return QJsonValue(QJsonValue::Undefined);
}

bool isNullish(const QJsonValue& v)
{
    return v.isNull() || v.isUndefined();
}

bool jsTruthy(const QJsonValue& v)
{
    switch (kindOf(v)) {
    case Kind::Undefined:
    case Kind::Null:
        return false;
    case Kind::Boolean:
        return v.toBool();
    case Kind::Number: {
        const double d = v.toDouble();
        return d != 0 && !std::isnan(d);
    }
    case Kind::String:
        return !v.toString().isEmpty();
    case Kind::Array:
    case Kind::Object:
        return true;
    }
    return false;
}

bool truthy(const QJsonValue& v)
{
    if (v.isArray())
        return !v.toArray().isEmpty();
    return jsTruthy(v);
}

QString toString(const QJsonValue& v)
{
    switch (kindOf(v)) {
    case Kind::Undefined:
        return QStringLiteral("undefined");
    case Kind::Null:
        return QStringLiteral("null");
    case Kind::Boolean:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Number:
        return numberToString(v.toDouble());
    case Kind::String:
        return v.toString();
    case Kind::Array: {
        // Array.prototype.join(","): null and undefined elements become "".
        QString out;
        bool first = true;
        for (const QJsonValue& e : v.toArray()) {
            if (!first)
                out += u',';
            first = false;
            if (!isNullish(e))
                out += toString(e);
        }
        return out;
    }
    case Kind::Object:
        return QStringLiteral("[object Object]");
    }
    return {};
}

double toNumber(const QJsonValue& v)
{
    switch (kindOf(v)) {
    case Kind::Undefined:
        return kNaN;
    case Kind::Null:
        return 0;
    case Kind::Boolean:
        return v.toBool() ? 1 : 0;
    case Kind::Number:
        return v.toDouble();
    case Kind::String:
        return stringToNumber(v.toString());
    case Kind::Array:
    case Kind::Object:
        return stringToNumber(toString(v));
    }
    return kNaN;
}

double toIntegerOrInfinity(const QJsonValue& v)
{
    const double d = toNumber(v);
    if (std::isnan(d))
        return 0;
    return std::trunc(d);
}

bool strictEquals(const QJsonValue& a, const QJsonValue& b)
{
    const Kind ka = kindOf(a);
    if (ka != kindOf(b))
        return false;
    switch (ka) {
    case Kind::Undefined:
    case Kind::Null:
        return true;
    case Kind::Boolean:
        return a.toBool() == b.toBool();
    case Kind::Number:
        return a.toDouble() == b.toDouble(); // NaN is unequal to itself, +0 equals -0
    case Kind::String:
        return a.toString() == b.toString();
    case Kind::Array:
    case Kind::Object:
        return false; // distinct references
    }
    return false;
}

bool looseEquals(const QJsonValue& a, const QJsonValue& b)
{
    const Kind ka = kindOf(a);
    const Kind kb = kindOf(b);
    if (ka == kb)
        return strictEquals(a, b);
    if (isNullish(a) || isNullish(b))
        return isNullish(a) && isNullish(b);
    if (ka == Kind::Number && kb == Kind::String)
        return a.toDouble() == toNumber(b);
    if (ka == Kind::String && kb == Kind::Number)
        return toNumber(a) == b.toDouble();
    if (ka == Kind::Boolean)
        return looseEquals(number(toNumber(a)), b);
    if (kb == Kind::Boolean)
        return looseEquals(a, number(toNumber(b)));
    const bool aObject = ka == Kind::Array || ka == Kind::Object;
    const bool bObject = kb == Kind::Array || kb == Kind::Object;
    if (!aObject && bObject)
        return looseEquals(a, toPrimitive(b));
    if (aObject && !bObject)
        return looseEquals(toPrimitive(a), b);
    return false;
}

Order compare(const QJsonValue& a, const QJsonValue& b)
{
    const QJsonValue pa = toPrimitive(a);
    const QJsonValue pb = toPrimitive(b);
    if (pa.isString() && pb.isString()) {
        const int c = QStringView(pa.toString()).compare(QStringView(pb.toString()), Qt::CaseSensitive);
        return c < 0 ? Order::Less : (c > 0 ? Order::Greater : Order::Equal);
    }
    const double x = toNumber(pa);
    const double y = toNumber(pb);
    if (std::isnan(x) || std::isnan(y))
        return Order::Unordered;
    return x < y ? Order::Less : (x > y ? Order::Greater : Order::Equal);
}

QJsonValue number(double d)
{
    return QJsonValue(d);
}

QJsonValue property(const QJsonValue& v, const QString& key)
{
    if (v.isObject())
        return v.toObject().value(key);
    if (v.isArray()) {
        const QJsonArray array = v.toArray();
        if (key == u"length")
            return number(double(array.size()));
        qsizetype index = 0;
        if (isCanonicalIndex(key, array.size(), index))
            return array.at(index);
        return undefined();
    }
    if (v.isString()) {
        const QString s = v.toString();
        if (key == u"length")
            return number(double(s.size()));
        qsizetype index = 0;
        if (isCanonicalIndex(key, s.size(), index))
            return QString(s.at(index));
        return undefined();
    }
    return undefined();
}

} // namespace ow::rules::js

#pragma once

#include <QJsonValue>
#include <QString>

// JavaScript's value semantics over QJsonValue, as JsonLogic (json-logic-js) inherits them. Internal to
// app/rules. QJsonValue::Undefined plays JavaScript's undefined; doubles may be NaN or ±Infinity here.
namespace ow::rules::js {

enum class Kind { Undefined, Null, Boolean, Number, String, Array, Object };
Kind kindOf(const QJsonValue& v);

QJsonValue undefined();
bool isNullish(const QJsonValue& v); // null or undefined

// JsonLogic truthiness: JavaScript's, except that an empty array is false.
bool truthy(const QJsonValue& v);
// JavaScript's own truthiness (an empty array is true).
bool jsTruthy(const QJsonValue& v);

// String(v): 1.0 → "1", null → "null", [1,[2,3]] → "1,2,3", {} → "[object Object]".
QString toString(const QJsonValue& v);
// Number(v): "" → 0, " 12 " → 12, "0x1F" → 31, "1e3" → 1000, "abc" → NaN, null → 0, undefined → NaN,
// [] → 0, [7] → 7, [1,2] → NaN.
double toNumber(const QJsonValue& v);
// parseFloat(String(v)): the longest decimal prefix; "3 apples" → 3, null → NaN, true → NaN.
double parseFloat(const QJsonValue& v);
// ToIntegerOrInfinity(v): NaN → 0, truncation towards zero.
double toIntegerOrInfinity(const QJsonValue& v);

// Number::toString: the shortest round-trip form, "1e+21", "1e-7", "0.000001", "NaN", "Infinity".
QString numberToString(double d);
// StringToNumber: the whole string must be a numeric literal (surrounding white space allowed).
double stringToNumber(QStringView s);
// parseFloat on a string.
double parseFloatString(QStringView s);

// a == b (abstract equality) and a === b. Arrays and objects equal nothing: JavaScript compares them by
// reference, and a rule cannot hold two references to one array.
bool looseEquals(const QJsonValue& a, const QJsonValue& b);
bool strictEquals(const QJsonValue& a, const QJsonValue& b);

// The abstract relational comparison behind < <= > >=: both strings → UTF-16 code unit order; otherwise
// numbers, and NaN compares as Unordered (every comparison false).
enum class Order { Less, Equal, Greater, Unordered };
Order compare(const QJsonValue& a, const QJsonValue& b);

// A JavaScript number as a QJsonValue (may hold NaN/Infinity during evaluation).
QJsonValue number(double d);

// a[key] for JavaScript property access on data: object members, array indexes and "length", string
// characters and "length"; anything else is undefined.
QJsonValue property(const QJsonValue& v, const QString& key);

} // namespace ow::rules::js

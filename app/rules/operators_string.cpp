// Strings: cat (String() of each operand, null and undefined as ""), substr (negative start and length)
// and log.
#include "app/common/logging.h"
#include "app/rules/coercion.h"
#include "app/rules/machine.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace ow::rules::detail {
namespace {

// Array.prototype.join.call(arguments, "").
Result<QJsonValue> opCat(const Call& c)
{
    QString out;
    for (const QJsonValue& v : c.values) {
        if (!js::isNullish(v))
            out += js::toString(v);
    }
    return QJsonValue(out);
}

// String.prototype.substr(start, length) on UTF-16 code units.
QString substr(const QString& s, double start, double length)
{
    const double size = double(s.size());
    double from = start < 0 ? std::max(size + start, 0.0) : std::min(start, size);
    const double count = std::clamp(length, 0.0, size);
    const double to = std::min(from + count, size);
    if (to <= from)
        return {};
    return s.mid(qsizetype(from), qsizetype(to - from));
}

// {"substr": [source, start, length]}: a negative length leaves that many characters off the end.
Result<QJsonValue> opSubstr(const Call& c)
{
    const QString source = js::toString(c.value(0));
    const double start = js::toIntegerOrInfinity(c.value(1));
    const QJsonValue lengthArg = c.value(2);
    if (lengthArg.isUndefined())
        return QJsonValue(substr(source, start, double(source.size())));
    const double length = js::toNumber(lengthArg);
    if (length < 0) {
        const QString tail = substr(source, start, double(source.size()));
        return QJsonValue(substr(tail, 0, std::trunc(double(tail.size()) + length)));
    }
    return QJsonValue(substr(source, start, js::toIntegerOrInfinity(lengthArg)));
}

// {"log": value}: writes the value to the rules log category (debug) and returns it.
Result<QJsonValue> opLog(const Call& c)
{
    const QJsonValue v = c.value(0);
    QString text;
    if (v.isArray() || v.isObject())
        text = QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                             : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    else
        text = js::toString(v);
    qCDebug(lcRules).noquote() << "log:" << text;
    return v;
}

} // namespace

QList<OperatorSpec> stringOperators()
{
    return {
        {QStringLiteral("cat"), 0, -1, false, -1, opCat},
        {QStringLiteral("substr"), 1, 3, false, -1, opSubstr},
        {QStringLiteral("log"), 1, 1, false, -1, opLog},
    };
}

} // namespace ow::rules::detail

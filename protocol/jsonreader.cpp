#include "protocol/jsonreader.h"

#include "protocol/text_p.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace ow::protocol {
namespace {

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

} // namespace

JsonReader::JsonReader(QJsonObject object, QString path)
    : m_object(std::move(object))
    , m_path(std::move(path))
{ }

bool JsonReader::has(const QString& key) const
{
    return m_object.contains(key) && !m_object.value(key).isNull();
}

QString JsonReader::path(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

void JsonReader::fail(const QString& key, const char* code, const QString& message)
{
    if (!m_error)
        m_error = makeError(QString::fromLatin1(code), message, path(key));
}

void JsonReader::adopt(const Error& error)
{
    if (!m_error)
        m_error = error;
}

const QJsonValue* JsonReader::take(const QString& key, bool required)
{
    m_read.insert(key);
    if (m_error)
        return nullptr;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd() || it->isNull()) {
        if (required)
            fail(key, kMissingField, Text::tr("The field %1 is missing.").arg(path(key)));
        return nullptr;
    }
    m_current = *it;
    return &m_current;
}

QString JsonReader::string(const QString& key, qsizetype maxLength)
{
    const QJsonValue* v = take(key, true);
    if (!v)
        return {};
    if (!v->isString()) {
        fail(
            key, kWrongType, Text::tr("The field %1 must be a string, not %2.").arg(path(key), typeName(*v)));
        return {};
    }
    const QString s = v->toString();
    if (s.trimmed().isEmpty()) {
        fail(key, kMissingField, Text::tr("The field %1 is empty.").arg(path(key)));
        return {};
    }
    if (s.size() > maxLength) {
        fail(key, kInvalidValue,
            Text::tr("The field %1 is longer than %2 characters.").arg(path(key)).arg(maxLength));
        return {};
    }
    return s;
}

QString JsonReader::optionalString(const QString& key, qsizetype maxLength)
{
    if (!m_object.contains(key) || m_object.value(key).isNull()) {
        m_read.insert(key);
        return {};
    }
    const QJsonValue v = m_object.value(key);
    if (v.isString() && v.toString().isEmpty()) {
        m_read.insert(key);
        return {};
    }
    return string(key, maxLength);
}

qint64 JsonReader::integer(const QString& key, qint64 min, qint64 max)
{
    const QJsonValue* v = take(key, true);
    if (!v)
        return 0;
    const double d = v->toDouble();
    if (!v->isDouble() || std::floor(d) != d) {
        fail(key, kWrongType,
            Text::tr("The field %1 must be an integer, not %2.").arg(path(key), typeName(*v)));
        return 0;
    }
    if (d < double(min) || d > double(max)) {
        fail(key, kInvalidValue,
            Text::tr("The field %1 must be between %2 and %3.").arg(path(key)).arg(min).arg(max));
        return 0;
    }
    return qint64(d);
}

std::optional<qint64> JsonReader::optionalInteger(const QString& key, qint64 min, qint64 max)
{
    if (!has(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    const qint64 value = integer(key, min, max);
    return ok() ? std::optional<qint64>(value) : std::nullopt;
}

bool JsonReader::boolean(const QString& key)
{
    const QJsonValue* v = take(key, true);
    if (!v)
        return false;
    if (!v->isBool()) {
        fail(key, kWrongType,
            Text::tr("The field %1 must be true or false, not %2.").arg(path(key), typeName(*v)));
        return false;
    }
    return v->toBool();
}

std::optional<bool> JsonReader::optionalBoolean(const QString& key)
{
    if (!has(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    const bool value = boolean(key);
    return ok() ? std::optional<bool>(value) : std::nullopt;
}

QJsonObject JsonReader::object(const QString& key)
{
    const QJsonValue* v = take(key, true);
    if (!v)
        return {};
    if (!v->isObject()) {
        fail(key, kWrongType,
            Text::tr("The field %1 must be an object, not %2.").arg(path(key), typeName(*v)));
        return {};
    }
    return v->toObject();
}

QJsonArray JsonReader::array(const QString& key, qsizetype maxItems)
{
    const QJsonValue* v = take(key, true);
    if (!v)
        return {};
    if (!v->isArray()) {
        fail(
            key, kWrongType, Text::tr("The field %1 must be an array, not %2.").arg(path(key), typeName(*v)));
        return {};
    }
    const QJsonArray a = v->toArray();
    if (a.size() > maxItems) {
        fail(key, kInvalidValue,
            Text::tr("The field %1 has more than %2 entries.").arg(path(key)).arg(maxItems));
        return {};
    }
    return a;
}

std::optional<QJsonArray> JsonReader::optionalArray(const QString& key, qsizetype maxItems)
{
    if (!has(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    const QJsonArray a = array(key, maxItems);
    return ok() ? std::optional<QJsonArray>(a) : std::nullopt;
}

QStringList JsonReader::stringArray(const QString& key, qsizetype maxItems, qsizetype maxLength)
{
    const QJsonArray a = array(key, maxItems);
    QStringList out;
    for (qsizetype i = 0; ok() && i < a.size(); ++i) {
        const QString where = indexPath(key, i);
        if (!a.at(i).isString()) {
            fail(where, kWrongType,
                Text::tr("The field %1 must be a string, not %2.").arg(path(where), typeName(a.at(i))));
            break;
        }
        const QString s = a.at(i).toString();
        if (s.isEmpty() || s.size() > maxLength) {
            fail(where, kInvalidValue,
                Text::tr("The field %1 must have 1 to %2 characters.").arg(path(where)).arg(maxLength));
            break;
        }
        out << s;
    }
    return out;
}

QStringList JsonReader::optionalStringArray(const QString& key, qsizetype maxItems, qsizetype maxLength)
{
    if (!has(key)) {
        m_read.insert(key);
        return {};
    }
    return stringArray(key, maxItems, maxLength);
}

QString JsonReader::oneOf(const QString& key, const QStringList& allowed)
{
    const QString s = string(key, 64);
    if (ok() && !allowed.contains(s)) {
        fail(key, kInvalidValue,
            Text::tr("The field %1 must be one of %2.").arg(path(key), allowed.join(QStringLiteral(", "))));
        return {};
    }
    return s;
}

QDate JsonReader::date(const QString& key)
{
    const QString s = string(key, 10);
    if (!ok())
        return {};
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!re.match(s).hasMatch() || !d.isValid()) {
        fail(key, kInvalidValue, Text::tr("The field %1 must be a date like 2026-11-28.").arg(path(key)));
        return {};
    }
    return d;
}

std::optional<QDate> JsonReader::optionalDate(const QString& key)
{
    if (!has(key)) {
        m_read.insert(key);
        return std::nullopt;
    }
    const QDate d = date(key);
    return ok() ? std::optional<QDate>(d) : std::nullopt;
}

QDateTime JsonReader::dateTime(const QString& key)
{
    const QString s = string(key, 40);
    if (!ok())
        return {};
    const QDateTime at = parseTimestamp(s);
    if (!at.isValid()) {
        fail(key, kInvalidValue,
            Text::tr("The field %1 must be a time with a time zone like 2026-11-28T04:18:00Z.")
                .arg(path(key)));
        return {};
    }
    return at;
}

QJsonValue JsonReader::value(const QString& key)
{
    const QJsonValue* v = take(key, true);
    return v ? *v : QJsonValue();
}

Result<void> JsonReader::finish()
{
    if (m_error)
        return *m_error;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key()))
            return makeError(QString::fromLatin1(kUnknownField),
                Text::tr("The field %1 is not part of this request.").arg(path(it.key())), path(it.key()));
    }
    return {};
}

Result<QJsonObject> parseObject(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(QString::fromLatin1(kMalformedJson),
            Text::tr("The request body is not valid JSON (%1 at offset %2).")
                .arg(error.errorString())
                .arg(error.offset));
    if (!doc.isObject())
        return makeError(
            QString::fromLatin1(kWrongType), Text::tr("The request body must be a JSON object."));
    return doc.object();
}

QString formatTimestamp(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime parseTimestamp(const QString& text)
{
    // A time zone (Z or ±hh:mm) is required: a time without one is ambiguous between counters.
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!re.match(text).hasMatch())
        return {};
    QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

QString formatDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

QString indexPath(const QString& path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

} // namespace ow::protocol

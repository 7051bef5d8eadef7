#pragma once

#include "base/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace ow::protocol {

// Error codes of strict JSON parsing; Error::where names the field as a JSON path ("applicant.idNumber").
inline constexpr auto kMissingField = "protocol.missingField";
inline constexpr auto kWrongType = "protocol.wrongType";
inline constexpr auto kUnknownField = "protocol.unknownField";
inline constexpr auto kInvalidValue = "protocol.invalidValue";
inline constexpr auto kMalformedJson = "protocol.malformedJson";

// Reads one JSON object strictly: every field read is checked for presence and type, every field present
// but never read is an error (unknown field). The first problem is kept; later reads return defaults.
class JsonReader
{
public:
    explicit JsonReader(QJsonObject object, QString path = {});

    bool has(const QString& key) const;
    QString path(const QString& key) const;

    QString string(const QString& key, qsizetype maxLength = 256);
    QString optionalString(const QString& key, qsizetype maxLength = 256);
    qint64 integer(const QString& key, qint64 min, qint64 max);
    std::optional<qint64> optionalInteger(const QString& key, qint64 min, qint64 max);
    bool boolean(const QString& key);
    std::optional<bool> optionalBoolean(const QString& key);
    QJsonObject object(const QString& key);
    QJsonArray array(const QString& key, qsizetype maxItems);
    std::optional<QJsonArray> optionalArray(const QString& key, qsizetype maxItems);
    QStringList stringArray(const QString& key, qsizetype maxItems, qsizetype maxLength = 256);
    QStringList optionalStringArray(const QString& key, qsizetype maxItems, qsizetype maxLength = 256);
    QString oneOf(const QString& key, const QStringList& allowed);
    QDate date(const QString& key);
    std::optional<QDate> optionalDate(const QString& key);
    QDateTime dateTime(const QString& key);
    // Any JSON value (e.g. a field value whose type the catalog defines).
    QJsonValue value(const QString& key);

    // Records a problem with a field (the first one wins).
    void fail(const QString& key, const char* code, const QString& message);
    // Takes over the first error of a nested reader or parser.
    void adopt(const Error& error);
    bool ok() const { return !m_error.has_value(); }

    // Ends reading: reports the first error, or an unknown field when no error occurred.
    Result<void> finish();

private:
    const QJsonValue* take(const QString& key, bool required);

    QJsonObject m_object;
    QString m_path;
    QSet<QString> m_read;
    std::optional<Error> m_error;
    QJsonValue m_current;
};

// Parses a request body: valid UTF-8 JSON whose top level is an object.
Result<QJsonObject> parseObject(const QByteArray& body);

// Timestamps on the wire: ISO 8601 UTC with milliseconds, "2026-11-28T04:18:00.000Z".
QString formatTimestamp(const QDateTime& at);
QDateTime parseTimestamp(const QString& text);
QString formatDate(const QDate& date);

// A path element for nested readers: "materials[2]".
QString indexPath(const QString& path, qsizetype index);

} // namespace ow::protocol

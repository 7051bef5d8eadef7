#pragma once

#include "app/catalog/catalog.h"
#include "app/catalog/sourcemap.h"
#include "app/common/result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace ow::catalog {

// Reads typed values out of catalog JSON and records a clear Error (code, message, "file.json: /pointer")
// for every missing key, wrong type or unknown enum value instead of stopping at the first one.
// Every getter returns a usable default after recording the error, so parsing can go on.
class JsonReader
{
public:
    explicit JsonReader(const SourceMap& sources);

    QString where(const QString& pointer) const { return m_sources.where(pointer); }
    void error(const QString& code, const QString& message, const QString& pointer);
    void warning(const QString& code, const QString& message, const QString& pointer);
    const QList<Error>& errors() const { return m_errors; }
    const QList<Error>& warnings() const { return m_warnings; }

    QString string(const QJsonObject& o, const QString& ptr, const QString& key, bool required = false);
    // A required string that is not empty.
    QString id(const QJsonObject& o, const QString& ptr, const QString& key);
    int integer(const QJsonObject& o, const QString& ptr, const QString& key, int fallback = 0);
    double number(const QJsonObject& o, const QString& ptr, const QString& key, double fallback = 0);
    bool boolean(const QJsonObject& o, const QString& ptr, const QString& key, bool fallback = false);
    Text text(const QJsonObject& o, const QString& ptr, const QString& key, bool required = false);
    Text text(const QJsonValue& v, const QString& ptr);
    QStringList strings(const QJsonObject& o, const QString& ptr, const QString& key);
    QJsonArray array(const QJsonObject& o, const QString& ptr, const QString& key, bool required = false);
    QJsonObject object(const QJsonObject& o, const QString& ptr, const QString& key, bool required = false);
    // One of `allowed`; a missing optional value gives fallback.
    QString oneOf(const QJsonObject& o, const QString& ptr, const QString& key, const QStringList& allowed,
        bool required, const QString& fallback = {});
    // An array element that must be an object.
    QJsonObject element(const QJsonValue& v, const QString& ptr, const QString& what);
    // Warns about keys outside `known` (typos such as "dependOn"); keys starting with "$" or "_" are free.
    void checkKeys(const QJsonObject& o, const QString& ptr, const QStringList& known);

private:
    bool present(const QJsonObject& o, const QString& ptr, const QString& key, bool required);

    const SourceMap& m_sources;
    QList<Error> m_errors;
    QList<Error> m_warnings;
};

// A JSON type name for messages ("string", "number", "object", …).
QString jsonTypeName(const QJsonValue& v);

} // namespace ow::catalog

#include "app/catalog/jsonreader.h"

#include <QCoreApplication>

namespace ow::catalog {

QString jsonTypeName(const QJsonValue& v)
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
    return QStringLiteral("nothing");
}

JsonReader::JsonReader(const SourceMap& sources)
    : m_sources(sources)
{ }

void JsonReader::error(const QString& code, const QString& message, const QString& pointer)
{
    m_errors.append(makeError(code, message, where(pointer)));
}

void JsonReader::warning(const QString& code, const QString& message, const QString& pointer)
{
    m_warnings.append(makeError(code, message, where(pointer)));
}

bool JsonReader::present(const QJsonObject& o, const QString& ptr, const QString& key, bool required)
{
    const QJsonValue v = o.value(key);
    if (!v.isUndefined() && !v.isNull())
        return true;
    if (required)
        error(QStringLiteral("catalog.missingKey"),
            QCoreApplication::translate("ow::catalog", "Required key \"%1\" is missing.").arg(key), ptr);
    return false;
}

QString JsonReader::string(const QJsonObject& o, const QString& ptr, const QString& key, bool required)
{
    if (!present(o, ptr, key, required))
        return {};
    const QJsonValue v = o.value(key);
    if (!v.isString()) {
        error(QStringLiteral("catalog.wrongType"),
            QCoreApplication::translate("ow::catalog", "\"%1\" must be a string, not %2.")
                .arg(key, jsonTypeName(v)),
            pointerChild(ptr, key));
        return {};
    }
    return v.toString();
}

QString JsonReader::id(const QJsonObject& o, const QString& ptr, const QString& key)
{
    if (!present(o, ptr, key, true))
        return {};
    const QString s = string(o, ptr, key, true);
    if (o.value(key).isString() && s.trimmed().isEmpty())
        error(QStringLiteral("catalog.emptyId"),
            QCoreApplication::translate("ow::catalog", "\"%1\" must not be empty.").arg(key),
            pointerChild(ptr, key));
    return s;
}

int JsonReader::integer(const QJsonObject& o, const QString& ptr, const QString& key, int fallback)
{
    if (!present(o, ptr, key, false))
        return fallback;
    const QJsonValue v = o.value(key);
    const double d = v.toDouble(-1.5);
    if (!v.isDouble() || d != double(qint64(d)) || d < 0 || d > 1e9) {
        error(QStringLiteral("catalog.wrongType"),
            QCoreApplication::translate("ow::catalog", "\"%1\" must be a whole number of at least 0, not %2.")
                .arg(key, v.isDouble() ? QString::number(d) : jsonTypeName(v)),
            pointerChild(ptr, key));
        return fallback;
    }
    return int(d);
}

double JsonReader::number(const QJsonObject& o, const QString& ptr, const QString& key, double fallback)
{
    if (!present(o, ptr, key, false))
        return fallback;
    const QJsonValue v = o.value(key);
    if (!v.isDouble() || v.toDouble() < 0) {
        error(QStringLiteral("catalog.wrongType"),
            QCoreApplication::translate("ow::catalog", "\"%1\" must be a number of at least 0, not %2.")
                .arg(key, jsonTypeName(v)),
            pointerChild(ptr, key));
        return fallback;
    }
    return v.toDouble();
}

bool JsonReader::boolean(const QJsonObject& o, const QString& ptr, const QString& key, bool fallback)
{
    if (!present(o, ptr, key, false))
        return fallback;
    const QJsonValue v = o.value(key);
    if (!v.isBool()) {
        error(QStringLiteral("catalog.wrongType"),
            QCoreApplication::translate("ow::catalog", "\"%1\" must be true or false, not %2.")
                .arg(key, jsonTypeName(v)),
            pointerChild(ptr, key));
        return fallback;
    }
    return v.toBool();
}

Text JsonReader::text(const QJsonValue& v, const QString& ptr)
{
    if (v.isString())
        return Text {v.toString(), QString()};
    if (!v.isObject()) {
        error(QStringLiteral("catalog.wrongType"),
            QCoreApplication::translate(
                "ow::catalog", "A text must be an object {\"zh\": …, \"en\": …}, not %1.")
                .arg(jsonTypeName(v)),
            ptr);
        return {};
    }
    const QJsonObject o = v.toObject();
    Text t;
    t.zh = string(o, ptr, QStringLiteral("zh"), true);
    if (o.value(QStringLiteral("zh")).isString() && t.zh.trimmed().isEmpty())
        error(QStringLiteral("catalog.emptyText"),
            QCoreApplication::translate("ow::catalog", "The Chinese text \"zh\" must not be empty."),
            pointerChild(ptr, QStringLiteral("zh")));
    t.en = string(o, ptr, QStringLiteral("en"));
    checkKeys(o, ptr, {QStringLiteral("zh"), QStringLiteral("en")});
    return t;
}

Text JsonReader::text(const QJsonObject& o, const QString& ptr, const QString& key, bool required)
{
    if (!present(o, ptr, key, required))
        return {};
    return text(o.value(key), pointerChild(ptr, key));
}

QStringList JsonReader::strings(const QJsonObject& o, const QString& ptr, const QString& key)
{
    const QJsonArray a = array(o, ptr, key);
    QStringList out;
    const QString base = pointerChild(ptr, key);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString() || a.at(i).toString().isEmpty()) {
            error(QStringLiteral("catalog.wrongType"),
                QCoreApplication::translate(
                    "ow::catalog", "Entries of \"%1\" must be non-empty strings, not %2.")
                    .arg(key, jsonTypeName(a.at(i))),
                pointerChild(base, i));
            continue;
        }
        out << a.at(i).toString();
    }
    return out;
}

QJsonArray JsonReader::array(const QJsonObject& o, const QString& ptr, const QString& key, bool required)
{
    if (!present(o, ptr, key, required))
        return {};
    const QJsonValue v = o.value(key);
    if (!v.isArray()) {
        error(QStringLiteral("catalog.wrongType"),
            QCoreApplication::translate("ow::catalog", "\"%1\" must be an array, not %2.")
                .arg(key, jsonTypeName(v)),
            pointerChild(ptr, key));
        return {};
    }
    return v.toArray();
}

QJsonObject JsonReader::object(const QJsonObject& o, const QString& ptr, const QString& key, bool required)
{
    if (!present(o, ptr, key, required))
        return {};
    const QJsonValue v = o.value(key);
    if (!v.isObject()) {
        error(QStringLiteral("catalog.wrongType"),
            QCoreApplication::translate("ow::catalog", "\"%1\" must be an object, not %2.")
                .arg(key, jsonTypeName(v)),
            pointerChild(ptr, key));
        return {};
    }
    return v.toObject();
}

QString JsonReader::oneOf(const QJsonObject& o, const QString& ptr, const QString& key,
    const QStringList& allowed, bool required, const QString& fallback)
{
    if (!present(o, ptr, key, required))
        return fallback;
    const QString s = string(o, ptr, key, required);
    if (!o.value(key).isString())
        return fallback;
    if (!allowed.contains(s)) {
        error(QStringLiteral("catalog.unknownValue"),
            QCoreApplication::translate(
                "ow::catalog", "\"%1\" is not a known value of \"%2\"; expected one of: %3.")
                .arg(s, key, allowed.join(QStringLiteral(", "))),
            pointerChild(ptr, key));
        return fallback;
    }
    return s;
}

QJsonObject JsonReader::element(const QJsonValue& v, const QString& ptr, const QString& what)
{
    if (!v.isObject()) {
        error(QStringLiteral("catalog.wrongType"),
            QCoreApplication::translate("ow::catalog", "%1 must be an object, not %2.")
                .arg(what, jsonTypeName(v)),
            ptr);
        return {};
    }
    return v.toObject();
}

void JsonReader::checkKeys(const QJsonObject& o, const QString& ptr, const QStringList& known)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString& k = it.key();
        if (k.startsWith(u'$') || k.startsWith(u'_') || known.contains(k))
            continue;
        warning(QStringLiteral("unknownKey"),
            QCoreApplication::translate("ow::catalog", "Unknown key \"%1\" is ignored (known keys: %2).")
                .arg(k, known.join(QStringLiteral(", "))),
            pointerChild(ptr, k));
    }
}

} // namespace ow::catalog

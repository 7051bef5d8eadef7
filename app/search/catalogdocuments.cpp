#include "app/search/catalogdocuments.h"

#include <QHash>
#include <QJsonArray>

namespace ow::search {

namespace {

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

// A catalog text is {"zh": …, "en": …}; a plain string is taken as the Chinese text.
QString text(const QJsonValue& value, const char* lang)
{
    if (value.isString())
        return qstrcmp(lang, "zh") == 0 ? value.toString() : QString();
    return value.toObject().value(key(lang)).toString();
}

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& v : value.toArray()) {
        const QString s = v.isString() ? v.toString() : text(v, "zh");
        if (!s.isEmpty())
            list << s;
    }
    return list;
}

QString joined(const QStringList& parts)
{
    QStringList nonEmpty;
    for (const QString& p : parts) {
        if (!p.isEmpty() && !nonEmpty.contains(p))
            nonEmpty << p;
    }
    return nonEmpty.join(u' ');
}

} // namespace

QList<SearchDocument> documentsFromCatalogJson(const QJsonObject& merged)
{
    QHash<QString, QString> departments;
    for (const QJsonValue& v : merged.value(key("departments")).toArray()) {
        const QJsonObject d = v.toObject();
        departments.insert(d.value(key("id")).toString(), text(d.value(key("name")), "zh"));
    }

    QList<SearchDocument> docs;
    for (const QJsonValue& v : merged.value(key("bundles")).toArray()) {
        const QJsonObject b = v.toObject();
        QStringList extra {text(b.value(key("name")), "en")};
        extra << departments.value(b.value(key("leadDepartment")).toString());
        for (const QString& id : strings(b.value(key("departments"))))
            extra << departments.value(id);
        docs.append({QStringLiteral("bundle"), b.value(key("code")).toString(),
            text(b.value(key("name")), "zh"), strings(b.value(key("aliases"))), joined(extra)});
    }
    for (const QJsonValue& v : merged.value(key("items")).toArray()) {
        const QJsonObject it = v.toObject();
        const QStringList extra {text(it.value(key("name")), "en"),
            departments.value(it.value(key("department")).toString()),
            it.value(key("nationalCode")).toString()};
        docs.append({QStringLiteral("item"), it.value(key("code")).toString(),
            text(it.value(key("name")), "zh"), strings(it.value(key("aliases"))), joined(extra)});
    }
    return docs;
}

} // namespace ow::search

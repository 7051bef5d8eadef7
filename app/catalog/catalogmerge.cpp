#include "app/catalog/catalogmerge.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ow::catalog {

namespace {

const QStringList& reservedKeys()
{
    static const QStringList keys {QStringLiteral("fields"), QStringLiteral("materials"),
        QStringLiteral("items"), QStringLiteral("bundles"), QStringLiteral("calendar")};
    return keys;
}

QString lineAndColumn(const QByteArray& data, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        if (data.at(i) == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    const qsizetype column = QString::fromUtf8(data.mid(lineStart, offset - lineStart)).size() + 1;
    return QCoreApplication::translate("ow::catalog", "line %1, column %2").arg(line).arg(column);
}

QStringList jsonFiles(const QDir& dir, const QString& sub)
{
    QDir d(dir.filePath(sub));
    if (!d.exists())
        return {};
    return d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
}

// Reads fields.json / materials.json: {"<key>": [...]}.
void mergeDictionary(const QDir& dir, const QString& key, MergedCatalog& out, QList<Error>& errors)
{
    const QString file = key + QStringLiteral(".json");
    if (!QFileInfo::exists(dir.filePath(file))) {
        errors << makeError(QStringLiteral("catalog.missingFile"),
            QCoreApplication::translate("ow::catalog", "The catalog folder has no %1.").arg(file), file);
        return;
    }
    auto obj = readJsonObject(dir.filePath(file), file);
    if (!obj) {
        errors << obj.error();
        return;
    }
    const QJsonValue list = obj->value(key);
    if (!list.isArray()) {
        errors << makeError(QStringLiteral("catalog.wrongType"),
            QCoreApplication::translate("ow::catalog", "%1 must hold an array \"%2\".").arg(file, key),
            file + QStringLiteral(": /") + key);
        return;
    }
    out.document.insert(key, list);
    out.sources.add(u'/' + key, file, u'/' + key);
}

void mergeItems(const QDir& dir, MergedCatalog& out, QList<Error>& errors)
{
    QJsonArray items;
    for (const QString& name : jsonFiles(dir, QStringLiteral("items"))) {
        const QString file = QStringLiteral("items/") + name;
        auto obj = readJsonObject(dir.filePath(file), file);
        if (!obj) {
            errors << obj.error();
            continue;
        }
        const QJsonValue list = obj->value(QStringLiteral("items"));
        if (!list.isArray()) {
            errors << makeError(QStringLiteral("catalog.wrongType"),
                QCoreApplication::translate("ow::catalog", "%1 must hold an array \"items\".").arg(file),
                file + QStringLiteral(": /items"));
            continue;
        }
        const QJsonArray a = list.toArray();
        for (qsizetype k = 0; k < a.size(); ++k) {
            out.sources.add(pointerChild(QStringLiteral("/items"), items.size()), file,
                pointerChild(QStringLiteral("/items"), k));
            items.append(a.at(k));
        }
    }
    out.document.insert(QStringLiteral("items"), items);
}

void mergeBundles(const QDir& dir, MergedCatalog& out, QList<Error>& errors)
{
    QJsonArray bundles;
    for (const QString& name : jsonFiles(dir, QStringLiteral("bundles"))) {
        const QString file = QStringLiteral("bundles/") + name;
        auto obj = readJsonObject(dir.filePath(file), file);
        if (!obj) {
            errors << obj.error();
            continue;
        }
        if (obj->value(QStringLiteral("bundles")).isArray()) { // several bundles in one file
            const QJsonArray a = obj->value(QStringLiteral("bundles")).toArray();
            for (qsizetype k = 0; k < a.size(); ++k) {
                out.sources.add(pointerChild(QStringLiteral("/bundles"), bundles.size()), file,
                    pointerChild(QStringLiteral("/bundles"), k));
                bundles.append(a.at(k));
            }
            continue;
        }
        out.sources.add(pointerChild(QStringLiteral("/bundles"), bundles.size()), file, QString());
        bundles.append(*obj);
    }
    out.document.insert(QStringLiteral("bundles"), bundles);
}

void mergeCalendar(const QDir& dir, MergedCatalog& out, QList<Error>& errors)
{
    const QString file = QStringLiteral("calendar.json");
    if (!QFileInfo::exists(dir.filePath(file)))
        return;
    auto obj = readJsonObject(dir.filePath(file), file);
    if (!obj) {
        errors << obj.error();
        return;
    }
    if (obj->contains(QStringLiteral("calendar"))) {
        out.document.insert(QStringLiteral("calendar"), obj->value(QStringLiteral("calendar")));
        out.sources.add(QStringLiteral("/calendar"), file, QStringLiteral("/calendar"));
    } else {
        out.document.insert(QStringLiteral("calendar"), *obj);
        out.sources.add(QStringLiteral("/calendar"), file, QString());
    }
}

} // namespace

Result<QJsonObject> readJsonObject(const QString& path, const QString& displayName)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(QStringLiteral("catalog.read"),
            QCoreApplication::translate("ow::catalog", "Cannot read %1: %2")
                .arg(displayName, f.errorString()),
            displayName);
    const QByteArray data = f.readAll();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError)
        return makeError(QStringLiteral("catalog.syntax"),
            QCoreApplication::translate("ow::catalog", "%1 is not valid JSON: %2.")
                .arg(displayName, pe.errorString()),
            displayName + QStringLiteral(": ") + lineAndColumn(data, pe.offset));
    if (!doc.isObject())
        return makeError(QStringLiteral("catalog.wrongType"),
            QCoreApplication::translate("ow::catalog", "%1 must contain a JSON object.").arg(displayName),
            displayName + QStringLiteral(": /"));
    return doc.object();
}

MergedCatalog mergeFolder(const QString& directory, QList<Error>& errors)
{
    MergedCatalog out;
    const QDir dir(directory);
    const QString main = QStringLiteral("catalog.json");
    auto top = readJsonObject(dir.filePath(main), main);
    if (!top) {
        errors << top.error();
    } else {
        for (const QString& key : reservedKeys()) {
            if (top->contains(key))
                errors << makeError(QStringLiteral("catalog.reservedKey"),
                    QCoreApplication::translate(
                        "ow::catalog", "\"%1\" does not belong in catalog.json; it has its own file.")
                        .arg(key),
                    main + QStringLiteral(": /") + key);
        }
        out.document = *top;
    }
    out.sources.add(QString(), main, QString());
    mergeDictionary(dir, QStringLiteral("fields"), out, errors);
    mergeDictionary(dir, QStringLiteral("materials"), out, errors);
    mergeItems(dir, out, errors);
    mergeBundles(dir, out, errors);
    mergeCalendar(dir, out, errors);
    return out;
}

MergedCatalog readCatalogSource(const QString& fileOrDirectory, QList<Error>& errors)
{
    const QFileInfo info(fileOrDirectory);
    if (info.isDir())
        return mergeFolder(fileOrDirectory, errors);
    if (!info.exists()) {
        errors << makeError(QStringLiteral("catalog.notFound"),
            QCoreApplication::translate("ow::catalog", "No catalog file or folder at %1.")
                .arg(fileOrDirectory),
            fileOrDirectory);
        return {};
    }
    MergedCatalog out;
    out.sources = SourceMap::single(info.fileName());
    auto obj = readJsonObject(fileOrDirectory, info.fileName());
    if (!obj) {
        errors << obj.error();
        return out;
    }
    const bool isMerged = obj->contains(QStringLiteral("items")) || obj->contains(QStringLiteral("bundles"));
    if (!isMerged && info.fileName() == QStringLiteral("catalog.json")
        && QFileInfo::exists(info.dir().filePath(QStringLiteral("fields.json"))))
        return mergeFolder(info.absolutePath(), errors);
    out.document = *obj;
    return out;
}

} // namespace ow::catalog

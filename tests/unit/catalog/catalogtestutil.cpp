#include "tests/unit/catalog/catalogtestutil.h"

#include "tests/support/testenv.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace ow::test::catalog {

namespace {

QStringList tokens(const QString& pointer)
{
    QStringList out = pointer.split(u'/');
    out.removeFirst(); // the empty token before the leading "/"
    for (QString& t : out) {
        t.replace(QStringLiteral("~1"), QStringLiteral("/"));
        t.replace(QStringLiteral("~0"), QStringLiteral("~"));
    }
    return out;
}

QJsonValue setIn(const QJsonValue& node, const QStringList& path, qsizetype i, const QJsonValue& value)
{
    const QString& key = path.at(i);
    const bool last = i == path.size() - 1;
    if (node.isArray()) {
        QJsonArray a = node.toArray();
        if (key == QStringLiteral("-")) {
            a.append(value);
            return a;
        }
        const qsizetype index = key.toLongLong();
        if (last) {
            if (value.isUndefined())
                a.removeAt(index);
            else
                a.replace(index, value);
        } else {
            a.replace(index, setIn(a.at(index), path, i + 1, value));
        }
        return a;
    }
    QJsonObject o = node.toObject();
    if (last) {
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
    } else {
        o.insert(key, setIn(o.value(key), path, i + 1, value));
    }
    return o;
}

} // namespace

QString fixtureDir()
{
    return ow::test::dataFile(QStringLiteral("catalog/basic"));
}

ow::catalog::MergedCatalog fixtureMerged()
{
    QList<Error> errors;
    ow::catalog::MergedCatalog merged = ow::catalog::mergeFolder(fixtureDir(), errors);
    Q_ASSERT(errors.isEmpty());
    return merged;
}

QJsonValue valueAt(const QJsonValue& root, const QString& pointer)
{
    QJsonValue node = root;
    for (const QString& t : tokens(pointer))
        node = node.isArray() ? node.toArray().at(t.toLongLong()) : node.toObject().value(t);
    return node;
}

QJsonValue withValueAt(const QJsonValue& root, const QString& pointer, const QJsonValue& value)
{
    const QStringList path = tokens(pointer);
    return path.isEmpty() ? value : setIn(root, path, 0, value);
}

QJsonObject withValueAt(const QJsonObject& root, const QString& pointer, const QJsonValue& value)
{
    return withValueAt(QJsonValue(root), pointer, value).toObject();
}

qsizetype indexOf(const QJsonObject& root, const QString& list, const QString& key, const QString& value)
{
    const QJsonArray a = root.value(list).toArray();
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).toObject().value(key).toString() == value)
            return i;
    }
    return -1;
}

bool copyFolder(const QString& from, const QString& to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile::remove(target);
        if (!QFile::copy(file, target))
            return false;
        QFile(target).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    return true;
}

bool writeJson(const QString& path, const QJsonObject& object)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(QJsonDocument(object).toJson()) > 0;
}

bool editJsonFile(const QString& path, const QString& pointer, const QJsonValue& value)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    return writeJson(path, withValueAt(o, pointer, value));
}

QJsonValue parseJson(const char* text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + text + "]");
    return doc.array().at(0);
}

} // namespace ow::test::catalog

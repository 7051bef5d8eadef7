#include "app/catalog/catalogrepository.h"

#include "app/catalog/cataloghash.h"
#include "app/catalog/lint.h"
#include "app/common/logging.h"
#include "app/store/localstore.h"
#include "app/store/sql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace ow::catalog {

namespace {

const QString kSelect
    = QStringLiteral("SELECT version, content_hash, title, source, loaded_at, active FROM catalogs");

CatalogVersion rowToVersion(const QSqlQuery& q)
{
    CatalogVersion v;
    v.version = q.value(0).toString();
    v.contentHash = q.value(1).toString();
    const QJsonObject title = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    v.title
        = Text {title.value(QStringLiteral("zh")).toString(), title.value(QStringLiteral("en")).toString()};
    v.source = q.value(3).toString();
    v.loadedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    v.active = q.value(5).toInt() == 1;
    return v;
}

} // namespace

QJsonObject CatalogVersion::toJson() const
{
    return QJsonObject {{QStringLiteral("version"), version}, {QStringLiteral("contentHash"), contentHash},
        {QStringLiteral("title"), title.zh}, {QStringLiteral("source"), source},
        {QStringLiteral("loadedAt"), loadedAt.toString(Qt::ISODate)}, {QStringLiteral("active"), active}};
}

int compareVersions(const QString& a, const QString& b)
{
    static const QRegularExpression sep(QStringLiteral("[.\\-_]"));
    const QStringList pa = a.split(sep), pb = b.split(sep);
    for (qsizetype i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        const QString x = pa.value(i), y = pb.value(i);
        bool xNum = false, yNum = false;
        const qlonglong xn = x.toLongLong(&xNum), yn = y.toLongLong(&yNum);
        int c = 0;
        if (xNum && yNum)
            c = xn < yn ? -1 : (xn > yn ? 1 : 0);
        else if (x.isEmpty() != y.isEmpty())
            c = x.isEmpty() ? -1 : 1;
        else
            c = x.compare(y);
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}

CatalogRepository::CatalogRepository(std::shared_ptr<store::LocalStore> store)
    : m_store(std::move(store))
{ }

Result<void> CatalogRepository::save(const Catalog& catalog, const QString& source)
{
    const QJsonObject title {
        {QStringLiteral("zh"), catalog.title().zh}, {QStringLiteral("en"), catalog.title().en}};
    auto q = store::exec(m_store->connection(),
        QStringLiteral(
            "INSERT INTO catalogs (version, content_hash, content, title, source, loaded_at, active) "
            "VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT (version, content_hash) DO NOTHING"),
        {catalog.version(), catalog.contentHash(), QString::fromUtf8(compactJson(catalog.toJson())),
            QString::fromUtf8(QJsonDocument(title).toJson(QJsonDocument::Compact)), source,
            QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!q)
        return q.error();
    return {};
}

Result<void> CatalogRepository::activate(const QString& version, const QString& contentHash)
{
    QSqlDatabase db = m_store->connection();
    return store::inTransaction(db, [&]() -> Result<void> {
        auto found = store::exec(db,
            QStringLiteral("SELECT id FROM catalogs WHERE version = ? AND content_hash = ?"),
            {version, contentHash});
        if (!found)
            return found.error();
        if (!found->next())
            return makeError(QStringLiteral("catalog.notStored"),
                QCoreApplication::translate(
                    "ow::catalog", "Catalog version %1 (%2) is not in the local store.")
                    .arg(version, contentHash.left(12)),
                version);
        const qint64 id = found->value(0).toLongLong();
        if (auto off = store::exec(db, QStringLiteral("UPDATE catalogs SET active = 0 WHERE active = 1"));
            !off)
            return off.error();
        if (auto on = store::exec(db, QStringLiteral("UPDATE catalogs SET active = 1 WHERE id = ?"), {id});
            !on)
            return on.error();
        qCInfo(lcCatalog).noquote() << "catalog" << version << contentHash.left(12) << "is now active";
        return {};
    });
}

Result<QList<CatalogVersion>> CatalogRepository::versions() const
{
    auto q = store::exec(m_store->connection(), kSelect);
    if (!q)
        return q.error();
    QList<CatalogVersion> out;
    while (q->next())
        out.append(rowToVersion(*q));
    std::stable_sort(out.begin(), out.end(), [](const CatalogVersion& a, const CatalogVersion& b) {
        const int c = compareVersions(a.version, b.version);
        return c != 0 ? c > 0 : a.loadedAt > b.loadedAt;
    });
    return out;
}

Result<CatalogVersion> CatalogRepository::activateNewest()
{
    auto all = versions();
    if (!all)
        return all.error();
    if (all->isEmpty())
        return makeError(QStringLiteral("catalog.storeEmpty"),
            QCoreApplication::translate("ow::catalog", "The local store holds no catalog."));
    CatalogVersion newest = all->first();
    if (auto ok = activate(newest.version, newest.contentHash); !ok)
        return ok.error();
    newest.active = true;
    return newest;
}

Result<Catalog> CatalogRepository::load(const QString& version, const QString& contentHash)
{
    auto q = store::exec(m_store->connection(),
        QStringLiteral("SELECT content FROM catalogs WHERE version = ? AND content_hash = ?"),
        {version, contentHash});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(QStringLiteral("catalog.notStored"),
            QCoreApplication::translate("ow::catalog", "Catalog version %1 (%2) is not in the local store.")
                .arg(version, contentHash.left(12)),
            version);
    const QJsonObject content = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    auto catalog = Catalog::fromJson(content, SourceMap::single(QStringLiteral("catalog ") + version));
    if (!catalog)
        return catalog.error();
    if (catalog->contentHash() != contentHash || catalog->version() != version)
        return makeError(QStringLiteral("catalog.corrupt"),
            QCoreApplication::translate(
                "ow::catalog", "The stored catalog %1 does not match its content hash.")
                .arg(version),
            version);
    return catalog;
}

Result<Catalog> CatalogRepository::loadActive()
{
    auto all = versions();
    if (!all)
        return all.error();
    if (all->isEmpty()) {
        auto embedded = Catalog::embeddedDefault();
        if (!embedded)
            return embedded.error();
        if (auto saved = save(*embedded, QStringLiteral("embedded")); !saved)
            return saved.error();
        if (auto on = activate(embedded->version(), embedded->contentHash()); !on)
            return on.error();
        return embedded;
    }
    for (const CatalogVersion& v : std::as_const(*all)) {
        if (v.active)
            return load(v.version, v.contentHash);
    }
    auto newest = activateNewest();
    if (!newest)
        return newest.error();
    return load(newest->version, newest->contentHash);
}

Result<bool> CatalogRepository::adoptEmbeddedIfNewer()
{
    auto embedded = Catalog::embeddedDefault();
    if (!embedded)
        return embedded.error();
    auto all = versions();
    if (!all)
        return all.error();
    if (!all->isEmpty() && compareVersions(embedded->version(), all->first().version) <= 0)
        return false;
    if (auto saved = save(*embedded, QStringLiteral("embedded")); !saved)
        return saved.error();
    if (auto on = activate(embedded->version(), embedded->contentHash()); !on)
        return on.error();
    return true;
}

Result<Catalog> CatalogRepository::importCatalog(const Catalog& catalog, const QString& source)
{
    const QList<LintIssue> issues = lint(catalog);
    for (const LintIssue& issue : issues) {
        if (issue.isError())
            return makeError(QStringLiteral("catalog.importLint"),
                QCoreApplication::translate(
                    "ow::catalog", "Catalog %1 was not imported because it has errors: %2")
                    .arg(catalog.version(), issue.message),
                issue.where);
    }
    auto all = versions();
    if (!all)
        return all.error();
    if (!all->isEmpty() && compareVersions(catalog.version(), all->first().version) <= 0)
        return makeError(QStringLiteral("catalog.notNewer"),
            QCoreApplication::translate("ow::catalog",
                "Catalog version %1 was not imported: the local store already has version %2. Only a newer "
                "version can be imported.")
                .arg(catalog.version(), all->first().version),
            source);
    if (auto saved = save(catalog, source); !saved)
        return saved.error();
    if (auto on = activate(catalog.version(), catalog.contentHash()); !on)
        return on.error();
    return catalog;
}

Result<Catalog> CatalogRepository::importFile(const QString& path)
{
    auto catalog = Catalog::load(path);
    if (!catalog)
        return catalog.error();
    return importCatalog(*catalog, path);
}

} // namespace ow::catalog

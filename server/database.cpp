#include "server/database.h"

#include "app/common/logging.h"
#include "app/store/localstore.h"
#include "app/store/migrations.h"
#include "app/store/sql.h"
#include "server/text_p.h"

#include <QDir>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>
#include <QThreadStorage>
#include <QUrl>
#include <QUuid>

namespace ow::server {
namespace {

// Sessions of one thread, keyed by database id; closed when the thread ends.
struct ThreadSessions
{
    QHash<QString, Session*> sessions;
    ~ThreadSessions()
    {
        for (auto it = sessions.begin(); it != sessions.end(); ++it) {
            const QString name = it.value()->database().connectionName();
            delete it.value();
            QSqlDatabase::removeDatabase(name);
        }
    }
};
QThreadStorage<ThreadSessions*> t_sessions;

// Held while migrating and seeding so that several server processes can start against one PostgreSQL.
constexpr qint64 kMigrationLock = 727100;

} // namespace

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QStringLiteral("postgresql") && url.scheme() != QStringLiteral("postgres"))
        || url.host().isEmpty() || url.path().size() < 2)
        return makeError(QStringLiteral("config.database"),
            Text::tr("The database must be given as postgresql://user:password@host:port/database."));
    DatabaseConfig c;
    c.driver = QStringLiteral("QPSQL");
    c.host = url.host();
    c.port = url.port(5432);
    c.name = url.path().mid(1);
    c.user = url.userName();
    c.password = url.password();
    return c;
}

DatabaseConfig DatabaseConfig::sqlite(const QString& dataDir)
{
    DatabaseConfig c;
    c.driver = QStringLiteral("QSQLITE");
    c.sqlitePath = QDir(dataDir).absoluteFilePath(QStringLiteral("onewindow-server.sqlite"));
    return c;
}

QString DatabaseConfig::describe() const
{
    if (isPostgres())
        return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(name);
    return sqlitePath;
}

Session::Session(QSqlDatabase db, bool postgres)
    : m_db(std::move(db))
    , m_postgres(postgres)
{ }

Session::~Session()
{
    qDeleteAll(m_statements);
    m_statements.clear();
    m_db.close();
}

Result<QSqlQuery*> Session::prepared(const QString& sql)
{
    if (QSqlQuery* q = m_statements.value(sql))
        return q;
    auto* q = new QSqlQuery(m_db);
    if (!q->prepare(sql)) {
        Error e = store::sqlError(*q, sql.left(200));
        delete q;
        return e;
    }
    m_statements.insert(sql, q);
    return q;
}

Result<QSqlQuery*> Session::run(const QString& sql, const QVariantList& values)
{
    auto q = prepared(sql);
    if (!q)
        return q.error();
    QSqlQuery* query = *q;
    for (qsizetype i = 0; i < values.size(); ++i)
        query->bindValue(int(i), values.at(i));
    if (!query->exec()) {
        Error e = store::sqlError(*query, sql.left(200));
        // A statement that failed on a broken connection is useless; drop it so it is prepared again.
        m_statements.remove(sql);
        delete query;
        return e;
    }
    return query;
}

Result<QList<Row>> Session::select(const QString& sql, const QVariantList& values)
{
    auto q = run(sql, values);
    if (!q)
        return q.error();
    QSqlQuery* query = *q;
    QList<Row> rows;
    const int columns = query->record().count();
    while (query->next()) {
        Row row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << query->value(c);
        rows << row;
    }
    query->finish();
    return rows;
}

Result<Row> Session::selectOne(const QString& sql, const QVariantList& values)
{
    auto rows = select(sql, values);
    if (!rows)
        return rows.error();
    return rows->isEmpty() ? Row() : rows->constFirst();
}

Result<int> Session::execute(const QString& sql, const QVariantList& values)
{
    auto q = run(sql, values);
    if (!q)
        return q.error();
    const int affected = (*q)->numRowsAffected();
    (*q)->finish();
    return affected;
}

Result<void> Session::begin()
{
    if (m_postgres) {
        if (!m_db.transaction())
            return makeError(QStringLiteral("sql.transaction"), m_db.lastError().text());
    } else {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return store::sqlError(q, QStringLiteral("BEGIN IMMEDIATE"));
    }
    m_inTransaction = true;
    return {};
}

Result<void> Session::commit()
{
    m_inTransaction = false;
    if (m_postgres) {
        if (!m_db.commit()) {
            const QString why = m_db.lastError().text();
            m_db.rollback();
            return makeError(QStringLiteral("sql.commit"), why);
        }
        return {};
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        Error e = store::sqlError(q, QStringLiteral("COMMIT"));
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return e;
    }
    return {};
}

void Session::rollback()
{
    if (!m_inTransaction)
        return;
    m_inTransaction = false;
    if (m_postgres)
        m_db.rollback();
    else
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

Database::Database(DatabaseConfig config)
    : m_config(std::move(config))
    , m_id(QUuid::createUuid().toString(QUuid::Id128).left(12))
{ }

Database::~Database() = default;

Result<QSqlDatabase> Database::openConnection(const QString& name) const
{
    if (!m_config.isPostgres()) {
        auto db = store::LocalStore::openConnection(m_config.sqlitePath, name);
        if (!db)
            return db.error();
        return *db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(m_config.host);
    db.setPort(m_config.port);
    db.setDatabaseName(m_config.name);
    db.setUserName(m_config.user);
    db.setPassword(m_config.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db.open()) {
        const QString why = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        return makeError(QStringLiteral("database.open"),
            Text::tr("Cannot connect to the database %1: %2").arg(m_config.describe(), why));
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("SET TIME ZONE 'UTC'"));
    return db;
}

Result<Session*> Database::session() const
{
    if (!t_sessions.hasLocalData())
        t_sessions.setLocalData(new ThreadSessions);
    ThreadSessions* mine = t_sessions.localData();
    if (Session* s = mine->sessions.value(m_id)) {
        if (s->database().isOpen())
            return s;
        dropSession();
    }
    const QString name
        = QStringLiteral("srv-%1-%2").arg(m_id).arg(reinterpret_cast<quintptr>(QThread::currentThread()));
    auto db = openConnection(name);
    if (!db)
        return db.error();
    auto* s = new Session(*db, m_config.isPostgres());
    mine->sessions.insert(m_id, s);
    return s;
}

void Database::dropSession() const
{
    if (!t_sessions.hasLocalData())
        return;
    Session* s = t_sessions.localData()->sessions.take(m_id);
    if (!s)
        return;
    const QString name = s->database().connectionName();
    delete s;
    QSqlDatabase::removeDatabase(name);
}

Result<std::shared_ptr<Database>> Database::open(const DatabaseConfig& config)
{
    if (!config.isPostgres())
        QDir().mkpath(QFileInfo(config.sqlitePath).absolutePath());
    std::shared_ptr<Database> db(new Database(config));
    if (auto m = db->migrate(); !m)
        return m.error();
    qCInfo(lcServer) << "database" << config.describe() << "at schema" << db->m_schemaVersion;
    return db;
}

Result<void> Database::migrate()
{
    auto migrations = store::loadMigrations(QStringLiteral(":/migrations/server"), m_config.driver);
    if (!migrations)
        return migrations.error();
    auto s = session();
    if (!s)
        return s.error();
    Session* session = *s;
    if (session->isPostgres()) {
        if (auto l = session->execute(QStringLiteral("SELECT pg_advisory_lock(?)"), {kMigrationLock}); !l)
            return l.error();
    }
    auto version = store::migrate(session->database(), *migrations);
    if (session->isPostgres()) [[maybe_unused]]
        auto unlocked = session->execute(QStringLiteral("SELECT pg_advisory_unlock(?)"), {kMigrationLock});
    if (!version)
        return version.error();
    m_schemaVersion = *version;
    return {};
}

} // namespace ow::server

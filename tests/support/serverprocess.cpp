#include "tests/support/serverprocess.h"

#include "tests/support/testenv.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

#include <csignal>

namespace ow::test {

ServerRunner::ServerRunner(QString dataDir, QString databaseUrl)
    : m_dataDir(std::move(dataDir))
    , m_databaseUrl(std::move(databaseUrl))
{
    QDir().mkpath(m_dataDir);
}

ServerRunner::~ServerRunner()
{
    kill();
}

bool ServerRunner::start(bool seedDemo, const QStringList& extraArguments, quint16 port)
{
    kill();
    const QString logPath = QDir(m_dataDir).filePath(QStringLiteral("console-%1.log").arg(++m_runs));
    QStringList arguments {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
        QStringLiteral("--data-dir"), m_dataDir, QStringLiteral("--no-log-file")};
    if (!m_databaseUrl.isEmpty())
        arguments << QStringLiteral("--database") << m_databaseUrl;
    if (seedDemo)
        arguments << QStringLiteral("--seed-demo");
    arguments << extraArguments;
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(binary(QStringLiteral("server/onewindow-server")));
    m_process->setArguments(arguments);
    // Into a file: nobody has to read the pipe for the server to go on logging.
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(logPath);
    m_process->start();
    if (!m_process->waitForStarted(10000))
        return false;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 60000) {
        QFile f(logPath);
        if (f.open(QIODevice::ReadOnly)) {
            // The plain "listening on URL" line on stdout (the log has one with the URL in quotes).
            static const QRegularExpression line(
                QStringLiteral("(?:^|\\n)listening on (http\\S+):(\\d+)\\s*\\n"));
            const auto m = line.match(QString::fromUtf8(f.readAll()));
            if (m.hasMatch()) {
                m_port = quint16(m.captured(2).toUInt());
                return m_port != 0;
            }
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
        QTest::qWait(20); // keeps this thread's event loop (a FaultProxy) running
    }
    qWarning().noquote() << "onewindow-server did not start:" << log().right(3000);
    return false;
}

void ServerRunner::kill()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(m_process->processId()), SIGKILL);
    m_process->waitForFinished(10000);
}

void ServerRunner::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(15000))
        kill();
}

bool ServerRunner::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QUrl ServerRunner::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString ServerRunner::sqlitePath() const
{
    return QDir(m_dataDir).absoluteFilePath(QStringLiteral("onewindow-server.sqlite"));
}

QString ServerRunner::log() const
{
    QString all;
    for (int i = 1; i <= m_runs; ++i) {
        QFile f(QDir(m_dataDir).filePath(QStringLiteral("console-%1.log").arg(i)));
        if (f.open(QIODevice::ReadOnly))
            all += QStringLiteral("--- run %1\n").arg(i) + QString::fromUtf8(f.readAll());
    }
    return all;
}

bool ScratchPostgres::available()
{
    return !qEnvironmentVariableIsEmpty("OW_TEST_POSTGRES_URL");
}

ScratchPostgres::ScratchPostgres()
{
    if (!available()) {
        m_error = QStringLiteral("OW_TEST_POSTGRES_URL is not set");
        return;
    }
    const QUrl base(qEnvironmentVariable("OW_TEST_POSTGRES_URL"));
    m_name = QStringLiteral("ow_sync_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    m_connection = QStringLiteral("scratch-pg-") + m_name;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connection);
        db.setHostName(base.host());
        db.setPort(base.port(5432));
        db.setDatabaseName(base.path().mid(1));
        db.setUserName(base.userName());
        db.setPassword(base.password());
        if (!db.open()) {
            m_error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("CREATE DATABASE ") + m_name))
                m_error = q.lastError().text();
        }
    }
    if (m_error.isEmpty()) {
        QUrl url = base;
        url.setPath(u'/' + m_name);
        m_url = url.toString();
    }
}

ScratchPostgres::~ScratchPostgres()
{
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen() && !m_url.isEmpty()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

} // namespace ow::test

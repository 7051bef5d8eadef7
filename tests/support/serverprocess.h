#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

// A real onewindow-server process for the integration tests, and a throwaway PostgreSQL database for the
// runs on PostgreSQL. (Names differ from tests/server's harness so both can be linked into one program.)
namespace ow::test {

class ServerRunner
{
public:
    // dataDir: the server's --data-dir (its SQLite file and, here, its console log); databaseUrl: a
    // postgresql:// URL instead of SQLite (empty: SQLite).
    ServerRunner(QString dataDir, QString databaseUrl = {});
    ~ServerRunner(); // kill -9 if still running
    ServerRunner(const ServerRunner&) = delete;
    ServerRunner& operator=(const ServerRunner&) = delete;

    // Starts onewindow-server on 127.0.0.1 (port 0: a free one) and waits for its "listening on" line.
    // seedDemo adds the demo halls and accounts (safe to repeat on the same storage).
    bool start(bool seedDemo = true, const QStringList& extraArguments = {}, quint16 port = 0);
    // kill -9, as a crash or a power cut would.
    void kill();
    // SIGTERM and wait.
    void stop();
    bool isRunning() const;
    quint16 port() const { return m_port; }
    QUrl url() const;
    QString dataDir() const { return m_dataDir; }
    QString databaseUrl() const { return m_databaseUrl; }
    // Path of the SQLite file (SQLite storage only).
    QString sqlitePath() const;
    // The console output of the runs so far.
    QString log() const;

private:
    QString m_dataDir;
    QString m_databaseUrl;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    int m_runs = 0;
};

// A fresh database in the PostgreSQL cluster of OW_TEST_POSTGRES_URL (exported by scripts/test), dropped by
// the destructor. url() is empty when the variable is unset or the database could not be created.
class ScratchPostgres
{
public:
    ScratchPostgres();
    ~ScratchPostgres();
    ScratchPostgres(const ScratchPostgres&) = delete;
    ScratchPostgres& operator=(const ScratchPostgres&) = delete;

    static bool available();
    QString url() const { return m_url; }
    QString error() const { return m_error; }

private:
    QString m_connection;
    QString m_name;
    QString m_url;
    QString m_error;
};

} // namespace ow::test

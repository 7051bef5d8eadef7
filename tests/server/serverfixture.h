#pragma once

#include "tests/server/serverharness.h"
#include "tests/support/serverprocess.h"

#include <QTest>

#include <map>

namespace ow::test {

// One running server per storage driver ("sqlite" or "postgresql"), started on first use with the demo data,
// shared by the test functions of a test class, with cached sign-in tokens.
class ServerFixture
{
public:
    ServerFixture(QString driver, QString recordName, QStringList extraArguments);
    ~ServerFixture();

    bool start();
    // Arguments that start another process on the same storage (e.g. with another --token-ttl).
    QStringList storageArguments() const;
    ApiClient& client() { return *m_client; }
    ServerProcess& server() { return m_server; }
    QString token(const DemoAccount& account);
    // Moves the server's time (its --test-clock file) by `seconds` from the real time; 0 puts it back.
    bool setClockOffset(qint64 seconds);
    QString error() const { return m_error; }

private:
    QString m_driver;
    QStringList m_extra;
    QTemporaryDir m_dataDir;
    QString m_clockFile;
    std::unique_ptr<ScratchPostgres> m_postgres;
    ServerProcess m_server;
    std::unique_ptr<ApiClient> m_client;
    QHash<QString, QString> m_tokens;
    QString m_error;
    QString m_recordFile;
};

// The fixtures of one test class, by driver.
class Fixtures
{
public:
    Fixtures(QString recordName, QStringList extraArguments);
    // nullptr (with a failed QVERIFY message printed) if the server cannot start.
    ServerFixture* get(const QString& driver);
    void clear() { m_fixtures.clear(); }

private:
    QString m_recordName;
    QStringList m_extra;
    std::map<QString, std::unique_ptr<ServerFixture>> m_fixtures;
};

} // namespace ow::test

// Fetches the driver of the global data row, skips PostgreSQL when no cluster is configured, and binds the
// fixture as `fx`.
#define OW_SERVER_FIXTURE(fixtures)                                                                          \
    QFETCH_GLOBAL(QString, driver);                                                                          \
    if (driver == QStringLiteral("postgresql") && !ow::test::ScratchPostgres::available())                   \
        QSKIP("OW_TEST_POSTGRES_URL is not set: scripts/test starts a PostgreSQL cluster for these tests");  \
    ow::test::ServerFixture* fx = (fixtures).get(driver);                                                    \
    QVERIFY2(fx, "the server did not start");

#define OW_SERVER_DRIVERS()                                                                                  \
    QTest::addColumn<QString>("driver");                                                                     \
    QTest::newRow("sqlite") << QStringLiteral("sqlite");                                                     \
    QTest::newRow("postgresql") << QStringLiteral("postgresql");

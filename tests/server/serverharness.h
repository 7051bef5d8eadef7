#pragma once

#include <QFile>
#include <QHash>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

// Helpers of the server tests: a real onewindow-server process, a synchronous HTTP client that records every
// answer for the OpenAPI check, and sample submissions (the throwaway PostgreSQL database is
// tests/support/serverprocess.h: ScratchPostgres).
namespace ow::test {

class ServerProcess
{
public:
    ServerProcess() = default;
    ~ServerProcess();

    // Starts onewindow-server on 127.0.0.1:0 and waits for its "listening on" line.
    bool start(const QStringList& arguments, int timeoutMs = 60000);
    // kill -9, as a crash would.
    void kill();
    // SIGTERM and wait.
    void stop();
    bool running() const;
    quint16 port() const { return m_port; }
    QString baseUrl() const { return m_baseUrl; }
    QString standardError() const;

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_baseUrl;
    QByteArray m_stderr;
};

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    QString networkError;

    QString errorCode() const; // error.code of an error body
};

// Synchronous HTTP on QNetworkAccessManager. Every answer is appended to the record file as a JSON line
// {"method", "path", "status", "contentType", "body"} for tests/server/check_openapi.py.
class ApiClient
{
public:
    ApiClient(QString baseUrl, QString recordFile);
    void setBaseUrl(const QString& baseUrl) { m_baseUrl = baseUrl; }

    Reply send(const QByteArray& method, const QString& pathWithQuery, const QByteArray& body = {},
        const QString& token = {}, const QHash<QByteArray, QByteArray>& headers = {});
    Reply get(const QString& path, const QString& token = {}) { return send("GET", path, {}, token); }
    Reply putJson(const QString& path, const QJsonObject& body, const QString& token);
    Reply postJson(const QString& path, const QJsonObject& body, const QString& token);
    // Signs in and returns the token (empty on failure).
    QString signIn(const QString& username, const QString& password);

    // A raw request on a new TCP connection: for what QNetworkAccessManager would not send.
    Reply raw(const QByteArray& request, int timeoutMs = 15000);

private:
    void record(const QByteArray& method, const QString& path, const Reply& reply);

    QString m_baseUrl;
    QString m_recordFile;
    QNetworkAccessManager m_network;
};

// Demo accounts of server/demo/demo.json.
struct DemoAccount
{
    const char* username;
    const char* password;
};
inline constexpr DemoAccount kClerkCY {"cy.clerk1", "Clerk-CY-2026!"};
inline constexpr DemoAccount kClerk2CY {"cy.clerk2", "Clerk2-CY-2026!"};
inline constexpr DemoAccount kSupervisorCY {"cy.supervisor", "Super-CY-2026!"};
inline constexpr DemoAccount kBackOfficeCY {"cy.backoffice", "Back-CY-2026!"};
inline constexpr DemoAccount kClerkPD {"pd.clerk1", "Clerk-PD-2026!"};
inline constexpr DemoAccount kAdmin {"admin", "Admin-2026!"};

// A valid submission of hall CY-01 (a 新生儿出生 case of the demo family 张伟/李娜), with the given files.
QJsonObject sampleSubmission(const QString& uuid, const QString& hallCode = QStringLiteral("CY-01"),
    const QList<QByteArray>& files = {});
QString sha256Hex(const QByteArray& bytes);
QString newUuid();
// Folder for the recorded answers (build/tests/server/responses).
QString responsesDir();

} // namespace ow::test

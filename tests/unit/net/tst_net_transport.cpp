// The transport every server call goes through and the token holder they share.
#include "app/net/errors.h"
#include "app/net/tokenholder.h"
#include "app/net/transport.h"
#include "protocol/api.h"
#include "protocol/errorcodes.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testenv.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace ow;

namespace {

// A loopback HTTP peer that answers each path with a fixed status and body, one request per connection.
class ScriptedPeer final : public QObject
{
public:
    struct Answer
    {
        int status;
        QByteArray body;
    };

    ScriptedPeer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
        });
    }
    void script(const QString& path, Answer answer) { m_answers.insert(path, std::move(answer)); }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    QByteArray lastRequest() const { return m_lastRequest; }

private:
    void answer(QTcpSocket* socket)
    {
        m_buffer += socket->readAll();
        if (!m_buffer.contains("\r\n\r\n"))
            return;
        m_lastRequest = std::exchange(m_buffer, {});
        const QByteArray path = m_lastRequest.split(' ').value(1);
        const Answer a = m_answers.value(QString::fromLatin1(path), Answer {404, {}});
        QByteArray reply = "HTTP/1.1 " + QByteArray::number(a.status) + " X\r\nConnection: close\r\n";
        if (!a.body.isEmpty())
            reply += "Content-Type: application/json\r\n";
        reply += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n\r\n" + a.body;
        socket->write(reply);
        socket->disconnectFromHost();
    }

    QTcpServer m_server;
    QHash<QString, Answer> m_answers;
    QByteArray m_buffer;
    QByteArray m_lastRequest;
};

QByteArray apiError(const char* code, const char* message)
{
    return QByteArray(R"({"error":{"code":")") + code + R"(","message":")" + message + R"("}})";
}

// Sends one unauthenticated GET and waits for its answer.
Result<net::Reply> get(net::Transport& transport, const QString& path)
{
    std::optional<Result<net::Reply>> out;
    net::Request r;
    r.path = path;
    r.authorized = false;
    transport.send(r, [&out](Result<net::Reply> reply) { out = std::move(reply); });
    if (!QTest::qWaitFor([&] { return out.has_value(); }, 15000))
        return makeError(QStringLiteral("test.timeout"), QStringLiteral("no answer"));
    return *out;
}

} // namespace

class TestNetTransport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokensExpireOnTheClock()
    {
        FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC));
        net::TokenHolder tokens(clock);
        tokens.setToken(QStringLiteral("t1"), clock.now().addSecs(120));
        QCOMPARE(tokens.validToken(), QStringLiteral("t1"));
        clock.advanceSecs(59);
        QCOMPARE(tokens.validToken(), QStringLiteral("t1"));
        clock.advanceSecs(2); // less than a minute left: renewed before use
        QVERIFY(tokens.validToken().isEmpty());

        // The refusal of an older token does not drop the newer one.
        tokens.setToken(QStringLiteral("t2"));
        tokens.invalidate(QStringLiteral("t1"));
        QCOMPARE(tokens.validToken(), QStringLiteral("t2"));
        tokens.invalidate(QStringLiteral("t2"));
        QVERIFY(tokens.validToken().isEmpty());
    }

    void aRefusedSignInIsNotRepeated()
    {
        net::TokenHolder tokens;
        QSignalSpy refused(&tokens, &net::TokenHolder::signInRefused);
        QString user, password;
        QCOMPARE(tokens.takeSignInTurn(&user, &password), net::TokenHolder::Turn::None); // no credentials
        QCOMPARE(tokens.notSignedIn().code, QString(net::errc::kUnauthorized));
        tokens.setCredentials(QStringLiteral("cy.clerk1"), QStringLiteral("wrong"));
        QCOMPARE(tokens.takeSignInTurn(&user, &password), net::TokenHolder::Turn::Mine);
        QCOMPARE(user, QStringLiteral("cy.clerk1"));
        QCOMPARE(tokens.takeSignInTurn(&user, &password), net::TokenHolder::Turn::Others); // one at a time
        // A sign-in that failed on the way is tried again ...
        tokens.finishSignIn(makeError(net::errc::kNetwork, QStringLiteral("cut")));
        QCOMPARE(tokens.takeSignInTurn(&user, &password), net::TokenHolder::Turn::Mine);
        // ... one the server refused is not, until the credentials change.
        tokens.finishSignIn(makeError(net::errc::kUnauthorized, QStringLiteral("wrong password")));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!tokens.canSignIn());
        QCOMPARE(tokens.takeSignInTurn(&user, &password), net::TokenHolder::Turn::None);
        QCOMPARE(tokens.notSignedIn().message, QStringLiteral("wrong password"));
        tokens.setCredentials(QStringLiteral("cy.clerk1"), QStringLiteral("Clerk-CY-2026!"));
        QVERIFY(tokens.canSignIn());
        QCOMPARE(tokens.takeSignInTurn(&user, &password), net::TokenHolder::Turn::Mine);
    }

    void failuresAreClassifiedByStatusFirst()
    {
        ScriptedPeer peer;
        peer.script(QStringLiteral("/api/v1/ok"), {200, R"({"ok":true})"});
        peer.script(QStringLiteral("/api/v1/same"), {304, {}});
        peer.script(
            QStringLiteral("/api/v1/busy"), {503, apiError("case.conflict", "a 5xx, whatever its code")});
        peer.script(QStringLiteral("/api/v1/slow"), {429, apiError("auth.throttled", "too many")});
        peer.script(
            QStringLiteral("/api/v1/conflict"), {409, apiError("case.conflict", "different content")});
        peer.script(
            QStringLiteral("/api/v1/concurrent"), {409, apiError("attachment.concurrent", "moved on")});
        peer.script(
            QStringLiteral("/api/v1/new"), {422, apiError("case.somethingNew", "a code from the future")});
        peer.script(QStringLiteral("/api/v1/bare"), {400, "not json"});
        peer.script(QStringLiteral("/api/v1/token"), {401, apiError("auth.expired", "expired")});
        net::Transport transport(std::make_shared<net::TokenHolder>());
        transport.setBaseUrl(peer.url());

        auto ok = get(transport, QStringLiteral("/api/v1/ok"));
        QVERIFY(ok.ok());
        QCOMPARE(ok->status, 200);
        // Every request is tagged, and the tag is the one the log shows.
        const QByteArray tag = QByteArray("X-Request-ID: ").append(ok->requestId.toLatin1());
        QVERIFY(peer.lastRequest().contains(tag));
        QCOMPARE(get(transport, QStringLiteral("/api/v1/same"))->status, 304);

        const auto failure = [&](const QString& path) {
            auto r = get(transport, path);
            return r.ok() ? Error {} : r.error();
        };
        QCOMPARE(failure(QStringLiteral("/api/v1/busy")).code, QString(net::errc::kServer));
        QCOMPARE(failure(QStringLiteral("/api/v1/slow")).code, QString(net::errc::kServer));
        const Error conflict = failure(QStringLiteral("/api/v1/conflict"));
        QCOMPARE(conflict.code, QString(protocol::errc::kCaseConflict));
        QCOMPARE(net::failureOf(conflict), net::Failure::Refused);
        QCOMPARE(conflict.detail, QStringLiteral("different content")); // the server's words, kept
        QVERIFY(conflict.message != conflict.detail); // the clerk reads the workbench's own, translated
        QVERIFY(conflict.where.startsWith(QStringLiteral("HTTP 409 GET /api/v1/conflict")));
        QCOMPARE(net::failureOf(failure(QStringLiteral("/api/v1/concurrent"))), net::Failure::Passing);
        const Error unknown = failure(QStringLiteral("/api/v1/new"));
        QCOMPARE(unknown.code, QStringLiteral("case.somethingNew"));
        QCOMPARE(net::failureOf(unknown), net::Failure::Unknown);
        QVERIFY(net::isRetryable(net::failureOf(unknown))); // never silently final
        QVERIFY(unknown.message.contains(QStringLiteral("a code from the future")));
        QCOMPARE(failure(QStringLiteral("/api/v1/bare")).code, QString(net::errc::kBadResponse));
        QCOMPARE(failure(QStringLiteral("/api/v1/token")).code, QString(net::errc::kUnauthorized));

        net::Transport nowhere(std::make_shared<net::TokenHolder>());
        QCOMPARE(get(nowhere, QStringLiteral("/api/v1/ok")).error().code, QString(net::errc::kNotConfigured));
        nowhere.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:1")));
        QCOMPARE(net::failureOf(get(nowhere, QStringLiteral("/api/v1/ok")).error()), net::Failure::Network);
    }

    // The GUI thread's transport and the sync worker's share one sign-in.
    void twoThreadsSignInOnce()
    {
        test::ServerRunner server(m_env.path(QStringLiteral("server")));
        QVERIFY2(server.start(), qPrintable(server.log()));
        auto tokens = std::make_shared<net::TokenHolder>();
        tokens->setCredentials(QStringLiteral("cy.clerk1"), QStringLiteral("Clerk-CY-2026!"));
        QSignalSpy signedIn(tokens.get(), &net::TokenHolder::signedIn);

        net::Request me;
        me.path = protocol::api::mePath();
        QThread worker;
        worker.start();
        auto* remote = new net::Transport(tokens);
        remote->setBaseUrl(server.url());
        remote->moveToThread(&worker);
        net::Transport local(tokens);
        local.setBaseUrl(server.url());

        std::atomic<int> remoteStatus {0};
        int localStatus = 0;
        QMetaObject::invokeMethod(remote, [remote, me, &remoteStatus] {
            remote->send(me, [&remoteStatus](Result<net::Reply> r) { remoteStatus = r ? r->status : -1; });
        });
        local.send(me, [&localStatus](Result<net::Reply> r) { localStatus = r ? r->status : -1; });
        QTRY_COMPARE_WITH_TIMEOUT(localStatus, 200, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(remoteStatus.load(), 200, 20000);
        QTRY_COMPARE(signedIn.count(), 1);
        QCOMPARE(remote->requestsSent() + local.requestsSent(), 3); // one sign-in, two calls
        QMetaObject::invokeMethod(remote, &QObject::deleteLater);
        worker.quit();
        worker.wait();
        server.stop();
    }

private:
    test::TestEnv m_env;
};

QTEST_GUILESS_MAIN(TestNetTransport)
#include "tst_net_transport.moc"

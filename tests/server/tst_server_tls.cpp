// onewindow-server with --tls-cert/--tls-key serves HTTPS; a plain-HTTP or failed handshake does no harm.
#include "tests/server/serverharness.h"
#include "tests/support/testenv.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTest>

using namespace ow::test;

class TestServerTls final : public QObject
{
    Q_OBJECT
private:
    TestEnv m_env;

    static QNetworkReply* get(QNetworkAccessManager& network, const QUrl& url, const QSslConfiguration& tls)
    {
        QNetworkRequest request(url);
        request.setSslConfiguration(tls);
        request.setTransferTimeout(15000);
        QNetworkReply* reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        return reply;
    }

private Q_SLOTS:
    void servesHttps()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("openssl is needed to make a test certificate");
        const QString cert = m_env.path(QStringLiteral("cert.pem"));
        const QString key = m_env.path(QStringLiteral("key.pem"));
        QProcess make;
        make.start(openssl,
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("1"),
                QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=IP:127.0.0.1")});
        QVERIFY(make.waitForFinished(60000));
        QCOMPARE(make.exitCode(), 0);

        ServerProcess server;
        QVERIFY(server.start({QStringLiteral("--data-dir"), m_env.path(QStringLiteral("data")),
            QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key}));
        QVERIFY(server.baseUrl().startsWith(QStringLiteral("https://")));

        QNetworkAccessManager network;
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.setCaCertificates(QSslCertificate::fromPath(cert));
        std::unique_ptr<QNetworkReply> ok(
            get(network, QUrl(server.baseUrl() + QStringLiteral("/api/v1/health")), trusting));
        QCOMPARE(ok->error(), QNetworkReply::NoError);
        QCOMPARE(ok->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(ok->readAll()).object().value(QStringLiteral("status")).toString(),
            QStringLiteral("ok"));

        // A client that does not trust the certificate gets nowhere, and plain HTTP is not answered.
        QNetworkAccessManager stranger; // a new manager: no connection to reuse
        std::unique_ptr<QNetworkReply> refused(
            get(stranger, QUrl(server.baseUrl() + QStringLiteral("/api/v1/health")),
                QSslConfiguration::defaultConfiguration()));
        QVERIFY(refused->error() != QNetworkReply::NoError);
        ApiClient plain(
            QString(server.baseUrl()).replace(QStringLiteral("https://"), QStringLiteral("http://")), {});
        QCOMPARE(plain.raw("GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n", 3000).status, 0);

        std::unique_ptr<QNetworkReply> again(
            get(network, QUrl(server.baseUrl() + QStringLiteral("/api/v1/health")), trusting));
        QCOMPARE(again->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"

#include "tests/support/httpclient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace ow::test {

HttpReply Http::send(
    const QByteArray& method, const QString& path, const QByteArray& body, const QString& token)
{
    QNetworkRequest request(QUrl(m_base.toString() + path));
    request.setTransferTimeout(30000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    reply->deleteLater();
    return r;
}

QString Http::signIn(const QString& user, const QString& password)
{
    const QJsonObject body {{QStringLiteral("username"), user}, {QStringLiteral("password"), password}};
    const HttpReply r = send(
        "POST", QStringLiteral("/api/v1/auth/sign-in"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    return r.status == 200 ? r.json.value(QStringLiteral("token")).toString() : QString();
}

} // namespace ow::test

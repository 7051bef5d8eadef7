#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>

namespace ow::test {

struct HttpReply
{
    int status = 0;
    QJsonObject json;
    QByteArray body;
};

// Synchronous HTTP to the server for the test's own calls (sign-in, back-office status changes, …).
class Http
{
public:
    explicit Http(QUrl base)
        : m_base(std::move(base))
    { }
    void setBase(const QUrl& base) { m_base = base; }
    HttpReply send(const QByteArray& method, const QString& path, const QByteArray& body = {},
        const QString& token = {});
    QString signIn(const QString& user, const QString& password);

private:
    QUrl m_base;
    QNetworkAccessManager m_network;
};

} // namespace ow::test

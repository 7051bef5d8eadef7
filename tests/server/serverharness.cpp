#include "tests/server/serverharness.h"

#include "tests/support/testenv.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QUuid>

#include <csignal>

namespace ow::test {

ServerProcess::~ServerProcess()
{
    if (running())
        kill();
}

bool ServerProcess::start(const QStringList& arguments, int timeoutMs)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(binary(QStringLiteral("server/onewindow-server")));
    m_process->setArguments(QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                QStringLiteral("--no-log-file")}
        + arguments);
    m_stderr.clear();
    m_process->start();
    if (!m_process->waitForStarted(10000))
        return false;
    QElapsedTimer timer;
    timer.start();
    QByteArray out;
    while (timer.elapsed() < timeoutMs) {
        m_process->waitForReadyRead(200);
        out += m_process->readAllStandardOutput();
        m_stderr += m_process->readAllStandardError();
        const qsizetype at = out.indexOf("listening on ");
        if (at >= 0 && out.indexOf('\n', at) > at) {
            const QByteArray line = out.mid(at, out.indexOf('\n', at) - at).trimmed();
            m_baseUrl = QString::fromLatin1(line.mid(13));
            m_port = quint16(m_baseUrl.section(u':', -1).toUInt());
            return m_port != 0;
        }
        if (m_process->state() == QProcess::NotRunning)
            break;
    }
    m_stderr += m_process->readAllStandardError();
    qWarning().noquote() << "server did not start:" << QString::fromUtf8(m_stderr);
    return false;
}

void ServerProcess::kill()
{
    if (!m_process)
        return;
    ::kill(pid_t(m_process->processId()), SIGKILL);
    m_process->waitForFinished(10000);
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    m_process->terminate();
    if (!m_process->waitForFinished(15000))
        kill();
}

bool ServerProcess::running() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

QString ServerProcess::standardError() const
{
    return QString::fromUtf8(m_stderr + (m_process ? m_process->readAllStandardError() : QByteArray()));
}

QString Reply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

ApiClient::ApiClient(QString baseUrl, QString recordFile)
    : m_baseUrl(std::move(baseUrl))
    , m_recordFile(std::move(recordFile))
{ }

Reply ApiClient::send(const QByteArray& method, const QString& pathWithQuery, const QByteArray& body,
    const QString& token, const QHash<QByteArray, QByteArray>& headers)
{
    QNetworkRequest request(QUrl(m_baseUrl + pathWithQuery, QUrl::TolerantMode));
    request.setTransferTimeout(30000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (!body.isEmpty() && !headers.contains("Content-Type"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        request.setRawHeader(it.key(), it.value());
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.json = QJsonDocument::fromJson(r.body).object();
    for (const auto& h : reply->rawHeaderPairs())
        r.headers.insert(h.first.toLower(), h.second);
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.networkError = reply->errorString();
    reply->deleteLater();
    record(method, QUrl(m_baseUrl + pathWithQuery, QUrl::TolerantMode).path(QUrl::FullyEncoded), r);
    return r;
}

Reply ApiClient::putJson(const QString& path, const QJsonObject& body, const QString& token)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

Reply ApiClient::postJson(const QString& path, const QJsonObject& body, const QString& token)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), token);
}

QString ApiClient::signIn(const QString& username, const QString& password)
{
    const Reply r = postJson(QStringLiteral("/api/v1/auth/sign-in"),
        {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}}, {});
    return r.status == 200 ? r.json.value(QStringLiteral("token")).toString() : QString();
}

Reply ApiClient::raw(const QByteArray& request, int timeoutMs)
{
    const QUrl base(m_baseUrl);
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    Reply r;
    if (!socket.waitForConnected(5000)) {
        r.networkError = socket.errorString();
        return r;
    }
    socket.write(request);
    QByteArray in;
    QElapsedTimer timer;
    timer.start();
    qint64 expected = -1;
    qsizetype headerEnd = -1;
    while (timer.elapsed() < timeoutMs && socket.state() == QAbstractSocket::ConnectedState) {
        socket.waitForReadyRead(100);
        in += socket.readAll();
        if (headerEnd < 0 && (headerEnd = in.indexOf("\r\n\r\n")) >= 0) {
            for (const QByteArray& line : in.left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    expected = line.mid(15).trimmed().toLongLong();
            }
        }
        if (headerEnd >= 0 && expected >= 0 && in.size() >= headerEnd + 4 + expected)
            break;
    }
    in += socket.readAll();
    if (headerEnd < 0)
        headerEnd = in.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        r.networkError = QStringLiteral("no HTTP answer");
        return r;
    }
    r.status = in.mid(9, 3).toInt();
    for (const QByteArray& line : in.left(headerEnd).split('\n').mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    r.body = in.mid(headerEnd + 4);
    r.json = QJsonDocument::fromJson(r.body).object();
    const QByteArray firstLine = request.left(request.indexOf("\r\n"));
    const QList<QByteArray> parts = firstLine.split(' ');
    if (parts.size() >= 2)
        record(parts.at(0), QString::fromLatin1(parts.at(1)).section(u'?', 0, 0), r);
    return r;
}

void ApiClient::record(const QByteArray& method, const QString& path, const Reply& reply)
{
    if (m_recordFile.isEmpty() || reply.status == 0)
        return;
    QFile f(m_recordFile);
    if (!f.open(QIODevice::Append))
        return;
    QJsonObject line {{QStringLiteral("method"), QString::fromLatin1(method)}, {QStringLiteral("path"), path},
        {QStringLiteral("status"), reply.status},
        {QStringLiteral("contentType"), QString::fromLatin1(reply.headers.value("content-type"))}};
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body);
    line.insert(QStringLiteral("body"),
        doc.isObject() ? QJsonValue(doc.object()) : (doc.isArray() ? QJsonValue(doc.array()) : QJsonValue()));
    f.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString responsesDir()
{
    const QString dir = binary(QStringLiteral("tests/server/responses"));
    QDir().mkpath(dir);
    return dir;
}

QJsonObject sampleSubmission(const QString& uuid, const QString& hallCode, const QList<QByteArray>& files)
{
    QJsonArray attachments;
    QJsonArray fileShas;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString sha = sha256Hex(files.at(i));
        attachments.append(
            QJsonObject {{QStringLiteral("sha256"), sha}, {QStringLiteral("size"), files.at(i).size()},
                {QStringLiteral("mimeType"), QStringLiteral("application/pdf")},
                {QStringLiteral("fileName"), QStringLiteral("scan-%1.pdf").arg(i + 1)}});
        fileShas.append(sha);
    }
    QJsonArray materials {
        QJsonObject {{QStringLiteral("id"), QStringLiteral("idCard.mother")},
            {QStringLiteral("way"), QStringLiteral("copy")}, {QStringLiteral("attachmentSha256s"), fileShas}},
        QJsonObject {{QStringLiteral("id"), QStringLiteral("marriageCert.parents")},
            {QStringLiteral("way"), QStringLiteral("verified")},
            {QStringLiteral("attachmentSha256s"), QJsonArray {}}}};
    return {{QStringLiteral("uuid"), uuid},
        {QStringLiteral("caseNumber"), QStringLiteral("%1-20261128-0001").arg(hallCode)},
        {QStringLiteral("hallCode"), hallCode}, {QStringLiteral("counter"), QStringLiteral("A03")},
        {QStringLiteral("bundleCode"), QStringLiteral("BIRTH")},
        {QStringLiteral("catalogVersion"), QStringLiteral("2026.11.1")},
        {QStringLiteral("catalogHash"), sha256Hex("catalog 2026.11.1")},
        {QStringLiteral("acceptedAt"), QStringLiteral("2026-11-28T09:30:00+08:00")},
        {QStringLiteral("applicant"),
            QJsonObject {{QStringLiteral("kind"), QStringLiteral("person")},
                {QStringLiteral("name"), QStringLiteral("李娜")},
                {QStringLiteral("idNumber"), QStringLiteral("110105199207082386")}}},
        {QStringLiteral("fields"),
            QJsonObject {{QStringLiteral("child.name"), QStringLiteral("张小明")},
                {QStringLiteral("child.birthDate"), QStringLiteral("2026-11-20")},
                {QStringLiteral("mother.idNumber"), QStringLiteral("110105199207082386")},
                {QStringLiteral("father.idNumber"), QStringLiteral("110105199003121179")}}},
        {QStringLiteral("materials"), materials}, {QStringLiteral("attachments"), attachments},
        {QStringLiteral("commitments"),
            QJsonArray {QJsonObject {{QStringLiteral("materialId"), QStringLiteral("birthCert.child")},
                {QStringLiteral("kind"), QStringLiteral("tolerance")},
                {QStringLiteral("dueDate"), QStringLiteral("2026-12-05")}}}}};
}

} // namespace ow::test

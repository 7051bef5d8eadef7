#include "app/prefill/simulatedcardreader.h"

#include "app/common/logging.h"
#include "app/common/mask.h"
#include "app/prefill/errors.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

namespace ow::prefill {
namespace {

QByteArray replyLine(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}
} // namespace

SimulatedCardReader::SimulatedCardReader(const Clock& clock, QObject* parent)
    : CardReader(parent)
    , m_clock(clock)
{ }

SimulatedCardReader::~SimulatedCardReader()
{
    stop();
}

QString SimulatedCardReader::description() const
{
    if (isListening())
        return tr("Simulated card reader on %1").arg(serverName());
    return tr("Simulated card reader (files)");
}

QString SimulatedCardReader::defaultSocketName()
{
    return QStringLiteral("onewindow-card");
}

Result<CardData> SimulatedCardReader::readJson(const QByteArray& json)
{
    auto card = parseCard(json, m_clock.today());
    if (!card) {
        qCWarning(lcPrefill) << "card rejected:" << card.error().code << card.error().where;
        Q_EMIT readFailed(card.error());
        return card;
    }
    card->readAt = m_clock.now();
    qCInfo(lcPrefill) << "card read:" << mask::idNumber(card->idNumber);
    Q_EMIT cardRead(*card);
    return card;
}

Result<CardData> SimulatedCardReader::readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Error e = makeError(errc::kCardUnreadable,
            tr("The ID card could not be used: the card file %1 cannot be read (%2).")
                .arg(path, f.errorString()),
            path);
        Q_EMIT readFailed(e);
        return e;
    }
    if (f.size() > maxMessageBytes) {
        Error e = makeError(errc::kCardUnreadable,
            tr("The ID card could not be used: the card file %1 is too large.").arg(path), path);
        Q_EMIT readFailed(e);
        return e;
    }
    return readJson(f.readAll());
}

Result<void> SimulatedCardReader::listen(const QString& name)
{
    stop();
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    QLocalServer::removeServer(name);
    if (!m_server->listen(name)) {
        const QString why = m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return makeError(
            errc::kCardListen, tr("The simulated card reader cannot listen on %1: %2").arg(name, why), name);
    }
    connect(m_server, &QLocalServer::newConnection, this, &SimulatedCardReader::onNewConnection);
    qCInfo(lcPrefill) << "simulated card reader listening on" << m_server->fullServerName();
    return {};
}

void SimulatedCardReader::stop()
{
    if (!m_server)
        return;
    m_server->close();
    const auto sockets = m_buffers.keys();
    for (QLocalSocket* s : sockets)
        s->abort();
    m_buffers.clear();
    delete m_server;
    m_server = nullptr;
}

bool SimulatedCardReader::isListening() const
{
    return m_server && m_server->isListening();
}

QString SimulatedCardReader::serverName() const
{
    return isListening() ? m_server->fullServerName() : QString();
}

void SimulatedCardReader::onNewConnection()
{
    while (QLocalSocket* socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            // A last message without its newline still counts.
            const QByteArray rest = m_buffers.take(socket).trimmed();
            if (!rest.isEmpty())
                handleMessage(nullptr, rest);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void SimulatedCardReader::onReadyRead(QLocalSocket* socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;
    it->append(socket->readAll());
    qsizetype newline;
    while ((newline = it->indexOf('\n')) >= 0) {
        const QByteArray line = it->left(newline).trimmed();
        it->remove(0, newline + 1);
        if (!line.isEmpty())
            handleMessage(socket, line);
        it = m_buffers.find(socket);
        if (it == m_buffers.end())
            return;
    }
    if (it->size() > maxMessageBytes) {
        const Error e = makeError(errc::kCardUnreadable,
            tr("The ID card could not be used: the card message is larger than %1 bytes.")
                .arg(maxMessageBytes));
        Q_EMIT readFailed(e);
        socket->write(replyLine({{QStringLiteral("ok"), false}, {QStringLiteral("code"), e.code},
            {QStringLiteral("error"), e.message}}));
        m_buffers.remove(socket);
        socket->disconnectFromServer();
    }
}

void SimulatedCardReader::handleMessage(QLocalSocket* socket, const QByteArray& message)
{
    auto card = readJson(message);
    if (!socket || socket->state() != QLocalSocket::ConnectedState)
        return;
    if (card)
        socket->write(replyLine(
            {{QStringLiteral("ok"), true}, {QStringLiteral("idNumber"), mask::idNumber(card->idNumber)}}));
    else
        socket->write(replyLine({{QStringLiteral("ok"), false}, {QStringLiteral("code"), card.error().code},
            {QStringLiteral("error"), card.error().message}}));
    socket->flush();
}

} // namespace ow::prefill

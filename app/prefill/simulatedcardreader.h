#pragma once

#include "app/common/clock.h"
#include "app/prefill/cardreader.h"

#include <QHash>
#include <QPointer>

class QLocalServer;
class QLocalSocket;

namespace ow::prefill {

// A card reader without hardware, for demos, training and tests. A card is "swiped" either by reading a JSON
// file or by writing the card's JSON to the reader's local socket (QLocalServer): one compact JSON object per
// line, answered with one JSON line ({"ok":true,…} or {"ok":false,"code":…,"error":…}). See docs/prefill.md.
class SimulatedCardReader final : public CardReader
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimulatedCardReader)
public:
    // Largest message accepted on the socket (a card with its photo is well below it).
    static constexpr qint64 maxMessageBytes = 1024 * 1024;

    explicit SimulatedCardReader(const Clock& clock = Clock::system(), QObject* parent = nullptr);
    ~SimulatedCardReader() override;

    QString description() const override;

    // Reads a card from a JSON file. Emits cardRead or readFailed and returns the same outcome.
    Result<CardData> readFile(const QString& path);
    // Reads a card from JSON bytes (what a socket message or a file holds).
    Result<CardData> readJson(const QByteArray& json);

    // Listens on a local socket ("onewindow-card" by default: /tmp/onewindow-card on Linux; a full path is
    // used as is). A stale socket file left by a crashed run is removed first.
    Result<void> listen(const QString& name = defaultSocketName());
    void stop();
    bool isListening() const;
    // The full socket path clients connect to ("" when not listening).
    QString serverName() const;
    static QString defaultSocketName();

private:
    void onNewConnection();
    void onReadyRead(QLocalSocket* socket);
    void handleMessage(QLocalSocket* socket, const QByteArray& message);

    const Clock& m_clock;
    QLocalServer* m_server = nullptr;
    QHash<QLocalSocket*, QByteArray> m_buffers;
};

} // namespace ow::prefill

#pragma once

#include "app/common/clock.h"
#include "app/common/result.h"

#include <QHostAddress>
#include <QStringList>

#include <memory>

namespace ow::server {

// Command line of onewindow-server.
struct ServerConfig
{
    QHostAddress listenAddress = QHostAddress::LocalHost;
    quint16 port = 8080; // 0: a free port, printed on stdout
    QString dataDir; // SQLite file and logs; default: ./onewindow-server-data
    QString databaseUrl; // postgresql://… instead of SQLite
    QString tlsCertificate;
    QString tlsKey;
    qint64 maxBodyBytes = 16 * 1024 * 1024; // larger request bodies get 413
    qint64 maxAttachmentBytes = qint64(512) * 1024 * 1024;
    qint64 tokenTtlSeconds = 12 * 3600;
    int workers = 0; // database worker threads; 0: chosen from the driver
    bool seedDemo = false;
    bool logToFile = true;
    QString testClockFile; // --test-clock: tests only (testclock.h)
    // The time tokens are issued, checked and throttled by: the system clock, or the tests' FileOffsetClock.
    std::shared_ptr<const Clock> clock = std::shared_ptr<const Clock>(&Clock::system(), [](const Clock*) {});

    bool tls() const { return !tlsCertificate.isEmpty(); }
    // Parses arguments (argv[0] first). Help and version requests print and exit inside.
    static Result<ServerConfig> fromArguments(const QStringList& arguments);
};

} // namespace ow::server

#include "server/config.h"

#include "server/testclock.h"
#include "server/text_p.h"

#include <QCommandLineParser>
#include <QDir>

namespace ow::server {
namespace {

Result<qint64> positive(const QCommandLineParser& p, const QString& name, qint64 fallback, qint64 max)
{
    if (!p.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 v = p.value(name).toLongLong(&ok);
    if (!ok || v <= 0 || v > max)
        return makeError(QStringLiteral("config.value"),
            Text::tr("--%1 must be a whole number between 1 and %2.").arg(name).arg(max));
    return v;
}

} // namespace

Result<ServerConfig> ServerConfig::fromArguments(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(Text::tr("OneWindow central server: case hand-off, attachments, status feed, "
                                         "catalog publishing, shared data and verification."));
    p.addHelpOption();
    p.addVersionOption();
    p.addOptions({
        {QStringLiteral("listen"), Text::tr("Address and port to listen on (port 0: any free port)."),
            QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8080")},
        {QStringLiteral("data-dir"), Text::tr("Folder for the SQLite database and the log."),
            QStringLiteral("dir")},
        {QStringLiteral("database"),
            Text::tr("PostgreSQL instead of SQLite: postgresql://user:pass@host:port/db."),
            QStringLiteral("url")},
        {QStringLiteral("tls-cert"), Text::tr("PEM certificate: serve HTTPS."), QStringLiteral("file")},
        {QStringLiteral("tls-key"), Text::tr("PEM private key of the certificate."), QStringLiteral("file")},
        {QStringLiteral("max-body"), Text::tr("Largest request body in bytes (default 16 MiB)."),
            QStringLiteral("bytes")},
        {QStringLiteral("max-attachment"), Text::tr("Largest attachment in bytes (default 512 MiB)."),
            QStringLiteral("bytes")},
        {QStringLiteral("token-ttl"), Text::tr("Lifetime of a sign-in token in seconds (default 43200)."),
            QStringLiteral("seconds")},
        {QStringLiteral("workers"),
            Text::tr("Database worker threads (default: twice the processor cores, at least 4)."),
            QStringLiteral("n")},
        {QStringLiteral("seed-demo"),
            Text::tr("Create the demo halls, staff accounts and registers (see docs/server.md).")},
        {QStringLiteral("no-log-file"), Text::tr("Log to the console only.")},
        {QStringLiteral("test-clock"),
            Text::tr("For tests only: run on the system time plus the seconds written in this file."),
            QStringLiteral("file")},
    });
    p.process(arguments);

    ServerConfig c;
    const QString listen = p.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = colon > 0 ? listen.mid(colon + 1).toInt(&portOk) : -1;
    QString host = colon > 0 ? listen.left(colon) : QString();
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (host == QStringLiteral("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!portOk || port < 0 || port > 65535 || !c.listenAddress.setAddress(host))
        return makeError(QStringLiteral("config.listen"),
            Text::tr("--listen must be an address and a port, e.g. 127.0.0.1:8080 (got \"%1\").")
                .arg(listen));
    c.port = quint16(port);
    c.dataDir = p.isSet(QStringLiteral("data-dir"))
        ? p.value(QStringLiteral("data-dir"))
        : QDir::current().filePath(QStringLiteral("onewindow-server-data"));
    c.databaseUrl = p.value(QStringLiteral("database"));
    c.tlsCertificate = p.value(QStringLiteral("tls-cert"));
    c.tlsKey = p.value(QStringLiteral("tls-key"));
    if (c.tlsCertificate.isEmpty() != c.tlsKey.isEmpty())
        return makeError(
            QStringLiteral("config.tls"), Text::tr("--tls-cert and --tls-key must be given together."));
    auto maxBody = positive(p, QStringLiteral("max-body"), c.maxBodyBytes, qint64(1) << 32);
    auto maxAttachment = positive(p, QStringLiteral("max-attachment"), c.maxAttachmentBytes, qint64(1) << 42);
    auto ttl = positive(p, QStringLiteral("token-ttl"), c.tokenTtlSeconds, 366 * 24 * 3600);
    auto workers = positive(p, QStringLiteral("workers"), 0, 256);
    for (const Error* e :
        {maxBody.ok() ? nullptr : &maxBody.error(), maxAttachment.ok() ? nullptr : &maxAttachment.error(),
            ttl.ok() ? nullptr : &ttl.error(), workers.ok() ? nullptr : &workers.error()}) {
        if (e)
            return *e;
    }
    c.maxBodyBytes = *maxBody;
    c.maxAttachmentBytes = *maxAttachment;
    c.tokenTtlSeconds = *ttl;
    c.workers = int(*workers);
    c.seedDemo = p.isSet(QStringLiteral("seed-demo"));
    c.logToFile = !p.isSet(QStringLiteral("no-log-file"));
    c.testClockFile = p.value(QStringLiteral("test-clock"));
    if (!c.testClockFile.isEmpty())
        c.clock = std::make_shared<FileOffsetClock>(c.testClockFile);
    return c;
}

} // namespace ow::server

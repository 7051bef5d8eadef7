// onewindow-cli sync …: the headless hand-off runner (the same outbox worker as the workbench), the state of
// the outbox, and putting a rejected case back in the queue. See docs/sync.md.
#include "app/common/settings.h"
#include "app/net/tokenholder.h"
#include "app/services/services.h"
#include "app/sync/outboxstore.h"
#include "app/sync/syncservice.h"
#include "cli/command.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

using ow::cli::fail;
using ow::cli::takeFlag;
using ow::cli::takeOption;

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(g_signalPipe[1], &c, 1);
}

// A whole number option between min and max, or fallback; nullopt when given but invalid.
std::optional<qint64> numberOption(
    QStringList& args, const QString& name, qint64 fallback, qint64 min, qint64 max)
{
    const QString text = takeOption(args, name);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

// The workstation's services on its data directory, as the workbench builds them (without the card reader).
ow::Result<std::unique_ptr<ow::services::Services>> openServices(
    ow::AppSettings& settings, std::optional<ow::sync::SyncOptions> syncOptions = {})
{
    ow::services::Services::Setup setup;
    setup.cardReader = false;
    setup.sync = std::move(syncOptions);
    return ow::services::Services::open(settings, setup);
}

QString dataDirOption(QStringList& args)
{
    return takeOption(args, QStringLiteral("data-dir"));
}

QJsonObject entryJson(const ow::sync::OutboxEntry& e)
{
    return {{QStringLiteral("id"), e.id}, {QStringLiteral("caseUuid"), e.caseUuid},
        {QStringLiteral("caseNumber"), e.caseNumber}, {QStringLiteral("state"), outboxStateName(e.state)},
        {QStringLiteral("attempts"), e.attempts},
        {QStringLiteral("nextTryAt"), ow::sync::isoTime(e.nextTryAt)},
        {QStringLiteral("errorCategory"), e.errorCategory}, {QStringLiteral("lastError"), e.lastError},
        {QStringLiteral("serverCaseId"), e.serverCaseId},
        {QStringLiteral("deliveredAt"), ow::sync::isoTime(e.deliveredAt)}};
}

int runSync(QStringList& args, bool untilEmpty, bool once)
{
    const QString dataDir = takeOption(args, QStringLiteral("data-dir"));
    if (dataDir.isEmpty())
        return fail(QCoreApplication::translate("ow::cli", "--data-dir DIR is required."));
    ow::AppSettings settings(dataDir);
    ow::sync::SyncOptions options = ow::services::Services::syncOptions(settings);
    options.serverUrl = QUrl(takeOption(args, QStringLiteral("server-url"), settings.serverUrl().toString()));
    const QString username = takeOption(args, QStringLiteral("user"));
    const QString password
        = takeOption(args, QStringLiteral("password"), qEnvironmentVariable("OW_SYNC_PASSWORD"));
    const auto timeout
        = numberOption(args, QStringLiteral("timeout-ms"), options.requestTimeoutMs, 100, 3600000);
    const auto initial
        = numberOption(args, QStringLiteral("backoff-initial-ms"), options.backoff.initialMs, 1, 86400000);
    const auto maxWait
        = numberOption(args, QStringLiteral("backoff-max-ms"), options.backoff.maxMs, 1, 86400000);
    const auto chunk = numberOption(args, QStringLiteral("chunk-bytes"), options.chunkBytes, 1024, 16 << 20);
    const auto feed
        = numberOption(args, QStringLiteral("feed-interval-ms"), options.feedIntervalMs, 0, 86400000);
    const auto maxSeconds = numberOption(args, QStringLiteral("max-seconds"), 0, 0, 86400 * 365);
    if (!timeout || !initial || !maxWait || !chunk || !feed || !maxSeconds)
        return fail(QCoreApplication::translate("ow::cli",
            "--timeout-ms, --backoff-initial-ms, --backoff-max-ms, --chunk-bytes, --feed-interval-ms "
            "and --max-seconds take whole numbers in their range."));
    if (!args.isEmpty())
        return fail(QCoreApplication::translate("ow::cli", "unknown argument: %1").arg(args.first()));
    if (!options.serverUrl.isValid() || options.serverUrl.scheme().isEmpty()
        || options.serverUrl.host().isEmpty())
        return fail(
            QCoreApplication::translate("ow::cli", "--server-url must be a URL like http://127.0.0.1:8080."));
    options.requestTimeoutMs = int(*timeout);
    options.backoff.initialMs = *initial;
    options.backoff.maxMs = *maxWait;
    options.chunkBytes = *chunk;
    options.feedIntervalMs = int(*feed);
    options.idlePollMs = untilEmpty || once ? 1000 : options.idlePollMs;
    auto services = openServices(settings, options);
    if (!services)
        return fail(services.error().message, 1);
    if (!username.isEmpty())
        (*services)->tokens()->setCredentials(username, password);

    ow::sync::SyncService& service = (*services)->sync();
    QEventLoop loop;
    int delivered = 0;
    int rejected = 0;
    int retries = 0;
    bool timedOut = false;
    QObject::connect(&service, &ow::sync::SyncService::delivered, &loop, [&] { ++delivered; });
    QObject::connect(&service, &ow::sync::SyncService::rejected, &loop, [&] { ++rejected; });
    QObject::connect(&service, &ow::sync::SyncService::retryScheduled, &loop, [&] {
        ++retries;
        if (once)
            loop.quit();
    });
    if (untilEmpty || once)
        QObject::connect(&service, &ow::sync::SyncService::drained, &loop, &QEventLoop::quit);
    if (*maxSeconds > 0)
        QTimer::singleShot(std::chrono::seconds(*maxSeconds), &loop, [&] {
            timedOut = true;
            loop.quit();
        });
    // SIGINT/SIGTERM: stop after cancelling the request in flight (its entry stays queued).
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto* notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &loop);
        QObject::connect(notifier, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    service.start();
    loop.exec();
    service.stop();

    ow::sync::OutboxStore outbox((*services)->store());
    auto remaining = outbox.pendingCount();
    auto lastSync = outbox.meta(QString::fromLatin1(ow::sync::kMetaLastSync));
    ow::cli::printJson(
        QJsonObject {{QStringLiteral("delivered"), delivered}, {QStringLiteral("rejected"), rejected},
            {QStringLiteral("retries"), retries}, {QStringLiteral("remaining"), remaining ? *remaining : -1},
            {QStringLiteral("lastSync"), lastSync ? *lastSync : QString()},
            {QStringLiteral("timedOut"), timedOut}});
    if (!remaining)
        return 1;
    return (untilEmpty || once) && *remaining > 0 ? 1 : 0;
}

int runStatus(QStringList& args)
{
    const QString dataDir = dataDirOption(args);
    if (dataDir.isEmpty())
        return fail(QCoreApplication::translate("ow::cli", "--data-dir DIR is required."));
    const auto limit = numberOption(args, QStringLiteral("limit"), 50, 1, 100000);
    if (!limit || !args.isEmpty())
        return fail(QCoreApplication::translate("ow::cli", "usage: sync status --data-dir DIR [--limit N]"));
    ow::AppSettings settings(dataDir);
    auto services = openServices(settings);
    if (!services)
        return fail(services.error().message, 1);
    ow::sync::OutboxStore outbox((*services)->store());
    auto entries = outbox.entries(int(*limit));
    auto pending = outbox.pendingCount();
    auto lastSync = outbox.meta(QString::fromLatin1(ow::sync::kMetaLastSync));
    if (!entries || !pending || !lastSync)
        return fail(QCoreApplication::translate("ow::cli", "cannot read the outbox"), 1);
    QJsonArray list;
    for (const ow::sync::OutboxEntry& e : *entries)
        list.append(entryJson(e));
    ow::cli::printJson(QJsonObject {{QStringLiteral("pending"), *pending},
        {QStringLiteral("lastSync"), *lastSync}, {QStringLiteral("entries"), list}});
    return 0;
}

int runRequeue(QStringList& args)
{
    const QString dataDir = dataDirOption(args);
    if (dataDir.isEmpty())
        return fail(QCoreApplication::translate("ow::cli", "--data-dir DIR is required."));
    if (args.size() != 1)
        return fail(QCoreApplication::translate("ow::cli", "usage: sync requeue --data-dir DIR CASE_UUID"));
    ow::AppSettings settings(dataDir);
    auto services = openServices(settings);
    if (!services)
        return fail(services.error().message, 1);
    ow::sync::OutboxStore outbox((*services)->store());
    auto done = outbox.requeue(args.first());
    if (!done)
        return fail(done.error().message, 1);
    if (!*done)
        return fail(
            QCoreApplication::translate("ow::cli", "no rejected hand-off for case %1").arg(args.first()));
    ow::cli::printJson(QJsonObject {{QStringLiteral("requeued"), args.first()}});
    return 0;
}

int runSyncGroup(const QStringList& arguments)
{
    QStringList args = arguments;
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QStringLiteral("run")) {
        const bool untilEmpty = takeFlag(args, QStringLiteral("until-empty"));
        const bool once = takeFlag(args, QStringLiteral("once"));
        return runSync(args, untilEmpty, once);
    }
    if (sub == QStringLiteral("status"))
        return runStatus(args);
    if (sub == QStringLiteral("requeue"))
        return runRequeue(args);
    return fail(QCoreApplication::translate("ow::cli",
        "usage: sync run --data-dir DIR --server-url URL [--user U --password P] [--until-empty] "
        "[--once] [--timeout-ms N] [--backoff-initial-ms N] [--backoff-max-ms N] [--chunk-bytes N] "
        "[--feed-interval-ms N] [--max-seconds N]\n"
        "       sync status --data-dir DIR [--limit N]\n"
        "       sync requeue --data-dir DIR CASE_UUID"));
}

} // namespace

OW_CLI_COMMAND(QStringLiteral("sync"),
    QStringLiteral(
        "hand accepted cases to the server (run), show the outbox (status), requeue a rejected case"),
    runSyncGroup);

// Benchmark (a program, not a test): how fast one workbench drains its outbox to a local onewindow-server.
// Accepts N cases into a real local store (CaseRepository::accept with the protocol payload builder, one
// transaction each), starts onewindow-server on SQLite in a temporary folder (or uses --server-url), then
// runs the real SyncService until the outbox is empty and prints cases per second. See docs/benchmarks.md.
//
//   bench_sync_drain [--cases 10000] [--files-every 0] [--file-bytes 20000] [--chunk-bytes N]
//                    [--server-url URL]
#include "app/catalog/catalog.h"
#include "app/catalog/plan.h"
#include "app/common/logging.h"
#include "app/common/settings.h"
#include "app/intake/attachmentstore.h"
#include "app/intake/caserepository.h"
#include "app/net/tokenholder.h"
#include "app/store/localstore.h"
#include "app/sync/outboxstore.h"
#include "app/sync/submission.h"
#include "app/sync/syncservice.h"
#include "protocol/identifiers.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QUuid>

#include <cstdio>

namespace {

void say(const QString& line)
{
    std::fprintf(stdout, "%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

QString idNumber(int seed)
{
    const QDate birth = QDate(1960, 1, 1).addDays(seed % 20000);
    const QString first17 = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(seed % 1000, 3, 10, QChar(u'0'));
    return first17 + ow::protocol::idNumberCheckChar(first17);
}

QByteArray pdfBytes(qint64 size)
{
    QByteArray b = QByteArrayLiteral("%PDF-1.4\n");
    while (b.size() < size - 7)
        b.append(char(QRandomGenerator::global()->bounded(256)));
    return b + QByteArrayLiteral("\n%%EOF\n");
}

// Starts onewindow-server on SQLite in dataDir; returns its URL (empty on failure).
QUrl startServer(QProcess& process, const QString& dataDir)
{
    const QString log = QDir(dataDir).filePath(QStringLiteral("server.log"));
    process.setProgram(
        QDir(QStringLiteral(OW_BINARY_DIR)).filePath(QStringLiteral("server/onewindow-server")));
    process.setArguments(
        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), dataDir,
            QStringLiteral("--seed-demo"), QStringLiteral("--no-log-file")});
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardOutputFile(log);
    process.start();
    static const QRegularExpression line(QStringLiteral("(?:^|\\n)listening on (http\\S+)\\s*\\n"));
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 60000 && process.state() != QProcess::NotRunning) {
        QFile f(log);
        if (f.open(QIODevice::ReadOnly)) {
            const auto m = line.match(QString::fromUtf8(f.readAll()));
            if (m.hasMatch())
                return QUrl(m.captured(1));
        }
        QThread::msleep(20);
    }
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({{QStringLiteral("cases"), QStringLiteral("cases to queue and drain"), QStringLiteral("n"),
                      QStringLiteral("10000")},
        {QStringLiteral("files-every"), QStringLiteral("every k-th case has one attachment (0: none)"),
            QStringLiteral("k"), QStringLiteral("0")},
        {QStringLiteral("file-bytes"), QStringLiteral("size of each attachment"), QStringLiteral("bytes"),
            QStringLiteral("20000")},
        {QStringLiteral("chunk-bytes"), QStringLiteral("attachment upload chunk (default: the workbench's)"),
            QStringLiteral("bytes")},
        {QStringLiteral("server-url"), QStringLiteral("a running server with the demo accounts"),
            QStringLiteral("url")}});
    p.process(app);
    ow::logging::Options logOptions;
    ow::logging::install(logOptions);
    QLoggingCategory::setFilterRules(QStringLiteral("onewindow.*.info=false"));

    const int cases = p.value(QStringLiteral("cases")).toInt();
    const int filesEvery = p.value(QStringLiteral("files-every")).toInt();
    const qint64 fileBytes = p.value(QStringLiteral("file-bytes")).toLongLong();
    QTemporaryDir dir;
    const QString clientDir = dir.filePath(QStringLiteral("client"));
    const QString serverDir = dir.filePath(QStringLiteral("server"));
    QDir().mkpath(serverDir);

    // The workbench's data: N accepted cases waiting in the outbox.
    ow::AppSettings settings(clientDir);
    auto store = ow::store::LocalStore::open(settings.databasePath());
    auto catalog = ow::catalog::Catalog::embeddedDefault();
    if (!store || !catalog) {
        say(QStringLiteral("cannot open the local store or the catalog"));
        return 1;
    }
    auto plan = ow::catalog::computePlan(*catalog, QStringLiteral("NEWBORN"), {});
    if (!plan) {
        say(plan.error().message);
        return 1;
    }
    ow::intake::CaseRepository repository(*store);
    ow::intake::AttachmentStore files(*store, settings.attachmentsDir(), qint64(64) << 20);
    const ow::catalog::Plan thePlan = *plan;
    const ow::intake::Handoff handoff = ow::sync::handoff();
    const auto payload = [&](const QSqlDatabase& db, const ow::intake::CaseData& c) {
        return handoff.queue(db, c, thePlan);
    };
    QElapsedTimer timer;
    timer.start();
    int withFiles = 0;
    for (int i = 0; i < cases; ++i) {
        ow::intake::CaseData c;
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.bundleCode = QStringLiteral("NEWBORN");
        c.catalogVersion = catalog->version();
        c.catalogHash = catalog->contentHash();
        c.hallCode = QStringLiteral("CY-01");
        c.counter = 1;
        c.createdAt = c.updatedAt = c.acceptedAt = QDateTime::currentDateTime();
        const auto set = [&c](const QString& id, const QJsonValue& v) {
            ow::intake::FieldValue f;
            f.value = v;
            c.fields.insert(id, f);
        };
        set(QStringLiteral("applicant.name"), QStringLiteral("测试申请人%1").arg(i));
        set(QStringLiteral("applicant.idNumber"), idNumber(i * 7919));
        set(QStringLiteral("child.name"), QStringLiteral("测试婴儿%1").arg(i));
        set(QStringLiteral("child.birthDate"), QDate::currentDate().addDays(-3).toString(Qt::ISODate));
        for (const ow::catalog::PlannedMaterial& pm : thePlan.materials)
            c.materials[pm.material->id].state = ow::intake::MaterialState::Verified;
        if (filesEvery > 0 && i % filesEvery == 0 && !thePlan.materials.isEmpty()) {
            auto stored = files.importBytes(pdfBytes(fileBytes), QStringLiteral("scan.pdf"));
            if (!stored) {
                say(stored.error().message);
                return 1;
            }
            const QString material = thePlan.materials.first().material->id;
            c.materials[material].state = ow::intake::MaterialState::Copy;
            c.attachments.append(
                {stored->sha256, material, stored->fileName, stored->mimeType, stored->size});
            ++withFiles;
        }
        if (auto accepted = repository.accept(c, payload); !accepted) {
            say(accepted.error().message);
            return 1;
        }
    }
    say(QStringLiteral("queued %1 accepted cases (%2 with a %3-byte attachment) in %4 s")
            .arg(cases)
            .arg(withFiles)
            .arg(fileBytes)
            .arg(timer.elapsed() / 1000.0, 0, 'f', 1));

    QProcess server;
    QUrl url(p.value(QStringLiteral("server-url")));
    if (url.isEmpty()) {
        url = startServer(server, serverDir);
        if (url.isEmpty()) {
            say(QStringLiteral("onewindow-server did not start"));
            return 1;
        }
        say(QStringLiteral("onewindow-server on SQLite (%1) at %2").arg(serverDir, url.toString()));
    }

    ow::sync::SyncOptions options;
    options.serverUrl = url;
    options.attachmentsDir = settings.attachmentsDir();
    options.feedIntervalMs = 0;
    options.backoff.initialMs = 100;
    options.backoff.maxMs = 1000;
    if (p.isSet(QStringLiteral("chunk-bytes")))
        options.chunkBytes = p.value(QStringLiteral("chunk-bytes")).toLongLong();
    auto tokens = std::make_shared<ow::net::TokenHolder>();
    tokens->setCredentials(QStringLiteral("cy.clerk1"), QStringLiteral("Clerk-CY-2026!"));
    ow::sync::SyncService sync(*store, options, tokens);
    QEventLoop loop;
    int delivered = 0;
    int retries = 0;
    QObject::connect(&sync, &ow::sync::SyncService::delivered, &loop, [&] {
        if (++delivered % 1000 == 0)
            say(QStringLiteral("  %1 delivered, %2 s")
                    .arg(delivered)
                    .arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    });
    QObject::connect(&sync, &ow::sync::SyncService::retryScheduled, &loop, [&] { ++retries; });
    QObject::connect(&sync, &ow::sync::SyncService::drained, &loop, &QEventLoop::quit);
    timer.restart();
    sync.start();
    loop.exec();
    const double seconds = timer.elapsed() / 1000.0;
    sync.stop();

    ow::sync::OutboxStore outbox(*store);
    say(QStringLiteral("drained %1 cases in %2 s: %3 cases/s (%4 retries, %5 left)")
            .arg(delivered)
            .arg(seconds, 0, 'f', 2)
            .arg(delivered / seconds, 0, 'f', 0)
            .arg(retries)
            .arg(outbox.pendingCount().value()));
    if (server.state() != QProcess::NotRunning) {
        server.terminate();
        server.waitForFinished(15000);
    }
    ow::logging::shutdown();
    return delivered == cases ? 0 : 1;
}

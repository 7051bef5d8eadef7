// The outbox worker against a real onewindow-server (SQLite): delivery in order with attachments, offline
// queueing and automatic drain, rejection with the server's reason, sign-in again on 401, the status feed
// flowing back into the cases, resuming an interrupted upload, and fetching the catalog.
#include "app/catalog/catalogrepository.h"
#include "app/common/workbenchstatus.h"
#include "app/net/transport.h"
#include "app/store/sql.h"
#include "app/sync/apiclient.h"
#include "app/sync/syncerror.h"
#include "app/sync/syncservice.h"
#include "protocol/errorcodes.h"
#include "protocol/jsonreader.h"
#include "tests/integration/syncfixture.h"
#include "tests/support/faultproxy.h"
#include "tests/support/serverprocess.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace ow;
using ow::sync::SyncService;
using Connection = ow::WorkbenchStatus::Connection;

class TestSyncDelivery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<test::ServerRunner>(m_dir->filePath(QStringLiteral("server")));
        m_client = std::make_unique<test::ClientData>(m_dir->filePath(QStringLiteral("client")));
        QVERIFY2(m_client->ok(), qPrintable(m_client->error()));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_server)
            qWarning().noquote() << m_server->log().right(4000);
        m_client.reset();
        m_server.reset();
        m_dir.reset();
    }

    void deliversInOrderWithAttachments()
    {
        QVERIFY(m_server->start());
        const QByteArray shared = test::pdfBytes(5000);
        QList<test::AcceptedCase> accepted = m_client->acceptCases(8, 2, 20000, {shared});
        accepted += m_client->acceptCases(1, 1, 70000); // several chunks of 16 KiB
        QVERIFY2(m_client->error().isEmpty(), qPrintable(m_client->error()));
        QCOMPARE(accepted.size(), 9);

        WorkbenchStatus status;
        SyncService sync(m_client->store(), m_client->options(m_server->url()),
            test::signedInAs(test::kClerk, test::kClerkPassword), &status);
        QSignalSpy delivered(&sync, &SyncService::delivered);
        QSignalSpy stateChanged(&sync, &SyncService::caseSyncStateChanged);
        QSignalSpy signedIn(&sync, &SyncService::signedIn);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), accepted.size(), 60000);
        QTRY_COMPARE(status.queueLength(), 0);
        QTRY_COMPARE(status.connection(), Connection::Online);
        QTRY_VERIFY(status.lastSync().isValid());
        QVERIFY(status.lastSync().secsTo(QDateTime::currentDateTime()) < 60);
        QTRY_VERIFY(stateChanged.count() >= 2 * accepted.size()); // sending, then delivered
        QTRY_COMPARE(signedIn.count(), 1);
        QCOMPARE(signedIn.first().at(3).toString(), QStringLiteral("clerk"));
        sync.stop();

        // Delivered in the order accepted, each exactly once with all its files.
        QStringList order;
        for (const QList<QVariant>& args : std::as_const(delivered))
            order << args.at(0).toString();
        QCOMPARE(order, test::uuidsOf(accepted));
        test::ServerDatabase db(m_server->sqlitePath());
        QCOMPARE(db.verifyExactlyOnce(accepted), QString());
        QCOMPARE(db.receivedOrder(), test::uuidsOf(accepted));
        for (const test::AcceptedCase& a : std::as_const(accepted)) {
            QCOMPARE(m_client->syncState(a.uuid), QStringLiteral("delivered"));
            QCOMPARE(m_client->outboxState(a.uuid), QStringLiteral("delivered"));
            QVERIFY(!m_client->caseColumn(a.uuid, QStringLiteral("server_status")).isEmpty());
        }
        QCOMPARE(m_client->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE server_case_id IS NULL OR "
                                                "server_received_at IS NULL OR content_hash IS NULL")),
            0);
        // The receipt's content hash is the hash of what was accepted.
        auto hashes = store::exec(
            m_client->store()->connection(), QStringLiteral("SELECT case_uuid, content_hash FROM outbox"));
        QVERIFY(hashes.ok());
        while (hashes->next()) {
            const QString uuid = hashes->value(0).toString();
            const auto it = std::find_if(accepted.cbegin(), accepted.cend(),
                [&](const test::AcceptedCase& a) { return a.uuid == uuid; });
            QCOMPARE(hashes->value(1).toString(), it->contentHash);
        }
    }

    void queuesOfflineAndDrainsWhenTheServerComesBack()
    {
        test::FaultProxy proxy; // stands where the server will be; nothing answers behind it yet
        QVERIFY(proxy.listen());
        proxy.setUpstreamPort(test::unusedPort());
        QList<test::AcceptedCase> accepted = m_client->acceptCases(3, 1, 8000);

        WorkbenchStatus status;
        SyncService sync(m_client->store(), m_client->options(proxy.url()),
            test::signedInAs(test::kClerk, test::kClerkPassword), &status);
        QSignalSpy delivered(&sync, &SyncService::delivered);
        QSignalSpy retries(&sync, &SyncService::retryScheduled);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(retries.count() >= 3, 20000);
        QTRY_COMPARE(status.connection(), Connection::Offline);
        QTRY_COMPARE(status.queueLength(), 3);
        QCOMPARE(delivered.count(), 0);
        const QString first = accepted.first().uuid;
        QCOMPARE(m_client->syncState(first), QStringLiteral("queued"));
        QVERIFY(!m_client->syncMessage(first).isEmpty());
        QCOMPARE(m_client->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE attempts > 0 AND "
                                                "error_category = 'network' AND next_try_at IS NOT NULL")),
            1); // only the head is tried: later cases never overtake it

        // Intake goes on while offline.
        accepted += m_client->acceptCases(2, 1, 8000);
        QVERIFY2(m_client->error().isEmpty(), qPrintable(m_client->error()));
        QTRY_COMPARE(status.queueLength(), 5);

        // The server comes up; nobody touches the workbench.
        QVERIFY(m_server->start());
        proxy.setUpstreamPort(m_server->port());
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 5, 30000);
        QTRY_COMPARE(status.queueLength(), 0);
        QTRY_COMPARE(status.connection(), Connection::Online);
        sync.stop();
        test::ServerDatabase db(m_server->sqlitePath());
        QCOMPARE(db.verifyExactlyOnce(accepted), QString());
        QCOMPARE(db.receivedOrder(), test::uuidsOf(accepted));
    }

    // The worker's times come from the Clock: a retry is due at the clock's time plus the backoff, and a
    // clock moved past it brings the next attempt.
    void backoffRunsOnTheClock()
    {
        test::FaultProxy proxy; // nothing answers behind it
        QVERIFY(proxy.listen());
        proxy.setUpstreamPort(test::unusedPort());
        const QList<test::AcceptedCase> accepted = m_client->acceptCases(1, 1, 4000);
        const QDateTime start(QDate(2030, 1, 2), QTime(9, 0), Qt::UTC);
        FixedClock clock(start);
        sync::SyncOptions options = m_client->options(proxy.url());
        options.backoff.initialMs = 60000;
        options.backoff.maxMs = 60000;
        SyncService sync(
            m_client->store(), options, test::signedInAs(test::kClerk, test::kClerkPassword), nullptr, clock);
        QSignalSpy retries(&sync, &SyncService::retryScheduled);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(retries.count(), 1, 20000);
        const auto nextTry = [this, &accepted] {
            return QDateTime::fromString(
                m_client->caseColumn(accepted.first().uuid,
                    QStringLiteral("(SELECT next_try_at FROM outbox WHERE case_uuid = cases.uuid)")),
                Qt::ISODateWithMs);
        };
        const qint64 wait = start.msecsTo(nextTry());
        QVERIFY2(wait >= 30000 && wait <= 60000, qPrintable(QString::number(wait))); // jitter: [max/2, max]
        QCOMPARE(retries.first().at(1).toDateTime().toUTC(), nextTry());
        // A minute on the clock, not in the test: the worker, which looks again at least every idle poll,
        // finds the entry due and tries again; the next wait counts from the clock's new time.
        clock.advanceSecs(61);
        QTRY_COMPARE_WITH_TIMEOUT(retries.count(), 2, 20000);
        const qint64 second = start.addSecs(61).msecsTo(nextTry());
        QVERIFY2(second >= 30000 && second <= 60000, qPrintable(QString::number(second)));
        sync.stop();
    }

    void rejectsWithTheServersReasonAndGoesOn()
    {
        QVERIFY(m_server->start());
        QList<test::AcceptedCase> accepted = m_client->acceptCases(3, 1, 6000);
        // A case whose applicant ID number the protocol refuses: it is not even sent.
        intake::CaseData bad;
        bad.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        bad.bundleCode = QStringLiteral("NEWBORN");
        bad.catalogVersion = QStringLiteral("2026.11.1");
        bad.catalogHash = QString(64, u'0');
        bad.hallCode = QStringLiteral("CY-01");
        bad.createdAt = bad.updatedAt = bad.acceptedAt = QDateTime::currentDateTime();
        intake::FieldValue id;
        id.value = QStringLiteral("110105199003121170"); // wrong check character
        bad.fields.insert(QStringLiteral("applicant.idNumber"), id);
        intake::FieldValue name;
        name.value = QStringLiteral("测试");
        bad.fields.insert(QStringLiteral("applicant.name"), name);
        const test::AcceptedCase invalid = m_client->accept(bad);
        QVERIFY2(m_client->error().isEmpty(), qPrintable(m_client->error()));
        accepted += m_client->acceptCases(1, 0);

        // Someone already submitted the first case's UUID with other content.
        test::Http http(m_server->url());
        const QString token = http.signIn(test::kClerk, test::kClerkPassword);
        QVERIFY(!token.isEmpty());
        auto payload = store::exec(m_client->store()->connection(),
            QStringLiteral("SELECT payload FROM outbox WHERE case_uuid = ?"), {accepted.first().uuid});
        QVERIFY(payload.ok() && payload->next());
        QJsonObject other = QJsonDocument::fromJson(payload->value(0).toString().toUtf8()).object();
        payload->finish(); // an open statement would pin this connection's view of the database
        QJsonObject fields = other.value(QStringLiteral("fields")).toObject();
        fields.insert(QStringLiteral("child.name"), QStringLiteral("另一个名字"));
        other.insert(QStringLiteral("fields"), fields);
        other.insert(QStringLiteral("attachments"), QJsonArray {});
        QJsonArray materials;
        for (const QJsonValue& m : other.value(QStringLiteral("materials")).toArray()) {
            QJsonObject o = m.toObject();
            o.insert(QStringLiteral("attachmentSha256s"), QJsonArray {});
            materials.append(o);
        }
        other.insert(QStringLiteral("materials"), materials);
        const test::HttpReply first
            = http.send("PUT", QStringLiteral("/api/v1/cases/") + accepted.first().uuid,
                QJsonDocument(other).toJson(QJsonDocument::Compact), token);
        QCOMPARE(first.status, 201);

        SyncService sync(m_client->store(), m_client->options(m_server->url()),
            test::signedInAs(test::kClerk, test::kClerkPassword));
        QSignalSpy delivered(&sync, &SyncService::delivered);
        QSignalSpy rejected(&sync, &SyncService::rejected);
        QSignalSpy drained(&sync, &SyncService::drained);
        sync.start();
        QTRY_VERIFY_WITH_TIMEOUT(drained.count() > 0 && delivered.count() == 3, 30000);
        QTRY_COMPARE(rejected.count(), 2);

        const QString conflicted = accepted.first().uuid;
        QCOMPARE(m_client->syncState(conflicted), QStringLiteral("rejected"));
        QVERIFY2(m_client->syncMessage(conflicted).contains(QStringLiteral("different content")),
            qPrintable(m_client->syncMessage(conflicted)));
        QCOMPARE(m_client->caseColumn(conflicted,
                     QStringLiteral("(SELECT error_category FROM outbox WHERE "
                                    "case_uuid = cases.uuid)")),
            QStringLiteral("rejected"));
        QCOMPARE(m_client->syncState(invalid.uuid), QStringLiteral("rejected"));
        QCOMPARE(m_client->caseColumn(invalid.uuid,
                     QStringLiteral("(SELECT error_category FROM outbox WHERE case_uuid = cases.uuid)")),
            QStringLiteral("local"));
        QVERIFY2(m_client->syncMessage(invalid.uuid).contains(QStringLiteral("idNumber")),
            qPrintable(m_client->syncMessage(invalid.uuid)));
        QStringList order;
        for (const QList<QVariant>& args : std::as_const(delivered))
            order << args.at(0).toString();
        QCOMPARE(order, (QStringList {accepted.at(1).uuid, accepted.at(2).uuid, accepted.at(3).uuid}));

        // Sent again on request, the conflict is refused again and nothing changes at the server.
        sync.requeue(conflicted);
        QTRY_COMPARE_WITH_TIMEOUT(rejected.count(), 3, 20000);
        QCOMPARE(m_client->syncState(conflicted), QStringLiteral("rejected"));
        sync.stop();
        test::ServerDatabase db(m_server->sqlitePath());
        QCOMPARE(db.caseCount(), 4);
        QCOMPARE(db.verifyExactlyOnce(accepted.mid(1)).count(QStringLiteral("missing")), 0);
    }

    void signsInAgainWhenTheTokenIsRefused()
    {
        QVERIFY(m_server->start());
        const QList<test::AcceptedCase> accepted = m_client->acceptCases(2, 1, 4000);
        auto tokens = test::signedInAs(test::kClerk, QStringLiteral("wrong"));
        tokens->setToken(QStringLiteral("forged-token-that-the-server-never-issued"));
        WorkbenchStatus status;
        SyncService sync(m_client->store(), m_client->options(m_server->url()), tokens, &status);
        QSignalSpy delivered(&sync, &SyncService::delivered);
        QSignalSpy authFailed(&sync, &SyncService::authenticationFailed);
        QSignalSpy signedIn(&sync, &SyncService::signedIn);
        sync.start();
        // 401 with the forged token, then the wrong password: nothing leaves, the clerk is told.
        // The refusal of the sign-in is reported as it happens; the attempt is recorded after it.
        QTRY_VERIFY_WITH_TIMEOUT(authFailed.count() >= 1, 20000);
        QTRY_COMPARE(m_client->caseColumn(accepted.first().uuid,
                         QStringLiteral("(SELECT error_category FROM outbox WHERE case_uuid = cases.uuid)")),
            QStringLiteral("unauthorized"));
        QTRY_COMPARE(
            status.connection(), Connection::Online); // the server answers; the sign-in is the problem
        QCOMPARE(delivered.count(), 0);
        QCOMPARE(authFailed.count(), 1); // once per set of credentials: an account is never locked by retries
        const QString state = m_client->syncState(accepted.first().uuid); // waiting, or at its next try
        QVERIFY2(state == QStringLiteral("queued") || state == QStringLiteral("sending"), qPrintable(state));

        sync.setCredentials(test::kClerk, test::kClerkPassword);
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 2, 20000);
        QTRY_VERIFY(signedIn.count() >= 1);
        const QString token = signedIn.last().at(0).toString();
        QVERIFY(!token.isEmpty());

        // The token is revoked behind the worker's back: the next case signs in again by itself.
        test::Http http(m_server->url());
        QCOMPARE(http.send("POST", QStringLiteral("/api/v1/auth/sign-out"), {}, token).status, 204);
        const QList<test::AcceptedCase> more = m_client->acceptCases(1, 1, 4000);
        const int signIns = signedIn.count();
        sync.triggerNow();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 3, 20000);
        QTRY_COMPARE(signedIn.count(), signIns + 1);
        sync.stop();
        test::ServerDatabase db(m_server->sqlitePath());
        QCOMPARE(db.verifyExactlyOnce(accepted + more), QString());
    }

    void statusFeedFlowsBackIntoTheCases()
    {
        QVERIFY(m_server->start());
        const QList<test::AcceptedCase> accepted = m_client->acceptCases(3, 1, 4000);
        sync::SyncOptions options = m_client->options(m_server->url());
        options.feedIntervalMs = 200;
        SyncService sync(m_client->store(), options, test::signedInAs(test::kClerk, test::kClerkPassword));
        QSignalSpy delivered(&sync, &SyncService::delivered);
        QSignalSpy applied(&sync, &SyncService::statusFeedApplied);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 3, 30000);

        test::Http http(m_server->url());
        const QString backOffice = http.signIn(test::kBackOffice, test::kBackOfficePassword);
        QVERIFY(!backOffice.isEmpty());
        auto change = [&](const QString& uuid, const QString& status, const QStringList& reasons = {}) {
            QJsonObject body {{QStringLiteral("status"), status}};
            if (!reasons.isEmpty())
                body.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(reasons));
            return http
                .send("POST", QStringLiteral("/api/v1/cases/%1/status").arg(uuid),
                    QJsonDocument(body).toJson(QJsonDocument::Compact), backOffice)
                .status;
        };
        QCOMPARE(change(accepted.at(0).uuid, QStringLiteral("in_progress")), 200);
        QCOMPARE(change(accepted.at(0).uuid, QStringLiteral("completed")), 200);
        QCOMPARE(change(accepted.at(1).uuid, QStringLiteral("returned"),
                     {QStringLiteral("出生医学证明不清晰"), QStringLiteral("缺少父亲签字")}),
            200);

        QTRY_COMPARE_WITH_TIMEOUT(
            m_client->syncState(accepted.at(1).uuid), QStringLiteral("returned"), 15000);
        QCOMPARE(
            m_client->syncMessage(accepted.at(1).uuid), QStringLiteral("出生医学证明不清晰; 缺少父亲签字"));
        QTRY_COMPARE(m_client->caseColumn(accepted.at(0).uuid, QStringLiteral("server_status")),
            QStringLiteral("completed"));
        QCOMPARE(m_client->syncState(accepted.at(0).uuid), QStringLiteral("delivered"));
        QCOMPARE(m_client->caseColumn(accepted.at(2).uuid, QStringLiteral("server_status")),
            QStringLiteral("received"));
        // statusFeedApplied is emitted on the sync thread after the commit and queued here: wait for it
        // itself, not for the rows it reports.
        const auto changedByFeed = [&applied] {
            QStringList changed;
            for (const QList<QVariant>& args : std::as_const(applied))
                changed += args.at(0).toStringList();
            return changed;
        };
        QTRY_VERIFY(
            changedByFeed().contains(accepted.at(0).uuid) && changedByFeed().contains(accepted.at(1).uuid));
        sync.stop();
        QVERIFY(m_client->count(QStringLiteral("SELECT CAST(value AS INTEGER) FROM sync_meta WHERE key = "
                                               "'feed.cursor'"))
            >= 6);
    }

    void resumesAnInterruptedUpload()
    {
        QVERIFY(m_server->start());
        test::FaultProxy proxy;
        QVERIFY(proxy.listen());
        proxy.setUpstreamPort(m_server->port());
        // The fifth chunk reaches the server, but its answer never reaches the client.
        int chunkPuts = 0;
        proxy.setDecider([&chunkPuts](const test::FaultProxy::Request& r) {
            if (r.method == "PUT" && r.path.contains("/attachments/") && ++chunkPuts == 5)
                return test::FaultProxy::Fault::CutAfterForward;
            return test::FaultProxy::Fault::None;
        });
        const QList<test::AcceptedCase> accepted = m_client->acceptCases(1, 1, 200000);
        SyncService sync(m_client->store(), m_client->options(proxy.url()),
            test::signedInAs(test::kClerk, test::kClerkPassword));
        QSignalSpy delivered(&sync, &SyncService::delivered);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(delivered.count(), 1, 30000);
        sync.stop();
        QCOMPARE(proxy.faultCount(test::FaultProxy::Fault::CutAfterForward), 1);
        // 200-250 KB in 16 KiB chunks is 13-16 chunks; resuming sends the cut one at most once more (the
        // server already has it), never the file again from the start.
        const qint64 size = m_client->count(QStringLiteral("SELECT MAX(size) FROM attachments"));
        const int chunks = int((size + 16 * 1024 - 1) / (16 * 1024));
        QVERIFY2(chunkPuts <= chunks + 1,
            qPrintable(QStringLiteral("%1 PUTs for %2 chunks").arg(chunkPuts).arg(chunks)));
        test::ServerDatabase db(m_server->sqlitePath());
        QCOMPARE(db.verifyExactlyOnce(accepted), QString());
    }

    void fetchesThePublishedCatalog()
    {
        QVERIFY(m_server->start());
        auto embedded = catalog::Catalog::embeddedDefault();
        QVERIFY(embedded.ok());
        QJsonObject content = embedded->toJson();
        content.insert(QStringLiteral("version"), QStringLiteral("2099.1.1"));
        test::Http http(m_server->url());
        const QString admin = http.signIn(test::kAdmin, test::kAdminPassword);
        QVERIFY(!admin.isEmpty());
        const test::HttpReply published = http.send("PUT", QStringLiteral("/api/v1/catalogs/2099.1.1"),
            QJsonDocument(content).toJson(QJsonDocument::Compact), admin);
        QVERIFY2(published.status == 201 || published.status == 200, published.body.constData());

        auto tokens = test::signedInAs(test::kClerk, test::kClerkPassword);
        net::Transport transport(tokens);
        transport.setBaseUrl(m_server->url());
        sync::ApiClient api(&transport);
        QSignalSpy signedIn(tokens.get(), &net::TokenHolder::signedIn);

        std::optional<Result<protocol::CatalogDocument>> latest;
        api.catalog({}, [&](Result<protocol::CatalogDocument> r) { latest = std::move(r); });
        QTRY_VERIFY(latest.has_value());
        QVERIFY2(latest->ok(), latest->ok() ? "" : qPrintable(latest->error().message));
        QCOMPARE(signedIn.count(), 1); // the transport signed in before the first call
        QVERIFY(!tokens->validToken().isEmpty());
        QCOMPARE((*latest)->info.version, QStringLiteral("2099.1.1"));
        QCOMPARE((*latest)->info.hash, protocol::catalogContentHash(content));
        // The workbench can take it as its new catalog.
        auto fetched = catalog::Catalog::fromJson((*latest)->content);
        QVERIFY2(fetched.ok(), fetched.ok() ? "" : qPrintable(fetched.error().message));
        catalog::CatalogRepository repository(m_client->store());
        auto imported = repository.importCatalog(*fetched, QStringLiteral("server"));
        QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error().message));
        QCOMPARE(repository.loadActive()->version(), QStringLiteral("2099.1.1"));

        std::optional<Result<protocol::CatalogDocument>> missing;
        api.catalog(
            QStringLiteral("1999.1.1"), [&](Result<protocol::CatalogDocument> r) { missing = std::move(r); });
        QTRY_VERIFY(missing.has_value());
        QVERIFY(!missing->ok());
        QCOMPARE(sync::categoryOf(missing->error()), sync::ErrorCategory::Rejected);
        QCOMPARE(missing->error().code, QString(protocol::errc::kCatalogNotFound));
        QVERIFY(missing->error().where.contains(QStringLiteral("HTTP 404")));
        QVERIFY(!missing->error().detail.isEmpty()); // the server's own words

        // The updater's question: nothing while the hash it knows is still the latest, else the document.
        std::optional<Result<std::optional<protocol::CatalogDocument>>> unchanged, changed;
        api.latestCatalogIfChanged(protocol::catalogContentHash(content),
            [&](Result<std::optional<protocol::CatalogDocument>> r) { unchanged = std::move(r); });
        api.latestCatalogIfChanged(embedded->contentHash(),
            [&](Result<std::optional<protocol::CatalogDocument>> r) { changed = std::move(r); });
        QTRY_VERIFY(unchanged.has_value() && changed.has_value());
        QVERIFY2(unchanged->ok(), unchanged->ok() ? "" : qPrintable(unchanged->error().message));
        QVERIFY(!(*unchanged)->has_value());
        QVERIFY2(changed->ok(), changed->ok() ? "" : qPrintable(changed->error().message));
        QVERIFY((*changed)->has_value());
        QCOMPARE((**changed)->info.version, QStringLiteral("2099.1.1"));
    }

    // The workbench keeps its catalog current by itself: a newer published version becomes the active one,
    // an unchanged one costs a 304, and one that does not load here is refused with the old one kept.
    void takesANewerPublishedCatalogByItself()
    {
        QVERIFY(m_server->start());
        auto embedded = catalog::Catalog::embeddedDefault();
        QVERIFY(embedded.ok());
        catalog::CatalogRepository repository(m_client->store());
        QCOMPARE(repository.loadActive()->version(), embedded->version());
        test::Http http(m_server->url());
        const QString admin = http.signIn(test::kAdmin, test::kAdminPassword);
        QVERIFY(!admin.isEmpty());
        auto publish = [&](const QString& version, QJsonObject content) {
            content.insert(QStringLiteral("version"), version);
            return http.send("PUT", QStringLiteral("/api/v1/catalogs/") + version,
                QJsonDocument(content).toJson(QJsonDocument::Compact), admin);
        };
        QCOMPARE(publish(QStringLiteral("2099.1.1"), embedded->toJson()).status, 201);

        sync::SyncOptions options = m_client->options(m_server->url());
        options.feedIntervalMs = 100;
        options.catalogIntervalMs = 100;
        SyncService sync(m_client->store(), options, test::signedInAs(test::kClerk, test::kClerkPassword));
        QSignalSpy updated(&sync, &SyncService::catalogUpdated);
        QSignalSpy refused(&sync, &SyncService::catalogRefused);
        QSignalSpy checked(&sync, &SyncService::catalogChecked);
        sync.start();
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 1, 15000);
        QCOMPARE(updated.first().at(0).toString(), QStringLiteral("2099.1.1"));
        QCOMPARE(repository.loadActive()->version(), QStringLiteral("2099.1.1"));
        QCOMPARE(repository.versions()->size(), 2); // the embedded one stays for cases taken under it

        // More rounds change nothing.
        const int rounds = int(checked.count());
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= rounds + 3, 15000);
        QCOMPARE(updated.count(), 1);
        QCOMPARE(refused.count(), 0);

        // A catalog that does not load (bundles without their items) is refused at publication with its
        // problems...
        QJsonObject broken = embedded->toJson();
        broken.insert(QStringLiteral("items"), QJsonArray());
        const test::HttpReply refusedByServer = publish(QStringLiteral("2099.2.1"), broken);
        QCOMPARE(refusedByServer.status, 400);
        const QJsonObject error = refusedByServer.json.value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("catalog.invalid"));
        QVERIFY(!error.value(QStringLiteral("details"))
                     .toObject()
                     .value(QStringLiteral("problems"))
                     .toArray()
                     .isEmpty());
        // ...and by the workbench if it is on the server all the same (stored by an earlier server version,
        // which did not check): the active one stays.
        broken.insert(QStringLiteral("version"), QStringLiteral("2099.2.1"));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("server-direct"));
            db.setDatabaseName(m_server->sqlitePath());
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            QVERIFY(db.open());
            QSqlQuery insert(db);
            QVERIFY(
                insert.prepare(QStringLiteral("INSERT INTO catalogs (version, content_hash, content, "
                                              "published_at, published_by) VALUES (?, ?, ?, ?, 'admin')")));
            insert.addBindValue(QStringLiteral("2099.2.1"));
            insert.addBindValue(protocol::catalogContentHash(broken));
            insert.addBindValue(QString::fromUtf8(QJsonDocument(broken).toJson(QJsonDocument::Compact)));
            insert.addBindValue(protocol::formatTimestamp(QDateTime::currentDateTimeUtc()));
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("server-direct"));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 15000);
        QCOMPARE(refused.first().at(0).toString(), QStringLiteral("2099.2.1"));
        QVERIFY(!refused.first().at(1).toString().isEmpty());
        QCOMPARE(repository.loadActive()->version(), QStringLiteral("2099.1.1"));
        // It is not taken up again each round (If-None-Match carries the refused one's hash).
        const int roundsAfter = int(checked.count());
        QTRY_VERIFY_WITH_TIMEOUT(checked.count() >= roundsAfter + 3, 15000);
        QCOMPARE(refused.count(), 1);

        // The next good version is taken.
        QCOMPARE(publish(QStringLiteral("2099.3.1"), embedded->toJson()).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(updated.count(), 2, 15000);
        QCOMPARE(repository.loadActive()->version(), QStringLiteral("2099.3.1"));
        sync.stop();
    }

private:
    test::TestEnv m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::ServerRunner> m_server;
    std::unique_ptr<test::ClientData> m_client;
};

QTEST_GUILESS_MAIN(TestSyncDelivery)
#include "tst_sync_delivery.moc"

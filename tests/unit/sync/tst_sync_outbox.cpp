// The outbox and status-feed bookkeeping in a real local store: order, retry state, receipts, rejections,
// requeue, feed application (idempotent, cursor per server) and the case's sync state alongside.
#include "app/intake/caserepository.h"
#include "app/store/localstore.h"
#include "app/store/sql.h"
#include "app/sync/feedstore.h"
#include "app/sync/outboxstore.h"
#include "tests/support/testenv.h"

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

using namespace ow;
using sync::OutboxEntry;

class TestSyncOutbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto store = store::LocalStore::open(m_dir->filePath(QStringLiteral("local.sqlite")));
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        m_store = *store;
        m_cases = std::make_unique<intake::CaseRepository>(m_store);
        m_outbox = std::make_unique<sync::OutboxStore>(m_store);
        m_feed = std::make_unique<sync::FeedStore>(m_store);
    }

    void cleanup()
    {
        m_feed.reset();
        m_outbox.reset();
        m_cases.reset();
        m_store.reset();
        m_dir.reset();
    }

    void headIsTheOldestPendingEntry()
    {
        const QStringList uuids = acceptCases(3);
        QCOMPARE(m_outbox->pendingCount().value(), 3);
        auto head = m_outbox->head();
        QVERIFY(head.ok() && head->has_value());
        QCOMPARE((*head)->caseUuid, uuids.at(0));
        QCOMPARE((*head)->attempts, 0);
        QVERIFY((*head)->caseNumber.startsWith(QStringLiteral("CY-01")));
        QCOMPARE(QJsonDocument::fromJson((*head)->payload).object().value(QStringLiteral("uuid")).toString(),
            uuids.at(0));

        // A failed attempt keeps its place: the later entries wait behind it.
        auto sending = m_outbox->markSending(**head, now());
        QVERIFY(sending.ok());
        QCOMPARE(sending->attempts, 1);
        QCOMPARE(m_cases->load(uuids.at(0))->syncState, intake::SyncState::Sending);
        QVERIFY(m_outbox
                    ->markRetry(*sending, now().addSecs(60), sync::ErrorCategory::Network,
                        QStringLiteral("The server could not be reached"), QStringLiteral("req-1"))
                    .ok());
        head = m_outbox->head();
        QCOMPARE((*head)->caseUuid, uuids.at(0));
        QCOMPARE((*head)->errorCategory, QStringLiteral("network"));
        QCOMPARE((*head)->requestId, QStringLiteral("req-1"));
        QVERIFY((*head)->nextTryAt > now());
        const intake::CaseData first = m_cases->load(uuids.at(0)).value();
        QCOMPARE(first.syncState, intake::SyncState::Queued);
        QCOMPARE(first.syncMessage, QStringLiteral("The server could not be reached"));

        // An entry left "sending" by a run that ended is still the head.
        sending = m_outbox->markSending(**head, now());
        QCOMPARE(sending->attempts, 2);
        QCOMPARE(m_outbox->head().value()->state, OutboxEntry::State::Sending);
        QCOMPARE(m_outbox->head().value()->caseUuid, uuids.at(0));
        QVERIFY(m_outbox->release(*sending).ok());
        QCOMPARE(m_outbox->head().value()->state, OutboxEntry::State::Queued);
        QVERIFY(!m_outbox->head().value()->nextTryAt.isValid());
    }

    void rejectedEntryStopsHoldingUpTheRest()
    {
        const QStringList uuids = acceptCases(2);
        auto e = m_outbox->markSending(*m_outbox->head().value(), now());
        QVERIFY(m_outbox
                    ->markRejected(*e, sync::ErrorCategory::Rejected,
                        QStringLiteral("This case was already submitted with different content"),
                        QStringLiteral("r"))
                    .ok());
        QCOMPARE(m_outbox->head().value()->caseUuid, uuids.at(1));
        QCOMPARE(m_outbox->pendingCount().value(), 1);
        const intake::CaseData rejected = m_cases->load(uuids.at(0)).value();
        QCOMPARE(rejected.syncState, intake::SyncState::Rejected);
        QVERIFY(rejected.syncMessage.contains(QStringLiteral("different content")));

        // Requeued, it takes its original place again.
        QCOMPARE(m_outbox->requeue(uuids.at(0)).value(), true);
        QCOMPARE(m_outbox->requeue(uuids.at(0)).value(), false); // no longer rejected
        QCOMPARE(m_outbox->head().value()->caseUuid, uuids.at(0));
        QCOMPARE(m_outbox->head().value()->attempts, 0);
        QCOMPARE(m_cases->load(uuids.at(0))->syncState, intake::SyncState::Queued);
    }

    void deliveredKeepsTheReceipt()
    {
        const QStringList uuids = acceptCases(1);
        auto e = m_outbox->markSending(*m_outbox->head().value(), now());
        protocol::ServerReceipt receipt;
        receipt.uuid = uuids.at(0);
        receipt.serverCaseId = QStringLiteral("S-000042");
        receipt.receivedAt = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
        receipt.contentHash = QString(64, u'c');
        receipt.attachmentsComplete = true;
        QVERIFY(m_outbox->markDelivered(*e, receipt, QStringLiteral("req-9"), now()).ok());
        QCOMPARE(m_outbox->pendingCount().value(), 0);
        QVERIFY(!m_outbox->head().value().has_value());
        const OutboxEntry stored = m_outbox->entry(uuids.at(0)).value().value();
        QCOMPARE(stored.state, OutboxEntry::State::Delivered);
        QCOMPARE(stored.serverCaseId, QStringLiteral("S-000042"));
        QCOMPARE(stored.serverReceivedAt, receipt.receivedAt);
        QCOMPARE(stored.requestId, QStringLiteral("req-9"));
        QVERIFY(stored.deliveredAt.isValid());
        QVERIFY(stored.errorCategory.isEmpty());
        QCOMPARE(m_cases->load(uuids.at(0))->syncState, intake::SyncState::Delivered);
        QCOMPARE(column(uuids.at(0), QStringLiteral("server_status")), QStringLiteral("received"));
    }

    void feedAppliesStatusChanges()
    {
        const QStringList uuids = acceptCases(3);
        deliver(uuids.at(0));
        deliver(uuids.at(1));
        const QString server = QStringLiteral("http://127.0.0.1:8080");
        QCOMPARE(m_feed->cursor(server).value(), 0);

        protocol::ChangesPage page;
        page.events << event(11, uuids.at(0), protocol::CaseStatus::InProgress)
                    << event(12, uuids.at(1), protocol::CaseStatus::Returned,
                           {QStringLiteral("出生医学证明不清晰"), QStringLiteral("缺少父亲签字")})
                    << event(13, QUuid::createUuid().toString(QUuid::WithoutBraces),
                           protocol::CaseStatus::Received)
                    << event(14, uuids.at(2), protocol::CaseStatus::InProgress);
        page.cursor = 14;
        auto changed = m_feed->apply(page, server, now());
        QVERIFY(changed.ok());
        QCOMPARE(*changed, (QStringList {uuids.at(0), uuids.at(1), uuids.at(2)}));
        QCOMPARE(m_feed->cursor(server).value(), 14);
        QCOMPARE(m_feed->cursor(QStringLiteral("http://other:8080")).value(), 0); // another server: from 0

        const intake::CaseData inProgress = m_cases->load(uuids.at(0)).value();
        QCOMPARE(inProgress.syncState, intake::SyncState::Delivered);
        QCOMPARE(column(uuids.at(0), QStringLiteral("server_status")), QStringLiteral("in_progress"));
        const intake::CaseData returned = m_cases->load(uuids.at(1)).value();
        QCOMPARE(returned.syncState, intake::SyncState::Returned);
        QCOMPARE(returned.syncMessage, QStringLiteral("出生医学证明不清晰; 缺少父亲签字"));
        QCOMPARE(column(uuids.at(1), QStringLiteral("server_reasons")),
            QStringLiteral(R"(["出生医学证明不清晰","缺少父亲签字"])"));
        // Not confirmed here yet: the server status is noted, the clerk still sees it queued.
        QCOMPARE(m_cases->load(uuids.at(2))->syncState, intake::SyncState::Queued);
        QCOMPARE(column(uuids.at(2), QStringLiteral("server_status")), QStringLiteral("in_progress"));

        // The same page again changes nothing.
        QCOMPARE(m_feed->apply(page, server, now()).value(), QStringList());

        // A later completion moves the case on; an older event read again does not move it back.
        protocol::ChangesPage later;
        later.events << event(15, uuids.at(0), protocol::CaseStatus::Completed)
                     << event(11, uuids.at(0), protocol::CaseStatus::InProgress);
        later.cursor = 15;
        QCOMPARE(m_feed->apply(later, server, now()).value(), QStringList {uuids.at(0)});
        QCOMPARE(column(uuids.at(0), QStringLiteral("server_status")), QStringLiteral("completed"));
        QCOMPARE(m_feed->cursor(server).value(), 15);
    }

    void returnBeforeConfirmationStaysReturned()
    {
        const QStringList uuids = acceptCases(1);
        protocol::ChangesPage page;
        page.events << event(3, uuids.at(0), protocol::CaseStatus::Returned, {QStringLiteral("照片不合格")});
        page.cursor = 3;
        QVERIFY(m_feed->apply(page, QStringLiteral("http://s"), now()).ok());
        deliver(uuids.at(0));
        const intake::CaseData c = m_cases->load(uuids.at(0)).value();
        QCOMPARE(c.syncState, intake::SyncState::Returned);
        QCOMPARE(c.syncMessage, QStringLiteral("照片不合格"));
        QCOMPARE(m_outbox->entry(uuids.at(0)).value()->state, OutboxEntry::State::Delivered);
    }

    // The 今日 page's tally and the case list's filters follow the same states: drafts, waiting for the
    // server, refused by it, returned for correction — whatever day a case began — and the day's acceptances.
    void theDayTallyAndTheFiltersFollowTheStates()
    {
        const QStringList uuids = acceptCases(4);
        deliver(uuids.at(0));
        deliver(uuids.at(1));
        auto e = m_outbox->markSending(*m_outbox->head().value(), now());
        QCOMPARE(e->caseUuid, uuids.at(2));
        QVERIFY(
            m_outbox->markRejected(*e, sync::ErrorCategory::Rejected, QStringLiteral("refused"), {}).ok());
        protocol::ChangesPage page;
        page.events << event(5, uuids.at(1), protocol::CaseStatus::Returned, {QStringLiteral("照片不合格")});
        page.cursor = 5;
        QVERIFY(m_feed->apply(page, QStringLiteral("http://s"), now()).ok());
        intake::CaseData draft = newCase();
        draft.createdAt = draft.updatedAt = QDateTime::currentDateTime().addDays(-3); // an old, open draft
        const auto saved = m_cases->save(draft);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));

        const intake::DayTally t = m_cases->tally(QDate::currentDate(), QStringLiteral("CY-01"), 2).value();
        QCOMPARE(t.acceptedToday, 4);
        QCOMPARE(t.deliveredToday, 1); // the other delivered one was returned since
        QCOMPARE(t.drafts, 1);
        QCOMPARE(t.waitingForHandOff, 1);
        QCOMPARE(t.rejected, 1);
        QCOMPARE(t.returnedForCorrection, 1);
        QCOMPARE(t.needingAttention(), 2);
        QCOMPARE(m_cases->tally(QDate::currentDate(), QStringLiteral("CY-01"), 3).value().acceptedToday, 0);
        QCOMPARE(m_cases->tally(QDate::currentDate().addDays(-1)).value().acceptedToday, 0);

        auto shown = [&](intake::CaseFilter filter) {
            intake::CaseQuery q;
            q.filter = filter;
            QStringList out;
            const QList<intake::CaseSummary> rows = m_cases->list(q).value();
            for (const intake::CaseSummary& s : rows)
                out << s.uuid;
            return out;
        };
        QCOMPARE(shown(intake::CaseFilter::Drafts), QStringList {draft.uuid});
        QCOMPARE(shown(intake::CaseFilter::WaitingForHandOff), QStringList {uuids.at(3)});
        QCOMPARE(shown(intake::CaseFilter::Rejected), QStringList {uuids.at(2)});
        QCOMPARE(shown(intake::CaseFilter::ReturnedForCorrection), QStringList {uuids.at(1)});
        QCOMPARE(shown(intake::CaseFilter::All).size(), 5);
    }

    void metaValues()
    {
        QCOMPARE(m_outbox->meta(QStringLiteral("x")).value(), QString());
        QVERIFY(m_outbox->setMeta(QStringLiteral("x"), QStringLiteral("1"), now()).ok());
        QVERIFY(m_outbox->setMeta(QStringLiteral("x"), QStringLiteral("2"), now()).ok());
        QCOMPARE(m_outbox->meta(QStringLiteral("x")).value(), QStringLiteral("2"));
    }

private:
    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }

    // A draft newborn case of counter CY-01/2, created now.
    static intake::CaseData newCase()
    {
        intake::CaseData c;
        c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
        c.bundleCode = QStringLiteral("NEWBORN");
        c.catalogVersion = QStringLiteral("2026.11.1");
        c.catalogHash = QString(64, u'0');
        c.hallCode = QStringLiteral("CY-01");
        c.counter = 2;
        c.createdAt = c.updatedAt = QDateTime::currentDateTime();
        return c;
    }

    QStringList acceptCases(int n)
    {
        QStringList out;
        for (int i = 0; i < n; ++i) {
            intake::CaseData c = newCase();
            c.acceptedAt = c.createdAt;
            auto accepted
                = m_cases->accept(c, [](const QSqlDatabase& db, const intake::CaseData& withNumber) {
                      return sync::OutboxStore::enqueue(db, withNumber.uuid,
                          QJsonObject {{QStringLiteral("uuid"), withNumber.uuid},
                              {QStringLiteral("caseNumber"), withNumber.caseNumber}},
                          withNumber.acceptedAt);
                  });
            if (!accepted) {
                qWarning() << accepted.error().message;
                return out;
            }
            out << accepted->uuid;
        }
        return out;
    }

    void deliver(const QString& uuid)
    {
        const OutboxEntry e = m_outbox->entry(uuid).value().value();
        protocol::ServerReceipt receipt;
        receipt.uuid = uuid;
        receipt.serverCaseId = QStringLiteral("S-1");
        receipt.receivedAt = now();
        receipt.contentHash = QString(64, u'd');
        QVERIFY(m_outbox->markDelivered(e, receipt, {}, now()).ok());
    }

    static protocol::StatusEvent event(
        qint64 cursor, const QString& uuid, protocol::CaseStatus status, const QStringList& reasons = {})
    {
        protocol::StatusEvent e;
        e.cursor = cursor;
        e.uuid = uuid;
        e.serverCaseId = QStringLiteral("S-1");
        e.hallCode = QStringLiteral("CY-01");
        e.status = status;
        e.reasons = reasons;
        e.at = QDateTime::currentDateTimeUtc();
        return e;
    }

    QString column(const QString& uuid, const QString& name) const
    {
        auto q = store::exec(
            m_store->connection(), QStringLiteral("SELECT %1 FROM cases WHERE uuid = ?").arg(name), {uuid});
        return q && q->next() ? q->value(0).toString() : QString();
    }

    test::TestEnv m_env;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::shared_ptr<store::LocalStore> m_store;
    std::unique_ptr<intake::CaseRepository> m_cases;
    std::unique_ptr<sync::OutboxStore> m_outbox;
    std::unique_ptr<sync::FeedStore> m_feed;
};

QTEST_GUILESS_MAIN(TestSyncOutbox)
#include "tst_sync_outbox.moc"

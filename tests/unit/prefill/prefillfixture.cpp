#include "tests/unit/prefill/prefillfixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QThread>
#include <QUuid>

namespace ow::test {

PrefillFixture::PrefillFixture(const QString& dataDir, const QDateTime& now)
    : clock(now)
{
    auto c = catalog::Catalog::embeddedDefault();
    if (!c) {
        m_error = c.error().message;
        return;
    }
    catalog = std::make_shared<catalog::Catalog>(*c);
    auto s = store::LocalStore::open(dataDir + QStringLiteral("/prefill.sqlite"));
    if (!s) {
        m_error = s.error().message;
        return;
    }
    store = *s;
    repository = std::make_shared<intake::CaseRepository>(store);
    attachments = std::make_shared<intake::AttachmentStore>(
        store, dataDir + QStringLiteral("/attachments"), 20 << 20);
    // The prefill never accepts; a session without a hand-off refuses to.
    session = std::make_unique<intake::IntakeSession>(catalog, repository, attachments,
        intake::CounterInfo {QStringLiteral("CY-01"), 3, QStringLiteral("cy.clerk1")}, intake::Handoff {},
        clock);
    engine = std::make_unique<prefill::PrefillEngine>(session.get(), store, clock);
}

PrefillFixture::~PrefillFixture()
{
    engine.reset();
    if (session)
        session->flushDraft();
    session.reset();
}

QString PrefillFixture::addPastCase(const QString& bundle, const QMap<QString, QJsonValue>& fields,
    const QDate& day, const QJsonObject& answers)
{
    // The draft writer of the open case must not race this write.
    if (session)
        session->flushDraft();
    intake::CaseData c;
    c.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.bundleCode = bundle;
    c.catalogVersion = catalog->version();
    c.catalogHash = catalog->contentHash();
    c.hallCode = QStringLiteral("CY-01");
    c.counter = 1;
    c.answers = answers;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        intake::FieldValue v;
        v.value = it.value();
        c.fields.insert(it.key(), v);
    }
    c.createdAt = c.updatedAt = QDateTime(day, QTime(9, 0));
    c.acceptedAt = QDateTime(day, QTime(9, 30));
    if (auto saved = repository->save(c); !saved) {
        qWarning() << "past case not saved:" << saved.error().message << saved.error().where;
        return {};
    }
    // A past case as the history reads it; its hand-off is not what these tests are about.
    auto accepted
        = repository->accept(c, [](const QSqlDatabase&, const intake::CaseData&) { return Result<void>(); });
    if (!accepted) {
        qWarning() << "past case not accepted:" << accepted.error().message << accepted.error().where;
        return {};
    }
    return accepted->caseNumber;
}

prefill::CardData PrefillFixture::card(const QString& fixture) const
{
    QFile f(dataFile(QStringLiteral("prefill/") + fixture));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no card fixture %s", qPrintable(fixture));
    auto parsed = prefill::parseCard(f.readAll(), clock.today());
    if (!parsed)
        qFatal("bad card fixture %s: %s", qPrintable(fixture), qPrintable(parsed.error().message));
    parsed->readAt = clock.now();
    return *parsed;
}

bool PrefillFixture::settle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    // Two quiet rounds in a row: queued reactions may start new look-ups.
    int quiet = 0;
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QCoreApplication::sendPostedEvents();
        if (engine->isBusy()) {
            quiet = 0;
            QThread::msleep(5);
            continue;
        }
        if (++quiet >= 3)
            return true;
    }
    return false;
}

QJsonValue PrefillFixture::value(const QString& fieldId) const
{
    return session->caseData().fieldValue(fieldId);
}

intake::FieldValue PrefillFixture::field(const QString& fieldId) const
{
    return session->caseData().fields.value(fieldId);
}

} // namespace ow::test

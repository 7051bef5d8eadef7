#pragma once

#include "app/catalog/catalog.h"
#include "app/intake/caserepository.h"
#include "app/intake/intakesession.h"
#include "app/prefill/cardreader.h"
#include "app/prefill/prefillengine.h"
#include "tests/support/testenv.h"

#include <QJsonObject>

#include <memory>

namespace ow::test {

// A workstation for the prefill tests: the default catalog, a local store, an intake session at a pinned
// time and a prefill engine following it.
class PrefillFixture
{
public:
    explicit PrefillFixture(
        const QString& dataDir, const QDateTime& now = QDateTime(QDate(2026, 11, 28), QTime(10, 0)));
    ~PrefillFixture();

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

    FixedClock clock;
    std::shared_ptr<catalog::Catalog> catalog;
    std::shared_ptr<store::LocalStore> store;
    std::shared_ptr<intake::CaseRepository> repository;
    std::shared_ptr<intake::AttachmentStore> attachments;
    std::unique_ptr<intake::IntakeSession> session;
    std::unique_ptr<prefill::PrefillEngine> engine;

    // An accepted case in the store (history): `fields` are typed values, accepted on `day`.
    QString addPastCase(const QString& bundle, const QMap<QString, QJsonValue>& fields, const QDate& day,
        const QJsonObject& answers = {});
    // The card of a fixture file (tests/data/prefill/…), read now.
    prefill::CardData card(const QString& fixture) const;
    // Lets queued reactions run and waits until the engine has no look-up in flight.
    bool settle(int timeoutMs = 20000);
    QJsonValue value(const QString& fieldId) const;
    intake::FieldValue field(const QString& fieldId) const;

private:
    QString m_error;
};

} // namespace ow::test

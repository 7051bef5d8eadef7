// The hand-off payload: an accepted case as the protocol's CaseSubmission, valid for the server's strict
// parser, every file once with a plain name, commitments for 容缺 and 告知承诺.
#include "app/catalog/catalog.h"
#include "app/catalog/plan.h"
#include "app/sync/submission.h"
#include "protocol/identifiers.h"
#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QTest>

using namespace ow;

namespace {

const QString kShaA = QString(64, u'a');
const QString kShaB = QString(64, u'b');

QString validId()
{
    const QString first17 = QStringLiteral("11010519900312117");
    return first17 + protocol::idNumberCheckChar(first17);
}

} // namespace

class TestSyncSubmission final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto c = catalog::Catalog::embeddedDefault();
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().message));
        m_catalog = std::make_shared<catalog::Catalog>(std::move(*c));
        auto plan = catalog::computePlan(*m_catalog, QStringLiteral("NEWBORN"), {});
        QVERIFY(plan.ok());
        m_plan = *plan;
        QVERIFY(m_plan.materials.size() >= 4);
    }

    void buildsAValidSubmission()
    {
        intake::CaseData c = sampleCase();
        const QJsonObject payload = sync::submissionPayload(c, m_plan);
        auto parsed = protocol::CaseSubmission::fromJson(payload);
        QVERIFY2(
            parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message + u' ' + parsed.error().where));
        const protocol::CaseSubmission& s = *parsed;
        QCOMPARE(s.uuid, c.uuid);
        QCOMPARE(s.caseNumber, c.caseNumber);
        QCOMPARE(s.hallCode, QStringLiteral("CY-01"));
        QCOMPARE(s.counter, QStringLiteral("3"));
        QCOMPARE(s.applicant.kind, QStringLiteral("person"));
        QCOMPARE(s.applicant.idNumber, validId());
        QCOMPARE(s.applicant.name, QStringLiteral("李娜"));
        QCOMPARE(s.fields.value(QStringLiteral("child.name")).toString(), QStringLiteral("张小明"));
        QCOMPARE(s.acceptedAt, c.acceptedAt);
        // The canonical form round-trips: what the outbox stores is what the server hashes.
        QCOMPARE(protocol::CaseSubmission::fromJson(s.toJson())->contentHash(), s.contentHash());
    }

    void listsEachFileOnceWithPlainNames()
    {
        const protocol::CaseSubmission s = sync::submissionFor(sampleCase(), m_plan);
        QCOMPARE(s.attachments.size(), 2);
        QCOMPARE(s.attachments.at(0).sha256, kShaA);
        QCOMPARE(s.attachments.at(0).fileName, QStringLiteral("passwd"));
        QCOMPARE(s.attachments.at(0).size, 1234);
        QCOMPARE(s.attachments.at(0).mimeType, QStringLiteral("application/pdf"));
        QCOMPARE(s.attachments.at(1).fileName, QStringLiteral("bbbbbbbbbbbbbbbb.png"));
        for (const protocol::AttachmentRef& a : s.attachments)
            QVERIFY(protocol::isPlainFileName(a.fileName));
        // The material that has both files lists both; the one sharing file A lists it too.
        const QString m0 = m_plan.materials.at(0).material->id;
        const QString m3 = m_plan.materials.at(3).material->id;
        for (const protocol::MaterialRef& m : s.materials) {
            if (m.id == m0)
                QCOMPARE(m.attachmentSha256s, (QStringList {kShaA, kShaB}));
            if (m.id == m3)
                QCOMPARE(m.attachmentSha256s, QStringList {kShaA});
        }
    }

    void mapsMaterialStates()
    {
        const protocol::CaseSubmission s = sync::submissionFor(sampleCase(), m_plan);
        QHash<QString, QString> ways;
        for (const protocol::MaterialRef& m : s.materials)
            ways.insert(m.id, m.way);
        const auto id = [this](int i) { return m_plan.materials.at(i).material->id; };
        QCOMPARE(ways.value(id(0)), QStringLiteral("copy"));
        QVERIFY(!ways.contains(id(1))); // tolerated: a commitment, nothing handed over yet
        QCOMPARE(ways.value(id(2)), QStringLiteral("commitment"));
        QCOMPARE(ways.value(id(3)), QStringLiteral("copy")); // no state but a file: a copy was collected
        for (int i = 4; i < m_plan.materials.size(); ++i)
            QVERIFY2(!ways.contains(id(i)), qPrintable(id(i))); // missing or produced: not listed
        QCOMPARE(s.commitments.size(), 2);
        QCOMPARE(s.commitments.at(0).materialId, id(1));
        QCOMPARE(s.commitments.at(0).kind, QStringLiteral("tolerance"));
        QCOMPARE(s.commitments.at(0).dueDate, QDate(2026, 12, 5));
        QCOMPARE(s.commitments.at(1).materialId, id(2));
        QCOMPARE(s.commitments.at(1).kind, QStringLiteral("pledge"));
    }

    void enterpriseApplicant()
    {
        intake::CaseData c = sampleCase();
        c.applicantKind = QStringLiteral("enterprise");
        intake::FieldValue name;
        name.value = QStringLiteral("北京朝阳味道餐饮有限公司");
        c.fields.insert(QStringLiteral("enterprise.name"), name);
        intake::FieldValue code;
        code.value = QStringLiteral("91110105ma01c7k26h");
        c.fields.insert(QStringLiteral("enterprise.creditCode"), code);
        const protocol::CaseSubmission s = sync::submissionFor(c, m_plan);
        QCOMPARE(s.applicant.kind, QStringLiteral("enterprise"));
        QCOMPARE(s.applicant.creditCode, QStringLiteral("91110105MA01C7K26H"));
        QVERIFY(s.applicant.idNumber.isEmpty());
        QVERIFY(protocol::CaseSubmission::fromJson(s.toJson()).ok());
    }

    // 新生儿出生 has no applicant section: the parent whose household the child joins applies.
    void newbornApplicantIsTheParentTheHouseholdFollows()
    {
        intake::CaseData c = sampleCase();
        c.fields.remove(QStringLiteral("applicant.name"));
        c.fields.remove(QStringLiteral("applicant.idNumber"));
        const QString fatherId = QStringLiteral("110105199207082386"); // any valid number
        auto put = [&c](const QString& id, const QString& value) {
            intake::FieldValue v;
            v.value = value;
            c.fields.insert(id, v);
        };
        put(QStringLiteral("mother.name"), QStringLiteral("李娜"));
        put(QStringLiteral("mother.idNumber"), validId());
        put(QStringLiteral("father.name"), QStringLiteral("张伟"));
        put(QStringLiteral("father.idNumber"), fatherId);
        c.answers.insert(QStringLiteral("hukouFollows"), QStringLiteral("father"));
        protocol::CaseSubmission s = sync::submissionFor(c, m_plan);
        QCOMPARE(s.applicant.name, QStringLiteral("张伟"));
        QCOMPARE(s.applicant.idNumber, fatherId);
        QVERIFY(protocol::CaseSubmission::fromJson(s.toJson()).ok());
        c.answers.insert(QStringLiteral("hukouFollows"), QStringLiteral("mother"));
        QCOMPARE(sync::submissionFor(c, m_plan).applicant.name, QStringLiteral("李娜"));
        c.answers.remove(QStringLiteral("hukouFollows")); // no answer: the mother, then the father
        QCOMPARE(c.applicantIdNumber(), validId());
    }

    void plainFileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("plain");
        QTest::newRow("ordinary") << "出生医学证明.pdf"
                                  << "出生医学证明.pdf";
        QTest::newRow("folders") << "C:\\scans\\a.pdf"
                                 << "a.pdf";
        QTest::newRow("dots") << "a..b.pdf"
                              << "a_b.pdf";
        QTest::newRow("control") << QStringLiteral("a\tb.pdf") << "a_b.pdf";
        QTest::newRow("empty") << ""
                               << "aaaaaaaaaaaaaaaa.pdf";
        QTest::newRow("only dots") << ".."
                                   << "aaaaaaaaaaaaaaaa.pdf";
    }

    void plainFileNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, plain);
        QCOMPARE(sync::plainFileName(name, kShaA, QStringLiteral("application/pdf")), plain);
        QVERIFY(protocol::isPlainFileName(plain));
    }

private:
    intake::CaseData sampleCase() const
    {
        intake::CaseData c;
        c.uuid = QStringLiteral("0f8e2a8c-1111-4c2b-9d3e-123456789abc");
        c.caseNumber = QStringLiteral("CY-01-03-20261128-0007");
        c.bundleCode = QStringLiteral("NEWBORN");
        c.catalogVersion = m_catalog->version();
        c.catalogHash = m_catalog->contentHash();
        c.hallCode = QStringLiteral("CY-01");
        c.counter = 3;
        c.acceptedAt = QDateTime(QDate(2026, 11, 28), QTime(9, 30, 15, 120), Qt::UTC);
        auto set = [&c](const QString& id, const QJsonValue& v) {
            intake::FieldValue f;
            f.value = v;
            c.fields.insert(id, f);
        };
        set(QStringLiteral("applicant.name"), QStringLiteral("李娜"));
        set(QStringLiteral("applicant.idNumber"), validId().toLower());
        set(QStringLiteral("child.name"), QStringLiteral("张小明"));
        const auto id = [this](int i) { return m_plan.materials.at(i).material->id; };
        c.materials[id(0)].state = intake::MaterialState::Copy;
        c.materials[id(1)].state = intake::MaterialState::Tolerated;
        c.materials[id(1)].dueDate = QDate(2026, 12, 5);
        c.materials[id(2)].state = intake::MaterialState::Commitment;
        c.materials[id(3)].state = intake::MaterialState::Missing;
        if (m_plan.materials.size() > 4)
            c.materials[id(4)].state = intake::MaterialState::Produced;
        c.attachments.append(
            {kShaA, id(0), QStringLiteral("../../etc/passwd"), QStringLiteral("application/pdf"), 1234});
        c.attachments.append({kShaB, id(0), QString(), QStringLiteral("image/png"), 99});
        c.attachments.append(
            {kShaA, id(3), QStringLiteral("again.pdf"), QStringLiteral("application/pdf"), 1234});
        return c;
    }

    test::TestEnv m_env;
    std::shared_ptr<catalog::Catalog> m_catalog;
    catalog::Plan m_plan;
};

QTEST_GUILESS_MAIN(TestSyncSubmission)
#include "tst_sync_submission.moc"

// Shared government data and result verification against a real onewindow-server (--seed-demo), the consent
// and audit rules, the server unreachable, and the 新生儿出生 case of a family seen before: how much is left
// for the clerk to type.
#include "app/net/tokenholder.h"
#include "app/net/transport.h"
#include "app/prefill/registerclient.h"
#include "app/prefill/simulatedcardreader.h"
#include "app/store/sql.h"
#include "tests/unit/prefill/prefillfixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace ow;
using namespace ow::prefill;

namespace {
const QString kMother = QStringLiteral("110105199207082386"); // 李娜, demo register
const QString kFather = QStringLiteral("110105199003121179"); // 张伟, head of household 110105-H000101

QJsonObject httpJson(
    QNetworkAccessManager& nam, const QUrl& url, const QByteArray& body, const QString& token)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(20000);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply* reply = nullptr;
    if (body.isEmpty()) {
        reply = nam.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        reply = nam.post(request, body);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return o;
}

void writeBirthCertificate(const QString& path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter p(&writer);
    QFont font = p.font();
    font.setPointSize(12);
    p.setFont(font);
    int y = 300;
    for (const char16_t* line :
        {u"出生医学证明", u"新生儿姓名：张小明", u"性别：男", u"出生时间：2026年11月20日", u"出生孕周：39",
            u"出生体重：3350克", u"出生地点：北京市朝阳区", u"母亲姓名：李娜", u"父亲姓名：张伟"}) {
        p.drawText(200, y, QString::fromUtf16(line));
        y += 120;
    }
}
} // namespace

class TestPrefillServer final : public QObject
{
    Q_OBJECT
private:
    test::TestEnv m_env;
    QProcess m_server;
    QUrl m_baseUrl;
    QString m_token;
    QNetworkAccessManager m_nam;
    int m_run = 0;

    std::unique_ptr<test::PrefillFixture> fixture(RegisterClient* client)
    {
        auto f = std::make_unique<test::PrefillFixture>(m_env.path(QStringLiteral("run%1").arg(++m_run)));
        if (f->ok() && client)
            f->engine->setRegisterClient(client);
        return f;
    }

    // The registers over a transport of their own that holds the staff member's token.
    struct Client
    {
        std::unique_ptr<net::Transport> transport;
        std::unique_ptr<RegisterClient> registers;
        RegisterClient* get() const { return registers.get(); }
        RegisterClient* operator->() const { return registers.get(); }
    };
    Client client(const QUrl& base)
    {
        auto tokens = std::make_shared<net::TokenHolder>();
        tokens->setToken(m_token);
        Client c;
        c.transport = std::make_unique<net::Transport>(tokens);
        c.transport->setBaseUrl(base);
        c.transport->setTimeoutMs(15000);
        c.registers = std::make_unique<RegisterClient>(c.transport.get());
        return c;
    }

    // The family's earlier case: the first child, 2021, household following the father.
    static void addFirstChildCase(test::PrefillFixture& f)
    {
        const QJsonObject address {{QStringLiteral("division"), QStringLiteral("110105")},
            {QStringLiteral("detail"), QStringLiteral("建国路88号院3号楼1单元502")}};
        const QString number = f.addPastCase(QStringLiteral("NEWBORN"),
            {{QStringLiteral("mother.idNumber"), kMother},
                {QStringLiteral("mother.name"), QStringLiteral("李娜")},
                {QStringLiteral("mother.mobile"), QStringLiteral("13900000002")},
                {QStringLiteral("mother.nationality"), QStringLiteral("中国")},
                {QStringLiteral("mother.address"), address}, {QStringLiteral("father.idNumber"), kFather},
                {QStringLiteral("father.name"), QStringLiteral("张伟")},
                {QStringLiteral("father.mobile"), QStringLiteral("13700000003")},
                {QStringLiteral("father.nationality"), QStringLiteral("中国")},
                {QStringLiteral("father.address"), address},
                {QStringLiteral("child.name"), QStringLiteral("张晓雨")},
                {QStringLiteral("household.headName"), QStringLiteral("张伟")},
                {QStringLiteral("household.type"), QStringLiteral("family")},
                {QStringLiteral("household.address"), address},
                {QStringLiteral("contact.deliveryMethod"), QStringLiteral("pickup")}},
            QDate(2021, 5, 28), {{QStringLiteral("hukouFollows"), QStringLiteral("father")}});
        QVERIFY(!number.isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.setProgram(test::binary(QStringLiteral("server/onewindow-server")));
        m_server.setArguments({QStringLiteral("--data-dir"), m_env.path(QStringLiteral("server")),
            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--seed-demo"),
            QStringLiteral("--no-log-file")});
        m_server.start();
        QVERIFY2(m_server.waitForStarted(10000), qPrintable(m_server.errorString()));
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000 && !out.contains('\n')) {
            m_server.waitForReadyRead(200);
            out += m_server.readAllStandardOutput();
            QVERIFY2(m_server.state() == QProcess::Running, m_server.readAllStandardError().constData());
        }
        const qsizetype at = out.indexOf("listening on ");
        QVERIFY2(at >= 0, out.constData());
        m_baseUrl = QUrl(QString::fromLatin1(out.mid(at + 13, out.indexOf('\n', at) - at - 13).trimmed()));
        QVERIFY(m_baseUrl.port() > 0);
        const QJsonObject signIn
            = httpJson(m_nam, QUrl(m_baseUrl.toString() + QStringLiteral("/api/v1/auth/sign-in")),
                QJsonDocument(QJsonObject {{QStringLiteral("username"), QStringLiteral("cy.clerk1")},
                                  {QStringLiteral("password"), QStringLiteral("Clerk-CY-2026!")}})
                    .toJson(QJsonDocument::Compact),
                {});
        m_token = signIn.value(QStringLiteral("token")).toString();
        QVERIFY2(!m_token.isEmpty(), QJsonDocument(signIn).toJson().constData());
    }

    void cleanupTestCase()
    {
        m_server.terminate();
        if (!m_server.waitForFinished(15000))
            m_server.kill();
    }

    void sharedDataAndVerificationsForTheDemoFamily()
    {
        auto server = client(m_baseUrl);
        auto f = fixture(server.get());
        QVERIFY2(f->ok(), qPrintable(f->error()));
        QVERIFY(f->session->start(QStringLiteral("NEWBORN")).ok());
        f->session->setConsent(true);
        QSignalSpy verified(f->engine.get(), &PrefillEngine::verificationFinished);
        f->engine->applyCard(f->card(QStringLiteral("card-mother.json")), QStringLiteral("mother"));
        f->engine->applyCard(f->card(QStringLiteral("card-father.json")), QStringLiteral("father"));
        QVERIFY(f->settle(60000));
        QCOMPARE(
            f->engine->sourceStatus(QStringLiteral("sharedData")).state, PrefillEngine::SourceState::Done);

        // The household the child joins is the father's (hukouFollows defaults to father): from his register
        // entry.
        const intake::FieldValue book = f->field(QStringLiteral("household.bookNumber"));
        QCOMPARE(book.value.toString(), QStringLiteral("110105-H000101"));
        QCOMPARE(book.source, QStringLiteral("sharedData"));
        QVERIFY(book.evidence.startsWith(QStringLiteral("register:person:110105********1179@")));
        QCOMPARE(f->value(QStringLiteral("household.headName")).toString(), QStringLiteral("张伟"));
        const QJsonObject address = f->value(QStringLiteral("household.address")).toObject();
        QCOMPARE(address.value(QStringLiteral("division")).toString(), QStringLiteral("110105"));
        QCOMPARE(
            address.value(QStringLiteral("detail")).toString(), QStringLiteral("建国路88号院3号楼1单元502"));

        // Verifications: marriage, both identities and the household register stand in for the papers.
        QVERIFY(verified.count() >= 4);
        const intake::CaseData& c = f->session->caseData();
        for (const QString& m : {QStringLiteral("marriageCert.parents"), QStringLiteral("idCard.mother"),
                 QStringLiteral("idCard.father"), QStringLiteral("householdBook.household")}) {
            QCOMPARE(c.materials.value(m).state, intake::MaterialState::Verified);
            QVERIFY2(c.materials.value(m).note.contains(QStringLiteral("reference")), qPrintable(m));
        }
        const QList<LookupRecord> answers = f->engine->verifications();
        QCOMPARE(answers.size(), 4);
        for (const LookupRecord& r : answers) {
            QVERIFY(r.answer);
            QVERIFY(!r.evidence.isEmpty());
            QVERIFY(r.completedAt.isValid());
            QVERIFY(!r.subjectMasked.contains(kMother) && !r.subjectMasked.contains(kFather));
        }

        // Every look-up is in the local audit log, masked, with the clerk and the case.
        auto audit = store::exec(f->store->connection(),
            QStringLiteral(
                "SELECT actor, action, subject_masked FROM audit_log WHERE case_uuid = ? ORDER BY id"),
            {c.uuid});
        QVERIFY(audit.ok());
        QStringList actions;
        while (audit->next()) {
            QCOMPARE(audit->value(0).toString(), QStringLiteral("cy.clerk1"));
            actions << audit->value(1).toString();
            QVERIFY(!audit->value(2).toString().contains(kMother));
        }
        QCOMPARE(actions.count(QStringLiteral("prefill.sharedData.person")), 2);
        QCOMPARE(actions.count(QStringLiteral("prefill.verification.marriage")), 1);
        // …and in the server's, which a supervisor can read.
        const QJsonObject supervisor
            = httpJson(m_nam, QUrl(m_baseUrl.toString() + QStringLiteral("/api/v1/auth/sign-in")),
                QJsonDocument(QJsonObject {{QStringLiteral("username"), QStringLiteral("cy.supervisor")},
                                  {QStringLiteral("password"), QStringLiteral("Super-CY-2026!")}})
                    .toJson(QJsonDocument::Compact),
                {});
        const QJsonObject serverAudit
            = httpJson(m_nam, QUrl(m_baseUrl.toString() + QStringLiteral("/api/v1/audit?caseUuid=") + c.uuid),
                {}, supervisor.value(QStringLiteral("token")).toString());
        QVERIFY(serverAudit.value(QStringLiteral("entries")).toArray().size() >= 6);
    }

    void noConsentNoLookup()
    {
        auto server = client(m_baseUrl);
        auto f = fixture(server.get());
        QVERIFY(f->ok());
        QVERIFY(f->session->start(QStringLiteral("NEWBORN")).ok());
        f->engine->applyCard(f->card(QStringLiteral("card-mother.json")), QStringLiteral("mother"));
        QVERIFY(f->settle());
        QCOMPARE(server->requestCount(), 0);
        const auto shared = f->engine->sourceStatus(QStringLiteral("sharedData"));
        QCOMPARE(shared.state, PrefillEngine::SourceState::Skipped);
        QVERIFY(shared.message.contains(QStringLiteral("consent")));
        QVERIFY(f->engine->journal().forCase(f->session->caseData().uuid)->isEmpty());
        QCOMPARE(f->session->caseData().materials.value(QStringLiteral("idCard.mother")).state,
            intake::MaterialState::Missing);
        // The card itself still filled the form.
        QCOMPARE(f->value(QStringLiteral("mother.name")).toString(), QStringLiteral("李娜"));
        // Consent recorded afterwards: the engine notices and makes the look-ups that waited for it.
        f->session->setConsent(true);
        QTRY_VERIFY_WITH_TIMEOUT(server->requestCount() > 0, 10000);
        QVERIFY(f->settle(60000));
        QCOMPARE(
            f->engine->sourceStatus(QStringLiteral("sharedData")).state, PrefillEngine::SourceState::Done);
        QCOMPARE(f->session->caseData().materials.value(QStringLiteral("idCard.mother")).state,
            intake::MaterialState::Verified);
    }

    // The register checks an ID number against the name: with only the ID typed nothing is asked; once the
    // name is typed, the identity verification goes out by itself and stands in for the ID card copy.
    void anIdentityVerificationWaitsForTheName()
    {
        auto server = client(m_baseUrl);
        auto f = fixture(server.get());
        QVERIFY(f->ok());
        QVERIFY(f->session->start(QStringLiteral("NEWBORN")).ok());
        PrefillEngine::Policy policy;
        policy.autoLookup = false; // no shared data: the name must come from the clerk
        f->engine->setPolicy(policy);
        f->session->setConsent(true);
        f->session->setFieldValue(QStringLiteral("mother.idNumber"), kMother);
        QVERIFY(f->settle());
        f->engine->verifyPlannedMaterials();
        QVERIFY(f->settle());
        QCOMPARE(f->session->caseData().materials.value(QStringLiteral("idCard.mother")).state,
            intake::MaterialState::Missing);
        auto identityQuestions = [&] {
            int n = 0;
            const auto records = f->engine->journal().forCase(f->session->caseData().uuid);
            for (const LookupRecord& r : *records)
                n += r.question == QStringLiteral("identity") ? 1 : 0;
            return n;
        };
        QCOMPARE(identityQuestions(), 0);

        f->session->setFieldValue(QStringLiteral("mother.name"), QStringLiteral("李娜"));
        QTRY_COMPARE_WITH_TIMEOUT(
            f->session->caseData().materials.value(QStringLiteral("idCard.mother")).state,
            intake::MaterialState::Verified, 15000);
        QCOMPARE(identityQuestions(), 1);
    }

    void theServerUnreachable()
    {
        quint16 closedPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.serverPort();
        }
        auto down = client(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)));
        auto f = fixture(down.get());
        QVERIFY(f->ok());
        addFirstChildCase(*f);
        QVERIFY(f->session->start(QStringLiteral("NEWBORN")).ok());
        f->session->setConsent(true);
        QSignalSpy failed(f->engine.get(), &PrefillEngine::sourceFailed);
        f->engine->applyCard(f->card(QStringLiteral("card-mother.json")), QStringLiteral("mother"));
        QVERIFY(f->settle(60000));
        // The clerk is told, per source…
        const auto shared = f->engine->sourceStatus(QStringLiteral("sharedData"));
        QCOMPARE(shared.state, PrefillEngine::SourceState::Failed);
        QVERIFY2(shared.message.contains(QStringLiteral("could not be reached")), qPrintable(shared.message));
        QVERIFY(shared.message.contains(QStringLiteral("other prefill sources still work")));
        QVERIFY(failed.count() >= 1);
        // …the attempt is on record…
        const auto journal = *f->engine->journal().forCase(f->session->caseData().uuid);
        QVERIFY(!journal.isEmpty());
        QCOMPARE(journal.first().outcome, QStringLiteral("error"));
        // …and the card and the past case still filled their fields.
        QCOMPARE(f->value(QStringLiteral("mother.name")).toString(), QStringLiteral("李娜"));
        QCOMPARE(f->field(QStringLiteral("mother.mobile")).source, QStringLiteral("history"));
        QCOMPARE(f->engine->sourceStatus(QStringLiteral("history")).state, PrefillEngine::SourceState::Done);
    }

    void aFamilySeenBeforeTypesLittle()
    {
        auto server = client(m_baseUrl);
        auto f = fixture(server.get());
        QVERIFY(f->ok());
        addFirstChildCase(*f);
        QVERIFY(f->session->start(QStringLiteral("NEWBORN")).ok());
        f->session->setConsent(true);
        // Both parents swipe their cards on the simulated reader; the hospital's e-certificate is attached.
        SimulatedCardReader reader(f->clock);
        QString role = QStringLiteral("mother");
        connect(&reader, &CardReader::cardRead, f->engine.get(),
            [&](const CardData& card) { f->engine->applyCard(card, role); });
        QVERIFY(reader.readFile(test::dataFile(QStringLiteral("prefill/card-mother.json"))).ok());
        role = QStringLiteral("father");
        QVERIFY(reader.readFile(test::dataFile(QStringLiteral("prefill/card-father.json"))).ok());
        const QString pdf = m_env.path(QStringLiteral("birth-certificate.pdf"));
        writeBirthCertificate(pdf);
        QVERIFY(f->session->attach(QStringLiteral("birthCertificate.child"), pdf).ok());
        QVERIFY(f->settle(60000));
        QVERIFY(f->engine->conflicts().isEmpty());

        QStringList typed;
        int total = 0;
        for (const catalog::PlannedField& pf : f->session->plan().fields) {
            ++total;
            if (f->field(pf.field->id).isEmpty())
                typed << pf.field->id;
        }
        QStringList paperless;
        for (const catalog::PlannedMaterial& pm : f->session->plan().materials) {
            const intake::MaterialState s = f->session->caseData().materials.value(pm.material->id).state;
            if (intake::isPaperless(s))
                paperless << pm.material->id + u'(' + intake::materialStateName(s) + u')';
        }
        const double ratio = double(typed.size()) / double(total);
        qInfo().noquote() << QStringLiteral("fields to type by hand: %1 of %2 (%3%): %4")
                                 .arg(typed.size())
                                 .arg(total)
                                 .arg(ratio * 100, 0, 'f', 1)
                                 .arg(typed.join(QStringLiteral(", ")));
        qInfo().noquote() << QStringLiteral("materials 免提交: %1").arg(paperless.join(QStringLiteral(", ")));
        QVERIFY2(ratio <= 0.20, qPrintable(typed.join(u' ')));
        QVERIFY(paperless.contains(QStringLiteral("marriageCert.parents(verified)")));
        // Values from the 2021 case are old: filled, and flagged for the clerk to check.
        QVERIFY(f->engine->applied(QStringLiteral("mother.mobile"))->stale);
    }
};

QTEST_MAIN(TestPrefillServer)
#include "tst_prefill_server.moc"

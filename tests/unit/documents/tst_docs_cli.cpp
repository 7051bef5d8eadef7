// `onewindow-cli docs …`: the three documents from the command line, read back with QtPDF.
#include "app/catalog/catalogrepository.h"
#include "app/common/settings.h"
#include "app/documents/documents.h"
#include "app/intake/caserepository.h"
#include "app/store/localstore.h"
#include "tests/support/testenv.h"
#include "tests/unit/documents/documentfixture.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

#include <memory>

using namespace ow;
using namespace ow::test::documents;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runCli(const QStringList& args)
{
    QProcess p;
    p.start(ow::test::binary(QStringLiteral("cli/onewindow-cli")), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        QString::fromUtf8(p.readAllStandardError())};
}

QString flat(const QString& text)
{
    QString out;
    for (QChar c : text) {
        if (!c.isSpace() && c != u'\f')
            out += c;
    }
    return out;
}

QString fileText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    auto text = documents::pdfText(f.readAll());
    return text ? flat(*text) : QString();
}

} // namespace

class TestDocsCli final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;
    QString m_dataDir;
    catalog::Catalog m_catalog;

    // Checks the JSON the command printed against the file it wrote.
    void verifyPrinted(const Run& run, const QString& path)
    {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(o.value(QStringLiteral("file")).toString(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), QFileInfo(path).size());
        QVERIFY(o.value(QStringLiteral("pages")).toInt() >= 1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_dataDir = m_env.path(QStringLiteral("data"));
        m_catalog = fixtureCatalog();
        auto store = store::LocalStore::open(AppSettings(m_dataDir).databasePath());
        QVERIFY2(store.ok(), store.ok() ? "" : qPrintable(store.error().message));
        // The cases' catalog is stored, as at a counter; the CLI must find it by version and hash.
        auto saved = catalog::CatalogRepository(*store).save(m_catalog, QStringLiteral("test"));
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        intake::CaseRepository cases(*store);
        QVERIFY(cases.save(acceptedNewbornCase(m_catalog)).ok());
        QVERIFY(cases.save(draftNewbornCase(m_catalog)).ok());
    }

    void notificationFromTheEmbeddedCatalog()
    {
        const QString out = m_env.path(QStringLiteral("notification.pdf"));
        const Run run = runCli({QStringLiteral("docs"), QStringLiteral("notification"),
            QStringLiteral("NEWBORN"), QStringLiteral("--answers"), QStringLiteral("{\"married\": true}"),
            QStringLiteral("--out"), out});
        verifyPrinted(run, out);
        auto embedded = catalog::Catalog::embeddedDefault();
        QVERIFY(embedded.ok());
        catalog::PlanInput input;
        input.answers = {{QStringLiteral("married"), true}};
        auto plan = catalog::computePlan(*embedded, QStringLiteral("NEWBORN"), input);
        QVERIFY(plan.ok());
        const QString text = fileText(out);
        QVERIFY(text.contains(QStringLiteral("新生儿出生一件事一次告知单")));
        for (const catalog::PlannedItem& pi : plan->items)
            QVERIFY2(text.contains(flat(pi.item->name.zh)), qPrintable(pi.item->name.zh));
        for (const catalog::PlannedMaterial& pm : plan->materials)
            QVERIFY2(text.contains(flat(pm.material->name.zh)), qPrintable(pm.material->name.zh));
        QVERIFY(text.contains(flat(embedded->hall().address.zh)));
    }

    void notificationInEnglish()
    {
        const QString out = m_env.path(QStringLiteral("notification-en.pdf"));
        const Run run = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("docs"),
            QStringLiteral("notification"), QStringLiteral("NEWBORN"), QStringLiteral("--out"), out,
            QStringLiteral("--catalog"),
            QStringLiteral(OW_SOURCE_DIR "/tests/unit/documents/fixture_catalog.json"),
            QStringLiteral("--date"), QStringLiteral("2026-11-27")});
        verifyPrinted(run, out);
        const QString text = fileText(out);
        QVERIFY(text.contains(flat(QStringLiteral("Birth of a child — One-time notification"))));
        QVERIFY(text.contains(flat(QStringLiteral("Date: 27 Nov 2026"))));
    }

    void badBundleOrAnswersFail_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown bundle")
            << QStringList {QStringLiteral("NO-SUCH-BUNDLE")} << QStringLiteral("Known bundles");
        QTest::newRow("answers not JSON") << QStringList {QStringLiteral("NEWBORN"),
            QStringLiteral("--answers"), QStringLiteral("{married: yes")}
                                          << QStringLiteral("--answers must be a JSON object");
        QTest::newRow("answer of the wrong type") << QStringList {QStringLiteral("NEWBORN"),
            QStringLiteral("--answers"), QStringLiteral("{\"married\": \"perhaps\"}")}
                                                  << QStringLiteral("married");
        QTest::newRow("no bundle") << QStringList {} << QStringLiteral("usage: docs notification");
        QTest::newRow("bad date") << QStringList {QStringLiteral("NEWBORN"), QStringLiteral("--date"),
            QStringLiteral("27.11.2026")}
                                  << QStringLiteral("--date must be a date");
    }
    void badBundleOrAnswersFail()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QString out = m_env.path(QStringLiteral("never.pdf"));
        const Run run = runCli(QStringList {QStringLiteral("docs"), QStringLiteral("notification")} + args
            + QStringList {QStringLiteral("--out"), out});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(out));
    }

    void missingOutFails()
    {
        const Run run
            = runCli({QStringLiteral("docs"), QStringLiteral("notification"), QStringLiteral("NEWBORN")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--out")));
    }

    void receiptFromTheLocalStore()
    {
        const QString out = m_env.path(QStringLiteral("receipt.pdf"));
        const Run run = runCli({QStringLiteral("docs"), QStringLiteral("receipt"), QStringLiteral("--case"),
            acceptedNewbornCase(m_catalog).uuid, QStringLiteral("--data-dir"), m_dataDir,
            QStringLiteral("--out"), out});
        verifyPrinted(run, out);
        QVERIFY2(!run.err.contains(QStringLiteral("not stored here")), qPrintable(run.err));
        const QString text = fileText(out);
        QVERIFY(text.contains(kCaseNumber));
        QVERIFY(text.contains(QStringLiteral("110105********002X")));
        QVERIFY(!text.contains(kApplicantId));
        QVERIFY(text.contains(QStringLiteral("社会保障卡申领")));
        QVERIFY(text.contains(QStringLiteral("承诺办结日期2026年12月4日")));
        QVERIFY(text.contains(QStringLiteral("居民户口簿2026年12月11日")));
        QVERIFY(text.contains(QStringLiteral("共享数据（数据回流）（hukou）")));
    }

    void receiptOfADraftFails()
    {
        const Run run = runCli({QStringLiteral("docs"), QStringLiteral("receipt"), QStringLiteral("--case"),
            draftNewbornCase(m_catalog).uuid, QStringLiteral("--data-dir"), m_dataDir,
            QStringLiteral("--out"), m_env.path(QStringLiteral("draft-receipt.pdf"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("accepted")), qPrintable(run.err));
    }

    void correctionFromTheLocalStore()
    {
        const QString out = m_env.path(QStringLiteral("correction.pdf"));
        const Run run = runCli({QStringLiteral("docs"), QStringLiteral("correction"),
            QStringLiteral("--case"), draftNewbornCase(m_catalog).uuid, QStringLiteral("--data-dir"),
            m_dataDir, QStringLiteral("--out"), out, QStringLiteral("--date"), QStringLiteral("2026-11-27"),
            QStringLiteral("--deadline"), QStringLiteral("2026-12-04")});
        verifyPrinted(run, out);
        const QString text = fileText(out);
        // The intake's own checks found: the child's name missing, the mother's ID number wrong, the marriage
        // certificate missing and the household register without a due date.
        QVERIFY(text.contains(QStringLiteral("需补充填写的信息")));
        QVERIFY(text.contains(QStringLiteral("新生儿姓名")));
        QVERIFY(text.contains(QStringLiteral("填写有误的信息")));
        QVERIFY(text.contains(QStringLiteral("母亲公民身份号码")));
        QVERIFY(text.contains(QStringLiteral("父母结婚证婚姻登记机关")));
        QVERIFY(text.contains(QStringLiteral("容缺材料须约定补交日期")));
        QVERIFY(text.contains(QStringLiteral("请于2026年12月4日前")));
        QVERIFY(!text.contains(QStringLiteral("110105199203150021")));
    }

    void unknownCaseFails()
    {
        const Run run = runCli({QStringLiteral("docs"), QStringLiteral("receipt"), QStringLiteral("--case"),
            QStringLiteral("00000000-0000-0000-0000-000000000000"), QStringLiteral("--data-dir"), m_dataDir,
            QStringLiteral("--out"), m_env.path(QStringLiteral("none.pdf"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_MAIN(TestDocsCli)
#include "tst_docs_cli.moc"

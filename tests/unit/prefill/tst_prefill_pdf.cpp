// E-certificate PDFs attached to a case: the text layer read with QtPDF, the catalog's patterns per document
// type, validation before anything is offered; a scan without text and a wrong credit-code check character.
#include "app/prefill/pdfsource.h"
#include "tests/unit/prefill/prefillfixture.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTest>

using namespace ow;
using namespace ow::prefill;

namespace {

const QStringList kLicence {QStringLiteral("营业执照"),
    QStringLiteral("统一社会信用代码：91110105MA01C7K26H"), QStringLiteral("名称：北京朝阳味道餐饮有限公司"),
    QStringLiteral("类型：有限责任公司(自然人独资)"), QStringLiteral("法定代表人：张伟"),
    QStringLiteral("注册资本：人民币50万元"), QStringLiteral("成立日期：2020年06月18日"),
    QStringLiteral("住所：北京市朝阳区三里屯路19号院1号楼B1-07")};

const QStringList kBirthCertificate {QStringLiteral("出生医学证明"), QStringLiteral("新生儿姓名：张小明"),
    QStringLiteral("性别：男"), QStringLiteral("出生时间：2026年11月20日"), QStringLiteral("出生孕周：39"),
    QStringLiteral("出生体重：3350克"), QStringLiteral("出生地点：北京市朝阳区"),
    QStringLiteral("母亲姓名：李娜"), QStringLiteral("父亲姓名：张伟")};

void writeTextPdf(const QString& path, const QStringList& lines)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter p(&writer);
    QFont font = p.font();
    font.setPointSize(12);
    p.setFont(font);
    int y = 300;
    for (const QString& line : lines) {
        p.drawText(200, y, line);
        y += 120;
    }
}

// The same page as a picture only: what a scanner produces. No text layer.
void writeImagePdf(const QString& path, const QStringList& lines)
{
    QImage image(1200, 900, QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter ip(&image);
        QFont font = ip.font();
        font.setPixelSize(36);
        ip.setFont(font);
        int y = 60;
        for (const QString& line : lines) {
            ip.drawText(40, y, line);
            y += 60;
        }
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter p(&writer);
    p.drawImage(QRect(0, 0, writer.width(), writer.width() * 3 / 4), image);
}

QStringList replaced(QStringList lines, const QString& from, const QString& to)
{
    for (QString& l : lines)
        l.replace(from, to);
    return lines;
}

} // namespace

class TestPrefillPdf final : public QObject
{
    Q_OBJECT
private:
    test::TestEnv m_env;
    std::unique_ptr<test::PrefillFixture> m_f;
    int m_run = 0;

    QString pdf(const QString& name, const QStringList& lines, bool imageOnly = false)
    {
        const QString path = m_env.path(name);
        if (imageOnly)
            writeImagePdf(path, lines);
        else
            writeTextPdf(path, lines);
        return path;
    }

    void startCase(const QString& bundle)
    {
        m_f = std::make_unique<test::PrefillFixture>(m_env.path(QStringLiteral("run%1").arg(++m_run)));
        QVERIFY2(m_f->ok(), qPrintable(m_f->error()));
        QVERIFY(m_f->session->start(bundle).ok());
        QVERIFY(m_f->settle());
    }

private Q_SLOTS:
    void cleanup() { m_f.reset(); }

    void readsTheTextLayer()
    {
        auto pages = pdfText(pdf(QStringLiteral("licence.pdf"), kLicence));
        QVERIFY2(pages.ok(), qPrintable(pages.ok() ? QString() : pages.error().message));
        QCOMPARE(pages->size(), 1);
        QVERIFY2(pages->first().contains(QStringLiteral("统一社会信用代码")), qPrintable(pages->first()));
        QVERIFY(pages->first().contains(QStringLiteral("北京朝阳味道餐饮有限公司")));
    }

    void aScanWithoutTextSaysSo()
    {
        auto pages = pdfText(pdf(QStringLiteral("scan.pdf"), kLicence, true));
        QVERIFY(!pages.ok());
        QCOMPARE(pages.error().code, QStringLiteral("pdf.noText"));
        QVERIFY2(pages.error().message.startsWith(QStringLiteral("No text found")),
            qPrintable(pages.error().message));
    }

    void aFileThatIsNoPdfIsUnreadable()
    {
        const QString path = m_env.path(QStringLiteral("not.pdf"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a PDF");
        f.close();
        auto pages = pdfText(path);
        QVERIFY(!pages.ok());
        QCOMPARE(pages.error().code, QStringLiteral("pdf.unreadable"));
    }

    void extractsABusinessLicenceWithTheCatalogPatterns()
    {
        auto catalog = catalog::Catalog::embeddedDefault();
        QVERIFY(catalog.ok());
        const catalog::MaterialDef* licence = catalog->material(QStringLiteral("businessLicence.enterprise"));
        QVERIFY(licence);
        auto pages = pdfText(pdf(QStringLiteral("licence2.pdf"), kLicence));
        QVERIFY(pages.ok());
        const QDateTime now(QDate(2026, 11, 28), QTime(10, 0));
        const PdfExtraction x
            = extractFromText(pages->join(u'\n'), *licence, *catalog, QStringLiteral("ab12"), now);
        QHash<QString, QJsonValue> values;
        for (const Candidate& c : x.candidates) {
            values.insert(c.fieldId, c.value);
            QCOMPARE(c.source, QStringLiteral("pdfText"));
            QCOMPARE(c.evidence, QStringLiteral("ab12"));
        }
        QCOMPARE(values.value(QStringLiteral("enterprise.name")).toString(),
            QStringLiteral("北京朝阳味道餐饮有限公司"));
        QCOMPARE(values.value(QStringLiteral("enterprise.creditCode")).toString(),
            QStringLiteral("91110105MA01C7K26H"));
        QCOMPARE(values.value(QStringLiteral("enterprise.legalRepName")).toString(), QStringLiteral("张伟"));
        QCOMPARE(values.value(QStringLiteral("enterprise.establishedDate")).toString(),
            QStringLiteral("2020-06-18"));
        QCOMPARE(values.value(QStringLiteral("enterprise.registeredCapital")).toDouble(), 50.0);
        QVERIFY(x.rejected.isEmpty());
    }

    void aWrongCheckCharacterIsNotOffered()
    {
        auto catalog = catalog::Catalog::embeddedDefault();
        QVERIFY(catalog.ok());
        const QStringList bad
            = replaced(kLicence, QStringLiteral("91110105MA01C7K26H"), QStringLiteral("91110105MA01C7K26J"));
        auto pages = pdfText(pdf(QStringLiteral("bad.pdf"), bad));
        QVERIFY(pages.ok());
        const PdfExtraction x = extractFromText(pages->join(u'\n'),
            *catalog->material(QStringLiteral("businessLicence.enterprise")), *catalog,
            QStringLiteral("cd34"), QDateTime(QDate(2026, 11, 28), QTime(10, 0)));
        for (const Candidate& c : x.candidates)
            QVERIFY(c.fieldId != u"enterprise.creditCode");
        QCOMPARE(x.rejected.size(), 1);
        QCOMPARE(x.rejected.first().candidate.fieldId, QStringLiteral("enterprise.creditCode"));
        QVERIFY(!x.rejected.first().reason.isEmpty());
        QCOMPARE(x.candidates.size(), 4); // the rest of the licence is fine
    }

    void anAttachedLicenceFillsTheForm()
    {
        startCase(QStringLiteral("RESTAURANT"));
        QSignalSpy prefilled(m_f->engine.get(), &PrefillEngine::fieldPrefilled);
        auto stored = m_f->session->attach(
            QStringLiteral("businessLicence.enterprise"), pdf(QStringLiteral("licence3.pdf"), kLicence));
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
        QVERIFY(m_f->settle());
        const intake::FieldValue name = m_f->field(QStringLiteral("enterprise.name"));
        QCOMPARE(name.value.toString(), QStringLiteral("北京朝阳味道餐饮有限公司"));
        QCOMPARE(name.source, QStringLiteral("pdfText"));
        QCOMPARE(name.evidence, stored->sha256);
        QCOMPARE(name.origin, intake::FieldOrigin::Prefilled);
        QCOMPARE(m_f->value(QStringLiteral("enterprise.creditCode")).toString(),
            QStringLiteral("91110105MA01C7K26H"));
        QCOMPARE(m_f->value(QStringLiteral("enterprise.legalRepName")).toString(), QStringLiteral("张伟"));
        // The capital is asked only when the licence is still to be issued: known, not filled.
        QVERIFY(m_f->field(QStringLiteral("enterprise.registeredCapital")).isEmpty());
        QCOMPARE(
            m_f->engine->candidates(QStringLiteral("enterprise.registeredCapital")).value(0).value.toDouble(),
            50.0);
        QCOMPARE(
            m_f->engine->sourceStatus(QStringLiteral("pdfText")).state, PrefillEngine::SourceState::Done);
        QVERIFY(prefilled.count() >= 3);
    }

    void anAttachedScanFillsNothingAndTellsTheClerk()
    {
        startCase(QStringLiteral("RESTAURANT"));
        QSignalSpy failed(m_f->engine.get(), &PrefillEngine::sourceFailed);
        QSignalSpy prefilled(m_f->engine.get(), &PrefillEngine::fieldPrefilled);
        QVERIFY(m_f->session
                    ->attach(QStringLiteral("businessLicence.enterprise"),
                        pdf(QStringLiteral("scan2.pdf"), kLicence, true))
                    .ok());
        QVERIFY(m_f->settle());
        QCOMPARE(prefilled.count(), 0);
        QVERIFY(m_f->field(QStringLiteral("enterprise.name")).isEmpty());
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("pdfText"));
        QVERIFY(failed.first().at(1).toString().startsWith(QStringLiteral("No text found")));
        QCOMPARE(
            m_f->engine->sourceStatus(QStringLiteral("pdfText")).state, PrefillEngine::SourceState::Failed);
    }

    void aLicenceWithAWrongCheckCharacterLeavesTheCodeEmpty()
    {
        startCase(QStringLiteral("RESTAURANT"));
        QSignalSpy warned(m_f->engine.get(), &PrefillEngine::sourceWarning);
        const QStringList bad
            = replaced(kLicence, QStringLiteral("91110105MA01C7K26H"), QStringLiteral("91110105MA01C7K26J"));
        QVERIFY(
            m_f->session
                ->attach(QStringLiteral("businessLicence.enterprise"), pdf(QStringLiteral("bad2.pdf"), bad))
                .ok());
        QVERIFY(m_f->settle());
        QVERIFY(m_f->field(QStringLiteral("enterprise.creditCode")).isEmpty());
        QVERIFY(m_f->engine->candidates(QStringLiteral("enterprise.creditCode")).isEmpty());
        QCOMPARE(m_f->value(QStringLiteral("enterprise.name")).toString(),
            QStringLiteral("北京朝阳味道餐饮有限公司"));
        QCOMPARE(warned.count(), 1);
        QCOMPARE(m_f->engine->rejections().size(), 1);
    }

    void aBirthCertificateFillsTheChild()
    {
        startCase(QStringLiteral("NEWBORN"));
        QVERIFY(m_f->session
                    ->attach(QStringLiteral("birthCertificate.child"),
                        pdf(QStringLiteral("birth.pdf"), kBirthCertificate))
                    .ok());
        QVERIFY(m_f->settle());
        QCOMPARE(m_f->value(QStringLiteral("child.name")).toString(), QStringLiteral("张小明"));
        QCOMPARE(m_f->value(QStringLiteral("child.birthDate")).toString(), QStringLiteral("2026-11-20"));
        QCOMPARE(m_f->value(QStringLiteral("child.birthPlace")).toString(), QStringLiteral("北京市朝阳区"));
        QCOMPARE(m_f->value(QStringLiteral("child.gestationWeeks")).toInteger(), 39);
        QCOMPARE(m_f->value(QStringLiteral("child.birthWeightGrams")).toInteger(), 3350);
        // The child's age follows from the extracted birth date.
        QCOMPARE(m_f->value(QStringLiteral("child.ageDays")).toInteger(), 8);
        // The catalog takes the parents' names from their cards or past cases, not from this certificate.
        QVERIFY(m_f->field(QStringLiteral("mother.name")).isEmpty());
    }
};

QTEST_MAIN(TestPrefillPdf)
#include "tst_prefill_pdf.moc"

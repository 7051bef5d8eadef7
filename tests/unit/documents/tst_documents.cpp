// The three documents, generated for a fixture catalog and case, read back with QtPDF.
#include "app/common/mask.h"
#include "app/documents/correctionnotice.h"
#include "app/documents/notification.h"
#include "app/documents/pdfrenderer.h"
#include "app/documents/qrcode.h"
#include "app/documents/receipt.h"
#include "tests/support/testenv.h"
#include "tests/unit/documents/documentfixture.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfDocument>
#include <QTemporaryFile>
#include <QTest>

using namespace ow;
using namespace ow::test::documents;

namespace {

// The text with every kind of white space removed: table cells wrap, and PDF text comes back with \r\n.
QString flat(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace() && c != u'\f')
            out += c;
    }
    return out;
}

QStringList pageTexts(const QByteArray& pdf)
{
    auto text = documents::pdfText(pdf);
    if (!text)
        return {};
    return text->split(u'\f');
}

bool has(const QString& haystack, const QString& needle)
{
    return flat(haystack).contains(flat(needle));
}

// With OW_DOCS_DUMP_DIR set, every generated PDF is also written there (to look at, or for screenshots).
void dump(const QString& name, const Result<QByteArray>& pdf)
{
    const QString dir = qEnvironmentVariable("OW_DOCS_DUMP_DIR");
    if (dir.isEmpty() || !pdf)
        return;
    QFile file(dir + u'/' + name + QStringLiteral(".pdf"));
    if (file.open(QIODevice::WriteOnly))
        file.write(*pdf);
}

#define VERIFY_HAS(text, needle)                                                                             \
    QVERIFY2(has(text, needle), qPrintable(QStringLiteral("missing: ") + (needle)))
#define VERIFY_LACKS(text, needle)                                                                           \
    QVERIFY2(!has(text, needle), qPrintable(QStringLiteral("present: ") + (needle)))

} // namespace

class TestDocuments final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;
    catalog::Catalog m_catalog;
    catalog::Plan m_proxyPlan;

    QString textOf(const Result<QByteArray>& pdf)
    {
        if (!pdf)
            return QStringLiteral("<error: ") + pdf.error().message + u'>';
        return pageTexts(*pdf).join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!documents::PdfRenderer::chineseFontFamily().isEmpty(),
            "no font with Chinese glyphs: install fonts-wqy-microhei");
        m_catalog = fixtureCatalog();
        auto plan = catalog::computePlan(m_catalog, QStringLiteral("NEWBORN"), newbornInput(true));
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        m_proxyPlan = *plan;
        QCOMPARE(m_proxyPlan.items.size(), 4);
    }

    void notificationListsItemsMaterialsAndHall()
    {
        documents::DocumentOptions options;
        options.issuedOn = QDate(2026, 11, 27);
        auto pdf
            = documents::notificationPdf(m_catalog, QStringLiteral("NEWBORN"), newbornInput(true), options);
        dump(QStringLiteral("notification"), pdf);
        QVERIFY2(pdf.ok(), pdf.ok() ? "" : qPrintable(pdf.error().message));
        QVERIFY(pdf->startsWith("%PDF-"));
        const QString text = textOf(pdf);
        VERIFY_HAS(text, QStringLiteral("新生儿出生一件事 一次告知单"));
        for (const QString& item : {QStringLiteral("出生医学证明签发"), QStringLiteral("出生登记（户口）"),
                 QStringLiteral("社会保障卡申领"), QStringLiteral("城乡居民医保参保登记")})
            VERIFY_HAS(text, item);
        for (const catalog::PlannedMaterial& pm : m_proxyPlan.materials)
            VERIFY_HAS(text, pm.material->name.zh);
        // Departments, limits, fees, where to obtain, accepted ways, what the bundle produces itself.
        VERIFY_HAS(text, QStringLiteral("区公安分局"));
        VERIFY_HAS(text, QStringLiteral("20个工作日"));
        VERIFY_HAS(text, QStringLiteral("12.50元（工本费）"));
        VERIFY_HAS(text, QStringLiteral("婚姻登记机关"));
        VERIFY_HAS(text, QStringLiteral("共享核验免提交"));
        VERIFY_HAS(text, QStringLiteral("由“出生医学证明签发”办理结果内部产生，无需提交"));
        VERIFY_HAS(text, QStringLiteral("可容缺受理"));
        VERIFY_HAS(text, QStringLiteral("（复印件2份）"));
        // The answers that shaped it, the hall and the date line.
        VERIFY_HAS(text, QStringLiteral("新生儿随谁落户？随父"));
        VERIFY_HAS(text, QStringLiteral("是否代办是"));
        VERIFY_HAS(text, QStringLiteral("测试市测试区政务路1号"));
        VERIFY_HAS(text, QStringLiteral("周一至周五 9:00-17:00"));
        VERIFY_HAS(text, QStringLiteral("010-12345678"));
        VERIFY_HAS(text, QStringLiteral("告知日期：2026年11月27日"));
        VERIFY_HAS(text, QStringLiteral("承诺办结时限：自受理之日起5个工作日"));
    }

    void notificationFollowsTheAnswers()
    {
        catalog::PlanInput in = newbornInput(false);
        in.answers.insert(QStringLiteral("married"), false);
        in.answers.insert(QStringLiteral("needCard"), false);
        const QString text = textOf(documents::notificationPdf(m_catalog, QStringLiteral("NEWBORN"), in));
        VERIFY_HAS(text, QStringLiteral("出生医学证明签发"));
        VERIFY_LACKS(text, QStringLiteral("社会保障卡申领"));
        VERIFY_LACKS(text, QStringLiteral("父母结婚证"));
        VERIFY_LACKS(text, QStringLiteral("授权委托书"));
        VERIFY_HAS(text, QStringLiteral("父母是否已登记结婚？否"));
    }

    void notificationInEnglish()
    {
        documents::DocumentOptions options;
        options.lang = QStringLiteral("en");
        options.issuedOn = QDate(2026, 11, 27);
        const QString text = textOf(
            documents::notificationPdf(m_catalog, QStringLiteral("NEWBORN"), newbornInput(false), options));
        VERIFY_HAS(text, QStringLiteral("Birth of a child — One-time notification"));
        VERIFY_HAS(text, QStringLiteral("Issue of the medical birth certificate"));
        VERIFY_HAS(text, QStringLiteral("Parents' marriage certificate"));
        VERIFY_HAS(text, QStringLiteral("Marriage registry"));
        VERIFY_HAS(text, QStringLiteral("Date: 27 Nov 2026"));
        VERIFY_LACKS(text, QStringLiteral("一次告知单"));
    }

    void notificationRejectsBadInput()
    {
        auto unknown = documents::notificationPdf(m_catalog, QStringLiteral("NO-SUCH"), newbornInput(false));
        QVERIFY(!unknown.ok());
        catalog::PlanInput in = newbornInput(false);
        in.answers.insert(QStringLiteral("hukouFollows"), QStringLiteral("neighbour"));
        auto badAnswer = documents::notificationPdf(m_catalog, QStringLiteral("NEWBORN"), in);
        QVERIFY(!badAnswer.ok());
        QCOMPARE(badAnswer.error().code, QStringLiteral("plan.badAnswer"));
    }

    void longMaterialListPaginates()
    {
        auto longCatalog = catalog::Catalog::fromJson(longListCatalogJson(60));
        QVERIFY2(longCatalog.ok(), longCatalog.ok() ? "" : qPrintable(longCatalog.error().message));
        auto pdf = documents::notificationPdf(*longCatalog, QStringLiteral("LONGLIST"), {});
        QVERIFY2(pdf.ok(), pdf.ok() ? "" : qPrintable(pdf.error().message));
        const QStringList pages = pageTexts(*pdf);
        QVERIFY2(pages.size() > 1, qPrintable(QString::number(pages.size())));
        // Every material once, nothing lost at the page breaks; the table header repeats on the next page.
        const QString all = flat(pages.join(QString()));
        for (int i = 1; i <= 60; ++i) {
            const QString name = QStringLiteral("补充材料第%1号").arg(i, 2, 10, QLatin1Char('0'));
            QCOMPARE(all.count(name), 1);
        }
        VERIFY_HAS(pages.at(1), QStringLiteral("材料名称"));
        VERIFY_HAS(pages.at(1), QStringLiteral("第 2 页 共 %1 页").arg(pages.size()));
        VERIFY_HAS(pages.last(), QStringLiteral("告知日期"));
    }

    void receiptShowsCaseAndMasksPersonalData()
    {
        const intake::CaseData c = acceptedNewbornCase(m_catalog);
        documents::DocumentOptions options;
        options.issuedOn = QDate(2026, 11, 27);
        auto pdf = documents::receiptPdf(m_catalog, m_proxyPlan, c, options);
        dump(QStringLiteral("receipt"), pdf);
        QVERIFY2(pdf.ok(), pdf.ok() ? "" : qPrintable(pdf.error().message));
        const QString text = textOf(pdf);
        VERIFY_HAS(text, QStringLiteral("受理回执"));
        VERIFY_HAS(text, kCaseNumber);
        VERIFY_HAS(text, QStringLiteral("新生儿出生一件事"));
        for (const catalog::PlannedItem& pi : m_proxyPlan.items)
            VERIFY_HAS(text, pi.item->name.zh);
        for (const catalog::PlannedMaterial& pm : m_proxyPlan.materials)
            VERIFY_HAS(text, pm.material->name.zh);
        // Applicant and agent masked; never the full ID numbers or names.
        VERIFY_HAS(text, QStringLiteral("申请人王**"));
        VERIFY_HAS(text, QStringLiteral("110105********002X"));
        VERIFY_HAS(text, QStringLiteral("代办人李**"));
        VERIFY_HAS(text, QStringLiteral("110105********0016"));
        VERIFY_HAS(text, QStringLiteral("与申请人关系祖父母"));
        VERIFY_LACKS(text, kApplicantId);
        VERIFY_LACKS(text, kAgentId);
        VERIFY_LACKS(text, QStringLiteral("11010519920315002X"));
        VERIFY_LACKS(text, kApplicantName);
        VERIFY_LACKS(text, kAgentName);
        // How each material was received, the acceptance time and the promised date in working days.
        VERIFY_HAS(text, QStringLiteral("原件核验"));
        VERIFY_HAS(text, QStringLiteral("复印件收取"));
        VERIFY_HAS(text, QStringLiteral("内部产生"));
        VERIFY_HAS(text, QStringLiteral("已扫描1份"));
        VERIFY_HAS(text, QStringLiteral("受理时间2026年11月27日 10:30"));
        VERIFY_HAS(text, QStringLiteral("承诺办结日期2026年12月4日（5个工作日）"));
        VERIFY_HAS(text, QStringLiteral("测试区政务服务中心 3号窗口"));
        // 容缺: the commitment with its due date.
        VERIFY_HAS(text, QStringLiteral("容缺受理承诺"));
        VERIFY_HAS(text, QStringLiteral("居民户口簿2026年12月11日"));
        VERIFY_HAS(text, QStringLiteral("承诺于2026年12月11日前补交"));
        // The QR code is drawn as vectors, not embedded as an image.
        QVERIFY(!pdf->contains("/Subtype /Image"));
    }

    void receiptNamesAParentWhenTheFormHasNoApplicant()
    {
        // Bundles like 新生儿出生 ask for the parents, not for an "applicant": the parent whose household the
        // child joins (hukouFollows) stands in, masked like the applicant.
        intake::CaseData c = acceptedNewbornCase(m_catalog);
        c.fields.remove(QStringLiteral("applicant.name"));
        c.fields.remove(QStringLiteral("applicant.idNumber"));
        QString text = textOf(documents::receiptPdf(m_catalog, m_proxyPlan, c));
        VERIFY_HAS(text, QStringLiteral("申请人（父亲）王**公民身份号码") + mask::idNumber(kApplicantId));
        VERIFY_LACKS(text, QStringLiteral("王大明"));
        VERIFY_LACKS(text, kApplicantId);
        c.answers.insert(QStringLiteral("hukouFollows"), QStringLiteral("mother"));
        text = textOf(documents::receiptPdf(m_catalog, m_proxyPlan, c));
        VERIFY_HAS(text, QStringLiteral("申请人（母亲）赵**公民身份号码110105********002X"));
        VERIFY_LACKS(text, QStringLiteral("赵美丽"));
        VERIFY_LACKS(text, QStringLiteral("11010519920315002X"));
    }

    void receiptListsVerifiedFactsWithSources()
    {
        const intake::CaseData c = acceptedNewbornCase(m_catalog);
        const QList<documents::VerifiedFact> facts = documents::verifiedFacts(m_catalog, m_proxyPlan, c);
        QStringList ids;
        for (const documents::VerifiedFact& f : facts)
            ids << f.id;
        // Fields in form order, then the materials a verification satisfied, in checklist order.
        QCOMPARE(ids,
            (QStringList {QStringLiteral("applicant.idNumber"), QStringLiteral("child.birthDate"),
                QStringLiteral("mother.name"), QStringLiteral("mother.idNumber"),
                QStringLiteral("marriageCert.parents"), QStringLiteral("idCard.father")}));
        const QString text = textOf(documents::receiptPdf(m_catalog, m_proxyPlan, c));
        VERIFY_HAS(text, QStringLiteral("已核验信息及来源"));
        VERIFY_HAS(text, QStringLiteral("申请人公民身份号码居民身份证读卡"));
        VERIFY_HAS(text, QStringLiteral("母亲公民身份号码共享数据（数据回流）（hukou）"));
        VERIFY_HAS(text, QStringLiteral("HJ-2026-000123"));
        VERIFY_HAS(text, QStringLiteral("出生日期电子证照"));
        VERIFY_HAS(text, QStringLiteral("父母结婚证结果核验（marriage）"));
        VERIFY_HAS(text, QStringLiteral("VER-MAR-2026-0001"));
        // Typed, changed and merely historical values are not presented as verified.
        VERIFY_LACKS(text, QStringLiteral("父亲姓名"));
        VERIFY_LACKS(text, QStringLiteral("HJ-2026-000124"));
        VERIFY_LACKS(text, QStringLiteral("联系电话"));
    }

    void receiptQrCodeEncodesTheCaseNumber()
    {
        const intake::CaseData c = acceptedNewbornCase(m_catalog);
        auto pdf = documents::receiptPdf(m_catalog, m_proxyPlan, c);
        QVERIFY(pdf.ok());
        auto code = documents::QrCode::encode(QStringLiteral("onewindow:case:") + kCaseNumber);
        QVERIFY(code.ok());
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(*pdf);
        file.flush();
        QPdfDocument doc;
        QCOMPARE(doc.load(file.fileName()), QPdfDocument::Error::None);
        // Render page 1 at 300 dpi and read the symbol back module by module.
        const qreal dpmm = 300 / 25.4;
        // QtPDF renders onto a transparent image: put it on white paper first.
        const QSize size(qRound(210 * dpmm), qRound(297 * dpmm));
        QImage page(size, QImage::Format_RGB32);
        page.fill(Qt::white);
        {
            QPainter painter(&page);
            painter.drawImage(0, 0, doc.render(0, size));
        }
        QVERIFY(!page.isNull());
        const QRect region(qRound(156 * dpmm), qRound(19 * dpmm), qRound(36 * dpmm), qRound(40 * dpmm));
        int top = -1, left = -1;
        for (int y = region.top(); y <= region.bottom() && top < 0; ++y) {
            for (int x = region.left(); x <= region.right(); ++x) {
                if (qGray(page.pixel(x, y)) < 96) {
                    top = y;
                    left = x;
                    break;
                }
            }
        }
        QVERIFY2(top >= 0, "no QR code in the top right corner of the receipt");
        // The top row spans the whole symbol (both top finders): its width gives the module size.
        int right = left;
        for (int x = left; x <= region.right(); ++x) {
            if (qGray(page.pixel(x, top + 2)) < 96)
                right = x;
        }
        const qreal module = qreal(right - left + 1) / code->size();
        QVERIFY2(qAbs(module - 30 * dpmm / (code->size() + 8)) < 0.5, "the QR code is not 30 mm wide");
        int mismatches = 0;
        for (int my = 0; my < code->size(); ++my) {
            for (int mx = 0; mx < code->size(); ++mx) {
                const QPoint p(qRound(left + (mx + 0.5) * module), qRound(top + (my + 0.5) * module));
                const bool dark = qGray(page.pixel(p)) < 128;
                mismatches += dark != code->isDark(mx, my);
            }
        }
        QVERIFY2(mismatches == 0, qPrintable(QStringLiteral("%1 modules differ").arg(mismatches)));
    }

    void receiptInEnglish()
    {
        documents::DocumentOptions options;
        options.lang = QStringLiteral("en");
        const QString text
            = textOf(documents::receiptPdf(m_catalog, m_proxyPlan, acceptedNewbornCase(m_catalog), options));
        VERIFY_HAS(text, QStringLiteral("Acceptance receipt"));
        VERIFY_HAS(text, QStringLiteral("Case number"));
        VERIFY_HAS(text, kCaseNumber);
        VERIFY_HAS(text, QStringLiteral("Birth registration (hukou)"));
        VERIFY_HAS(text, QStringLiteral("4 Dec 2026 (5 working days)"));
        VERIFY_HAS(text, QStringLiteral("Household register booklet"));
        VERIFY_HAS(text, QStringLiteral("11 Dec 2026"));
        VERIFY_HAS(text, QStringLiteral("shared government data (hukou)"));
        VERIFY_LACKS(text, kApplicantId);
    }

    void receiptNeedsAnAcceptedCase()
    {
        auto pdf = documents::receiptPdf(m_catalog, m_proxyPlan, draftNewbornCase(m_catalog));
        QVERIFY(!pdf.ok());
        QCOMPARE(pdf.error().code, QStringLiteral("documents.notAccepted"));
    }

    void correctionNoticeListsEveryProblem()
    {
        const intake::CaseData c = draftNewbornCase(m_catalog);
        using Kind = intake::Problem::Kind;
        const QList<intake::Problem> problems {
            {Kind::MissingField, QStringLiteral("child.name"), QStringLiteral("新生儿姓名 is required.")},
            {Kind::InvalidField, QStringLiteral("mother.idNumber"),
                QStringLiteral("母亲公民身份号码: 校验码不正确")},
            {Kind::MissingMaterial, QStringLiteral("marriageCert.parents"), QStringLiteral("not received")},
            {Kind::ToleranceWithoutDueDate, QStringLiteral("householdBook.household"),
                QStringLiteral("no date")},
        };
        documents::DocumentOptions options;
        options.issuedOn = QDate(2026, 11, 27);
        auto pdf = documents::correctionNoticePdf(
            m_catalog, m_proxyPlan, c, problems, options, QDate(2026, 12, 4));
        dump(QStringLiteral("correction"), pdf);
        QVERIFY2(pdf.ok(), pdf.ok() ? "" : qPrintable(pdf.error().message));
        const QString text = textOf(pdf);
        VERIFY_HAS(text, QStringLiteral("补正告知书"));
        VERIFY_HAS(text, QStringLiteral("新生儿出生一件事"));
        VERIFY_HAS(text, QStringLiteral("需补充填写的信息"));
        VERIFY_HAS(text, QStringLiteral("新生儿姓名新生儿")); // the field and its section
        VERIFY_HAS(text, QStringLiteral("填写有误的信息"));
        VERIFY_HAS(text, QStringLiteral("母亲公民身份号码校验码不正确"));
        VERIFY_HAS(text, QStringLiteral("需补交的材料"));
        VERIFY_HAS(text, QStringLiteral("父母结婚证婚姻登记机关"));
        VERIFY_HAS(text, QStringLiteral("容缺材料须约定补交日期"));
        VERIFY_HAS(text, QStringLiteral("居民户口簿"));
        VERIFY_HAS(text, QStringLiteral("请于2026年12月4日前（5个工作日内）补正上述内容"));
        VERIFY_HAS(text, QStringLiteral("110105********002X"));
        VERIFY_LACKS(text, kApplicantId);
        VERIFY_LACKS(text, QStringLiteral("110105199203150021"));
        VERIFY_LACKS(text, QStringLiteral("出生医学证明签发")); // nothing about what is in order
    }

    void correctionDeadlineFollowsTheCalendar()
    {
        const QList<intake::Problem> problems {
            {intake::Problem::Kind::MissingField, QStringLiteral("child.name"), QString()}};
        documents::DocumentOptions options;
        options.issuedOn = QDate(2026, 9, 30);
        // Five working days after 30 Sep across the National Day holidays and the 10 Oct working Saturday.
        const QString text = textOf(documents::correctionNoticePdf(
            m_catalog, m_proxyPlan, draftNewbornCase(m_catalog), problems, options));
        VERIFY_HAS(text, QStringLiteral("请于2026年10月13日前（5个工作日内）"));
    }

    void correctionNeedsProblems()
    {
        auto pdf = documents::correctionNoticePdf(m_catalog, m_proxyPlan, draftNewbornCase(m_catalog), {});
        QVERIFY(!pdf.ok());
        QCOMPARE(pdf.error().code, QStringLiteral("documents.nothingToCorrect"));
    }

    void saveDocumentWritesAndCountsPages()
    {
        auto longCatalog = catalog::Catalog::fromJson(longListCatalogJson(60));
        QVERIFY(longCatalog.ok());
        auto pdf = documents::notificationPdf(*longCatalog, QStringLiteral("LONGLIST"), {});
        QVERIFY(pdf.ok());
        dump(QStringLiteral("long-notification"), pdf);
        auto saved = documents::saveDocument(*pdf, m_env.path(QStringLiteral("long.pdf")));
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
        QCOMPARE(saved->bytes, pdf->size());
        QCOMPARE(saved->pages, int(pageTexts(*pdf).size()));
        QVERIFY(saved->pages > 1);
        QCOMPARE(saved->toJson().value(QStringLiteral("pages")).toInt(), saved->pages);
        auto bad = documents::saveDocument(*pdf, m_env.path(QStringLiteral("no/such/dir/x.pdf")));
        QVERIFY(!bad.ok());
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"

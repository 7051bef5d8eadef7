#include "app/search/catalogdocuments.h"
#include "app/search/searchindex.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <QtConcurrent/QtConcurrentRun>

using namespace ow::search;

namespace {

SearchDocument bundle(
    const char* code, const QString& name, const QStringList& aliases = {}, const QString& extra = {})
{
    return {QStringLiteral("bundle"), QString::fromLatin1(code), name, aliases, extra};
}

SearchDocument item(const char* code, const QString& name, const QString& extra = {})
{
    return {QStringLiteral("item"), QString::fromLatin1(code), name, {}, extra};
}

QStringList codes(const QList<SearchHit>& hits)
{
    QStringList list;
    for (const SearchHit& h : hits)
        list << h.code;
    return list;
}

} // namespace

class TestSearch final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;
    SearchIndex m_index;

    const SearchHit* find(const QList<SearchHit>& hits, const QString& code)
    {
        for (const SearchHit& h : hits) {
            if (h.code == code)
                return &h;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_index.rebuild({
            bundle("NEWBORN", QStringLiteral("新生儿出生一件事"),
                {QStringLiteral("生孩子"), QStringLiteral("上户口"), QStringLiteral("报户口"),
                    QStringLiteral("出生登记")},
                QStringLiteral("Birth of a child 卫生健康委 公安局 医保局")),
            bundle("RETIRE", QStringLiteral("退休一件事"), {QStringLiteral("办退休")},
                QStringLiteral("Retirement 人力资源社会保障局")),
            bundle("DEATH", QStringLiteral("身后一件事"), {QStringLiteral("办丧事"), QStringLiteral("去世")}),
            bundle("RESTAURANT", QStringLiteral("开办餐饮店一件事"), {QStringLiteral("开饭店")}),
            bundle("HIRING", QStringLiteral("员工录用一件事"), {QStringLiteral("招人")}),
            bundle("ENT-CHANGE", QStringLiteral("企业信息变更一件事"), {QStringLiteral("公司变更")}),
            item("BIRTH-CERT", QStringLiteral("《出生医学证明》签发"), QStringLiteral("卫生健康委")),
            item("HUKOU-BIRTH", QStringLiteral("出生登记（户口登记）"), QStringLiteral("公安局")),
            item("HUKOU-MOVE", QStringLiteral("户口迁移"), QStringLiteral("公安局")),
            item("HUKOU-GUIDE", QStringLiteral("办理上户口手续说明"), QStringLiteral("公安局")),
            item("NHSA-ENROL", QStringLiteral("城乡居民医疗保险参保登记"), QStringLiteral("医保局")),
            item("SSCARD", QStringLiteral("社会保障卡申领"), QStringLiteral("人力资源社会保障局")),
            item("PENSION", QStringLiteral("职工退休审批"), QStringLiteral("人力资源社会保障局")),
            item("PENSION-B", QStringLiteral("退休人员养老金领取"), QStringLiteral("人力资源社会保障局")),
            item("CQ-MOVE", QStringLiteral("重庆户籍迁入"), QStringLiteral("公安局")),
            item("BANK", QStringLiteral("银行账户变更备案"), QStringLiteral("人民银行")),
            item("TIE-A", QStringLiteral("个体户登记"), {}),
            item("TIE-B", QStringLiteral("个体户注销"), {}),
            item("CT", QStringLiteral("CT检查费用报销"), QStringLiteral("医保局")),
        });
    }

    void exactNameFirst()
    {
        auto hits = m_index.search(QStringLiteral("新生儿出生一件事"));
        QCOMPARE(hits.first().code, QStringLiteral("NEWBORN"));
        QCOMPARE(hits.first().score, 1000);
        QCOMPARE(hits.first().matchedBy, QStringLiteral("name"));
        QCOMPARE(hits.first().kind, QStringLiteral("bundle"));
        // A bundle's name without the 一件事 suffix is exact too.
        hits = m_index.search(QStringLiteral("新生儿出生"));
        QCOMPARE(hits.first().code, QStringLiteral("NEWBORN"));
        QCOMPARE(hits.first().score, 1000);
    }

    void prefixAndWordsInsideNames()
    {
        auto hits = m_index.search(QStringLiteral("新生儿"));
        QCOMPARE(hits.first().code, QStringLiteral("NEWBORN"));
        QCOMPARE(hits.first().score, 900);
        hits = m_index.search(QStringLiteral("医疗保险"));
        QCOMPARE(codes(hits), QStringList {QStringLiteral("NHSA-ENROL")});
        QCOMPARE(hits.first().score, 700);
        QCOMPARE(hits.first().matchedBy, QStringLiteral("name"));
    }

    void aliases()
    {
        for (const QString& q : {QStringLiteral("生孩子"), QStringLiteral("报户口")}) {
            const auto hits = m_index.search(q);
            QVERIFY(!hits.isEmpty());
            QCOMPARE(hits.first().code, QStringLiteral("NEWBORN"));
            QCOMPARE(hits.first().matchedBy, QStringLiteral("alias"));
            QCOMPARE(hits.first().score, 800);
        }
        auto hits = m_index.search(QStringLiteral("办退休"));
        QCOMPARE(hits.first().code, QStringLiteral("RETIRE"));
        // An exact alias beats a name that merely contains the phrase.
        hits = m_index.search(QStringLiteral("上户口"));
        QCOMPARE(
            codes(hits).mid(0, 2), (QStringList {QStringLiteral("NEWBORN"), QStringLiteral("HUKOU-GUIDE")}));
        QCOMPARE(hits.at(1).score, 700);
        // Part of an alias.
        hits = m_index.search(QStringLiteral("孩子"));
        QCOMPARE(hits.first().code, QStringLiteral("NEWBORN"));
        QCOMPARE(hits.first().score, 600);
    }

    void pinyinInitials()
    {
        auto hits = m_index.search(QStringLiteral("xsecs"));
        QCOMPARE(hits.first().code, QStringLiteral("NEWBORN"));
        QCOMPARE(hits.first().matchedBy, QStringLiteral("pinyinInitials"));
        QCOMPARE(hits.first().score, 500);
        QCOMPARE(m_index.search(QStringLiteral("XSECS")).first().code, QStringLiteral("NEWBORN"));
        QCOMPARE(m_index.search(QStringLiteral("ｘｓｅｃｓ")).first().code, QStringLiteral("NEWBORN"));
        QCOMPARE(m_index.search(QStringLiteral("tx")).first().code, QStringLiteral("RETIRE"));
        // Polyphones: 重庆 is both zq and cq.
        QCOMPARE(m_index.search(QStringLiteral("cqhj")).first().code, QStringLiteral("CQ-MOVE"));
        QCOMPARE(m_index.search(QStringLiteral("zqhj")).first().code, QStringLiteral("CQ-MOVE"));
        // Initials of an alias, and inside a name.
        hits = m_index.search(QStringLiteral("shz"));
        QCOMPARE(hits.first().code, QStringLiteral("NEWBORN"));
        QCOMPARE(hits.first().score, 400);
        hits = m_index.search(QStringLiteral("yxzm"));
        QCOMPARE(hits.first().code, QStringLiteral("BIRTH-CERT"));
        QCOMPARE(hits.first().score, 300);
        QCOMPARE(hits.first().matchedBy, QStringLiteral("pinyinInitials"));
    }

    void fullPinyin()
    {
        for (const QString& q : {QStringLiteral("xinshenger"), QStringLiteral("xin sheng er"),
                 QStringLiteral("XinSheng"), QStringLiteral("xinshengerchusheng")}) {
            const auto hits = m_index.search(q);
            QVERIFY2(!hits.isEmpty(), qPrintable(q));
            QCOMPARE(hits.first().code, QStringLiteral("NEWBORN"));
            QCOMPARE(hits.first().matchedBy, QStringLiteral("pinyin"));
            QCOMPARE(hits.first().score, 450);
        }
        QCOMPARE(m_index.search(QStringLiteral("tuixiu")).first().code, QStringLiteral("RETIRE"));
        QCOMPARE(m_index.search(QStringLiteral("chongqing")).first().code, QStringLiteral("CQ-MOVE"));
        QCOMPARE(m_index.search(QStringLiteral("yinhang")).first().code, QStringLiteral("BANK"));
        // Full pinyin of an alias.
        const auto hits = m_index.search(QStringLiteral("shenghaizi"));
        QCOMPARE(hits.first().code, QStringLiteral("NEWBORN"));
        QCOMPARE(hits.first().matchedBy, QStringLiteral("pinyin"));
    }

    void initialsRankAboveFullPinyinAboveInside()
    {
        // "tx": 退休一件事 (initials from the start) before 职工退休审批 (tx inside the name).
        const auto hits = m_index.search(QStringLiteral("tx"));
        const SearchHit* retire = find(hits, QStringLiteral("RETIRE"));
        const SearchHit* pension = find(hits, QStringLiteral("PENSION"));
        QVERIFY(retire && pension);
        QVERIFY(retire->score > pension->score);
    }

    void oneCharacterQueries()
    {
        const auto hits = m_index.search(QStringLiteral("户"));
        const QStringList found = codes(hits);
        QCOMPARE(hits.first().code, QStringLiteral("HUKOU-MOVE")); // the only name starting with 户
        for (const char* code : {"HUKOU-BIRTH", "HUKOU-GUIDE", "TIE-A", "TIE-B", "NEWBORN"})
            QVERIFY2(found.contains(QString::fromLatin1(code)), code);
        QVERIFY(!found.contains(QStringLiteral("RETIRE")));
        // Ties in score: shorter name first, then code.
        const qsizetype a = found.indexOf(QStringLiteral("TIE-A"));
        const qsizetype b = found.indexOf(QStringLiteral("TIE-B"));
        QCOMPARE(b, a + 1);
        QCOMPARE(m_index.search(QStringLiteral("餐")).first().code, QStringLiteral("RESTAURANT"));
        QCOMPARE(m_index.search(QStringLiteral("x")).isEmpty(), false);
    }

    void twoCharacterQueries()
    {
        const auto hits = m_index.search(QStringLiteral("退休"));
        QCOMPARE(codes(hits),
            (QStringList {QStringLiteral("RETIRE"), QStringLiteral("PENSION-B"), QStringLiteral("PENSION")}));
        QCOMPARE(hits.at(0).score, 1000);
        QCOMPARE(hits.at(1).score, 900);
        QCOMPARE(hits.at(2).score, 700);
        QCOMPARE(m_index.search(QStringLiteral("户口")).first().code, QStringLiteral("HUKOU-MOVE"));
    }

    void codesAndText()
    {
        auto hits = m_index.search(QStringLiteral("sscard"));
        QCOMPARE(hits.first().code, QStringLiteral("SSCARD"));
        QCOMPARE(hits.first().matchedBy, QStringLiteral("code"));
        hits = m_index.search(QStringLiteral("人民银行"));
        QCOMPARE(codes(hits), QStringList {QStringLiteral("BANK")});
        QCOMPARE(hits.first().matchedBy, QStringLiteral("text"));
        hits = m_index.search(QStringLiteral("retirement"));
        QCOMPARE(hits.first().code, QStringLiteral("RETIRE"));
        QCOMPARE(m_index.search(QStringLiteral("ct")).first().code, QStringLiteral("CT"));
        // Every word somewhere in the entry.
        hits = m_index.search(QStringLiteral("新生儿 医保局"));
        QCOMPARE(codes(hits), QStringList {QStringLiteral("NEWBORN")});
        QCOMPARE(hits.first().score, 150);
    }

    void noResultsForNonsense()
    {
        for (const QString& q : {QStringLiteral("火星登月"), QStringLiteral("qqqq"), QStringLiteral("zzxxqq"),
                 QStringLiteral("xinshengerchushengyijianshixyz"), QStringLiteral("！！"),
                 QStringLiteral("   ")}) {
            QVERIFY2(m_index.search(q).isEmpty(), qPrintable(q));
        }
        QVERIFY(m_index.search(QString()).isEmpty());
        QVERIFY(SearchIndex().search(QStringLiteral("户")).isEmpty());
    }

    void limit()
    {
        QCOMPARE(m_index.search(QStringLiteral("户"), 2).size(), 2);
        QVERIFY(m_index.search(QStringLiteral("户"), 0).size() > 5);
        QCOMPARE(codes(m_index.search(QStringLiteral("户"), 2)),
            codes(m_index.search(QStringLiteral("户"), 0)).mid(0, 2));
    }

    void rebuildReplaces()
    {
        SearchIndex index;
        index.rebuild({item("A", QStringLiteral("户口迁移"))});
        QCOMPARE(index.size(), 1);
        index.rebuild({item("B", QStringLiteral("退休审批"))});
        QVERIFY(index.search(QStringLiteral("户口")).isEmpty());
        QCOMPARE(index.search(QStringLiteral("退休")).first().code, QStringLiteral("B"));
        SearchIndex moved = std::move(index);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(index.size(), 0); // NOLINT(bugprone-use-after-move): a moved-from index is empty, not broken
        QVERIFY(index.search(QStringLiteral("退休")).isEmpty());
        index.rebuild({item("C", QStringLiteral("户口迁移"))});
        QCOMPARE(index.search(QStringLiteral("户口")).first().code, QStringLiteral("C"));
    }

    void concurrentSearches()
    {
        auto task = [this] {
            int found = 0;
            for (int i = 0; i < 200; ++i)
                found += int(m_index.search(QStringLiteral("xsecs")).size()
                    + m_index.search(QStringLiteral("户")).size());
            return found;
        };
        auto a = QtConcurrent::run(task);
        auto b = QtConcurrent::run(task);
        QCOMPARE(a.result(), b.result());
        QVERIFY(a.result() > 0);
    }

    void documentsFromCatalog()
    {
        QFile f(QStringLiteral(OW_SOURCE_DIR "/tests/unit/search/data/catalog.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject merged = QJsonDocument::fromJson(f.readAll()).object();
        const QList<SearchDocument> docs = documentsFromCatalogJson(merged);
        QCOMPARE(docs.size(), 5);
        QCOMPARE(docs.first().kind, QStringLiteral("bundle"));
        QCOMPARE(docs.first().code, QStringLiteral("NEWBORN"));
        QCOMPARE(docs.first().name, QStringLiteral("新生儿出生一件事"));
        QVERIFY(docs.first().aliases.contains(QStringLiteral("上户口")));
        QVERIFY(docs.first().extra.contains(QStringLiteral("公安")));
        QVERIFY(docs.first().extra.contains(QStringLiteral("Birth of a child")));
        const SearchDocument& cert = docs.at(2);
        QCOMPARE(cert.kind, QStringLiteral("item"));
        QCOMPARE(cert.code, QStringLiteral("BIRTH-CERT"));
        QVERIFY(cert.extra.contains(QStringLiteral("卫生健康委")));
        QVERIFY(cert.extra.contains(QStringLiteral("000131024000")));
        SearchIndex index;
        index.rebuild(docs);
        QCOMPARE(index.search(QStringLiteral("上户口")).first().code, QStringLiteral("NEWBORN"));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"

#include "app/validation/divisions.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace ow::validation;

class TestDivisions final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;
    const DivisionRegistry& reg = DivisionRegistry::instance();

private Q_SLOTS:
    void embeddedDataIsComplete()
    {
        QCOMPARE(reg.provinces().size(), 34); // 31 + 台湾省, 香港, 澳门
        QVERIFY(reg.size() > 3300);
        QVERIFY(reg.provinces().contains(QStringLiteral("810000")));
        QVERIFY(reg.provinces().contains(QStringLiteral("710000")));
        QCOMPARE(reg.name(QStringLiteral("820000")), QStringLiteral("澳门特别行政区"));
    }

    void names()
    {
        QCOMPARE(reg.name(QStringLiteral("110105")), QStringLiteral("朝阳区"));
        QCOMPARE(reg.name(QStringLiteral("110000")), QStringLiteral("北京市"));
        QCOMPARE(reg.fullName(QStringLiteral("110105")), QStringLiteral("北京市 朝阳区"));
        QCOMPARE(reg.fullName(QStringLiteral("330102")), QStringLiteral("浙江省 杭州市 上城区"));
        QCOMPARE(reg.fullName(QStringLiteral("330102"), QString()), QStringLiteral("浙江省杭州市上城区"));
        QCOMPARE(reg.fullName(QStringLiteral("429004")), QStringLiteral("湖北省 仙桃市")); // 省直辖县级
        QCOMPARE(reg.fullName(QStringLiteral("441900")), QStringLiteral("广东省 东莞市"));
        QCOMPARE(reg.fullName(QStringLiteral("110100")), QStringLiteral("北京市"));
        QVERIFY(reg.name(QStringLiteral("110199")).isEmpty());
        QVERIFY(reg.fullName(QStringLiteral("110199")).isEmpty());
    }

    void hierarchy()
    {
        QCOMPARE(reg.parent(QStringLiteral("110105")), QStringLiteral("110100"));
        QCOMPARE(reg.parent(QStringLiteral("110100")), QStringLiteral("110000"));
        QVERIFY(reg.parent(QStringLiteral("110000")).isEmpty());
        QCOMPARE(reg.children(QStringLiteral("110000")), QStringList {QStringLiteral("110100")});
        const QStringList districts = reg.children(QStringLiteral("110100"));
        QCOMPARE(districts.size(), 16);
        QVERIFY(districts.contains(QStringLiteral("110105")));
        QVERIFY(std::is_sorted(districts.cbegin(), districts.cend()));
        QVERIFY(reg.children(QStringLiteral("330000")).contains(QStringLiteral("330100")));
        QCOMPARE(reg.children(QString()), reg.provinces());
        QVERIFY(reg.children(QStringLiteral("810000")).isEmpty());
        QCOMPARE(reg.province(QStringLiteral("110105")), QStringLiteral("110000"));
        QCOMPARE(reg.province(QStringLiteral("321083")), QStringLiteral("320000"));
        QVERIFY(reg.province(QStringLiteral("991083")).isEmpty());
        QCOMPARE(reg.level(QStringLiteral("110000")), DivisionRegistry::Level::Province);
        QCOMPARE(reg.level(QStringLiteral("330100")), DivisionRegistry::Level::Prefecture);
        QCOMPARE(reg.level(QStringLiteral("330102")), DivisionRegistry::Level::County);
        QCOMPARE(reg.level(QStringLiteral("330199")), DivisionRegistry::Level::Unknown);
    }

    void knownAndNearest()
    {
        QVERIFY(reg.isKnown(QStringLiteral("110105")));
        QVERIFY(!reg.isKnown(QStringLiteral("321083")));
        QCOMPARE(reg.nearestKnown(QStringLiteral("321083")), QStringLiteral("321000"));
        QCOMPARE(reg.nearestKnown(QStringLiteral("329999")), QStringLiteral("320000"));
        QVERIFY(reg.nearestKnown(QStringLiteral("999999")).isEmpty());
        QVERIFY(reg.nearestKnown(QStringLiteral("abc")).isEmpty());
    }

    void fromCsv()
    {
        const DivisionRegistry r = DivisionRegistry::fromCsv(
            "# comment\n110000,北京市\n110100,市辖区\n110105,朝阳区\nbad line\n12,short\n");
        QCOMPARE(r.size(), 3);
        QCOMPARE(r.fullName(QStringLiteral("110105"), QStringLiteral("/")), QStringLiteral("北京市/朝阳区"));
    }
};

QTEST_GUILESS_MAIN(TestDivisions)
#include "tst_divisions.moc"

#include "app/validation/creditcode.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace ow::validation;

class TestCreditCode final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;

private Q_SLOTS:
    void validCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("regionCode");
        QTest::addColumn<QString>("region");
        // /work/shared/research/catalog-facts.md §3.2
        QTest::newRow("shanghai yangpu") << "91310110666007217T"
                                         << "企业"
                                         << "310110"
                                         << "上海市 杨浦区";
        QTest::newRow("shanghai pudong") << "91310115591693856A"
                                         << "企业"
                                         << "310115"
                                         << "上海市 浦东新区";
        QTest::newRow("fuzhou M") << "91350100M000100Y43"
                                  << "企业"
                                  << "350100"
                                  << "福建省 福州市";
        QTest::newRow("beijing") << "91110000802100433B"
                                 << "企业"
                                 << "110000"
                                 << "北京市";
    }
    void validCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, category);
        QFETCH(QString, regionCode);
        QFETCH(QString, region);
        const CreditCodeCheck r = checkCreditCode(code);
        QVERIFY2(r.valid, qPrintable(r.code + u' ' + r.message));
        QCOMPARE(r.departmentCode, QStringLiteral("9"));
        QCOMPARE(r.department, QStringLiteral("工商"));
        QCOMPARE(r.category, category);
        QCOMPARE(r.regionCode, regionCode);
        QCOMPARE(r.region, region);
        QCOMPARE(r.organizationCode, code.mid(8, 8) + u'-' + code.at(16));
    }

    void organizationCodeCheck()
    {
        // 66600721-7 is a proper GB 11714 code; the Fuzhou sample's M000100Y-4 is not.
        QCOMPARE(organizationCodeCheckCharacter(u"66600721"), QLatin1Char('7'));
        const CreditCodeCheck good = checkCreditCode(QStringLiteral("91310110666007217T"));
        QVERIFY(good.organizationCodeValid);
        QVERIFY(good.warnings.isEmpty());
        const CreditCodeCheck odd = checkCreditCode(QStringLiteral("91350100M000100Y43"));
        QVERIFY(odd.valid);
        QCOMPARE(odd.organizationCodeValid, organizationCodeCheckCharacter(u"M000100Y") == u'4');
        QCOMPARE(odd.warnings.isEmpty(), odd.organizationCodeValid);
        QCOMPARE(organizationCodeCheckCharacter(u"6660072"), QChar());
        QCOMPARE(organizationCodeCheckCharacter(u"6660072-"), QChar());
    }

    void checkCharacter()
    {
        QCOMPARE(creditCodeCheckCharacter(u"91310110666007217"), QLatin1Char('T'));
        QCOMPARE(creditCodeCheckCharacter(u"91350100M000100Y4"), QLatin1Char('3'));
        QCOMPARE(creditCodeCheckCharacter(u"9131011066600721"), QChar());
        QCOMPARE(creditCodeCheckCharacter(u"9131011066600721I"), QChar());
    }

    void otherDepartments()
    {
        // Build codes with a correct check character to test the department/category/region rules alone.
        auto make
            = [](const QString& first17) -> QString { return first17 + creditCodeCheckCharacter(first17); };
        const CreditCodeCheck social = checkCreditCode(make(QStringLiteral("52110000500000000")));
        QVERIFY(social.valid);
        QCOMPARE(social.department, QStringLiteral("民政"));
        QCOMPARE(social.category, QStringLiteral("民办非企业单位"));
        const CreditCodeCheck national = checkCreditCode(make(QStringLiteral("11100000000013127")));
        QVERIFY(national.valid);
        QCOMPARE(national.category, QStringLiteral("机关"));
        QCOMPARE(national.regionCode, QStringLiteral("100000"));
        QVERIFY(!national.region.isEmpty());
        const CreditCodeCheck newCategory = checkCreditCode(make(QStringLiteral("98310110666007217")));
        QVERIFY(newCategory.valid);
        QVERIFY(newCategory.category.isEmpty());
        QVERIFY(!newCategory.warnings.isEmpty());
        const CreditCodeCheck noRegion = checkCreditCode(make(QStringLiteral("91990000666007217")));
        QVERIFY(noRegion.valid);
        QVERIFY(noRegion.region.isEmpty());
        QVERIFY(!noRegion.warnings.isEmpty());
        const CreditCodeCheck badDepartment = checkCreditCode(make(QStringLiteral("B1310110666007217")));
        QVERIFY(!badDepartment.valid);
        QCOMPARE(badDepartment.code, QStringLiteral("uscc.department"));
    }

    void invalidCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("error");
        QTest::newRow("wrong check (list sample)") << "91350200M000000510"
                                                   << "uscc.checkCharacter";
        QTest::newRow("last char changed") << "91310110666007217U"
                                           << "uscc.checkCharacter";
        QTest::newRow("digits swapped") << "91310110666007271T"
                                        << "uscc.checkCharacter";
        QTest::newRow("letter I") << "91310110666007217I"
                                  << "uscc.characters";
        QTest::newRow("letter O") << "9131011066600O217T"
                                  << "uscc.characters";
        QTest::newRow("letter Z") << "91310110Z66007217T"
                                  << "uscc.characters";
        QTest::newRow("letter S") << "913101106660072S7T"
                                  << "uscc.characters";
        QTest::newRow("letter V") << "9131011066600721VT"
                                  << "uscc.characters";
        QTest::newRow("hyphen") << "91310110-66600721T"
                                << "uscc.characters";
        QTest::newRow("lowercase") << "91310110666007217t"
                                   << "uscc.lowercase";
        QTest::newRow("lowercase inside") << "91350100m000100Y43"
                                          << "uscc.lowercase";
        QTest::newRow("17 chars") << "91310110666007217"
                                  << "uscc.length";
        QTest::newRow("19 chars") << "91310110666007217TT"
                                  << "uscc.length";
        QTest::newRow("15-digit old licence number") << "310110000123456"
                                                     << "uscc.length";
        QTest::newRow("empty") << ""
                               << "uscc.empty";
        QTest::newRow("space") << "913101106660 07217T"
                               << "uscc.spaces";
        QTest::newRow("trailing space") << "91310110666007217T "
                                        << "uscc.spaces";
    }
    void invalidCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, error);
        const CreditCodeCheck r = checkCreditCode(code);
        QVERIFY(!r.valid);
        QCOMPARE(r.code, error);
        QVERIFY(!r.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCreditCode)
#include "tst_creditcode.moc"

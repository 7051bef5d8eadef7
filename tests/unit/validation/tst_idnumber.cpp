#include "app/validation/idnumber.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace ow::validation;

class TestIdNumber final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;
    const QDate m_today {2026, 11, 28};

private Q_SLOTS:
    void validNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("birth");
        QTest::addColumn<QString>("sex");
        QTest::addColumn<QString>("holder");
        QTest::addColumn<QString>("regionCode");
        QTest::addColumn<QString>("regionPrefix");
        // Examples from /work/shared/research/catalog-facts.md §3.1 (hutool's tests and common samples).
        QTest::newRow("jiangsu") << "321083197812162119"
                                 << "1978-12-16"
                                 << "male"
                                 << "resident"
                                 << "321083"
                                 << "江苏省 扬州市";
        QTest::newRow("hohhot") << "150102198807303035"
                                << "1988-07-30"
                                << "male"
                                << "resident"
                                << "150102"
                                << "内蒙古自治区 呼和浩特市 新城区";
        QTest::newRow("final X 1920") << "33010219200403064X"
                                      << "1920-04-03"
                                      << "female"
                                      << "resident"
                                      << "330102"
                                      << "浙江省 杭州市 上城区";
        QTest::newRow("hong kong") << "81000019980902013X"
                                   << "1998-09-02"
                                   << "male"
                                   << "hongKong"
                                   << "810000"
                                   << "香港特别行政区";
        QTest::newRow("macao") << "820000200009100032"
                               << "2000-09-10"
                               << "male"
                               << "macao"
                               << "820000"
                               << "澳门特别行政区";
        QTest::newRow("taiwan") << "830000200209060065"
                                << "2002-09-06"
                                << "female"
                                << "taiwan"
                                << "710000"
                                << "台湾省";
        QTest::newRow("foreigner") << "932682198501010017"
                                   << "1985-01-01"
                                   << "male"
                                   << "foreignPermanent"
                                   << "320000"
                                   << "江苏省";
        QTest::newRow("beijing chaoyang") << "11010519491231002X"
                                          << "1949-12-31"
                                          << "female"
                                          << "resident"
                                          << "110105"
                                          << "北京市 朝阳区";
    }
    void validNumbers()
    {
        QFETCH(QString, number);
        QFETCH(QString, birth);
        QFETCH(QString, sex);
        QFETCH(QString, holder);
        QFETCH(QString, regionCode);
        QFETCH(QString, regionPrefix);
        const IdNumberCheck r = checkIdNumber(number, m_today);
        QVERIFY2(r.valid, qPrintable(r.code + u' ' + r.message));
        QVERIFY(r.code.isEmpty());
        QVERIFY(r.message.isEmpty());
        QCOMPARE(r.number, number);
        QCOMPARE(r.birthDate, QDate::fromString(birth, Qt::ISODate));
        QCOMPARE(r.sex, sex);
        QCOMPARE(idHolderName(r.holder), holder);
        QCOMPARE(r.regionCode, regionCode);
        QVERIFY2(r.regionName.startsWith(regionPrefix), qPrintable(r.regionName));
    }

    void abolishedCountyIsAWarning()
    {
        // 321083 (扬州 county-level code no longer listed) keeps the number valid but warns.
        const IdNumberCheck r = checkIdNumber(QStringLiteral("321083197812162119"), m_today);
        QVERIFY(r.valid);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.first().contains(QStringLiteral("321083")));
        QCOMPARE(r.regionName, QStringLiteral("江苏省 扬州市"));
        // A known county gives no warning.
        QVERIFY(checkIdNumber(QStringLiteral("11010519491231002X"), m_today).warnings.isEmpty());
    }

    void foreignerNationality()
    {
        const IdNumberCheck r = checkIdNumber(QStringLiteral("932682198501010017"), m_today);
        QCOMPARE(r.nationalityCode, QStringLiteral("682"));
    }

    void age()
    {
        const IdNumberCheck r = checkIdNumber(QStringLiteral("11010519491231002X"), m_today);
        QCOMPARE(r.ageAt(QDate(2026, 11, 28)), 76);
        QCOMPARE(r.ageAt(QDate(2026, 12, 30)), 76);
        QCOMPARE(r.ageAt(QDate(2026, 12, 31)), 77);
        QCOMPARE(ageInYears(QDate(2000, 2, 29), QDate(2001, 2, 28)), 0);
        QCOMPARE(ageInYears(QDate(2000, 2, 29), QDate(2001, 3, 1)), 1);
        QCOMPARE(ageInYears(QDate(2000, 2, 29), QDate(2004, 2, 29)), 4);
        QCOMPARE(ageInYears(QDate(2000, 1, 1), QDate(1999, 1, 1)), -1);
        QCOMPARE(ageInYears(QDate(), QDate(1999, 1, 1)), -1);
    }

    void checkCharacter()
    {
        QCOMPARE(idNumberCheckCharacter(u"11010519491231002"), QLatin1Char('X'));
        QCOMPARE(idNumberCheckCharacter(u"32108319781216211"), QLatin1Char('9'));
        QCOMPARE(idNumberCheckCharacter(u"3210831978121621"), QChar());
        QCOMPARE(idNumberCheckCharacter(u"3210831978121621A"), QChar());
    }

    void invalidNumbers_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << ""
                               << "id.empty";
        QTest::newRow("leading space") << " 11010519491231002X"
                                       << "id.spaces";
        QTest::newRow("trailing space") << "11010519491231002X "
                                        << "id.spaces";
        QTest::newRow("inner space") << "110105 19491231002X"
                                     << "id.spaces";
        QTest::newRow("17 chars") << "11010519491231002"
                                  << "id.length";
        QTest::newRow("19 chars") << "11010519491231002X1"
                                  << "id.length";
        QTest::newRow("16 digits") << "1101051949123100"
                                   << "id.length";
        QTest::newRow("letter inside (hutool)") << "3301022011022000D6"
                                                << "id.characters";
        QTest::newRow("X not last") << "1101051949X231002X"
                                    << "id.characters";
        QTest::newRow("letter last") << "11010519491231002A"
                                     << "id.characters";
        QTest::newRow("full-width digit") << QStringLiteral("１10105194912310021") << "id.characters";
        QTest::newRow("lowercase x") << "11010519491231002x"
                                     << "id.lowercaseX";
        QTest::newRow("bad province (hutool)") << "201511221897205960"
                                               << "id.region";
        QTest::newRow("province 00") << "000000199001010012"
                                     << "id.region";
        QTest::newRow("province 99 foreigner") << "999999199001010012"
                                               << "id.region";
        QTest::newRow("wrong check digit") << "110105195001010014"
                                           << "id.checkDigit";
        QTest::newRow("one digit typo") << "11010519491231003X"
                                        << "id.checkDigit";
        QTest::newRow("February 30") << "110105199002300015"
                                     << "id.birthDate";
        QTest::newRow("month 13") << "110105199013010015"
                                  << "id.birthDate";
        QTest::newRow("29 Feb non-leap") << "110105190102290016"
                                         << "id.birthDate";
        QTest::newRow("future") << "110105202701010011"
                                << "id.birthDateFuture";
        QTest::newRow("1880 (before 1900)") << "440524188001010014"
                                            << "id.birthDateTooEarly";
        QTest::newRow("15 digits") << "150102880730303"
                                   << "id.legacy15";
    }
    void invalidNumbers()
    {
        QFETCH(QString, number);
        QFETCH(QString, code);
        const IdNumberCheck r = checkIdNumber(number, m_today);
        QVERIFY(!r.valid);
        QCOMPARE(r.code, code);
        QVERIFY(!r.message.isEmpty());
    }

    void checksumsInInvalidTableAreRightWhereItMatters()
    {
        // The date/region rows must fail on their own rule, not on the check digit: give them correct ones.
        for (const char* first17 : {"11010519900230001", "11010520270101001", "44052418800101001"}) {
            const QString n = QString::fromLatin1(first17);
            const QChar check = idNumberCheckCharacter(n);
            const IdNumberCheck r = checkIdNumber(n + check, m_today);
            QVERIFY(!r.valid);
            QVERIFY2(r.code != u"id.checkDigit", qPrintable(r.code));
        }
        // 440524188001010014 has a correct check character; only the 1900 rule rejects it.
        QCOMPARE(idNumberCheckCharacter(u"44052418800101001"), QLatin1Char('4'));
    }

    void futureDependsOnToday()
    {
        const QString n = QStringLiteral("11010520261129") + u"001";
        const QString full = n + idNumberCheckCharacter(n);
        QCOMPARE(checkIdNumber(full, QDate(2026, 11, 28)).code, QStringLiteral("id.birthDateFuture"));
        QVERIFY(checkIdNumber(full, QDate(2026, 11, 29)).valid);
    }

    void legacyNumbersAreConverted()
    {
        QCOMPARE(
            convertLegacyIdNumber(QStringLiteral("150102880730303")), QStringLiteral("150102198807303035"));
        QCOMPARE(
            convertLegacyIdNumber(QStringLiteral("330102200403064")), QStringLiteral("33010219200403064X"));
        QVERIFY(convertLegacyIdNumber(QStringLiteral("33010220040306")).isEmpty());
        const IdNumberCheck r = checkIdNumber(QStringLiteral("330102200403064"), m_today);
        QVERIFY(!r.valid);
        QVERIFY(r.legacy);
        QCOMPARE(r.number, QStringLiteral("33010219200403064X"));
        QVERIFY(r.message.contains(QStringLiteral("33010219200403064X")));
        QCOMPARE(r.birthDate, QDate(1920, 4, 3));
        QCOMPARE(r.sex, QStringLiteral("female"));
        QVERIFY(checkIdNumber(r.number, m_today).valid);
    }
};

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"

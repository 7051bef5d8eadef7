#include "app/common/mask.h"

#include <QTest>

using namespace ow;

class TestMask final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void masksIdNumbers()
    {
        QCOMPARE(mask::idNumber(QStringLiteral("11010519491231002X")), QStringLiteral("110105********002X"));
        QCOMPARE(mask::idNumber(QStringLiteral("150102880730303")), QStringLiteral("150102******303"));
        QCOMPARE(mask::idNumber(QStringLiteral("123")), QStringLiteral("***"));
    }
    void masksPhones()
    {
        QCOMPARE(mask::phone(QStringLiteral("13812345678")), QStringLiteral("138****5678"));
        QCOMPARE(mask::phone(QStringLiteral("01065001234")), QStringLiteral("010****1234"));
    }
    void masksNamesToTheSurname()
    {
        QCOMPARE(mask::name(QStringLiteral("张三")), QStringLiteral("张*"));
        QCOMPARE(mask::name(QStringLiteral("王小明")), QStringLiteral("王**"));
        QCOMPARE(mask::name(QStringLiteral("欧阳娜娜")), QStringLiteral("欧阳**"));
        QCOMPARE(mask::name(QStringLiteral("Li Lei")), QStringLiteral("Li ***"));
        QCOMPARE(mask::name(QString()), QString());
    }
    void masksFreeText()
    {
        const QString in = QStringLiteral("case for 11010519491231002X, mother 33010219200403064x, "
                                          "phone 13812345678, legacy 150102880730303; order 2024000001");
        const QString out = mask::text(in);
        QVERIFY(!out.contains(QStringLiteral("11010519491231002X")));
        QVERIFY(out.contains(QStringLiteral("110105********002X")));
        QVERIFY(out.contains(QStringLiteral("330102********064x")));
        QVERIFY(out.contains(QStringLiteral("138****5678")));
        QVERIFY(out.contains(QStringLiteral("150102******303")));
        QVERIFY(out.contains(QStringLiteral("2024000001"))); // ordinary numbers stay
    }
};

QTEST_APPLESS_MAIN(TestMask)
#include "tst_mask.moc"

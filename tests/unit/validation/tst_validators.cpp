#include "app/validation/validators.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace ow::validation;

class TestValidators final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;

    static void table()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("code"); // "" = ok
    }
    static void row(const char* name, const char* type, const QString& value, const char* code = "")
    {
        QTest::newRow(name) << QString::fromLatin1(type) << value << QString::fromLatin1(code);
    }

private Q_SLOTS:
    void values_data()
    {
        table();
        // mobile
        row("mobile ok", "mobile", QStringLiteral("13812345678"));
        row("mobile 19x", "mobile", QStringLiteral("19912345678"));
        row("mobile 12x", "mobile", QStringLiteral("12812345678"), "mobile.format");
        row("mobile 10 digits", "mobile", QStringLiteral("1381234567"), "mobile.format");
        row("mobile 12 digits", "mobile", QStringLiteral("138123456789"), "mobile.format");
        row("mobile +86", "mobile", QStringLiteral("+8613812345678"), "mobile.format");
        row("mobile letters", "mobile", QStringLiteral("1381234567a"), "mobile.format");
        row("mobile spaces", "mobile", QStringLiteral("138 1234 5678"), "mobile.spaces");
        // landline and contact phone
        row("phone beijing", "phone", QStringLiteral("010-62345678"));
        row("phone hangzhou no hyphen", "phone", QStringLiteral("057187654321"));
        row("phone 7 digits", "phone", QStringLiteral("0571-8765432"));
        row("phone extension", "phone", QStringLiteral("010-62345678-123"));
        row("phone local only", "phone", QStringLiteral("87654321"));
        row("phone 400", "phone", QStringLiteral("400-123-4567"));
        row("phone mobile", "phone", QStringLiteral("13812345678"));
        row("phone too short", "phone", QStringLiteral("010-1234"), "phone.format");
        row("phone letters", "phone", QStringLiteral("010-ABCDEFGH"), "phone.format");
        row("phone local starting 0", "phone", QStringLiteral("01234567"), "phone.format");
        row("phone space", "phone", QStringLiteral("010 12345678"), "phone.spaces");
        // email
        row("email ok", "email", QStringLiteral("zhang.san@example.com"));
        row("email plus", "email", QStringLiteral("li+case@mail.example.cn"));
        row("email no at", "email", QStringLiteral("zhang.example.com"), "email.format");
        row("email no domain dot", "email", QStringLiteral("zhang@localhost"), "email.format");
        row("email double dot", "email", QStringLiteral("zhang..san@example.com"), "email.format");
        row("email two ats", "email", QStringLiteral("a@b@example.com"), "email.format");
        row("email chinese", "email", QStringLiteral("张三@example.com"), "email.format");
        row("email space", "email", QStringLiteral("zhang @example.com"), "email.spaces");
        // money
        row("money integer", "money", QStringLiteral("1200"));
        row("money fen", "money", QStringLiteral("35.50"));
        row("money one decimal", "money", QStringLiteral("0.5"));
        row("money zero", "money", QStringLiteral("0"));
        row("money negative", "money", QStringLiteral("-1"), "money.negative");
        row("money three decimals", "money", QStringLiteral("1.234"), "money.decimals");
        row("money leading zero", "money", QStringLiteral("012"), "money.format");
        row("money comma", "money", QStringLiteral("1,200"), "money.format");
        row("money exponent", "money", QStringLiteral("1e5"), "money.format");
        row("money trailing dot", "money", QStringLiteral("12."), "money.format");
        row("money yuan sign", "money", QStringLiteral("¥12"), "money.format");
        row("money space", "money", QStringLiteral("12 "), "money.spaces");
        // bank account
        row("bank 19 digits luhn", "bankAccount", QStringLiteral("6222020200112233446"));
        row("bank 12 digits", "bankAccount", QStringLiteral("123456789012"));
        row("bank 11 digits", "bankAccount", QStringLiteral("12345678901"), "bankAccount.format");
        row("bank 20 digits", "bankAccount", QStringLiteral("12345678901234567890"), "bankAccount.format");
        row("bank letters", "bankAccount", QStringLiteral("6222A20200112233"), "bankAccount.format");
        row("bank spaces", "bankAccount", QStringLiteral("6222 0202 0011 2233"), "bankAccount.spaces");
        // dates, divisions, numbers
        row("date ok", "date", QStringLiteral("2026-02-28"));
        row("date Feb 30", "date", QStringLiteral("2026-02-30"), "date.format");
        row("date slashes", "date", QStringLiteral("2026/02/28"), "date.format");
        row("date short", "date", QStringLiteral("2026-2-8"), "date.format");
        row("datetime ok", "datetime", QStringLiteral("2026-11-28T09:30:00"));
        row("datetime bad", "datetime", QStringLiteral("2026-11-28 25:00"), "datetime.format");
        row("division county", "division", QStringLiteral("110105"));
        row("division unknown", "division", QStringLiteral("110199"), "division.unknown");
        row("division 4 digits", "division", QStringLiteral("1101"), "division.format");
        row("integer", "integer", QStringLiteral("-42"));
        row("integer decimal", "integer", QStringLiteral("4.2"), "integer.format");
        row("decimal", "decimal", QStringLiteral("4.25"));
        row("decimal text", "decimal", QStringLiteral("four"), "decimal.format");
        row("boolean", "boolean", QStringLiteral("true"));
        row("boolean yes", "boolean", QStringLiteral("yes"), "boolean.format");
        row("address ok", "address", QStringLiteral("{\"division\":\"110105\",\"detail\":\"建国路1号\"}"));
        row("address no detail", "address", QStringLiteral("{\"division\":\"110105\",\"detail\":\" \"}"),
            "address.detail");
        row("address bad division", "address", QStringLiteral("{\"division\":\"999999\",\"detail\":\"x\"}"),
            "division.unknown");
        row("address no division", "address", QStringLiteral("{\"detail\":\"x\"}"), "address.division");
        row("address malformed", "address", QStringLiteral("{division"), "address.format");
        // identity numbers through the same entry point
        row("id ok", "idNumber", QStringLiteral("11010519491231002X"));
        row("id bad", "idNumber", QStringLiteral("110105195001010014"), "id.checkDigit");
        row("uscc ok", "creditCode", QStringLiteral("91310110666007217T"));
        row("uscc bad", "creditCode", QStringLiteral("91350200M000000510"), "uscc.checkCharacter");
        // free text and empties
        row("text", "text", QStringLiteral("任何内容"));
        row("enum", "enum", QStringLiteral("father"));
        row("empty mobile is the form's business", "mobile", QString());
        row("empty id", "idNumber", QString());
        row("unknown type", "colour", QStringLiteral("red"), "type.unknown");
    }
    void values()
    {
        QFETCH(QString, type);
        QFETCH(QString, value);
        QFETCH(QString, code);
        const ValidationResult r = validateValue(type, value, QDate(2026, 11, 28));
        QCOMPARE(r.code, code);
        QCOMPARE(r.ok, code.isEmpty());
        QCOMPARE(r.message.isEmpty(), code.isEmpty());
    }

    void luhnIsOnlyAWarning()
    {
        QVERIFY(luhnValid(u"6222020200112233446"));
        QVERIFY(luhnValid(u"4111111111111111"));
        QVERIFY(!luhnValid(u"4111111111111112"));
        QVERIFY(!luhnValid(u""));
        QVERIFY(!luhnValid(u"41111a"));
        const ValidationResult passes = validateBankAccount(QStringLiteral("4111111111111111"));
        QVERIFY(passes.ok);
        QVERIFY(passes.warnings.isEmpty());
        const ValidationResult fails = validateBankAccount(QStringLiteral("4111111111111112"));
        QVERIFY(fails.ok);
        QCOMPARE(fails.warnings.size(), 1);
    }

    void idWarningsPassThrough()
    {
        const ValidationResult r
            = validateValue(QStringLiteral("idNumber"), QStringLiteral("321083197812162119"));
        QVERIFY(r.ok);
        QCOMPARE(r.warnings.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestValidators)
#include "tst_validators.moc"

#include "app/search/pinyin.h"
#include "tests/support/testenv.h"

#include <QTest>

using namespace ow::search;

class TestPinyin final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;
    const Pinyin& py = Pinyin::instance();

private Q_SLOTS:
    void dataIsLoaded()
    {
        QVERIFY(py.characterCount() > 20000);
        QCOMPARE(py.readings(QChar(u'新')), QStringList {QStringLiteral("xin")});
        QVERIFY(py.readings(QChar(u'a')).isEmpty());
        QVERIFY(py.readings(QChar(u'《')).isEmpty());
        QVERIFY(!py.hasReading(QChar(u'A')));
        QVERIFY(py.hasReading(QChar(u'龥')));
    }

    void polyphonesKeepEveryReadingMostCommonFirst()
    {
        const QStringList zhong = py.readings(QChar(u'重'));
        QCOMPARE(zhong.first(), QStringLiteral("zhong"));
        QVERIFY(zhong.contains(QStringLiteral("chong")));
        const QStringList chang = py.readings(QChar(u'长'));
        QVERIFY(chang.contains(QStringLiteral("zhang")));
        QVERIFY(chang.contains(QStringLiteral("chang")));
        const QStringList xing = py.readings(QChar(u'行'));
        QCOMPARE(xing.first(), QStringLiteral("xing"));
        QVERIFY(xing.contains(QStringLiteral("hang")));
        // ü is written v, and also u for nü/lü.
        QVERIFY(py.readings(QChar(u'女')).contains(QStringLiteral("nv")));
        QVERIFY(py.readings(QChar(u'女')).contains(QStringLiteral("nu")));
        QVERIFY(py.readings(QChar(u'绿')).contains(QStringLiteral("lv")));
        // Tone marks are stripped.
        for (const QString& r : py.readings(QChar(u'参')))
            QVERIFY2(r.size() == r.toLatin1().size(), qPrintable(r));
    }

    void textConversions()
    {
        QCOMPARE(py.toPinyin(QStringLiteral("新生儿出生")), QStringLiteral("xin sheng er chu sheng"));
        QCOMPARE(py.toPinyin(QStringLiteral("《出生医学证明》签发"), QString()),
            QStringLiteral("chushengyixuezhengmingqianfa"));
        QCOMPARE(py.toPinyin(QStringLiteral("CT检查")), QStringLiteral("ct jian cha"));
        QCOMPARE(py.initials(QStringLiteral("新生儿出生")), QStringLiteral("xsecs"));
        QCOMPARE(py.initials(QStringLiteral("退休一件事")), QStringLiteral("txyjs"));
        QCOMPARE(py.initials(QStringLiteral("A股")), QStringLiteral("ag"));
    }

    void initialsMatch()
    {
        const PinyinText newborn(u"新生儿出生一件事");
        QCOMPARE(newborn.size(), 8);
        QCOMPARE(newborn.matchInitials("xsecs", true), 0);
        QCOMPARE(newborn.matchInitials("xsrcs", true), 0); // 儿 also reads ren
        QCOMPARE(newborn.matchInitials("cs", true), -1);
        QCOMPARE(newborn.matchInitials("cs", false), 3);
        QCOMPARE(newborn.matchInitials("xsecsyjsx", false), -1); // longer than the text
        QCOMPARE(newborn.matchInitials("", false), -1);
        const PinyinText chongqing(u"重庆市");
        QCOMPARE(chongqing.matchInitials("cq", true), 0);
        QCOMPARE(chongqing.matchInitials("zq", true), 0);
        QCOMPARE(chongqing.matchInitials("cqs", true), 0);
        QCOMPARE(chongqing.matchInitials("xq", true), -1);
        // Punctuation is skipped; Latin letters and digits are their own initials.
        const PinyinText cert(u"《出生医学证明》签发");
        QCOMPARE(cert.matchInitials("csyxzm", true), 0);
        QCOMPARE(PinyinText(u"CT检查").matchInitials("ctjc", true), 0);
        QCOMPARE(PinyinText(u"12345热线").matchInitials("12345rx", true), 0);
    }

    void fullMatch()
    {
        const PinyinText newborn(u"新生儿出生");
        QCOMPARE(newborn.matchFull("xinshenger", true), 0);
        QCOMPARE(newborn.matchFull("xinshengerchusheng", true), 0);
        QCOMPARE(newborn.matchFull("xinsh", true), 0); // the last reading may be cut short
        QCOMPARE(newborn.matchFull("x", true), 0);
        QCOMPARE(newborn.matchFull("xinshengren", true), 0); // 儿 ren
        QCOMPARE(newborn.matchFull("chusheng", true), -1);
        QCOMPARE(newborn.matchFull("chusheng", false), 3);
        QCOMPARE(newborn.matchFull("xinshengerchushengx", true), -1);
        QCOMPARE(newborn.matchFull("xnshenger", true), -1);
        const PinyinText chongqing(u"重庆");
        QCOMPARE(chongqing.matchFull("chongqing", true), 0);
        QCOMPARE(chongqing.matchFull("zhongqing", true), 0);
        QCOMPARE(PinyinText(u"银行").matchFull("yinhang", true), 0);
        QCOMPARE(PinyinText(u"行政").matchFull("xingzheng", true), 0);
        QCOMPARE(PinyinText(u"长春").matchFull("changchun", true), 0);
        QCOMPARE(PinyinText(u"长春").matchFull("zhangchun", true), 0);
        QCOMPARE(PinyinText(u"").matchFull("a", false), -1);
    }

    void queryNormalisation()
    {
        QVERIFY(normalizePinyinQuery(u"Xin Sheng Er") == std::string("xinshenger"));
        QVERIFY(normalizePinyinQuery(u"xi'an") == std::string("xian"));
        QVERIFY(normalizePinyinQuery(u"12345") == std::string("12345"));
        QVERIFY(normalizePinyinQuery(u"新生") == std::string());
        QVERIFY(normalizePinyinQuery(u"xin-sheng") == std::string());
    }
};

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"

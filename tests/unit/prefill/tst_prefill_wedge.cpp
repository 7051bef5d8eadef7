// The keyboard-wedge detector: a scanner typing an 18-character number in a burst ending with Enter, told
// from a clerk typing.
#include "app/prefill/keyboardwedge.h"

#include <QTest>

using ow::prefill::KeyboardWedgeDetector;

class TestPrefillWedge final : public QObject
{
    Q_OBJECT
private:
    // Feeds `text` one key per character `gapMs` apart from `start`, then Enter `enterDelay` later.
    static KeyboardWedgeDetector::Result type(
        KeyboardWedgeDetector& d, const QString& text, qint64 start, const QList<int>& gapsMs, int enterDelay)
    {
        qint64 t = start;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (i > 0)
                t += gapsMs.at(std::min<qsizetype>(i - 1, gapsMs.size() - 1));
            const auto r = d.feed(text.mid(i, 1), false, t);
            if (r.kind != KeyboardWedgeDetector::Kind::Pending)
                return r;
        }
        return d.feed({}, true, t + enterDelay);
    }

private Q_SLOTS:
    void aScannerBurstIsRecognised()
    {
        KeyboardWedgeDetector d;
        const auto r = type(d, QStringLiteral("11010519920708238x"), 1000, {8}, 10);
        QCOMPARE(r.kind, KeyboardWedgeDetector::Kind::Scanner);
        QCOMPARE(r.text, QStringLiteral("11010519920708238X")); // upper-cased
        QCOMPARE(r.maxGapMs, 8);
        QCOMPARE(r.durationMs, 17 * 8 + 10);
    }

    void nothingIsDecidedBeforeEnter()
    {
        KeyboardWedgeDetector d;
        QCOMPARE(d.feed(QStringLiteral("1"), false, 0).kind, KeyboardWedgeDetector::Kind::Pending);
        QCOMPARE(d.feed({}, false, 5).kind, KeyboardWedgeDetector::Kind::Pending); // a key without text
    }

    void aClerkTypingIsNotAScanner_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("gaps");
        QTest::addColumn<int>("enterDelay");
        QTest::newRow("human pace") << QStringLiteral("110105199207082386") << QList<int> {140} << 200;
        QTest::newRow("one pause in a burst")
            << QStringLiteral("110105199207082386") << QList<int> {8, 8, 8, 8, 8, 8, 8, 8, 300, 8} << 10;
        QTest::newRow("slow Enter") << QStringLiteral("110105199207082386") << QList<int> {8} << 900;
        QTest::newRow("too short") << QStringLiteral("1101051992070823") << QList<int> {8} << 10;
        QTest::newRow("too long") << QStringLiteral("1101051992070823861") << QList<int> {8} << 10;
        QTest::newRow("not a number") << QStringLiteral("11010519920708238A") << QList<int> {8} << 10;
    }

    void aClerkTypingIsNotAScanner()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, gaps);
        QFETCH(int, enterDelay);
        KeyboardWedgeDetector d;
        const auto r = type(d, text, 5000, gaps, enterDelay);
        QCOMPARE(r.kind, KeyboardWedgeDetector::Kind::Typed);
        QCOMPARE(r.text, text);
    }

    void startsOverAfterEachEnterAndOnReset()
    {
        KeyboardWedgeDetector d;
        QCOMPARE(type(d, QStringLiteral("abc"), 0, {200}, 100).kind, KeyboardWedgeDetector::Kind::Typed);
        QCOMPARE(type(d, QStringLiteral("110105199003121179"), 10000, {5}, 5).kind,
            KeyboardWedgeDetector::Kind::Scanner);
        d.feed(QStringLiteral("9"), false, 20000);
        d.reset(); // focus moved: the stray key is forgotten
        QCOMPARE(type(d, QStringLiteral("110105199003121179"), 20001, {5}, 5).text,
            QStringLiteral("110105199003121179"));
    }

    void thresholdsAreOptions()
    {
        KeyboardWedgeDetector::Options o;
        o.maxInterKeyMs = 200;
        o.maxEnterDelayMs = 300;
        KeyboardWedgeDetector lenient(o);
        QCOMPARE(type(lenient, QStringLiteral("110105199207082386"), 0, {150}, 250).kind,
            KeyboardWedgeDetector::Kind::Scanner);
        QCOMPARE(lenient.options().maxInterKeyMs, 200);
    }

    void timeRunningBackwardsIsNoBurst()
    {
        KeyboardWedgeDetector d;
        for (int i = 0; i < 18; ++i)
            d.feed(QString::number(i % 10), false, 1000 - i);
        QCOMPARE(d.feed({}, true, 900).kind, KeyboardWedgeDetector::Kind::Typed);
    }
};

QTEST_GUILESS_MAIN(TestPrefillWedge)
#include "tst_prefill_wedge.moc"

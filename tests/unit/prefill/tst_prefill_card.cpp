// The resident ID card: parsing and checking a card record, the simulated reader (files and the local socket
// a demo or test "swipes" a card into), and the mapping of a card to a role's canonical fields.
#include "app/catalog/catalog.h"
#include "app/prefill/idcardsource.h"
#include "app/prefill/simulatedcardreader.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>

using namespace ow;
using namespace ow::prefill;

class TestPrefillCard final : public QObject
{
    Q_OBJECT
private:
    test::TestEnv m_env;
    FixedClock m_clock {QDateTime(QDate(2026, 11, 28), QTime(10, 0))};

    static QByteArray fixture(const QString& name)
    {
        QFile f(test::dataFile(QStringLiteral("prefill/") + name));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void readsAValidCardFile()
    {
        SimulatedCardReader reader(m_clock);
        QSignalSpy read(&reader, &CardReader::cardRead);
        QSignalSpy failed(&reader, &CardReader::readFailed);
        auto card = reader.readFile(test::dataFile(QStringLiteral("prefill/card-mother.json")));
        QVERIFY2(card.ok(), qPrintable(card.ok() ? QString() : card.error().message));
        QCOMPARE(read.count(), 1);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(card->name, QStringLiteral("李娜"));
        QCOMPARE(card->sex, QStringLiteral("female"));
        QCOMPARE(card->ethnicity, QStringLiteral("汉"));
        QCOMPARE(card->birthDate, QDate(1992, 7, 8));
        QCOMPARE(card->idNumber, QStringLiteral("110105199207082386"));
        QCOMPARE(card->validTo, QDate(2036, 5, 20));
        QVERIFY(card->photoPng.startsWith("\x89PNG"));
        QCOMPARE(card->readAt, m_clock.now());
        QVERIFY(card->warnings.isEmpty());
        QCOMPARE(card->digest().size(), 16);
    }

    void acceptsTheWaysCardsWriteDates()
    {
        auto card = parseCard(fixture(QStringLiteral("card-father.json")), m_clock.today());
        QVERIFY(card.ok());
        QCOMPARE(card->birthDate, QDate(1990, 3, 12));
        QCOMPARE(card->validFrom, QDate(2010, 3, 1));
        QVERIFY(card->longTerm);
        QVERIFY(!card->isExpired(QDate(2090, 1, 1)));
    }

    void rejectsUnusableCards_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("code");
        QTest::newRow("missing file")
            << QStringLiteral("no-such-card.json") << QStringLiteral("card.unreadable");
        QTest::newRow("truncated JSON")
            << QStringLiteral("card-truncated.json") << QStringLiteral("card.unreadable");
        QTest::newRow("wrong check character")
            << QStringLiteral("card-bad-check-digit.json") << QStringLiteral("card.idNumber");
        QTest::newRow("birth date contradicts number")
            << QStringLiteral("card-inconsistent.json") << QStringLiteral("card.inconsistent");
        QTest::newRow("photo not a PNG")
            << QStringLiteral("card-bad-photo.json") << QStringLiteral("card.photo");
    }

    void rejectsUnusableCards()
    {
        QFETCH(QString, file);
        QFETCH(QString, code);
        SimulatedCardReader reader(m_clock);
        QSignalSpy read(&reader, &CardReader::cardRead);
        QSignalSpy failed(&reader, &CardReader::readFailed);
        auto card = reader.readFile(test::dataFile(QStringLiteral("prefill/") + file));
        QVERIFY(!card.ok());
        QCOMPARE(card.error().code, code);
        // A clear message for the clerk, naming the card.
        QVERIFY2(card.error().message.startsWith(QStringLiteral("The ID card could not be used")),
            qPrintable(card.error().message));
        QCOMPARE(read.count(), 0);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<Error>().code, code);
    }

    void anExpiredCardIsReadWithAWarning()
    {
        auto card = parseCard(fixture(QStringLiteral("card-expired.json")), m_clock.today());
        QVERIFY(card.ok());
        QVERIFY(card->isExpired(m_clock.today()));
        QCOMPARE(card->warnings.size(), 1);
        QVERIFY(card->warnings.first().contains(QStringLiteral("2015-01-01")));
    }

    void missingFieldsAreNamed()
    {
        QJsonObject o = QJsonDocument::fromJson(fixture(QStringLiteral("card-mother.json"))).object();
        o.remove(QStringLiteral("issuingAuthority"));
        auto card = parseCard(QJsonDocument(o).toJson(), m_clock.today());
        QVERIFY(!card.ok());
        QCOMPARE(card.error().code, QStringLiteral("card.missing"));
        QCOMPARE(card.error().where, QStringLiteral("issuingAuthority"));
    }

    void aCardIsSwipedThroughTheLocalSocket()
    {
        SimulatedCardReader reader(m_clock);
        const QString name = QStringLiteral("ow-test-card-%1").arg(QCoreApplication::applicationPid());
        auto listening = reader.listen(name);
        QVERIFY2(listening.ok(), qPrintable(listening.ok() ? QString() : listening.error().message));
        QVERIFY(reader.isListening());
        QVERIFY(reader.description().contains(reader.serverName()));
        QSignalSpy read(&reader, &CardReader::cardRead);
        QSignalSpy failed(&reader, &CardReader::readFailed);

        QLocalSocket client;
        client.connectToServer(reader.serverName());
        QVERIFY(client.waitForConnected(5000));
        // One compact JSON object per line; the reader answers each with one JSON line.
        const QByteArray compact = QJsonDocument::fromJson(fixture(QStringLiteral("card-father.json")))
                                       .toJson(QJsonDocument::Compact);
        client.write(compact + "\n");
        QTRY_COMPARE(read.count(), 1);
        QCOMPARE(read.at(0).at(0).value<CardData>().idNumber, QStringLiteral("110105199003121179"));
        QTRY_VERIFY(client.canReadLine());
        const QJsonObject ok = QJsonDocument::fromJson(client.readLine()).object();
        QCOMPARE(ok.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(ok.value(QStringLiteral("idNumber")).toString(), QStringLiteral("110105********1179"));

        // A broken message on the same connection: refused with a reason, nothing read.
        client.write("{\"name\": \"x\"\n");
        QTRY_COMPARE(failed.count(), 1);
        QTRY_VERIFY(client.canReadLine());
        const QJsonObject refused = QJsonDocument::fromJson(client.readLine()).object();
        QCOMPARE(refused.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(refused.value(QStringLiteral("code")).toString(), QStringLiteral("card.unreadable"));
        QVERIFY(!refused.value(QStringLiteral("error")).toString().isEmpty());
        QCOMPARE(read.count(), 1);

        // The last message may come without its newline when the client closes.
        client.write(cardToJson(read.at(0).at(0).value<CardData>()));
        client.disconnectFromServer();
        QTRY_COMPARE(read.count(), 2);
        reader.stop();
        QVERIFY(!reader.isListening());
    }

    void mapsACardToARole()
    {
        auto catalog = catalog::Catalog::embeddedDefault();
        QVERIFY2(catalog.ok(), qPrintable(catalog.ok() ? QString() : catalog.error().message));
        auto card = parseCard(fixture(QStringLiteral("card-mother.json")), m_clock.today());
        QVERIFY(card.ok());
        card->readAt = m_clock.now();
        const CardMapping m = candidatesFromCard(*card, QStringLiteral("mother"), *catalog);
        QHash<QString, QJsonValue> values;
        for (const Candidate& c : m.candidates) {
            values.insert(c.fieldId, c.value);
            QCOMPARE(c.source, QStringLiteral("idCard"));
            QCOMPARE(c.evidence, QStringLiteral("idcard:") + card->digest());
            QCOMPARE(c.obtainedAt, m_clock.now());
        }
        QCOMPARE(values.value(QStringLiteral("mother.name")).toString(), QStringLiteral("李娜"));
        QCOMPARE(
            values.value(QStringLiteral("mother.idNumber")).toString(), QStringLiteral("110105199207082386"));
        // The card's "汉" is the catalog's option "01" (汉族).
        QCOMPARE(values.value(QStringLiteral("mother.ethnicity")).toString(), QStringLiteral("01"));
        // The printed address is split into its division and the rest.
        const QJsonObject address = values.value(QStringLiteral("mother.address")).toObject();
        QCOMPARE(address.value(QStringLiteral("division")).toString(), QStringLiteral("110105"));
        QCOMPARE(
            address.value(QStringLiteral("detail")).toString(), QStringLiteral("建国路88号院3号楼1单元502"));
        // The mother section has no sex or birth date field: nothing is made up for them.
        QVERIFY(!values.contains(QStringLiteral("mother.sex")));
        QVERIFY(m.rejected.isEmpty());

        // The same card for a role with a prefix: the enterprise's legal representative.
        const CardMapping rep = candidatesFromCard(*card, QStringLiteral("enterprise.legalRep"), *catalog);
        QStringList ids;
        for (const Candidate& c : rep.candidates)
            ids << c.fieldId;
        QVERIFY(ids.contains(QStringLiteral("enterprise.legalRepName")));
        QVERIFY(ids.contains(QStringLiteral("enterprise.legalRepIdNumber")));
    }
};

QTEST_GUILESS_MAIN(TestPrefillCard)
#include "tst_prefill_card.moc"

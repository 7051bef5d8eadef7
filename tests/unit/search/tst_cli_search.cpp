#include "tests/support/testenv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestCliSearch final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;
    const QString m_fixture = QStringLiteral(OW_SOURCE_DIR "/tests/unit/search/data/catalog.json");

    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray out;
        QByteArray err;
    };

    static Run run(const QStringList& args)
    {
        QProcess p;
        p.start(ow::test::binary(QStringLiteral("cli/onewindow-cli")), args);
        if (!p.waitForFinished(30000))
            qFatal("onewindow-cli did not finish");
        Run r;
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.json = QJsonDocument::fromJson(r.out).object();
        return r;
    }

    static QStringList codes(const QJsonObject& json)
    {
        QStringList list;
        for (const QJsonValue& v : json.value(QStringLiteral("hits")).toArray())
            list << v.toObject().value(QStringLiteral("code")).toString();
        return list;
    }

private Q_SLOTS:
    void rankedMatchesFromAFixture()
    {
        const Run r
            = run({QStringLiteral("search"), QStringLiteral("退休"), QStringLiteral("--catalog"), m_fixture});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.json.value(QStringLiteral("query")).toString(), QStringLiteral("退休"));
        QCOMPARE(r.json.value(QStringLiteral("catalogVersion")).toString(), QStringLiteral("test.1"));
        QCOMPARE(codes(r.json), (QStringList {QStringLiteral("RETIRE"), QStringLiteral("PENSION")}));
        const QJsonObject first = r.json.value(QStringLiteral("hits")).toArray().first().toObject();
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("bundle"));
        QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("退休一件事"));
        QCOMPARE(first.value(QStringLiteral("matchedBy")).toString(), QStringLiteral("name"));
        QCOMPARE(first.value(QStringLiteral("score")).toInt(), 1000);
    }

    void pinyinSynonymsAndLimit()
    {
        Run r = run(
            {QStringLiteral("search"), QStringLiteral("xsecs"), QStringLiteral("--catalog"), m_fixture});
        QCOMPARE(codes(r.json).first(), QStringLiteral("NEWBORN"));
        r = run({QStringLiteral("search"), QStringLiteral("上户口"), QStringLiteral("--catalog"), m_fixture});
        QCOMPARE(codes(r.json).first(), QStringLiteral("NEWBORN"));
        // Words after the query are joined: full pinyin with spaces.
        r = run({QStringLiteral("search"), QStringLiteral("xin"), QStringLiteral("sheng"),
            QStringLiteral("er"), QStringLiteral("--catalog"), m_fixture});
        QCOMPARE(codes(r.json).first(), QStringLiteral("NEWBORN"));
        r = run({QStringLiteral("search"), QStringLiteral("出生"), QStringLiteral("--limit"),
            QStringLiteral("1"), QStringLiteral("--catalog"), m_fixture});
        QCOMPARE(r.json.value(QStringLiteral("count")).toInt(), 1);
        QCOMPARE(codes(r.json).size(), 1);
    }

    void noMatchIsAnEmptyList()
    {
        const Run r
            = run({QStringLiteral("search"), QStringLiteral("火星"), QStringLiteral("--catalog"), m_fixture});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json.value(QStringLiteral("count")).toInt(), 0);
        QVERIFY(r.json.value(QStringLiteral("hits")).toArray().isEmpty());
    }

    void badInput()
    {
        Run r = run({QStringLiteral("search")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("usage"));
        r = run({QStringLiteral("search"), QStringLiteral("户"), QStringLiteral("--limit"),
            QStringLiteral("zero")});
        QCOMPARE(r.exitCode, 2);
        r = run({QStringLiteral("search"), QStringLiteral("户"), QStringLiteral("--catalog"),
            m_env.path(QStringLiteral("missing.json"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void embeddedDefaultCatalog()
    {
        // The default catalog's key bundles are found by name, synonym and pinyin initials.
        const Run r = run({QStringLiteral("search"), QStringLiteral("退休")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!codes(r.json).isEmpty());
        QCOMPARE(r.json.value(QStringLiteral("hits"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
            QStringLiteral("bundle"));
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"

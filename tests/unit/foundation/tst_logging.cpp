#include "app/common/logging.h"
#include "app/common/mask.h"
#include "tests/support/testenv.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

class TestLogging final : public QObject
{
    Q_OBJECT
private:
    ow::test::TestEnv m_env;

private Q_SLOTS:
    void logFileNeverHoldsUnmaskedPersonalData()
    {
        const QString logDir = m_env.path(QStringLiteral("logs"));
        ow::logging::install({logDir, QStringLiteral("onewindow"), false});
        const QString id = QStringLiteral("11010519491231002X");
        const QString phone = QStringLiteral("13912345678");
        // Code that forgets to mask, and code that masks: both must end up masked in the file.
        qCInfo(lcIntake) << "accepted case for applicant" << id << "phone" << phone;
        qCWarning(lcSync) << QStringLiteral("hand-off failed for %1 / %2").arg(id, phone);
        qCInfo(lcPrefill) << "prefilled from card" << ow::mask::idNumber(id);
        qCInfo(lcStore) << "legacy number 150102880730303 in an old record";
        const QString file = ow::logging::logFilePath();
        ow::logging::shutdown();

        QFile f(file);
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("onewindow.intake")));
        QVERIFY(text.contains(QStringLiteral("110105********002X")));
        QVERIFY(text.contains(QStringLiteral("139****5678")));
        QVERIFY(!text.contains(id));
        QVERIFY(!text.contains(phone));
        QVERIFY(!text.contains(QStringLiteral("150102880730303")));
        // No 18-character ID-shaped run and no 11-digit mobile-shaped run anywhere.
        static const QRegularExpression anyId(QStringLiteral("[1-9][0-9]{16}[0-9Xx]"));
        static const QRegularExpression anyPhone(QStringLiteral("(?<![0-9])1[3-9][0-9]{9}(?![0-9])"));
        QVERIFY(!anyId.match(text).hasMatch());
        QVERIFY(!anyPhone.match(text).hasMatch());
    }

    void rotatesFiles()
    {
        const QString logDir = m_env.path(QStringLiteral("rotate"));
        ow::logging::install({logDir, QStringLiteral("r"), false, 2048, 2});
        for (int i = 0; i < 200; ++i)
            qCInfo(lcApp) << "line" << i << QString(40, u'x');
        ow::logging::shutdown();
        QVERIFY(QFile::exists(logDir + QStringLiteral("/r.log")));
        QVERIFY(QFile::exists(logDir + QStringLiteral("/r.1.log")));
        QVERIFY(QFileInfo(logDir + QStringLiteral("/r.log")).size() <= 4096);
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"

#include "tests/support/testenv.h"

#include <QDir>
#include <QLocale>
#include <QStandardPaths>

namespace ow::test {

TestEnv::TestEnv()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    m_dir.setAutoRemove(true);
}

QString dataFile(const QString& relative)
{
    return QDir(QStringLiteral(OW_TEST_DATA_DIR)).filePath(relative);
}

QString binary(const QString& relative)
{
    return QDir(QStringLiteral(OW_BINARY_DIR)).filePath(relative);
}

} // namespace ow::test

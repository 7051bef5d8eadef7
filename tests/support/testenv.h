#pragma once

#include <QString>
#include <QTemporaryDir>

namespace ow::test {

// Isolates a test: QStandardPaths test mode, the C locale, and a fresh temporary data directory.
// Call from initTestCase() (or a test's constructor) and keep it alive for the test's duration.
class TestEnv
{
public:
    TestEnv();
    QString dataDir() const { return m_dir.path(); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

// Absolute path of a file in tests/data.
QString dataFile(const QString& relative);
// Path of a built executable (e.g. "cli/onewindow-cli", "server/onewindow-server").
QString binary(const QString& relative);

} // namespace ow::test

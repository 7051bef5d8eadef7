#include "cli/command.h"

#include "app/store/localstore.h"

#include <QJsonObject>
#include <QStandardPaths>

namespace {

int runVersion(const QStringList&)
{
    auto migrations = ow::store::LocalStore::clientMigrations();
    ow::cli::printJson(QJsonObject {
        {QStringLiteral("program"), QStringLiteral("onewindow-cli")},
        {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("schemaVersion"), migrations ? int(migrations->size()) : -1},
    });
    return 0;
}

} // namespace

OW_CLI_COMMAND(
    QStringLiteral("version"), QStringLiteral("print the program and schema versions as JSON"), runVersion);

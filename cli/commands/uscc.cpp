// onewindow-cli uscc check CODE
// Checks a unified social credit code (GB 32100) and prints its parts. Exit 0 whenever the code could be
// judged, valid or not (read "valid" in the JSON); exit 2 on a missing code.
#include "cli/command.h"

#include "app/validation/creditcode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

int runUscc(const QStringList& args)
{
    if (args.isEmpty() || args.first() != u"check")
        return ow::cli::fail(QCoreApplication::translate("ow::cli", "usage: onewindow-cli uscc check CODE"));
    if (args.size() != 2)
        return ow::cli::fail(QCoreApplication::translate("ow::cli", "uscc check needs exactly one code."));

    const ow::validation::CreditCodeCheck r = ow::validation::checkCreditCode(args.at(1));
    QJsonObject out {{QStringLiteral("valid"), r.valid}};
    if (!r.valid) {
        out.insert(QStringLiteral("code"), r.code);
        out.insert(QStringLiteral("reason"), r.message);
    }
    if (!r.department.isEmpty()) {
        out.insert(QStringLiteral("departmentCode"), r.departmentCode);
        out.insert(QStringLiteral("department"), r.department);
        out.insert(QStringLiteral("categoryCode"), r.categoryCode);
        out.insert(QStringLiteral("category"), r.category);
        out.insert(QStringLiteral("regionCode"), r.regionCode);
        out.insert(QStringLiteral("region"), r.region);
        out.insert(QStringLiteral("organizationCode"), r.organizationCode);
        out.insert(QStringLiteral("organizationCodeValid"), r.organizationCodeValid);
    }
    out.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
    ow::cli::printJson(out);
    return 0;
}

} // namespace

OW_CLI_COMMAND(
    QStringLiteral("uscc"), QStringLiteral("check CODE: check a unified social credit code"), runUscc);

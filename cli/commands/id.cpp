// onewindow-cli id check NUMBER [--today YYYY-MM-DD]
// Checks a resident ID number (GB 11643) and prints what it says. Exit 0 whenever the number could be judged,
// valid or not (read "valid" in the JSON); exit 2 on a missing number or bad options.
#include "cli/command.h"

#include "app/validation/idnumber.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

int runId(const QStringList& arguments)
{
    QStringList args = arguments;
    const QString todayText = ow::cli::takeOption(args, QStringLiteral("today"));
    const QDate today
        = todayText.isEmpty() ? QDate::currentDate() : QDate::fromString(todayText, Qt::ISODate);
    if (!today.isValid())
        return ow::cli::fail(
            QCoreApplication::translate("ow::cli", "--today needs a date such as 2026-11-28."));
    if (args.isEmpty() || args.first() != u"check")
        return ow::cli::fail(
            QCoreApplication::translate("ow::cli", "usage: onewindow-cli id check NUMBER [--today DATE]"));
    if (args.size() != 2)
        return ow::cli::fail(QCoreApplication::translate("ow::cli", "id check needs exactly one ID number."));

    const ow::validation::IdNumberCheck r = ow::validation::checkIdNumber(args.at(1), today);
    QJsonObject out {{QStringLiteral("valid"), r.valid}};
    if (!r.valid) {
        out.insert(QStringLiteral("code"), r.code);
        out.insert(QStringLiteral("reason"), r.message);
    }
    if (r.valid || r.legacy) {
        if (r.legacy)
            out.insert(QStringLiteral("converted"), r.number);
        out.insert(QStringLiteral("holder"), ow::validation::idHolderName(r.holder));
        out.insert(QStringLiteral("birthDate"), r.birthDate.toString(Qt::ISODate));
        out.insert(QStringLiteral("sex"), r.sex);
        out.insert(QStringLiteral("age"), r.ageAt(today));
        out.insert(QStringLiteral("regionCode"), r.regionCode);
        out.insert(QStringLiteral("region"), r.regionName);
        if (!r.nationalityCode.isEmpty())
            out.insert(QStringLiteral("nationalityCode"), r.nationalityCode);
    }
    out.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
    ow::cli::printJson(out);
    return 0;
}

} // namespace

OW_CLI_COMMAND(
    QStringLiteral("id"), QStringLiteral("check NUMBER: check a resident ID number, print its facts"), runId);

// onewindow-cli rules: evaluate and check JsonLogic rules as the catalog uses them.
//   rules eval RULE_JSON [DATA_JSON]     (or --file RULE.json, --data DATA.json; --today, --calendar)
//   rules validate RULE_JSON             (or --file RULE.json): {"valid": true, "variables": [...]}
//   rules operators                      the operators the evaluator knows
#include "cli/command.h"

#include "app/rules/jsonlogic.h"
#include "app/rules/workingcalendar.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace {

using ow::cli::fail;

QString usageText()
{
    return QStringLiteral(
        "Usage: onewindow-cli rules eval RULE_JSON [DATA_JSON] [--today YYYY-MM-DD] [--calendar FILE]\n"
        "       onewindow-cli rules eval --file RULE.json [--data DATA.json] [--today …] [--calendar …]\n"
        "       onewindow-cli rules validate RULE_JSON | --file RULE.json\n"
        "       onewindow-cli rules operators\n");
}

// Any JSON text, scalars included ("true", "3", "\"x\"", "null").
std::optional<QJsonValue> parseJson(const QByteArray& text, const QString& what, QString& error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson('[' + text + ']', &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        const int offset = std::max(0, parseError.offset - 1);
        error = parseError.error != QJsonParseError::NoError
            ? QCoreApplication::translate("ow::cli", "%1 is not valid JSON at offset %2: %3")
                  .arg(what)
                  .arg(offset)
                  .arg(parseError.errorString())
            : QCoreApplication::translate("ow::cli", "%1 must be exactly one JSON value.").arg(what);
        return std::nullopt;
    }
    return doc.array().first();
}

std::optional<QByteArray> readFile(const QString& path, QString& error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QCoreApplication::translate("ow::cli", "Cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

// The JSON from --NAME FILE, else from the next positional argument; `required` when neither may be absent.
std::optional<QJsonValue> takeJson(
    QStringList& args, const QString& option, const QString& what, bool required, QString& error)
{
    const QString path = ow::cli::takeOption(args, option);
    QByteArray text;
    if (!path.isEmpty()) {
        const auto bytes = readFile(path, error);
        if (!bytes)
            return std::nullopt;
        text = *bytes;
    } else if (!args.isEmpty() && !args.first().startsWith(QStringLiteral("--"))) {
        text = args.takeFirst().toUtf8();
    } else {
        if (required)
            error = QCoreApplication::translate("ow::cli", "Missing %1.").arg(what);
        return required ? std::nullopt : std::optional<QJsonValue>(QJsonValue(QJsonValue::Null));
    }
    return parseJson(text, what, error);
}

QString describe(const ow::Error& e)
{
    const QString where = e.where.isEmpty()
        ? QCoreApplication::translate("ow::cli", "at the root of the rule")
        : QCoreApplication::translate("ow::cli", "at %1").arg(e.where);
    return QStringLiteral("%1: %2 (%3)").arg(e.code, e.message, where);
}

int runEval(QStringList args)
{
    const QString todayText = ow::cli::takeOption(args, QStringLiteral("today"));
    const QString calendarPath = ow::cli::takeOption(args, QStringLiteral("calendar"));
    QString error;
    const auto rule = takeJson(
        args, QStringLiteral("file"), QCoreApplication::translate("ow::cli", "the rule"), true, error);
    if (!rule)
        return fail(error);
    const auto data = takeJson(
        args, QStringLiteral("data"), QCoreApplication::translate("ow::cli", "the data"), false, error);
    if (!data)
        return fail(error);
    if (!args.isEmpty())
        return fail(QCoreApplication::translate("ow::cli", "Unexpected argument: %1").arg(args.first()));

    ow::rules::Evaluator::Context context;
    if (!todayText.isEmpty()) {
        context.today = QDate::fromString(todayText, Qt::ISODate);
        if (!context.today.isValid())
            return fail(QCoreApplication::translate(
                "ow::cli", "--today needs a date in the form YYYY-MM-DD, not \"%1\".")
                            .arg(todayText));
    }
    ow::rules::WorkingCalendar calendar;
    if (!calendarPath.isEmpty()) {
        const auto bytes = readFile(calendarPath, error);
        if (!bytes)
            return fail(error);
        const auto json = parseJson(*bytes, calendarPath, error);
        if (!json)
            return fail(error);
        auto loaded = ow::rules::WorkingCalendar::fromJson(json->toObject());
        if (!loaded)
            return fail(QCoreApplication::translate("ow::cli", "%1: %2 (at %3)")
                            .arg(calendarPath, loaded.error().message, loaded.error().where));
        calendar = *loaded;
        context.calendar = &calendar;
    }

    const auto result = ow::rules::Evaluator(context).evaluate(*rule, *data);
    if (!result)
        return fail(describe(result.error()));
    ow::cli::printJson(*result);
    return 0;
}

int runValidate(QStringList args)
{
    QString error;
    const auto rule = takeJson(
        args, QStringLiteral("file"), QCoreApplication::translate("ow::cli", "the rule"), true, error);
    if (!rule)
        return fail(error);
    if (!args.isEmpty())
        return fail(QCoreApplication::translate("ow::cli", "Unexpected argument: %1").arg(args.first()));
    const auto valid = ow::rules::Evaluator::validate(*rule);
    if (!valid)
        return fail(describe(valid.error()));
    ow::cli::printJson(QJsonObject {
        {QStringLiteral("valid"), true},
        {QStringLiteral("variables"), QJsonArray::fromStringList(ow::rules::Evaluator::variables(*rule))},
    });
    return 0;
}

int runRules(const QStringList& arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return fail(QCoreApplication::translate("ow::cli", "Missing subcommand.") + u'\n' + usageText());
    const QString sub = args.takeFirst();
    if (sub == u"eval")
        return runEval(args);
    if (sub == u"validate")
        return runValidate(args);
    if (sub == u"operators") {
        ow::cli::printJson(QJsonArray::fromStringList(ow::rules::Evaluator::operators()));
        return 0;
    }
    if (sub == u"--help" || sub == u"-h") {
        ow::cli::out(usageText());
        return 0;
    }
    return fail(
        QCoreApplication::translate("ow::cli", "Unknown subcommand \"%1\".").arg(sub) + u'\n' + usageText());
}

} // namespace

OW_CLI_COMMAND(QStringLiteral("rules"),
    QStringLiteral("evaluate or check a JsonLogic rule (eval, validate, operators)"), runRules);

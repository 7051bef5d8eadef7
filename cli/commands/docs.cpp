// onewindow-cli docs …: the documents the applicant takes home, as PDF files —
//   docs notification BUNDLE_CODE --answers JSON --out FILE.pdf   一次告知单, from the catalog alone
//   docs receipt --case UUID --data-dir DIR --out FILE.pdf          受理回执 of an accepted case
//   docs correction --case UUID --data-dir DIR --out FILE.pdf       补正告知书 of a case with problems
// Each prints {"file", "pages", "bytes"}. --lang zh|en picks the document's language (default zh).
#include "app/catalog/catalog.h"
#include "app/catalog/catalogrepository.h"
#include "app/catalog/plan.h"
#include "app/common/settings.h"
#include "app/documents/correctionnotice.h"
#include "app/documents/notification.h"
#include "app/documents/receipt.h"
#include "app/intake/attachmentstore.h"
#include "app/intake/caserepository.h"
#include "app/intake/intakesession.h"
#include "app/store/localstore.h"
#include "cli/command.h"
#include "cli/errors.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

using namespace ow;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ow::cli", text);
}

int failWith(const Error& e, int code = 2)
{
    return cli::fail(e.where.isEmpty() ? e.message : e.message + QStringLiteral(" [") + e.where + u']', code);
}

// The document's language: --lang (main() takes it for messages, so read the raw arguments); default zh.
QString documentLanguage()
{
    const QStringList all = QCoreApplication::arguments();
    for (qsizetype i = 0; i < all.size(); ++i) {
        QString value;
        if (all.at(i) == QStringLiteral("--lang") && i + 1 < all.size())
            value = all.at(i + 1);
        else if (all.at(i).startsWith(QStringLiteral("--lang=")))
            value = all.at(i).mid(7);
        if (!value.isEmpty())
            return value.startsWith(QStringLiteral("en")) ? QStringLiteral("en") : QStringLiteral("zh");
    }
    return QStringLiteral("zh");
}

// Options shared by the three subcommands; parse() leaves the positional arguments in args.
struct CommonOptions
{
    QString out;
    QString catalogPath;
    QString dataDir;
    documents::DocumentOptions doc;

    Result<void> parse(QStringList& args)
    {
        out = cli::takeOption(args, QStringLiteral("out"));
        catalogPath = cli::takeOption(args, QStringLiteral("catalog"));
        dataDir = cli::takeOption(args, QStringLiteral("data-dir"));
        doc.lang = documentLanguage();
        const QString date = cli::takeOption(args, QStringLiteral("date"));
        if (!date.isEmpty()) {
            doc.issuedOn = QDate::fromString(date, Qt::ISODate);
            if (!doc.issuedOn.isValid())
                return makeError(
                    cli::errc::kBadDate, tr("--date must be a date YYYY-MM-DD, not %1.").arg(date));
        }
        if (out.isEmpty())
            return makeError(cli::errc::kUsage, tr("--out FILE.pdf is required."));
        return {};
    }
};

int finish(const Result<QByteArray>& pdf, const QString& out)
{
    if (!pdf)
        return failWith(pdf.error(), 1);
    auto saved = documents::saveDocument(*pdf, out);
    if (!saved)
        return failWith(saved.error(), 1);
    cli::printJson(saved->toJson());
    return 0;
}

int runNotification(QStringList args)
{
    const QString usage = tr("usage: docs notification BUNDLE_CODE [--answers JSON] [--proxy] --out FILE.pdf "
                             "[--lang zh|en] [--date YYYY-MM-DD] [--catalog PATH | --data-dir DIR]");
    const QString answersText = cli::takeOption(args, QStringLiteral("answers"), QStringLiteral("{}"));
    const bool proxy = cli::takeFlag(args, QStringLiteral("proxy"));
    CommonOptions options;
    if (auto ok = options.parse(args); !ok)
        return cli::fail(ok.error().message + u'\n' + usage);
    if (args.size() != 1)
        return cli::fail(usage);
    QJsonParseError pe;
    const QJsonDocument answers = QJsonDocument::fromJson(answersText.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !answers.isObject())
        return cli::fail(
            tr("--answers must be a JSON object, not %1 (%2).")
                .arg(answersText,
                    pe.error != QJsonParseError::NoError ? pe.errorString() : tr("not an object")));
    Result<catalog::Catalog> catalog = catalog::Catalog::embeddedDefault();
    if (!options.catalogPath.isEmpty()) {
        catalog = catalog::Catalog::load(options.catalogPath);
    } else if (!options.dataDir.isEmpty()) {
        auto store = store::LocalStore::open(AppSettings(options.dataDir).databasePath());
        if (!store)
            return failWith(store.error(), 1);
        catalog = catalog::CatalogRepository(*store).loadActive();
    }
    if (!catalog)
        return failWith(catalog.error(), 1);

    catalog::PlanInput input;
    input.answers = answers.object();
    input.proxy = proxy;
    input.today = options.doc.issuedOn;
    auto plan = catalog::computePlan(*catalog, args.first(), input);
    if (!plan) {
        if (plan.error().code == QStringLiteral("plan.unknownBundle")) {
            QStringList codes;
            for (const catalog::BundleDef& b : catalog->bundles())
                codes << b.code;
            return cli::fail(
                plan.error().message + u' ' + tr("Known bundles: %1.").arg(codes.join(QStringLiteral(", "))));
        }
        return failWith(plan.error());
    }
    return finish(documents::notificationPdf(*catalog, *plan, input, options.doc), options.out);
}

// A stored case with the catalog it was taken under (or --catalog, or the active one) and its plan.
struct LoadedCase
{
    std::shared_ptr<store::LocalStore> store;
    std::shared_ptr<const catalog::Catalog> catalog;
    intake::CaseData data;
    catalog::Plan plan;
};

Result<LoadedCase> loadCase(const QString& uuid, const CommonOptions& options)
{
    if (uuid.isEmpty() || options.dataDir.isEmpty())
        return makeError(cli::errc::kUsage, tr("--case UUID and --data-dir DIR are required."));
    LoadedCase out;
    auto store = store::LocalStore::open(AppSettings(options.dataDir).databasePath());
    if (!store)
        return store.error();
    out.store = *store;
    auto loaded = intake::CaseRepository(out.store).load(uuid);
    if (!loaded)
        return loaded.error();
    out.data = *loaded;
    Result<catalog::Catalog> catalog = makeError(QString(), QString());
    if (!options.catalogPath.isEmpty()) {
        catalog = catalog::Catalog::load(options.catalogPath);
    } else {
        catalog::CatalogRepository repository(out.store);
        catalog = repository.load(out.data.catalogVersion, out.data.catalogHash);
        if (!catalog) {
            cli::err(
                tr("onewindow-cli: the case's catalog %1 is not stored here; using the active catalog.\n")
                    .arg(out.data.catalogVersion));
            catalog = repository.loadActive();
        }
    }
    if (!catalog)
        return catalog.error();
    out.catalog = std::make_shared<const catalog::Catalog>(std::move(*catalog));
    catalog::PlanInput input;
    input.answers = out.data.answers;
    input.proxy = out.data.proxy;
    input.fieldValues = out.data.flatFieldValues();
    input.today = out.data.acceptedAt.isValid() ? out.data.acceptedAt.date() : QDate();
    auto plan = catalog::computePlan(*out.catalog, out.data.bundleCode, input);
    if (!plan)
        return plan.error();
    out.plan = *plan;
    return out;
}

int runReceipt(QStringList args)
{
    const QString usage = tr("usage: docs receipt --case UUID --data-dir DIR --out FILE.pdf [--lang zh|en] "
                             "[--date YYYY-MM-DD] [--catalog PATH]");
    const QString uuid = cli::takeOption(args, QStringLiteral("case"));
    CommonOptions options;
    if (auto ok = options.parse(args); !ok)
        return cli::fail(ok.error().message + u'\n' + usage);
    if (!args.isEmpty())
        return cli::fail(usage);
    auto loaded = loadCase(uuid, options);
    if (!loaded)
        return failWith(loaded.error());
    if (loaded->data.caseNumber.isEmpty())
        return cli::fail(tr("The case %1 has not been accepted yet, so it has no receipt.").arg(uuid));
    return finish(
        documents::receiptPdf(*loaded->catalog, loaded->plan, loaded->data, options.doc), options.out);
}

int runCorrection(QStringList args)
{
    const QString usage
        = tr("usage: docs correction --case UUID --data-dir DIR --out FILE.pdf [--lang zh|en] "
             "[--date YYYY-MM-DD] [--deadline YYYY-MM-DD] [--catalog PATH]");
    const QString uuid = cli::takeOption(args, QStringLiteral("case"));
    const QString deadlineText = cli::takeOption(args, QStringLiteral("deadline"));
    CommonOptions options;
    if (auto ok = options.parse(args); !ok)
        return cli::fail(ok.error().message + u'\n' + usage);
    if (!args.isEmpty())
        return cli::fail(usage);
    const QDate deadline = QDate::fromString(deadlineText, Qt::ISODate);
    if (!deadlineText.isEmpty() && !deadline.isValid())
        return cli::fail(tr("--deadline must be a date YYYY-MM-DD, not %1.").arg(deadlineText));
    auto loaded = loadCase(uuid, options);
    if (!loaded)
        return failWith(loaded.error());
    // The problems are what the intake itself reports for the case (the same checks as at the counter).
    AppSettings settings(options.dataDir);
    auto attachments = std::make_shared<intake::AttachmentStore>(
        loaded->store, settings.attachmentsDir(), settings.maxAttachmentBytes());
    // Read-only: no hand-off, so this session could not accept the case.
    intake::IntakeSession session(loaded->catalog, std::make_shared<intake::CaseRepository>(loaded->store),
        attachments, intake::CounterInfo {loaded->data.hallCode, loaded->data.counter, {}},
        intake::Handoff {});
    if (auto resumed = session.resume(uuid); !resumed)
        return failWith(resumed.error());
    const QList<intake::Problem> problems = session.problems();
    if (problems.isEmpty())
        return cli::fail(tr("The case %1 has nothing to correct.").arg(uuid));
    return finish(documents::correctionNoticePdf(
                      *loaded->catalog, session.plan(), session.caseData(), problems, options.doc, deadline),
        options.out);
}

int runDocs(const QStringList& all)
{
    QStringList args = all;
    const QString sub = args.isEmpty() ? QString() : args.takeFirst();
    if (sub == QStringLiteral("notification"))
        return runNotification(args);
    if (sub == QStringLiteral("receipt"))
        return runReceipt(args);
    if (sub == QStringLiteral("correction"))
        return runCorrection(args);
    return cli::fail(tr("usage: docs notification BUNDLE_CODE --answers JSON --out FILE.pdf | "
                        "receipt --case UUID --data-dir DIR --out FILE.pdf | "
                        "correction --case UUID --data-dir DIR --out FILE.pdf  [--lang zh|en]"));
}

} // namespace

OW_CLI_GUI_COMMAND(QStringLiteral("docs"),
    QStringLiteral("PDF documents: one-time notification, acceptance receipt, correction notice"), runDocs);

// bench_documents: generates each PDF document N times for the 新生儿出生一件事 bundle of the embedded
// catalog.
//
//   bench_documents [--rounds N] [--bundle CODE] [--lang zh|en] [--out DIR]
//
// Computes the plan (all guidance answers at their defaults, applied for by an agent, so the plan has the
// most materials), builds an accepted case with a value for every planned field — some prefilled from shared
// data, the ID card or a verification — and a state for every material (one 容缺, verified ones, produced
// ones), and a list of problems for the correction notice. Then times notificationPdf, receiptPdf and
// correctionNoticePdf: median, p95 and maximum per document, as wall-clock and as the thread's CPU time,
// after one warm-up run.
// --out DIR also writes the three PDFs there. Not a ctest test: see docs/benchmarks.md.
#include "app/catalog/catalog.h"
#include "app/catalog/plan.h"
#include "app/documents/correctionnotice.h"
#include "app/documents/notification.h"
#include "app/documents/receipt.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace ow;

namespace {

double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// A synthetic value of the right shape for a field (never a real person's data).
QJsonValue sampleValue(const catalog::FieldDef& f, int n)
{
    switch (f.type) {
    case catalog::FieldType::IdNumber:
        return QStringLiteral("11010519491231002X");
    case catalog::FieldType::CreditCode:
        return QStringLiteral("91110105MA01234567");
    case catalog::FieldType::Mobile:
        return QStringLiteral("13800001111");
    case catalog::FieldType::Date:
        return QStringLiteral("2026-11-20");
    case catalog::FieldType::Boolean:
        return true;
    case catalog::FieldType::Integer:
    case catalog::FieldType::Decimal:
    case catalog::FieldType::Money:
        return n;
    case catalog::FieldType::Enum:
        return f.options.isEmpty() ? QJsonValue(QStringLiteral("x")) : QJsonValue(f.options.first().value);
    default:
        return QStringLiteral("示例%1").arg(n);
    }
}

intake::CaseData sampleCase(
    const catalog::Catalog& catalog, const catalog::Plan& plan, const catalog::PlanInput& input)
{
    intake::CaseData c;
    c.uuid = QStringLiteral("6f1d2b3c-0000-4000-8000-00000000bench");
    c.caseNumber = QStringLiteral("DEMO01-01-20261127-0001");
    c.bundleCode = plan.bundle->code;
    c.state = intake::CaseState::Accepted;
    c.proxy = input.proxy;
    c.answers = input.answers;
    c.counter = 1;
    c.staff = QStringLiteral("clerk01");
    const QStringList sources {QString(), QStringLiteral("idCard"), QStringLiteral("sharedData:hukou"),
        QStringLiteral("verification"), QString()};
    int n = 0;
    for (const catalog::PlannedField& pf : plan.fields) {
        intake::FieldValue v;
        v.value = sampleValue(*pf.field, n);
        v.source = sources.at(n % sources.size());
        if (!v.source.isEmpty()) {
            v.origin = intake::FieldOrigin::PrefilledConfirmed;
            v.obtainedAt = QDateTime(QDate(2026, 11, 27), QTime(9, 0));
            v.evidence = QStringLiteral("REF-%1").arg(n, 4, 10, QLatin1Char('0'));
        }
        c.fields.insert(pf.field->id, v);
        ++n;
    }
    bool tolerated = false;
    n = 0;
    for (const catalog::PlannedMaterial& pm : plan.materials) {
        intake::MaterialStatus s;
        if (!pm.producedBy.isEmpty()) {
            s.state = intake::MaterialState::Produced;
        } else if (pm.tolerable && !tolerated) {
            s.state = intake::MaterialState::Tolerated;
            s.dueDate = catalog.calendar().addWorkingDays(QDate(2026, 11, 27), 10);
            tolerated = true;
        } else if (!pm.material->verification.isEmpty()) {
            s.state = intake::MaterialState::Verified;
            s.evidence = QStringLiteral("VER-%1").arg(n);
        } else {
            s.state = n % 2 ? intake::MaterialState::Copy : intake::MaterialState::Original;
        }
        c.materials.insert(pm.material->id, s);
        ++n;
    }
    c.acceptedAt = QDateTime(QDate(2026, 11, 27), QTime(10, 30));
    c.promisedDate = catalog.calendar().addWorkingDays(c.acceptedAt.date(), plan.promisedDays);
    return c;
}

QList<intake::Problem> sampleProblems(const catalog::Plan& plan)
{
    using Kind = intake::Problem::Kind;
    QList<intake::Problem> out;
    for (qsizetype i = 0; i < plan.fields.size(); ++i) {
        const QString id = plan.fields.at(i).field->id;
        if (i % 3 == 0)
            out.append({Kind::MissingField, id, QString()});
        else if (i % 7 == 1)
            out.append({Kind::InvalidField, id, QStringLiteral("格式不正确")});
    }
    for (qsizetype i = 0; i < plan.materials.size(); i += 2) {
        if (plan.materials.at(i).producedBy.isEmpty() && !plan.materials.at(i).tolerable)
            out.append({Kind::MissingMaterial, plan.materials.at(i).material->id, QString()});
    }
    return out;
}

struct Stats
{
    double median = 0, p95 = 0, max = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    auto at = [&](double q) { return v.at(std::min(v.size() - 1, size_t(q * double(v.size() - 1) + 0.5))); };
    return {at(0.5), at(0.95), v.back()};
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rounds"), QStringLiteral("Runs per document."), QStringLiteral("N"),
        QStringLiteral("50")});
    parser.addOption({QStringLiteral("bundle"), QStringLiteral("Bundle code."), QStringLiteral("CODE"),
        QStringLiteral("NEWBORN")});
    parser.addOption({QStringLiteral("lang"), QStringLiteral("Document language."), QStringLiteral("zh|en"),
        QStringLiteral("zh")});
    parser.addOption(
        {QStringLiteral("out"), QStringLiteral("Also write the PDFs here."), QStringLiteral("DIR")});
    parser.process(app);
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());

    auto catalog = catalog::Catalog::embeddedDefault();
    if (!catalog) {
        std::fprintf(stderr, "catalog: %s\n", qPrintable(catalog.error().message));
        return 1;
    }
    catalog::PlanInput input;
    input.proxy = true;
    input.today = QDate(2026, 11, 27);
    auto plan = catalog::computePlan(*catalog, parser.value(QStringLiteral("bundle")), input);
    if (!plan) {
        std::fprintf(stderr, "plan: %s\n", qPrintable(plan.error().message));
        return 1;
    }
    const intake::CaseData c = sampleCase(*catalog, *plan, input);
    const QList<intake::Problem> problems = sampleProblems(*plan);
    documents::DocumentOptions options;
    options.lang = parser.value(QStringLiteral("lang"));
    options.issuedOn = QDate(2026, 11, 27);

    const std::vector<std::pair<const char*, std::function<Result<QByteArray>()>>> jobs {
        {"notification", [&] { return documents::notificationPdf(*catalog, *plan, input, options); }},
        {"receipt", [&] { return documents::receiptPdf(*catalog, *plan, c, options); }},
        {"correction", [&] { return documents::correctionNoticePdf(*catalog, *plan, c, problems, options); }},
    };
    std::printf("bundle %s: %d items, %d fields, %d materials; %d problems; %d rounds, lang %s\n",
        qPrintable(plan->bundle->code), int(plan->items.size()), int(plan->fields.size()),
        int(plan->materials.size()), int(problems.size()), rounds, qPrintable(options.lang));
    std::printf("%-13s %8s %9s %9s %9s %9s %9s %9s\n", "document", "bytes", "wall med", "wall p95",
        "wall max", "cpu med", "cpu p95", "cpu max");
    for (const auto& [name, make] : jobs) {
        auto first = make(); // warm-up: font database, font subsetting caches
        if (!first) {
            std::fprintf(stderr, "%s: %s\n", name, qPrintable(first.error().message));
            return 1;
        }
        if (parser.isSet(QStringLiteral("out"))) {
            QFile f(QDir(parser.value(QStringLiteral("out"))).filePath(QString::fromLatin1(name) + u".pdf"));
            if (f.open(QIODevice::WriteOnly))
                f.write(*first);
        }
        std::vector<double> wall, cpu;
        for (int i = 0; i < rounds; ++i) {
            QElapsedTimer t;
            const double c0 = threadCpuMs();
            t.start();
            auto pdf = make();
            wall.push_back(double(t.nsecsElapsed()) / 1e6);
            cpu.push_back(threadCpuMs() - c0);
            if (!pdf)
                return 1;
        }
        const Stats w = stats(wall), p = stats(cpu);
        std::printf("%-13s %8lld %9.1f %9.1f %9.1f %9.1f %9.1f %9.1f\n", name,
            static_cast<long long>(first->size()), w.median, w.p95, w.max, p.median, p.p95, p.max);
    }
    std::printf("(milliseconds; target < 200 ms per document)\n");
    return 0;
}

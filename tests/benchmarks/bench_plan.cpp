// Builds the merged form and material checklist (the plan) for every bundle of the embedded catalog, with the
// default answers and with every yes/no question answered "yes" (the largest plans), and prints per-bundle
// median, p95 and max. Target (issue 4): under 20 ms for a bundle of 8 items.
// Usage: bench_plan [--rounds N]
#include "app/catalog/plan.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace ow::catalog;

namespace {
double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int rounds = 200;
    const QStringList args = app.arguments();
    if (const qsizetype i = args.indexOf(QStringLiteral("--rounds")); i >= 0 && i + 1 < args.size())
        rounds = args.at(i + 1).toInt();
    auto catalog = Catalog::embeddedDefault();
    if (!catalog) {
        std::fprintf(stderr, "catalog: %s\n", qPrintable(catalog.error().message));
        return 1;
    }
    std::printf("%-28s %5s %6s %9s %10s %9s %9s %9s\n", "bundle", "items", "fields", "materials", "answers",
        "median", "p95", "max");
    double worst = 0;
    for (const BundleDef& b : catalog->bundles()) {
        PlanInput all;
        for (const Question& q : b.questions) {
            if (q.type == QStringLiteral("boolean"))
                all.answers.insert(q.id, true);
        }
        for (const auto& [label, input] : {std::pair {"default", PlanInput {}}, std::pair {"all-yes", all}}) {
            QList<double> ms;
            Plan last;
            for (int r = 0; r < rounds; ++r) {
                QElapsedTimer t;
                t.start();
                auto plan = computePlan(*catalog, b.code, input);
                ms << double(t.nsecsElapsed()) / 1e6;
                if (!plan) {
                    std::fprintf(stderr, "%s: %s\n", qPrintable(b.code), qPrintable(plan.error().message));
                    return 1;
                }
                last = *plan;
            }
            const double mx = *std::max_element(ms.begin(), ms.end());
            worst = std::max(worst, percentile(ms, 0.95));
            std::printf("%-28s %5lld %6lld %9lld %10s %7.3fms %7.3fms %7.3fms\n", qPrintable(b.code),
                qint64(last.items.size()), qint64(last.fields.size()), qint64(last.materials.size()), label,
                percentile(ms, 0.5), percentile(ms, 0.95), mx);
        }
    }
    std::printf("worst p95 over all bundles: %.3f ms (target < 20 ms)\n", worst);
    return 0;
}

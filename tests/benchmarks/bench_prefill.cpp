// bench_prefill: the prefill look-up of past cases in a local store of 1,000,000 accepted cases.
//
//   bench_prefill [--cases N] [--people P] [--lookups L] [--seed S] [--db FILE] [--keep]
//
// Builds a real store file (the client migrations, triggers included) and fills it with N accepted cases of
// the 新生儿出生 shape — mother and father with ID number, name, mobile, address, employer, and the household
// — drawn from P people, with set-based INSERT … SELECT statements so the 0004 triggers index every case as
// acceptance would. Then times L look-ups of random people as the engine does them (HistoryIndex::lookup of
// the five newest cases + historyCandidates) and L autocomplete queries, on the store's ordinary connection
// (WAL, synchronous=NORMAL). Prints p50/p95/p99/max. Not a ctest test: see docs/benchmarks.md.
#include "app/prefill/autocomplete.h"
#include "app/prefill/history.h"
#include "app/store/localstore.h"
#include "app/store/sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

using namespace ow;

namespace {

struct Options
{
    int cases = 1000000;
    int people = 600000;
    int lookups = 5000;
    quint32 seed = 20261128;
    QString db;
    bool keep = false;
};

// CPU time of this thread: what the look-up costs, without the time other processes of a busy machine take.
qint64 threadCpuNs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

QString personId(qint64 p)
{
    return QStringLiteral("110105%1").arg(p, 12, 10, QChar(u'0'));
}

void die(const QString& what, const Error& e)
{
    std::fprintf(stderr, "bench_prefill: %s: %s (%s)\n", qUtf8Printable(what), qUtf8Printable(e.message),
        qUtf8Printable(e.where));
    std::exit(1);
}

void run(QSqlDatabase& db, const QString& what, const QString& sql, const QVariantList& values = {})
{
    QElapsedTimer t;
    t.start();
    auto r = store::exec(db, sql, values);
    if (!r)
        die(what, r.error());
    std::printf("  %-34s %8.1f s\n", qUtf8Printable(what), double(t.elapsed()) / 1000.0);
    std::fflush(stdout);
}

// The numbers series 0..n-1 as a CTE, the case's people from its index.
QString series()
{
    return QStringLiteral("WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < ?) ");
}

// Inserts one field for every case: `value` is an SQL expression over i (the case index) and m, f (the
// mother's and father's person numbers).
void fieldFor(QSqlDatabase& db, const Options& o, const QString& fieldId, const QString& value)
{
    // (Concatenated, not QString::arg: the SQL is full of printf and strftime percent signs.)
    const QString sql = series()
        + QStringLiteral(
            "INSERT INTO case_fields (case_uuid, field_id, value, origin, source, obtained_at, confidence) "
            "SELECT printf('bench-%08d', i), ?, json_array(")
        + value
        + QStringLiteral(
            "), 'typed', NULL, strftime('%Y-%m-%dT%H:%M:%fZ', 2457388.5 + i * (3650.0 / ?)), 1.0 "
            "FROM (SELECT i, (i * 7919) % ? AS m, (i * 104729 + 13) % ? AS f FROM s)");
    run(db, QStringLiteral("case_fields ") + fieldId, sql,
        {o.cases - 1, fieldId, o.cases, o.people, o.people});
}

void generate(QSqlDatabase& db, const Options& o)
{
    std::printf("generating %d cases of %d people:\n", o.cases, o.people);
    for (const QString& p : {QStringLiteral("synchronous = OFF"), QStringLiteral("cache_size = -262144")}) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA ") + p);
    }
    QElapsedTimer total;
    total.start();
    if (!db.transaction())
        die(QStringLiteral("begin"), makeError(QStringLiteral("sql"), QStringLiteral("no transaction")));
    // Accepted over ten years, 2016-01-01 onwards (julian day 2457388.5).
    run(db, QStringLiteral("cases"),
        series()
            + QStringLiteral(
                "INSERT INTO cases (uuid, case_number, bundle_code, catalog_version, catalog_hash, state, "
                "sync_state, "
                "applicant_kind, answers, extra, hall_code, counter, created_at, updated_at, accepted_at) "
                "SELECT printf('bench-%08d', i), printf('CY-01-01-%08d', i), 'NEWBORN', 'bench', 'bench', "
                "'accepted', 'delivered', 'person', '{\"hukouFollows\":\"father\"}', '{}', 'CY-01', 1, t, t, "
                "t "
                "FROM (SELECT i, strftime('%Y-%m-%dT%H:%M:%fZ', 2457388.5 + i * (3650.0 / ?)) AS t FROM s)"),
        {o.cases - 1, o.cases});
    const QString mId = QStringLiteral("printf('110105%012d', m)");
    const QString fId = QStringLiteral("printf('110105%012d', f)");
    fieldFor(db, o, QStringLiteral("mother.idNumber"), mId);
    fieldFor(db, o, QStringLiteral("mother.name"), QStringLiteral("printf('母%d', m)"));
    fieldFor(db, o, QStringLiteral("mother.mobile"),
        QStringLiteral("printf('139%08d', (m * 31 + i) % 100000000)"));
    fieldFor(db, o, QStringLiteral("mother.address"),
        QStringLiteral(
            "json_object('division', '110105', 'detail', printf('建国路%d号院%d号楼', m % 500, i % 30))"));
    fieldFor(db, o, QStringLiteral("mother.employerName"),
        QStringLiteral("printf('北京第%d有限公司', (m * 13 + i / 1000) % 20000)"));
    fieldFor(db, o, QStringLiteral("father.idNumber"), fId);
    fieldFor(db, o, QStringLiteral("father.name"), QStringLiteral("printf('父%d', f)"));
    fieldFor(db, o, QStringLiteral("father.mobile"),
        QStringLiteral("printf('137%08d', (f * 17 + i) % 100000000)"));
    fieldFor(db, o, QStringLiteral("household.headName"), QStringLiteral("printf('父%d', f)"));
    fieldFor(db, o, QStringLiteral("household.address"),
        QStringLiteral("json_object('division', '110105', 'detail', printf('朝阳路%d号', f % 3000))"));
    // For a later run on the same file (--db FILE without generation).
    run(db, QStringLiteral("parameters"),
        QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('bench.people', ?)"), {o.people});
    if (!db.commit())
        die(QStringLiteral("commit"), makeError(QStringLiteral("sql"), QStringLiteral("commit failed")));
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
        q.exec(QStringLiteral("PRAGMA cache_size = -2000")); // back to SQLite's default page cache
        q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        q.exec(QStringLiteral("ANALYZE"));
    }
    std::printf("  %-34s %8.1f s\n", "total", double(total.elapsed()) / 1000.0);
}

struct Stats
{
    double p50, p95, p99, max, mean;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, size_t(q * double(ms.size())))]; };
    double sum = 0;
    for (double v : ms)
        sum += v;
    return {at(0.50), at(0.95), at(0.99), ms.back(), sum / double(ms.size())};
}

void print(const char* what, const Stats& s)
{
    std::printf("%-28s p50 %7.3f ms  p95 %7.3f ms  p99 %7.3f ms  max %7.3f ms  mean %7.3f ms\n", what, s.p50,
        s.p95, s.p99, s.max, s.mean);
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Options o;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString a = args.at(i);
        const QString next = i + 1 < args.size() ? args.at(i + 1) : QString();
        if (a == u"--cases")
            o.cases = next.toInt(), ++i;
        else if (a == u"--people")
            o.people = next.toInt(), ++i;
        else if (a == u"--lookups")
            o.lookups = next.toInt(), ++i;
        else if (a == u"--seed")
            o.seed = next.toUInt(), ++i;
        else if (a == u"--db")
            o.db = next, ++i;
        else if (a == u"--keep")
            o.keep = true;
        else {
            std::fprintf(stderr,
                "usage: bench_prefill [--cases N] [--people P] [--lookups L] [--seed S] [--db FILE] "
                "[--keep]\n");
            return 2;
        }
    }
    if (o.cases < 1 || o.people < 2 || o.lookups < 1) {
        std::fprintf(stderr, "bench_prefill: --cases, --people and --lookups must be positive\n");
        return 2;
    }
    QTemporaryDir tmp;
    const QString path = o.db.isEmpty() ? tmp.filePath(QStringLiteral("bench.sqlite")) : o.db;
    tmp.setAutoRemove(!o.keep);
    const bool reuse = QFile::exists(path);
    auto opened = store::LocalStore::open(path);
    if (!opened)
        die(QStringLiteral("open"), opened.error());
    std::shared_ptr<store::LocalStore> localStore = *opened;
    QSqlDatabase db = localStore->connection();
    if (!reuse) {
        generate(db, o);
    } else {
        auto people = store::exec(db, QStringLiteral("SELECT value FROM meta WHERE key = 'bench.people'"));
        if (people && people->next())
            o.people = people->value(0).toInt();
        std::printf("reusing %s (%d people)\n", qUtf8Printable(path), o.people);
    }
    auto count = store::exec(db,
        QStringLiteral("SELECT (SELECT count(*) FROM cases), (SELECT count(*) FROM "
                       "case_fields), (SELECT count(*) FROM prefill_subjects), "
                       "(SELECT count(*) FROM prefill_vocabulary)"));
    if (!count || !count->next())
        die(QStringLiteral("count"), count ? Error {} : count.error());
    std::printf(
        "store: %lld cases, %lld field values, %lld subject entries, %lld vocabulary entries, %.0f MB\n",
        count->value(0).toLongLong(), count->value(1).toLongLong(), count->value(2).toLongLong(),
        count->value(3).toLongLong(), double(QFileInfo(path).size()) / 1048576.0);
    count->finish();

    prefill::HistoryIndex index(localStore);
    prefill::Autocomplete autocomplete(localStore);
    QRandomGenerator rng(o.seed);
    const auto all = [](const QString&) { return true; };
    const auto owned = [](const prefill::PastCase& pc) { return pc.section == u"father"; };
    std::vector<double> lookupMs, candidatesMs, candidatesCpuMs, suggestMs, suggestCpuMs;
    qint64 casesFound = 0, candidates = 0, suggestions = 0;
    // Warm-up: the first statement preparations.
    (void)index.lookup(personId(1));
    for (int n = 0; n < o.lookups; ++n) {
        const QString who = personId(rng.bounded(o.people));
        QElapsedTimer t;
        const qint64 cpu0 = threadCpuNs();
        t.start();
        auto found = index.lookup(who, 5);
        const qint64 looked = t.nsecsElapsed();
        if (!found)
            die(QStringLiteral("lookup"), found.error());
        const auto list
            = prefill::historyCandidates(*found, QStringLiteral("mother"), n % 2 == 0, owned, all);
        const qint64 mapped = t.nsecsElapsed();
        candidatesCpuMs.push_back(double(threadCpuNs() - cpu0) / 1e6);
        lookupMs.push_back(double(looked) / 1e6);
        candidatesMs.push_back(double(mapped) / 1e6);
        casesFound += found->size();
        candidates += list.size();
    }
    static const QStringList prefixes {QStringLiteral("北"), QStringLiteral("北京第1"),
        QStringLiteral("北京第123"), QStringLiteral("建"), QStringLiteral("建国路4"), QString()};
    for (int n = 0; n < o.lookups; ++n) {
        const bool employer = n % 2 == 0;
        const QString prefix = employer ? prefixes.at(n % 3) : prefixes.at(3 + n % 3);
        QElapsedTimer t;
        const qint64 cpu0 = threadCpuNs();
        t.start();
        auto s = autocomplete.suggestions(
            employer ? QStringLiteral("mother.employerName") : QStringLiteral("mother.address"), prefix, 10);
        suggestMs.push_back(double(t.nsecsElapsed()) / 1e6);
        suggestCpuMs.push_back(double(threadCpuNs() - cpu0) / 1e6);
        if (!s)
            die(QStringLiteral("suggestions"), s.error());
        suggestions += s->size();
    }
    std::printf("%d look-ups: %.2f past cases and %.1f candidates on average\n", o.lookups,
        double(casesFound) / o.lookups, double(candidates) / o.lookups);
    print("history look-up", stats(lookupMs));
    print("look-up + candidates", stats(candidatesMs));
    print("look-up + candidates, CPU", stats(candidatesCpuMs));
    std::printf(
        "%d autocomplete queries: %.1f suggestions on average\n", o.lookups, double(suggestions) / o.lookups);
    print("autocomplete", stats(suggestMs));
    print("autocomplete, CPU", stats(suggestCpuMs));
    const Stats s = stats(candidatesMs);
    const Stats cpu = stats(candidatesCpuMs);
    std::printf("%s: look-up p99 %.3f ms wall (%.3f ms CPU), target < 5 ms\n", s.p99 < 5.0 ? "PASS" : "FAIL",
        s.p99, cpu.p99);
    if (o.keep)
        std::printf("store kept at %s\n", qUtf8Printable(path));
    return s.p99 < 5.0 ? 0 : 1;
}

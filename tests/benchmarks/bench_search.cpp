// bench_search: catalog search over a generated 10,000-item catalog.
//
//   bench_search [--items N] [--rounds R] [--seed S] [--per-query]
//
// Builds realistic Chinese item names from the vocabulary of the real bundles and items (subjects, documents
// and actions as government service guides name them), adds the key bundles with their colloquial aliases,
// then times a mix of queries: one and two Chinese characters, longer words, aliases, pinyin initials, full
// pinyin, single letters and misses. Prints the index build time and median/p95/p99/max per query, overall
// and per kind. Not a ctest test: numbers depend on the machine; see docs/benchmarks.md.
#include "app/search/searchindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <map>
#include <vector>

using ow::search::SearchDocument;

namespace {

QStringList words(const char16_t* text)
{
    return QString::fromUtf16(text).split(u' ', Qt::SkipEmptyParts);
}

const QStringList kScopes
    = words(u"市级 区级 县级 省内 跨省 港澳台居民 外国人 灵活就业人员 企业职工 城乡居民 个体工商户 "
            u"农民专业合作社 残疾人 老年人 未成年人 退役军人 新就业形态劳动者 高校毕业生");
const QStringList kObjects
    = words(u"户口 居民身份证 出生医学证明 社会保障卡 城乡居民医疗保险 职工基本养老保险 失业保险 "
            u"工伤保险 生育保险 住房公积金 营业执照 食品经营许可证 公共场所卫生许可证 不动产权证书 "
            u"机动车驾驶证 残疾人证 结婚登记 独生子女父母光荣证 高龄津贴 最低生活保障 特困人员救助供养 "
            u"临时救助 殡葬补助 遗属待遇 丧葬补助金 个人所得税 发票 排污许可证 建设工程规划许可证 "
            u"施工许可证 消防验收 户外广告设置 道路运输经营许可证 烟草专卖零售许可证 药品经营许可证 "
            u"医疗机构执业许可证 教师资格 义务教育入学 退役军人优待证 老年人优待证 公共租赁住房 "
            u"契税 就业登记 养老金 医疗费用报销 长期护理保险 重大疾病保险");
const QStringList kActions
    = words(u"申请 登记 变更登记 注销登记 核发 补领 换领 审批 备案 确认 查询 转移接续 待遇申领 "
            u"资格认证 年度报告 延续 迁入 迁出 证明开具 参保登记 暂停 恢复 退费 减免");
const QStringList kDepartments
    = words(u"公安局 民政局 人力资源社会保障局 医疗保障局 卫生健康委员会 市场监督管理局 税务局 "
            u"住房和城乡建设局 自然资源和规划局 交通运输局 教育局 残疾人联合会 退役军人事务局 "
            u"住房公积金管理中心 不动产登记中心 生态环境局 城市管理局 商务局 烟草专卖局");

QList<SearchDocument> generateCatalog(int count, quint32 seed)
{
    QList<SearchDocument> docs {
        {QStringLiteral("bundle"), QStringLiteral("NEWBORN"), QStringLiteral("新生儿出生一件事"),
            words(u"生孩子 上户口 报户口 出生登记"), QStringLiteral("卫生健康委员会 公安局 医疗保障局")},
        {QStringLiteral("bundle"), QStringLiteral("RETIRE"), QStringLiteral("退休一件事"),
            words(u"办退休 退休手续"), QStringLiteral("人力资源社会保障局")},
        {QStringLiteral("bundle"), QStringLiteral("DEATH"), QStringLiteral("身后一件事"),
            words(u"办丧事 去世 死亡登记"), QStringLiteral("民政局 公安局")},
        {QStringLiteral("bundle"), QStringLiteral("RESTAURANT"), QStringLiteral("开办餐饮店一件事"),
            words(u"开饭店 开餐馆"), QStringLiteral("市场监督管理局")},
        {QStringLiteral("bundle"), QStringLiteral("HIRING"), QStringLiteral("员工录用一件事"),
            words(u"招人 招工"), QStringLiteral("人力资源社会保障局 税务局")},
        {QStringLiteral("bundle"), QStringLiteral("ENT-CHANGE"), QStringLiteral("企业信息变更一件事"),
            words(u"公司变更"), QStringLiteral("市场监督管理局 税务局")},
        {QStringLiteral("bundle"), QStringLiteral("DISABILITY"), QStringLiteral("残疾人服务一件事"),
            words(u"办残疾证"), QStringLiteral("残疾人联合会 民政局")},
    };
    QRandomGenerator rng(seed);
    QSet<QString> names;
    for (const SearchDocument& d : std::as_const(docs))
        names.insert(d.name);
    while (docs.size() < count) {
        const QString scope = rng.bounded(3) == 0 ? QString() : kScopes.at(rng.bounded(int(kScopes.size())));
        const QString name = scope + kObjects.at(rng.bounded(int(kObjects.size())))
            + kActions.at(rng.bounded(int(kActions.size())));
        if (names.contains(name))
            continue;
        names.insert(name);
        const QString code = QStringLiteral("ITEM-%1").arg(docs.size(), 5, 10, QLatin1Char('0'));
        docs.append(
            {QStringLiteral("item"), code, name, {}, kDepartments.at(rng.bounded(int(kDepartments.size())))});
    }
    return docs;
}

struct QuerySet
{
    const char* kind;
    QStringList queries;
};

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    const std::size_t i = std::min(sorted.size() - 1, std::size_t(p * double(sorted.size() - 1) + 0.5));
    return sorted[i];
}

// CPU time of this thread in microseconds: unlike wall time, it leaves out the time the scheduler gave to
// other processes, which dominates the tail on a busy shared machine.
double threadCpuMicros()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e6 + double(ts.tv_nsec) / 1e3;
}

void report(const char* label, std::vector<double> us)
{
    std::sort(us.begin(), us.end());
    std::printf("%-16s n=%6zu  median %7.3f ms  p95 %7.3f ms  p99 %7.3f ms  max %7.3f ms\n", label, us.size(),
        percentile(us, 0.5) / 1000, percentile(us, 0.95) / 1000, percentile(us, 0.99) / 1000,
        us.back() / 1000);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    auto option = [&args](const char* name, int fallback) {
        const qsizetype i = args.indexOf(QLatin1String(name));
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toInt() : fallback;
    };
    const int items = option("--items", 10000);
    const int rounds = option("--rounds", 50);
    const quint32 seed = quint32(option("--seed", 20261128));
    const bool perQuery = args.contains(QLatin1String("--per-query"));

    const QList<SearchDocument> docs = generateCatalog(items, seed);
    ow::search::SearchIndex index;
    QElapsedTimer build;
    build.start();
    index.rebuild(docs);
    std::printf("catalog: %lld documents; index built in %.1f ms\n", static_cast<long long>(index.size()),
        double(build.nsecsElapsed()) / 1e6);

    const std::vector<QuerySet> sets = {
        {"1 char", words(u"户 证 医 退 税 残 保 登 迁 照")},
        {"2 chars", words(u"退休 户口 医疗 登记 变更 许可 社保 补领 养老 救助")},
        {"3+ chars",
            words(u"营业执照 社会保障卡 住房公积金 新生儿出生 城乡居民医疗保险 食品经营许可证 转移接续")},
        {"alias", words(u"生孩子 上户口 办退休 开饭店 招人 办丧事")},
        {"initials", words(u"xsecs tx yyzz shbzk zfgjj hk csyxzm jzsfz")},
        {"full pinyin",
            words(u"xinshenger tuixiu yingyezhizhao zhufanggongjijin hukou shehuibaozhang chusheng")},
        {"1 letter", words(u"x h z s y")},
        {"miss", words(u"火星 登月计划 qqqq xyzxyz 量子纠缠")},
    };

    std::map<std::string, std::vector<double>> wallByKind, cpuByKind, cpuByQuery;
    std::vector<double> wallAll, cpuAll;
    QElapsedTimer timer;
    qsizetype hits = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QuerySet& set : sets) {
            for (const QString& q : set.queries) {
                const double cpuStart = threadCpuMicros();
                timer.start();
                const auto result = index.search(q, 20);
                const double wall = double(timer.nsecsElapsed()) / 1000.0;
                const double cpu = threadCpuMicros() - cpuStart;
                hits += result.size();
                wallByKind[set.kind].push_back(wall);
                cpuByKind[set.kind].push_back(cpu);
                wallAll.push_back(wall);
                cpuAll.push_back(cpu);
                cpuByQuery[q.toStdString()].push_back(cpu);
            }
        }
    }
    std::printf("\nwall-clock time per query (limit 20):\n");
    for (const QuerySet& set : sets)
        report(set.kind, wallByKind[set.kind]);
    report("ALL", wallAll);
    std::printf("\nthread CPU time per query:\n");
    for (const QuerySet& set : sets)
        report(set.kind, cpuByKind[set.kind]);
    report("ALL", cpuAll);
    std::printf("(%lld hits returned in total)\n", static_cast<long long>(hits));
    if (perQuery) {
        std::printf("\nthread CPU time per query text:\n");
        for (auto& [text, us] : cpuByQuery)
            report(text.c_str(), us);
    }
    return 0;
}
